"""The analyst's corrections (NEWS_CORRECTIONS_DIR, seeds/corrections by default) loaded for dbt.

The assets are in the `reference` group, so `transform_job` and `rebuild_models` pick up an
edited corrections file without annotating anything again (docs/corrections.md)."""

import dagster as dg

from orchestration import settings
from orchestration.lib import warehouse
from orchestration.lib.corrections import ENTITIES, MEETINGS, read_corrections, store_corrections

MEETING_CORRECTIONS = dg.AssetKey(["raw", "meeting_corrections"])
ENTITY_CORRECTIONS = dg.AssetKey(["raw", "entity_corrections"])


@dg.multi_asset(
    specs=[
        dg.AssetSpec(MEETING_CORRECTIONS, group_name="reference", kinds={"duckdb", "python"},
                     owners=["team:transform"],
                     description="The analyst's meeting corrections (reject, merge_into, "
                                 "set_date, set_place, set_status, set_mode), one row per line "
                                 "of meeting_corrections.csv; checked and applied by dbt "
                                 "(analysis.meeting_correction_review)."),
        dg.AssetSpec(ENTITY_CORRECTIONS, group_name="reference", kinds={"duckdb", "python"},
                     owners=["team:transform"],
                     description="The analyst's entity corrections (reject, merge_into, "
                                 "split_alias, rename, set_type), one row per line of "
                                 "entity_corrections.csv; checked and applied by dbt "
                                 "(analysis.entity_correction_review)."),
    ],
)
def analyst_corrections(context: dg.AssetExecutionContext):
    """Read the correction files of NEWS_CORRECTIONS_DIR into the build warehouse."""
    folder = settings.corrections_dir()
    loaded = {kind: read_corrections(folder / kind.file_name, kind)
              for kind in (MEETINGS, ENTITIES)}
    build_file = settings.build_path()
    with warehouse.build_lock(build_file):
        con = warehouse.connect(build_file)
        try:
            warehouse.ensure_tables(con)
            stored = {kind: store_corrections(con, kind, lines) for kind, lines in loaded.items()}
        finally:
            con.close()
    for kind, key in ((MEETINGS, MEETING_CORRECTIONS), (ENTITIES, ENTITY_CORRECTIONS)):
        path = folder / kind.file_name
        context.log.info(f"{stored[kind]} correction line(s) from {path}")
        yield dg.MaterializeResult(asset_key=key, metadata={
            "dagster/row_count": stored[kind], "path": str(path), "file_exists": path.exists(),
        })
