import importlib.metadata
from collections.abc import Sequence
from functools import cached_property
from typing import Any

import dagster as dg
from dagster_dbt import DbtCliResource
from packaging import version

from orchestration import settings
from orchestration.defs.transform.project import dbt_project


class NewsDbtCliResource(DbtCliResource):
    """dagster-dbt's resource, minus two start-up costs paid on every dbt step.

    - dagster-dbt asks the dbt executable for its version before every invocation (a Python
      start-up of dbt, about two seconds, twice per build). Our dbt is dbt-core from this same
      environment, so the installed package's version is the answer.
    - It also builds an in-process dbt adapter (imports dbt, loads the profile and every macro:
      one to two seconds) that is only used by `fetch_row_counts()` / `fetch_column_metadata()`.
      We count rows ourselves after dbt exits (transform/assets.py), so no adapter is built.
    """

    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(importlib.metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> Any:
        return None


@dg.definitions
def resources() -> dg.Definitions:
    dbt = NewsDbtCliResource(project_dir=dbt_project, dbt_executable=settings.dbt_executable())
    return dg.Definitions(resources={"dbt": dbt})
