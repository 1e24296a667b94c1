"""Round 9 (docs/meetings.md, "Reading real news rows (session 11, round 9)"): the general causes
found by reading every meeting row of PolNeAR train articles 600-839. The sentences are written
for the tests, in the same constructions with other names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import spacy

from orchestration.lib.entities import build_nlp
from orchestration.lib.meeting_capitals import capital_cities, capital_of
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


@pytest.mark.parametrize("text", [
    # a "met" told with a life event is how two people came to know each other
    "Lisa Grant dated Tom Hale for a year before she met Paul Weber and got married.",
    "Lisa Grant met Paul Weber in college and married him in 2001.",
    "Lisa Grant and Paul Weber met in 1998 and fell in love.",
])
def test_an_acquaintance_is_no_meeting(nlp: spacy.language.Language, text: str) -> None:
    assert run(nlp, text) == []


def test_a_met_with_other_verbs_stays_a_meeting(nlp: spacy.language.Language) -> None:
    [c] = run(nlp, "Lisa Grant met Paul Weber on Monday and discussed trade.")
    assert names(c) == {"Lisa Grant", "Paul Weber"}


def test_i_in_a_quotation_said_by_she_is_the_one_she_stands_for(
    nlp: spacy.language.Language,
) -> None:
    text = ("Attorney General Maria Lopez closed the case on Wednesday.\n\n"
            '"Late this afternoon, I met with FBI Director Tom Hale and career prosecutors," '
            "she said in a statement.")
    [c] = run(nlp, text)
    assert names(c) == {"Maria Lopez", "Tom Hale"}
    assert {p.text: p.resolved_by for p in c.participants}["Maria Lopez"] == "quote_speaker"


def test_a_visit_someone_would_block_is_not_yet_held(nlp: spacy.language.Language) -> None:
    [c] = run(nlp, "Opposition lawmakers called on the government Wednesday to block Paul "
                   "Weber's visit to Canada.")
    assert c.status == "planned"
    [h] = run(nlp, "Paul Weber's visit to Canada last week drew protests.")
    assert h.status == "held"


def test_on_capitol_hill_is_the_place(nlp: spacy.language.Language) -> None:
    [c] = run(nlp, "Paul Weber also plans to meet with Tom Hale that day on Capitol Hill.")
    assert c.place_text == "Capitol Hill"


def test_a_place_that_opens_the_sentence_places_a_meeting_in_its_adjunct(
    nlp: spacy.language.Language,
) -> None:
    [c] = run(nlp, "In Denver, after meeting with the Rev. Tom Hale and other civil rights "
                   "leaders, Lisa Grant proposed new rules.")
    assert c.place_text == "Denver"
    # a meeting reported in a clause of saying is not placed where it was said
    [s] = run(nlp, "In Denver, officials said Lisa Grant had met Tom Hale.")
    assert s.place_text is None


def test_a_crowd_met_is_nobody_met(nlp: spacy.language.Language) -> None:
    text = ("One voter, Juan Ortega, 35, came in a beret. He had protested at a rally.\n\n"
            '"I met a lot of Paul Weber supporters, and I liked every reason they were '
            'supporting him," he said.')
    assert run(nlp, text) == []


# Left (docs/meetings.md, round 9): strict xfails with their causes.
@pytest.mark.parametrize("text", [
    pytest.param(
        "Lisa Grant and Paul Weber met in an online chess group and decided to co-host a show.",
        marks=pytest.mark.xfail(strict=True, reason=(
            "biographical 'met' (how two people came to know each other) told with no life "
            "event: nothing in the clause tells it from a meeting"))),
    pytest.param(
        'Paul Weber promised to be "neutral" in negotiations between Chile and Peru.',
        marks=pytest.mark.xfail(strict=True, reason=(
            "generic negotiations (a role someone would play) read as held talks"))),
    pytest.param(
        'An official said, "Certainly there are discussions between the White House and the '
        'Weber campaign."',
        marks=pytest.mark.xfail(strict=True, reason=(
            "ongoing contacts in an existential 'there are discussions' read as one meeting"))),
])
def test_left_no_meeting(nlp: spacy.language.Language, text: str) -> None:
    assert run(nlp, text) == []


@pytest.mark.xfail(strict=True, reason=(
    "'the chief judge of <court>' names no person: the court is taken for its unnamed judge "
    "(the judge is named only in earlier sentences)"))
def test_left_the_court_is_not_its_judge(nlp: spacy.language.Language) -> None:
    text = ("The chief judge of the U.S. Court of Appeals for the Ninth Circuit visited the "
            "Capitol on Thursday to meet with Senators Tom Hale and Lisa Grant.")
    assert all("Court" not in n for c in run(nlp, text) for n in names(c))


def test_capitals_are_read_from_the_seeds() -> None:
    capitals = capital_of()
    assert capitals["turkish"] == "Ankara"  # a demonym
    assert capitals["u s"] == "Washington"  # another name of a country, folded
    assert capitals["british"] == "London"  # demonym -> "Britain" -> United Kingdom
    assert capitals["israel"] == "Jerusalem"  # the first capital row, not "Tel Aviv"
    assert "kyiv" in capital_cities() and "kiev" not in capital_cities()


def test_a_capital_users_add_to_the_seeds_is_read(tmp_path: Path) -> None:
    (tmp_path / "government_seats.csv").write_text(
        "name,kind,government\nRuritania,country,Ruritania\nStrelsau,capital,Ruritania\n"
        "Zenda,capital,Ruritania\n", encoding="utf-8")
    (tmp_path / "demonyms.csv").write_text(
        "demonym,place_name\nRuritanian,Ruritania\n", encoding="utf-8")
    assert capital_of(tmp_path) == {"ruritania": "Strelsau", "ruritanian": "Strelsau"}
    assert capital_cities(tmp_path) == frozenset({"strelsau"})


def test_the_capital_named_by_demonym_is_the_place(nlp: spacy.language.Language) -> None:
    [c] = run(nlp, "Paul Weber met Prime Minister Tom Hale in the Kenyan capital on Monday.")
    assert c.place_text == "Nairobi"
    # a country the old Python table did not list: the seeds have it
    [p] = run(nlp, "Paul Weber met President Tom Hale in the Peruvian capital on Monday.")
    assert p.place_text == "Lima"
