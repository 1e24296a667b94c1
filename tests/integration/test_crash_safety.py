"""Crash safety and concurrency with real processes (`python -m orchestration.cli run`).

- Kill -9 a run while NLP batches are being written, kill -9 the next one during dbt, run again:
  the published warehouse equals a clean build's (same ids, same row counts), and the raw tables
  hold no duplicate rows.
- Two runs started at once on the same warehouse: both succeed (the second waits on the build lock
  step by step) and the published warehouse equals the clean build.
- A writer that cannot get the lock within its timeout fails with a clear message.
"""

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from orchestration import settings
from orchestration.lib import warehouse
from orchestration.lib.publishing import PUBLIC_TABLES

pytestmark = pytest.mark.integration

PEOPLE = ["Angela Merkel", "Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni", "Pedro Sanchez",
          "Justin Trudeau", "Fumio Kishida", "Narendra Modi"]
PLACES = ["Berlin", "Paris", "Rome", "Madrid", "Ottawa", "Tokyo", "New Delhi", "Brussels"]
TOPICS = ["trade", "energy prices", "migration", "climate policy", "defence spending"]
ARTICLES = 40
KEY_QUERIES = {
    "marts.articles": "select article_id, input_name, content_sha256 from marts.articles",
    "marts.entities": "select entity_id, canonical_name from marts.entities",
    "marts.mentions": "select mention_id, entity_id, start_char, end_char from marts.mentions",
    "marts.quotes": "select quote_id, quote_kind from marts.quotes",
    "marts.meetings": "select meeting_id, status, report_count from marts.meetings",
    "raw.articles": "select article_id, input_name from raw.articles",
    "raw.rejected_inputs": "select rejection_id, input_name, reason from raw.rejected_inputs",
    "nlp.documents": "select article_id, is_annotated from nlp.documents",
}


