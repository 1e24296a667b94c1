"""Places on the map (analysis.place_geocodes, analysis.meeting_geocodes and the ActionGeo
fields of analysis.cameo_events), on pages written for the tests."""

from pathlib import Path

import pytest

from tests.conftest import build_from, dict_rows, write_texts

pytestmark = pytest.mark.integration

PAGES = {
    "texas.txt": (
        "Lottery winner from Paris\n"
        "Published: May 2, 2022\n"
        "A retired teacher from Paris, Texas, won the state lottery on Friday, lottery officials "
        "in Austin said.\n"
        "Her neighbours in Lamar County plan a party on Saturday.\n"
    ),
    "france.txt": (
        "Diplomats meet in Paris\n"
        "Published: May 3, 2022\n"
        "Canadian Foreign Minister Claire Dubois met Mexican Foreign Minister Jorge Salinas in "
        "Paris on Monday, the Canadian ministry said.\n"
        "Dubois also visited the United States last week.\n"
    ),
    "spain.txt": (
        "Floods on the coast\n"
        "Published: August 8, 2022\n"
        "Heavy rain flooded streets in Valencia on Sunday, Spain's weather agency said.\n"
    ),
    "venezuela.txt": (
        "Floods again\n"
        "Published: August 9, 2022\n"
        "Heavy rain flooded streets in Valencia on Sunday, the weather agency said.\n"
    ),
    "briefs.txt": (
        "Business briefs\n"
        "Published: March 3, 1987\n"
        "A Jackson, Mich.-based maker of auto parts said its sales rose 12 pct.\n"
        "Lawmakers from across Illinois met in Springfield on Tuesday to debate the budget.\n"
        "In Paris, the airline said it would buy new engines for its jets.\n"
        "Shares of Texas utilities fell on Tuesday.\n"
        "Traders in Philadelphia said currency options were active.\n"
        "Coffee futures rose in New York on Tuesday.\n"
        "Engineers in Seattle, Washington, tested a new rocket engine on Friday.\n"
    ),
    "albany.txt": (
        "Printer maker\n"
        "Published: March 4, 1987\n"
        "A printer maker based in Albany, N.Y., said its exports to Asia rose 8 pct.\n"
        "Rep. Ann Cole, R-N.Y., said the company would hire 200 workers.\n"
    ),
    "summit.txt": (
        "Ministers meet in Geneva\n"
        "Published: June 6, 2022\n"
        "Kenyan Foreign Minister John Mwangi met Ethiopian army chief General Abebe Tadesse in "
        "Geneva on Monday.\n"
        "Canadian Prime Minister Paul Tremblay and Mexican President Luis Ortega met in Ottawa on "
        "Wednesday.\n"
        "Fighting continued in Northern Iraq and in Northern Ireland tensions rose, while storms "
        "hit the Sargasso Basin.\n"
    ),
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("geocoding")
    return build_from(root, write_texts(root / "inputs", PAGES))


@pytest.fixture(scope="module")
def geocodes(warehouse: Path) -> dict[tuple[str, str], dict]:
    rows = dict_rows(warehouse, """
        select a.input_name, g.*
        from analysis.place_geocodes as g join marts.articles as a using (article_id)
    """)
    return {(r["input_name"], r["first_mention_text"]): r for r in rows}


def test_the_article_decides_between_places_of_one_name(geocodes: dict) -> None:
    texas = geocodes[("texas.txt", "Paris")]
    assert (texas["full_name"], texas["geocode_rule"], texas["geo_type"]) == (
        "Paris, TX, United States", "written_with_state", 3)
    # naming the United States is not enough to move Paris to Texas: Paris, Texas is under a
    # twentieth of Paris, France
    france = geocodes[("france.txt", "Paris")]
    assert (france["country_iso3"], france["geocode_rule"], france["geo_type"]) == (
        "FRA", "capital", 4)
    assert 48.8 < france["latitude"] < 48.9 and 2.3 < france["longitude"] < 2.4
    assert "Paris (TX, US)" in france["other_candidates"]
    # a country named elsewhere in the article decides between two large cities
    spain = geocodes[("spain.txt", "Valencia")]
    assert (spain["country_iso3"], spain["geocode_rule"]) == ("ESP", "country_in_article")
    alone = geocodes[("venezuela.txt", "Valencia")]
    assert (alone["country_iso3"], alone["geocode_rule"]) == ("VEN", "most_prominent")


def test_states_written_with_the_city_or_elsewhere_in_the_article(geocodes: dict) -> None:
    jackson = geocodes[("briefs.txt", "Jackson")]
    assert (jackson["full_name"], jackson["geocode_rule"]) == (
        "Jackson, MI, United States", "written_with_state")
    springfield = geocodes[("briefs.txt", "Springfield")]
    assert (springfield["full_name"], springfield["geocode_rule"]) == (
        "Springfield, IL, United States", "state_in_article")
    # written after a city and a comma, Washington is the state, not the capital
    assert geocodes[("briefs.txt", "Seattle")]["full_name"] == "Seattle, WA, United States"
    state = geocodes[("briefs.txt", "Washington")]
    assert (state["feature_kind"], state["admin1_code"], state["geocode_rule"]) == (
        "admin1", "WA", "written_after_place")
    # Texas named elsewhere in a digest does not move Paris to Texas (under a twentieth of
    # Paris, France)
    assert geocodes[("briefs.txt", "Paris")]["full_name"] == "Paris, France"
    # a city's own name beats another city's former name (Amman was Philadelphia)
    assert geocodes[("briefs.txt", "Philadelphia")]["full_name"] == (
        "Philadelphia, PA, United States")


def test_the_name_the_article_writes_and_continents(geocodes: dict) -> None:
    # "N.Y." is the state, "New York" the city (named_in_article decides when one entity has
    # both spellings, as the Reuters build's "New York State" entity does)
    assert geocodes[("albany.txt", "N.Y.")]["full_name"] == "New York, United States"
    assert geocodes[("briefs.txt", "New York")]["full_name"] == "New York City, NY, United States"
    assert geocodes[("albany.txt", "Albany")]["full_name"] == "Albany, NY, United States"
    # a continent is found (not the town of Asia in the Philippines) but has no country
    asia = geocodes[("albany.txt", "Asia")]
    assert (asia["feature_kind"], asia["country"], asia["geo_type"]) == ("region", None, None)


def test_countries_states_and_regions_have_no_point(geocodes: dict) -> None:
    texas = geocodes[("texas.txt", "Texas")]
    assert (texas["feature_kind"], texas["geo_type"], texas["admin1_code"]) == ("admin1", 2, "TX")
    usa = geocodes[("france.txt", "United States")]
    assert (usa["feature_kind"], usa["geocode_rule"], usa["country_iso3"]) == (
        "country", "country_name", "USA")
    iraq = geocodes[("summit.txt", "Northern Iraq")]
    assert (iraq["geocode_rule"], iraq["country_iso3"], iraq["geo_type"]) == (
        "part_of_country", "IRQ", 1)
    # a region users added to gazetteer_additions.csv, not "northern" Ireland the country
    ulster = geocodes[("summit.txt", "Northern Ireland")]
    assert (ulster["feature_kind"], ulster["country_iso3"]) == ("region", "GBR")
    for row in (texas, usa, iraq, ulster):
        assert row["latitude"] is None and row["longitude"] is None


def test_a_place_the_gazetteer_lacks_is_kept_without_a_place(geocodes: dict) -> None:
    unknown = [row for (name, text), row in geocodes.items() if "Sargasso" in text]
    assert unknown, "the test page must give the NER a place the gazetteer lacks"
    assert all(row["geocode_rule"] == "no_candidate" and row["gazetteer_id"] is None
               and row["candidate_count"] == 0 for row in unknown)


def test_meetings_carry_their_place_on_the_map(warehouse: Path) -> None:
    events = {(r["source_name"], r["target_name"]): r for r in dict_rows(
        warehouse, "select * from analysis.cameo_events")}
    ottawa = events[("Paul Tremblay", "Luis Ortega")]
    assert (ottawa["action_geo_full_name"], ottawa["action_geo_type"]) == ("Ottawa, Canada", 4)
    assert 45.3 < ottawa["action_geo_lat"] < 45.5 and -75.8 < ottawa["action_geo_long"] < -75.6
    assert ottawa["action_geo_feature_id"] is not None
    # Geneva is no capital, so only the gazetteer gives its country: Kenya and Ethiopia meeting
    # in Switzerland is a meeting at a third location
    geneva = events[("John Mwangi", "Abebe Tadesse")]
    assert (geneva["place_country"], geneva["cameo_code"]) == ("Switzerland", "044")
    timeline = {r["place_name"]: r for r in dict_rows(
        warehouse, "select * from analysis.meeting_timeline")}
    assert timeline["Paris"]["place_full_name"] == "Paris, France"
    assert timeline["Paris"]["place_country"] == "France"
    countries = {r["canonical_name"]: (r["country"], r["assigned_by"]) for r in dict_rows(
        warehouse, "select * from analysis.entity_countries")}
    assert countries["Geneva"] == ("Switzerland", "geocode")
    assert countries["Ottawa"] == ("Canada", "is_country_name")  # a capital, as before
    located = dict_rows(warehouse, """
        select meeting_id, geocoded_report_count, disagreeing_report_count
        from analysis.meeting_geocodes""")
    assert len(located) == 3 and all(r["disagreeing_report_count"] == 0 for r in located)


def test_meetings_and_places_export_as_geojson(warehouse: Path, tmp_path: Path) -> None:
    import json

    from orchestration.lib.map_export import export_map

    layers = {layer.name: layer for layer in export_map(warehouse, tmp_path / "map")}
    meetings = json.loads(layers["meetings"].path.read_text(encoding="utf-8"))
    assert meetings["type"] == "FeatureCollection"
    by_place = {f["properties"]["place_full_name"]: f for f in meetings["features"]}
    assert set(by_place) == {"Paris, France", "Ottawa, Canada", "Geneva, Switzerland"}
    longitude, latitude = by_place["Ottawa, Canada"]["geometry"]["coordinates"]  # RFC 7946 order
    assert -75.8 < longitude < -75.6 and 45.3 < latitude < 45.5
    assert by_place["Ottawa, Canada"]["properties"]["participants"] == "Luis Ortega & Paul Tremblay"
    places = json.loads(layers["places"].path.read_text(encoding="utf-8"))
    names = {f["properties"]["full_name"] for f in places["features"]}
    # both Parises are on the map, each where its articles put it; countries and states are not
    assert {"Paris, France", "Paris, TX, United States", "Valencia, Spain",
            "Valencia, Venezuela"} <= names
    assert not names & {"Texas, United States", "United States", "Pakistan"}
    assert layers["places"].features == len(places["features"]) == len(names)
