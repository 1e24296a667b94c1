import importlib.metadata
from functools import cached_property

import dagster as dg
from dagster_dbt import DbtCliResource
from packaging import version

from orchestration import settings
from orchestration.defs.transform.project import dbt_project


class NewsDbtCliResource(DbtCliResource):
    """dagster-dbt's resource, minus one `dbt --version` subprocess per step.

    dagster-dbt asks the dbt executable for its version before every invocation (a Python
    start-up of dbt, about two seconds, twice per build). Our dbt is dbt-core from this same
    environment, so the installed package's version is the answer.
    """

    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(importlib.metadata.version("dbt-core"))


@dg.definitions
def resources() -> dg.Definitions:
    dbt = NewsDbtCliResource(project_dir=dbt_project, dbt_executable=settings.dbt_executable())
    return dg.Definitions(resources={"dbt": dbt})
