"""Serving: readers are never blocked and never see a half-built warehouse; older DuckDB releases
(as embedded in BI drivers) and SQLAlchemy/duckdb-engine (Superset) open the published file.

Two real runs on the seed articles: the first publishes build 1; a reader process then queries the
published file in a loop (one connection held open throughout, plus a fresh connection per query)
while the second run builds and publishes build 2. Builds are told apart by `raw.load_runs`, which
gains one row per run, and checked complete by `quality.expectation_results` (one run's results per
published run).
"""

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
import pytest
import sqlalchemy as sa

from orchestration import settings
from orchestration.defs.publish.assets import ANALYSIS_MODELS
from orchestration.lib.publishing import PUBLIC_TABLES
from tests.conftest import seeds_environment

pytestmark = pytest.mark.integration

COMPAT_PYTHON = settings.PROJECT_ROOT / ".venv-compat" / "bin" / "python"

# A reader: another process, as a BI tool would be; it writes one JSON line per query. Mode
# "held" keeps one connection open throughout; mode "fresh" opens a new connection for every query.
# They must be separate processes: DuckDB shares one database instance per file within a process,
# so a fresh connect() beside a held one would reuse the held (old) file.
READER = r"""
import json, sys, time
from pathlib import Path
import duckdb

mode, path, out, stop = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
wal = path.with_name(path.name + ".wal")
MARKER = ("select (select count(*) from raw.load_runs), "
          "(select count(distinct run_id) from quality.expectation_results), "
          "(select count(*) from duckdb_tables() where schema_name = 'analysis'), "
          "(select count(*) from marts.mentions)")
held = duckdb.connect(str(path), read_only=True) if mode == "held" else None
with out.open("a") as log:
    while not stop.exists():
        row = {"t": time.time(), "wal": wal.exists()}
        try:
            con = held or duckdb.connect(str(path), read_only=True)
            try:
                row["marker"] = list(con.execute(MARKER).fetchone())
            finally:
                if held is None:
                    con.close()
        except Exception as error:
            row["error"] = f"{type(error).__name__}: {error}"
        log.write(json.dumps(row) + "\n")
        log.flush()
        time.sleep(0.05)
"""


# Run by the older DuckDB: every marts/analysis table's row count and one column comment.
OLD_READER = r"""
import duckdb, json, sys
con = duckdb.connect(sys.argv[1], read_only=True)
tables = [r[0] for r in con.execute(
    "select schema_name || '.' || table_name from duckdb_tables() "
    "where schema_name in ('marts', 'analysis') order by 1").fetchall()]
counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}
comment = con.execute(
    "select comment from duckdb_columns() where schema_name = 'marts' "
    "and table_name = 'articles' and column_name = 'article_id'").fetchone()[0]
print(json.dumps({"version": duckdb.__version__, "counts": counts, "comment": comment}))
"""


def run_with_events(job_name: str = "build_warehouse") -> tuple[bool, dict[str, float]]:
    """Run a job in-process and return (success, {"<step>:<event type>": timestamp})."""
    from orchestration.definitions import defs

    job = defs().resolve_job_def(job_name)
    with dg.DagsterInstance.ephemeral() as instance:
        result = job.execute_in_process(instance=instance, raise_on_error=False)
        times = {}
        for entry in instance.all_logs(result.run_id):
            event = entry.dagster_event
            if event is not None:
                times.setdefault(f"{event.step_key}:{event.event_type_value}", entry.timestamp)
        return result.success, times


