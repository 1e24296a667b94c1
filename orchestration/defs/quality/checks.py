"""One blocking asset check per GX suite in expectations/suites/, attached to the table it guards."""

from datetime import UTC, datetime

import dagster as dg

from orchestration import settings
from orchestration.lib import warehouse
from orchestration.lib.gx_validation import Suite, load_suites
from orchestration.lib.quality_store import record, run_suite


def _check_for(suite: Suite) -> dg.AssetChecksDefinition:
    target = dg.AssetKey(suite.target.split("."))

    @dg.asset_check(
        asset=target,
        name=f"gx_{suite.name}",
        blocking=True,
        description=f"Great Expectations suite {suite.path.name} ({len(suite.expectations)} "
                    f"expectations) on {suite.target}.",
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
            context.log.error(
                f"{suite.name}: {failure.expectation} on {failure.column or failure.kwargs} failed "
                f"({failure.unexpected_count} unexpected; observed {failure.observed_value}; "
                f"sample {failure.sample}) - {failure.description or ''}"
            )
        table = [
            {"expectation": o.expectation, "column": o.column, "success": o.success,
             "unexpected_count": o.unexpected_count, "observed": o.observed_value,
             "sample": o.sample}
            for o in result.outcomes
        ]
        return dg.AssetCheckResult(
            passed=result.success,
            severity=dg.AssetCheckSeverity.ERROR,
            description=(f"{len(failures)} of {len(result.outcomes)} expectations failed"
                         if failures else f"all {len(result.outcomes)} expectations passed"),
            metadata={
                "rows_validated": result.row_count,
                "failed_expectations": [f"{f.expectation}({f.column or ''})" for f in failures],
                "results": dg.MetadataValue.json(table),
            },
        )

    return _check


@dg.definitions
def quality_checks() -> dg.Definitions:
    suites = load_suites(settings.EXPECTATIONS_DIR / "suites")
    return dg.Definitions(asset_checks=[_check_for(suite) for suite in suites])
