"""dbt as two asset blocks: the warehouse (seeds, staging, intermediate, marts) and the analysis
models.

They are separate steps on purpose: a blocking GX check on a mart stops only assets computed in
*other* steps, so the analysis models run only when every mart's checks pass."""

import re
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import dbt_assets

from orchestration import settings
from orchestration.defs.transform import in_process_dbt
from orchestration.defs.transform.project import dbt_project
from orchestration.defs.transform.translator import NewsDbtTranslator
from orchestration.lib import warehouse

TRANSLATOR = NewsDbtTranslator()
KEEP_INVOCATION_TARGETS = 20
# dagster-dbt's per-invocation folder: <op name>-<first 7 of the run id>-<hash>
INVOCATION_DIR = re.compile(r"[a-z_]+-[0-9a-f]{7}-[0-9a-f]+")


def _build(context: dg.AssetExecutionContext):
    """Run `dbt build` in this process, then attach each model's row count to its materialization.

    Counts are read after dbt has finished and closed the build file (dagster-dbt's
    `fetch_row_counts()` would open the file while dbt holds it), so events are buffered until then.
    """
    settings.export_for_subprocesses()
    build_file = settings.build_path()
    project_dir = Path(dbt_project.project_dir)
    with warehouse.build_lock(build_file):
        result = in_process_dbt.build(context, project_dir, Path(dbt_project.profiles_dir))
        events = list(result.asset_events(context))
        _prune_invocation_targets(project_dir / "target")
        counts = _row_counts(build_file, result.params.manifest, events)
    for event in events:
        if isinstance(event, dg.Output | dg.AssetMaterialization):
            unique_id = event.metadata.get("unique_id")
            count = counts.get(getattr(unique_id, "value", unique_id))
            if count is not None:
                event = event.with_metadata({**event.metadata, "dagster/row_count": count})
        yield event
    error = result.error()
    if error is not None:
        raise error


def _prune_invocation_targets(target: Path, keep: int = KEEP_INVOCATION_TARGETS) -> None:
    """Delete all but the newest `keep` per-invocation target folders.

    dagster-dbt writes each invocation's manifest, run results and dbt.log to its own folder
    under `target/` (about 6 MB per dbt step); without pruning a daily build fills the disk.
    The newest ones stay for debugging a failed run.
    """
    folders = [p for p in target.iterdir() if p.is_dir() and INVOCATION_DIR.fullmatch(p.name)]
    folders.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for folder in folders[keep:]:
        shutil.rmtree(folder, ignore_errors=True)


def _row_counts(build_file: Path, manifest: Mapping[str, Any], events: list) -> dict[str, int]:
    """Row counts of the models and seeds dbt just materialized, keyed by dbt unique_id."""
    relations = {}
    for event in events:
        unique_id = getattr(event, "metadata", {}).get("unique_id")
        node = manifest["nodes"].get(getattr(unique_id, "value", unique_id) or "")
        # Views are skipped: counting one re-runs its query (seconds on a large corpus).
        materialized = (node or {}).get("config", {}).get("materialized")
        if node and node["resource_type"] in ("model", "seed") and materialized != "view":
            relations[node["unique_id"]] = f'"{node["schema"]}"."{node["alias"]}"'
    if not relations:
        return {}
    con = warehouse.connect(build_file)
    try:
        return {uid: con.execute(f"select count(*) from {rel}").fetchone()[0]
                for uid, rel in relations.items()}
    finally:
        con.close()


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    exclude="tag:analysis",
    dagster_dbt_translator=TRANSLATOR,
    name="warehouse_models",
)
def warehouse_models(context: dg.AssetExecutionContext):
    """Seeds, staging, intermediate and marts, with their dbt tests."""
    yield from _build(context)


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    select="tag:analysis",
    dagster_dbt_translator=TRANSLATOR,
    name="analysis_models",
)
def analysis_models(context: dg.AssetExecutionContext):
    """Analysis models; they run only after the marts' quality checks pass."""
    yield from _build(context)
