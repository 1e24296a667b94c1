"""Participant resolution: which actor a chunk of tokens stands for (``participant``), with
counterparts, pronouns, quote speakers, attendees and parties named in context.

Participants
    * Each chunk yields one participant: a PERSON entity when the chunk has one ("Turkey's Defense
      Minister Nurettin Canikli" -> "Nurettin Canikli"), else an ORG, else a GPE/NORP/LOC standing
      for a government ("Turkish officials" -> "Turkish"), only when the chunk's head noun denotes
      people (official, leader, delegation ...; "any demand from Turkey" is rejected).
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
    * Talks/meetings without named parties whose sentence names the parties elsewhere ("the
      parties will ... at another technical meeting planned for ...", "technical talks held in
      Tehran") take the nearest coordination of two or more GPE/NORP entities in that or the two
      previous sentences (``resolved_by='context'``, confidence 0.35).
    * A meeting noun with fewer than two parties takes the names of an attendance verb ("talks
      involving A and B", "was attended by A and B", "... It involved A and B":
      ``named_attendees``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from orchestration.lib.meeting_chunks import chunk_head
from orchestration.lib.meeting_context import (
    PARTICIPANT_LABELS,
    PLACE_LABELS,
    TITLE_WORDS,
    Ctx,
    MeetingParticipant,
    fold,
    line_bounds,
    nationality_before,
)
from orchestration.lib.meeting_lexicon import (
    ATTENDANCE_VERBS,
    FAMILY_NOUNS,
    HONORIFIC_NOUNS,
    NON_STATE_NOUNS,
    PERSON_NOUNS,
    PLACE_DESIGNATORS,
    PRONOUNS_SINGULAR,
    QUOTE_MARKS,
    REGION_NAMES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_SYNONYMS,
    TITLED_REFERENCE_NOUNS,
    TITLED_REFERENCE_OPENERS,
    WELCOME_VERBS,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


def participant(
    ctx: Ctx,
    tokens: list[int],
    role: str,
    resolved_by: str = "direct",
    *,
    visitor: bool = False,
    exclude: Iterable[str] = (),
) -> MeetingParticipant | None:
    return _strip_angle_brackets(
        _strip_possessive(
            _participant_raw(ctx, tokens, role, resolved_by, visitor=visitor, exclude=exclude)
        )
    )


def _participant_raw(
    ctx: Ctx,
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
    if _unnamed_others(doc, tokens):
        return None  # "Speaker Jim Wright and other House leaders": an unnamed group
    bracketed = _bracketed_name(ctx, tokens)
    if bracketed is not None:
        s, e = bracketed  # "<Ali and Fahd Shobokshi Group>": one company, without the brackets
        if fold(ctx.text[s:e]) in {fold(x) for x in exclude}:
            return None
        return MeetingParticipant(ctx.text[s:e], s, e, "ORG", role, resolved_by, 0.75)
    excluded = {fold(x) for x in exclude}
    ents: list[Span] = []
    for t in tokens:
        ent = ctx.ent_of.get(t)
        if ent is not None and ent.label_ in PARTICIPANT_LABELS and ent not in ents:
            ents.append(ent)
    # "Pratt Hotel Corp <PRAT>": the ticker and the "Co Inc" of "Merrill Lynch and Co Inc" are
    # not the name when the chunk has another one
    named = [e for e in ents if not _ticker_or_suffix(doc, e)]
    ents = named or ents
    # "Mr. Cruz's father", "Putin's envoy": a person who owns the noun met is not the one met
    persons = [
        e for e in ents
        if e.label_ == "PERSON"
        and fold(e.text) not in excluded
        and not _owns_the_head(doc, e, tokens)
    ]
    if not persons and any(_owns_the_head(doc, e, tokens) for e in ents if e.label_ == "PERSON"):
        return None
    has_counterpart = any(doc[t].lower_ in ("counterpart", "counterparts") for t in tokens)
    lows = [doc[t].lower_ for t in tokens]
    base = {"direct": 0.9, "coordination": 0.75, "caption": 0.75, "context": 0.35}.get(
        resolved_by, 0.8
    )

    ref = _counterpart_phrase(ctx, tokens) if has_counterpart else None
    if ents and all(_title_entity(doc, e) for e in ents):
        # "HH the Amir" that the NER read as a name: the title of a person named before
        titled = _titled_person(ctx, tokens, excluded)
        if titled is not None:
            return replace(titled, role=role)
    if persons:
        ent = persons[-1]
        rb = "appositive" if has_counterpart and resolved_by == "direct" else resolved_by
        return MeetingParticipant(
            ent.text, ent.start_char, ent.end_char, "PERSON", role, rb, base, ref
        )

    name = _unlabelled_name(ctx, tokens)
    if name is not None and fold(ctx.text[name[0] : name[1]]) not in excluded:
        s, e = name
        rb = "appositive" if has_counterpart and resolved_by == "direct" else resolved_by
        return MeetingParticipant(ctx.text[s:e], s, e, None, role, rb, base - 0.1, ref)

    lone = _lone_name(ctx, tokens)
    if lone is not None and fold(lone.text) not in excluded:
        # "Erdogan met Sisi": a surname the NER missed; SQL resolves it to the one person of the
        # corpus with that surname, or drops it
        rb = "appositive" if has_counterpart and resolved_by == "direct" else resolved_by
        return MeetingParticipant(
            lone.text, lone.idx, lone.idx + len(lone.text), None, role, rb, base - 0.2, ref
        )

    if len(tokens) == 1 and (
        lows[0] in PRONOUNS_SINGULAR or (lows[0] == "his" and doc[tokens[0]].dep_ == "poss")
    ):
        # "his meeting earlier today with Wang Yi": the owner of a meeting noun
        return _resolve_pronoun(ctx, doc[tokens[0]], role, exclude=excluded)
    if len(tokens) == 1 and lows[0] in ("i", "me"):
        return _quoted_speaker(ctx, doc[tokens[0]], role, excluded) or _interview_speaker(
            ctx, doc[tokens[0]], role, excluded
        )
    if len(tokens) == 1 and lows[0] in ("it", "they"):
        return _resolve_group_pronoun(ctx, doc[tokens[0]], role, excluded)

    if has_counterpart:
        idx = next(t for t in tokens if doc[t].lower_ in ("counterpart", "counterparts"))
        start = tokens[0]
        ref_text = ctx.text[doc[start].idx : doc[idx].idx + len(doc[idx].text)]
        nat = nationality_before(ctx, idx)
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

    titled = _titled_person(ctx, tokens, excluded)
    if titled is not None:
        return replace(titled, role=role)

    head = chunk_head(ctx, tokens)
    head_ok = head is not None and (
        head.i in ctx.ent_of
        or head.lemma_.lower() in PERSON_NOUNS
        or head.lower_ in PERSON_NOUNS
        or (head.pos_ == "PROPN" and head.text[:1].isupper())
    )
    orgs = [e for e in ents if e.label_ == "ORG" and fold(e.text) not in excluded]
    if role == "host" and any(e.label_ in PLACE_LABELS for e in ents):
        orgs = []
    if orgs and head_ok and head is not None and head.i not in ctx.ent_of:
        holder = _org_office_holder(ctx, orgs[-1], head, excluded)
        if holder is not None:
            return replace(holder, role=role)
    if orgs and head_ok:
        ent = orgs[-1]
        return MeetingParticipant(
            ent.text, ent.start_char, ent.end_char, "ORG", role, resolved_by, base - 0.15
        )
    others = [
        e
        for e in ents
        if e.label_ in ("GPE", "NORP", "LOC", "FAC") and fold(e.text) not in excluded
        # a region is no government: "delegates from Latin America and the Caribbean" (it stays
        # a destination: "a visit to the Gulf"); other LOC spans are often misread companies
        and not (role != "host" and e.label_ == "LOC" and _is_region(e.text))
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


def _bracketed_name(ctx: Ctx, tokens: list[int]) -> tuple[int, int] | None:
    """Character span of a company name in Reuters' ticker brackets that the chunk is or ends
    with ("the cement importer <Arabian Bulk Trade>"), without "<" and ">"."""
    doc = ctx.doc
    last = tokens[-1]
    if doc[last].text != ">" or last - 1 < tokens[0]:
        return None
    for k in range(last - 1, max(tokens[0], last - 10) - 1, -1):
        if doc[k].text == "<":
            if k + 1 >= last or (k + 2 == last and _is_ticker(doc[k + 1].text)):
                return None  # "Shipping Plc <BCOM.L>": a ticker after the name
            return doc[k + 1].idx, doc[last - 1].idx + len(doc[last - 1].text)
    return None


def _ticker_or_suffix(doc: Doc, ent: Span) -> bool:
    """An entity that is a ticker in brackets ("<PRAT>") or a company suffix after "and" ("Co
    Inc" in "Merrill Lynch and Co Inc")."""
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    after = doc[ent.end].text if ent.end < len(doc) else ""
    if before == "<" and (after == ">" or ent.text.endswith(">")):
        return _is_ticker(ent.text.rstrip(">"))
    return before.lower() in ("and", "&") and ent[0].lower_ in ("co", "co.", "company")


def _is_region(text: str) -> bool:
    """A continent or world region ("Latin America", "the Caribbean", "the Middle East")."""
    name = fold(text)
    name = name[4:] if name.startswith("the ") else name
    return name in REGION_NAMES or any(name.endswith(" " + r) for r in REGION_NAMES)


def _is_ticker(text: str) -> bool:
    """A stock ticker ("BCOM.L", "VENN.AS", "IBM"), not a company name."""
    return "." in text or (text.isupper() and len(text) <= 5)


def _strip_angle_brackets(p: MeetingParticipant | None) -> MeetingParticipant | None:
    """The Reuters ticker brackets are never part of a name: "Arabian Bulk Trade>"."""
    if p is None or not (p.text.endswith(">") or p.text.startswith("<")):
        return p
    text = p.text.rstrip(">").rstrip()
    lead = len(text) - len(text.lstrip("<").lstrip())
    text = text[lead:]
    if not text:
        return None
    start = p.start_char + lead
    return replace(p, text=text, start_char=start, end_char=start + len(text))


def _unnamed_others(doc: Doc, tokens: list[int]) -> bool:
    """A chunk that opens with "other"/"another" ("other House leaders", "another Iranian
    official") names a group beside the people just named, not an actor called "House"."""
    words = [doc[t].lower_ for t in tokens if doc[t].lower_ not in ("the", "several", "some")]
    return bool(words) and words[0] in ("other", "another")


def _title_entity(doc: Doc, ent: Span) -> bool:
    """A one-word entity that is a title after "the" ("the Amir", which the NER reads as a
    name)."""
    return (
        len(ent) == 1
        and ent.start > 0
        and doc[ent.start - 1].lower_ == "the"
        and ent.text.lower() in TITLED_REFERENCE_NOUNS
    )


def _titled_person(ctx: Ctx, tokens: list[int], excluded: set[str]) -> MeetingParticipant | None:
    """A definite title that refers back to a person named with it: "the crown prince" is the
    "Saudi Crown Prince Mohammed bin Salman" of an earlier sentence, "the pope" is "Pope Francis",
    "His Highness" is "President His Highness Sheikh Mohamed bin Zayed", "the Iranian minister"
    is "Foreign Minister of the Islamic Republic of Iran Hossein Amir-Abdollahian" (a nationality
    in the title must be in the person's title too).  The nearest earlier PERSON of the last eight
    sentences whose title words (before the name, or in an apposition after it) contain every
    word of the reference; ``resolved_by='title_ref'``.  "The visiting minister" is the nearest
    earlier visitor (``_is_visitor``), whatever the title."""
    doc = ctx.doc
    if len(tokens) > 1 and doc[tokens[0]].lower_ in ("hh", "h.h."):
        tokens = tokens[1:]  # "HH the Amir": His Highness
    first = doc[tokens[0]]
    head = chunk_head(ctx, tokens)
    if head is None or head.tag_ in ("NNS", "NNPS") or first.lower_ not in TITLED_REFERENCE_OPENERS:
        return None
    noun = head.lower_
    if noun not in TITLED_REFERENCE_NOUNS and head.lemma_.lower() not in TITLED_REFERENCE_NOUNS:
        return None
    honorific = noun in HONORIFIC_NOUNS or any(doc[t].lower_ in HONORIFIC_NOUNS for t in tokens)
    if first.lower_ != "the" and not honorific:
        return None  # "his counterpart", "her minister" are not titles; "His Highness the Amir" is
    words: list[str] = []
    nats: list[str] = []
    for t in tokens[1:]:
        tok = doc[t]
        if t > head.i:
            break
        ent = ctx.ent_of.get(t)
        if ent is not None and ent.label_ in ("NORP", "GPE"):
            nats.append(fold(tok.text)[:4])
        elif ent is not None and not _title_entity(doc, ent):
            return None  # a name in the chunk is handled as a name
        elif tok.is_alpha and tok.lower_ not in ("the", "also", "his", "her"):
            words.append(tok.lower_)
    si = ctx.sent_of.get(head.i, 0)
    lo = ctx.sents[max(0, si - 8)].start if ctx.sents else 0
    visiting = "visiting" in words
    for ent in reversed(ctx.ents):
        if ent.label_ != "PERSON" or ent.end > tokens[0] or ent.start < lo:
            continue
        if fold(ent.text) in excluded:
            continue
        if visiting:
            # "the visiting minister": the visitor of an earlier sentence, whatever his title
            if _is_visitor(ent) and all(
                any(x.startswith(n) for x in _title_words(ctx, ent)) for n in nats
            ):
                ref = ctx.text[first.idx : head.idx + len(head.text)]
                return MeetingParticipant(
                    ent.text, ent.start_char, ent.end_char, "PERSON", "", "title_ref", 0.65, ref
                )
            continue
        title = _title_words(ctx, ent)
        nat_ok = all(any(x.startswith(n) for x in title) for n in nats)
        if nat_ok and all(
            w in title or all(x in title for x in TITLE_SYNONYMS.get(w, (w,))) for w in words
        ):
            ref = ctx.text[first.idx : head.idx + len(head.text)]
            return MeetingParticipant(
                ent.text, ent.start_char, ent.end_char, "PERSON", "", "title_ref", 0.7, ref
            )
    return None


def _org_office_holder(
    ctx: Ctx, org: Span, head: Token, excluded: set[str]
) -> MeetingParticipant | None:
    """"Erdoğan receives Hamas political chief in Istanbul" above "hosted Hamas political bureau
    chief Ismail Haniyeh": an office of an organisation (a role noun after its name) is the
    PERSON of the article, before or after it, whose title has the organisation and the
    office (``resolved_by='title_ref'``)."""
    office = head.lemma_.lower()
    if office not in ROLE_NOUNS:
        return None
    org_words = set(fold(org.text).split())
    surnames = {x.split()[-1] for x in excluded if x}
    people = [
        e
        for e in ctx.ents
        if e.label_ == "PERSON" and fold(e.text) and fold(e.text).split()[-1] not in surnames
    ]
    for ent in sorted(people, key=lambda e: abs(e.start - head.i)):
        title = _title_words(ctx, ent)
        if org_words <= title and office in title:
            ref = ctx.text[org.start_char : head.idx + len(head.text)]
            return MeetingParticipant(
                ent.text, ent.start_char, ent.end_char, "PERSON", "", "title_ref", 0.65, ref
            )
    return None


def _is_visitor(ent: Span) -> bool:
    """A PERSON who visits or is received: the object of receive / host / welcome ("received his
    Iraqi counterpart Fuad Hussein"), the agent-less subject of their passive, or the subject of
    visit / arrive."""
    root = ent.root
    if root.dep_ == "appos":
        root = root.head
    verb = root.head.lemma_.lower()
    if root.dep_ in ("dobj", "nsubjpass"):
        return verb in WELCOME_VERBS
    return root.dep_ == "nsubj" and verb in ("visit", "arrive", "land", "travel")


def _title_words(ctx: Ctx, ent: Span) -> set[str]:
    """Folded words of a PERSON's title: up to ten tokens before the name within its sentence
    (stopping at punctuation or a verb) and an apposition after it ("Tamim bin Hamad, Emir of
    Qatar")."""
    doc = ctx.doc
    sent = ctx.sents[ctx.sent_of.get(ent.start, 0)] if ctx.sents else doc[:]
    out: set[str] = set()
    j = ent.start - 1
    while j >= max(sent.start, ent.start - 10):
        tok = doc[j]
        if (
            (tok.is_punct and tok.text not in ("-", "'s"))
            or tok.pos_ in ("VERB", "AUX")
            or "\n" in tok.text
        ):
            break
        out.add(fold(tok.text))
        j -= 1
    if ent.end < sent.end and doc[ent.end].text == ",":
        for tok in doc[ent.end + 1 : min(sent.end, ent.end + 7)]:
            if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
                break
            out.add(fold(tok.text))
    return out


def _counterpart_phrase(ctx: Ctx, tokens: list[int]) -> str | None:
    """'his Turkish counterpart' from a chunk that contains the word counterpart."""
    doc = ctx.doc
    idx = next((t for t in tokens if doc[t].lower_ in ("counterpart", "counterparts")), None)
    if idx is None:
        return None
    start = idx
    while start - 1 >= tokens[0] and doc[start - 1].lower_ not in (",", "and"):
        start -= 1
    return ctx.text[doc[start].idx : doc[idx].idx + len(doc[idx].text)]


def _role_reference(ctx: Ctx, tokens: list[int], country: Span, head: Token | None) -> str | None:
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


def _unlabelled_name(ctx: Ctx, tokens: list[int]) -> tuple[int, int] | None:
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


def _lone_name(ctx: Ctx, tokens: list[int]) -> Token | None:
    """A single capitalised proper noun outside any entity, after title words only ("Sisi",
    "President Sisi", "Egyptian President Sisi")."""
    doc = ctx.doc
    last = doc[tokens[-1]]
    if not (
        last.pos_ == "PROPN"
        and last.is_title
        and last.is_alpha
        and len(last.text) >= 3
        and last.i not in ctx.ent_of
        and last.lower_ not in TITLE_WORDS
        and last.lower_ not in PERSON_NOUNS
        and last.lower_ not in TITLED_REFERENCE_NOUNS
    ):
        return None
    for t in tokens[:-1]:
        tok = doc[t]
        ent = ctx.ent_of.get(t)
        if not (
            tok.lower_.rstrip(".") in TITLE_WORDS
            or tok.lower_ in PERSON_NOUNS
            or (ent is not None and ent.label_ == "NORP")
        ):
            return None
    # a word of a listed firm name is no surname: "Dillon, Read and Co"
    before = doc[tokens[0] - 1] if tokens[0] > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if (before is not None and before.text == ",") or (
        after is not None
        and after.lower_ in (",", "and", "&")
        and last.i + 2 < len(doc)
        and doc[last.i + 2].is_title
    ):
        return None
    return last


def _owns_the_head(doc: Doc, ent: Span, tokens: list[int]) -> bool:
    """The entity is the possessor of a common noun of the chunk: "Cruz" in "Mr. Cruz's father",
    "Bill Clinton" in "staffers of Bill Clinton" (the one whose staff met is not met)."""
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # only people of someone: not "the letters of credence of X"
        if head.lemma_.lower() not in PERSON_NOUNS | FAMILY_NOUNS:
            return False
    elif root.dep_ != "poss":
        return False
    return head.i in tokens and head.i not in range(ent.start, ent.end) and head.pos_ == "NOUN"


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
    ctx: Ctx, nat: str | None, sent_index: int, excluded: set[str]
) -> Span | None:
    options = [
        (abs(si - sent_index), si > sent_index, ent)
        for n, ent, si in ctx.counterparts
        if (nat is None or n is None or n == nat)
        and fold(ent.text) not in excluded
        and not any(fold(ent.text) in x or x in fold(ent.text) for x in excluded if x)
    ]
    if not options:
        return None
    options.sort(key=lambda o: (o[1], o[0]))
    return options[0][2]


