"""Publish: after the checks pass and the analysis models are built, atomically replace the file readers
open with a copy of the build database. Readers are never blocked and never see a half-built warehouse."""

import dagster as dg

from orchestration import settings
from orchestration.lib import warehouse
from orchestration.lib.publishing import row_counts

ANALYSIS_MODELS = ["meeting_timeline", "who_met_whom", "meeting_report_disagreements", "top_speakers"]


@dg.asset(
    key=dg.AssetKey(["warehouse", "published"]),
    group_name="publish",
    kinds={"duckdb"},
    owners=["team:platform"],
    deps=[dg.AssetKey(["analysis", name]) for name in ANALYSIS_MODELS],
    description="The published warehouse file (NEWS_WAREHOUSE): a validated, complete build.",
)
def published_warehouse(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    build_file = settings.build_path()
    target = settings.warehouse_path()
    with warehouse.build_lock(build_file):
        warehouse.publish(build_file, target)
    counts = row_counts(target)
    context.log.info(f"published {target}: {counts}")
    return dg.MaterializeResult(metadata={
        "path": str(target),
        "size_bytes": target.stat().st_size,
        **{f"rows/{table}": count for table, count in counts.items() if table.startswith("marts.")},
    })
