"""The analyst's corrections (NEWS_CORRECTIONS_DIR: meeting_corrections.csv and
entity_corrections.csv): written after a build, applied by `rebuild_models` without annotating
anything again, reviewed in analysis.meeting_correction_review / entity_correction_review, and gone
again when the files are emptied."""

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
    "a4.txt": (
        "Tehran backs Gaza truce efforts\nMarch 9, 2024\n\n"
        "Iran's top diplomat Abdollahian told reporters in Tehran that his country supported the "
        "mediation of Qatar. Amir Abdollahian also thanked Sheikh Tamim for his hospitality.\n"
    ),
}

ENTITIES_SQL = """
select e.entity_id, e.canonical_name, e.entity_type,
       (select string_agg(alias, ' | ' order by alias) from marts.entity_aliases as a
        where a.entity_id = e.entity_id) as aliases
from marts.entities as e
order by e.entity_id
"""

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
        entities = dict_rows(warehouse, ENTITIES_SQL)
        ids = {row["canonical_name"]: row["entity_id"] for row in entities}
        # the pipeline never merges a capital into its country, nor these two spellings here
        assert {"Tehran", "Iran", "Amir Abdollahian", "Hossein Amir-Abdollahian"} <= set(ids)
        doha = ids["Doha"]
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
        (corrections / "entity_corrections.csv").write_text(
            "entity_id,action,value,note\n"
            f"{ids['Tehran']},merge_into,{ids['Iran']},the capital stands for the government\n"
            f"{ids['Gaza']},reject,,\n"
            f"{ids['Amir Abdollahian']},rename,Hossein Amir-Abdollahian,\n"
            f"{ids['Amir Abdollahian']},split_alias,ABDOLLAHIAN,a different man\n"
            f"{doha},set_type,LOC,\n"
            f"{ids['Tamim']},set_type,CITY,\n"
            f"{ids['Tamim']},rename,Emir Tamim,\n"
            f"{ids['Tamim']},rename,Sheikh Tamim bin Hamad,\n",
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
            "entity_ids": ids,
            "found_entities": entities,
            "entities": dict_rows(warehouse, ENTITIES_SQL),
            "mention_types": dict_rows(warehouse, "select mention_text, entity_id, entity_type "
                                                  "from marts.mentions"),
            "entity_review": dict_rows(warehouse, "select * from analysis.entity_correction_review "
                                                  "order by line_number"),
        }
        (corrections / "meeting_corrections.csv").write_text("meeting_id,action,value,note\n")
        (corrections / "entity_corrections.csv").write_text("entity_id,action,value,note\n")
        assert run_job("rebuild_models").success
        result["after_emptying"] = dict_rows(warehouse, MEETINGS_SQL)
        result["entities_after_emptying"] = dict_rows(warehouse, ENTITIES_SQL)
    yield result


def test_corrections_apply_without_annotating_again(corrected: dict) -> None:
    assert corrected["rebuild_success"]
    rebuilt = corrected["rebuilt_assets"]
    assert {("raw", "meeting_corrections"), ("raw", "entity_corrections"),
            ("marts", "meetings"), ("marts", "entities")} <= rebuilt
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
    # what `make run` reports after the row counts
    assert corrected["unapplied"] == {"meeting_corrections.csv": 2, "entity_corrections.csv": 3}
    # what the pipeline had found, before the correction
    assert review[2]["found_date"].isoformat() == "2024-03-05"
    assert review[2]["found_place"] == "Doha"
    assert "Hossein Amir-Abdollahian" in review[2]["found_participants"]


def test_emptying_the_files_gives_back_what_the_pipeline_found(corrected: dict) -> None:
    assert corrected["after_emptying"] == corrected["found"]
    assert corrected["entities_after_emptying"] == corrected["found_entities"]


def test_entity_corrections_reach_entities_aliases_and_mentions(corrected: dict) -> None:
    ids = corrected["entity_ids"]
    entities = {row["entity_id"]: row for row in corrected["entities"]}
    # merge: the capital's mentions are the country's
    assert ids["Tehran"] not in entities
    assert entities[ids["Iran"]]["aliases"] == "Iran | Tehran"
    # reject: no entity and no mention left
    assert ids["Gaza"] not in entities
    assert "Gaza" not in {row["mention_text"] for row in corrected["mention_types"]}
    # rename keeps the id; the split-off spelling is an entity of its own
    renamed = entities[ids["Amir Abdollahian"]]
    assert (renamed["canonical_name"], renamed["aliases"]) == (
        "Hossein Amir-Abdollahian", "Amir Abdollahian")
    split = [row for row in entities.values() if row["aliases"] == "Abdollahian"]
    assert len(split) == 1 and split[0]["entity_id"] not in ids.values()
    # set_type: the entity and each of its mentions
    assert entities[ids["Doha"]]["entity_type"] == "LOC"
    assert {row["entity_type"] for row in corrected["mention_types"]
            if row["entity_id"] == ids["Doha"]} == {"LOC"}
    # 'CITY' is no type; two different names for one entity: neither is applied
    assert (entities[ids["Tamim"]]["entity_type"], entities[ids["Tamim"]]["canonical_name"]) == (
        "PERSON", "Tamim")


def test_every_entity_line_is_reviewed(corrected: dict) -> None:
    review = {row["line_number"]: row for row in corrected["entity_review"]}
    assert [n for n, row in review.items() if row["applies"]] == [2, 3, 4, 5, 6]
    assert "PERSON, ORG, GPE, LOC, FAC or NORP" in review[7]["problem"]
    assert review[8]["problem"] == review[9]["problem"] == (
        "contradicts another rename line of this entity")
    assert review[5]["found_spellings"] == "Abdollahian | Amir Abdollahian"
    assert review[2]["found_name"] == "Tehran"