def read_log(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def wait_for(predicate, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    root = tmp_path_factory.mktemp("serving")
    with seeds_environment(root):
        path = settings.warehouse_path()
        first_ok, _ = run_with_events()
        assert first_ok and path.exists(), "the first build failed"

        stop = root / "stop"
        logs = {mode: root / f"reader-{mode}.jsonl" for mode in ("held", "fresh")}
        readers = {mode: subprocess.Popen(
            [sys.executable, "-c", READER, mode, str(path), str(log), str(stop)],
            stderr=subprocess.PIPE, text=True) for mode, log in logs.items()}
        try:
            for log in logs.values():
                wait_for(lambda log=log: len(read_log(log)) >= 3, 60, "the readers' first queries")
            second_ok, times = run_with_events()
            finished = time.time()
            for log in logs.values():
                wait_for(lambda log=log: any(r["t"] > finished for r in read_log(log)), 60,
                         "reader queries after the run")
        finally:
            stop.touch()
            outcomes = {mode: (reader.communicate(timeout=60)[1], reader.returncode)
                        for mode, reader in readers.items()}
        yield {"path": path, "first_ok": first_ok, "second_ok": second_ok, "times": times,
               "held": read_log(logs["held"]), "fresh": read_log(logs["fresh"]),
               "outcomes": outcomes, "finished": finished}


def test_readers_and_run_all_succeed(served: dict) -> None:
    assert served["second_ok"], "the run failed while readers held the warehouse open"
    for mode, (stderr, returncode) in served["outcomes"].items():
        assert returncode == 0, (mode, stderr)
    for mode in ("held", "fresh"):
        errors = [r["error"] for r in served[mode] if "error" in r]
        assert not errors, (mode, errors[:3])
        assert len(served[mode]) >= 20, mode


def test_held_reader_keeps_its_complete_snapshot(served: dict) -> None:
    held = {tuple(r["marker"]) for r in served["held"]}
    assert len(held) == 1, held
    load_runs, quality_runs, analysis_tables, mentions = held.pop()
    assert (load_runs, quality_runs) == (1, 1)
    assert analysis_tables == len(ANALYSIS_MODELS) and mentions > 0


def test_new_readers_see_previous_build_mid_run_then_the_new_one(served: dict) -> None:
    times, rows = served["times"], served["fresh"]
    build_changed = times["warehouse_models:STEP_SUCCESS"]  # ingest and dbt rewrote the build file
    publish_started = times["warehouse__published:STEP_START"]
    assert build_changed < publish_started
    markers = [r["marker"][0] for r in rows]
    assert set(markers) == {1, 2}
    assert markers == sorted(markers), "a new reader saw an older build after a newer one"
    mid_run = [r["marker"] for r in rows if build_changed < r["t"] < publish_started]
    assert mid_run, "no reader query landed between the dbt build and publishing"
    assert all(m[0] == 1 for m in mid_run), "a new reader saw the unpublished build"
    after = [r["marker"] for r in rows if r["t"] > served["finished"]]
    assert after and all(m[0] == 2 for m in after)
    for load_runs, quality_runs, analysis_tables, mentions in (r["marker"] for r in rows):
        assert quality_runs == load_runs, "published build without its own quality results"
        assert analysis_tables == len(ANALYSIS_MODELS) and mentions > 0


def test_published_file_never_has_a_wal(served: dict) -> None:
    assert not any(r["wal"] for r in served["held"] + served["fresh"])
    path: Path = served["path"]
    assert not path.with_name(path.name + ".wal").exists()
    assert not list(path.parent.glob(f".{path.name}.*.tmp")), "publish left a staging file"


def test_every_public_table_and_column_is_commented(served: dict) -> None:
    con = duckdb.connect(str(served["path"]), read_only=True)
    try:
        tables = con.execute(
            "select schema_name, table_name, comment from duckdb_tables() "
            "where schema_name in ('marts', 'analysis')").fetchall()
        columns = con.execute(
            "select schema_name, table_name, column_name from duckdb_columns() "
            "where schema_name in ('marts', 'analysis') and coalesce(trim(comment), '') = ''"
        ).fetchall()
    finally:
        con.close()
    names = {f"{schema}.{table}" for schema, table, _ in tables}
    assert set(PUBLIC_TABLES) <= names
    assert {f"analysis.{model}" for model in ANALYSIS_MODELS} <= names
    assert not [name for schema, name, comment in tables if not (comment or "").strip()]
    assert not columns, columns[:10]


def test_older_duckdb_opens_published_file(served: dict) -> None:
    if not COMPAT_PYTHON.exists():
        pytest.skip("no .venv-compat with an older DuckDB: run `make compat` (make test does)")
    done = subprocess.run([str(COMPAT_PYTHON), "-c", OLD_READER, str(served["path"])],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    old = json.loads(done.stdout)
    assert old["version"].startswith("1.1."), old["version"]
    con = duckdb.connect(str(served["path"]), read_only=True)
    try:
        for table, count in old["counts"].items():
            assert con.execute(f"select count(*) from {table}").fetchone()[0] == count, table
    finally:
        con.close()
    assert set(PUBLIC_TABLES) <= set(old["counts"])
    assert old["comment"]


@pytest.mark.parametrize("form", ["url", "connect_args"])
def test_sqlalchemy_duckdb_engine_reads_marts(served: dict, form: str) -> None:
    path = served["path"]
    if form == "url":  # the form a Superset "SQLAlchemy URI" field takes
        engine = sa.create_engine(f"duckdb:///{path}?access_mode=read_only")
    else:
        engine = sa.create_engine(f"duckdb:///{path}", connect_args={"read_only": True})
    try:
        with engine.connect() as connection:
            inspector = sa.inspect(connection)
            assert {t.split(".")[1] for t in PUBLIC_TABLES} <= set(
                inspector.get_table_names(schema="marts"))
            assert inspector.get_table_comment("meetings", schema="marts")["text"]
            columns = inspector.get_columns("meetings", schema="marts")
            assert {"meeting_id", "meeting_date", "status"} <= {c["name"] for c in columns}
            assert all(c.get("comment") for c in columns)
            # Full Table(autoload_with=) also reflects primary keys, which duckdb-engine 0.17 cannot
            # do on DuckDB 1.5 (REGCLASS): query through the reflected columns instead.
            meetings = sa.table(
                "meetings", *(sa.column(c["name"]) for c in columns), schema="marts")
            held = connection.execute(
                sa.select(sa.func.count()).select_from(meetings)
                .where(meetings.c.status == "held")).scalar()
            total = connection.execute(sa.select(sa.func.count()).select_from(meetings)).scalar()
            assert 0 < held <= total
            assert "timeline" not in inspector.get_table_names(schema="analysis")
            assert "speaker_topics" in inspector.get_table_names(schema="analysis")
            with pytest.raises(sa.exc.DBAPIError, match="read-only"):
                connection.execute(sa.text("create table marts.scratch (x integer)"))
    finally:
        engine.dispose()