def write_corpus(folder: Path) -> None:
    folder.mkdir(parents=True)
    for index in range(ARTICLES):
        host, guest = PEOPLE[index % 8], PEOPLE[(index * 3 + 1) % 8]
        place, topic = PLACES[index % 8], TOPICS[index % 5]
        text = (f"{place}, March {index % 27 + 1} (Reuters) - {host} met {guest} in {place} on "
                f"Tuesday to discuss {topic}, officials said.\n\n"
                f"\u201cWe made progress on {topic},\u201d {host} told reporters after the "
                f"meeting. {guest} said the two governments would meet again next month.\n")
        (folder / f"article_{index:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("")
    (folder / "copy.txt").write_text((folder / "article_00.txt").read_text(encoding="utf-8"))


def env_for(inputs: Path, published: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("NEWS_") and key != "DAGSTER_HOME"}
    env.update({"NEWS_INPUT_DIR": str(inputs), "NEWS_WAREHOUSE": str(published),
                "NEWS_BATCH_SIZE": "5", "NEWS_NLP_PROCESSES": "1", "PYTHONUNBUFFERED": "1",
                "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "GX_ANALYTICS_ENABLED": "false",
                "DO_NOT_TRACK": "1", "TQDM_DISABLE": "1"})
    return env


def start(env: dict[str, str], log: Path | None = None) -> subprocess.Popen:
    output = subprocess.PIPE if log is None else log.open("w")
    return subprocess.Popen([sys.executable, "-m", "orchestration.cli", "run"],
                            cwd=settings.PROJECT_ROOT, env=env, stdout=output,
                            stderr=subprocess.STDOUT, text=True)


def run_to_end(env: dict[str, str], log: Path) -> int:
    return start(env, log).wait(timeout=600)


def kill_when(env: dict[str, str], pattern: str, log: Path) -> str:
    """Start a run, SIGKILL it as soon as a line matches `pattern`; return the matching line."""
    process = start(env)
    assert process.stdout is not None
    matched = ""
    with log.open("w") as copy:
        for line in process.stdout:
            copy.write(line)
            if re.search(pattern, line):
                matched = line
                os.kill(process.pid, signal.SIGKILL)
                break
    process.stdout.close()
    code = process.wait(timeout=60)
    assert matched, f"the run ended (code {code}) before {pattern!r}; see {log}"
    assert code == -signal.SIGKILL
    return matched


def snapshot(path: Path) -> dict[str, object]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        shot: dict[str, object] = {
            table: sorted(con.execute(sql).fetchall()) for table, sql in KEY_QUERIES.items()}
        shot["counts"] = {table: con.execute(f"select count(*) from {table}").fetchone()[0]
                          for table in PUBLIC_TABLES}
        shot["analysis"] = {
            name: con.execute(f'select count(*) from analysis."{name}"').fetchone()[0]
            for (name,) in con.execute("select table_name from duckdb_tables() "
                                       "where schema_name = 'analysis'").fetchall()}
        shot["unaccounted"] = con.execute(
            "select count(*) from intermediate.int_input_accounting where not is_accounted_for"
        ).fetchone()[0]
        return shot
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "inputs"
    write_corpus(folder)
    return folder


@pytest.fixture(scope="module")
def clean_build(corpus: Path) -> Iterator[dict[str, object]]:
    root = corpus.parent / "clean"
    published = root / "news.duckdb"
    code = run_to_end(env_for(corpus, published), corpus.parent / "clean.log")
    assert code == 0, (corpus.parent / "clean.log").read_text()[-3000:]
    shot = snapshot(published)
    assert shot["counts"]["marts.articles"] == ARTICLES  # type: ignore[index]
    assert shot["counts"]["marts.mentions"] > 0  # type: ignore[index]
    assert shot["unaccounted"] == 0
    yield shot


def test_killed_runs_then_rerun_equal_a_clean_build(corpus: Path, clean_build: dict) -> None:
    root = corpus.parent / "killed"
    published = root / "news.duckdb"
    env = env_for(corpus, published)
    build_file = root / "build" / "news.duckdb"

    # 1. killed while NLP batches are written (after the first batch of 5 committed)
    line = kill_when(env, rf"\b([5-9]|[1-3]\d)/{ARTICLES} documents", root.parent / "kill1.log")
    assert "documents" in line
    assert not published.exists()  # nothing half-built was ever published
    con = duckdb.connect(str(build_file), read_only=True)
    try:
        annotated = con.execute("select count(*) from nlp.documents").fetchone()[0]
        loaded = con.execute("select count(*) from raw.articles").fetchone()[0]
    finally:
        con.close()
    assert 5 <= annotated < ARTICLES and annotated % 5 == 0  # whole batches only
    assert loaded == ARTICLES

    # 2. killed again, this time while dbt builds the marts
    kill_when(env, r"START sql table model marts\.", root.parent / "kill2.log")
    assert not published.exists()

    # 3. run again to the end
    code = run_to_end(env, root.parent / "rerun.log")
    assert code == 0, (root.parent / "rerun.log").read_text()[-3000:]
    assert snapshot(published) == clean_build
    assert not published.with_name(published.name + ".wal").exists()


def test_two_concurrent_runs_both_succeed_and_agree(corpus: Path, clean_build: dict) -> None:
    root = corpus.parent / "concurrent"
    published = root / "news.duckdb"
    env = env_for(corpus, published)
    logs = [root.parent / "concurrent_a.log", root.parent / "concurrent_b.log"]
    processes = [start(env, log) for log in logs]
    codes = [process.wait(timeout=900) for process in processes]
    assert codes == [0, 0], [log.read_text()[-2000:] for log in logs]
    assert snapshot(published) == clean_build
    con = duckdb.connect(str(published), read_only=True)
    try:
        runs = con.execute("select count(*) from raw.load_runs").fetchone()[0]
    finally:
        con.close()
    assert runs == 2  # both loads ran, one after the other, the second adding nothing


def test_lock_timeout_fails_with_a_clear_message(tmp_path: Path) -> None:
    build_file = tmp_path / "news.duckdb"
    with warehouse.build_lock(build_file):
        with pytest.raises(warehouse.BuildLockTimeout, match="another news-warehouse run"):
            with warehouse.build_lock(build_file, timeout_s=0.2):
                pass
    with warehouse.build_lock(build_file, timeout_s=0.2):  # released: free again
        pass


def test_a_failed_run_exits_non_zero_with_its_error_and_output_flushed(tmp_path: Path) -> None:
    """`cli run` ends without the interpreter's teardown: its exit code and every line of output
    (the step error, the closing log line) must still reach the caller."""
    env = env_for(tmp_path / "no_such_folder", tmp_path / "w" / "news.duckdb")
    log = tmp_path / "failed.log"
    assert run_to_end(env, log) == 1
    text = log.read_text()
    assert "input folder does not exist" in text
    assert text.rstrip().endswith("the run failed; the published warehouse was left as it was")
