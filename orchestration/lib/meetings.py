"""Meeting candidates (who met whom, when, where) from a spaCy ``Doc``.

``extract_meetings(doc, published_date, dateline)`` returns one ``MeetingCandidate`` per reported
meeting mention.  Cross-article deduplication and entity resolution happen later, in SQL; this
module only reads one article.  All offsets are 0-based, end-exclusive character offsets into
``doc.text`` (``doc.text[start:end] == text`` for every span it emits).

Triggers
    * Verbs: meet (met with, met up with), confer, negotiate with, talk with, visit, host, receive,
      welcome (host/receive/welcome need a person-like object: "received a letter" is not a
      meeting).
    * Gathering verbs (convene, gather, assemble): a meeting of two or more acting subjects or of
      a subject "with" a partner, never with a direct object ("A and B convened in Athens").
    * Nouns: talks (plural only), meeting, visit, summit, negotiations, discussions, consultations,
      directly ("talks with X", "talks between A and B", "a visit by X to Y", "X's visit") or under
      a light verb ("held talks with", "had discussions with", "paid a visit to").
    * Phone and video: "phone call(s) with", "telephone conversation", "spoke by phone with",
      "phoned X" -> ``mode='phone'``; "video call/conference" -> ``mode='video'``.  Kept, but they
      are contacts, not meetings.
    * Not meetings: "press/news conference", a referendum, a "welcoming ceremony" or "review the
      guard of honor" alone.  One exception: two named people coordinated as the subject of a
      sentence that mentions a welcoming ceremony / guard of honour ("A and his Iranian
      counterpart B review the guard of honor during a welcoming ceremony in Ankara") are
      co-present at an official reception, which is a meeting (rule ``ceremony_co_presence``,
      confidence 0.5).
    * Negated or cancelled forms ("did not meet", "refused to meet") are dropped.

Participants
    * Subjects come from the parse (``nsubj``/``nsubjpass``, climbing through xcomp/conj/relcl);
      objects and complements (with / between / by / of / to) are read by a left-to-right chunker
      over the tokens after the trigger, because the small English parser often attaches
      coordinated names wrongly.  A chunk stops at verbs, clause markers (who, which, that),
      prepositions other than of/from/including, and sentence punctuation; "on Tuesday" and
      "in Ankara" inside a chunk are read as date and place and skipped.
    * Each chunk yields one participant: a PERSON entity when the chunk has one ("Turkey's Defense
      Minister Nurettin Canikli" -> "Nurettin Canikli"), else an ORG, else a GPE/NORP/LOC standing
      for a government ("Turkish officials" -> "Turkish"), only when the chunk's head noun denotes
      people (official, leader, delegation ...; "any demand from Turkey" is rejected).
    * Coordination: "met with A, B and C" gives one candidate per object, each with the subject
      (three candidates), unless the sentence says they met together ("together", "jointly",
      "trilateral", "three-way" ...), then one candidate with all.  Coordinated subjects
      ("Turkish and Iranian military leaders held talks", "A and B met") stay in one candidate as
      co-participants; "talks between A and B" likewise.  So seed 003's "had talks with Erdogan and
      Canikli on Aug. 16" is two meetings (Bagheri-Erdogan, Bagheri-Canikli), consistent with
      seed 000 which reports them separately.
    * Role words: roles are 'subject'/'object' (meet, talks), 'visitor'/'host' (visit, host,
      receive; passive voice inverts), 'co_participant' (between, coordinated subjects) and
      'counterpart_ref'.
    * "his Turkish counterpart": when the same chunk names the person ("his Turkish counterpart
      General Hulusi Akar") the participant is that name (resolved_by 'appositive').  Otherwise the
      document is searched for a counterpart phrase with the same nationality that names someone,
      or for "<Turkish ... Name> and his Iranian counterpart <Name>" (the first name is then the
      Turkish counterpart); a hit gives that name with ``resolved_by='counterpart_same_doc'`` and
      the grammatical role.  No hit: the participant keeps the text 'his Turkish counterpart',
      ``role='counterpart_ref'``, label None, for the SQL layer to resolve across articles.
    * he/she subjects resolve to the PERSON subject of the governing speech verb ("Baqeri said he
      had held talks"), else to the nearest earlier PERSON subject within three sentences
      (``resolved_by='pronoun'``; the participant's offsets point to the antecedent mention).
    * A visit by a person to a place ("Erdogan would visit Iran", "paid a visit to Turkey") gives
      the place as participant with role 'host' and low confidence, and is dropped when the same
      sentence names a person the visitor met.  A noun visit with a visitor but no destination
      takes the nearest "visit/trip to X" of the same or the three previous sentences as host
      (``resolved_by='context'``).  Generic visits "by an Iranian chief of staff" (indefinite
      visitor, no name) are ignored.
    * Talks/meetings without named parties whose sentence names the parties elsewhere ("the
      parties will ... at another technical meeting planned for ...", "technical talks held in
      Tehran") take the nearest coordination of two or more GPE/NORP entities in that or the two
      previous sentences (``resolved_by='context'``, confidence 0.35).
    * Captions and headlines: a present-tense trigger alone on a short line ("X meets with Y in Z")
      is read from that line only (``rule='caption'``, ``resolved_by='caption'``); identical caption
      lines repeated in a page give one candidate.
    * "negotiate" without "with": the owner of what is negotiated ("negotiating Britain's exit")
      or the addressee of an offer to negotiate is the counterpart (``_implicit_counterparts``).
    * A meeting noun with fewer than two parties takes the names of an attendance verb ("talks
      involving A and B", "was attended by A and B", "... It involved A and B": ``_attendees``).
    * A candidate needs two distinct participants (one may be a counterpart_ref).
    * ``resolved_by`` takes the values of the brief plus 'context' (a party or host taken from a
      neighbouring sentence, as above).  A counterpart resolved to a name keeps its grammatical
      role ('object', ...); only an unresolved one has role 'counterpart_ref'.

Status
    'planned' when the trigger or its governing verb carries a modal (will, would, could ...),
    is the xcomp of a planning verb (scheduled/planned/expected/agreed/due to meet, "is to meet"),
    or the noun has a planning modifier (planned, scheduled, upcoming ...), or sits under
    "ahead of"; otherwise 'held'.

Dates
    Date expressions are spaCy DATE/TIME entities (or regex hits) that name a weekday, a month, a
    week, yesterday/today etc.  A date right after an object belongs to that object ("met A on
    Tuesday and B on Wednesday"); otherwise the date attached to the trigger (parse) or placed
    before the objects applies to all.  Dates inside relative clauses ("Akar, who arrived in Tehran
    Sunday night") are ignored.  Resolution is ``meeting_dates.resolve_relative_date`` (weekday ->
    the most recent such day on or before publication, same day allowed).

Places (first that applies)
    1. "in/at <GPE|LOC|FAC>" attached to the trigger or inside its chunks.
    2. The destination of a visit in the same sentence ("visit to Beirut"); when that destination is
       a country and a corroborated dateline exists, the dateline city wins.
    3. The dateline, only when it is corroborated (the dateline place is named again in the body,
       so "Dubai:" on a Gulf News story about Ankara is not used), the meeting is held in person,
       and its date is compatible: no date expression, or one resolving to within 7 days before
       publication.  A meeting "on Aug. 16" in an undated article never takes the dateline.
    4. Context: the place of the nearest held in-person candidate in the same or two previous
       sentences, for a held in-person meeting only (a phone call has no place of its own).
    When ``dateline`` is None the extractor looks for one in the text ("ANKARA - ...",
    "ANKARA: ...", "Dubai: ...", or a byline line "Name - TEHRAN").

Without a dependency parser (``spacy.blank`` + sentencizer) a small surface pattern
"<Capitalised name> met (with)/held talks with/visited/hosted <Capitalised name>" is used, with low
confidence.  ``extract_meetings`` never raises on text it cannot read; it returns what it found.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from orchestration.lib.meeting_dates import (
    date_parts,
    find_date_expressions,
    resolve_relative_date,
)
from orchestration.lib.meeting_lexicon import (
    AGREEMENT_NOUNS,
    ATTENDANCE_VERBS,
    BETWEEN_VERBS,
    CEREMONY_CUES,
    COUNTRIES,
    GATHERING_VERBS,
    GERUND_ADJUNCT_PREPS,
    INTENT_NOUNS,
    LIGHT_VERBS,
    MEETING_NOUNS,
    MEETING_VERBS,
    MODALS,
    NEEDS_COMPLEMENT,
    NON_STATE_NOUNS,
    NOT_MEETING_COMPOUNDS,
    PERSON_NOUNS,
    PHONE_WORDS,
    PLACE_DESIGNATORS,
    PLAN_VERBS,
    PLANNED_ADJ,
    PLURAL_REFS,
    PRONOUNS_SINGULAR,
    QUOTE_MARKS,
    RECIPROCAL_REFS,
    REJECT_VERBS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STAY_UNITS,
    TOGETHER_CUES,
    VIDEO_WORDS,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

__all__ = ["MeetingCandidate", "MeetingParticipant", "extract_meetings", "resolve_relative_date"]


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


# --------------------------------------------------------------------------------------------
# internal structures

PARTICIPANT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
REGION_STOP = {
    "on",
    "in",
    "at",
    "to",
    "for",
    "about",
    "over",
    "after",
    "before",
    "during",
    "since",
    "amid",
    "ahead",
    "following",
    "because",
    "while",
    "when",
    "where",
    "as",
    "than",
    "into",
    "onto",
    "through",
    "under",
    "against",
    "toward",
    "towards",
    "via",
    "within",
    "without",
    "regarding",
    "concerning",
    "despite",
    "until",
    "till",
    "upon",
    "per",
    "behind",
    "near",
    "across",
    "around",
    "outside",
    "inside",
    "by",
    "between",
    "among",
    "with",
    "who",
    "whom",
    "which",
    "that",
    "whose",
    "said",
    "says",
    "but",
    "if",
    "so",
    "then",
    "later",
    "earlier",
    "also",
    "amongst",
    "like",
}
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
    r"|\b\d{4}-\d\d-\d\d\b",
    re.IGNORECASE,
)
_NOT_DATE = re.compile(r"\b\w+-(day|week|month)\b|\b(days|weeks|months|years)\b", re.IGNORECASE)


@dataclass
class _Chunk:
    tokens: list[int]
    date: tuple[int, int] | None = None  # char span of a date right after this chunk


@dataclass
class _Region:
    chunks: list[_Chunk] = field(default_factory=list)
    dates_before: list[tuple[int, int]] = field(default_factory=list)
    places: list[tuple[int, int, str]] = field(default_factory=list)
    coordinated: bool = False
    end: int = 0


@dataclass
class _Raw:
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


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^\s*(the|a|an)\s+", "", text)
    return " ".join(text.split())


class _Ctx:
    def __init__(self, doc: Doc, published_date: date | None, dateline: str | None) -> None:
        self.doc = doc
        self.text = doc.text
        self.published_date = published_date
        self.ents: list[Span] = _surname_mentions(doc, _split_coordinated_names(doc))
        self.ent_of: dict[int, Span] = {}
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        self.sents: list[Span] = _sentences(doc)
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
        for ent in self.doc.ents:
            if ent.label_ in ("DATE", "TIME") and _DATE_WORD.search(ent.text):
                if _NOT_DATE.search(ent.text) and not re.search(
                    r"day|week|month", ent.text.split("-")[0], re.I
                ):
                    continue
                spans.append((ent.start_char, ent.end_char))
        for s, e in find_date_expressions(self.text):
            if not any(s < e2 and s2 < e for s2, e2 in spans):
                spans.append((s, e))
        return sorted(spans)

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
            nat = _nationality_before(self, tok.i)
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
        known.setdefault(_fold(e.text), e.label_)
        if e.label_ == "PERSON" and len(e) > 1:
            known.setdefault(_fold(e[-1].text), "PERSON")
    out: list[Span] = []
    for e in ents:
        cuts = [t.i for t in e[1:-1] if t.lower_ in ("and", "&") and t.dep_ == "cc"]
        if len(cuts) != 1 or e.label_ not in PARTICIPANT_LABELS:
            out.append(e)
            continue
        left, right = doc[e.start : cuts[0]], doc[cuts[0] + 1 : e.end]
        labels = [known.get(_fold(side.text)) for side in (left, right)]
        if labels[0] is None or labels[1] is None:
            out.append(e)
            continue
        out.append(_Span(doc, left.start, left.end, label=labels[0]))
        out.append(_Span(doc, right.start, right.end, label=labels[1]))
    return out


def _surname_mentions(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` plus the bare surnames the NER left unlabelled: a capitalised proper noun outside
    every entity that is the last word of a PERSON named elsewhere in the article ("Biden and Ruto
    met" after "Kenyan President William Ruto", when only "Biden" was tagged)."""
    from spacy.tokens import Span as _Span

    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    if not surnames:
        return ents
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


