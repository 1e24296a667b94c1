"""Every job the UI offers succeeds, stage by stage, after a first full build (as a user would run
them from the Launchpad), and a stage job run alone leaves the published warehouse consistent."""

import re
import shutil
from pathlib import Path

import duckdb
import pytest

from orchestration.lib.publishing import latest_load_line
from tests.conftest import SEEDS, Env, run_job

pytestmark = pytest.mark.integration

STAGE_JOBS = ["ingest_job", "nlp_job", "transform_job", "rebuild_models", "analysis_job"]


def test_every_job_succeeds(pipeline_env: Env, tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(path, inputs)
    published = pipeline_env.use(inputs)
    assert run_job("build_warehouse").success

    shutil.copy(sorted(SEEDS.glob("*.txt"))[2], inputs)  # new input picked up by the stage jobs
    for job in STAGE_JOBS:
        result = run_job(job)
        assert result.success, job

    con = duckdb.connect(str(published), read_only=True)
    try:
        assert con.execute("select count(*) from marts.articles").fetchone()[0] == 3
        assert con.execute("select count(*) from analysis.meeting_timeline").fetchone()[0] >= 0
        changes = con.execute(
            "select load_started_at, change_kind, item_id, articles_in_load, articles_before "
            "from analysis.load_changes").fetchall()
        report_counts = dict(con.execute(
            "select meeting_id, report_count from marts.meetings").fetchall())
        entity_count = con.execute("select count(*) from marts.entities").fetchone()[0]
    finally:
        con.close()
    assert_load_changes(changes, report_counts, entity_count)
    line = latest_load_line(published)
    assert line is not None and line.startswith("latest load: 1 new articles, ")
    page = (published.parent / "briefing.html").read_text(encoding="utf-8")
    latest = re.search(r'<section id="latest">.*?</section>', page, re.S)
    assert latest and "What the newest of 2 loads brought" in latest.group(0)
    meetings_touched = sum(1 for row in changes if row[0] == max(r[0] for r in changes)
                           and row[1] != "new_entity")
    assert latest.group(0).count("<tr>") - 1 == meetings_touched > 0


def assert_load_changes(changes: list[tuple], report_counts: dict[str, int],
                        entity_count: int) -> None:
    """Two loads: the first brought two seed articles, the second one more."""
    loads = sorted({row[0] for row in changes})
    assert len(loads) == 2
    first, second = ([row for row in changes if row[0] == load] for load in loads)
    assert {row[1] for row in first} == {"new_meeting", "new_entity"}
    assert all(row[4] == 0 for row in first)
    assert "meeting_new_reports" in {row[1] for row in second}  # the third seed reports them too
    assert all(row[4] > 0 for row in second if row[1] == "meeting_new_reports")
    # every report of every meeting is counted once, in the load that brought its article
    reported: dict[str, int] = {}
    for _, kind, item_id, in_load, _before in changes:
        if kind != "new_entity":
            reported[item_id] = reported.get(item_id, 0) + in_load
    assert reported == report_counts
    assert sum(1 for row in changes if row[1] == "new_entity") == entity_count
