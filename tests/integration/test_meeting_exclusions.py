"""Reports that are no meeting (int_meeting_exclusions). One actor's trip: a visit (or a hosting)
whose only other side is a place that stands for no government; a country, a capital or a
government's seat stands for its government, so visits there stay meetings
(seeds/reference/government_seats.csv). An interview: the other side is a news outlet."""

from pathlib import Path

import pytest

from tests.conftest import build_from, dict_rows, fold, write_texts

pytestmark = pytest.mark.integration

PAGES = {
    "campaign.txt": (
        "Trump campaign hits the Midwest\n"
        "Published: August 8, 2016\n"
        "DES MOINES, Iowa - Donald Trump's visit to Des Moines last Friday drew thousands of "
        "supporters to the state fairgrounds, party officials said.\n"
        "Visiting Richmond, Virginia, in June for a rally and a private fundraiser, Trump also "
        "stopped at a diner.\n"
        "Cleveland hosted the Republican National Convention last month without major "
        "incident, police said.\n"
    ),
    "interviews.txt": (
        "Candidates take to the airwaves\n"
        "Published: January 15, 2016\n"
        "Sitting down with MSNBC on Thursday, Hillary Clinton said she was surprised by the "
        "debate over health care.\n"
        "Michael Moore sat down for an interview with Rolling Stone last week.\n"
        "Kellyanne Conway said she had talked to NBC News on Friday about the campaign.\n"
        "Ted Cruz met with CBS's John Dickerson on Sunday to talk about the primary.\n"
        "NPR's Joe Palca talks with NPR's Michael Sullivan, reporting from Jakarta.\n"
        "Hillary Clinton met Bernie Sanders in Washington on Tuesday night, aides said.\n"
    ),
    "diplomacy.txt": (
        "General visits Ankara and Erbil\n"
        "Published: August 17, 2017\n"
        "Iranian General Mohammad Bagheri visited Turkey on Tuesday, officials said.\n"
        "Kurdish leader Masoud Barzani visited Baghdad on Wednesday to discuss the budget, the "
        "government said.\n"
        "Iraqi Prime Minister Haider al-Abadi visited Erbil on Thursday, his office said.\n"
        "Mexican President Enrique Pena Nieto met Donald Trump in Mexico City on Wednesday, "
        "officials said.\n"
    ),
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("exclusions")
    return build_from(root, write_texts(root / "inputs", PAGES))


def meetings_of(warehouse: Path, input_name: str) -> list[set[str]]:
    rows = dict_rows(warehouse, f"""
        select m.meeting_id, list(e.canonical_name) as names
        from marts.meetings as m
        join marts.meeting_participants as p using (meeting_id)
        join marts.entities as e on e.entity_id = p.entity_id
        where m.meeting_id in (
            select r.meeting_id from marts.meeting_reports as r
            join marts.articles as a using (article_id) where a.input_name = '{input_name}')
        group by m.meeting_id""")
    return [{fold(name) for name in row["names"]} for row in rows]


def test_trips_to_places_that_stand_for_no_government_are_no_meetings(warehouse: Path) -> None:
    # Des Moines, Richmond and Cleveland are no actors: nobody was met
    assert meetings_of(warehouse, "campaign.txt") == []
    rows = dict_rows(warehouse, "select count(*) as n from intermediate.int_meeting_exclusions "
                                "where reason = 'trip'")
    assert rows[0]["n"] >= 3


def test_interviews_with_news_outlets_are_no_meetings(warehouse: Path) -> None:
    found = meetings_of(warehouse, "interviews.txt")
    assert found == [{"hillary clinton", "bernie sanders"}], found
    rows = dict_rows(warehouse, "select count(*) as n from intermediate.int_meeting_exclusions "
                                "where reason = 'interview'")
    assert rows[0]["n"] >= 2


def test_a_journalist_named_with_the_outlet_is_an_interview(warehouse: Path) -> None:
    # "met with CBS's John Dickerson", "NPR's X talks with NPR's Y": the other side is a
    # journalist, named with the outlet
    found = meetings_of(warehouse, "interviews.txt")
    assert not any("john dickerson" in names or "michael sullivan" in names for names in found)
    rows = dict_rows(warehouse, "select count(*) as n from intermediate.int_meeting_exclusions "
                                "where reason = 'interview'")
    assert rows[0]["n"] >= 4


@pytest.mark.parametrize("names", [
    {"mohammad bagheri", "turkey"},  # a country stands for its government
    {"masoud barzani", "baghdad"},  # a capital too
    {"haider al-abadi", "erbil"},  # the seat of a regional government news treats as an actor
    {"donald trump"},  # a meeting with a named host is never a trip
])
def test_visits_to_governments_stay_meetings(warehouse: Path, names: set[str]) -> None:
    found = meetings_of(warehouse, "diplomacy.txt")
    assert any(names <= participants for participants in found), found