def _sentences(doc: Doc) -> list[Span]:
    try:
        if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
            return list(doc.sents)
    except ValueError:
        pass
    return [doc[:]] if len(doc) else []


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0]


def _line_bounds(text: str, char: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, (len(text) if end < 0 else end)


def _nationality_before(ctx: _Ctx, i: int) -> str | None:
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


def _person_after(ctx: _Ctx, i: int) -> Span | None:
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


# --------------------------------------------------------------------------------------------
# chunking


def _is_intraword(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return i > 0 and not doc[i - 1].whitespace_ and not tok.whitespace_


def _scan_region(
    ctx: _Ctx, i: int, limit: int, skip_with: bool = True, subject: bool = False
) -> _Region:
    """Read noun-phrase chunks from token i up to the first clause/phrase boundary.

    ``subject=True`` reads a subject span that ends at the trigger: hard punctuation and stop words
    there discard what came before instead of ending the region ("ANKARA - Turkish and ...").
    """
    doc = ctx.doc
    region = _Region()
    current: list[int] = []
    seps = 0
    umbrella: int | None = None

    def close() -> None:
        nonlocal current
        if current:
            region.chunks.append(_Chunk(tokens=current))
        current = []

    while i < limit:
        tok = doc[i]
        low = tok.lower_
        d = ctx.date_at(i)
        if d is not None:
            span, nxt = d
            if current:
                close()
                region.chunks[-1].date = span
            elif region.chunks and region.chunks[-1].date is None and seps == 0:
                region.chunks[-1].date = span
            else:
                region.dates_before.append(span)
            i = nxt
            continue
        if low in ("in", "at", "inside"):
            j = i + 1
            if j < limit and doc[j].lower_ == "the":
                j += 1
            ent = ctx.ent_of.get(j)
            if j < limit and ent is not None and ent.label_ in PLACE_LABELS and ent.start == j:
                close()
                region.places.append((ent.start_char, ent.end_char, ent.text))
                i = ent.end
                # "in Ankara, Turkey"
                if i + 1 < limit and doc[i].text == ",":
                    ent2 = ctx.ent_of.get(i + 1)
                    if ent2 is not None and ent2.label_ in PLACE_LABELS and ent2.start == i + 1:
                        i = ent2.end
                continue
        if low == "including" and not subject:
            close()
            umbrella = len(region.chunks)
            i += 1
            continue
        if skip_with and low == "with" and not current and not region.chunks:
            i += 1
            continue
        ent = ctx.ent_of.get(i)
        if ent is not None and ent.label_ in PARTICIPANT_LABELS and ent.start == i:
            current.extend(range(ent.start, min(ent.end, limit)))
            i = ent.end
            continue
        if (
            low in ("and", "or", "&", "plus")
            or (low == "as" and i + 2 < limit and doc[i + 1].lower_ == "well")
            or (low == "along" and i + 1 < limit and doc[i + 1].lower_ == "with")
        ):
            close()
            region.coordinated = True
            seps += 1
            i += 3 if low == "as" else (2 if low == "along" else 1)
            continue
        if tok.text == ",":
            if i + 1 < limit and doc[i + 1].lower_ in REL_WORDS and not subject:
                break
            if (
                i + 1 < limit
                and not subject
                and (doc[i + 1].dep_ in ("nsubj", "nsubjpass") or doc[i + 1].pos_ == "PRON")
            ):
                break  # ", he also stood up to ...": a new clause
            if region.coordinated and current and not subject:
                break  # "A, B and C, Turkish officials announced"
            close()
            seps += 1
            i += 1
            continue
        if tok.is_punct and not (tok.text in {"'", "’", "-", "–"} and _is_intraword(doc, i)):
            if subject:
                current, region.chunks, region.coordinated = [], [], False
                seps = 0
                i += 1
                continue
            break
        if tok.is_space:
            if "\n" in tok.text:
                break
            i += 1
            continue
        if (
            (low in REGION_STOP and not (low == "that" and tok.dep_ == "det"))
            or (tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"))
            or tok.dep_ == "mark"
            or tok.pos_ == "SCONJ"
        ):
            if subject and low not in ("of", "in", "at", "from"):
                current, region.chunks, region.coordinated = [], [], False
                seps = 0
                i += 1
                continue
            if subject:  # "The US commander in Iraq": keep reading the noun phrase
                current.append(i)
                i += 1
                continue
            break
        current.append(i)
        i += 1
    close()
    region.end = i
    if umbrella is not None and len(region.chunks) > umbrella:
        # "senior republicans, including A and B": the named members are the participants
        region.chunks = region.chunks[umbrella:]
        region.coordinated = region.coordinated or len(region.chunks) > 1
    if not region.coordinated and len(region.chunks) > 1:
        # commas without "and": apposition ("his Turkish counterpart, Mevlut Cavusoglu,")
        merged = _Chunk(tokens=[t for c in region.chunks for t in c.tokens])
        merged.date = next((c.date for c in region.chunks if c.date), None)
        region.chunks = [merged]
    return region


def _acting_head(ctx: _Ctx, tokens: list[int]) -> bool:
    """The chunk's head is an actor itself (a name) or people who act for one (ministers,
    leaders, a delegation), not a crowd of non-state people ("supporters of A", "protesters")."""
    head = _chunk_head(ctx, tokens)
    if head is None:
        return False
    if head.i in ctx.ent_of:
        return True
    words = {head.lemma_.lower(), head.lower_}
    return bool(words & PERSON_NOUNS) and not words & NON_STATE_NOUNS


def _chunk_head(ctx: _Ctx, tokens: list[int]) -> Token | None:
    doc = ctx.doc
    head: Token | None = None
    for t in tokens:
        tok = doc[t]
        if tok.lower_ in ("of", "from", "including", "in", ",", "(", "with"):
            break
        if tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or t in ctx.ent_of:
            head = tok
    return head


def _participant(
    ctx: _Ctx,
    tokens: list[int],
    role: str,
    resolved_by: str = "direct",
    *,
    visitor: bool = False,
    exclude: Iterable[str] = (),
) -> MeetingParticipant | None:
    return _strip_possessive(
        _participant_raw(ctx, tokens, role, resolved_by, visitor=visitor, exclude=exclude)
    )


def _participant_raw(
    ctx: _Ctx,
    tokens: list[int],
    role: str,
    resolved_by: str = "direct",
    *,
    visitor: bool = False,
    exclude: Iterable[str] = (),
) -> MeetingParticipant | None:
    doc = ctx.doc
    tokens = [t for t in tokens if not doc[t].is_space]
    while tokens and (doc[tokens[0]].is_punct or doc[tokens[0]].lower_ in {"and", "or"}):
        tokens = tokens[1:]
    if not tokens:
        return None
    excluded = {_fold(x) for x in exclude}
    ents: list[Span] = []
    for t in tokens:
        ent = ctx.ent_of.get(t)
        if ent is not None and ent.label_ in PARTICIPANT_LABELS and ent not in ents:
            ents.append(ent)
    persons = [e for e in ents if e.label_ == "PERSON" and _fold(e.text) not in excluded]
    has_counterpart = any(doc[t].lower_ in ("counterpart", "counterparts") for t in tokens)
    lows = [doc[t].lower_ for t in tokens]
    base = {"direct": 0.9, "coordination": 0.75, "caption": 0.75, "context": 0.35}.get(
        resolved_by, 0.8
    )

    ref = _counterpart_phrase(ctx, tokens) if has_counterpart else None
    if persons:
        ent = persons[-1]
        rb = "appositive" if has_counterpart and resolved_by == "direct" else resolved_by
        return MeetingParticipant(
            ent.text, ent.start_char, ent.end_char, "PERSON", role, rb, base, ref
        )

    name = _unlabelled_name(ctx, tokens)
    if name is not None and _fold(ctx.text[name[0] : name[1]]) not in excluded:
        s, e = name
        rb = "appositive" if has_counterpart and resolved_by == "direct" else resolved_by
        return MeetingParticipant(ctx.text[s:e], s, e, None, role, rb, base - 0.1, ref)

    if len(tokens) == 1 and lows[0] in PRONOUNS_SINGULAR:
        return _resolve_pronoun(ctx, doc[tokens[0]], role, exclude=excluded)
    if len(tokens) == 1 and lows[0] in ("i", "me"):
        return _quoted_speaker(ctx, doc[tokens[0]], role, excluded)
    if len(tokens) == 1 and lows[0] in ("it", "they"):
        return _resolve_group_pronoun(ctx, doc[tokens[0]], role, excluded)

    if has_counterpart:
        idx = next(t for t in tokens if doc[t].lower_ in ("counterpart", "counterparts"))
        start = tokens[0]
        ref_text = ctx.text[doc[start].idx : doc[idx].idx + len(doc[idx].text)]
        nat = _nationality_before(ctx, idx)
        hit = _resolve_counterpart(ctx, nat, ctx.sent_of.get(idx, 0), excluded)
        if hit is not None:
            return MeetingParticipant(
                hit.text,
                hit.start_char,
                hit.end_char,
                "PERSON",
                role,
                "counterpart_same_doc",
                0.75,
                ref_text,
            )
        return MeetingParticipant(
            ref_text,
            doc[start].idx,
            doc[idx].idx + len(doc[idx].text),
            None,
            "counterpart_ref",
            resolved_by,
            0.6,
            ref_text,
        )

    if visitor and lows and lows[0] in ("a", "an"):
        return None  # generic "a visit by an Iranian chief of staff"

    head = _chunk_head(ctx, tokens)
    head_ok = head is not None and (
        head.i in ctx.ent_of
        or head.lemma_.lower() in PERSON_NOUNS
        or head.lower_ in PERSON_NOUNS
        or (head.pos_ == "PROPN" and head.text[:1].isupper())
    )
    orgs = [e for e in ents if e.label_ == "ORG" and _fold(e.text) not in excluded]
    if role == "host" and any(e.label_ in PLACE_LABELS for e in ents):
        orgs = []
    if orgs and head_ok:
        ent = orgs[-1]
        return MeetingParticipant(
            ent.text, ent.start_char, ent.end_char, "ORG", role, resolved_by, base - 0.15
        )
    others = [
        e
        for e in ents
        if e.label_ in ("GPE", "NORP", "LOC", "FAC") and _fold(e.text) not in excluded
    ]
    if others and head_ok and head is not None and head.i not in ctx.ent_of:
        # "Syrian rebels", "Boston students": people of a place, not its government
        if any(
            doc[t].lemma_.lower() in NON_STATE_NOUNS or doc[t].lower_ in NON_STATE_NOUNS
            for t in tokens
            if t not in ctx.ent_of
        ):
            return None
    if others and head_ok:
        ent = others[0]
        role_ref = _role_reference(ctx, tokens, ent, head)
        return MeetingParticipant(
            ent.text,
            ent.start_char,
            ent.end_char,
            ent.label_,
            role,
            "role_ref" if role_ref else resolved_by,
            base - 0.35,
            role_ref,
        )
    return None


def _counterpart_phrase(ctx: _Ctx, tokens: list[int]) -> str | None:
    """'his Turkish counterpart' from a chunk that contains the word counterpart."""
    doc = ctx.doc
    idx = next((t for t in tokens if doc[t].lower_ in ("counterpart", "counterparts")), None)
    if idx is None:
        return None
    start = idx
    while start - 1 >= tokens[0] and doc[start - 1].lower_ not in (",", "and"):
        start -= 1
    return ctx.text[doc[start].idx : doc[idx].idx + len(doc[idx].text)]


def _role_reference(ctx: _Ctx, tokens: list[int], country: Span, head: Token | None) -> str | None:
    """A single office holder named by country and office ("Iran's chief of staff", "the Iranian
    defense minister", "Iran's top military general"), not a group ("Turkish officials").  The
    participant stays the country; the phrase lets SQL look for the person the corpus gives that
    office to."""
    if head is None or head.tag_ not in ("NN", "NNP") or head.i in ctx.ent_of:
        return None
    if head.lemma_.lower() not in ROLE_NOUNS:
        return None
    doc = ctx.doc
    if doc[tokens[0]].lower_ in ("a", "an"):
        return None
    lo, hi = min(country.start, tokens[0]), tokens[-1]
    while hi > head.i and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return ctx.text[doc[lo].idx : doc[hi].idx + len(doc[hi].text)]


def _unlabelled_name(ctx: _Ctx, tokens: list[int]) -> tuple[int, int] | None:
    """A run of 2+ capitalised proper nouns outside any entity, after the last entity of the chunk
    ("US Secretary of Defense Jim Mattis" when the NER missed "Jim Mattis")."""
    doc = ctx.doc
    run: list[int] = []
    best: list[int] = []
    for t in tokens:
        tok = doc[t]
        ok = (
            tok.pos_ == "PROPN"
            and tok.text[:1].isupper()
            and t not in ctx.ent_of
            and tok.lower_.rstrip(".") not in TITLE_WORDS
            and tok.lower_ not in PERSON_NOUNS
            and tok.is_alpha
        )
        if ok and (not run or run[-1] == t - 1):
            run.append(t)
        elif ok:
            run = [t]
        else:
            if len(run) >= 2:
                best = run
            run = []
    if len(run) >= 2:
        best = run
    if not best or any(t in ctx.ent_of for t in range(best[-1] + 1, tokens[-1] + 1)):
        return None
    return doc[best[0]].idx, doc[best[-1]].idx + len(doc[best[-1]].text)


def _strip_possessive(p: MeetingParticipant | None) -> MeetingParticipant | None:
    if p is None:
        return None
    text = p.text
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text = text[: -len(suffix)]
            return replace(p, text=text, end_char=p.start_char + len(text))
    return p


def _resolve_counterpart(
    ctx: _Ctx, nat: str | None, sent_index: int, excluded: set[str]
) -> Span | None:
    options = [
        (abs(si - sent_index), si > sent_index, ent)
        for n, ent, si in ctx.counterparts
        if (nat is None or n is None or n == nat)
        and _fold(ent.text) not in excluded
        and not any(_fold(ent.text) in x or x in _fold(ent.text) for x in excluded if x)
    ]
    if not options:
        return None
    options.sort(key=lambda o: (o[1], o[0]))
    return options[0][2]


def _resolve_pronoun(
    ctx: _Ctx, tok: Token, role: str, exclude: set[str] | None = None
) -> MeetingParticipant | None:
    excluded = exclude or set()
    # 1. subject of the governing speech verb: "Baqeri said he had held talks"
    verb = tok.head
    for _ in range(4):
        if verb.dep_ in ("ccomp", "xcomp", "advcl", "conj") and verb.head.i != verb.i:
            verb = verb.head
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i != tok.i:
                    p = _subject_person(ctx, child)
                    if p is not None and _fold(p.text) not in excluded:
                        return MeetingParticipant(
                            p.text, p.start_char, p.end_char, "PERSON", role, "pronoun", 0.75
                        )
        else:
            break
    # 2. nearest earlier PERSON subject, then any PERSON, within three sentences; a subject up to
    #    six sentences back when a chain of he/she subjects leads to it ("Mr Conway says ...
    #    He continued: ... [quotes] ... He said he told ...")
    si = ctx.sent_of.get(tok.i, 0)
    lo = ctx.sents[max(0, si - 3)].start if ctx.sents else 0
    far = ctx.sents[max(0, si - 6)].start if ctx.sents else 0
    best: Span | None = None
    chained: Span | None = None
    fallback: Span | None = None
    spans = sorted([*ctx.ents, *_honorific_subjects(ctx, far, tok.i)], key=lambda e: e.start)
    for ent in spans:
        if ent.label_ != "PERSON" or ent.end > tok.i or ent.start < far:
            continue
        if _fold(ent.text) in excluded or _looks_like_place(ent):
            continue  # "County Clare" tagged PERSON is no antecedent
        subject = any(
            ctx.doc[k].dep_ in ("nsubj", "nsubjpass") or ctx.doc[k].head.dep_ == "nsubj"
            for k in range(ent.start, ent.end)
        )
        if ent.start < lo:
            if subject:
                chained = ent
            continue
        fallback = ent
        if subject:
            best = ent
    if best is None and chained is not None:
        first = ctx.sent_of.get(chained.start, si)
        if any(
            t.lower_ in PRONOUNS_SINGULAR
            and t.dep_ in ("nsubj", "nsubjpass")
            and first < ctx.sent_of.get(t.i, si) < si
            for t in ctx.doc[chained.end : tok.i]
        ):
            best = chained
    pick = best or fallback
    if pick is None:
        return None
    return MeetingParticipant(
        pick.text, pick.start_char, pick.end_char, "PERSON", role, "pronoun", 0.7 if best else 0.55
    )


def _quoted_speaker(
    ctx: _Ctx, tok: Token, role: str, excluded: set[str]
) -> MeetingParticipant | None:
    """A first-person "I" inside a quotation is its speaker: the named PERSON subject of the
    speech verb the quoted clause depends on ('"I met Xi in Beijing," Blinken said'), with
    quotation marks between them.  A first-person narrator nobody names stays unresolved."""
    verb = tok.head
    for _ in range(4):
        if verb.head.i == verb.i or verb.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
            return None
        gov = verb.head
        if gov.lemma_.lower() in SPEECH_VERBS:
            lo, hi = min(tok.i, gov.i), max(tok.i, gov.i)
            between = ctx.text[ctx.doc[lo].idx : ctx.doc[hi].idx]
            if not any(q in between for q in QUOTE_MARKS):
                return None
            for child in gov.children:
                if child.dep_ == "nsubj":
                    p = _subject_person(ctx, child)
                    if p is not None and _fold(p.text) not in excluded:
                        return MeetingParticipant(
                            p.text, p.start_char, p.end_char, "PERSON", role, "quote_speaker", 0.75
                        )
            return None
        verb = gov
    return None


_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss"}


def _honorific_subjects(ctx: _Ctx, lo: int, hi: int) -> list[Span]:
    """Subjects "Mr Conway", "Ms. Reyes" that the NER left unlabelled, as PERSON spans of the
    name (pronoun antecedents only)."""
    from spacy.tokens import Span as _Span

    doc = ctx.doc
    out: list[Span] = []
    for i in range(max(lo, 1), hi):
        t = doc[i]
        if (
            t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.dep_ in ("nsubj", "nsubjpass")
            and i not in ctx.ent_of
            and doc[i - 1].lower_ in _HONORIFICS
        ):
            out.append(_Span(doc, i, i + 1, label="PERSON"))
    return out


def _resolve_group_pronoun(
    ctx: _Ctx, tok: Token, role: str, excluded: set[str]
) -> MeetingParticipant | None:
    """'it'/'they' only through a governing speech verb: "the Taliban said it met with ..."."""
    verb = tok.head
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
        return None
    for child in verb.head.children:
        if child.dep_ == "nsubj" and child.i != tok.i:
            for k in range(child.left_edge.i, child.right_edge.i + 1):
                ent = ctx.ent_of.get(k)
                if (
                    ent is not None
                    and ent.label_ in ("ORG", "GPE", "NORP", "PERSON")
                    and _fold(ent.text) not in excluded
                ):
                    return MeetingParticipant(
                        ent.text, ent.start_char, ent.end_char, ent.label_, role, "pronoun", 0.6
                    )
    return None


_CLAUSE_DEPS = ("relcl", "acl", "ccomp", "advcl", "xcomp", "parataxis", "csubj")


def _people_in(ctx: _Ctx, tok: Token, before: int, conf: float) -> list[MeetingParticipant]:
    """PERSON mentions of tok's phrase (not of clauses inside it) ending before token ``before``;
    a he/she is resolved as a pronoun."""
    if tok.lower_ in PRONOUNS_SINGULAR:
        p = _resolve_pronoun(ctx, tok, "co_participant")
        return [p] if p is not None else []
    out: list[MeetingParticipant] = []
    stack = [tok]
    while stack:
        cur = stack.pop()
        ent = ctx.ent_of.get(cur.i)
        if ent is not None and ent.label_ == "PERSON" and ent.end <= before:
            if not _looks_like_place(ent) and all(o.start_char != ent.start_char for o in out):
                out.append(
                    MeetingParticipant(
                        ent.text,
                        ent.start_char,
                        ent.end_char,
                        "PERSON",
                        "co_participant",
                        "pronoun",
                        conf,
                    )
                )
        stack.extend(c for c in cur.children if c.dep_ not in _CLAUSE_DEPS)
    return sorted(out, key=lambda p: p.start_char)


def _reciprocal_group(ctx: _Ctx, si: int, subj: Token) -> list[MeetingParticipant]:
    """The people a reciprocal "they" / "the two" stands for: the subject and object people of
    the nearest clause before it in the same sentence ("he told A and B ... when they met up"),
    else of the previous sentence ("A and B were rivals. They met ..."), when they are two or more.
    """
    doc = ctx.doc
    sent = ctx.sents[si]
    ranges = [(sent.start, subj.left_edge.i, 0.7)]
    if si > 0:
        prev = ctx.sents[si - 1]
        ranges.append((prev.start, prev.end, 0.6))
    for lo, hi, conf in ranges:
        for k in range(hi - 1, lo - 1, -1):
            verb = doc[k]
            if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
                continue
            group: list[MeetingParticipant] = []
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") and child.i < hi:
                    for p in _people_in(ctx, child, hi, conf):
                        if all(_fold(p.text) != _fold(q.text) for q in group):
                            group.append(p)
            if len(group) >= 2:
                return group
    return []


def _looks_like_place(ent: Span) -> bool:
    """A span the NER called a person that reads as a place: "County Clare", "Kildare County",
    "Province of Aceh"."""
    return ent[0].lower_ in PLACE_DESIGNATORS or ent[-1].lower_ in PLACE_DESIGNATORS


def _subject_person(ctx: _Ctx, subj: Token) -> Span | None:
    for k in range(subj.left_edge.i, subj.right_edge.i + 1):
        ent = ctx.ent_of.get(k)
        if ent is not None and ent.label_ == "PERSON":
            return ent
    return None


# --------------------------------------------------------------------------------------------
# parse helpers


def _subject_token(verb: Token) -> tuple[Token | None, bool]:
    """(subject token, passive?) climbing through xcomp/conj/relcl."""
    cur = verb
    for _ in range(4):
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in cur.children)
        for child in cur.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                if child.lower_ in REL_WORDS and cur.dep_ == "relcl":
                    return cur.head, passive
                return child, passive
        if cur.dep_ == "relcl":
            return cur.head, passive
        owner = _intent_owner(cur)
        if owner is not None:
            return owner, False
        if _intent_noun(cur) is not None and cur.head.dep_ in ("dobj", "conj"):
            cur = cur.head.head  # "Chile made an offer to negotiate with ...": offer -> made
            continue
        if cur.dep_ in ("xcomp", "conj", "advcl", "acomp") and cur.head.i != cur.i:
            cur = cur.head
            continue
        if _adjective_complement(cur):
            cur = cur.head.head  # "he would be open to negotiating with ...": open -> be -> he
            continue
        gov = _verb_adjunct_gerund(cur)
        if gov is not None:
            cur = gov  # "X played hardball in negotiating ...": negotiating -> played
            continue
        break
    return None, False


def _intent_noun(verb: Token) -> Token | None:
    """The noun of intent whose infinitive the verb is: "an offer (by Iran) to negotiate"."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in INTENT_NOUNS and verb.head.i < verb.i:
        return verb.head
    return None


def _intent_owner(verb: Token) -> Token | None:
    """Who holds the intent: "an offer by Iran to ...", "Iran's offer to ..." -> Iran."""
    noun = _intent_noun(verb)
    if noun is None:
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("by", "from")):
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _adjective_complement(verb: Token) -> bool:
    """verb is the gerund of an adjective's preposition: "open to meeting", "eager for talks"."""
    return (
        verb.dep_ == "pcomp"
        and verb.head.dep_ == "prep"
        and verb.head.head.pos_ == "ADJ"
        and verb.head.head.dep_ in ("acomp", "amod", "xcomp", "conj")
    )


_OWNER_DEPS = ("poss", "compound", "amod")
_ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")


def _owner_entity(ctx: _Ctx, noun: Token, allow_self: bool) -> Span | None:
    """The actor that owns a noun: its possessor or a name modifying it ("Britain's exit", "the
    U.S. arsenal", "the Iranian programme"); with ``allow_self`` the noun itself when it is an
    organisation ("a loan from the IMF")."""
    if allow_self:
        ent = ctx.ent_of.get(noun.i)
        if ent is not None and ent.label_ == "ORG":
            return ent
    for child in noun.children:
        if child.dep_ in _OWNER_DEPS:
            ent = ctx.ent_of.get(child.i)
            if ent is not None and ent.label_ in _ACTOR_LABELS:
                return ent
    return None


def _implicit_counterparts(ctx: _Ctx, verb: Token, lo: int, hi: int) -> list[MeetingParticipant]:
    """The other side of a negotiation that has no "with" complement.

    * An offer's addressee: "surprised the Americans with an offer by Iran to negotiate", "Iran's
      offer to the Americans to negotiate" (``resolved_by='offer_addressee'``).
    * For "negotiate" only, the owner of what is negotiated: "negotiating Britain's exit", "the
      terms of Britain's exit", "deep cuts to the U.S. arsenal", "a loan from the IMF"
      (``resolved_by='object_owner'``).  A place that is only where the object lies ("access to
      Aleppo") is not an owner: a bare place under "to"/"from" is not taken, only an organisation
      or a possessor / name modifier.
    """
    found: list[tuple[Span, str]] = []
    noun = _intent_noun(verb)
    if noun is not None:
        addressees: list[Token] = []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "to":
                addressees += [g for g in child.children if g.dep_ == "pobj"]
        gov = noun.head
        if noun.dep_ == "pobj" and gov.lower_ == "with" and gov.head.pos_ == "VERB":
            addressees += [c for c in gov.head.children if c.dep_ == "dobj"]
        if noun.dep_ == "dobj":
            for c in gov.children:
                if c.dep_ == "dative":
                    addressees += [g for g in c.children if g.dep_ == "pobj"] or [c]
        for a in addressees:
            ent = ctx.ent_of.get(a.i)
            if ent is not None and ent.label_ in _ACTOR_LABELS:
                found.append((ent, "offer_addressee"))
    if verb.lemma_.lower() in BETWEEN_VERBS and not found:
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        for obj in list(objs):
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    objs += [g for g in prep.children if g.dep_ == "pobj"]  # terms of X's exit
        for obj in objs:
            ent = _owner_entity(ctx, obj, allow_self=False)
            if ent is not None:
                found.append((ent, "object_owner"))
                break
        if not found:
            for head in [verb] + [c for c in verb.children if c.dep_ == "dobj"]:
                for prep in head.children:
                    if prep.dep_ != "prep" or prep.lower_ not in ("to", "from"):
                        continue
                    for pobj in prep.children:
                        ent = (
                            _owner_entity(ctx, pobj, allow_self=True)
                            if pobj.dep_ == "pobj"
                            else None
                        )
                        if ent is not None:
                            found.append((ent, "object_owner"))
    out: list[MeetingParticipant] = []
    for ent, how in found:
        if not (lo <= ent.start < hi):
            continue
        p = _participant(ctx, list(range(ent.start, ent.end)), "object", how)
        if p is not None:
            out.append(replace(p, confidence=min(p.confidence, 0.6)))
    return out[:1]


def _verb_adjunct_gerund(verb: Token) -> Token | None:
    """The verb whose subject a gerund takes, when the gerund sits under a preposition of that verb
    ("played hardball in negotiating", "ended the war by negotiating with ...") or of its object
    (the parser's "took a hard line [in negotiating]")."""
    if not (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.head.dep_ == "prep"
        and verb.head.lower_ in GERUND_ADJUNCT_PREPS
    ):
        return None
    gov = verb.head.head
    if gov.dep_ == "dobj" and gov.head.pos_ in ("VERB", "AUX"):
        gov = gov.head
    return gov if gov.pos_ in ("VERB", "AUX") else None


def _purpose_verb(noun: Token) -> Token | None:
    """The verb a meeting noun is the purpose of: "travel to Beijing for talks" -> travel."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose time and place are the meeting noun's: the verb it is the subject of ("the
    talks resumed ...", "the summit will take place ...") or the purpose of; never a verb of
    saying ("the talks were useful, officials said")."""
    verb = _purpose_verb(noun)
    if verb is None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
        verb = noun.head
    if verb is None or verb.lemma_.lower() in ("say", "tell", "announce", "report"):
        return None
    return verb


def _clause_anchor_chain(tok: Token, depth: int = 6) -> list[Token]:
    chain = [tok]
    cur = tok
    for _ in range(depth):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        chain.append(cur)
    return chain


def _is_planned(ctx: _Ctx, trigger: Token, light: Token | None) -> bool:
    for child in trigger.children:
        if child.dep_ in ("amod", "advmod") and child.lower_ in PLANNED_ADJ:
            return True
        if child.dep_ == "acl" and child.lemma_.lower() in {
            "plan",
            "schedule",
            "set",
            "expect",
            "propose",
        }:
            return True
    prev = [ctx.doc[k].lower_ for k in range(max(0, trigger.i - 5), trigger.i)]
    if "ahead" in prev and "of" in prev:
        return True  # "ahead of a (scheduled) visit by ..."
    cur: Token | None = light
    if cur is None:
        if trigger.pos_ in ("VERB", "AUX"):
            cur = trigger
        elif trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            cur = trigger.head
        elif trigger.dep_ == "pobj" and trigger.head.lower_ == "by":
            cur = trigger.head.head  # "will be followed by the visit of ..."
        elif _purpose_verb(trigger) is not None:
            cur = _purpose_verb(trigger)  # "will travel to Beijing next week for talks with ..."
        else:
            return False
    for _ in range(6):
        for child in cur.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS:
                return True
        if _intent_noun(cur) is not None:
            return True  # "an offer to negotiate with ...", "Chile's proposal to meet ..."
        if cur.dep_ == "xcomp":
            head = cur.head
            if head.lemma_.lower() in PLAN_VERBS or head.lemma_ == "be" or head.pos_ == "ADJ":
                return True
            cur = head
            continue
        if cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = cur.head
            continue
        gov = _verb_adjunct_gerund(cur)
        if gov is not None:
            cur = gov  # "are expected to play hardball in negotiating ..."
            continue
        if _adjective_complement(cur):
            adj = cur.head.head
            if adj.lemma_.lower() in PLAN_VERBS:
                return True  # "open to negotiating with"
            cur = adj.head if adj.dep_ == "acomp" else adj  # "would be happy about meeting"
            continue
        break
    return False


def _is_negated(trigger: Token, light: Token | None) -> bool:
    for tok in {trigger, light or trigger}:
        for child in tok.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return True
        noun = _intent_noun(tok)
        if noun is not None and (
            noun.head.lemma_.lower() in REJECT_VERBS
            or any(c.dep_ == "neg" or c.lower_ == "no" for c in noun.children)
        ):
            return True  # "rejected Iran's offer to negotiate", "no offer to meet"
        cur = tok
        for _ in range(3):
            if cur.head.i == cur.i:
                break
            if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in {
                "refuse",
                "decline",
                "reject",
                "cancel",
                "postpone",
                "deny",
                "fail",
                "avoid",
            }:
                return True
            cur = cur.head
    return False


def _attached_dates_places(
    ctx: _Ctx, anchors: list[Token]
) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    dates: list[tuple[int, int]] = []
    places: list[tuple[int, int, str]] = []
    for anchor in anchors:
        for child in anchor.children:
            targets: list[Token] = []
            if child.dep_ == "prep" and child.lower_ in (
                "on",
                "in",
                "at",
                "during",
                "inside",
                "for",
            ):
                targets = [g for g in child.children if g.dep_ == "pobj"]
                for g in targets:
                    ent = ctx.ent_of.get(g.i)
                    if (
                        ent is not None
                        and ent.label_ in PLACE_LABELS
                        and child.lower_ in ("in", "at", "inside")
                    ):
                        places.append((ent.start_char, ent.end_char, ent.text))
                    elif child.lower_ in ("on", "at", "during", "in"):
                        places += _nested_places(ctx, g)
            elif child.dep_ in ("npadvmod", "tmod", "advmod", "nmod", "obl"):
                targets = [child]
            for g in targets:
                for k in range(g.left_edge.i, g.right_edge.i + 1):
                    if k in ctx.date_start_tok:
                        s, e = ctx.date_start_tok[k]
                        if child.dep_ == "prep" and child.lower_ == "on" and child.i == k - 1:
                            s = child.idx  # "on Tuesday", not "on the sidelines of ... Tuesday"
                        dates.append((s, e))
                        break
    return dates, places


def _nested_places(ctx: _Ctx, noun: Token, depth: int = 3) -> list[tuple[int, int, str]]:
    """The place inside a locative phrase that is not itself a place: "on the sidelines of the UN
    General Assembly in New York", "at a hotel in Geneva", "during a summit in Bali" -> the first
    "in/at <GPE|LOC|FAC>" under the noun, through "of" phrases."""
    if depth == 0:
        return []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "of"):
            continue
        for g in prep.children:
            if g.dep_ != "pobj":
                continue
            ent = ctx.ent_of.get(g.i)
            if ent is not None and ent.label_ in PLACE_LABELS and prep.lower_ != "of":
                return [(ent.start_char, ent.end_char, ent.text)]
            found = _nested_places(ctx, g, depth - 1)
            if found:
                return found
    return []


def _destinations(
    ctx: _Ctx, sent_lo: int, sent_hi: int, before: int | None = None
) -> list[tuple[int, int, str, int]]:
    """'visit/trip/travel ... to X' and 'arrived in X' destinations: (start, end, text, token)."""
    doc = ctx.doc
    out: list[tuple[int, int, str, int]] = []
    for k in range(sent_lo, sent_hi):
        tok = doc[k]
        if before is not None and k >= before:
            break
        if tok.lower_ not in ("to", "in"):
            continue
        head = tok.head
        lemma = head.lemma_.lower()
        ok = (
            tok.lower_ == "to"
            and lemma
            in {"visit", "trip", "travel", "come", "go", "fly", "head", "journey", "tour", "return"}
        ) or (tok.lower_ == "in" and lemma in {"arrive", "land"})
        if not ok:
            continue
        j = k + 1
        while j < len(doc) and (
            doc[j].lower_ == "the"
            or doc[j].pos_ in ("ADJ",)
            or (doc[j].text == "-" or doc[j].lower_ == "nato")
        ):
            j += 1
        ent = ctx.ent_of.get(j)
        if j < len(doc) and ent is None:
            # "NATO-member Turkey": skip a hyphenated modifier
            for jj in range(j, min(j + 4, len(doc))):
                e2 = ctx.ent_of.get(jj)
                if e2 is not None and e2.label_ in PLACE_LABELS:
                    ent = e2
                    break
        if ent is not None and ent.label_ in PLACE_LABELS:
            out.append((ent.start_char, ent.end_char, ent.text, k))
    return out


# --------------------------------------------------------------------------------------------
# extraction


def extract_meetings(
    doc: Doc, published_date: date | None = None, dateline: str | None = None
) -> list[MeetingCandidate]:
    """Meeting candidates in document order (see the module docstring for the rules)."""
    if len(doc) == 0:
        return []
    try:
        parsed = doc.has_annotation("DEP")
    except Exception:  # pragma: no cover - defensive
        parsed = False
    if not parsed:
        return _surface_fallback(doc, published_date)
    ctx = _Ctx(doc, published_date, dateline)
    raws: list[_Raw] = []
    for si, sent in enumerate(ctx.sents):
        try:
            raws.extend(_sentence_candidates(ctx, si, sent))
        except Exception:  # a malformed parse must not lose the whole article
            log.exception("meeting extraction failed on sentence %d", si)
    raws = _postprocess(ctx, raws)
    return _finalise(ctx, raws)


def _trigger_kind(ctx: _Ctx, tok: Token) -> tuple[str, float, str, Token | None] | None:
    """(kind, confidence, mode, light verb) when tok triggers a meeting."""
    lemma = tok.lemma_.lower()
    low = tok.lower_
    children = list(tok.children)
    child_lows = {c.lower_ for c in children if c.dep_ in ("compound", "amod", "nmod")}
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lemma == "meet"):
        if lemma in ("speak", "talk") and any(
            c.dep_ == "prep"
            and c.lower_ in ("by", "over", "on", "via")
            and any(g.lower_ in PHONE_WORDS for g in c.subtree)
            for c in children
        ):
            return "with", 0.8, "phone", None
        if lemma in ("phone", "telephone"):
            return "meet", 0.8, "phone", None
        if lemma in GATHERING_VERBS:
            if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in children):
                return None  # "convened a meeting", "a meeting was convened": not a gathering
            return "gather", 0.7, "in_person", None
        if lemma in MEETING_VERBS:
            kind, conf = MEETING_VERBS[lemma]
            if lemma == "host" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS for c in children
            ):
                return None  # "hosted talks": the noun is the trigger
            return kind, conf, "in_person", None
        return None
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if lemma == "talk" and low != "talks":
        return None
    if lemma not in MEETING_NOUNS and low not in ("talks", "videoconference"):
        if lemma in ("conference", "meeting", "call") and child_lows & VIDEO_WORDS:
            return "meet", 0.7, "video", None
        return None
    kind, conf = MEETING_NOUNS.get(lemma, ("meet", 0.8))
    if child_lows & NOT_MEETING_COMPOUNDS:
        return None
    if kind == "visit" and _is_long_stay(tok):
        return None
    mode = "in_person"
    if child_lows & VIDEO_WORDS or kind == "video":
        mode = "video"
    elif child_lows & PHONE_WORDS or kind == "phone":
        mode = "phone"
        if not (child_lows & PHONE_WORDS) and lemma in ("call", "conversation"):
            window = ctx.doc[max(0, tok.i - 3) : tok.i + 4].text.lower()
            if not any(w in window for w in PHONE_WORDS):
                return None
    light = tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS else None
    if light is None and tok.dep_ == "conj" and tok.head.dep_ == "dobj":
        head = tok.head.head
        if head.lemma_.lower() in LIGHT_VERBS:
            light = head
    if (
        lemma in NEEDS_COMPLEMENT
        and light is None
        and not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in children)
    ):
        nxt = ctx.doc[tok.i + 1].lower_ if tok.i + 1 < len(ctx.doc) else ""
        if nxt not in ("with", "between", "among"):
            return None
    if kind == "phone":
        kind = "meet"
    return kind, conf, mode, light


