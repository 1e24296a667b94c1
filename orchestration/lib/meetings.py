"""Meeting candidates (who met whom, when, where) from a spaCy ``Doc``.

``extract_meetings(doc, published_date, dateline)`` returns one ``MeetingCandidate`` per reported
meeting mention.  Cross-article deduplication and entity resolution happen later, in SQL; this
module only reads one article.  All offsets are 0-based, end-exclusive character offsets into
``doc.text`` (``doc.text[start:end] == text`` for every span it emits).

This module assembles candidates sentence by sentence (``_sentence_candidates``), settles places
and within-document duplicates (``_postprocess``) and builds the output (``_finalise``).  The rules
it applies live in modules named for what they do; each describes its part:

* ``meeting_triggers``: triggers, phone/video mode, planned/negated status, caption lines, the
  subject of a trigger and the counterpart of "negotiate" without "with".
* ``meeting_chunks``: the chunker that reads subjects, objects and complements.
* ``meeting_participants``: one participant per chunk, counterparts, pronouns, quote speakers,
  attendees, parties named in context.
* ``meeting_places``: dates and places attached to the trigger, destinations, the dateline rule.
* ``meeting_context``: the output dataclasses, the per-document context (entities, sentences,
  date expressions, dateline, named counterparts) and shared helpers.
* ``meeting_fallback``: the surface pattern used without a dependency parser.
* ``meeting_lexicon`` (word lists) and ``meeting_dates`` (date expressions and their resolution).

Assembly (this module)
    * One exception to "a welcoming ceremony is not a meeting": two named people coordinated as
      the subject of a sentence that mentions a welcoming ceremony / guard of honour ("A and his
      Iranian counterpart B review the guard of honor during a welcoming ceremony in Ankara") are
      co-present at an official reception, which is a meeting (rule ``ceremony_co_presence``,
      confidence 0.5).
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
    * A visit by a person to a place ("Erdogan would visit Iran", "paid a visit to Turkey") gives
      the place as participant with role 'host' and low confidence, and is dropped when the same
      sentence names a person the visitor met.  A noun visit with a visitor but no destination
      takes the nearest "visit/trip to X" of the same or the three previous sentences as host
      (``resolved_by='context'``).  Generic visits "by an Iranian chief of staff" (indefinite
      visitor, no name) are ignored.
    * A candidate needs two distinct participants (one may be a counterpart_ref).
    * ``resolved_by`` takes the values of the brief plus 'context' (a party or host taken from a
      neighbouring sentence, as above).  A counterpart resolved to a name keeps its grammatical
      role ('object', ...); only an unresolved one has role 'counterpart_ref'.

``extract_meetings`` never raises on text it cannot read; it returns what it found.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from orchestration.lib.meeting_chunks import acting_head, scan_region, unlabelled_venue_end
from orchestration.lib.meeting_context import (
    PLACE_LABELS,
    TITLE_WORDS,
    Ctx,
    MeetingCandidate,
    MeetingParticipant,
    RawCandidate,
    fold,
    line_bounds,
)
from orchestration.lib.meeting_dates import date_parts, offset_days, resolve_relative_date
from orchestration.lib.meeting_fallback import surface_fallback
from orchestration.lib.meeting_lexicon import (
    AGREEMENT_NOUNS,
    BETWEEN_VERBS,
    BUILDING_NOUNS,
    CEREMONY_CUES,
    CHAIR_VERBS,
    COUNTRIES,
    COURSE_VERBS,
    GROUP_NOUNS,
    JOINT_EVENT_NOUNS,
    MANNER_PHRASES,
    MEAL_NOUNS,
    PERSON_NOUNS,
    PHONE_WORDS,
    PLURAL_REFS,
    QUOTE_MARKS,
    RECIPROCAL_REFS,
    ROLE_NOUNS,
    SEQUENCE_ADVERBS,
    SPEECH_VERBS,
    TOGETHER_CUES,
    VIDEO_WORDS,
)
from orchestration.lib.meeting_participants import (
    context_parties,
    hyphen_pair_parties,
    named_attendees,
    pair_meeting_person,
    participant,
    reciprocal_group,
)
from orchestration.lib.meeting_places import (
    attached_dates_places,
    context_destination,
    date_is_recent,
    destinations,
    is_seat_building,
    relative_clause_host,
    relative_clause_places,
    trip_clause_places,
)
from orchestration.lib.meeting_triggers import (
    call_clause_subject,
    governing_verb,
    implicit_counterparts,
    is_acquaintance,
    is_asked_about,
    is_caption_line,
    is_habitual,
    is_hypothetical,
    is_negated,
    is_planned,
    line_limits,
    misparsed_meet,
    object_gap,
    present_for_future,
    purpose_infinitive_head,
    rescheduled,
    subject_token,
    trigger_kind,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


log = logging.getLogger(__name__)

__all__ = ["MeetingCandidate", "MeetingParticipant", "extract_meetings", "resolve_relative_date"]


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
        return surface_fallback(doc, published_date)
    ctx = Ctx(doc, published_date, dateline)
    raws: list[RawCandidate] = []
    for si, sent in enumerate(ctx.sents):
        try:
            raws.extend(_sentence_candidates(ctx, si, sent))
        except Exception:  # a malformed parse must not lose the whole article
            log.exception("meeting extraction failed on sentence %d", si)
    raws = _postprocess(ctx, raws)
    return _finalise(ctx, raws)


def _torn_objects(ctx: Ctx, trigger: Token, objects: list[MeetingParticipant]) -> list[Token]:
    """The head of each object name that the parser put in another sentence than its verb (a
    sentence break after an abbreviated rank, undone by `meeting_context.sentences`)."""
    heads: list[Token] = []
    for p in objects:
        span = ctx.doc.char_span(p.start_char, p.end_char, alignment_mode="expand")
        if span is not None and len(span) and span.root.sent.start != trigger.sent.start:
            heads.append(span.root)
    return heads


def manner_phrase_end(doc: Doc, j: int, hi: int) -> int | None:
    """The token after a manner phrase starting at j ("behind closed doors", "in private",
    "face to face"), which says how the parties met and sits between the verb and its partner."""
    for phrase in MANNER_PHRASES:
        words = phrase.split()
        end = j + len(words)
        if end <= hi and [t.lower_ for t in doc[j:end]] == words:
            return end
    return None


PARTNER_PREPS = ("with", "between", "among")


def remote_phrase(doc: Doc, j: int, hi: int) -> tuple[int, str] | None:
    """(token after, mode) for a phrase of remote contact at j: "via video conference", "by
    video link", "over the phone", "through a telephone call" -> 'video' / 'phone'."""
    if doc[j].lower_ not in ("via", "by", "over", "through") or j + 1 >= hi:
        return None
    end = min(hi, doc[j].right_edge.i + 1, j + 5)
    # "held talks via video link with X": the phrase ends before the partner's preposition
    end = next((k for k in range(j + 1, end) if doc[k].lower_ in PARTNER_PREPS), end)
    words = {t.lower_ for t in doc[j + 1 : end]}
    if words & VIDEO_WORDS:
        return end, "video"
    if words & PHONE_WORDS:
        return end, "phone"
    return None


def _group_leader(noun: Token) -> Token | None:
    """The leader of a group subject: "a delegation headed/led by X" -> X (`GROUP_NOUNS`); the
    parse often hangs "headed by" on the name in the group's "of"/"from" phrase ("a delegation
    from the Kurdistan Region headed by X", "a delegation of the US Senate ... headed by X")."""
    if noun.lemma_.lower() not in GROUP_NOUNS:
        return None
    heads = [noun] + [
        g
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
        for g in prep.children
        if g.dep_ == "pobj"
    ]
    for head in heads:
        for acl in head.children:
            if acl.dep_ == "acl" and acl.lemma_.lower() in ("lead", "head"):
                for agent in acl.children:
                    if agent.dep_ == "agent":
                        return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


def _group_span(leader: Token) -> tuple[int, int] | None:
    """Character span of the group phrase a leader heads ("a Hamas delegation headed by X")."""
    cur = leader
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in GROUP_NOUNS:
            return cur.left_edge.idx, cur.right_edge.idx + len(cur.right_edge)
    return None


