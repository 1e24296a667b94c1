"""A failing GX check stops the analysis models and the publication: readers keep the last good
build."""

import hashlib
import shutil
from pathlib import Path

import duckdb
import pytest

from orchestration import settings
from tests.conftest import SEEDS, Env, run_job

pytestmark = pytest.mark.integration


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def built_then_tampered(pipeline_env: Env, tmp_path: Path, seed: int, sql: str) -> tuple[Path, str]:
    """Build one seed article and publish it, then run `sql` on the build database. Returns the
    published file and its digest, which a blocked run must leave unchanged."""
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[seed], inputs)
    published = pipeline_env.use(inputs)
    assert run_job().success
    before = digest(published)
    con = duckdb.connect(str(settings.build_path()))
    con.execute(sql)
    con.close()
    return published, before


def test_corrupted_quotes_block_analysis_and_publication(pipeline_env: Env, tmp_path: Path) -> None:
    # A broken extractor: quote text that is not what the offsets point at (no NLP-level check on
    # it).
    published, before = built_then_tampered(
        pipeline_env, tmp_path, 0,
        "update nlp.quote_candidates set quote_text = quote_text || ' (sic)'")

    result = run_job("rebuild_models")
    assert not result.success
    failed_checks = [
        e.asset_check_evaluation_data.check_name
        for e in result.all_events
        if e.event_type_value == "ASSET_CHECK_EVALUATION"
        and not e.asset_check_evaluation_data.passed
    ]
    assert "gx_quotes" in failed_checks
    materialized = {
        e.asset_key.to_user_string() for e in result.all_events
        if e.event_type_value == "ASSET_MATERIALIZATION"
    }
    assert "marts/quotes" in materialized
    assert not any(key.startswith("analysis/") for key in materialized)
    assert "warehouse/published" not in materialized
    assert digest(published) == before
    assert "gx_mentions" not in failed_checks

    con = duckdb.connect(str(settings.build_path()), read_only=True)
    failures = con.execute(
        "select expectation_type, column_name from quality.expectation_results "
        "where not success and suite_name = 'quotes'"
    ).fetchall()
    con.close()
    assert ("expect_column_values_to_be_in_set", "span_matches_text") in failures


def test_corrupted_annotations_stop_the_dbt_build(pipeline_env: Env, tmp_path: Path) -> None:
    published, before = built_then_tampered(
        pipeline_env, tmp_path, 1,
        "update nlp.entity_spans set start_char = start_char + 1 where span_index = 0")

    result = run_job()
    assert not result.success
    materialized = {
        e.asset_key.to_user_string() for e in result.all_events
        if e.event_type_value == "ASSET_MATERIALIZATION"
    }
    assert not any(key.startswith("marts/") for key in materialized)
    assert digest(published) == before


def test_failing_dbt_test_fails_the_step_with_dbt_messages(pipeline_env: Env,
                                                          tmp_path: Path) -> None:
    """dbt runs inside the Dagster process: a failing dbt test still fails its step, with the
    dbt command and dbt's own error messages in the failure, and nothing is published."""
    # the last load's article is now unaccounted for
    published, before = built_then_tampered(pipeline_env, tmp_path, 2, "delete from raw.articles")

    result = run_job("rebuild_models")  # no reload: dbt's accounting test sees the gap
    assert not result.success
    failures = [e.step_failure_data.error.message for e in result.get_step_failure_events()]
    assert len(failures) == 1
    assert "`dbt build" in failures[0] and "Errors from dbt" in failures[0], failures
    assert "assert_every_input_accounted_for" in failures[0]
    checks = {e.asset_check_evaluation_data.check_name: e.asset_check_evaluation_data.passed
              for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"}
    assert checks["assert_every_input_accounted_for"] is False
    assert digest(published) == before