def _is_long_stay(visit: Token) -> bool:
    """A visit measured in months or years ("a six-month visit", "a two-year visit to Syria")
    is a stay, not an encounter between actors."""
    for child in visit.children:
        if child.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            words = {child.lower_, *(t.lower_ for t in child.subtree)}
            if any(w.rstrip("s").endswith(STAY_UNITS) for w in words):
                return True
    return False


def _line_limits(ctx: _Ctx, sent: Span, tok: Token) -> tuple[int, int]:
    """Token range of the trigger's line inside its sentence."""
    ls, le = _line_bounds(ctx.text, tok.idx)
    lo = sent.start
    while lo < tok.i and ctx.doc[lo].idx < ls:
        lo += 1
    hi = tok.i
    while hi < sent.end and ctx.doc[hi].idx < le:
        hi += 1
    return lo, hi


def _is_caption_line(ctx: _Ctx, tok: Token, lo: int, hi: int) -> bool:
    if tok.tag_ not in ("VBZ", "VBP"):
        return False
    ls, le = _line_bounds(ctx.text, tok.idx)
    line = ctx.text[ls:le].strip()
    if len(line) > 220:
        return False
    # one sentence on its own line (headline, photo caption)
    inner = ctx.text[ctx.doc[lo].idx : tok.idx]
    return "." not in inner.replace("Gen.", "").replace("Mr.", "").replace("St.", "")


