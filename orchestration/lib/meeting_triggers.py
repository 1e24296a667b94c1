"""Trigger classification (``trigger_kind``: what is a meeting, and in which mode), status
(``is_planned``, ``is_negated``), caption lines, and the clause helpers and negotiation rules that
reading the participants of a trigger needs (``subject_token``, ``implicit_counterparts``).

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
      guard of honor" alone (for the one exception see ``meetings._ceremony``).
    * Negated or cancelled forms ("did not meet", "refused to meet") are dropped.

Captions and counterparts
    * Captions and headlines: a present-tense trigger alone on a short line ("X meets with Y in Z")
      is read from that line only (``rule='caption'``, ``resolved_by='caption'``); identical caption
      lines repeated in a page give one candidate.
    * "negotiate" without "with": the owner of what is negotiated ("negotiating Britain's exit")
      or the addressee of an offer to negotiate is the counterpart (``implicit_counterparts``).

Status
    'planned' when the trigger or its governing verb carries a modal (will, would, could ...),
    is the xcomp of a planning verb (scheduled/planned/expected/agreed/due to meet, "is to meet"),
    or the noun has a planning modifier (planned, scheduled, upcoming ...), or sits under
    "ahead of"; otherwise 'held'.  A held reading in an "if" clause or under "the way for"
    (``is_hypothetical``) and any meeting in an indirect question (``is_asked_about``) give no
    candidate.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from orchestration.lib.meeting_context import REL_WORDS, Ctx, MeetingParticipant, line_bounds
from orchestration.lib.meeting_lexicon import (
    ASK_VERBS,
    BETWEEN_VERBS,
    CANCEL_PHRASAL,
    CANCEL_VERBS,
    CONDITIONAL_MARKS,
    CONTEST_NOUNS,
    CROWD_NOUNS,
    FREE_RELATIVES,
    GATHERING_VERBS,
    GERUND_ADJUNCT_PREPS,
    GUEST_NOUNS,
    HABIT_ADJECTIVES,
    HABIT_ADVERBS,
    HABIT_SPANS,
    INTENT_NOUNS,
    LIFE_EVENT_VERBS,
    LIGHT_VERBS,
    MEAL_NOUNS,
    MEETING_NOUNS,
    MEETING_VERBS,
    MET_TARGET_NOUNS,
    MODALS,
    NEEDS_COMPLEMENT,
    NOT_MEETING_COMPOUNDS,
    OBJECT_CONTROL_VERBS,
    PERSON_NOUNS,
    PHONE_WORDS,
    PLAN_VERBS,
    PLANNED_ADJ,
    PLANNED_STATES,
    PREVENT_VERBS,
    PROSPECT_NOUNS,
    REJECT_VERBS,
    RESCHEDULE_VERBS,
    STAY_UNITS,
    VIDEO_WORDS,
    VIEW_NOUNS,
    WELCOME_VERBS,
)
from orchestration.lib.meeting_participants import ACTOR_LABELS, OWNER_DEPS, participant

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


def subject_token(verb: Token) -> tuple[Token | None, bool]:
    """(subject token, passive?) climbing through xcomp/conj/relcl.  The voice is the trigger's
    own: "X is set to visit Y" is active (X visits), "arrived ... and was greeted by Y" passive."""
    cur = verb
    # an agent marks the passive too when the auxiliary was left out ("Safadi, received at the
    # palace by King Abdullah, said ...")
    passive = any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children)
    for _ in range(4):
        subjects = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subjects:
            # Two subjects are a misparse of a dateline ("BAGHDAD (AP) - Pope Francis met ..."
            # reads BAGHDAD as a subject too): the one nearest before the verb is the subject.
            before = [c for c in subjects if c.i < cur.i]
            child = before[-1] if before else subjects[0]
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
        controller = _object_controller(cur)
        if controller is not None:
            return controller, passive  # "Ryan invited Trump to meet with ...": Trump meets
        if cur.dep_ in ("xcomp", "conj", "advcl", "acomp") and cur.head.i != cur.i:
            cur = cur.head
            continue
        look = _looks_forward(cur)
        if look is not None:
            cur = look  # "The Secretary looks forward to meeting King Abdullah II"
            continue
        if _adjective_complement(cur):
            cur = cur.head.head  # "he would be open to negotiating with ...": open -> be -> he
            continue
        gov = _verb_adjunct_gerund(cur)
        if gov is not None:
            cur = gov  # "X played hardball in negotiating ...": negotiating -> played
            continue
        if _appositive_host(cur):
            return cur.head, False
        break
    return None, False


def _object_controller(verb: Token) -> Token | None:
    """The object of a verb of object control that the infinitive completes: "Ryan invited
    Trump to meet with the leadership", "Clinton dispatched two aides to meet with doctors". The
    one invited or sent meets, not the one who invites (object control)."""
    if verb.dep_ not in ("xcomp", "advcl") or not _infinitive(verb):
        return None
    gov = verb.head
    if gov.i == verb.i or gov.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return None
    return next((c for c in gov.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _appositive_host(verb: Token) -> bool:
    """A host verb the parser hung on the name before it as a reduced relative: "Sayyid Badr,
    Foreign Minister, received at the Diwan ... on Wednesday Dr X" (a press-agency lede; the
    name is the subject). With an agent ("the minister, received at the palace by the King")
    it is a real passive and stays one."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.lemma_.lower() in WELCOME_VERBS
            and verb.head.i < verb.i and verb.head.ent_type_ in ("PERSON", "ORG")
            and not any(c.dep_ == "agent" or c.lower_ == "by" for c in verb.children))


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


