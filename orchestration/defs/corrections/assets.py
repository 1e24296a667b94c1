"""The analyst's corrections (NEWS_CORRECTIONS_DIR, seeds/corrections by default) loaded for dbt.

The asset is in the `reference` group, so `transform_job` and `rebuild_models` pick up an edited
corrections file without annotating anything again (docs/corrections.md)."""

import dagster as dg

from orchestration import settings
from orchestration.lib import warehouse
from orchestration.lib.corrections import (
    MEETING_CORRECTIONS_FILE,
    read_meeting_corrections,
    store_meeting_corrections,
)

MEETING_CORRECTIONS = dg.AssetKey(["raw", "meeting_corrections"])


@dg.asset(
    key=MEETING_CORRECTIONS,
    group_name="reference",
    kinds={"duckdb", "python"},
    owners=["team:transform"],
    description="The analyst's meeting corrections (reject, merge_into, set_date, set_place, "
                "set_status, set_mode), one row per line of meeting_corrections.csv; dbt checks "
                "and applies them (int_meeting_corrections, analysis.meeting_correction_review).",
)
def meeting_corrections(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    path = settings.corrections_dir() / MEETING_CORRECTIONS_FILE
    lines = read_meeting_corrections(path)
    build_file = settings.build_path()
    with warehouse.build_lock(build_file):
        con = warehouse.connect(build_file)
        try:
            warehouse.ensure_tables(con)
            stored = store_meeting_corrections(con, lines)
        finally:
            con.close()
    context.log.info(f"{stored} meeting correction line(s) from {path}")
    return dg.MaterializeResult(metadata={
        "dagster/row_count": stored,
        "path": str(path),
        "file_exists": path.exists(),
    })