def _sentence_candidates(ctx: _Ctx, si: int, sent: Span) -> list[_Raw]:
    doc = ctx.doc
    out: list[_Raw] = []
    sent_lower = sent.text.lower()
    together = any(cue in sent_lower for cue in TOGETHER_CUES)
    for tok in sent:
        info = _trigger_kind(ctx, tok)
        if info is None:
            continue
        kind, conf, mode, light = info
        if _is_negated(tok, light):
            continue
        lo, hi = _line_limits(ctx, sent, tok)
        caption = _is_caption_line(ctx, tok, lo, hi)
        status = "held" if caption else ("planned" if _is_planned(ctx, tok, light) else "held")
        is_noun = tok.pos_ in ("NOUN", "PROPN")
        trig_start_tok = light if light is not None and light.i < tok.i else tok
        rb_default = "caption" if caption else "direct"

        subjects: list[MeetingParticipant] = []
        objects: list[tuple[MeetingParticipant, tuple[int, int] | None]] = []
        region_dates: list[tuple[int, int]] = []
        region_places: list[tuple[int, int, str]] = []
        destination: tuple[int, int, str] | None = None
        symmetric = False
        passive = False

        # ---- subject side
        subj_roles = {"visit": "visitor", "host": "host"}
        obj_roles = {"visit": "host", "host": "visitor"}
        subj_role = subj_roles.get(kind, "subject")
        obj_role = obj_roles.get(kind, "object")
        subj_tokens_groups: list[list[int]] = []
        verb_for_subject = light if light is not None else (None if is_noun else tok)
        if caption:
            start = lo
            region = _scan_region(ctx, start, trig_start_tok.i, skip_with=False, subject=True)
            subj_tokens_groups = [c.tokens for c in region.chunks]
            # "Iran's chief of staff meets": take chunks from the line start
        elif verb_for_subject is not None:
            subj, passive = _subject_token(verb_for_subject)
            if subj is not None and lo <= subj.i < hi:
                left = subj.left_edge.i if subj.i < trig_start_tok.i else subj.i
                right = (
                    min(subj.right_edge.i + 1, trig_start_tok.i)
                    if subj.i < trig_start_tok.i
                    else subj.i + 1
                )
                if subj.dep_ == "relcl" or subj.i >= trig_start_tok.i:
                    left, right = subj.left_edge.i, subj.i + 1
                cuts = [
                    c.left_edge.i
                    for c in subj.children
                    if c.dep_ in ("relcl", "acl", "advcl") and c.i > subj.i
                ]
                if cuts and subj.i < trig_start_tok.i:
                    right = min(right, max(min(cuts), subj.i + 1))
                left = max(left, lo)
                region = _scan_region(
                    ctx, left, max(right, left + 1), skip_with=False, subject=True
                )
                subj_tokens_groups = [c.tokens for c in region.chunks]
        elif is_noun:
            poss = [c for c in tok.children if c.dep_ == "poss"]
            if poss:
                p = poss[0]
                subj_tokens_groups = [list(range(p.left_edge.i, p.i + 1))]
            else:
                # "<X> in Ankara for talks with ...", "X arrived ... for talks"
                cur = tok
                for _ in range(5):
                    if cur.head.i == cur.i:
                        break
                    prev, cur = cur, cur.head
                    if (
                        cur.dep_ == "prep"
                        or cur.i in ctx.ent_of
                        or cur.dep_ == "pobj"
                        and cur.i != tok.i
                        and cur.head.dep_ == "prep"
                        and prev.dep_ == "prep"
                    ):
                        continue
                    if cur.pos_ in ("VERB", "AUX"):
                        if (
                            prev.dep_ == "prep"
                            and prev.lower_
                            in (
                                "for",
                                "during",
                                "on",
                                "in",
                                "at",
                                "after",
                                "following",
                                "before",
                            )
                            and cur.lemma_.lower() not in ("say", "tell", "announce")
                        ):
                            s, _p = _subject_token(cur)
                            if s is not None and lo <= s.i < hi and s.i < tok.i:
                                subj_tokens_groups = [
                                    list(
                                        range(
                                            max(lo, s.left_edge.i), min(s.right_edge.i + 1, tok.i)
                                        )
                                    )
                                ]
                        break
                    if cur.pos_ in ("NOUN", "PROPN") and prev.dep_ == "prep" and cur.i < tok.i:
                        subj_tokens_groups = [list(range(max(lo, cur.left_edge.i), cur.i + 1))]
                        break
                    if cur.pos_ in ("NOUN", "PROPN"):
                        break

        climbed = is_noun and light is None and not caption
        if kind == "gather":
            # those who gathered are the participants: "the ministers of France and Germany", not
            # "supporters of A and B" (a crowd) or "thousands of protesters"
            subj_tokens_groups = [t for t in subj_tokens_groups if _acting_head(ctx, t)]
        for toks in subj_tokens_groups:
            p = _participant(
                ctx,
                toks,
                # "Blinken was received by the crown prince": the passive subject is the visitor
                obj_role if passive and kind in ("host", "visit") else subj_role,
                rb_default,
                visitor=(subj_role == "visitor" and is_noun),
            )
            if p is not None and all(_fold(p.text) != _fold(q.text) for q in subjects):
                subjects.append(p)

        # ---- object side (chunks after the trigger)
        j = tok.i + 1
        if not is_noun:
            while j < hi and (
                doc[j].dep_ == "prt"
                or doc[j].lower_
                in ("up", "also", "together", "jointly", "separately", "briefly", "privately")
            ):
                j += 1
        joint = False
        rule_suffix_reciprocal = ""
        rule_suffix_implicit = ""
        implicit: list[MeetingParticipant] = []
        if kind == "with" and not is_noun:
            # needs an explicit "with" complement somewhere after the verb; "negotiate" also
            # takes "between A and B" ("negotiated a truce between A and B": one joint meeting)
            markers: tuple[str, ...] = ("with", "to")
            if tok.lemma_.lower() in BETWEEN_VERBS:
                # "negotiate access to Aleppo", "cuts to the U.S. arsenal": after "negotiate", "to"
                # belongs to the object; its owner is read by _implicit_counterparts
                markers = ("with", "between")
            k = j
            while k < hi and doc[k].lower_ not in markers and not doc[k].is_punct:
                k += 1
            if k >= hi or doc[k].lower_ not in markers:
                # no "with": only a counterpart implied by the object or by an offer's addressee
                # ("negotiating Britain's exit", "surprised the Americans with an offer to ...")
                implicit = _implicit_counterparts(ctx, tok, lo, hi)
                if not implicit:
                    continue
                k = hi
            elif doc[k].lower_ == "between":
                head = doc[k].head
                if not (
                    head.i == tok.i
                    or (head.head.i == tok.i and head.lemma_.lower() in AGREEMENT_NOUNS)
                ):
                    continue  # "negotiated the border between A and B": not the parties
                joint = True
            j = k
        obj_region_done = False
        guard = 0
        while j < hi and guard < 6:
            guard += 1
            d = ctx.date_at(j)
            if d is not None:
                region_dates.append(d[0])
                j = d[1]
                continue
            low = doc[j].lower_
            if low in ("in", "at") and j + 1 < hi:
                jj = j + 2 if doc[j + 1].lower_ == "the" else j + 1
                ent = ctx.ent_of.get(jj)
                if ent is not None and ent.label_ in PLACE_LABELS and ent.start == jj:
                    region_places.append((ent.start_char, ent.end_char, ent.text))
                    j = ent.end
                    continue
            if is_noun:
                if low in ("with", "between", "among"):
                    region = _scan_region(ctx, j + 1, hi)
                    role = "object" if low == "with" else "co_participant"
                    if low != "with":
                        symmetric = True
                elif low in ("by", "of") and kind == "visit" and not subjects:
                    region = _scan_region(ctx, j + 1, hi)
                    for c in region.chunks:
                        p = _participant(ctx, c.tokens, "visitor", rb_default, visitor=True)
                        if p is not None:
                            subjects.append(p)
                    region_dates += region.dates_before + [c.date for c in region.chunks if c.date]
                    region_places += region.places
                    j = region.end
                    continue
                elif low == "to" and kind == "visit":
                    region = _scan_region(ctx, j + 1, hi)
                    role = "host"
                elif low == "of" and kind == "meet" and not subjects and not objects:
                    # "a summit of the leaders of A, B and C", "a meeting of A and B officials"
                    region = _scan_region(ctx, j + 1, hi)
                    region.chunks = [c for c in region.chunks if _acting_head(ctx, c.tokens)]
                    role = "co_participant"
                    symmetric = True
                elif low == "including" or doc[j].is_space or low == ",":
                    j += 1
                    continue
                else:
                    break
            else:
                if obj_region_done:
                    break
                if low == "by" and passive:
                    region = _scan_region(ctx, j + 1, hi)
                    role = subj_role if kind != "host" else "host"
                elif low == "to" and kind == "with":
                    region = _scan_region(ctx, j + 1, hi)
                    role = obj_role
                elif low == "between" and joint:
                    region = _scan_region(ctx, j + 1, hi)
                    role = "co_participant"
                else:
                    region = _scan_region(ctx, j, hi)
                    role = obj_role
                obj_region_done = True
            region_dates += region.dates_before
            region_places += region.places
            for c in region.chunks:
                visitor_flag = role == "visitor"
                excl = [s.text for s in subjects]
                p = _participant(
                    ctx, c.tokens, role, rb_default, visitor=visitor_flag, exclude=excl
                )
                if p is None:
                    continue
                if role == "host" and kind == "visit" and p.label in PLACE_LABELS:
                    destination = (p.start_char, p.end_char, p.text)
                    p = replace(p, role="host", confidence=min(p.confidence, 0.45))
                objects.append((p, c.date))
            if region.end <= j:
                break
            j = region.end
            if not is_noun:
                # a trailing "on Tuesday" / "in Ankara" after the object chunks
                continue

        if kind == "with" and not is_noun and not objects and not joint:
            implicit = implicit or _implicit_counterparts(ctx, tok, lo, hi)
            excl = {_fold(p.text) for p in subjects}
            objects = [(p, None) for p in implicit if _fold(p.text) not in excl]
            if objects:
                rule_suffix_implicit = "+" + objects[0][0].resolved_by

        if symmetric and climbed:
            subjects = []  # "talks between A and B": the parties are A and B only

        # ---- reciprocal "they met (up)", "the two met": the people named just before
        if kind in ("meet", "gather") and not is_noun and not objects and not caption:
            s_tok, _p = _subject_token(tok)
            if s_tok is not None and s_tok.i < tok.i:
                phrase = doc[s_tok.left_edge.i : s_tok.i + 1].text.lower()
                if phrase in RECIPROCAL_REFS:
                    group = _reciprocal_group(ctx, si, s_tok)
                    if len(group) >= 2:
                        subjects = group
                        symmetric = True
                        rule_suffix_reciprocal = "+reciprocal"

        # ---- borrowed object: "held talks and attended a press conference with X"
        rule_suffix = rule_suffix_reciprocal + rule_suffix_implicit
        if not objects and light is not None and not symmetric:
            k = tok.i + 1
            seen_verb = False
            while k < hi and doc[k].text not in (".", ";") and k < tok.i + 12:
                if doc[k].pos_ == "VERB":
                    seen_verb = True
                if seen_verb and doc[k].lower_ == "with":
                    region = _scan_region(ctx, k + 1, hi)
                    for c in region.chunks:
                        p = _participant(
                            ctx,
                            c.tokens,
                            obj_role,
                            "coordination",
                            exclude=[s.text for s in subjects],
                        )
                        if p is not None:
                            objects.append((p, c.date))
                    rule_suffix = "+shared_object"
                    break
                k += 1

        # ---- attached dates and places from the parse; a meeting noun also takes those of the
        # verb it is the subject of ("talks ... resumed in Washington earlier this week", "a
        # summit ... will take place in X next month") or the purpose of ("will travel to Beijing
        # next week for talks with ...")
        anchors = [tok] + ([light] if light is not None else [])
        anchors += [c for c in tok.children if c.dep_ == "acl"]
        if is_noun and light is None:
            gov_verb = _governing_verb(tok)
            if gov_verb is not None:
                anchors.append(gov_verb)
        att_dates, att_places = _attached_dates_places(ctx, anchors)
        region_places += att_places

        # ---- who took part: "a meeting involving A and B", "the summit was attended by A and B",
        # "a meeting was convened ... It involved A, B and C"
        if is_noun and kind == "meet" and len(subjects) + len(objects) < 2 and not caption:
            attendees = _attendees(ctx, si, tok)
            if len(attendees) >= 2:
                subjects = attendees
                objects = []
                symmetric = True
                rule_suffix += "+attendees"

        # ---- contextual parties for talks without named parties
        if is_noun and len(subjects) + len(objects) < 2 and kind == "meet":
            subj_text = ""
            if verb_for_subject is not None:
                s_tok, _p = _subject_token(verb_for_subject)
                if s_tok is not None:
                    subj_text = doc[s_tok.left_edge.i : s_tok.right_edge.i + 1].text.lower()
            acl_held = any(
                c.dep_ == "acl" and c.lemma_.lower() in ("hold", "plan", "schedule")
                for c in tok.children
            )
            gov = tok.head
            gov_parties = False
            for _ in range(4):
                for c in gov.children:
                    if c.dep_ in ("nsubj", "nsubjpass"):
                        txt = doc[c.left_edge.i : c.right_edge.i + 1].text.lower()
                        gov_parties = gov_parties or txt in PLURAL_REFS
                if gov.head.i == gov.i:
                    break
                gov = gov.head
            if subj_text in PLURAL_REFS or acl_held or gov_parties:
                parties = _context_parties(ctx, si, tok.i)
                if len(parties) >= 2:
                    subjects = parties
                    objects = []
                    symmetric = True
                    rule_suffix = "+context_parties"

        # ---- a visit with a visitor but no destination: nearest "visit/trip to X" before it
        if kind == "visit" and subjects and not objects and not symmetric:
            host = _context_destination(ctx, si, tok.i)
            if host is not None:
                objects.append((host, None))
                destination = (host.start_char, host.end_char, host.text)
                rule_suffix = "+context_host"

        # ---- assemble
        subjects = [s for s in subjects if s is not None]
        if not subjects and not objects:
            continue
        ev_lo = max(sent.start_char, _line_bounds(ctx.text, tok.idx)[0])
        ev_hi = min(sent.end_char, _line_bounds(ctx.text, tok.idx)[1])
        while ev_hi > ev_lo and ctx.text[ev_hi - 1].isspace():
            ev_hi -= 1
        while ev_lo < ev_hi and ctx.text[ev_lo].isspace():
            ev_lo += 1
        trig_s = trig_start_tok.idx
        trig_e = tok.idx + len(tok.text)
        global_dates = list(region_dates) + att_dates
        own = [d for _p, d in objects if d is not None]
        if len(own) == 1 and len(objects) > 1 and objects[-1][1] is not None:
            global_dates.append(objects[-1][1])  # "met A and B on Tuesday" -> both
            objects = [(p, None) for p, _d in objects]
        place = region_places[0] if region_places else None
        base_rule = ("caption" if caption else "") or (
            "light_verb_noun" if light is not None else ("noun" if is_noun else "verb")
        )
        rule = f"{base_rule}:{tok.lemma_.lower()}" + rule_suffix
        if symmetric:
            subjects = [_with_role(p, "co_participant") for p in subjects]
            objects = [(_with_role(p, "co_participant"), d) for p, d in objects]
        groups: list[tuple[list[MeetingParticipant], tuple[int, int] | None]] = []
        if objects and not together and not symmetric and not joint and len(objects) > 1:
            for p, d in objects:
                groups.append((subjects + [p], d))
        elif kind == "visit" and is_noun and len(subjects) > 1 and objects and not together:
            for sp in subjects:  # "the visit of Shoigu and Mattis": two visits
                groups.append(([sp] + [p for p, _d in objects], objects[0][1]))
        else:
            parts = subjects + [p for p, _d in objects]
            if not objects and len(subjects) >= 2 and not symmetric:
                parts = [_with_role(p, "co_participant") for p in subjects]
            groups.append((parts, next((d for _p, d in objects if d), None)))
        for parts, own_date in groups:
            uniq: list[MeetingParticipant] = []
            for p in parts:
                if all(_fold(p.text) != _fold(q.text) for q in uniq):
                    uniq.append(p)
            if len(uniq) < 2:
                continue
            date_span = own_date or _closest(global_dates, trig_s)
            pconf = sum(p.confidence for p in uniq) / len(uniq)
            if not any(
                p.label == "PERSON" or p.resolved_by == "counterpart_same_doc" for p in uniq
            ):
                pconf = min(pconf, 0.4)
            out.append(
                _Raw(
                    sent_index=si,
                    evidence=(ev_lo, ev_hi),
                    trigger=(trig_s, trig_e),
                    status=status,
                    mode=mode,
                    date=date_span,
                    place=place,
                    destination=destination,
                    participants=uniq,
                    rule=rule,
                    confidence=round(min(conf, pconf + 0.1), 3),
                    kind=kind,
                    place_source="explicit" if place else "none",
                )
            )
    out.extend(_ceremony(ctx, si, sent, out))
    return out