def _led_by(verb: Token) -> list[Token]:
    """Who leads the group a meeting verb takes ("received a delegation led by X", "met with a
    team headed by X"): the agents of "led/headed by" on its object (`GROUP_NOUNS`); and the guest
    of a meal that "host" takes ("hosted a dinner for (visiting) X", "in honour of X")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    out: list[Token] = []
    for obj in objs:
        if obj.lemma_.lower() in MEAL_NOUNS and verb.lemma_.lower() == "host":
            # "hosted a dinner for (visiting) X", "in honour of X" (on the noun or the verb)
            for prep in [*obj.children, *verb.children]:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "in"):
                    for g in prep.children:
                        if g.dep_ == "pobj" and prep.lower_ == "for":
                            out.append(g)
                        elif g.dep_ == "pcomp":  # "for visiting X"
                            out += [d for d in g.children if d.dep_ == "dobj"]
                        elif g.dep_ == "pobj" and g.lower_ in ("honour", "honor"):
                            out += [
                                d
                                for o in g.children
                                if o.lower_ == "of"
                                for d in o.children
                                if d.dep_ == "pobj"
                            ]
            continue
        leader = _group_leader(obj)
        if leader is not None:
            out.append(leader)
    return out


def _each_occasion(
    ctx: Ctx,
    verb: Token,
    groups: list[tuple[list[MeetingParticipant], tuple[int, int] | None]],
    dates: list[tuple[int, int]],
) -> list[tuple[list[MeetingParticipant], tuple[int, int] | None]]:
    """"The two met twice this week, on Monday and Wednesday": one meeting per day named, when
    the verb counts its occasions ("twice", "two times", "on two occasions") and the sentence
    names days (a week or a month is no day)."""
    counted = any(c.dep_ == "advmod" and c.lower_ == "twice" for c in verb.children) or any(
        c.lower_ in ("times", "occasions") and any(g.lower_ in ("two", "three") for g in c.subtree)
        for c in verb.subtree
        if c.head.i == verb.i or c.head.head.i == verb.i
    )
    if not counted:
        return groups
    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    days = [
        d
        for d in ctx.date_spans
        if lo <= d[0] < hi
        and not re.search(r"\b(?:week|month|year)s?\b", ctx.text[d[0] : d[1]], re.I)
    ]
    if len(days) < 2 or any(own is not None for _p, own in groups):
        return groups
    return [(parts, d) for parts, _own in groups for d in sorted(days)]


def _split_subject(subj: Token) -> Token | None:
    """The first of two subjects the parse hung side by side on one verb when "and" joins them
    ("French FM Jean-Noel Barrot and German FM Annalena Baerbock visited Baghdad": Barrot and
    Baerbock both nsubj, "and" a child of Barrot)."""
    for sib in subj.head.children:
        if (
            sib.dep_ == "nsubj"
            and sib.i < subj.i
            and sib.right_edge.i == subj.left_edge.i - 1
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in sib.children)
        ):
            return sib
    return None


def _group_tail(
    ctx: Ctx, leader: Token
) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """Dates and places the parse hung inside the group phrase after its leader ("with a KRG
    delegation headed by Prime Minister Masrour Barzani in Baghdad on Friday")."""
    span = _group_span(leader)
    dates: list[tuple[int, int]] = []
    places: list[tuple[int, int, str]] = []
    if span is None:
        return dates, places
    doc = ctx.doc
    k = leader.i + 1
    while k < len(doc) and doc[k].idx < span[1]:
        d = ctx.date_at(k)
        if d is not None:
            dates.append(d[0])
            k = max(d[1], k + 1)
            continue
        ent = ctx.ent_of.get(k + 1)
        if doc[k].lower_ in ("in", "at") and ent is not None and ent.start == k + 1 and (
            ent.label_ in PLACE_LABELS
        ):
            places.append((ent.start_char, ent.end_char, ent.text))
            k = ent.end
            continue
        k += 1
    return dates, places


def _took_part(ctx: Ctx, noun: Token, lo: int, hi: int) -> list[MeetingParticipant]:
    """The named subjects of "take part in" / "participate in" / "join" a meeting noun ("A and B
    took part in talks in Doha"); one named subject alone is one side and gives nothing here."""
    verb = None
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        head = noun.head.head
        if head.lower_ == "part" and head.head.lemma_.lower() == "take":
            verb = head.head  # "took part in talks" ("in" on "part")
        elif head.lemma_.lower() in ("participate", "engage") or (
            head.lemma_.lower() == "take"
            and any(c.dep_ == "dobj" and c.lower_ == "part" for c in head.children)
        ):
            verb = head  # "participated in talks", "took part in talks" ("in" on "took")
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() == "join":
        verb = noun.head
    if verb is None:
        return []
    subj, _passive = subject_token(verb)
    if subj is None or not lo <= subj.i < hi or subj.i > noun.i:
        return []
    region = scan_region(
        ctx, subj.left_edge.i, min(subj.right_edge.i + 1, verb.i), skip_with=False, subject=True
    )
    out: list[MeetingParticipant] = []
    for c in region.chunks:
        p = participant(ctx, c.tokens, "co_participant", "direct")
        if p is not None and all(fold(p.text) != fold(q.text) for q in out):
            out.append(p)
    return out


def _parties_as_subject(doc: Doc, verb: Token) -> bool:
    """The verb's subject names both sides: coordinated ("A and B spoke by telephone") or a
    group reference ("the two leaders ... spoke by telephone")."""
    subj, _passive = subject_token(verb)
    if subj is None:
        return False
    return _group_reference(doc, subj) or any(c.dep_ == "conj" for c in subj.children)


def _group_reference(doc: Doc, subj: Token) -> bool:
    """A subject that stands for people named before: "they", "the two", "the two ministers",
    "both leaders" (a number word or "both" on a plural noun of people)."""
    phrase = doc[subj.left_edge.i : subj.i + 1].text.lower()
    if phrase in RECIPROCAL_REFS:
        return True
    words = phrase.split()
    return (
        len(words) in (2, 3)
        and subj.tag_ == "NNS"
        and (words[0] == "both" or words[:2] in (["the", "two"], ["the", "three"]))
        and (subj.lemma_.lower() in ROLE_NOUNS | PERSON_NOUNS or _heads_of_state(subj))
    )


def _heads_of_state(noun: Token) -> bool:
    """"heads of state / government"."""
    return noun.lemma_.lower() == "head" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lower_ in ("state", "government") for g in c.children)
        for c in noun.children
    )


