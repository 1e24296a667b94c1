"""Meetings as CAMEO-coded event records (analysis.cameo_events), on pages written for the tests."""

from pathlib import Path

import pytest

from tests.conftest import build_from, dict_rows, write_texts

pytestmark = pytest.mark.integration

PAGES = {
    "visits.txt": (
        "Chile and Portugal deepen ties\n"
        "Published: March 3, 2021\n"
        "SANTIAGO - Portuguese Prime Minister Rui Almeida visited Chilean President Ana Rojas in "
        "Santiago on Monday, the Chilean presidency said.\n"
        "Chilean President Ana Rojas received Portuguese Foreign Minister Joao Pires at the "
        "presidential palace on Tuesday.\n"
        "Kenyan Foreign Minister John Mwangi met Ethiopian army chief General Abebe Tadesse in "
        "Vienna on Monday.\n"
        "Norwegian Foreign Minister Lars Berg held negotiations with his Danish counterpart Mette "
        "Holm in Oslo on Tuesday.\n"
        "Mwangi will visit Addis Ababa next week, his ministry said.\n"
        "Berg spoke by phone with Indian Foreign Minister Ravi Kumar on Tuesday.\n"
    ),
    "copy.txt": (
        "Portugal's leader in Chile\n"
        "Published: March 4, 2021\n"
        "Portuguese Prime Minister Rui Almeida visited Chilean President Ana Rojas in Santiago on "
        "Monday, officials said.\n"
        "Canadian Prime Minister Paul Tremblay and Mexican President Luis Ortega met in Ottawa on "
        "Wednesday.\n"
        "Sen. Tom Barrett said the visit went well.\n"
        "Andes Mining Corp President Luis Vega said copper exports to Portugal rose.\n"
    ),
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cameo")
    return build_from(root, write_texts(root / "inputs", PAGES))


@pytest.fixture(scope="module")
def events(warehouse: Path) -> dict[tuple[str, str], dict]:
    rows = dict_rows(warehouse, "select * from analysis.cameo_events")
    return {(r["source_name"], r["target_name"]): r for r in rows}


def test_each_kind_of_meeting_gets_its_cameo_code_and_direction(events: dict) -> None:
    codes = {pair: row["cameo_code"] for pair, row in events.items()}
    assert codes == {
        ("Rui Almeida", "Ana Rojas"): "042",  # visited: the visitor acts
        ("Ana Rojas", "Joao Pires"): "043",  # received: the host acts
        ("John Mwangi", "Abebe Tadesse"): "044",  # Kenya and Ethiopia meet in Vienna (Austria)
        ("Lars Berg", "Mette Holm"): "046",  # held negotiations
        ("John Mwangi", "Addis Ababa"): "036",  # will visit: intent to meet
        ("Lars Berg", "Ravi Kumar"): "041",  # by phone
        ("Paul Tremblay", "Luis Ortega"): "040",  # met, in one side's own capital
    }
    assert events[("Lars Berg", "Ravi Kumar")]["mode"] == "phone"
    assert events[("John Mwangi", "Addis Ababa")]["status"] == "planned"
    # "A and B met" has no direction; every other pair here has one
    assert not events[("Paul Tremblay", "Luis Ortega")]["is_directed"]
    assert all(row["is_directed"] for pair, row in events.items() if pair[0] != "Paul Tremblay")


def test_weights_and_countries_come_with_the_code(events: dict) -> None:
    visit = events[("Rui Almeida", "Ana Rojas")]
    assert (visit["cameo_name"], visit["cameo_root_code"], visit["quad_class"],
            visit["goldstein_scale"]) == ("Make a visit", "04", 1, 1.9)
    assert events[("Lars Berg", "Mette Holm")]["goldstein_scale"] == 7.0
    assert events[("John Mwangi", "Addis Ababa")]["cameo_root_code"] == "03"
    assert (visit["source_country_iso3"], visit["target_country_iso3"]) == ("PRT", "CHL")
    third = events[("John Mwangi", "Abebe Tadesse")]
    assert (third["place_name"], third["place_country"], third["place_country_iso3"]) == (
        "Vienna", "Austria", "AUT")


def test_a_meeting_two_articles_report_is_one_event_with_both_counted(
    events: dict, warehouse: Path
) -> None:
    visit = events[("Rui Almeida", "Ana Rojas")]
    assert visit["num_articles"] == 2
    assert str(visit["event_date"]) == "2021-03-01"
    # the event carries the earliest report, traceable to its sentence
    rows = dict_rows(warehouse, """
        select e.evidence_text, a.title,
               substr(a.body_text, e.evidence_start_char + 1,
                      e.evidence_end_char - e.evidence_start_char) as span
        from analysis.cameo_events as e
        inner join marts.articles as a on e.evidence_article_id = a.article_id
        where e.source_name = 'Rui Almeida'
    """)
    assert len(rows) == 1
    assert rows[0]["title"] == "Chile and Portugal deepen ties"
    assert rows[0]["span"] == rows[0]["evidence_text"]
    assert "visited Chilean President Ana Rojas" in rows[0]["span"]


def test_event_ids_are_unique_and_every_event_is_a_meeting(warehouse: Path) -> None:
    rows = dict_rows(warehouse, """
        select count(*) as n, count(distinct event_id) as ids,
               count(*) filter (where meeting_id not in (select meeting_id from marts.meetings))
                   as orphans
        from analysis.cameo_events
    """)
    assert rows[0] == {"n": 7, "ids": 7, "orphans": 0}


def test_actor_types_and_codes_come_from_titles_role_phrases_and_names(
    warehouse: Path, events: dict
) -> None:
    rows = dict_rows(warehouse,
                     "select canonical_name, actor_type from analysis.entity_actor_types")
    types = {r["canonical_name"]: r["actor_type"] for r in rows}
    assert types["John Mwangi"] == "GOV"  # Foreign Minister
    assert types["Abebe Tadesse"] == "MIL"  # army chief General
    assert types["Tom Barrett"] == "LEG"  # Sen.
    assert types["Andes Mining Corp"] == "BUS"  # the company's own name
    # a capitalised "President" is a head of state for a person given a country and titled so
    # in two articles; once, or a company's president, says nothing
    assert types["Ana Rojas"] == "GOV"
    assert "Luis Ortega" not in types
    assert "Luis Vega" not in types
    third = events[("John Mwangi", "Abebe Tadesse")]
    assert (third["source_actor_code"], third["target_actor_code"]) == ("KENGOV", "ETHMIL")
    # a country alone when the type is unknown
    assert events[("Lars Berg", "Mette Holm")]["target_actor_code"] == "DNK"
