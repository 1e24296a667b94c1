"""dbt as two asset blocks: the warehouse (seeds, staging, intermediate, marts) and the analysis
models.

They are separate steps on purpose: a blocking GX check on a mart stops only assets computed in
*other*
steps, so the analysis models run only when every mart's checks pass."""

import dagster as dg
from dagster_dbt import DbtCliResource, dbt_assets

from orchestration import settings
from orchestration.defs.transform.project import dbt_project
from orchestration.defs.transform.translator import NewsDbtTranslator
from orchestration.lib import warehouse

TRANSLATOR = NewsDbtTranslator()


def _build(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    settings.export_for_subprocesses()
    with warehouse.build_lock(settings.build_path()):
        invocation = dbt.cli(["build"], context=context)
        yield from invocation.stream()


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    exclude="tag:analysis",
    dagster_dbt_translator=TRANSLATOR,
    name="warehouse_models",
)
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    """Seeds, staging, intermediate and marts, with their dbt tests."""
    yield from _build(context, dbt)


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    select="tag:analysis",
    dagster_dbt_translator=TRANSLATOR,
    name="analysis_models",
)
def analysis_models(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    """Analysis models; they run only after the marts' quality checks pass."""
    yield from _build(context, dbt)