def _sentence_candidates(ctx: Ctx, si: int, sent: Span) -> list[RawCandidate]:
    doc = ctx.doc
    out: list[RawCandidate] = []
    sent_lower = sent.text.lower()
    together = any(cue in sent_lower for cue in TOGETHER_CUES)
    absorbed: set[int] = set()  # tokens whose attendees another trigger took
    for tok in sent:
        info = trigger_kind(ctx, tok) if tok.i not in absorbed else None
        if info is None:
            continue
        kind, conf, mode, light = info
        if is_negated(tok, light):
            continue
        if is_habitual(tok, light) or is_acquaintance(tok):
            continue  # "frequently meets with", "over the years"; "met X and got married"
        lo, hi = line_limits(ctx, sent, tok)
        if _direct_question(ctx, tok, lo, hi):
            continue  # "Have the two leaders met before?", "Who will Sudani meet?"
        if light is None and tok.pos_ in ("NOUN", "PROPN") and _venue_of_meeting_verb(ctx, tok):
            continue  # "A and B are likely to meet on the sidelines of the BRICS summit"
        caption = is_caption_line(ctx, tok, lo, hi)
        future = present_for_future(light if light is not None else tok)
        status = "planned" if future or (not caption and is_planned(ctx, tok, light)) else "held"
        if (status == "held" and is_hypothetical(tok, light)) or is_asked_about(tok, light):
            continue  # "if A meets B", "the way for talks", "asked if he planned to visit"
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
        subject_suffix = ""
        poss_group: list[MeetingParticipant] = []
        verb_for_subject = light if light is not None else (None if is_noun else tok)
        if caption:
            start = lo
            region = scan_region(ctx, start, trig_start_tok.i, skip_with=False, subject=True)
            subj_tokens_groups = [c.tokens for c in region.chunks]
            # "Iran's chief of staff meets": take chunks from the line start
        elif verb_for_subject is not None:
            subj, passive = subject_token(verb_for_subject)
            if subj is not None and subj.i < lo:
                subj = _line_start_subject(ctx, lo, trig_start_tok.i)
            leader = _group_leader(subj) if subj is not None else None
            if leader is not None and lo <= leader.left_edge.i and leader.i < hi:
                # "A KRG delegation headed by Qubad Talabani will visit Baghdad": Talabani
                subj_tokens_groups = [list(range(leader.left_edge.i, leader.right_edge.i + 1))]
                subject_suffix = "+led_by"
            elif subj is not None and lo <= subj.i < hi:
                left = subj.left_edge.i if subj.i < trig_start_tok.i else subj.i
                right = (
                    min(subj.right_edge.i + 1, trig_start_tok.i)
                    if subj.i < trig_start_tok.i
                    else subj.i + 1
                )
                if subj.dep_ == "relcl" or subj.i >= trig_start_tok.i:
                    left, right = subj.left_edge.i, subj.i + 1
                sibling = _split_subject(subj)
                if sibling is not None:
                    left = sibling.left_edge.i  # "A and B visited Baghdad", parsed as two nsubj
                cuts = [
                    c.left_edge.i
                    for c in subj.children
                    if c.dep_ in ("relcl", "acl", "advcl") and c.i > subj.i
                ] + _title_appositions(ctx, subj)
                if cuts and subj.i < trig_start_tok.i:
                    right = min(right, max(min(cuts), subj.i + 1))
                left = max(left, lo)
                region = scan_region(ctx, left, max(right, left + 1), skip_with=False, subject=True)
                subj_tokens_groups = [c.tokens for c in region.chunks]
        elif is_noun:
            poss = [c for c in tok.children if c.dep_ == "poss"]
            caller = call_clause_subject(tok) if mode == "phone" and not poss else None
            if caller is not None and caller.i > tok.i and _group_reference(doc, caller):
                # "During a phone call last week, the two leaders decided to meet": the two
                poss_group = reciprocal_group(ctx, si, caller)
            elif caller is not None and caller.i > tok.i:
                # "During a phone call, A and B agreed ...": A and B
                region = scan_region(
                    ctx, caller.left_edge.i, caller.right_edge.i + 1, skip_with=False, subject=True
                )
                subj_tokens_groups = [c.tokens for c in region.chunks]
            elif poss:
                p = poss[0]
                # "his meeting with Y" names his partner; "his visit to Ankara" is left to the
                # visit rules (the owner is often a role phrase the pronoun rule cannot see)
                if p.lower_ == "their":
                    # "A told B during their meeting in Jeddah": the people of the clause; not
                    # "A and B flew back for their emergency meeting" (with whom is not said)
                    if tok.dep_ == "pobj" and tok.head.lower_ in THEIR_MEETING_PREPS:
                        poss_group = reciprocal_group(ctx, si, p)
                elif not (p.lower_ == "his" and kind == "visit"):
                    subj_tokens_groups = [list(range(p.left_edge.i, p.i + 1))]
            else:
                # "<X> in Ankara for talks with ...", "X arrived ... for talks"
                cur = tok
                for _ in range(5):
                    if cur.head.i == cur.i:
                        break
                    prev, cur = cur, cur.head
                    if (
                        cur.dep_ in ("nsubj", "nsubjpass")
                        and prev.dep_ == "prep"
                        and cur.i < prev.i < tok.i
                    ):
                        # "TEHRAN (Tasnim) - Leader ... Ali Khamenei in a meeting with Putin ...
                        # said": the PP hangs on the subject, whose phrase names the person
                        subj_tokens_groups = [list(range(max(lo, cur.left_edge.i), prev.i))]
                        break
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
                            and (
                                cur.lemma_.lower() not in ("say", "tell", "announce")
                                # "X said in a meeting with Y that ...": X's meeting
                                or prev.lower_ in ("in", "during")
                            )
                        ):
                            s, _p = subject_token(cur)
                            if s is not None and s.i < lo:
                                # the parser took the subject from a header line above
                                s = _line_group(doc, lo, tok.i) or _line_start_subject(
                                    ctx, lo, tok.i
                                )
                            leader = _group_leader(s) if s is not None else None
                            if leader is not None and lo <= leader.left_edge.i < tok.i:
                                # "A Hamas delegation headed by X has arrived ... for talks"
                                subj_tokens_groups = [
                                    list(range(leader.left_edge.i, leader.right_edge.i + 1))
                                ]
                                subject_suffix = "+led_by"
                            elif s is not None and lo <= s.i < hi and s.i < tok.i:
                                subj_tokens_groups = _subject_chunks(
                                    ctx, s, max(lo, s.left_edge.i), min(s.right_edge.i + 1, tok.i)
                                )
                        break
                    if cur.pos_ in ("NOUN", "PROPN") and prev.dep_ == "prep" and cur.i < tok.i:
                        # up to the preposition, with an apposition: "Leader of the Islamic
                        # Revolution Ayatollah Ali Khamenei in a meeting with Putin"
                        end = prev.i if prev.i > cur.i else cur.i + 1
                        subj_tokens_groups = [list(range(max(lo, cur.left_edge.i), end))]
                        break
                    if cur.pos_ in ("NOUN", "PROPN"):
                        break

        climbed = is_noun and light is None and not caption
        if kind == "gather":
            # those who gathered are the participants: "the ministers of France and Germany", not
            # "supporters of A and B" (a crowd) or "thousands of protesters"
            subj_tokens_groups = [t for t in subj_tokens_groups if acting_head(ctx, t)]
        for toks in subj_tokens_groups:
            p = participant(
                ctx,
                toks,
                # "Blinken was received by the crown prince": the passive subject is the visitor
                obj_role if passive and kind in ("host", "visit") else subj_role,
                rb_default,
                visitor=(subj_role == "visitor" and is_noun),
            )
            if p is not None and all(fold(p.text) != fold(q.text) for q in subjects):
                subjects.append(p)

        # ---- object side (chunks after the trigger)
        j = tok.i + 1
        if not is_noun:
            while j < hi:
                if (
                    doc[j].dep_ == "prt"
                    or (doc[j].lower_ == "on" and tok.lemma_.lower() == "call")  # "called on X"
                    or doc[j].lower_
                    in ("up", "also", "together", "jointly", "separately", "briefly", "privately")
                ):
                    j += 1
                    continue
                remote = remote_phrase(doc, j, hi)
                if remote is not None:  # "met via video link with X"
                    j, mode = remote
                    continue
                # "met behind closed doors with X", "met face to face with X"
                manner = manner_phrase_end(doc, j, hi)
                if manner is None:
                    break
                j = manner
        if not is_noun and passive and kind in ("host", "visit") and doc[j].lower_ != "by":
            # "X was received upon his arrival in Jeddah on Saturday by Y": the agent after an
            # adjunct; the adjunct's "in <place>" is where the reception took place
            agent = next((c for c in tok.children if c.dep_ == "agent" and j < c.i < hi), None)
            if agent is not None:
                region_places += _places_in(ctx, j, agent.i)
                j = agent.i
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
                # belongs to the object; its owner is read by implicit_counterparts
                markers = ("with", "between")
            k = j
            while k < hi and doc[k].lower_ not in markers and not doc[k].is_punct:
                k += 1
            if k < hi and _marker_of_later_verb(tok, doc[k]):
                k = hi  # "were talking about why they had come to Sanders": not the partner
            if k >= hi or doc[k].lower_ not in markers:
                # no "with": only a counterpart implied by the object or by an offer's addressee
                # ("negotiating Britain's exit", "surprised the Americans with an offer to ...")
                implicit = implicit_counterparts(ctx, tok, lo, hi)
                if not implicit and not (mode != "in_person" and _parties_as_subject(doc, tok)):
                    continue  # but "A and B / the two leaders spoke by telephone" stands
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
            skip = _venue_phrase_end(ctx, tok, j, hi) if kind == "host" and not passive else None
            if skip is not None:
                # "received at the Diwan of the Foreign Ministry on Wednesday Dr X": the guest
                # after a venue that is no place entity (a building, when it names one)
                v0 = j + 2 if doc[j + 1].lower_ == "the" else j + 1
                venue = unlabelled_venue_end(ctx, v0, skip)
                if venue is not None:
                    region_places.append(
                        (doc[v0].idx, doc[venue - 1].idx + len(doc[venue - 1]), doc[v0:venue].text)
                    )
                j = skip
                continue
            if (low in ("in", "at") or (low == "to" and kind == "host")) and j + 1 < hi:
                jj = j + 2 if doc[j + 1].lower_ == "the" else j + 1
                ent = ctx.ent_of.get(jj)
                if ent is not None and ent.label_ in PLACE_LABELS and ent.start == jj:
                    region_places.append((ent.start_char, ent.end_char, ent.text))
                    j = ent.end
                    nxt = ctx.ent_of.get(j + 1) if j + 1 < hi and doc[j].text == "," else None
                    if nxt is not None and nxt.label_ in PLACE_LABELS and nxt.start == j + 1:
                        j = nxt.end  # "in Samarkand, Uzbekistan": the country is no party
                    continue
            if is_noun and remote_phrase(doc, j, hi) is not None:
                # "held talks via video conference with X": a video contact
                j, mode = remote_phrase(doc, j, hi) or (j + 1, mode)
                continue
            if is_noun:
                if low in ("between", "among") and not _own_between(tok, doc[j]):
                    break  # "a call with X on the importance of coordination between A and B"
                if low in ("with", "between", "among"):
                    region = scan_region(ctx, j + 1, hi)
                    role = "object" if low == "with" else "co_participant"
                    if low != "with":
                        symmetric = True
                elif low in ("by", "of") and kind == "visit" and not subjects:
                    region = scan_region(ctx, j + 1, hi)
                    for c in region.chunks:
                        p = participant(ctx, c.tokens, "visitor", rb_default, visitor=True)
                        if p is not None:
                            subjects.append(p)
                    region_dates += region.dates_before + [c.date for c in region.chunks if c.date]
                    region_places += region.places
                    j = region.end
                    continue
                elif (low == "to" or (low == "on" and tok.lemma_ == "call")) and kind == "visit":
                    # "paid a visit to X", "paid a courtesy call on X"
                    region = scan_region(ctx, j + 1, hi)
                    role = "host"
                elif low == "of" and kind == "meet" and not subjects and not objects:
                    # "a summit of the leaders of A, B and C", "a meeting of A and B officials"
                    region = scan_region(ctx, j + 1, hi)
                    region.chunks = [c for c in region.chunks if acting_head(ctx, c.tokens)]
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
                    region = scan_region(ctx, j + 1, hi)
                    role = subj_role if kind != "host" else "host"
                elif low == "to" and kind == "with":
                    region = scan_region(ctx, j + 1, hi)
                    role = obj_role
                elif low == "between" and joint:
                    region = scan_region(ctx, j + 1, hi)
                    role = "co_participant"
                else:
                    region = scan_region(ctx, j, hi)
                    role = obj_role
                obj_region_done = True
            region_dates += region.dates_before
            region_places += region.places
            for c in region.chunks:
                visitor_flag = role == "visitor"
                excl = [s.text for s in subjects]
                p = participant(ctx, c.tokens, role, rb_default, visitor=visitor_flag, exclude=excl)
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

        # ---- "received a delegation led by X", "met with a team headed by X", "held talks with
        # a delegation headed by X": the leader
        leaders = _led_by(tok) if kind in ("meet", "with", "host", "visit") else []
        if leaders and objects:
            # "met with a Hamas delegation headed by X": X, not the names inside the group phrase
            groups = [_group_span(leader) for leader in leaders]
            objects = [
                (p, d)
                for p, d in objects
                if not any(g is not None and g[0] <= p.start_char < g[1] for g in groups)
            ]
        if leaders and not objects:
            for leader in leaders:
                p = participant(
                    ctx,
                    list(range(leader.left_edge.i, leader.right_edge.i + 1)),
                    obj_role,
                    rb_default,
                    visitor=obj_role == "visitor",
                    exclude=[x.text for x in subjects],
                )
                if p is not None:
                    objects.append((p, None))
                    tail_dates, tail_places = _group_tail(ctx, leader)
                    region_dates += tail_dates
                    region_places += tail_places
            if objects:
                meal = any(
                    c.dep_ == "dobj" and c.lemma_.lower() in MEAL_NOUNS for c in tok.children
                )
                rule_suffix_implicit = "+guest" if meal else "+led_by"

        if kind == "with" and not is_noun and not objects and not joint:
            implicit = implicit or implicit_counterparts(ctx, tok, lo, hi)
            excl = {fold(p.text) for p in subjects}
            objects = [(p, None) for p in implicit if fold(p.text) not in excl]
            if objects:
                rule_suffix_implicit = "+" + objects[0][0].resolved_by

        if symmetric and climbed:
            subjects = []  # "talks between A and B": the parties are A and B only
        if len(poss_group) >= 2 and not objects:
            subjects, symmetric = poss_group, True
            subject_suffix += "+their"

        # ---- reciprocal "they met (up)", "the two met": the people named just before
        remote_with = kind == "with" and mode != "in_person"  # "the two spoke by phone"
        if (kind in ("meet", "gather") or remote_with) and not is_noun and not objects and not (
            caption
        ):
            s_tok, _p = subject_token(tok)
            if s_tok is not None and s_tok.i < tok.i and not object_gap(tok):
                # "the voters they met": the noun modified is the one met, "they" no pair
                phrase = doc[s_tok.left_edge.i : s_tok.i + 1].text.lower()
                if phrase in RECIPROCAL_REFS or _group_reference(doc, s_tok):
                    # "they met", "the two met", "the two leaders / heads of state last met"
                    group = reciprocal_group(ctx, si, s_tok)
                    if len(group) >= 2:
                        subjects = group
                        symmetric = True
                        rule_suffix_reciprocal = "+reciprocal"

        # ---- a group subject with a partner: "the two ministers also met with Z" (the people
        # named just before, as for a reciprocal "they met", and Z)
        if (
            kind in ("meet", "with")
            and not is_noun
            and objects
            and not subjects
            and not caption
            and verb_for_subject is not None
        ):
            s_tok, _p = subject_token(verb_for_subject)
            if s_tok is not None and s_tok.i < tok.i and _group_reference(doc, s_tok):
                group = reciprocal_group(ctx, si, s_tok)
                named = {fold(p.text) for p, _d in objects}
                group = [replace(p, role=subj_role) for p in group if fold(p.text) not in named]
                if len(group) >= 2:
                    subjects = group
                    rule_suffix_reciprocal = "+group_subject"

        # ---- borrowed object: "held talks and attended a press conference with X"
        rule_suffix = subject_suffix + rule_suffix_reciprocal + rule_suffix_implicit
        if not objects and light is not None and not symmetric:
            k = tok.i + 1
            seen_verb = False
            while k < hi and doc[k].text not in (".", ";") and k < tok.i + 12:
                if doc[k].pos_ == "VERB":
                    seen_verb = True
                if seen_verb and doc[k].lower_ == "with":
                    region = scan_region(ctx, k + 1, hi)
                    for c in region.chunks:
                        p = participant(
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
        # "talks in Doha that ended on Sunday": a relative clause whose subject is the meeting
        anchors += [
            c
            for c in tok.children
            if c.dep_ == "relcl"
            and c.lemma_.lower() in COURSE_VERBS
            and any(g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in c.children)
        ]
        if is_noun and light is None:
            gov_verb = governing_verb(tok)
            if gov_verb is not None:
                anchors.append(gov_verb)
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in CHAIR_VERBS:
                # "In Riyadh, X co-chaired the meeting": the parse hangs the fronted place on
                # "co", of which "chaired" is a conjunct
                anchors.append(tok.head)
                if tok.head.dep_ == "conj":
                    anchors.append(tok.head.head)
        if not is_noun:
            # "received a delegation led by X in Riyadh on Tuesday": the parse hangs them on "led"
            for leader in _led_by(tok):
                anchors += [leader.head, leader.head.head, leader]
        if not is_noun and purpose_infinitive_head(tok) is not None:
            anchors.append(tok.head)  # "will travel to Washington next week to meet Biden"
        if light is not None and purpose_infinitive_head(light) is not None:
            anchors.append(light.head)  # "is due to travel to Beirut this week to hold talks"
        if not is_noun:
            # "On Wednesday, the secretary is due to meet X": the date hangs on "is"
            cur = tok
            for _ in range(3):
                if cur.dep_ not in ("xcomp", "acomp") or cur.head.i == cur.i:
                    break
                cur = cur.head
                anchors.append(cur)
        if not is_noun:
            # "hosted his Iranian counterpart Brig. | Gen. X in the Turkish capital on Tuesday":
            # the phrases the parser hung on a name it tore from its verb
            anchors += _torn_objects(ctx, tok, [p for p, _d in objects])
        host_verb = relative_clause_host(tok)
        if host_verb is not None:
            anchors.append(host_verb)
        if is_noun and light is None and rescheduled(tok):
            # "a meeting ..., scheduled for Thursday, has been postponed to next week": the new date
            anchors = [a for a in anchors if not (a.dep_ == "acl" and a.head.i == tok.i)]
        att_dates, att_places = attached_dates_places(ctx, anchors)
        if not att_dates and not is_noun and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            # "On Monday he flew to Abu Dhabi and met X": a date before the first verb is shared;
            # after it too when the second verb has no modal of its own ("arrived in Jeddah on
            # Thursday and was greeted by X", not "visited Paris on Monday and will meet X")
            head_dates, _hp = attached_dates_places(ctx, [tok.head])
            modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)
            att_dates = [d for d in head_dates if d[1] <= tok.head.idx or not modal]
        if not att_dates:
            att_dates = _fronted_date(ctx, lo, light if light is not None else tok)
        if not att_dates and (light is not None or not is_noun):
            att_dates = _source_clause_dates(ctx, light if light is not None else tok)
        if not att_places and not is_noun and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            # "visited Baghdad in February and met Sudani": the place the first verb visited
            att_places = _visited_places(ctx, tok.head)
        if host_verb is not None:
            att_places = relative_clause_places(ctx, tok, host_verb) + att_places
        if not att_places:
            att_places = trip_clause_places(ctx, light if light is not None else tok)
        if not att_places and not region_places:
            att_places = _fronted_place(ctx, lo, light if light is not None else tok)
        region_places += att_places

        # ---- who took part: "a meeting involving A and B", "the summit was attended by A and B",
        # "a meeting was convened ... It involved A, B and C"
        if is_noun and kind == "meet" and len(subjects) + len(objects) < 2 and not caption:
            attendees = named_attendees(ctx, si, tok)
            medium = _remote_medium(light) if light is not None else None
            if not attendees and medium is not None:
                # "hosted the virtual summit via video conference, which was attended by A and B"
                attendees = named_attendees(ctx, si, medium)
                if attendees:
                    absorbed.add(medium.i)
            if attendees and light is not None and light.lemma_.lower() == "host":
                attendees = subjects + attendees  # the host attends too
            if len(attendees) >= 2:
                subjects = attendees
                objects = []
                symmetric = True
                rule_suffix += "+attendees"
            else:
                pair = hyphen_pair_parties(ctx, tok)
                if len(pair) >= 2:
                    # "X co-chaired the first India-GCC meeting": X stands for India when the
                    # other side is an organisation; with two countries, whose side X is on is
                    # unknown, so the countries stay the parties
                    person = pair_meeting_person(ctx, tok)
                    if (
                        person is not None
                        and any(p.label in ("ORG", "PERSON") for p in pair)
                        and fold(person.text) not in {fold(p.text) for p in pair}
                    ):
                        pair = [person, *pair]
                    subjects = pair
                    objects = []
                    symmetric = True
                    rule_suffix += "+dashed_pair"

        # ---- "A and B took part in talks": the subjects of a verb of taking part
        if is_noun and kind == "meet" and not objects and not caption:
            takers = _took_part(ctx, tok, lo, hi)
            if len(takers) >= 2:
                subjects = takers
                objects = []
                symmetric = True
                rule_suffix += "+took_part"

        # ---- contextual parties for talks without named parties
        if is_noun and len(subjects) + len(objects) < 2 and kind == "meet":
            subj_text = ""
            if verb_for_subject is not None:
                s_tok, _p = subject_token(verb_for_subject)
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
                parties = context_parties(ctx, si, tok.i)
                if len(parties) >= 2:
                    subjects = parties
                    objects = []
                    symmetric = True
                    rule_suffix = "+context_parties"

        # ---- a visit with a visitor but no destination: nearest "visit/trip to X" before it
        if kind == "visit" and subjects and not objects and not symmetric:
            host = context_destination(ctx, si, tok.i)
            if host is not None:
                objects.append((host, None))
                destination = (host.start_char, host.end_char, host.text)
                rule_suffix = "+context_host"

        # ---- assemble
        subjects = [s for s in subjects if s is not None]
        if is_noun and not subjects and objects and out and doc[tok.i - 1].lower_ == "and":
            # "his meeting earlier today with A and talks on Sunday with B": the same owner
            prev = out[-1]
            if prev.kind == kind and prev.trigger[1] < tok.idx and prev.sent_index == si:
                subjects = [p for p in prev.participants if p.role == "subject"]
        if not subjects and not objects:
            continue
        if not objects and not symmetric and _has_other_party(tok):
            continue  # "A and B could meet its capital needs", "... negotiate with creditors"
        ev_lo = max(sent.start_char, line_bounds(ctx.text, tok.idx)[0])
        ev_hi = min(sent.end_char, line_bounds(ctx.text, tok.idx)[1])
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
        place = _city_over_building(ctx, _outermost(region_places))
        base_rule = ("caption" if caption else "") or (
            "light_verb_noun" if light is not None else ("noun" if is_noun else "verb")
        )
        rule = f"{base_rule}:{tok.lemma_.lower()}" + rule_suffix
        if symmetric:
            subjects = [_with_role(p, "co_participant") for p in subjects]
            objects = [(_with_role(p, "co_participant"), d) for p, d in objects]
        groups: list[tuple[list[MeetingParticipant], tuple[int, int] | None]] = []
        stops: list[tuple[tuple[int, int, str], tuple[int, int] | None]] = []
        one_event = is_noun and tok.lemma_.lower() in JOINT_EVENT_NOUNS
        if objects and not (together or symmetric or joint or one_event) and len(objects) > 1:
            for p, d in objects:
                groups.append((subjects + [p], d))
            if not is_noun and all(d is None for _p, d in objects):
                stops = _itinerary(ctx, tok, hi)
                if len(stops) != len(groups):
                    stops = []
        elif kind == "visit" and is_noun and len(subjects) > 1 and objects and not together:
            for sp in subjects:  # "the visit of Shoigu and Mattis": two visits
                groups.append(([sp] + [p for p, _d in objects], objects[0][1]))
        else:
            parts = subjects + [p for p, _d in objects]
            if not objects and len(subjects) >= 2 and not symmetric:
                parts = [_with_role(p, "co_participant") for p in subjects]
            groups.append((parts, next((d for _p, d in objects if d), None)))
        if not is_noun and not stops:
            groups = _each_occasion(ctx, tok, groups, global_dates)
        for gi, (parts, own_date) in enumerate(groups):
            if stops:
                # "met A and B during his tour, which took him to Riyadh on Sunday and Doha on
                # Monday": A in Riyadh on Sunday, B in Doha on Monday
                place, own_date = stops[gi]
            uniq: list[MeetingParticipant] = []
            for p in parts:
                if all(fold(p.text) != fold(q.text) for q in uniq):
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
                RawCandidate(
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
                    follows_previous=date_span is None and _follows_previous(tok, light),
                )
            )
    out.extend(_ceremony(ctx, si, sent, out))
    return out