def _looks_forward(verb: Token) -> Token | None:
    """"X looks forward to meeting Y" (readout English for a plan): the verb "look"."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "to" or verb.head.dep_ != "prep":
        return None
    look = verb.head.head
    if look.lemma_.lower() == "look" and any(
        c.dep_ in ("advmod", "prt") and c.lower_ == "forward" for c in look.children
    ):
        return look
    return None


def _owner_entity(ctx: Ctx, noun: Token, allow_self: bool) -> Span | None:
    """The actor that owns a noun: its possessor or a name modifying it ("Britain's exit", "the
    U.S. arsenal", "the Iranian programme"); with ``allow_self`` the noun itself when it is an
    organisation ("a loan from the IMF")."""
    if allow_self:
        ent = ctx.ent_of.get(noun.i)
        if ent is not None and ent.label_ == "ORG":
            return ent
    own = ctx.ent_of.get(noun.i)
    for child in noun.children:
        if child.dep_ in OWNER_DEPS:
            ent = ctx.ent_of.get(child.i)
            # a name's own words are not its owner: "negotiating <IML Air Services Group Ltd>"
            # (what is negotiated, e.g. a stake in it), not a party to the negotiation
            if ent is not None and ent.label_ in ACTOR_LABELS and ent != own:
                return ent
    return None


def implicit_counterparts(ctx: Ctx, verb: Token, lo: int, hi: int) -> list[MeetingParticipant]:
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
            if ent is not None and ent.label_ in ACTOR_LABELS:
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
        p = participant(ctx, list(range(ent.start, ent.end)), "object", how)
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
    """The verb a meeting noun is the purpose of: "travel to Beijing for talks" -> travel; also
    the trip a visit is made on: "will travel to Ankara on a three-day visit" -> travel."""
    if noun.dep_ != "pobj" or noun.head.head.pos_ != "VERB":
        return None
    if noun.head.lower_ == "for" or (noun.head.lower_ == "on" and noun.lemma_ == "visit"):
        return noun.head.head
    return None


def purpose_infinitive_head(verb: Token) -> Token | None:
    """The verb a "to"-infinitive of purpose hangs on: "will travel to Washington next week to
    meet Biden" -> travel (the meeting takes its modality, date and place)."""
    if (
        verb.dep_ == "advcl"
        and verb.pos_ in ("VERB", "AUX")
        and verb.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return verb.head
    return None


def governing_verb(noun: Token) -> Token | None:
    """The verb whose time and place are the meeting noun's: the verb it is the subject of ("the
    talks resumed ...", "the summit will take place ...") or the purpose of; never a verb of
    saying ("the talks were useful, officials said")."""
    verb = _purpose_verb(noun)
    if verb is None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
        verb = noun.head
    if verb is None and _planned_copula(noun) is not None:
        verb = noun.head  # "a meeting between A and B is likely next week"
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


def _planned_copula(noun: Token) -> Token | None:
    """The adjective of "<meeting> is likely / expected / possible" (`PLANNED_ADJ`), or the
    preposition of "<meeting> is under consideration / on the agenda" (`PLANNED_STATES`), on a
    copula whose subject is the meeting noun."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return None
    for child in noun.head.children:
        if child.dep_ == "acomp" and child.lower_ in PLANNED_ADJ:
            return child
        if child.dep_ == "prep" and any(
            (child.lower_, obj.lemma_.lower()) in PLANNED_STATES
            for obj in child.children if obj.dep_ == "pobj"
        ):
            return child
    return None


# Conjunctions of a clause about a later event, whose present tense is the future: "after the
# president meets with X next week", "before he visits Cairo".
FUTURE_CLAUSE_MARKS = {"after", "before", "when", "once", "until", "till"}
FUTURE_WORDS = {"next", "tomorrow", "coming", "upcoming"}


def present_for_future(verb: Token) -> bool:
    """A present-tense meeting verb about a later event: in a clause of "after / before / when /
    once / until" ("will decide after the president meets with X"), or with "next week",
    "tomorrow" on it ("Erdogan meets Putin in Sochi next week")."""
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ == "mark" and c.lower_ in FUTURE_CLAUSE_MARKS for c in verb.children):
        return True
    for c in verb.children:
        if c.dep_ in ("npadvmod", "advmod") and (
            c.lower_ in FUTURE_WORDS or any(g.lower_ in FUTURE_WORDS for g in c.children)
        ):
            return True
    return False


def is_planned(ctx: Ctx, trigger: Token, light: Token | None) -> bool:
    if present_for_future(light if light is not None else trigger):
        return True  # "after the president meets with X next week"
    if light is None and _planned_copula(trigger) is not None:
        return True  # "a meeting between A and B is likely next week"
    if light is None and rescheduled(trigger):
        return True  # "a meeting ... has been postponed to next week"
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
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in PREVENT_VERBS:
        return True  # "to block Trump's visit to Israel": not yet held
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
            if _is_plan_verb(cur):
                return True  # "X is expected here on Friday for talks with Y", "scheduled for"
        else:
            return False
    for _ in range(6):
        for child in cur.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS:
                return True
        if _looks_forward(cur) is not None:
            return True  # "looks forward to meeting X": a plan
        if _intent_noun(cur) is not None:
            return True  # "an offer to negotiate with ...", "Chile's proposal to meet ..."
        if cur.dep_ == "xcomp":
            head = cur.head
            if _is_plan_verb(head) or head.lemma_ == "be" or head.pos_ == "ADJ":
                return True
            cur = head
            continue
        if cur.dep_ == "ccomp" and _is_plan_verb(cur.head) and _infinitive(cur):
            return True  # "he expected Xi to pay a state visit to Moscow" (object + infinitive)
        if cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = cur.head
            continue
        if purpose_infinitive_head(cur) is not None:
            cur = cur.head  # "is expected to travel to Washington next week to meet Biden"
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


def _infinitive(verb: Token) -> bool:
    """A "to"-infinitive: the verb has the particle "to" as its auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _is_plan_verb(tok: Token) -> bool:
    """A verb of planning or intent by its lemma, or by its form when the lemmatiser misreads it
    ("hopes" -> "hop"): hope, want, wish, seek, aim, intend, plan, expect ... to meet."""
    if tok.lemma_.lower() in PLAN_VERBS:
        return True
    low = tok.lower_
    stems = {low[:-1], low[:-2], low[:-3]} if low.endswith(("s", "d", "ing")) else set()
    return bool(stems & PLAN_VERBS) or any(s + "e" in PLAN_VERBS for s in stems)


def is_hypothetical(trigger: Token, light: Token | None) -> bool:
    """A meeting that is only a condition or a prospect: in an "if"/"unless" clause ("if the
    proposed meeting took place", "if A meets B next week") or under "the way / the prospect / the
    door for" ("would open the way for summit talks between A and B"). Nothing says it happened;
    the caller keeps it only when a planning cue makes it `planned`."""
    noun = trigger.head if trigger.dep_ == "conj" and trigger.pos_ in ("NOUN", "PROPN") else trigger
    if (
        noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("for", "to", "of", "toward", "towards")
        and noun.head.head.lemma_.lower() in PROSPECT_NOUNS
    ):
        return True
    if _any_counterpart(noun):
        return True
    return any(
        c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS
        for v in _trigger_clauses(trigger, light)
        for c in v.children
    )


def _habit_time(verb: Token) -> bool:
    """A stretch the meetings recur over or a recurring day on the verb: "have met over the
    years", "have talked with him for the last five years", "meet every Friday"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("over", "for"):
            if any(
                o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in HABIT_SPANS
                for o in c.children
            ):
                return True
        if c.dep_ in ("npadvmod", "advmod", "dobj") and any(
            d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.children
        ):
            return True
    return False


def _free_relative(verb: Token) -> bool:
    """The verb's clause is a free relative of place or time: "everywhere he visits",
    "whenever they meet" (the parser may hang the clause anywhere; the word before its subject
    says it)."""
    if any(c.dep_ in ("advmod", "mark") and c.lower_ in FREE_RELATIVES for c in verb.children):
        return True
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > verb.i or subj.left_edge.i == 0:
        return False
    return verb.doc[subj.left_edge.i - 1].lower_ in FREE_RELATIVES


def is_habitual(trigger: Token, light: Token | None) -> bool:
    """A habit, not one meeting: an adverb of frequency on the meeting verb ("frequently meets
    with", "often meet together", "have regularly talked with him"), a stretch the meetings recur
    over ("have met over the years"), a recurring day ("every Friday"), a free relative ("everywhere
    he visits") or a frequency adjective on a plural meeting noun ("his frequent visits"). No
    date or place belongs to such a report, and no one meeting is told."""
    verbs = [v for v in (light, trigger) if v is not None and v.pos_ in ("VERB", "AUX")]
    for v in verbs:
        if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in v.children):
            return True
        if _habit_time(v) or _free_relative(v):
            return True
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.tag_ in ("NNS", "NNPS"):
        return any(
            c.dep_ == "amod" and c.lower_ in HABIT_ADJECTIVES for c in trigger.children
        )
    return False


def is_acquaintance(trigger: Token) -> bool:
    """A "met" told with a life event is how two people came to know each other, not a meeting:
    "before she met X and got married", "met X in college and married him", "met in 1998 and
    fell in love" (the verbs coordinated with it)."""
    if trigger.lemma_.lower() != "meet" or trigger.pos_ not in ("VERB", "AUX"):
        return False
    linked = [c for c in trigger.children if c.dep_ == "conj"]
    if trigger.dep_ == "conj":
        linked.append(trigger.head)
    return any(v.lemma_.lower() in LIFE_EVENT_VERBS for v in linked)


def object_gap(verb: Token) -> bool:
    """The meeting verb is a relative clause with its own subject and no object: the noun it
    modifies is the one met ("the voters they met"), so "they" is no reciprocal pair."""
    if verb.dep_ != "relcl" or verb.head.i == verb.i:
        return False
    own_subject = any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in REL_WORDS for c in verb.children
    )
    has_object = any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("with", "between"))
        for c in verb.children
    )
    return own_subject and not has_object


# "how X would negotiate with Y": the manner of a meeting nobody says will happen
HOW_MODALS = frozenset({"would", "could", "might", "should", "can", "will"})
DOUBT_VERBS = frozenset({"question", "doubt", "wonder", "challenge", "mock", "ridicule"})


def _how_would(verb: Token) -> bool:
    children = list(verb.children)
    return any(c.dep_ == "advmod" and c.lower_ == "how" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in HOW_MODALS for c in children)


def _any_counterpart(trigger: Token) -> bool:
    """"meeting with any and every group that would have him": nobody in particular was met."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]
    return any(
        d.dep_ in ("det", "nummod", "amod", "conj") and d.lower_ == "any" and d.i < obj.i
        for obj in objects for d in obj.subtree
    )


def is_asked_about(trigger: Token, light: Token | None) -> bool:
    """A meeting in an indirect question: "asked if he planned to visit the U.S.", "wondered
    whether A would meet B". Nothing says it will happen, planned or not."""
    for v in _trigger_clauses(trigger, light):
        if _how_would(v) and v.dep_ in ("ccomp", "xcomp") and (
                v.head.lemma_.lower() in ASK_VERBS | DOUBT_VERBS):
            return True  # "questioned how Clinton would negotiate with Putin"
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in v.children):
            return v.head.lemma_.lower() in ASK_VERBS or v.head.lower_ in ASK_VERBS
    return False