def _attendance_objects(verb: Token) -> list[Token]:
    """The people an attendance verb names: "involved A", "included A", "brought together A",
    "was attended by A"."""
    lemma = verb.lemma_.lower()
    if lemma not in ATTENDANCE_VERBS:
        return []
    if lemma == "attend":  # only the passive names the attendees of the meeting noun
        return [
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
    if lemma in ("bring", "gather") and not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "together" for c in verb.children
    ):
        return []
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:
        return []
    # the parser hangs pieces of a long object list on the verb: a noun conjunct ("involved A, and
    # B") and a participle ("involved detectives, led by X")
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
            objs.append(c)
        elif c.dep_ in ("advcl", "acl") and c.tag_ == "VBN" and c.i > objs[0].i:
            objs += [
                g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
            ]
    return objs


def _attendees(ctx: _Ctx, si: int, noun: Token) -> list[MeetingParticipant]:
    """Named attendees of a meeting noun, from an attendance verb on the noun itself ("talks
    involving A and B", "the meeting, which included A and B"), on the clause it is the subject of
    ("the summit brought together A and B", "the summit was attended by A and B"), or on the next
    sentence when that sentence's subject is "it" / "the meeting" ("A meeting was convened at the
    ministry. It involved A, B and C").

    Taken in the object's subtree: names that are a conjunct or apposition of the object or the
    agent of a participle on it ("detectives, led by Supt X"), not names under a preposition ("a
    scientist from the UK", "Dr Y from Porton Down"), which say where people come from.  A name
    that modifies a noun counts only as ``_participant`` reads the whole phrase ("Iranian
    diplomats" gives Iran; "the UK's science facility" gives nobody).
    """
    verbs: list[Token] = [
        c for c in noun.children if c.dep_ in ("acl", "relcl") and _attendance_objects(c)
    ]
    if noun.dep_ in ("nsubj", "nsubjpass") and _attendance_objects(noun.head):
        verbs.append(noun.head)
    if not verbs and si + 1 < len(ctx.sents) and noun.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        root = ctx.sents[si + 1].root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            subj is not None
            and _attendance_objects(root)
            and (subj.lower_ == "it" or subj.lemma_.lower() == noun.lemma_.lower())
        ):
            verbs.append(root)
    out: list[MeetingParticipant] = []
    for verb in verbs:
        for obj in _attendance_objects(verb):
            for t in obj.subtree:
                ent = ctx.ent_of.get(t.i)
                if ent is None or ent.start != t.i or ent.label_ not in _ACTOR_LABELS:
                    continue
                cur, ok = ent.root, True
                while cur.i != obj.i and ok:
                    ok = cur.dep_ != "prep" and not (cur.dep_ == "pobj" and cur.head.dep_ == "prep")
                    cur = cur.head
                if not ok:
                    continue
                root = ent.root
                if root.dep_ in _OWNER_DEPS and root.head.i not in range(ent.start, ent.end):
                    toks = list(range(root.head.left_edge.i, root.head.i + 1))
                else:
                    toks = list(range(ent.start, ent.end))
                p = _participant(ctx, toks, "co_participant", "attendee")
                if p is not None and all(_fold(p.text) != _fold(q.text) for q in out):
                    out.append(replace(p, confidence=min(p.confidence, 0.75)))
    return out