# Prepositions that put a clause inside "their meeting" (the people of the clause met).
THEIR_MEETING_PREPS = {"in", "during", "at", "after", "following", "before", "ahead"}


def _marker_of_later_verb(verb: Token, marker: Token) -> bool:
    """The "with"/"to" found after a verb of talking belongs to a later verb of a clause under
    it ("talking about why they had come to Sanders", "spoke about plans to work with X"): the
    name after it is no partner of the talk."""
    head = marker.head
    return head.i != verb.i and head.i > verb.i and head.pos_ in ("VERB", "AUX") and any(
        a.i == verb.i for a in head.ancestors
    )


def _venue_of_meeting_verb(ctx: Ctx, noun: Token) -> bool:
    """A meeting noun with no partner of its own inside a locative phrase of a meeting verb ("are
    likely to meet on the sidelines of the BRICS summit", "met at the summit"): the occasion of
    the verb's meeting, not another meeting of its subjects."""
    if any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in noun.children):
        return False
    cur = noun
    for _ in range(4):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            return False
        cur = cur.head.head
        if cur.pos_ == "VERB":
            return trigger_kind(ctx, cur) is not None
    return False


def _venue_phrase_end(ctx: Ctx, verb: Token, j: int, hi: int) -> int | None:
    """End of "at the <venue> (of the X)" right after a host verb without a direct object, when a
    date or a person follows within eight tokens ("received at the Diwan of the Foreign Ministry
    on Wednesday Dr X"); None otherwise."""
    doc = ctx.doc
    if doc[j].lower_ != "at" or any(c.dep_ == "dobj" for c in verb.children):
        return None
    if ctx.ent_of.get(j + 1) is not None or ctx.ent_of.get(j + 2) is not None:
        return None  # "at the Kremlin", "at Basman Palace": the place rules read it
    for k in range(j + 2, min(hi, j + 9)):
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return None
        ent = ctx.ent_of.get(k)
        person = ent is not None and ent.label_ == "PERSON" and ent.start == k
        if person or (ctx.date_at(k) is not None and doc[k].lower_ == "on"):
            return k
    return None


