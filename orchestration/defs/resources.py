import dagster as dg
from dagster_dbt import DbtCliResource

from orchestration import settings
from orchestration.defs.transform.project import dbt_project


@dg.definitions
def resources() -> dg.Definitions:
    dbt = DbtCliResource(project_dir=dbt_project, dbt_executable=settings.dbt_executable())
    return dg.Definitions(resources={"dbt": dbt})