def _trigger_clauses(trigger: Token, light: Token | None) -> list[Token]:
    """The verb of the trigger's clause (and the verb it completes: "planned to visit")."""
    noun = trigger.head if trigger.dep_ == "conj" and trigger.pos_ in ("NOUN", "PROPN") else trigger
    if light is not None:
        clause = light
    elif trigger.pos_ in ("VERB", "AUX"):
        clause = trigger
    elif noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
        clause = noun.head
    else:
        return []
    chain = [clause]
    if clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        chain.append(clause.head)
    return chain


def _cancelling_verb(noun: Token) -> Token | None:
    """The verb of cancelling that takes a meeting noun as its object or passive subject: "the
    talks were called off", "Erdogan cancelled his visit", "a planned visit ... was postponed",
    also through a misparsed "planned": "Talks between A and B planned for Sunday were
    cancelled" ("Talks" the subject of "planned", itself the subject of "cancelled")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    cur = noun
    if cur.dep_ == "conj":
        cur = cur.head
    if (
        cur.dep_ == "nsubj"
        and cur.head.lemma_.lower() in ("plan", "schedule", "set", "expect")
        and cur.head.dep_ in ("nsubjpass", "dobj")
    ):
        cur = cur.head
    if cur.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = cur.head
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if lemma in CANCEL_VERBS or any((lemma, prt) in CANCEL_PHRASAL for prt in particles):
        return verb
    return None


def rescheduled(noun: Token) -> bool:
    """A meeting postponed to a stated time is still planned, for that time: "A meeting between
    A and B, scheduled for Thursday, has been postponed to next week" (the new date hangs on
    "postponed"). Postponed with no new date, or cancelled, it is no meeting."""
    verb = _cancelling_verb(noun)
    if verb is None or verb.lemma_.lower() not in RESCHEDULE_VERBS:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("to", "until", "till")
        and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)
        for c in verb.children
    )


def _called_off(noun: Token) -> bool:
    return _cancelling_verb(noun) is not None and not rescheduled(noun)


def is_negated(trigger: Token, light: Token | None) -> bool:
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
        if _called_off(tok):
            return True
        cur = tok
        for _ in range(3):
            if cur.head.i == cur.i:
                break
            if cur.dep_ == "xcomp" and any(c.dep_ == "neg" for c in cur.head.children):
                return True  # "is not expected to meet X", "did not want to visit"
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


def trigger_kind(ctx: Ctx, tok: Token) -> tuple[str, float, str, Token | None] | None:
    """(kind, confidence, mode, light verb) when tok triggers a meeting."""
    lemma = tok.lemma_.lower()
    low = tok.lower_
    children = list(tok.children)
    child_lows = {c.lower_ for c in children if c.dep_ in ("compound", "amod", "nmod")}
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lemma == "meet"):
        for remote, words in (("phone", PHONE_WORDS), ("video", VIDEO_WORDS)):
            if lemma in ("speak", "talk") and any(
                c.dep_ in ("prep", "agent")
                and c.lower_ in ("by", "over", "on", "via")
                and any(g.lower_ in words for g in c.subtree)
                for c in children
            ):
                return "with", 0.8, remote, None  # "spoke by phone / by video link with X"
        if lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in children):
            return "with", 0.85, "in_person", None  # "sat down with X"
        if lemma == "come" and any(
            c.dep_ in ("advmod", "prt") and c.lower_ == "together" for c in children
        ):
            return "with", 0.8, "in_person", None  # "came together with X" (Turkish press)
        if lemma in ("phone", "telephone"):
            return "meet", 0.8, "phone", None
        if lemma == "exchange" and _views_with(tok):
            # "exchanged views with X" (agency English for talks), "... with X by phone"
            remote = next(
                (
                    mode
                    for mode, words in (("phone", PHONE_WORDS), ("video", VIDEO_WORDS))
                    if any(g.lower_ in words for c in children if c.dep_ == "prep"
                           for g in c.subtree)
                ),
                "in_person",
            )
            return "with", 0.7, remote, None
        if lemma == "call" and calls_on_person(ctx, tok):
            return "visit", 0.8, "in_person", None  # "X called on Prime Minister Y"
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
            if lemma == "meet" and _meets_a_target(tok):
                return None  # "could meet its net capital needs", "the deadline was met"
            if lemma == "meet" and _meets_in_a_contest(tok):
                return None  # "meet for the first of three debates", "will meet in the final"
            if kind in ("host", "meet") and _greets_a_crowd(tok):
                # "will be greeted by thousands of Germans protesting", "I met a lot of Bernie
                # supporters" (round 9: a crowd met is nobody met)
                return None
            if kind == "host" and _inanimate_passive_subject(ctx, tok):
                return None  # "a proposal ... was warmly received by Democrats"
            if kind == "host" and _inanimate_object(ctx, tok):
                return None  # "received a letter from X", "welcomed the trading profits"
            return kind, conf, _received_call_mode(tok), None
        return None
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if misparsed_meet(ctx, tok):
        return "meet", 0.7, "in_person", None
    if lemma == "talk" and low != "talks":
        return None
    # "held a video conference with X": read like "videoconference", light verb and all
    video_conference = lemma == "conference" and bool(child_lows & VIDEO_WORDS)
    if lemma not in MEETING_NOUNS and low not in ("talks", "videoconference") and not (
        video_conference
    ):
        return None
    kind, conf = MEETING_NOUNS.get(lemma, ("video", 0.7) if video_conference else ("meet", 0.8))
    if lemma == "call" and "courtesy" in child_lows:
        kind, conf = "visit", 0.8  # "paid a courtesy call on X": a visit, not a phone call
    if child_lows & NOT_MEETING_COMPOUNDS and not (kind == "visit" and child_lows <= {"state"}):
        return None  # "press conference", but "a state visit" is a visit
    if kind == "visit" and _is_long_stay(tok):
        return None
    mode = "in_person"
    if child_lows & VIDEO_WORDS or kind == "video":
        mode = "video"
    elif child_lows & PHONE_WORDS or kind == "phone":
        mode = "phone"
        if not (child_lows & PHONE_WORDS) and lemma in ("call", "conversation"):
            window = ctx.doc[max(0, tok.i - 3) : tok.i + 4].text.lower()
            if not any(w in window for w in PHONE_WORDS) and not _held_call_with(tok):
                return None
    light = tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS else None
    if light is None and tok.dep_ == "conj" and tok.head.dep_ == "dobj":
        head = tok.head.head
        if head.lemma_.lower() in LIGHT_VERBS:
            light = head
    if light is None:
        light = _misparsed_light_verb(tok) or _round_of_talks(tok)
    if (
        (lemma in NEEDS_COMPLEMENT or video_conference)
        and light is None
        and not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in children)
        and not _call_during_clause(tok, child_lows)
    ):
        nxt = ctx.doc[tok.i + 1].lower_ if tok.i + 1 < len(ctx.doc) else ""
        if nxt not in ("with", "between", "among"):
            return None
    if kind == "phone":
        kind = "meet"
    return kind, conf, mode, light


def _call_during_clause(noun: Token, child_lows: set[str]) -> bool:
    """"During a phone call last week, the two leaders decided ...": a call the clause's
    subject made (its parties are read from that subject)."""
    return (
        noun.lemma_.lower() in ("call", "conversation")
        and bool(child_lows & PHONE_WORDS)
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "during"
        and noun.head.head.pos_ in ("VERB", "AUX")
    )


def call_clause_subject(noun: Token) -> Token | None:
    """The subject of the clause a "during a phone call" phrase hangs on."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "during":
        return None
    subj, _passive = subject_token(noun.head.head)
    return subj