QUESTION_OPENERS = {
    "have", "has", "had", "will", "would", "did", "do", "does", "is", "are", "was", "were",
    "can", "could", "should", "shall", "who", "whom", "what", "when", "where", "why", "how",
    "which",
}


def _direct_question(ctx: Ctx, tok: Token, lo: int, hi: int) -> bool:
    """A meeting asked about, not reported: a short line that opens with an auxiliary or a
    wh-word and ends with "?" (an explainer's "Have the two leaders met before?", "Who will Sudani
    meet?"); a quoted question is left to the quote rules."""
    doc = ctx.doc
    while lo < tok.i and doc[lo].is_space:
        lo += 1
    k = hi - 1
    while k > tok.i and doc[k].is_space:
        k -= 1
    return (
        k > tok.i
        and doc[k].text == "?"
        and hi - lo <= 30
        and doc[lo].lower_ in QUESTION_OPENERS
        and not any(t.text in QUOTE_MARKS for t in doc[lo:hi])
    )


def _title_appositions(ctx: Ctx, subj: Token) -> list[int]:
    """Where an apposition that gives a named person's offices starts ("His Highness Sheikh
    Mohammed bin Rashid, Vice President and Prime Minister of the UAE and Ruler of Dubai, met X"):
    no party of its own. The person is the subject or in apposition to it."""
    heads = [subj] + [c for c in subj.children if c.dep_ == "appos" and c.i > subj.i]
    out = []
    for head in heads:
        ent = ctx.ent_of.get(head.i)
        if ent is None or ent.label_ != "PERSON":
            continue
        out += [
            c.left_edge.i
            for c in head.children
            if c.dep_ == "appos"
            and c.i > head.i
            and ctx.doc[c.left_edge.i].lower_.rstrip(".") in TITLE_WORDS
            and not any(t.ent_type_ == "PERSON" for t in c.subtree)  # "..., King Abdullah II"
        ]
    return out


def _source_clause_dates(ctx: Ctx, verb: Token) -> list[tuple[int, int]]:
    """"X held a meeting with A and B, on the sidelines of the General Assembly on Friday, the
    ministry said": a date the parse hangs on the verb of saying whose clause the meeting is,
    between the meeting verb and that verb's own subject (not "..., the ministry said on
    Friday")."""
    say = verb.head
    if verb.dep_ != "ccomp" or say.lemma_.lower() not in SPEECH_VERBS:
        return []
    subj = max((c.i for c in say.children if c.dep_ == "nsubj" and c.i > verb.i), default=None)
    if subj is None:
        return []
    lo, hi = verb.idx, ctx.doc[ctx.doc[subj].left_edge.i].idx
    dates, _places = attached_dates_places(ctx, [say])
    return [d for d in dates if lo < d[0] < hi]


