"""The briefing page, written next to the published warehouse (NEWS_BRIEFING) after every publish.

It reads the published file read-only, like any other reader, so it never blocks BI tools and only
ever shows a complete, validated build."""

import dagster as dg

from orchestration import settings
from orchestration.lib.briefing import write_briefing


@dg.asset(
    key=dg.AssetKey(["warehouse", "briefing"]),
    group_name="publish",
    kinds={"html"},
    owners=["team:analysis"],
    deps=[dg.AssetKey(["warehouse", "published"])],
    description="One static HTML page (inline SVG timeline and network, top speakers, outlet "
                "coverage, disagreements) built from the published analysis schema.",
)
def briefing_page(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    target = settings.briefing_path()
    briefing = write_briefing(settings.warehouse_path(), target)
    context.log.info(f"wrote {target}")
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(target)),
        "size_bytes": target.stat().st_size,
        "meetings": len(briefing.timeline),
        "network_edges": len(briefing.edges),
        "speakers": len(briefing.speakers),
        "coverage_rows": len(briefing.coverage),
    })