def _with_role(p: MeetingParticipant, role: str) -> MeetingParticipant:
    if p.role == "counterpart_ref":
        return p
    return replace(p, role=role)


def _closest(spans: list[tuple[int, int]], anchor: int) -> tuple[int, int] | None:
    if not spans:
        return None
    return min(spans, key=lambda s: abs(s[0] - anchor))


def _context_destination(ctx: _Ctx, si: int, before_tok: int) -> MeetingParticipant | None:
    for k in range(si, max(-1, si - 4), -1):
        sent = ctx.sents[k]
        dests = _destinations(ctx, sent.start, sent.end, before=before_tok if k == si else None)
        if dests:
            s, e, t, _i = dests[-1]
            ent = ctx.ent_of.get(_i + 1)
            label = ent.label_ if ent is not None else "GPE"
            for kk in range(_i, min(_i + 5, len(ctx.doc))):
                if kk in ctx.ent_of and ctx.ent_of[kk].start_char == s:
                    label = ctx.ent_of[kk].label_
            return MeetingParticipant(t, s, e, label, "host", "context", 0.3)
    return None


def _context_parties(ctx: _Ctx, si: int, before_tok: int) -> list[MeetingParticipant]:
    """Nearest coordination of 2+ GPE/NORP entities in this or the two previous sentences."""
    doc = ctx.doc
    for k in range(si, max(-1, si - 3), -1):
        sent = ctx.sents[k]
        ents = [
            e for e in sent.ents if e.label_ in ("GPE", "NORP") and (k < si or e.start < before_tok)
        ]
        best: list[Span] = []
        run: list[Span] = []
        for e in ents:
            if run:
                between = doc[run[-1].end : e.start]
                if all(t.lower_ in (",", "and", "&") for t in between) and len(between) <= 2:
                    run.append(e)
                    continue
                if len(run) >= 2:
                    best = run
                run = [e]
            else:
                run = [e]
        if len(run) >= 2:
            best = run
        if len(best) >= 2:
            return [
                MeetingParticipant(
                    e.text, e.start_char, e.end_char, e.label_, "co_participant", "context", 0.35
                )
                for e in best
            ]
    return []