def _fronted_date(ctx: Ctx, lo: int, verb: Token) -> list[tuple[int, int]]:
    """A date that opens the line (from token lo) of a main-clause meeting verb and is followed by
    a comma, when the parse hangs it elsewhere ("Earlier on Tuesday, X held talks with Y", parsed
    onto the verb of the paragraph before), or by a dash ("March 10, 2023 — A and B meet in
    Beijing", also with the "meet" the parser read as a noun)."""
    if not (verb.pos_ == "VERB" and verb.dep_ == "ROOT") and not misparsed_meet(ctx, verb):
        return []
    doc = ctx.doc
    k = lo
    while k < verb.i and (doc[k].is_space or doc[k].lower_ in ("earlier", "later", "on")):
        k += 1
    span = ctx.date_start_tok.get(k)
    if span is None:
        return []
    end = _tok_index(ctx, span[1] - 1) + 1
    # "March 10, 2023 — A and B meet in Beijing": a chronology line's date before a dash
    return [span] if end < verb.i and doc[end].text in (",", *DATELINE_MARKS[1:]) else []


def _fronted_place(ctx: Ctx, lo: int, verb: Token) -> list[tuple[int, int, str]]:
    """A place that opens the line before a comma, for a meeting verb of the clause it opens or
    of an adjunct of that clause: "In New York, after meeting with X and other leaders, Clinton
    proposed ..." (the parse hangs "In New York" on the main verb, not on "meeting")."""
    doc = ctx.doc
    k = lo
    while k < verb.i and doc[k].is_space:
        k += 1
    if k + 1 >= verb.i or doc[k].lower_ not in ("in", "at") or doc[k].dep_ != "prep":
        return []
    ent = ctx.ent_of.get(k + 1)
    if ent is None or ent.label_ not in ("GPE", "LOC") or ent.start != k + 1:
        return []
    if ent.end >= verb.i or doc[ent.end].text != ",":
        return []
    clause = doc[k].head
    cur = verb
    for _ in range(4):
        if cur.i == clause.i:
            return [(ent.start_char, ent.end_char, ent.text)]
        if cur.dep_ not in ("pcomp", "advcl", "prep", "xcomp") or cur.head.i == cur.i:
            return []
        cur = cur.head
    return []


def _remote_medium(verb: Token) -> Token | None:
    """The noun of "via / by / over video conference" on a verb: the medium of a meeting, whose
    "which was attended by ..." clause names the meeting's attendees."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("via", "by", "over"):
            for g in prep.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in ("conference", "link", "call"):
                    return g
    return None


def _visited_places(ctx: Ctx, verb: Token) -> list[tuple[int, int, str]]:
    """The place a visit verb takes as its direct object ("visited Baghdad")."""
    if verb.lemma_.lower() != "visit":
        return []
    out = []
    for c in verb.children:
        ent = ctx.ent_of.get(c.i)
        if c.dep_ == "dobj" and ent is not None and ent.label_ in PLACE_LABELS:
            out.append((ent.start_char, ent.end_char, ent.text))
    return out


def _own_between(noun: Token, prep: Token) -> bool:
    """"between" belongs to the meeting noun: attached to it, right after it, or to a date
    right after it ("a meeting later today between A and B")."""
    doc = noun.doc
    return prep.head.i == noun.i or all(
        doc[k].ent_type_ in ("DATE", "TIME") for k in range(noun.i + 1, prep.i)
    )


def _places_in(ctx: Ctx, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The places introduced by "in" between tokens lo and hi."""
    out: list[tuple[int, int, str]] = []
    for j in range(lo, hi - 1):
        ent = ctx.ent_of.get(j + 1)
        if ctx.doc[j].lower_ == "in" and ent is not None and ent.label_ in PLACE_LABELS:
            out.append((ent.start_char, ent.end_char, ent.text))
    return out


def _itinerary(
    ctx: Ctx, verb: Token, hi: int
) -> list[tuple[tuple[int, int, str], tuple[int, int] | None]]:
    """The stops of a tour the meeting verb governs, in order: "during his tour of the Gulf,
    which took him to Riyadh on Sunday and Doha on Monday" -> [(Riyadh, Sunday), (Doha,
    Monday)]. Only a "take <pronoun> to" clause below the verb; each place takes the date after
    it, before the next place."""
    take = next(
        (
            t
            for t in verb.subtree
            if t.lemma_.lower() == "take"
            and any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in t.children)
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children)
        ),
        None,
    )
    if take is None:
        return []
    to = next(c for c in take.children if c.dep_ == "prep" and c.lower_ == "to")
    stops: list[tuple[tuple[int, int, str], tuple[int, int] | None]] = []
    j = to.i + 1
    while j < min(hi, take.right_edge.i + 1):
        d = ctx.date_at(j)
        if d is not None:
            if stops and stops[-1][1] is None:
                stops[-1] = (stops[-1][0], d[0])
            j = d[1]
            continue
        ent = ctx.ent_of.get(j)
        if ent is not None and ent.label_ in PLACE_LABELS and ent.start == j:
            stops.append(((ent.start_char, ent.end_char, ent.text), None))
            j = ent.end
            continue
        j += 1
    return stops


def _line_group(doc: Doc, lo: int, trigger: int) -> Token | None:
    """A group noun with a leader on the trigger's line ("13:05 GMT - Hamas delegation in Cairo /
    A Hamas delegation headed by X has arrived ... for talks", parsed as one sentence)."""
    for t in doc[lo:trigger]:
        leader = _group_leader(t)
        if leader is not None and lo <= leader.left_edge.i < trigger:
            return t
    return None


DATELINE_MARKS = (":", "—", "–", "-")


def _line_start_subject(ctx: Ctx, lo: int, trigger: int) -> Token | None:
    """The subject when the parser took it from a header line above ("DAILY SABAH WITH AA /
    ANKARA / President Erdogan hosted X" reads SABAH as the subject): a name that opens the
    trigger's line, after title words only ("President Recep Tayyip Erdogan")."""
    doc = ctx.doc
    k = lo
    while k < trigger and (doc[k].is_space or doc[k].is_punct):
        k += 1
    while k < trigger:
        ent = ctx.ent_of.get(k)
        if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
            if ent.label_ == "NORP" and ent.end < trigger:
                k = ent.end  # "Saudi Crown Prince X"
                continue
            if ent.label_ == "GPE" and ent.end < trigger and doc[ent.end].text in DATELINE_MARKS:
                k = ent.end + 1  # "New Delhi: Prime Minister X hosted": the dateline is no subject
                continue
            return doc[ent.end - 1] if ent.end <= trigger else None
        if doc[k].pos_ != "PROPN" and doc[k].lower_.rstrip(".") not in TITLE_WORDS:
            return None
        k += 1
    return None


