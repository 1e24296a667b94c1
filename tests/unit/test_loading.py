"""Loading into a real DuckDB file: idempotent, duplicates recorded, every document in the manifest
and in exactly one of raw.articles / raw.rejected_inputs."""

import json
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from orchestration.lib import warehouse
from orchestration.lib.ingest import article_id_for, sha256_text
from orchestration.lib.loading import MANIFEST_RUNS_KEPT, load_inputs

T0 = datetime(2026, 1, 1, 12, 0, 0)
MB = 1024 * 1024
TEXT_A = "The minister met officials in Paris on Monday to discuss trade.\n"
TEXT_B = "Talks between the two delegations ended without agreement.\n"

# The same rule as dbt_project/models/intermediate/int_input_accounting.sql, for one run.
ACCOUNTING_SQL = """
select m.document_index, m.input_name, m.outcome,
    (select count(*) from raw.articles a
     where a.input_name = m.input_name and a.content_sha256 = m.content_sha256) as article_rows,
    (select count(*) from raw.rejected_inputs r
     where r.input_name = m.input_name
       and r.content_sha256 is not distinct from m.content_sha256
       and (m.outcome = 'article' or r.reason = m.reason)) as rejection_rows
from raw.input_manifest m where m.run_id = ? order by m.document_index
"""


@pytest.fixture
def con(tmp_path: Path):
    connection = warehouse.connect(tmp_path / "build.duckdb")
    warehouse.ensure_tables(connection)
    yield connection
    connection.close()


def load(con: duckdb.DuckDBPyConnection, folder: Path, run: int, batch_size: int = 2):
    return load_inputs(con, folder, MB, f"run{run}", T0 + timedelta(minutes=run),
                       batch_size=batch_size)


def assert_accounted(con: duckdb.DuckDBPyConnection, run_id: str, expected: int) -> None:
    rows = con.execute(ACCOUNTING_SQL, [run_id]).fetchall()
    assert len(rows) == expected
    for _, name, outcome, in_articles, in_rejected in rows:
        assert (in_articles, in_rejected) == ((1, 0) if outcome == "article" else (0, 1)), name
    seen = con.execute("select documents_seen from raw.load_runs where run_id = ?",
                       [run_id]).fetchone()[0]
    assert seen == expected


def test_every_document_accounted_and_reload_is_a_no_op(con, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT_A)
    (folder / "copy_of_a.txt").write_text(TEXT_A)
    (folder / "sub" / "b.txt").write_text(TEXT_B)
    (folder / "empty.txt").write_text("")
    (folder / "x.csv").write_text("1,2\n")
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": 1, "text": "A record about the summit in Rome.\n"}) + "\nnot json\n")
    first = load(con, folder, 1)
    assert first.documents_seen == 7 and first.articles_added == 3
    assert first.rejection_reasons == {"duplicate": 1, "empty": 1, "unsupported_format": 1,
                                       "malformed_jsonl": 1}
    assert_accounted(con, "run1", 7)
    duplicate = con.execute("select input_name, duplicate_of_article_id from raw.rejected_inputs "
                            "where reason = 'duplicate'").fetchall()
    assert duplicate == [("copy_of_a.txt", article_id_for(sha256_text(TEXT_A)))]

    before = con.execute("select count(*) from raw.articles").fetchone()[0], con.execute(
        "select count(*) from raw.rejected_inputs").fetchone()[0]
    second = load(con, folder, 2)
    assert (second.articles_added, second.rejections_added) == (0, 0)
    after = con.execute("select count(*) from raw.articles").fetchone()[0], con.execute(
        "select count(*) from raw.rejected_inputs").fetchone()[0]
    assert before == after
    assert_accounted(con, "run2", 7)


def test_changed_and_reverted_file_makes_its_version_current(con, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "a.txt"
    current = ("select article_id from raw.articles where input_name = 'a.txt' "
               "order by loaded_at desc, article_id limit 1")
    for run, text in enumerate([TEXT_A, TEXT_B, TEXT_A], start=1):
        path.write_text(text)
        load(con, folder, run)
        assert con.execute(current).fetchone()[0] == article_id_for(sha256_text(text))
        assert_accounted(con, f"run{run}", 1)
    assert con.execute("select count(*) from raw.articles").fetchone()[0] == 2


def test_name_collision_between_txt_and_jsonl_record(con, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "f.jsonl").write_text(json.dumps({"id": "x.txt", "text": TEXT_A}) + "\n")
    (folder / "f.jsonl#x.txt").write_text(TEXT_B)
    summary = load(con, folder, 1)
    assert summary.documents_seen == 2 and summary.articles_added == 1
    assert summary.rejection_reasons == {"duplicate_name": 1}
    assert_accounted(con, "run1", 2)


def test_killed_load_leaves_no_manifest_and_whole_batches(con, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(5):
        (folder / f"{index}.txt").write_text(f"Article number {index} about the talks.\n")
    # A load killed after some batches: manifest rows but no raw.load_runs row.
    con.execute("insert into raw.input_manifest values ('dead', 0, '0.txt', 'x', 'article', null, "
                "'art_x', null, ?)", [T0])
    load(con, folder, 1)
    runs = {row[0] for row in con.execute("select distinct run_id from raw.input_manifest")
            .fetchall()}
    assert runs == {"run1"}
    assert_accounted(con, "run1", 5)


def test_manifest_keeps_only_recent_loads(con, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT_A)
    for run in range(MANIFEST_RUNS_KEPT + 2):
        load(con, folder, run)
    runs = con.execute("select count(distinct run_id) from raw.input_manifest").fetchone()[0]
    assert runs == MANIFEST_RUNS_KEPT
    assert con.execute("select count(*) from raw.load_runs").fetchone()[0] == MANIFEST_RUNS_KEPT + 2


def test_hostile_names_and_values_are_stored_as_data(con, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    hostile = "x'); drop table raw.articles; --"
    (folder / f"{hostile}.txt").write_text(TEXT_A)
    (folder / "f.jsonl").write_text(json.dumps(
        {"id": "'; delete from raw.articles; --", "text": TEXT_B, "title": "' or 1=1 --"}) + "\n")
    load(con, folder, 1)
    names = {row[0] for row in con.execute("select input_name from raw.articles").fetchall()}
    assert names == {f"{hostile}.txt", "f.jsonl#'; delete from raw.articles; --"}
    assert_accounted(con, "run1", 2)
