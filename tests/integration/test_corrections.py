"""The analyst's meeting corrections (NEWS_CORRECTIONS_DIR/meeting_corrections.csv): written after a
build, applied by `rebuild_models` without annotating anything again, reviewed in
analysis.meeting_correction_review, and gone again when the file is emptied."""

from collections.abc import Iterator

import pytest

from orchestration.lib.publishing import unapplied_corrections
from tests.conftest import Env, dict_rows, run_job, write_texts

TEXTS = {
    "a1.txt": (
        "Fidan and Hussein discuss water and security in Ankara\nMarch 4, 2024\n\n"
        "ANKARA — Turkish Foreign Minister Hakan Fidan met Iraqi Foreign Minister Fuad Hussein "
        "in Ankara on Monday.\nThe two ministers discussed water sharing and border security, "
        "the ministry said.\n"
    ),
    "a2.txt": (
        "Amir-Abdollahian holds talks in Doha\nMarch 6, 2024\n\n"
        "DOHA — Iranian Foreign Minister Hossein Amir-Abdollahian held talks with Qatari Prime "
        "Minister Mohammed bin Abdulrahman Al Thani in Doha on Tuesday.\n"
        "They discussed the situation in Gaza.\n"
    ),
    "a3.txt": (
        "Fidan receives Iraqi minister\nMarch 8, 2024\n\n"
        "Iraq's top diplomat Fuad Hussein was received by Turkish Foreign Minister Hakan Fidan "
        "in the Turkish capital on Thursday, officials said.\n"
    ),
}

MEETINGS_SQL = """
select m.meeting_id, m.meeting_date, m.place_name, m.place_entity_id, m.status, m.mode,
       m.report_count, m.date_rule, m.corrected_fields,
       (select string_agg(participant_name, ' & ' order by participant_name)
        from marts.meeting_participants as p where p.meeting_id = m.meeting_id) as participants
from marts.meetings as m
order by m.meeting_date, m.meeting_id
"""


@pytest.fixture(scope="module")
def corrected(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    root = tmp_path_factory.mktemp("corrections")
    inputs = write_texts(root / "inputs", TEXTS)
    corrections = root / "corrections"
    with pytest.MonkeyPatch.context() as monkeypatch:
        warehouse = Env(monkeypatch, root).use(inputs)
        monkeypatch.setenv("NEWS_CORRECTIONS_DIR", str(corrections))
        assert run_job("build_warehouse").success
        found = dict_rows(warehouse, MEETINGS_SQL)
        by_date = {str(row["meeting_date"]): row["meeting_id"] for row in found}
        assert sorted(by_date) == ["2024-03-04", "2024-03-05", "2024-03-07"], found
        doha = dict_rows(warehouse, "select entity_id from marts.entities "
                                    "where canonical_name = 'Doha'")[0]["entity_id"]
        ankara, talks, later = by_date["2024-03-04"], by_date["2024-03-05"], by_date["2024-03-07"]
        corrections.mkdir()
        (corrections / "meeting_corrections.csv").write_text(
            "meeting_id,action,value,note\n"
            f"{talks},reject,,checked with the ministry: a phone call\n"
            f"{later},merge_into,{ankara},the same visit; 'Thursday' is the wire's slip\n"
            f"{ankara},set_place,doha,\n"
            f"{ankara},SET_DATE,2024-03-03,\n"
            "mtg_0000000000000000,reject,,a meeting an older build had\n"
            f"{ankara},set_mode,fax,\n",
            encoding="utf-8",
        )
        rebuilt = run_job("rebuild_models")
        result = {
            "found": found, "ids": by_date, "doha": doha, "rebuild_success": rebuilt.success,
            "rebuilt_assets": {tuple(event.asset_key.path)
                               for event in rebuilt.get_asset_materialization_events()},
            "meetings": dict_rows(warehouse, MEETINGS_SQL),
            "reports": dict_rows(warehouse,
                                 "select meeting_id, article_id from marts.meeting_reports"),
            "review": dict_rows(warehouse, "select * from analysis.meeting_correction_review "
                                           "order by line_number"),
            "unapplied": unapplied_corrections(warehouse),
        }
        (corrections / "meeting_corrections.csv").write_text("meeting_id,action,value,note\n")
        assert run_job("rebuild_models").success
        result["after_emptying"] = dict_rows(warehouse, MEETINGS_SQL)
    yield result


def test_corrections_apply_without_annotating_again(corrected: dict) -> None:
    assert corrected["rebuild_success"]
    rebuilt = corrected["rebuilt_assets"]
    assert {("raw", "meeting_corrections"), ("marts", "meetings")} <= rebuilt
    assert not [key for key in rebuilt if key[0] == "nlp"]


def test_a_rejected_meeting_is_gone_from_every_meeting_table(corrected: dict) -> None:
    talks = corrected["ids"]["2024-03-05"]
    assert talks not in {row["meeting_id"] for row in corrected["meetings"]}
    assert talks not in {row["meeting_id"] for row in corrected["reports"]}


def test_a_merged_meeting_adds_its_reports_to_the_one_that_stays(corrected: dict) -> None:
    ankara = corrected["ids"]["2024-03-04"]
    assert [row["meeting_id"] for row in corrected["meetings"]] == [ankara]
    meeting = corrected["meetings"][0]
    assert meeting["report_count"] == 2
    assert meeting["participants"] == "Fuad Hussein & Hakan Fidan"
    assert sorted(row["meeting_id"] for row in corrected["reports"]) == [ankara, ankara]


def test_field_corrections_replace_what_was_found(corrected: dict) -> None:
    meeting = corrected["meetings"][0]
    assert str(meeting["meeting_date"]) == "2024-03-03"
    assert meeting["date_rule"] == "corrected"
    # the place is matched to its entity by any spelling, case and accents ignored
    assert meeting["place_name"] == "doha"
    assert meeting["place_entity_id"] == corrected["doha"]
    assert meeting["mode"] == "in_person"
    assert meeting["corrected_fields"] == "merge_into, set_date, set_place"


def test_every_line_is_reviewed_with_why_it_does_not_apply(corrected: dict) -> None:
    review = {row["line_number"]: row for row in corrected["review"]}
    assert sorted(review) == [2, 3, 4, 5, 6, 7]
    assert [n for n, row in review.items() if row["applies"]] == [2, 3, 4, 5]
    assert review[5]["action"] == "set_date"
    assert "no meeting has this id" in review[6]["problem"]
    assert "in_person, phone or video" in review[7]["problem"]
    assert corrected["unapplied"] == 2  # what `make run` reports after the row counts
    # what the pipeline had found, before the correction
    assert review[2]["found_date"].isoformat() == "2024-03-05"
    assert review[2]["found_place"] == "Doha"
    assert "Hossein Amir-Abdollahian" in review[2]["found_participants"]


def test_emptying_the_file_gives_back_what_the_pipeline_found(corrected: dict) -> None:
    assert corrected["after_emptying"] == corrected["found"]