def _ceremony(ctx: _Ctx, si: int, sent: Span, existing: list[_Raw]) -> list[_Raw]:
    """Two named people as the coordinated subject of a line about a welcoming ceremony."""
    out: list[_Raw] = []
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        ls, le = _line_bounds(ctx.text, verb.idx)
        line = ctx.text[ls:le]
        if not any(c in line.lower() for c in CEREMONY_CUES):
            continue
        if any(ls <= r.trigger[0] < le for r in existing + out):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        lo_i = subj.left_edge.i if subj is not None else sent.start
        hi_i = subj.right_edge.i + 1 if subj is not None else verb.i
        persons = [
            e
            for e in sent.ents
            if e.label_ == "PERSON" and e.start_char >= ls and lo_i <= e.start and e.end <= hi_i
        ]
        between = ctx.text[persons[0].end_char : persons[-1].start_char] if persons else ""
        if len(persons) < 2 or " and " not in between:
            continue
        if len(persons) < 2:
            continue
        parts = [
            MeetingParticipant(
                e.text, e.start_char, e.end_char, "PERSON", "co_participant", "coordination", 0.6
            )
            for e in persons
        ]
        place = None
        for e in sent.ents:
            if e.label_ in PLACE_LABELS and e.start > verb.i and e.end_char <= le:
                place = (e.start_char, e.end_char, e.text)
                break
        ev_lo, ev_hi = max(ls, sent.start_char), min(le, sent.end_char)
        while ev_hi > ev_lo and ctx.text[ev_hi - 1].isspace():
            ev_hi -= 1
        out.append(
            _Raw(
                sent_index=si,
                evidence=(ev_lo, ev_hi),
                trigger=(verb.idx, verb.idx + len(verb.text)),
                status="held",
                mode="in_person",
                date=None,
                place=place,
                destination=None,
                participants=parts,
                rule="ceremony_co_presence",
                confidence=0.5,
                kind="meet",
                place_source="explicit" if place else "none",
            )
        )
    return out