def _round_of_talks(noun: Token) -> Token | None:
    """The light verb of "held a (first) round of talks": the verb whose object is "round"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return None
    unit = prep.head
    if unit.lemma_.lower() not in ("round", "series", "session") or unit.dep_ != "dobj":
        return None
    return unit.head if unit.head.lemma_.lower() in LIGHT_VERBS else None


def _misparsed_light_verb(noun: Token) -> Token | None:
    """A past-tense light verb the parser hung on the noun as a modifier, with its own subject:
    "Sisi held talks with Erdogan ..., and the two leaders signed ..." parsed as "[Sisi held]
    talks" (amod), the noun being the subject of "signed"."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "amod"
            and c.i < noun.i
            and c.tag_ == "VBD"
            and c.lemma_.lower() in LIGHT_VERBS
            and any(g.dep_ == "nsubj" for g in c.children)
        ),
        None,
    )


def _views_with(verb: Token) -> bool:
    """"exchanged views with X": "exchange" with "views" (opinions, ideas) and a "with" partner,
    on the verb or on the noun."""
    views = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in VIEW_NOUNS]
    return bool(views) and any(
        c.dep_ == "prep" and c.lower_ == "with" for t in (verb, *views) for c in t.children
    )


def calls_on_person(ctx: Ctx, verb: Token) -> bool:
    """"X called on Prime Minister Y" (South Asian and Gulf English for a courtesy visit): "call"
    with "on" and a PERSON, and no infinitive ("called on Y to resign" is a demand)."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    if any(c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
           for c in verb.children):
        return False  # "called on X months ago to quit the race": a demand
    if any(g.dep_ == "appos" and g.lemma_.lower() in FIRM_NOUNS
           for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
           for h in c.children for g in h.children):
        return False  # "called on Akin Gump, an international law firm": hired it
    for c in verb.children:
        # "on" after the verb: not "On Twitter, X called Y unhinged"
        if c.dep_ in ("prep", "prt") and c.lower_ == "on" and c.i > verb.i:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None:  # "called on Prime Minister Y" parsed "on" + object Y
                obj = next((g for g in verb.children if g.dep_ == "dobj"), None)
            # "called on Crown Prince and Prime Minister Y": the name in a conjunct of the title
            for t in [obj, *obj.conjuncts] if obj is not None else []:
                ent = ctx.ent_of.get(t.i)
                if ent is not None and ent.label_ == "PERSON":
                    nxt = ctx.doc[t.i + 1] if t.i + 1 < len(ctx.doc) else None
                    return nxt is None or nxt.lower_ != "to"
    return False


def _held_call_with(noun: Token) -> bool:
    """"held / had a call with X" (a readout's phone contact): "call" as the object of "hold" or
    "have" with a "with" partner; not "a call for calm" nor "called on X to ..."."""
    return (
        noun.lemma_.lower() == "call"
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in ("hold", "have")
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    )


def _is_or_counts(noun: Token, words: set[str]) -> bool:
    """The noun, or the noun after its "of", is one of `words` (by lemma or form): "debates" in
    "the first of three debates", "protesters" in "thousands of protesters"."""
    nouns = [noun, *(g for p in noun.children if p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj")]
    return any(n.lemma_.lower() in words or n.lower_ in words for n in nouns)


def _meets_in_a_contest(verb: Token) -> bool:
    """"meet" for or in a contest: "meet for the first of three presidential debates", "met her
    opponents ... in her Senate races", "will meet in the final". Opponents in a debate, a race
    or a match are not an encounter of two parties (debates stay out of meetings); "met at the
    final" keeps the contest as a venue."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "in"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if _is_or_counts(obj, CONTEST_NOUNS):
                return True
    return False


def _meets_a_target(verb: Token) -> bool:
    """"meet" whose direct object (or passive subject) is a need, a target, a deadline ...:
    "could meet its capital needs", "met the conditions and the deadline"."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            heads = [c, *(g for g in c.children if g.dep_ == "conj")]
            if any(h.lemma_.lower() in MET_TARGET_NOUNS or h.lower_ in MET_TARGET_NOUNS
                   or h.lower_.removesuffix("s") in MET_TARGET_NOUNS for h in heads):
                return True
    return False


FIRM_NOUNS = frozenset({"firm", "company", "bank", "corporation", "consultancy", "agency",
                        "fund", "insurer", "lender", "group"})
QUANTITY_HEADS = frozenset({"one", "some", "many", "most", "all", "several", "each", "two",
                            "three", "both"})
# academic degrees and honours one receives from a university or a jury, never a visit
DEGREE_WORDS = frozenset({"phd", "doctorate", "degree", "diploma", "ma", "ba", "mba", "bsc", "msc",
                          "llb", "jd", "md", "award", "prize", "medal", "honorary", "scholarship",
                          "fellowship", "bachelor's", "master's"})


def _inanimate_object(ctx: Ctx, verb: Token) -> bool:
    """receive/welcome/host with a direct object that is a thing ("received a letter / an order /
    regulatory approval from X", "would receive 217 mln dlrs", "welcomed the profits"): no
    reception. A call, a meeting noun or a meal stays ("received a phone call from X", "hosted a
    dinner for X")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ in QUANTITY_HEADS:  # "received one of the letters"
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), obj) if of is not None else obj
    if obj is not None and obj.lower_.replace(".", "") in DEGREE_WORDS:
        return True  # "received his Ph.D. from Northwestern University"
    if obj is None or obj.i in ctx.ent_of or obj.pos_ in ("PROPN", "PRON"):
        return False
    lemma = obj.lemma_.lower()
    if lemma in ("call", "conversation") or lemma in MEETING_NOUNS or lemma in MEAL_NOUNS:
        return False
    if credentials_owner(obj) is not None:
        return False  # "received the credentials of the new ambassador, X": X was received
    return not (
        lemma in PERSON_NOUNS
        or obj.lower_ in PERSON_NOUNS
        or lemma in GUEST_NOUNS
        or obj.lower_.rstrip("s") in GUEST_NOUNS
    )


def credentials_owner(obj: Token) -> Token | None:
    """The ambassador of "the credentials / letters of credence of the new ambassador, X" (the
    name in apposition when there is one)."""
    if obj.lemma_.lower() not in ("credential", "credentials", "letter"):
        return None
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and obj.lemma_.lower() == "letter":
        credence = next((g for g in of.children if g.dep_ == "pobj"), None)
        if credence is None or credence.lower_ != "credence":
            return None
        of = next((c for c in credence.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if owner is None:
        return None
    return next((c for c in owner.children if c.dep_ == "appos"), owner)


def _greets_a_crowd(verb: Token) -> bool:
    """A reception of or by a crowd is no meeting: "will be greeted by thousands of Germans
    protesting", "welcomed hundreds of supporters", "received by cheering crowds"."""
    for c in verb.children:
        heads = []
        if c.dep_ == "dobj":
            heads = [c]
        elif c.dep_ == "agent":
            heads = [g for g in c.children if g.dep_ == "pobj"]
        if any(_is_or_counts(head, CROWD_NOUNS) for head in heads):
            return True
    return False


def _inanimate_passive_subject(ctx: Ctx, verb: Token) -> bool:
    """"X was received/welcomed/hosted by Y" is a reception only when X is an actor: an entity,
    a proper noun, a pronoun or a noun for people ("the minister", "the delegation"), not "a
    proposal", "the plan", "the news" or "a letter"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return False
    if subj.i in ctx.ent_of or subj.pos_ in ("PROPN", "PRON") or subj.lower_ in REL_WORDS:
        return False
    lemma = subj.lemma_.lower()
    return not (
        lemma in PERSON_NOUNS
        or subj.lower_ in PERSON_NOUNS
        or lemma in GUEST_NOUNS
        or subj.lower_.rstrip("s") in GUEST_NOUNS
    )


def _received_call_mode(verb: Token) -> str:
    """"received a phone call from X" is a phone contact, "a video call" a video one."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in ("call", "conversation"):
            words = {t.lower_ for t in c.subtree}
            if words & VIDEO_WORDS:
                return "video"
            if words & PHONE_WORDS:
                return "phone"
    return "in_person"


def _is_long_stay(visit: Token) -> bool:
    """A visit measured in months or years ("a six-month visit", "a two-year visit to Syria")
    is a stay, not an encounter between actors."""
    for child in visit.children:
        if child.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            words = {child.lower_, *(t.lower_ for t in child.subtree)}
            if any(w.rstrip("s").endswith(STAY_UNITS) for w in words):
                return True
    return False


def line_limits(ctx: Ctx, sent: Span, tok: Token) -> tuple[int, int]:
    """Token range of the trigger's line inside its sentence."""
    ls, le = line_bounds(ctx.text, tok.idx)
    lo = sent.start
    while lo < tok.i and ctx.doc[lo].idx < ls:
        lo += 1
    hi = tok.i
    while hi < sent.end and ctx.doc[hi].idx < le:
        hi += 1
    return lo, hi


def misparsed_meet(ctx: Ctx, tok: Token) -> bool:
    """"A and Saudi adviser Musaed al-Aiban meet in Beijing and agree to restore ties" (a
    chronology line): "meet" right after a name, tagged as a noun, before "in" / "with" / a name
    or the end of the line, is the verb."""
    doc = ctx.doc
    if tok.lower_ not in ("meet", "meets") or tok.i == 0:
        return False
    before = ctx.ent_of.get(tok.i - 1)
    if before is None or before.label_ != "PERSON" or before.end != tok.i:
        return False
    if tok.i + 1 >= len(doc):
        return True
    nxt = doc[tok.i + 1]
    after = ctx.ent_of.get(nxt.i)
    return nxt.lower_ in ("in", "with", "at", "on") or "\n" in nxt.text or (
        after is not None and after.label_ == "PERSON"
    )


def is_caption_line(ctx: Ctx, tok: Token, lo: int, hi: int) -> bool:
    if tok.tag_ not in ("VBZ", "VBP") and not misparsed_meet(ctx, tok):
        return False
    ls, le = line_bounds(ctx.text, tok.idx)
    line = ctx.text[ls:le].strip()
    if len(line) > 220:
        return False
    # one sentence on its own line (headline, photo caption)
    inner = ctx.text[ctx.doc[lo].idx : tok.idx]
    return "." not in inner.replace("Gen.", "").replace("Mr.", "").replace("St.", "")
