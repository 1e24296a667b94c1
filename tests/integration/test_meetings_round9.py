"""Round 9, warehouse-level rules (docs/meetings.md, "Reading real news rows (session 11, round
9)"): an undated meeting takes a one-sided report only from about its own time, and a visit to a
site named as one is a trip. Pages written for the tests, in the shapes found in PolNeAR."""

from pathlib import Path

import pytest

from tests.conftest import build_from, dict_rows, fold, write_texts

pytestmark = pytest.mark.integration

PAGES = {
    "spring.txt": (
        "Governor backs Weber rival\n"
        "Published: April 30, 2016\n"
        "COLUMBUS, Ohio - Governor Mark Dunn met with Lisa Grant and Paul Weber last week, and "
        "this week with Senator Tom Hale, aides said.\n"
        "Weber has promised a tougher line on trade with Canada.\n"
    ),
    "autumn.txt": (
        "A column recalls Weber's trip\n"
        "Published: September 6, 2016\n"
        "\"Paul Weber's surprise visit to Canada reminds me of an older trip,\" the columnist "
        "wrote on Tuesday.\n"
    ),
    "memorial.txt": (
        "Grant pays respects\n"
        "Published: July 14, 2016\n"
        "Lisa Grant visited the National Firefighters Memorial in Washington on Monday to pay "
        "respects to fallen firefighters.\n"
    ),
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("round9")
    return build_from(root, write_texts(root / "inputs", PAGES))


def reports_of(warehouse: Path) -> dict[str, set[str]]:
    """meeting_id -> the input names of its reports."""
    rows = dict_rows(warehouse, """
        select r.meeting_id, list(distinct a.input_name) as inputs
        from marts.meeting_reports as r join marts.articles as a using (article_id)
        group by r.meeting_id""")
    return {row["meeting_id"]: set(row["inputs"]) for row in rows}


def names_of(warehouse: Path, meeting_id: str) -> set[str]:
    rows = dict_rows(warehouse, f"""
        select e.canonical_name from marts.meeting_participants as p
        join marts.entities as e using (entity_id) where p.meeting_id = '{meeting_id}'""")
    return {fold(row["canonical_name"]) for row in rows}


def test_a_visit_told_months_later_does_not_join_an_undated_meeting(warehouse: Path) -> None:
    reports = reports_of(warehouse)
    spring = [m for m, inputs in reports.items() if "spring.txt" in inputs]
    assert spring, reports
    assert all("autumn.txt" not in reports[m] for m in spring), reports
    assert any({"mark dunn", "paul weber"} <= names_of(warehouse, m) for m in spring)


def test_a_visit_to_a_memorial_is_a_trip(warehouse: Path) -> None:
    reports = reports_of(warehouse)
    assert not [m for m, inputs in reports.items() if "memorial.txt" in inputs], reports
    rows = dict_rows(warehouse, """
        select count(*) as n from intermediate.int_meeting_exclusions as x
        join marts.articles as a using (article_id)
        where a.input_name = 'memorial.txt' and x.reason = 'trip'""")
    assert rows[0]["n"] >= 1
