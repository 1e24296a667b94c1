"""Shared pieces of meeting extraction (see ``orchestration.lib.meetings`` for the overview).

* ``MeetingParticipant`` and ``MeetingCandidate``, the extractor's output, and ``RawCandidate``, a
  candidate before places and contexts are settled.
* ``Ctx``, what the extractor knows about one document: its entities (with coordinated names split
  and bare surnames added), sentences, date expressions (spaCy DATE/TIME entities or
  ``meeting_dates`` regex hits that name a weekday, a month, a week, yesterday/today etc.), the
  dateline (given, or found in the text: "ANKARA - ...", "ANKARA: ...", "Dubai: ...", or a byline
  line "Name - TEHRAN"; corroborated when the place is named again in the body) and the named
  counterparts ("his Turkish counterpart General Hulusi Akar").
* Small text helpers shared by the other meeting modules (``fold``, ``line_bounds`` ...).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from orchestration.lib.meeting_dates import find_date_expressions
from orchestration.lib.meeting_lexicon import COUNTRIES

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class MeetingParticipant:
    text: str
    start_char: int
    end_char: int
    label: str | None
    role: str
    resolved_by: str
    confidence: float
    # The role phrase that designates the participant ("his Turkish counterpart",
    # "Iran's chief of staff"), kept so the SQL layer can resolve it across articles.
    reference_text: str | None = None


@dataclass(frozen=True)
class MeetingCandidate:
    candidate_index: int
    sentence_index: int
    evidence_start: int
    evidence_end: int
    trigger_text: str
    trigger_start: int
    trigger_end: int
    status: str
    mode: str
    date_text: str | None
    date_start: int | None
    date_end: int | None
    meeting_date: date | None
    date_precision: str
    place_text: str | None
    place_start: int | None
    place_end: int | None
    participants: tuple[MeetingParticipant, ...]
    rule: str
    confidence: float
    # What the date expression says without a publication date (see meeting_dates.date_parts).
    date_month: int | None = None
    date_day: int | None = None
    date_weekday: int | None = None


PARTICIPANT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


REL_WORDS = {"who", "whom", "which", "where", "when", "whose", "that"}
TITLE_WORDS = {
    "gen.",
    "gen",
    "general",
    "major",
    "lt.",
    "col.",
    "maj.",
    "adm.",
    "admiral",
    "president",
    "prime",
    "minister",
    "chief",
    "staff",
    "of",
    "defense",
    "defence",
    "foreign",
    "secretary",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "sir",
    "lord",
    "king",
    "queen",
    "prince",
    "sheikh",
    "armed",
    "forces",
    "state",
    "deputy",
    "vice",
    "the",
    "head",
    "commander",
    "interior",
    "military",
}
_DATE_WORD = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|"
    r"week|weekend|month|yesterday|today|tonight|tomorrow|morning|afternoon|evening|night|day)\b"
    r"|\b\d{4}-\d\d-\d\d\b|^(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)$",
    re.IGNORECASE,
)
_AGENCY_DATELINE = re.compile(
    r"([A-Z][A-Za-z'.]+(?:[ -][A-Z][A-Za-z'.]+){0,2}),[^\n]{0,40}?"
    r"(?:\([A-Z][A-Za-z]{1,10}\)|\b[A-Z]{2,6})\s*[-–—]{1,2}\s*\S"
)
_LEAD_ADVERB = re.compile(r"(?:earlier|later|early|late)\s+on\s+(?=\S)", re.IGNORECASE)
_NOT_DATE = re.compile(r"\b\w+-(day|week|month)\b|\b(days|weeks|months|years)\b", re.IGNORECASE)


@dataclass
class RawCandidate:
    """A candidate before places and contexts are settled."""

    sent_index: int
    evidence: tuple[int, int]
    trigger: tuple[int, int]
    status: str
    mode: str
    date: tuple[int, int] | None
    place: tuple[int, int, str] | None
    destination: tuple[int, int, str] | None
    participants: list[MeetingParticipant]
    rule: str
    confidence: float
    kind: str
    place_source: str = "none"
    # "X later met Y": no date of its own, the day of the meeting before it (meetings._postprocess)
    follows_previous: bool = False


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^\s*(the|a|an)\s+", "", text)
    return " ".join(text.split())


class Ctx:
    def __init__(self, doc: Doc, published_date: date | None, dateline: str | None) -> None:
        self.doc = doc
        self.text = doc.text
        self.published_date = published_date
        self.ents: list[Span] = _surname_mentions(doc, _split_coordinated_names(doc))
        self.ent_of: dict[int, Span] = {}
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        self.sents: list[Span] = sentences(doc)
        self.sent_of: dict[int, int] = {}
        for si, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = si
        self.date_spans = self._date_spans()
        self.date_start_tok: dict[int, tuple[int, int]] = {}
        for s, e in self.date_spans:
            tok = _token_at(doc, s)
            if tok is not None:
                self.date_start_tok[tok.i] = (s, e)
        self.dateline = self._dateline(dateline)
        self.counterparts = self._counterpart_index()

    # ---- dates
    def _date_spans(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        ents = list(self.doc.ents)
        for k, ent in enumerate(ents):
            nxt = ents[k + 1] if k + 1 < len(ents) else None
            if (
                ent.label_ == "TIME"
                and ent.text.lower().endswith(" of")
                and nxt is not None
                and nxt.label_ == "DATE"
                and nxt.start == ent.end
            ):
                # "On the afternoon of June 20, 2025": the day part and its date, one span
                spans.append((ent.start_char, nxt.end_char))
                continue
            if ent.label_ in ("DATE", "TIME") and _DATE_WORD.search(ent.text):
                if _NOT_DATE.search(ent.text) and not re.search(
                    r"day|week|month", ent.text.split("-")[0], re.I
                ):
                    continue
                lead = _LEAD_ADVERB.match(ent.text)
                # "Earlier on Tuesday": the day, so that "on Tuesday" on the verb finds it
                spans.append((ent.start_char + (lead.end() if lead else 0), ent.end_char))
        for s, e in find_date_expressions(self.text):
            # a tagged "the 10th" that goes on "of Muharram": the longer span, same start
            spans = [(s2, e) if s2 == s and e > e2 else (s2, e2) for s2, e2 in spans]
            if not any(s < e2 and s2 < e for s2, e2 in spans):
                spans.append((s, e))
        return _join_bracketed_dates(self.text, sorted(spans))

    def date_at(self, i: int) -> tuple[tuple[int, int], int] | None:
        """A date span starting at token i (or at i+1 after on/at/in/by/earlier); returns
        (char span, index of the first token after it)."""
        doc = self.doc
        for j in (i, i + 1):
            if j >= len(doc):
                return None
            span = self.date_start_tok.get(j)
            if span is not None:
                if j == i + 1 and doc[i].lower_ not in {
                    "on",
                    "at",
                    "in",
                    "by",
                    "earlier",
                    "late",
                    "early",
                    "this",
                    "last",
                    "during",
                }:
                    return None
                end_tok = j
                while end_tok < len(doc) and doc[end_tok].idx < span[1]:
                    end_tok += 1
                start = doc[i].idx if j == i + 1 else span[0]
                return (start, span[1]), end_tok
        return None

    # ---- dateline
    def _dateline(self, dateline: str | None) -> tuple[str, int | None, int | None, bool] | None:
        text = self.text
        found: tuple[str, int | None, int | None] | None = None
        if dateline:
            m = re.search(r"(?im)^\s*(" + re.escape(dateline) + r")\b", text) or re.search(
                r"(?i)\b(" + re.escape(dateline) + r")\b", text
            )
            found = (m.group(1), m.start(1), m.end(1)) if m else (dateline, None, None)
        else:
            for m in re.finditer(r"(?m)^[ \t]*(.{0,200})", text[:6000]):
                line = m.group(1)
                m2 = re.match(
                    r"([A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,2})(?:,\s*[A-Z][\w.]+)?\s*[-–—:]\s+\S",
                    line,
                )
                if m2 and len(m2.group(1)) >= 3:
                    s = m.start(1) + m2.start(1)
                    found = (m2.group(1), s, s + len(m2.group(1)))
                    break
                # "Damascus, SANA- President ...", "ABU DHABI, 9th January, 2024 (WAM) -- ...",
                # "RIYADH, March 14 (Reuters) - ...": a place, then an agency before a dash
                m2 = _AGENCY_DATELINE.match(line)
                if m2:
                    s = m.start(1) + m2.start(1)
                    tok = _token_at(self.doc, s)
                    ent = self.ent_of.get(tok.i) if tok is not None else None
                    if m2.group(1).isupper() or (ent is not None and ent.label_ in PLACE_LABELS):
                        found = (m2.group(1), s, s + len(m2.group(1)))
                        break
                m2 = re.match(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?):\s+\S", line)
                if m2:
                    s = m.start(1) + m2.start(1)
                    tok = _token_at(self.doc, s)
                    ent = self.ent_of.get(tok.i) if tok is not None else None
                    if ent is not None and ent.label_ in PLACE_LABELS:
                        found = (m2.group(1), s, s + len(m2.group(1)))
                        break
                m2 = re.match(
                    r"[A-Z][\w.]+(?: [A-Z][\w.]+){0,3}\s+[-–—]\s+([A-Z]{3,}(?: [A-Z]{3,})?)[ \t]*$",
                    line,
                    re.M,
                )
                if m2:
                    s = m.start(1) + m2.start(1)
                    found = (m2.group(1), s, s + len(m2.group(1)))
                    break
        if found is None:
            return None
        name, s, e = found
        # corroborated when the place is named again outside the dateline itself
        others = [
            m for m in re.finditer(r"(?i)\b" + re.escape(name) + r"\b", text) if m.start() != s
        ]
        return name, s, e, bool(others)

    # ---- counterparts
    def _counterpart_index(self) -> list[tuple[str | None, Span, int]]:
        """(nationality, PERSON entity, sentence index) for every named counterpart."""
        out: list[tuple[str | None, Span, int]] = []
        doc = self.doc
        for tok in doc:
            if tok.lemma_.lower() != "counterpart" and tok.lower_ not in {
                "counterpart",
                "counterparts",
            }:
                continue
            nat = nationality_before(self, tok.i)
            person = _person_after(self, tok.i)
            if person is not None:
                out.append((nat, person, self.sent_of.get(tok.i, 0)))
            # "<Turkish ... Hulusi Akar> and his Iranian counterpart <Name>"
            j = tok.i - 1
            while j >= 0 and (doc[j].pos_ in ("ADJ", "PROPN") or doc[j].ent_type_ == "NORP"):
                j -= 1
            if j >= 1 and doc[j].lower_ in {"his", "her"} and doc[j - 1].lower_ == "and":
                k = j - 2
                partner: Span | None = None
                while k >= 0 and k > j - 16:
                    ent = self.ent_of.get(k)
                    if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
                        break
                    if ent is not None and ent.label_ == "PERSON" and partner is None:
                        partner = ent
                        k = ent.start - 1
                        continue
                    if ent is not None and ent.label_ == "NORP" and partner is not None:
                        out.append((ent.text.lower(), partner, self.sent_of.get(k, 0)))
                        break
                    k -= 1
        return out


def _split_coordinated_names(doc: Doc) -> list[Span]:
    """The document's entities, with a span the NER took for one name across "and" split in two
    when each side is a name the article uses on its own ("Biden and Ruto met" after "President
    Joe Biden ... Kenyan President William Ruto"): the side takes the label of that other mention
    (a surname matches the last word of a PERSON).  "Bosnia and Herzegovina" or "Procter and
    Gamble", whose sides the article never names alone, stay whole."""
    from spacy.tokens import Span as _Span

    ents = list(doc.ents)
    if not any(t.lower_ in ("and", "&") for e in ents for t in e[1:-1]):
        return ents
    known: dict[str, str] = {}
    for e in ents:
        if any(t.lower_ in ("and", "&") for t in e):
            continue
        known.setdefault(fold(e.text), e.label_)
        if e.label_ == "PERSON" and len(e) > 1:
            known.setdefault(fold(e[-1].text), "PERSON")
    out: list[Span] = []
    for e in ents:
        cuts = [t.i for t in e[1:-1] if t.lower_ in ("and", "&") and t.dep_ == "cc"]
        if len(cuts) != 1 or e.label_ not in PARTICIPANT_LABELS:
            out.append(e)
            continue
        left, right = doc[e.start : cuts[0]], doc[cuts[0] + 1 : e.end]
        labels = [known.get(fold(side.text)) for side in (left, right)]
        if labels[0] is None or labels[1] is None:
            out.append(e)
            continue
        out.append(_Span(doc, left.start, left.end, label=labels[0]))
        out.append(_Span(doc, right.start, right.end, label=labels[1]))
    return out


def _surname_mentions(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` plus the bare surnames the NER left unlabelled: a capitalised proper noun outside
    every entity that is the last word of a PERSON named elsewhere in the article ("Biden and Ruto
    met" after "Kenyan President William Ruto", when only "Biden" was tagged); such a surname
    tagged as a one-word place or organisation that is no country is that PERSON too ("Dar")."""
    from spacy.tokens import Span as _Span

    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    if not surnames:
        return ents
    # "Dar called on ..." after "Foreign Minister Ishaq Dar": a surname the NER read as a place
    ents = [
        _Span(doc, e.start, e.end, label="PERSON")
        if len(e) == 1
        and e.label_ in ("GPE", "LOC", "ORG")
        and e.text in surnames
        and fold(e.text) not in COUNTRIES
        else e
        for e in ents
    ]
    covered = {i for e in ents for i in range(e.start, e.end)}
    extra = [
        _Span(doc, t.i, t.i + 1, label="PERSON")
        for t in doc
        if t.i not in covered
        and t.pos_ == "PROPN"
        and t.text in surnames
        and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
        and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN")
    ]
    return sorted(ents + extra, key=lambda e: e.start) if extra else ents


# abbreviated ranks and titles the model's tokenizer splits from their full stop, so that the
# parser ends a sentence inside a name ("hosted his Iranian counterpart Brig. | Gen. Mohammad-Reza
# Ashtiani in the Turkish capital on Tuesday")
RANK_ABBREVIATIONS = frozenset(
    {"brig", "maj", "col", "lt", "adm", "capt", "cmdr", "sgt", "gen", "vice", "rear", "cpl"}
)


_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")


def _join_bracketed_dates(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A date with another calendar's date in brackets is one expression: "on 28 Shahrivar
    (September 19)", "Tuesday (Sept. 19)", so that the resolver sees the Gregorian day beside
    a Persian, Islamic or Hebrew one."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _OPEN_BRACKET.fullmatch(text[out[-1][1] : s]):
            close = _CLOSE_BRACKET.match(text, e)
            if close is not None:
                out[-1] = (out[-1][0], close.end())
                continue
        out.append((s, e))
    return out


def sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, with a break right after an abbreviated rank undone (the name
    goes on in the next "sentence")."""
    try:
        if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
            return _join_rank_breaks(doc, list(doc.sents))
    except ValueError:
        pass
    return [doc[:]] if len(doc) else []


def _ends_in_rank(sent: Span) -> bool:
    """The sentence ends "... Brig ." with the next word capitalised on the same line."""
    doc = sent.doc
    if len(sent) < 2 or sent[-1].text != "." or sent.end >= len(doc):
        return False
    rank, nxt = sent[-2], doc[sent.end]
    return (
        rank.lower_ in RANK_ABBREVIATIONS
        and rank.is_title
        and not rank.whitespace_
        and nxt.is_title
        and "\n" not in sent[-1].whitespace_
    )


def _join_rank_breaks(doc: Doc, sents: list[Span]) -> list[Span]:
    if not any(_ends_in_rank(s) for s in sents[:-1]):
        return sents
    out: list[Span] = []
    start = sents[0].start
    for k, sent in enumerate(sents):
        if k + 1 < len(sents) and _ends_in_rank(sent):
            continue
        out.append(doc[start : sent.end])
        start = sent.end
    return out


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0]


def line_bounds(text: str, char: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, (len(text) if end < 0 else end)


def nationality_before(ctx: Ctx, i: int) -> str | None:
    doc = ctx.doc
    j = i - 1
    while j >= 0 and j >= i - 4:
        ent = ctx.ent_of.get(j)
        if ent is not None and ent.label_ in ("NORP", "GPE"):
            return ent.text.lower()
        if doc[j].lower_ in {"his", "her", "their", "its"} or doc[j].is_punct:
            break
        j -= 1
    return None


def _person_after(ctx: Ctx, i: int) -> Span | None:
    doc = ctx.doc
    j = i + 1
    while j < len(doc) and j <= i + 5:
        ent = ctx.ent_of.get(j)
        if ent is not None and ent.label_ == "PERSON":
            return ent
        if doc[j].text == "," or doc[j].lower_.rstrip(".") in TITLE_WORDS or doc[j].pos_ == "PROPN":
            j += 1
            continue
        break
    return None
