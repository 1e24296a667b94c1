"""Publish: after the checks pass and the analysis models are built, atomically replace the file
readers open with a copy of the build database. Readers are never blocked and never see a half-built
warehouse (see docs/serving.md)."""

from pathlib import Path

import dagster as dg
import duckdb

from orchestration import settings
from orchestration.lib import warehouse
from orchestration.lib.publishing import row_counts

ANALYSIS_MODELS = [
    "meeting_timeline", "who_met_whom", "meeting_report_disagreements", "top_speakers",
    "outlet_coverage", "entity_cooccurrence", "speaker_topics", "entity_timeline", "stories",
    "entity_profiles", "meeting_network", "meeting_correction_review", "entity_correction_review",
    "load_changes", "entity_country_evidence", "entity_countries", "country_meetings",
    "cameo_events", "entity_actor_types", "place_geocodes", "meeting_geocodes",
    "article_tone", "quote_tone",
]


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
        **{f"rows/{table}": count for table, count in counts.items()
           if table.split(".")[0] in ("marts", "analysis", "quality")},
        **{f"preview/{table}": dg.MetadataValue.md(markdown_preview(target, table))
           for table in PREVIEW_TABLES},
    })


PREVIEW_TABLES = ("analysis.meeting_timeline", "analysis.top_speakers", "analysis.outlet_coverage")


def markdown_preview(path: Path, table: str, limit: int = 5) -> str:
    """The first rows of a published table as a Markdown table (shown in the Dagster UI)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        cursor = con.execute(f"select * from {table} limit {limit}")
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    finally:
        con.close()

    def cell(value: object) -> str:
        text = "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")
        return text if len(text) <= 80 else text[:77] + "..."

    lines = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
