"""The country of people and organisations (analysis.entity_country_evidence, entity_countries)
and meetings between countries (analysis.country_meetings), on pages written for the tests."""

from pathlib import Path

import pytest

from orchestration.lib.profiles import profile
from tests.conftest import build_from, dict_rows, write_texts

pytestmark = pytest.mark.integration

PAGES = {
    "athens.txt": (
        "Egypt and Greece sign maritime deal\n"
        "Published: March 3, 2021\n"
        "ATHENS - Egyptian Foreign Minister Sameh Shoukry met his Greek counterpart Nikos Dendias "
        "in Athens on Monday, the Egyptian Foreign Ministry said.\n"
        "Shoukry and Dendias discussed gas exploration in the eastern Mediterranean.\n"
        "Egypt and Greece signed a maritime boundary deal last year.\n"
        "Ayman Safadi, Jordan's foreign minister, said on Tuesday that he would visit Cairo.\n"
        "Saudi Arabia's Crown Prince Khalid Al Faisal is expected in Athens next month.\n"
        "Peter Novak, prime minister of Slovenia, spoke by phone with Dendias.\n"
        "Marco Bellini, a friend of Italy, attended the talks.\n"
    ),
    "courts.txt": (
        "Journalist sentenced\n"
        "Published: March 4, 2021\n"
        "A Greek court sentenced journalist Maria Papadakis to a suspended term on Wednesday.\n"
        "In Turkey the Kurdistan Workers' Party called a ceasefire, the group said.\n"
        "Speaking in Athens, Eleni Vlachou said the ruling would be appealed.\n"
        "Analyst Petros Karras, a Cypriot by birth, lives in Berlin.\n"
    ),
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("countries")
    return build_from(root, write_texts(root / "inputs", PAGES))


def countries(warehouse: Path) -> dict[str, tuple[str, str | None, str]]:
    rows = dict_rows(warehouse, "select canonical_name, country, country_iso3, assigned_by "
                                "from analysis.entity_countries")
    return {r["canonical_name"]: (r["country"], r["country_iso3"], r["assigned_by"]) for r in rows}


def test_role_phrases_name_the_country_of_people_and_organisations(warehouse: Path) -> None:
    found = countries(warehouse)
    assert found["Sameh Shoukry"] == ("Egypt", "EGY", "evidence")  # Egyptian Foreign Minister
    assert found["Nikos Dendias"] == ("Greece", "GRC", "evidence")  # his Greek counterpart
    assert found["Ayman Safadi"] == ("Jordan", "JOR", "evidence")  # , Jordan's foreign minister
    assert found["Khalid Al Faisal"][0] == "Saudi Arabia"  # a two-word country, possessive
    assert found["Peter Novak"][0] == "Slovenia"  # , prime minister of Slovenia
    assert "Marco Bellini" not in found  # , a friend of Italy: no role
    assert found["Egyptian Foreign Ministry"][0] == "Egypt"  # the organisation's own name
    # a capital is its country's
    assert found["Athens"] == ("Greece", "GRC", "is_country_name")
    assert found["Cairo"] == ("Egypt", "EGY", "is_country_name")


def test_other_words_between_country_and_name_say_nothing(warehouse: Path) -> None:
    found = countries(warehouse)
    # "A Greek court sentenced journalist ...": no role phrase
    assert "Maria Papadakis" not in found
    # "In Turkey the Kurdistan Workers' Party": no role phrase either
    assert not any("Kurdistan Workers" in name for name in found), found
    # a comma closes the clause: "Speaking in Athens, Eleni Vlachou"
    assert "Eleni Vlachou" not in found
    # a demonym without a role word after the name
    assert "Petros Karras" not in found


def test_evidence_spans_are_offsets_into_the_body(warehouse: Path) -> None:
    rows = dict_rows(warehouse, """
        select e.rule, e.mention_text, e.evidence_text,
               substr(a.body_text, e.evidence_start_char + 1,
                      e.evidence_end_char - e.evidence_start_char) as span
        from analysis.entity_country_evidence as e
        join marts.articles as a using (article_id)""")
    assert rows
    by_text = {r["evidence_text"]: r for r in rows}
    for row in rows:
        assert row["span"] == row["evidence_text"]
    assert by_text["Egyptian Foreign Minister Sameh Shoukry"]["rule"] == "before_name"
    assert by_text["Greek counterpart Nikos Dendias"]["rule"] == "before_name"
    assert by_text["Ayman Safadi, Jordan's foreign minister"]["rule"] == "appositive"
    assert by_text["Egyptian Foreign Ministry"]["rule"] == "org_name"
    assert by_text["Peter Novak, prime minister of Slovenia"]["rule"] == "appositive"


def test_meetings_between_countries_count_each_meeting_once(warehouse: Path) -> None:
    rows = dict_rows(warehouse, "select * from analysis.country_meetings")
    pairs = {(r["country_a"], r["country_b"]): r for r in rows}
    egypt_greece = pairs[("Egypt", "Greece")]
    assert egypt_greece["country_iso3_a"] == "EGY"
    assert egypt_greece["country_iso3_b"] == "GRC"
    assert egypt_greece["held_meeting_count"] == 1
    assert egypt_greece["encounter_count"] == 1
    assert "Sameh Shoukry - Nikos Dendias" in egypt_greece["participant_pairs"]
    # every pair is two different countries, in alphabetical order
    assert all(r["country_a"] < r["country_b"] for r in rows)


def test_a_country_profile_lists_its_people_and_the_countries_it_met(warehouse: Path) -> None:
    text, matches = profile(warehouse, "egypt")
    assert matches and text.startswith("Egypt  (GPE, Egypt, ")
    people = text.split("People and organisations of Egypt")[1].split("\n\n")[0]
    assert "Sameh Shoukry (PERSON" in people
    assert "Nikos Dendias" not in people
    met = text.split("Meetings of Egypt with other countries")[1].split("\n\n")[0]
    assert "Greece: 1 held" in met
