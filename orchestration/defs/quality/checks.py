"""One blocking asset check per GX suite in expectations/suites/, attached to the table it guards.

The checks of one stage (the `raw`, `nlp` and `marts` schemas) run together in one step, as one
multi-asset check: one connection to the build file, one write of the results, one step's
overhead instead of one per suite (seconds per run at scale). Each suite still reports its own
check result, and a failed check still blocks: the step fails after reporting every suite, so
every asset computed in a later step (the analysis models, publication) is skipped and readers
keep the last good warehouse. A check's metadata holds a markdown table of the failed
expectations with sample rows, and the run log has one error line per failed expectation saying
which and why. A single check can still be run on its own from the UI.
"""

from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import groupby

import dagster as dg

from orchestration import settings
from orchestration.lib import warehouse
from orchestration.lib.gx_validation import Suite, load_suites
from orchestration.lib.quality_store import (
    SuiteRun,
    failure_message,
    failures_markdown,
    record,
    results_markdown,
    run_suite,
)

STAGE_DESCRIPTIONS = {
    "raw": "Great Expectations suites on the loaded inputs (raw schema).",
    "nlp": "Great Expectations suites on the NLP annotations (nlp schema).",
    "marts": "Great Expectations suites on the public tables (marts schema).",
}


def _key(suite: Suite) -> dg.AssetCheckKey:
    return dg.AssetCheckKey(dg.AssetKey(suite.target.split(".")), f"gx_{suite.name}")


def _spec(suite: Suite) -> dg.AssetCheckSpec:
    summary = suite.description or f"Great Expectations suite {suite.path.name}"
    return dg.AssetCheckSpec(
        name=f"gx_{suite.name}",
        asset=dg.AssetKey(suite.target.split(".")),
        blocking=True,
        description=f"{summary} ({len(suite.expectations)} expectations, "
                    f"expectations/suites/{suite.path.name}) on {suite.target}.",
        metadata={"suite_file": f"expectations/suites/{suite.path.name}",
                  "expectations": len(suite.expectations)},
    )


def _result(context: dg.AssetCheckExecutionContext, run: SuiteRun) -> dg.AssetCheckResult:
    suite, failures = run.suite, run.failures
    for failure in failures:
        context.log.error(failure_message(suite, failure))
    if not failures:
        context.log.info(f"{suite.name}: all {len(run.outcomes)} expectations passed "
                         f"on {run.row_count} rows")
    return dg.AssetCheckResult(
        asset_key=_key(suite).asset_key,
        check_name=_key(suite).name,
        passed=run.success,
        severity=dg.AssetCheckSeverity.ERROR,
        description=(
            f"{len(failures)} of {len(run.outcomes)} expectations failed: "
            + "; ".join(f"{f.expectation}({f.target})" for f in failures)
            if failures else f"all {len(run.outcomes)} expectations passed"
        )[:1000],
        metadata={
            "rows_validated": run.row_count,
            "expectations": len(run.outcomes),
            "failed_count": len(failures),
            "failed_expectations": [f"{f.expectation}({f.target})" for f in failures],
            "failures": dg.MetadataValue.md(failures_markdown(run)),
            "results": dg.MetadataValue.md(results_markdown(run)),
        },
    )


def _stage_checks(stage: str, suites: list[Suite]) -> dg.AssetChecksDefinition:
    @dg.multi_asset_check(
        name=f"gx_{stage}_suites",
        specs=[_spec(suite) for suite in suites],
        can_subset=True,
        description=STAGE_DESCRIPTIONS.get(stage, f"Great Expectations suites on {stage}."),
    )
    def _checks(context: dg.AssetCheckExecutionContext) -> Iterator[dg.AssetCheckResult]:
        selected = [s for s in suites if _key(s) in context.selected_asset_check_keys]
        with warehouse.build_lock(settings.build_path()):
            con = warehouse.connect(settings.build_path())
            try:
                runs = [run_suite(con, suite) for suite in selected]
                record(con, runs, context.run.run_id, datetime.now(UTC).replace(tzinfo=None))
            finally:
                con.close()
        for run in runs:
            yield _result(context, run)

    return _checks


def _stage(suite: Suite) -> str:
    return suite.target.split(".")[0]


@dg.definitions
def quality_checks() -> dg.Definitions:
    suites = sorted(load_suites(settings.EXPECTATIONS_DIR / "suites"), key=_stage)
    return dg.Definitions(asset_checks=[
        _stage_checks(stage, list(group)) for stage, group in groupby(suites, key=_stage)
    ])