def _postprocess(ctx: _Ctx, raws: list[_Raw]) -> list[_Raw]:
    # 1. visits to a place dropped when the same sentence names a person the visitor met
    keep: list[_Raw] = []
    for r in raws:
        if r.kind == "visit" and any(
            p.role == "host" and p.label in PLACE_LABELS for p in r.participants
        ):
            visitors = {_fold(p.text) for p in r.participants if p.role == "visitor"}
            named = any(p.label in ("PERSON", None) for p in r.participants if p.role == "visitor")
            if not named and any(
                o is not r
                and o.sent_index == r.sent_index
                and any(p.label == "PERSON" for p in o.participants)
                for o in raws
            ):
                continue
            if any(
                o is not r
                and o.sent_index == r.sent_index
                and o.kind != "visit"
                and any(_fold(p.text) in visitors for p in o.participants)
                and any(
                    p.label == "PERSON" and _fold(p.text) not in visitors for p in o.participants
                )
                for o in raws
            ):
                continue
        keep.append(r)
    raws = keep
    # 3. places
    for idx, r in enumerate(raws):
        if r.place is not None:
            continue
        sent = ctx.sents[r.sent_index]
        dests = _destinations(ctx, sent.start, sent.end)
        if r.destination is not None:
            dest = r.destination
        elif dests:
            dest = dests[0][:3]
        else:
            dest = None
        dl = ctx.dateline
        dateline_ok = (
            dl is not None
            and dl[3]
            and r.status == "held"
            and r.mode == "in_person"
            and _date_is_recent(ctx, r)
        )
        if dest is not None and not (dateline_ok and dest[2].lower() in COUNTRIES):
            r.place, r.place_source = dest, "destination"
            continue
        if dateline_ok and dl is not None:
            r.place, r.place_source = (
                (dl[1] if dl[1] is not None else -1, dl[2] if dl[2] is not None else -1, dl[0]),
                "dateline",
            )
            continue
        if r.status == "held" and r.mode == "in_person":  # a call has no place of its own
            for prev in reversed(raws[:idx]):
                if r.sent_index - prev.sent_index > 2:
                    break
                if prev.place is not None and prev.status == "held" and prev.mode == "in_person":
                    r.place, r.place_source = prev.place, "context"
                    break
        if r.place is None and dest is not None:
            r.place, r.place_source = dest, "destination"
    # 4. within-document duplicates (repeated captions and headlines)
    seen: set[tuple[str, str, str]] = set()
    out: list[_Raw] = []
    for r in raws:
        key = (
            _fold(ctx.text[r.evidence[0] : r.evidence[1]]),
            _fold(ctx.text[r.trigger[0] : r.trigger[1]]),
            "|".join(sorted(_fold(p.text) for p in r.participants)),
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def _date_is_recent(ctx: _Ctx, r: _Raw) -> bool:
    if r.date is None:
        return True
    resolved, precision = resolve_relative_date(ctx.text[r.date[0] : r.date[1]], ctx.published_date)
    if resolved is not None and ctx.published_date is not None:
        return 0 <= (ctx.published_date - resolved).days <= 7
    return precision == "week" and ctx.published_date is not None


def _finalise(ctx: _Ctx, raws: list[_Raw]) -> list[MeetingCandidate]:
    out: list[MeetingCandidate] = []
    for r in raws:
        date_text = date_start = date_end = None
        meeting_date: date | None = None
        precision = "unknown"
        if r.date is not None:
            date_start, date_end = r.date
            date_text = ctx.text[date_start:date_end]
            meeting_date, precision = resolve_relative_date(
                date_text, ctx.published_date, future=(r.status == "planned")
            )
            if precision != "day":
                meeting_date = None
        place_text = place_start = place_end = None
        if r.place is not None:
            ps, pe, pt = r.place
            place_text = pt
            if ps >= 0 and ctx.text[ps:pe] == pt:
                place_start, place_end = ps, pe
        conf = r.confidence
        if r.place_source == "context":
            conf -= 0.05
        month, day, weekday = date_parts(date_text)
        out.append(
            MeetingCandidate(
                candidate_index=len(out),
                sentence_index=r.sent_index,
                evidence_start=r.evidence[0],
                evidence_end=r.evidence[1],
                trigger_text=ctx.text[r.trigger[0] : r.trigger[1]],
                trigger_start=r.trigger[0],
                trigger_end=r.trigger[1],
                status=r.status,
                mode=r.mode,
                date_text=date_text,
                date_start=date_start,
                date_end=date_end,
                meeting_date=meeting_date,
                date_precision=precision,
                place_text=place_text,
                place_start=place_start,
                place_end=place_end,
                participants=tuple(r.participants),
                rule=r.rule,
                confidence=round(max(0.05, min(1.0, conf)), 3),
                date_month=month,
                date_day=day,
                date_weekday=weekday,
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# fallback without a parser

_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’.-]*)*"
_SURFACE = re.compile(
    rf"(?P<a>{_NAME})[ \t]+(?P<mod>will[ \t]+|would[ \t]+)?"
    r"(?P<v>met[ \t]+with|met|meets[ \t]+with|meets|meet[ \t]+with|meet|held[ \t]+talks[ \t]+with"
    r"|holds[ \t]+talks[ \t]+with|hold[ \t]+talks[ \t]+with|visited|visits|visit|hosted|hosts"
    r"|host|received|receives)"
    rf"[ \t]+(?P<b>{_NAME})"
)


def _surface_fallback(doc: Doc, published_date: date | None) -> list[MeetingCandidate]:
    text = doc.text
    sents = _sentences(doc)
    bounds = [(s.start_char, s.end_char) for s in sents] or [(0, len(text))]
    out: list[MeetingCandidate] = []
    for si, (lo, hi) in enumerate(bounds):
        for m in _SURFACE.finditer(text, lo, hi):
            a, b = m.group("a").strip(), m.group("b").strip()
            if not a or not b or _fold(a) == _fold(b):
                continue
            verb = m.group("v").split()[0].lower()
            kind = (
                "visit"
                if verb.startswith("visit")
                else ("host" if verb.startswith(("host", "receiv")) else "meet")
            )
            roles = {"visit": ("visitor", "host"), "host": ("host", "visitor")}.get(
                kind, ("subject", "object")
            )
            status = "planned" if m.group("mod") else "held"
            dates = [(s, e) for s, e in find_date_expressions(text[lo:hi])]
            d = (lo + dates[0][0], lo + dates[0][1]) if dates else None
            date_text = text[d[0] : d[1]] if d else None
            resolved, precision = (
                resolve_relative_date(date_text, published_date, future=status == "planned")
                if date_text
                else (None, "unknown")
            )
            parts = (
                MeetingParticipant(
                    a, m.start("a"), m.start("a") + len(a), None, roles[0], "direct", 0.4
                ),
                MeetingParticipant(
                    b, m.start("b"), m.start("b") + len(b), None, roles[1], "direct", 0.4
                ),
            )
            ev_lo, ev_hi = lo, hi
            while ev_hi > ev_lo and text[ev_hi - 1].isspace():
                ev_hi -= 1
            out.append(
                MeetingCandidate(
                    candidate_index=len(out),
                    sentence_index=si,
                    evidence_start=ev_lo,
                    evidence_end=ev_hi,
                    trigger_text=m.group("v"),
                    trigger_start=m.start("v"),
                    trigger_end=m.end("v"),
                    status=status,
                    mode="in_person",
                    date_text=date_text,
                    date_start=d[0] if d else None,
                    date_end=d[1] if d else None,
                    meeting_date=resolved if precision == "day" else None,
                    date_precision=precision,
                    place_text=None,
                    place_start=None,
                    place_end=None,
                    participants=parts,
                    rule="surface_pattern",
                    confidence=0.3,
                    date_month=date_parts(date_text)[0],
                    date_day=date_parts(date_text)[1],
                    date_weekday=date_parts(date_text)[2],
                )
            )
    return out
