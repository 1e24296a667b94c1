"""When and where a meeting took place: dates and places attached to the trigger in the parse,
visit destinations, and when a dateline may be used.  The rules below are applied in
``meetings._sentence_candidates`` and ``meetings._postprocess`` with the helpers of this module;
date expressions and the dateline are found by ``meeting_context.Ctx``.

Dates
    Date expressions are spaCy DATE/TIME entities (or regex hits) that name a weekday, a month, a
    week, yesterday/today etc.  A date right after an object belongs to that object ("met A on
    Tuesday and B on Wednesday"); otherwise the date attached to the trigger (parse) or placed
    before the objects applies to all.  Dates inside relative clauses ("Akar, who arrived in Tehran
    Sunday night") are ignored.  Resolution is ``meeting_dates.resolve_relative_date`` (weekday ->
    the most recent such day on or before publication, same day allowed).

Places (first that applies)
    1. "in/at <GPE|LOC|FAC>" attached to the trigger or inside its chunks (also a seat of
       government the NER read as an organisation: "at the Kremlin"); for a meeting in a
       "where" clause, the place the clause hangs on or the place its verb visited ("visited
       Riyadh on Wednesday, where he met X").
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
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from orchestration.lib.meeting_capitals import capital_cities, capital_of
from orchestration.lib.meeting_context import (
    PLACE_LABELS,
    Ctx,
    MeetingParticipant,
    RawCandidate,
    fold,
)
from orchestration.lib.meeting_dates import date_parts, resolve_relative_date
from orchestration.lib.meeting_lexicon import (
    PLACE_HEAD_NOUNS,
    RESCHEDULE_VERBS,
    SEAT_BUILDINGS,
    WELCOME_VERBS,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


def attached_dates_places(
    ctx: Ctx, anchors: list[Token]
) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    dates: list[tuple[int, int]] = []
    places: list[tuple[int, int, str]] = []
    for anchor in anchors:
        for child in anchor.children:
            targets: list[Token] = []
            if (
                child.dep_ == "prep"
                and child.lower_ == "to"
                and anchor.lemma_.lower() in WELCOME_VERBS
            ):
                # "welcomed X to Nairobi", "was welcomed to Manila by X": where X was received
                for g in child.children:
                    ent = ctx.ent_of.get(g.i)
                    if g.dep_ == "pobj" and ent is not None and ent.label_ in PLACE_LABELS:
                        places.append((ent.start_char, ent.end_char, ent.text))
                continue
            if child.dep_ == "prep" and child.lower_ in (
                "on",
                "in",
                "at",
                "during",
                "inside",
                "for",
                "over",  # a date only: "over the weekend"
            ):
                targets = [g for g in child.children if g.dep_ == "pobj"]
                for g in targets:
                    ent = ctx.ent_of.get(g.i)
                    if ent is not None and (
                        (
                            (ent.label_ in PLACE_LABELS or is_seat_building(ent))
                            and child.lower_ in ("in", "at", "inside")
                        )
                        # "met with Reid that day on Capitol Hill"
                        or (child.lower_ == "on" and is_seat_building(ent))
                    ):
                        places.append((ent.start_char, ent.end_char, ent.text))
                    elif child.lower_ in ("on", "at", "during", "in"):
                        places += _nested_places(ctx, g)
            elif (
                child.dep_ == "prep"
                and child.lower_ in ("to", "until", "till")
                and anchor.lemma_.lower() in RESCHEDULE_VERBS
            ):
                # the new date of a postponed meeting: "has been postponed to next week"
                targets = [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ in ("npadvmod", "tmod", "advmod", "nmod", "obl"):
                targets = [child]
            elif child.dep_ == "poss" and anchor.pos_ in ("NOUN", "PROPN"):
                targets = [child]  # "Tuesday's talks between A and B"
            elif (
                child.dep_ in ("compound", "nummod", "amod")
                and anchor.pos_ in ("NOUN", "PROPN")
                and child.i < anchor.i
            ):
                targets = [child]  # "a June-12-13 summit meeting", "the April 5 talks"
            for g in targets:
                for k in range(g.left_edge.i, g.right_edge.i + 1):
                    if k in ctx.date_start_tok:
                        s, e = ctx.date_start_tok[k]
                        if child.dep_ == "prep" and child.lower_ == "on" and child.i == k - 1:
                            s = child.idx  # "on Tuesday", not "on the sidelines of ... Tuesday"
                        dates.append((s, e))
                        break
    return dates, places


def is_seat_building(ent: Span) -> bool:
    """A seat of government the NER read as an organisation ("at the Kremlin")."""
    name = ent.text.lower()
    return ent.label_ == "ORG" and (name[4:] if name.startswith("the ") else name) in SEAT_BUILDINGS


def _relative_clause(trigger: Token) -> Token | None:
    """The "where"/"when" clause verb the trigger belongs to: the trigger itself, or the verb it
    is the infinitive complement or light-verb object of ("where he is expected to meet X",
    "where he will hold talks with X")."""
    clause = trigger
    path = [trigger]
    for _ in range(3):
        if clause.dep_ in ("relcl", "ccomp", "advcl") and _wh_word(path) is not None:
            return clause  # the parser also reads "..., where he is expected to" as a ccomp
        if clause.dep_ not in ("xcomp", "dobj") or clause.head.i == clause.i:
            return None
        clause = clause.head
        path.append(clause)
    return None


def _wh_word(path: list[Token]) -> str | None:
    """"where"/"when" on the clause verb or on a verb below it (the parser hangs "where" on
    "meet" in "where he is expected to meet X")."""
    for tok in path:
        for c in tok.children:
            if c.dep_ == "advmod" and c.lower_ in ("where", "when"):
                return c.lower_
    return None


def relative_clause_host(trigger: Token) -> Token | None:
    """The verb of the clause that a "where"/"when" clause with the trigger hangs on: "visited
    Riyadh on Wednesday, where he met X" -> visited (the parser may attach the clause to
    "Wednesday" or to "Riyadh"); the meeting takes that verb's date and place.  The trigger may
    sit one or two verbs down in the clause ("..., where he is expected to meet X")."""
    clause = _relative_clause(trigger)
    if clause is None:
        return None
    cur = clause.head
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX"):
            return _main_verb(cur)
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _main_verb(verb: Token) -> Token:
    """The verb that carries the date under a copula or a planning verb: "Sudani is due to
    travel to Tehran next week, where ..." -> travel (the parser hangs the clause on Sudani)."""
    for _ in range(2):
        down = next((c for c in verb.children if c.dep_ in ("acomp", "xcomp")), None)
        if down is None:
            break
        if down.pos_ == "ADJ":
            down = next((c for c in down.children if c.dep_ == "xcomp"), None)
            if down is None:
                break
        verb = down
    return verb