def _outermost(places: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Places without one nested in a longer one: "in Egypt's capital" is Cairo, not Egypt."""
    return [
        p
        for p in places
        if not any(q[0] <= p[0] and p[1] <= q[1] and q[1] - q[0] > p[1] - p[0] for q in places)
    ]


def _city_over_building(
    ctx: Ctx, places: list[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """The first place, except that a building is given by its city when the phrase names both
    ("at the Elysee Palace in Paris", "at the Presidential Complex in Ankara", "at the Turkish
    House in New York", "at the Ittihadiya palace in Cairo" -> Paris, Ankara, New York, Cairo; also
    a location after "the", "at the Kirya military headquarters in Tel Aviv" -> Tel Aviv); a
    building alone stays ("at the Kremlin"), unless another place of the meeting is a city
    ("travelled to Cairo, where Sisi received him at the Ittihadiya palace" -> Cairo)."""
    if not places:
        return None
    first = places[0]
    ent = ctx.ent_of.get(_tok_index(ctx, first[0]))
    doc = ctx.doc
    building = ent is not None and (
        ent.label_ in ("FAC", "ORG")
        or (ent.end < len(doc) and doc[ent.end].lemma_.lower() in BUILDING_NOUNS)
        # "at the Kirya in Tel Aviv": a place the NER calls a location, after "the"
        or (ent.label_ == "LOC" and ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    )
    if ent is None or not building:
        return first
    inner = _city_inside_building(doc, ent)
    if inner is not None:
        return inner
    k = ent.end
    # "at the Kirya military headquarters in Tel Aviv": the nouns of the building's phrase
    while k < min(ent.end + 3, len(doc)) and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and (
        doc[k].ent_type_ == ""
    ):
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ == "in":
        city = ctx.ent_of.get(k + 1)
        if city is not None and city.label_ == "GPE" and city.start == k + 1:
            return city.start_char, city.end_char, city.text
    for other in places[1:]:
        # "travelled to Cairo, where Sisi received him at the Ittihadiya palace": the city the
        # clause names beside the building
        city = ctx.ent_of.get(_tok_index(ctx, other[0]))
        if city is not None and city.label_ == "GPE" and city is not ent:
            return other
    return first


def _city_inside_building(doc: Doc, ent: Span) -> tuple[int, int, str] | None:
    """The city the NER kept inside a building's name: "the Great Hall of the People in
    Beijing" (one FAC) -> Beijing, the proper nouns after its last "in"."""
    ins = [t.i for t in ent if t.lower_ == "in"]
    if not ins or ins[-1] + 1 >= ent.end:
        return None
    rest = doc[ins[-1] + 1 : ent.end]
    if not all(t.pos_ == "PROPN" and t.is_title for t in rest):
        return None
    return rest.start_char, rest.end_char, rest.text


def _dateline_place(ctx: Ctx) -> tuple[int, int, str] | None:
    dl = ctx.dateline
    if dl is None:
        return None
    return (dl[1] if dl[1] is not None else -1, dl[2] if dl[2] is not None else -1, dl[0])


def _building_in_dateline_city(ctx: Ctx, r: RawCandidate) -> bool:
    """A held in-person meeting placed only at a building ("at the PM House", "at Basman Palace":
    a name ending in or followed by a building noun), in a story with a dateline and a recent
    date: the building is in the dateline city (corroborated or not; the story names no other
    city for the meeting)."""
    if (
        r.place is None
        or r.place_source != "explicit"
        or ctx.dateline is None
        or r.status != "held"
        or r.mode != "in_person"
        or not date_is_recent(ctx, r)
    ):
        return False
    ent = ctx.ent_of.get(_tok_index(ctx, r.place[0]))
    if ent is None:
        # a venue the NER left unlabelled ("at the Amiri Diwan", "at the Diwan of the Foreign
        # Ministry"), kept as a place only when it names a building
        return any(fold(w) in BUILDING_NOUNS for w in r.place[2].split())
    if ent.start_char != r.place[0] or is_seat_building(ent):
        return False
    doc = ctx.doc
    # a building by its noun ("PM House", "Basman Palace", "the Marriott hotel"), not any
    # facility ("Camp David" is not in the dateline city)
    after = doc[ent.end].lemma_.lower() if ent.end < len(doc) else ""
    return doc[ent.end - 1].lemma_.lower() in BUILDING_NOUNS or after in BUILDING_NOUNS


EVENT_NOUNS = {"sideline", "margin", "summit", "session", "assembly", "conference", "forum"}


def _at_an_unplaced_event(ctx: Ctx, r: RawCandidate) -> bool:
    """The meeting took place at an event the text names without a place ("on the sidelines of
    the 78th session of the UN General Assembly"): the dateline is then where the reporter
    covers the event, so a plausible place even when the text never names it again."""
    sent = ctx.sents[r.sent_index]
    return any(
        t.lemma_.lower() in EVENT_NOUNS and t.head.lower_ in ("on", "at", "during")
        for t in sent
        if t.i >= _tok_index(ctx, r.trigger[0])
    )


def _tok_index(ctx: Ctx, char: int) -> int:
    tok = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return tok.start if tok is not None else -1


DAY_PARTS = {"morning", "afternoon", "evening", "night"}


def _sidelines_of_the_event(tok: Token) -> bool:
    """"X also met Y on the sidelines of the council meeting": on the sidelines (margins) of an
    event told before ("the" and a common noun, not a named event), so on its day."""
    sent = tok.sent
    for t in sent[max(0, tok.i + 1 - sent.start) :]:
        if t.lemma_.lower() in ("sideline", "margin") and t.head.lower_ in ("on", "at"):
            event = next(
                (g for c in t.children if c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"),
                None,
            )
            return (
                event is not None
                and event.pos_ == "NOUN"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in event.children)
            )
    return False


def _follows_previous(tok: Token, light: Token | None) -> bool:
    """"X later met Y", "afterwards held talks with Y", "Before that, X met Y": a sequence adverb
    or "before / after that" on the trigger; "In the
    evening, X received a call from Y": a part of the day with no day of its own; "on the
    sidelines of the council meeting" (``_sidelines_of_the_event``)."""
    if _sidelines_of_the_event(tok):
        return True
    verbs = [tok] + ([light] if light is not None else [])
    for v in verbs:
        for c in v.children:
            if c.ent_type_ in ("DATE", "TIME"):
                continue
            if c.dep_ == "advmod" and c.lower_ in SEQUENCE_ADVERBS:
                return True
            if c.dep_ == "prep" and c.lower_ in ("before", "after") and any(
                g.dep_ == "pobj" and g.lower_ == "that" for g in c.children
            ):
                return True  # "Before that, X had a bilateral meeting with Y"
            if c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                g.dep_ == "pobj"
                and g.lower_ in DAY_PARTS
                and g.ent_type_ not in ("DATE", "TIME")
                and all(x.dep_ == "det" and x.lower_ == "the" for x in g.children)
                for g in c.children
            ):
                return True
    return False


def _last_names(r: RawCandidate) -> set[str]:
    return {fold(p.text).split()[-1] for p in r.participants if fold(p.text)}


def _plan_told_as_carried_out(ctx: Ctx, r: RawCandidate, raws: list[RawCandidate]) -> bool:
    """"During a call last week, the two leaders decided to meet in person" beside "A and B met
    in Istanbul on Wednesday": a plan made in the past (a past-tense plan verb over the meeting
    verb) is the held meeting of the same people the article reports, not a meeting of its own."""
    if r.status != "planned":
        return False
    tok = ctx.doc[_tok_index(ctx, r.trigger[0])]
    if not (tok.dep_ == "xcomp" and tok.head.tag_ == "VBD"):
        return False
    when = ctx.text[r.date[0] : r.date[1]].lower() if r.date else ""
    if re.search(r"\b(?:next|coming|upcoming|tomorrow|later)\b", when):
        return False  # "agreed to meet again next month": a plan still ahead
    names = _last_names(r)
    return any(
        o.status == "held" and o.mode == "in_person" and _last_names(o) == names
        for o in raws
        if o is not r
    )


def _same_day_as_previous(raws: list[RawCandidate]) -> None:
    """"Sudani later met separately with X": a candidate with a sequence adverb and no date takes
    the date of the last dated held meeting of the two sentences before it that shares a
    participant with it (by last name: "Sudani" is "Mohammed Shia al-Sudani")."""
    for idx, r in enumerate(raws):
        if not r.follows_previous or r.date is not None:
            continue
        names = {fold(p.text).split()[-1] for p in r.participants if fold(p.text)}
        for prev in reversed(raws[:idx]):
            if r.sent_index - prev.sent_index > 2:
                break
            if (
                prev.date is not None
                and prev.status == "held"
                and prev.mode == "in_person"
                and names & {fold(p.text).split()[-1] for p in prev.participants if fold(p.text)}
            ):
                r.date = prev.date
                break


def _subject_chunks(ctx: Ctx, subj: Token, left: int, right: int) -> list[list[int]]:
    """The subject phrase of the verb a meeting noun hangs on, one chunk per coordinated name
    when the subject itself is coordinated: "Baker and Volcker gave these views at talks with X"
    (Baker, Volcker and X), not "an agreement between A and B would pave the way ..."."""
    if not any(c.dep_ == "conj" for c in subj.children):
        return [list(range(left, right))]
    chunks = [c.tokens for c in scan_region(ctx, left, right, skip_with=False, subject=True).chunks]
    return chunks or [list(range(left, right))]


