"""The left-to-right chunker that reads participant phrases around a trigger (``scan_region``).

Participants
    * Subjects come from the parse (``nsubj``/``nsubjpass``, climbing through xcomp/conj/relcl);
      objects and complements (with / between / by / of / to) are read by a left-to-right chunker
      over the tokens after the trigger, because the small English parser often attaches
      coordinated names wrongly.  A chunk stops at verbs, clause markers (who, which, that),
      prepositions other than of/from/including, and sentence punctuation; "on Tuesday" and
      "in Ankara" inside a chunk are read as date and place and skipped, and so is an acronym
      in brackets ("People's Republic of China (PRC) President Xi Jinping").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from orchestration.lib.meeting_context import (
    PARTICIPANT_LABELS,
    PLACE_LABELS,
    RANK_ABBREVIATIONS,
    REL_WORDS,
    Ctx,
)
from orchestration.lib.meeting_lexicon import (
    BUILDING_NOUNS,
    NON_STATE_NOUNS,
    PERSON_NOUNS,
    SPEECH_VERBS,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


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


def _is_intraword(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return i > 0 and not doc[i - 1].whitespace_ and not tok.whitespace_


def scan_region(
    ctx: Ctx, i: int, limit: int, skip_with: bool = True, subject: bool = False
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
                if i < limit and doc[i].lemma_.lower() in BUILDING_NOUNS:
                    i += 1  # "at the Ittihadiya palace": the noun belongs to the place
                # "in Ankara, Turkey"
                if i + 1 < limit and doc[i].text == ",":
                    ent2 = ctx.ent_of.get(i + 1)
                    if ent2 is not None and ent2.label_ in PLACE_LABELS and ent2.start == i + 1:
                        i = ent2.end
                continue
            venue = unlabelled_venue_end(ctx, j, limit) if ent is None else None
            if venue is not None:
                # "at the Amiri Diwan", "at the Diwan of the Foreign Ministry": a building the NER
                # left unlabelled is the meeting's place (the dateline rule gives its city)
                close()
                region.places.append((doc[j].idx, doc[venue - 1].idx + len(doc[venue - 1]),
                                      doc[j:venue].text))
                i = venue
                continue
            if (
                j < limit
                and ent is not None
                and ent.start == j
                and ent.label_ == "ORG"
                and doc[ent.end - 1].lemma_.lower() in BUILDING_NOUNS
            ):
                # "by X at Al-Salam Palace in Jeddah": a palace the NER read as an organisation
                # is a place, and the city after it is the meeting's
                close()
                i = min(ent.end, limit)
                city = ctx.ent_of.get(i + 1) if i + 1 < limit and doc[i].lower_ == "in" else None
                if city is not None and city.label_ in PLACE_LABELS and city.start == i + 1:
                    region.places.append((city.start_char, city.end_char, city.text))
                    i = min(city.end, limit)
                else:
                    region.places.append((ent.start_char, ent.end_char, ent.text))
                continue
        if low == "including" and not subject:
            close()
            umbrella = len(region.chunks)
            i += 1
            continue
        if skip_with and low == "with" and not current and (
            not region.chunks or (i > 0 and doc[i - 1].lower_ in ("and", "or"))
        ):  # "with A and with B": the preposition told again
            i += 1
            continue
        close_at = bracket_end(doc, i, limit)
        if close_at is not None:
            # "<Ali and Fahd Shobokshi Group>": a company name in Reuters' ticker brackets is one
            # name, never split at "and"
            current.extend(range(i, close_at + 1))
            i = close_at + 1
            continue
        ent = ctx.ent_of.get(i)
        if ent is not None and ent.label_ in PARTICIPANT_LABELS and ent.start == i:
            current.extend(range(ent.start, min(ent.end, limit)))
            i = ent.end
            continue
        if low in ("and", "&") and current and _body_name_follows(ctx, current, i + 1, limit):
            # "the Knesset Foreign Affairs and Defense Committee": one committee, not two
            current.append(i)
            i += 1
            continue
        if low in ("and", "&") and current and _company_suffix_follows(doc, i + 1, limit):
            # "Merrill Lynch and Co Inc", "Jefferies and Co": one company, not two names
            current.append(i)
            i += 1
            continue
        if low == "and" and current and _second_title_of_one_person(ctx, current, i + 1, limit):
            # "Member of the Political Bureau ... and Foreign Minister Wang Yi", "Deputy Prime
            # Minister and Foreign Minister Ayman Safadi": two titles of one person
            current.append(i)
            i += 1
            continue
        if low == "and" and not subject and i + 1 < limit and doc[i + 1].lower_ in MEETING_WORDS:
            break  # "his meeting with A and talks on Sunday with B": the next meeting's
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
            if not subject and _attribution_follows(doc, i + 1, limit):
                break  # "met Sisi in Cairo, the Communications Directorate said"
            if (
                region.coordinated
                and current
                and not subject
                and _counterparts_named_after(ctx, [*region.chunks, _Chunk(tokens=current)], i)
            ):
                # "his Iranian and Turkish counterparts, A and B": the names are the parties
                current, region.chunks, region.coordinated = [], [], False
                seps = 0
                i += 1
                continue
            if region.coordinated and current and not subject:
                break  # "A, B and C, Turkish officials announced"
            close()
            seps += 1
            i += 1
            continue
        if (
            tok.text == "("
            and current
            and i + 2 < limit
            and doc[i + 2].text == ")"
            and doc[i + 1].text.isupper()
        ):
            i += 3  # "People's Republic of China (PRC) President Xi Jinping": an acronym aside
            continue
        if _rank_stop(doc, i):
            current.append(i)  # "his Iranian counterpart Brig. Gen. X": the rank's full stop
            i += 1
            continue
        if tok.is_punct and not (
            tok.text in {"'", "’", "-", "–"}
            and (_is_intraword(doc, i) or tok.dep_ == "case")  # "the Philippines' banks"
        ):
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
        name_at = (
            _titled_name_follows(ctx, current, i + 1, limit)
            if low == "for" and not subject
            else None
        )
        if name_at is not None:
            # "Cabinet Secretary for Foreign Affairs Musalia Mudavadi", "High Representative for
            # Foreign Affairs and Security Policy Josep Borrell": the portfolio, "and" included
            current.extend(range(i, name_at))
            i = name_at
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


def _rank_stop(doc: Doc, i: int) -> bool:
    """The full stop of an abbreviated rank the tokenizer split off ("Brig.", "Maj.")."""
    return (
        doc[i].text == "."
        and i > 0
        and doc[i - 1].lower_ in RANK_ABBREVIATIONS
        and not doc[i - 1].whitespace_
        and i + 1 < len(doc)
        and doc[i + 1].is_title
    )


def _counterparts_named_after(ctx: Ctx, chunks: list[_Chunk], comma: int) -> bool:
    """Coordinated "counterparts" with no name, and a PERSON right after the comma ("with his
    Iranian and Turkish counterparts, Hossein Amir-Abdollahian and Hakan Fidan")."""
    doc = ctx.doc
    tokens = [t for c in chunks for t in c.tokens]
    if not any(doc[t].lower_ == "counterparts" for t in tokens):
        return False
    if any(t in ctx.ent_of and ctx.ent_of[t].label_ == "PERSON" for t in tokens):
        return False
    nxt = ctx.ent_of.get(comma + 1)
    return nxt is not None and nxt.label_ == "PERSON" and nxt.start == comma + 1


# Titles that take a portfolio with "for": "Cabinet Secretary for Foreign Affairs X",
# "Special Envoy for Syria X".
PORTFOLIO_TITLES = {
    "secretary",
    "minister",
    "commissioner",
    "envoy",
    "representative",
    "adviser",
    "advisor",
    "coordinator",
}


def _titled_name_follows(ctx: Ctx, current: list[int], i: int, limit: int) -> int | None:
    """After "for", a portfolio of capitalised words and then a PERSON, when the chunk so far
    ends with a title (`PORTFOLIO_TITLES`): the index where the PERSON starts."""
    doc = ctx.doc
    if not current or doc[current[-1]].lower_ not in PORTFOLIO_TITLES:
        return None
    for j in range(i, min(limit, i + 7)):
        ent = ctx.ent_of.get(j)
        if ent is not None and ent.label_ == "PERSON" and j > i:
            return ent.start
        if not (doc[j].text[:1].isupper() or doc[j].lower_ in ("and", "of", "the")):
            return None
    return None


# Capitalised titles before a name ("Deputy Prime Minister and Foreign Minister X").
OFFICE_TITLES = {
    "member",
    "minister",
    "secretary",
    "president",
    "chairman",
    "chair",
    "deputy",
    "vice",
    "premier",
    "chief",
    "head",
    "director",
    "governor",
    "commander",
    "envoy",
    "adviser",
    "advisor",
    "ambassador",
    "speaker",
}


def _second_title_of_one_person(ctx: Ctx, current: list[int], i: int, limit: int) -> bool:
    """The chunk so far is a capitalised title with no person in it, and after "and" comes
    another capitalised title and then a PERSON: one person with two titles."""
    doc = ctx.doc
    if any(t in ctx.ent_of and ctx.ent_of[t].label_ == "PERSON" for t in current):
        return False
    if not any(doc[t].lower_ in OFFICE_TITLES and doc[t].text[:1].isupper() for t in current):
        return False
    if i >= limit or doc[i].lower_ not in OFFICE_TITLES and not (
        i + 1 < limit and doc[i + 1].lower_ in OFFICE_TITLES
    ):
        return False  # "Foreign Minister X", "Prime Minister X" right after "and"
    for j in range(i, min(limit, i + 5)):
        ent = ctx.ent_of.get(j)
        if ent is not None and ent.label_ == "PERSON":
            return j > i
        if not doc[j].text[:1].isupper() or ent is not None:
            return False
    return False


COMPANY_AND_WORDS = {"co", "co.", "company", "sons", "partners", "associates"}


def unlabelled_venue_end(ctx: Ctx, j: int, limit: int) -> int | None:
    """End of "<Capitalised words> <building noun>" (up to four words) with no entity, then an
    optional "of the <Name>" ("Amiri Diwan", "Diwan of the Foreign Ministry"); None otherwise."""
    doc = ctx.doc
    k = j
    while k < min(limit, j + 4) and doc[k].text[:1].isupper() and ctx.ent_of.get(k) is None:
        if doc[k].lemma_.lower() in BUILDING_NOUNS or doc[k].lower_ in BUILDING_NOUNS:
            end = k + 1
            if end + 1 < limit and doc[end].lower_ == "of":
                m = end + 2 if doc[end + 1].lower_ == "the" else end + 1
                while m < limit and doc[m].text[:1].isupper():
                    m += 1
                end = m if m > end + 2 else end
            return end
        k += 1
    return None


# Meeting nouns that open a meeting of their own after "and" ("... and talks on Sunday with B").
MEETING_WORDS = {"talks", "meeting", "meetings", "discussions", "consultations"}
BODY_NOUNS = {"committee", "subcommittee", "commission", "council", "panel"}


def _body_name_follows(ctx: Ctx, current: list[int], i: int, limit: int) -> bool:
    """ "<Capitalised words> and <one or two capitalised words> Committee": the two portfolios of
    one body ("Foreign Affairs and Defense Committee", "Armed Services and Intelligence
    Commission"), when the words before "and" are no person, place or body of their own."""
    doc = ctx.doc
    last = doc[current[-1]]
    if last.lower_ in BODY_NOUNS or not last.text[:1].isupper():
        return False
    if any(ctx.ent_of.get(k) is not None and ctx.ent_of[k].label_ in ("PERSON", "GPE", "NORP")
           for k in current):
        return False
    for k in range(i, min(i + 3, limit)):
        if not doc[k].text[:1].isupper():
            return False
        if doc[k].lower_ in BODY_NOUNS:
            return k > i
    return False


def _company_suffix_follows(doc: Doc, i: int, limit: int) -> bool:
    """ "and Co (Inc)", "and Sons", "& Partners" after a name ends a company's name."""
    return i < limit and doc[i].lower_ in COMPANY_AND_WORDS and doc[i].text[:1].isupper()


def bracket_end(doc: Doc, i: int, limit: int) -> int | None:
    """Index of the ">" that closes a "<" at token i ("<Arabian Bulk Trade>"), within eight
    tokens and before limit; None when token i opens no such name."""
    if doc[i].text != "<":
        return None
    for j in range(i + 1, min(limit, i + 10)):
        if doc[j].text == ">":
            return j if j > i + 1 else None
        if doc[j].text == "<" or "\n" in doc[j].text:
            return None
    return None


def _attribution_follows(doc: Doc, i: int, limit: int) -> bool:
    """A source clause starts at i: ", the Communications Directorate said" (a subject of a verb
    of saying within the next eight tokens: ", Russian Foreign Ministry Spokeswoman Maria
    Zakharova told a briefing")."""
    for tok in doc[i : min(limit, i + 8)]:
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS and tok.head.i > tok.i:
            return True
        if tok.is_punct:
            return False
    return False


def acting_head(ctx: Ctx, tokens: list[int]) -> bool:
    """The chunk's head is an actor itself (a name) or people who act for one (ministers,
    leaders, a delegation), not a crowd of non-state people ("supporters of A", "protesters")."""
    head = chunk_head(ctx, tokens)
    if head is None:
        return False
    if head.i in ctx.ent_of:
        return True
    words = {head.lemma_.lower(), head.lower_}
    return bool(words & PERSON_NOUNS) and not words & NON_STATE_NOUNS


def chunk_head(ctx: Ctx, tokens: list[int]) -> Token | None:
    doc = ctx.doc
    head: Token | None = None
    for t in tokens:
        tok = doc[t]
        if tok.lower_ in ("of", "from", "including", "in", ",", "(", "with"):
            break
        if tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or t in ctx.ent_of:
            head = tok
    return head