def relative_clause_places(ctx: Ctx, trigger: Token, host: Token) -> list[tuple[int, int, str]]:
    """Where a meeting in a "where" clause happened: the place the clause hangs on ("in Riyadh,
    where ..."), else the place the host verb visited or travelled to ("visited Riyadh on
    Wednesday, where ...", "will travel to Erbil on Sunday, where ...")."""
    clause = _relative_clause(trigger)
    if clause is None or _wh_word([trigger, trigger.head, clause]) != "where":
        return []
    candidates = [clause.head]
    if host.lemma_.lower() in ("visit", "tour"):
        candidates += [c for c in host.children if c.dep_ == "dobj"]
    # "travelled to Cairo in February, where Sisi received him"
    candidates += [
        g
        for c in host.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for tok in candidates:
        ent = ctx.ent_of.get(tok.i)
        if ent is not None and ent.label_ in PLACE_LABELS:
            return [(ent.start_char, ent.end_char, ent.text)]
    return []


TRIP_NOUNS = {"visit", "trip", "tour", "journey", "stay", "stopover", "mission"}


def trip_clause_places(ctx: Ctx, verb: Token) -> list[tuple[int, int, str]]:
    """ "after a visit to Kuwait during which he met X", "a two-day trip to Ankara, in which he
    held talks with Y": a meeting in a "during / in / on which" clause of a trip happened where
    the trip went (its "to" place; "of" for a tour of a place)."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in TRIP_NOUNS:
        return []
    if not any(
        c.dep_ == "prep"
        and c.lower_ in ("during", "in", "on", "throughout")
        and any(g.lower_ == "which" for g in c.children)
        for c in verb.children
    ):
        return []
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "of"):
            continue
        for g in prep.children:
            ent = ctx.ent_of.get(g.i)
            if g.dep_ == "pobj" and ent is not None and ent.label_ in PLACE_LABELS:
                if _arrived_elsewhere(ctx, verb, ent):
                    return []
                return [(ent.start_char, ent.end_char, ent.text)]
    return []


def _arrived_elsewhere(ctx: Ctx, verb: Token, trip_place: Span) -> bool:
    """The sentence names another destination than the trip's and the city left for home ("arrived
    in Paris today at the start of a state visit to France, during which ..." keeps Paris)."""
    sent = verb.sent
    return any(
        s != trip_place.start_char and ctx.doc[k].head.lemma_.lower() != "return"
        for s, _e, _t, k in destinations(ctx, sent.start, sent.end)
    )


def _nested_places(ctx: Ctx, noun: Token, depth: int = 3) -> list[tuple[int, int, str]]:
    """The place inside a locative phrase that is not itself a place: "on the sidelines of the UN
    General Assembly in New York", "at a hotel in Geneva", "during a summit in Bali", "at a
    mansion near San Francisco" -> the first "in/at/near/outside <GPE|LOC|FAC>" under the noun,
    through "of" phrases; "of <place>" itself only after a place noun ("the town of X", "the
    outskirts of X"), or a place in apposition to a place noun ("in the capital Ankara")."""
    if depth == 0:
        return []
    if noun.lemma_.lower() in PLACE_HEAD_NOUNS:
        for g in noun.children:
            ent = ctx.ent_of.get(g.i)
            if g.dep_ == "appos" and ent is not None and ent.label_ in PLACE_LABELS:
                return [(ent.start_char, ent.end_char, ent.text)]  # "in the capital Ankara"
    if noun.lower_ == "capital":
        found = _capital_city(ctx, noun)
        if found:
            return found
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "of", "near", "outside"):
            continue
        for g in prep.children:
            if g.dep_ != "pobj":
                continue
            ent = ctx.ent_of.get(g.i)
            if (
                ent is not None
                and ent.label_ in PLACE_LABELS
                and (prep.lower_ != "of" or noun.lemma_.lower() in PLACE_HEAD_NOUNS)
            ):
                # "in the border town of Rumichaca", not "the sidelines of the UN General Assembly"
                return [(ent.start_char, ent.end_char, ent.text)]
            found = _nested_places(ctx, g, depth - 1)
            if found:
                return found
    return []


