"""Every job the UI offers succeeds, stage by stage, after a first full build (as a user would run
them from the Launchpad), and a stage job run alone leaves the published warehouse consistent."""

import shutil
from pathlib import Path

import duckdb
import pytest

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
    finally:
        con.close()
