"""Round 9 (docs/meetings.md, "Reading real news rows (session 13, round 9)"): the general causes
found by reading every meeting row of PolNeAR train articles 600-839. The sentences are written
for the tests, in the same constructions with other names."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from orchestration.lib.entities import build_nlp
from orchestration.lib.meeting_triggers import is_habitual
from orchestration.lib.meetings import extract_meetings
from tests.unit.test_meetings import assert_offsets, names

PUB = date(2016, 6, 1)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return build_nlp()


def run(nlp: spacy.language.Language, text: str) -> list:
    doc = nlp(text)
    cands = extract_meetings(doc, PUB)
    assert_offsets(doc.text, cands)
    return cands


@pytest.mark.parametrize("text", [
    # a habit: an adverb of frequency on the meeting verb
    "Senator Maria Lopez often meets with union leaders and Governor Tom Hale.",
    "Governor Tom Hale frequently meets with Senator Maria Lopez.",
    "Lisa Grant and Paul Weber often meet together.",
    "Mark Dunn said he and his wife have regularly talked with Governor Tom Hale.",
    # a stretch the meetings recur over
    "Paul Weber and Lisa Grant have met over the years at party dinners.",
    "Paul Weber has talked with Lisa Grant for the last three years.",
    # a recurring day
    "Paul Weber meets Lisa Grant every Friday.",
])
def test_a_habit_is_no_meeting(nlp: spacy.language.Language, text: str) -> None:
    assert [names(c) for c in run(nlp, text)] == []


@pytest.mark.parametrize(("text", "word", "habit"), [
    # a free relative of place or time is no one visit
    ("Critics say Paul Weber stirs up anger everywhere he visits.", "visits", True),
    ("Lisa Grant smiles whenever they meet.", "meet", True),
    ("His frequent visits to Ohio helped him.", "visits", True),
    ("Paul Weber visits Ohio on Monday.", "visits", False),
    ("His visits to Ohio helped him.", "visits", False),
])
def test_is_habitual(nlp: spacy.language.Language, text: str, word: str, habit: bool) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert is_habitual(tok, None) is habit


@pytest.mark.parametrize(("text", "expected"), [
    # one meeting on a day: no habit
    ("Governor Tom Hale met with Senator Maria Lopez on Monday.", {"Hale", "Lopez"}),
    ("Governor Tom Hale met Senator Maria Lopez for two hours on Monday.", {"Hale", "Lopez"}),
    ("Paul Weber and Lisa Grant met on Monday for the first time in years.", {"Weber", "Grant"}),
])
def test_one_meeting_is_no_habit(
    nlp: spacy.language.Language, text: str, expected: set[str]
) -> None:
    found = [names(c) for c in run(nlp, text)]
    assert any(all(any(s in n for n in ns) for s in expected) for ns in found), found


def test_the_noun_a_relative_clause_modifies_is_the_one_met(
    nlp: spacy.language.Language,
) -> None:
    # "the voters they met": the voters were met; "they" is no reciprocal pair
    text = ("Anna Berg and Tom Kline described how volunteers would score the voters "
            "they met on a scale of one to five.")
    assert run(nlp, text) == []


def test_a_partner_named_inside_a_clause_about_the_talk_is_no_partner(
    nlp: spacy.language.Language,
) -> None:
    text = "Nearby, Paul Weber and Mark Dunn were talking about why they had come to Lisa Grant."
    assert run(nlp, text) == []


def test_the_one_invited_to_meet_meets(nlp: spacy.language.Language) -> None:
    # object control: the invited meets, not the one who invites
    [c] = run(nlp, "Governor Tom Hale has invited Lisa Grant to meet with Senator Maria Lopez "
                   "in Albany on Thursday.")
    assert names(c) == {"Lisa Grant", "Maria Lopez"}
    assert c.status == "planned"


def test_an_object_pronoun_takes_the_person_named_in_its_sentence(
    nlp: spacy.language.Language,
) -> None:
    text = ('"We will keep fighting," Mark Dunn said.\n'
            "Earlier, Lisa Grant was friendly, with Paul Weber repeatedly calling Grant an ally "
            "and meeting with her in May at the party office.")
    cands = run(nlp, text)
    assert [names(c) for c in cands] == [{"Paul Weber", "Grant"}]


def test_the_one_whose_staff_was_met_is_not_met(nlp: spacy.language.Language) -> None:
    # "staffers of X": the owner of the people met (or called) is not one of them
    text = "On May 3, Acme Data had a conference call with staffers of Governor Tom Hale."
    assert [names(c) for c in run(nlp, text)] == []
