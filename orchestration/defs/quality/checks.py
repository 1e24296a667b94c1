"""One blocking asset check per GX suite in expectations/suites/, attached to the table it guards.

A failing check stops every asset computed in a later step (the analysis models, publication):
readers keep the last good warehouse. The check's metadata holds a markdown table of the failed
expectations with sample rows, and the run log has one error line per failed expectation saying
which and why.
"""

from datetime import UTC, datetime

import dagster as dg

from orchestration import settings
from orchestration.lib import warehouse
from orchestration.lib.gx_validation import Suite, load_suites
from orchestration.lib.quality_store import (
    failure_message,
    failures_markdown,
    record,
    results_markdown,
    run_suite,
)


def _check_for(suite: Suite) -> dg.AssetChecksDefinition:
    target = dg.AssetKey(suite.target.split("."))
    summary = suite.description or f"Great Expectations suite {suite.path.name}"

    @dg.asset_check(
        asset=target,
        name=f"gx_{suite.name}",
        blocking=True,
        description=f"{summary} ({len(suite.expectations)} expectations, "
                    f"expectations/suites/{suite.path.name}) on {suite.target}.",
        metadata={"suite_file": f"expectations/suites/{suite.path.name}",
                  "expectations": len(suite.expectations)},
    )
    def _check(context: dg.AssetCheckExecutionContext) -> dg.AssetCheckResult:
        with warehouse.build_lock(settings.build_path()):
            con = warehouse.connect(settings.build_path())
            try:
                result = run_suite(con, suite)
                record(con, result, context.run.run_id, datetime.now(UTC).replace(tzinfo=None))
            finally:
                con.close()
        failures = result.failures
        for failure in failures:
            context.log.error(failure_message(suite, failure))
        if not failures:
            context.log.info(f"{suite.name}: all {len(result.outcomes)} expectations passed "
                             f"on {result.row_count} rows")
        return dg.AssetCheckResult(
            passed=result.success,
            severity=dg.AssetCheckSeverity.ERROR,
            description=(
                f"{len(failures)} of {len(result.outcomes)} expectations failed: "
                + "; ".join(f"{f.expectation}({f.target})" for f in failures)
                if failures else f"all {len(result.outcomes)} expectations passed"
            )[:1000],
            metadata={
                "rows_validated": result.row_count,
                "expectations": len(result.outcomes),
                "failed_count": len(failures),
                "failed_expectations": [f"{f.expectation}({f.target})" for f in failures],
                "failures": dg.MetadataValue.md(failures_markdown(result)),
                "results": dg.MetadataValue.md(results_markdown(result)),
            },
        )

    return _check


@dg.definitions
def quality_checks() -> dg.Definitions:
    suites = load_suites(settings.EXPECTATIONS_DIR / "suites")
    return dg.Definitions(asset_checks=[_check_for(suite) for suite in suites])