def _has_other_party(verb: Token) -> bool:
    """The verb takes a direct object or a "with" partner that is not a participant ("could meet
    its capital needs", "are negotiating with creditor banks"): the reciprocal "A and B met"
    reading needs a verb without one ("met with each other" is still reciprocal)."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative"):
            return True
        if c.dep_ == "prep" and c.lower_ == "with":
            if any(g.dep_ == "pobj" and g.lower_ not in ("other", "another") for g in c.children):
                return True
    return False


def _with_role(p: MeetingParticipant, role: str) -> MeetingParticipant:
    if p.role == "counterpart_ref":
        return p
    return replace(p, role=role)


def _closest(spans: list[tuple[int, int]], anchor: int) -> tuple[int, int] | None:
    if not spans:
        return None
    return min(spans, key=lambda s: abs(s[0] - anchor))


def _ceremony(ctx: Ctx, si: int, sent: Span, existing: list[RawCandidate]) -> list[RawCandidate]:
    """Two named people as the coordinated subject of a line about a welcoming ceremony."""
    out: list[RawCandidate] = []
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        ls, le = line_bounds(ctx.text, verb.idx)
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
            RawCandidate(
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


def _offices_named_next(ctx: Ctx, r: RawCandidate) -> list[MeetingParticipant]:
    """"The foreign ministers of Iran, Russia and Turkey met in New York on Friday. Hossein
    Amir-Abdollahian, Sergei Lavrov and Hakan Fidan reaffirmed ...": a meeting of countries
    only, whose subject is office holders of them ("the foreign ministers of", "the leaders of"),
    is a meeting of the people the next sentence names as its subject, when it names as many
    people as there are countries (``resolved_by='context'``, confidence 0.7)."""
    countries = [p for p in r.participants if p.label in ("GPE", "NORP")]
    if len(countries) < 2 or len(countries) != len(r.participants):
        return []
    trig = ctx.doc.char_span(r.trigger[0], r.trigger[1], alignment_mode="expand")
    if trig is None or r.sent_index + 1 >= len(ctx.sents):
        return []
    verb = trig.root.head if trig.root.dep_ == "dobj" else trig.root
    office = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS"), None)
    if (
        office is None
        or office.lemma_.lower() not in ROLE_NOUNS
        or not any(c.dep_ == "prep" and c.lower_ == "of" for c in office.children)
    ):
        return []
    following = [x for x in ctx.sents[r.sent_index + 1 : r.sent_index + 3] if x.text.strip()]
    if not following:
        return []
    root = following[0].root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    lo, hi = subj.left_edge.i, subj.right_edge.i + 1
    people = [e for e in ctx.ents if e.label_ == "PERSON" and lo <= e.start and e.end <= hi]
    if len(people) != len(countries):
        return []
    ref = ctx.text[office.left_edge.idx : office.right_edge.idx + len(office.right_edge.text)]
    return [
        MeetingParticipant(
            e.text, e.start_char, e.end_char, "PERSON", "co_participant", "context", 0.7, ref
        )
        for e in people
    ]


def _postprocess(ctx: Ctx, raws: list[RawCandidate]) -> list[RawCandidate]:
    # 1. visits to a place dropped when the same sentence names a person the visitor met
    keep: list[RawCandidate] = []
    for r in raws:
        if r.kind == "visit" and any(
            p.role == "host" and p.label in PLACE_LABELS for p in r.participants
        ):
            visitors = {fold(p.text) for p in r.participants if p.role == "visitor"}
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
                and any(fold(p.text) in visitors for p in o.participants)
                and any(
                    p.label == "PERSON" and fold(p.text) not in visitors for p in o.participants
                )
                for o in raws
            ):
                continue
        keep.append(r)
    raws = keep
    for i, r in enumerate(raws):
        named = _offices_named_next(ctx, r)
        if named:
            raws[i] = replace(r, participants=named, rule=r.rule + "+named_next")
    raws = [r for r in raws if not _plan_told_as_carried_out(ctx, r, raws)]
    # 2. "X later met Y": the day of the meeting before it
    _same_day_as_previous(raws)
    # 3. places
    for idx, r in enumerate(raws):
        if r.place is not None:
            if _building_in_dateline_city(ctx, r):
                # "ISLAMABAD: X called on Y at the PM House on Thursday": the dateline city
                r.place, r.place_source = _dateline_place(ctx), "dateline"
            continue
        sent = ctx.sents[r.sent_index]
        dests = destinations(ctx, sent.start, sent.end)
        if r.destination is not None:
            dest = r.destination
        elif dests:
            dest = dests[0][:3]
        else:
            dest = None
        dl = ctx.dateline
        dateline_ok = (
            dl is not None
            and (dl[3] or _at_an_unplaced_event(ctx, r))
            and r.status == "held"
            and r.mode == "in_person"
            and date_is_recent(ctx, r)
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
        if r.mode == "in_person":  # a call has no place of its own
            for prev in reversed(raws[:idx]):
                if r.sent_index - prev.sent_index > 2:
                    break
                if (
                    prev.place is not None
                    and prev.status == r.status
                    and prev.mode == "in_person"
                    # a plan takes the place of a plan of the same visitor ("will hold talks
                    # with Macron" in Paris, then "will also meet with Bayrou on Monday")
                    and (r.status == "held" or _last_names(r) & _last_names(prev))
                ):
                    r.place, r.place_source = prev.place, "context"
                    break
        if r.place is None and dest is not None:
            r.place, r.place_source = dest, "destination"
    # 4. within-document duplicates (repeated captions and headlines)
    # (the date text too: "met twice, on Monday and Wednesday" is two meetings of one sentence)
    seen: set[tuple[str, str, str, str]] = set()
    out: list[RawCandidate] = []
    for r in raws:
        key = (
            fold(ctx.text[r.evidence[0] : r.evidence[1]]),
            fold(ctx.text[r.trigger[0] : r.trigger[1]]),
            "|".join(sorted(fold(p.text) for p in r.participants)),
            fold(ctx.text[r.date[0] : r.date[1]]) if r.date else "",
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def _anchor_date(ctx: Ctx, before: int, future: bool, reach: int = 2) -> date | None:
    """The date that "a day earlier" counts from: the nearest date expression before it, in its
    sentence or the `reach` before, that resolves to a day ("visited Tunis on Monday. A day
    earlier, she met X" -> that Monday)."""
    sent_i = next((i for i, s in enumerate(ctx.sents) if s.start_char <= before < s.end_char), 0)
    floor = ctx.sents[max(0, sent_i - reach)].start_char
    for s, e in sorted(ctx.date_spans, reverse=True):
        if e > before or s < floor:
            continue
        text = ctx.text[s:e]
        resolved, precision = resolve_relative_date(text, ctx.published_date, future=future)
        if precision == "day" and resolved is not None:
            return resolved
    return None


def _dated_after_publication(
    ctx: Ctx, r: RawCandidate, meeting_date: date | None, precision: str
) -> bool:
    """A meeting noun without a verb of its own ("an April 5 summit meeting between A and B")
    whose stated day comes after publication has not happened yet. A verb's tense decides for
    itself ("met on April 5" stays held)."""
    return (
        r.status == "held"
        and r.rule.startswith("noun:")
        and precision == "day"
        and meeting_date is not None
        and ctx.published_date is not None
        and meeting_date > ctx.published_date
    )


_TIMESTAMP_LINE = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?|GMT|UTC|BST|CET)?[ \t]*(?:[-–—][^\n]*)?$",
    re.IGNORECASE | re.MULTILINE,
)


_IN_THE_DAY = re.compile(r"\b(?:earlier|later)\s+in\s+the\s+day\b", re.IGNORECASE)


def is_live_blog(text: str) -> bool:
    """Two or more lines that open with a time of day ("5:40 pm", "14:20 GMT - Blinken meets
    ...") make a live blog: entries of the page's day."""
    return len(_TIMESTAMP_LINE.findall(text)) >= 2


def _live_blog_today(ctx: Ctx, r: RawCandidate) -> bool:
    """A held meeting in the present tense of a live blog with no date of its own is on the
    page's day ("5:40 pm / Blinken meets with el-Sisi at the Ittihadiya palace in Cairo")."""
    if r.date is not None or r.status != "held" or ctx.published_date is None:
        return False
    trigger = ctx.doc.char_span(r.trigger[0], r.trigger[1], alignment_mode="expand")
    if trigger is None or not any(t.tag_ in ("VBZ", "VBP") for t in trigger):
        return False
    return is_live_blog(ctx.text)


def _on_a_current_visit(ctx: Ctx, r: RawCandidate) -> bool:
    """A held meeting with no date of its own whose participant "is in Russia on a working
    visit" / "is on a visit to" (present tense, a readout's lead): held on the publication day."""
    if r.status != "held" or r.mode != "in_person" or ctx.published_date is None:
        return False
    for p in r.participants:
        ent = ctx.ent_of.get(_tok_index(ctx, p.start_char))
        root = ent.root if ent is not None else None
        for clause in root.children if root is not None else []:
            if (
                clause.dep_ == "relcl"
                and clause.tag_ in ("VBZ", "VBP")
                and any(t.lemma_.lower() == "visit" for t in clause.subtree)
            ):
                return True
    return False


def _finalise(ctx: Ctx, raws: list[RawCandidate]) -> list[MeetingCandidate]:
    out: list[MeetingCandidate] = []
    for r in raws:
        date_text = date_start = date_end = None
        meeting_date: date | None = None
        precision = "unknown"
        if _live_blog_today(ctx, r) or (r.date is None and _on_a_current_visit(ctx, r)):
            meeting_date, precision = ctx.published_date, "day"
        if r.date is not None:
            date_start, date_end = r.date
            date_text = ctx.text[date_start:date_end]
            meeting_date, precision = resolve_relative_date(
                date_text, ctx.published_date, future=(r.status == "planned")
            )
            if precision == "day" and _IN_THE_DAY.search(date_text):
                # "Later in the day, Dar called on Y" after "held talks ... on Saturday": that
                # Saturday; with no day before it, the publication day
                meeting_date = _anchor_date(ctx, date_start, r.status == "planned") or meeting_date
            if precision != "day":
                meeting_date = None
                offset = offset_days(date_text)
                anchor = (
                    # "On the same day, Y met X" after a readout's quotes: reaches further back
                    _anchor_date(ctx, date_start, r.status == "planned", 5 if offset == 0 else 2)
                    if offset is not None
                    else None
                )
                if offset is not None and anchor is not None:
                    meeting_date, precision = anchor + timedelta(days=offset), "day"
        status = r.status
        if (
            status == "planned"
            and meeting_date is not None
            and ctx.published_date is not None
            and meeting_date < ctx.published_date
        ):
            # a stated day before publication is past whatever the cue ("the rate peaked ahead
            # of the meeting of finance ministers on February 22", published in March)
            status = "held"
        elif _dated_after_publication(ctx, r, meeting_date, precision):
            status = "planned"  # "an April-5-6 summit meeting in Ottawa", published in March
        place_text = place_start = place_end = None
        if r.place is not None:
            ps, pe, pt = r.place
            place_text = pt
            if ps >= 0 and ctx.text[ps:pe] == pt:
                place_start, place_end = ps, pe
        conf = r.confidence
        if r.place_source == "context":
            conf -= 0.05
        month, day, weekday = date_parts(date_text, ctx.published_date)
        out.append(
            MeetingCandidate(
                candidate_index=len(out),
                sentence_index=r.sent_index,
                evidence_start=r.evidence[0],
                evidence_end=r.evidence[1],
                trigger_text=ctx.text[r.trigger[0] : r.trigger[1]],
                trigger_start=r.trigger[0],
                trigger_end=r.trigger[1],
                status=status,
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