def _resolve_pronoun(
    ctx: Ctx, tok: Token, role: str, exclude: set[str] | None = None
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
                    if p is not None and fold(p.text) not in excluded:
                        return MeetingParticipant(
                            p.text, p.start_char, p.end_char, "PERSON", role, "pronoun", 0.75
                        )
        else:
            break
    # 2. an object pronoun is not bound by its own clause's subject ("with Cruz calling Trump his
    #    friend, meeting with him"): the last person named before it in its sentence, other than
    #    the meeting's other side, comes before the subjects of earlier sentences
    si = ctx.sent_of.get(tok.i, 0)
    if tok.lower_ in ("him", "her") and tok.dep_ in ("pobj", "dobj") and ctx.sents:
        start = ctx.sents[si].start
        same = [
            e for e in ctx.ents
            if e.label_ == "PERSON" and start <= e.start and e.end <= tok.i
            and fold(e.text) not in excluded and not _looks_like_place(e)
        ]
        if same:
            e = same[-1]
            return MeetingParticipant(
                e.text, e.start_char, e.end_char, "PERSON", role, "pronoun", 0.7
            )
    # 3. nearest earlier PERSON subject, then any PERSON, within three sentences; a subject up to
    #    six sentences back when a chain of he/she subjects leads to it ("Mr Conway says ...
    #    He continued: ... [quotes] ... He said he told ...")
    lo = ctx.sents[max(0, si - 3)].start if ctx.sents else 0
    far = ctx.sents[max(0, si - 6)].start if ctx.sents else 0
    best: Span | None = None
    chained: Span | None = None
    fallback: Span | None = None
    spans = sorted([*ctx.ents, *_honorific_subjects(ctx, far, tok.i)], key=lambda e: e.start)
    for ent in spans:
        if ent.label_ != "PERSON" or ent.end > tok.i or ent.start < far:
            continue
        if fold(ent.text) in excluded or _looks_like_place(ent):
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
    ctx: Ctx, tok: Token, role: str, excluded: set[str]
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
                    if p is not None and fold(p.text) not in excluded:
                        return MeetingParticipant(
                            p.text, p.start_char, p.end_char, "PERSON", role, "quote_speaker", 0.75
                        )
                    if child.lower_ in ("he", "she"):
                        # '"I met with X," she said in a statement': the speaker the pronoun
                        # stands for, by the pronoun rule: a subject named before the quotation
                        q = _resolve_pronoun(ctx, child, role, exclude=excluded)
                        first = ctx.sents[ctx.sent_of.get(tok.i, 0)].start_char if ctx.sents else 0
                        if q is None or q.confidence < 0.7 or q.end_char > first:
                            return None
                        return replace(q, resolved_by="quote_speaker", confidence=0.6)
            return None
        verb = gov
    return None


_SPEAKER_LABEL = re.compile(
    r"^[ \t]*([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*:[ \t]+\S", re.MULTILINE
)


def _interview_speaker(
    ctx: Ctx, tok: Token, role: str, excluded: set[str]
) -> MeetingParticipant | None:
    """A first-person "I" in an answer of a question-and-answer interview is the person the
    answer's label names ("Nurtleu: Yes. I met Abbas Araghchi last week in Tehran"): a line that
    opens with a name and a colon, the name a PERSON of the article (in full or by surname)
    named before it, in an article with two or more labelled lines."""
    lo, _hi = line_bounds(ctx.text, tok.idx)
    label = _SPEAKER_LABEL.match(ctx.text, lo)
    if label is None or len(_SPEAKER_LABEL.findall(ctx.text)) < 2:
        return None
    name = fold(label.group(1))
    for ent in ctx.ents:
        if ent.start_char >= lo:
            break
        if ent.label_ == "PERSON" and name in (fold(ent.text), fold(ent[-1].text)):
            if fold(ent.text) in excluded:
                return None
            return MeetingParticipant(
                ent.text, ent.start_char, ent.end_char, "PERSON", role, "interview_speaker", 0.7
            )
    return None


_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss"}


def _honorific_subjects(ctx: Ctx, lo: int, hi: int) -> list[Span]:
    """Subjects "Mr Conway", "Ms. Reyes" that the NER left unlabelled or read as a one-word
    organisation or place, as PERSON spans of the name (pronoun antecedents only)."""
    from spacy.tokens import Span as _Span

    doc = ctx.doc
    out: list[Span] = []
    for i in range(max(lo, 1), hi):
        t = doc[i]
        if (
            t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.dep_ in ("nsubj", "nsubjpass")
            and (
                i not in ctx.ent_of
                or (ctx.ent_of[i].label_ != "PERSON" and len(ctx.ent_of[i]) == 1)
            )
            and doc[i - 1].lower_ in _HONORIFICS
        ):
            out.append(_Span(doc, i, i + 1, label="PERSON"))
    return out


def _resolve_group_pronoun(
    ctx: Ctx, tok: Token, role: str, excluded: set[str]
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
                    and fold(ent.text) not in excluded
                ):
                    return MeetingParticipant(
                        ent.text, ent.start_char, ent.end_char, ent.label_, role, "pronoun", 0.6
                    )
    return None


_CLAUSE_DEPS = ("relcl", "acl", "ccomp", "advcl", "xcomp", "parataxis", "csubj")


def _people_in(ctx: Ctx, tok: Token, before: int, conf: float) -> list[MeetingParticipant]:
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
            if (
                not _looks_like_place(ent)
                and not _owner_of_a_person(ctx, ent)
                and all(o.start_char != ent.start_char for o in out)
            ):
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


def reciprocal_group(ctx: Ctx, si: int, subj: Token) -> list[MeetingParticipant]:
    """The people a reciprocal "they" / "the two" stands for: the subject and object people of
    the nearest clause before it in the same sentence ("he told A and B ... when they met up"),
    else of the previous sentence ("A and B were rivals. They met ..."), when they are two or more;
    for "the two" / "the two leaders" also of the sentence before that.
    """
    doc = ctx.doc
    sent = ctx.sents[si]
    ranges = [(sent.start, subj.left_edge.i, 0.7)]
    if si > 0:
        prev = ctx.sents[si - 1]
        ranges.append((prev.start, prev.end, 0.6))
    if si > 1 and subj.lower_ != "they":
        # "Xi held talks with Putin ... Xi said ... The two heads of state last met in X"
        prev = ctx.sents[si - 2]
        ranges.append((prev.start, prev.end, 0.5))
    for lo, hi, conf in ranges:
        for k in range(hi - 1, lo - 1, -1):
            verb = doc[k]
            if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
                continue
            group: list[MeetingParticipant] = []
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") and child.i < hi:
                    for p in _people_in(ctx, child, hi, conf):
                        if all(fold(p.text) != fold(q.text) for q in group):
                            group.append(p)
            if len(group) >= 2:
                return group
    return _counted_people_before(ctx, si, subj)


def _counted_people_before(ctx: Ctx, si: int, subj: Token) -> list[MeetingParticipant]:
    """ "Güler hosted his counterpart X ... The two ministers discussed ... X also laid a wreath
    ... The two ministers agreed to meet again": a counted group ("the two ministers", "both
    leaders") is the people of the nearest of the four sentences before it that names exactly as
    many people as it counts (round 8; the clauses above found none)."""
    count = _counted_group(ctx.doc, subj)
    if count is None:
        return []
    for k in range(si - 1, max(-1, si - 5), -1):
        sent = ctx.sents[k]
        people: list[MeetingParticipant] = []
        for ent in ctx.ents:
            if ent.start < sent.start or ent.end > sent.end or ent.label_ != "PERSON":
                continue
            if (
                _looks_like_place(ent)
                or _owner_of_a_person(ctx, ent)
                or any(_same_person(ent.text, p.text) for p in people)
            ):
                continue
            people.append(
                MeetingParticipant(
                    ent.text, ent.start_char, ent.end_char, "PERSON", "co_participant",
                    "pronoun", 0.45,
                )
            )
        if len(people) == count:
            return people
        if len(people) > count:
            return []
    return []


def _same_person(a: str, b: str) -> bool:
    """One name is the other or its last word ("Ashtiani", "Mohammad-Reza Ashtiani")."""
    fa, fb = fold(a), fold(b)
    return fa == fb or fa.split()[-1:] == fb.split()[-1:]




_GROUP_COUNTS = {"two": 2, "three": 3}


def _counted_group(doc: Doc, subj: Token) -> int | None:
    """How many people "the two ministers", "the three leaders", "both leaders" count."""
    words = doc[subj.left_edge.i : subj.i + 1].text.lower().split()
    if len(words) >= 2 and words[0] == "both":
        return 2
    if len(words) >= 2 and words[0] == "the" and words[1] in _GROUP_COUNTS:
        return _GROUP_COUNTS[words[1]]
    return None


def _owner_of_a_person(ctx: Ctx, ent: Span) -> bool:
    """ "Jordan's King Abdullah II" (the NER reads "Jordan" as a person): the owner of a named
    person is not one of the people."""
    root = ent.root
    if root.dep_ != "poss" or root.head.i in range(ent.start, ent.end):
        return False
    owned = ctx.ent_of.get(root.head.i)
    # the owned is a person the NER found, or a name it missed ("Jordan's King Abdullah II")
    return (owned is not None and owned.label_ == "PERSON") or (
        owned is None and root.head.pos_ == "PROPN"
    )


def _looks_like_place(ent: Span) -> bool:
    """A span the NER called a person that reads as a place: "County Clare", "Kildare County",
    "Province of Aceh"."""
    return ent[0].lower_ in PLACE_DESIGNATORS or ent[-1].lower_ in PLACE_DESIGNATORS


def _subject_person(ctx: Ctx, subj: Token) -> Span | None:
    for k in range(subj.left_edge.i, subj.right_edge.i + 1):
        ent = ctx.ent_of.get(k)
        if ent is not None and ent.label_ == "PERSON":
            return ent
    return None


OWNER_DEPS = ("poss", "compound", "amod")
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")


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


def named_attendees(ctx: Ctx, si: int, noun: Token) -> list[MeetingParticipant]:
    """Named attendees of a meeting noun, from an attendance verb on the noun itself ("talks
    involving A and B", "the meeting, which included A and B"), on the clause it is the subject of
    ("the summit brought together A and B", "the summit was attended by A and B"), or on the next
    sentence when that sentence's subject is "it" / "the meeting" ("A meeting was convened at the
    ministry. It involved A, B and C").

    Taken in the object's subtree: names that are a conjunct or apposition of the object or the
    agent of a participle on it ("detectives, led by Supt X"), not names under a preposition ("a
    scientist from the UK", "Dr Y from Porton Down"), which say where people come from.  A name
    that modifies a noun counts only as ``participant`` reads the whole phrase ("Iranian
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
                if ent is None or ent.start != t.i or ent.label_ not in ACTOR_LABELS:
                    continue
                cur, ok = ent.root, True
                while cur.i != obj.i and ok:
                    ok = cur.dep_ != "prep" and not (cur.dep_ == "pobj" and cur.head.dep_ == "prep")
                    cur = cur.head
                if not ok:
                    continue
                root = ent.root
                if root.dep_ in OWNER_DEPS and root.head.i not in range(ent.start, ent.end):
                    toks = list(range(root.head.left_edge.i, root.head.i + 1))
                else:
                    toks = list(range(ent.start, ent.end))
                p = participant(ctx, toks, "co_participant", "attendee")
                if p is not None and all(fold(p.text) != fold(q.text) for q in out):
                    out.append(replace(p, confidence=min(p.confidence, 0.75)))
    return out


def context_parties(ctx: Ctx, si: int, before_tok: int) -> list[MeetingParticipant]:
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


PAIR_DASHES = ("-", "–", "—", "/")


def pair_meeting_person(ctx: Ctx, noun: Token) -> MeetingParticipant | None:
    """The named person who chaired, held or attended a dashed-pair meeting: "Mr. Jaishankar
    co-chaired the first India-GCC ministerial meeting". The meeting noun is the verb's object;
    the subject is the verb's, or that of the verb it is coordinated with ("co-chaired" parses
    as "co" + conjunct "chaired"). The person then stands for one side, and SQL drops the
    country of that side from the key (a person is named for it)."""
    if noun.dep_ != "dobj":
        return None
    verb = noun.head
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            ent = _subject_person(ctx, subj)
            if ent is None:
                return None
            return MeetingParticipant(
                ent.text, ent.start_char, ent.end_char, "PERSON", "subject", "direct", 0.8
            )
        if verb.dep_ not in ("conj", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def hyphen_pair_parties(ctx: Ctx, noun: Token) -> list[MeetingParticipant]:
    """The parties of a meeting noun named as a dashed pair before it: "the Biden-Xi meeting",
    "US-China trade talks", "the Russia-Ukraine talks" (``resolved_by='dashed_pair'``).

    Every side is one token and a name: a word that opens or ends a PERSON named in the article
    ("Xi" of "Xi Jinping", "Biden" of "Joe Biden"; the participant is then that full name, with its
    offsets), else a one-word PERSON/ORG/GPE/NORP entity ("US", "China").  A side that is no name
    ("the Trans-Pacific talks") means no pair.  Two or more distinct sides, or nobody."""
    doc = ctx.doc
    persons: dict[str, Span] = {}
    for ent in ctx.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            for t in (ent[0], ent[-1]):
                persons.setdefault(t.text, ent)
    for k in range(noun.left_edge.i + 1, noun.i - 1):
        if doc[k].text not in PAIR_DASHES or doc[k].whitespace_ or doc[k - 1].whitespace_:
            continue
        sides = [doc[k - 1], doc[k + 1]]
        j = k + 2
        while j + 1 < noun.i and doc[j].text in PAIR_DASHES and not doc[j].whitespace_:
            sides.append(doc[j + 1])
            j += 2
        out: list[MeetingParticipant] = []
        for side in sides:
            ent = ctx.ent_of.get(side.i)
            if side.text in persons and (ent is None or ent.label_ == "PERSON"):
                span, label = persons[side.text], "PERSON"
            elif ent is not None and ent.label_ in ACTOR_LABELS and len(ent) == 1:
                span, label = ent, ent.label_
            else:
                out = []
                break
            out.append(
                MeetingParticipant(
                    span.text,
                    span.start_char,
                    span.end_char,
                    label,
                    "co_participant",
                    "dashed_pair",
                    0.7,
                )
            )
        if len(out) >= 2 and len({fold(p.text) for p in out}) == len(out):
            return out
    return []
