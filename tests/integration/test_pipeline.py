"""The whole asset graph materialized in-process on the five seed articles, then re-run."""

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from orchestration import settings
from orchestration.lib.publishing import PUBLIC_TABLES
from tests.conftest import run_job, seeds_environment

pytestmark = pytest.mark.integration

CONTRACT = {
    "marts.sources": ["source_id", "source_name", "article_count"],
    "marts.articles": ["article_id", "source_id", "input_name", "title", "published_date",
                       "body_text", "content_sha256"],
    "marts.entities": ["entity_id", "canonical_name", "entity_type", "mention_count",
                       "article_count"],
    "marts.entity_aliases": ["entity_id", "alias", "mention_count"],
    "marts.mentions": ["mention_id", "article_id", "entity_id", "mention_text", "start_char",
                       "end_char", "sentence_index"],
    "marts.meetings": ["meeting_id", "meeting_date", "place_name", "place_entity_id", "status",
                       "report_count"],
    "marts.meeting_participants": ["meeting_id", "entity_id", "participant_name"],
    "marts.meeting_reports": ["meeting_id", "article_id", "evidence_text", "start_char",
                              "end_char"],
    "marts.quotes": ["quote_id", "article_id", "speaker_entity_id", "speaker_name", "quote_text",
                     "quote_kind", "start_char", "end_char"],
}
SPANS = {"marts.mentions": "mention_text", "marts.meeting_reports": "evidence_text",
         "marts.quotes": "quote_text"}


def snapshot(path: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            "articles": con.execute("select article_id, input_name, title from marts.articles "
                                    "order by 1").fetchall(),
            "entities": con.execute("select entity_id, canonical_name from marts.entities "
                                    "order by 1").fetchall(),
            "mentions": con.execute("select mention_id, entity_id from marts.mentions "
                                    "order by 1").fetchall(),
            "quotes": con.execute("select quote_id from marts.quotes order by 1").fetchall(),
            "meetings": con.execute("select meeting_id from marts.meetings order by 1").fetchall(),
            "counts": [(t, con.execute(f"select count(*) from {t}").fetchone()[0])
                       for t in PUBLIC_TABLES],
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    with seeds_environment(tmp_path_factory.mktemp("seeds_build")) as inputs:
        first = run_job()
        path = settings.warehouse_path()
        first_snapshot = snapshot(path) if path.exists() else None
        second = run_job()
        yield {
            "first": first, "second": second, "path": path, "inputs": inputs,
            "first_snapshot": first_snapshot, "second_snapshot": snapshot(path),
            "build": settings.build_path(),
        }


def test_full_run_succeeds_and_publishes(built: dict) -> None:
    assert built["first"].success
    assert built["second"].success
    assert built["path"].exists()
    assert not built["path"].with_name(built["path"].name + ".wal").exists()


def test_contract_tables_and_columns_exist(built: dict) -> None:
    con = duckdb.connect(str(built["path"]), read_only=True)
    columns: dict[str, dict[str, str]] = {}
    for schema, table, column, comment in con.execute(
        "select schema_name, table_name, column_name, comment from duckdb_columns()"
    ).fetchall():
        columns.setdefault(f"{schema}.{table}", {})[column] = comment or ""
    for table, required in CONTRACT.items():
        assert table in columns, table
        missing = [c for c in required if c not in columns[table]]
        assert not missing, (table, missing)
        undocumented = [c for c, comment in columns[table].items() if not comment.strip()]
        assert not undocumented, (table, undocumented)
    assert con.execute("select count(*) from marts.articles").fetchone()[0] == 5


def test_offsets_index_body_text(built: dict) -> None:
    con = duckdb.connect(str(built["path"]), read_only=True)
    for table, column in SPANS.items():
        bad = con.execute(
            f"select count(*) from {table} x join marts.articles a using (article_id) "
            f"where substr(a.body_text, x.start_char + 1, x.end_char - x.start_char) "
            f"is distinct from x.{column}"
        ).fetchone()[0]
        assert bad == 0, table
    assert con.execute("select count(*) from marts.mentions").fetchone()[0] > 100


def test_every_input_is_accounted_for(built: dict) -> None:
    con = duckdb.connect(str(built["path"]), read_only=True)
    names = {p.name for p in built["inputs"].iterdir()}
    loaded = {r[0] for r in con.execute("select input_name from raw.articles").fetchall()}
    rejected = {r[0] for r in con.execute("select input_name from raw.rejected_inputs").fetchall()}
    assert names == loaded | rejected
    assert not loaded & rejected


def test_quality_results_one_row_per_expectation_per_run(built: dict) -> None:
    from orchestration.lib.gx_validation import load_suites

    expected = sum(len(s.expectations) for s in load_suites(settings.EXPECTATIONS_DIR / "suites"))
    con = duckdb.connect(str(built["path"]), read_only=True)
    rows = con.execute(
        "select run_id, count(*), bool_and(success) from quality.expectation_results group by 1"
    ).fetchall()
    assert len(rows) >= 1
    for _, count, success in rows:
        assert count == expected
        assert success


def test_second_run_changes_nothing(built: dict) -> None:
    assert built["first_snapshot"] == built["second_snapshot"]


def test_analysis_models_built(built: dict) -> None:
    con = duckdb.connect(str(built["path"]), read_only=True)
    tables = {r[0] for r in con.execute(
        "select table_name from duckdb_tables() where schema_name = 'analysis'").fetchall()}
    assert {"meeting_timeline", "who_met_whom", "top_speakers"} <= tables