def _capital_city(ctx: Ctx, noun: Token) -> list[tuple[int, int, str]]:
    """ "in the Turkish capital", "in Egypt's capital", "in the capital of Iraq" -> that country's
    capital city (`meeting_capitals.capital_of`, read from the seeds); "in the capital" with no
    country -> the dateline city when it is a capital ("Cairo: A and B met in the capital").
    The span is the phrase's."""
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if not dets:
        return []
    span = (noun.left_edge.idx, noun.idx + len(noun.text))
    for c in noun.children:
        words = c.text
        if c.dep_ == "prep" and c.lower_ == "of":
            words = " ".join(g.text for g in c.children if g.dep_ == "pobj")
        elif c.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        ent = ctx.ent_of.get(c.i)
        if ent is not None and c.dep_ != "prep":
            words = ent.text
        key = fold(words).removesuffix(" s")  # "Egypt's" folds to "egypt s"
        capital = capital_of().get(key)
        if capital is not None:
            return [(*span, capital)]
    if len(list(noun.children)) == 1 and dets[0].lower_ == "the" and ctx.dateline is not None:
        city = ctx.dateline[0]
        if fold(city) in capital_cities():
            return [(*span, city)]
    return []


def destinations(
    ctx: Ctx, sent_lo: int, sent_hi: int, before: int | None = None
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


def context_destination(ctx: Ctx, si: int, before_tok: int) -> MeetingParticipant | None:
    for k in range(si, max(-1, si - 4), -1):
        sent = ctx.sents[k]
        dests = destinations(ctx, sent.start, sent.end, before=before_tok if k == si else None)
        if dests:
            s, e, t, _i = dests[-1]
            ent = ctx.ent_of.get(_i + 1)
            label = ent.label_ if ent is not None else "GPE"
            for kk in range(_i, min(_i + 5, len(ctx.doc))):
                if kk in ctx.ent_of and ctx.ent_of[kk].start_char == s:
                    label = ctx.ent_of[kk].label_
            return MeetingParticipant(t, s, e, label, "host", "context", 0.3)
    return None


def date_is_recent(ctx: Ctx, r: RawCandidate) -> bool:
    if r.date is None:
        return True
    text = ctx.text[r.date[0] : r.date[1]]
    if ctx.published_date is None:
        # no publication date: an expression counted from the day of writing ("on Tuesday",
        # "yesterday") is recent whatever that day was; resolved against a stand-in day, it
        # falls within the week before it, and a calendar date ("Sept. 19, 2023") does not
        resolved, _p = resolve_relative_date(text, _STAND_IN_DAY)
        return (
            resolved is not None
            and date_parts(text)[0] is None
            and 0 <= (_STAND_IN_DAY - resolved).days <= 7
        )
    resolved, precision = resolve_relative_date(text, ctx.published_date)
    if resolved is not None:
        return 0 <= (ctx.published_date - resolved).days <= 7
    return precision == "week"


_STAND_IN_DAY = date(1901, 1, 1)
