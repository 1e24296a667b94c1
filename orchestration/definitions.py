"""The Dagster code location: every stage folder under `defs/` is autoloaded; this file only adds
the
executor. DuckDB has one writer per file, so steps run in one process, one after another."""

from pathlib import Path

import dagster as dg

from orchestration import settings

settings.export_for_subprocesses()


@dg.definitions
def defs() -> dg.Definitions:
    loaded = dg.load_from_defs_folder(path_within_project=Path(__file__).parent)
    return dg.Definitions.merge(loaded, dg.Definitions(executor=dg.in_process_executor))
