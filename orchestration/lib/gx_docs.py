"""GX Data Docs: a static HTML site of the suites and their latest validation results.

Out of the critical path: it is built on demand (`make quality-docs`, i.e.
`python -m orchestration.cli quality-docs`), never by a pipeline run, so it can never fail a build.
It opens the warehouse read-only (the published file by default, or the build file to see why
the last run failed), runs every suite in `expectations/suites/` on it as the asset checks do, and
stores the results in a file-mode GX context under `<warehouse dir>/gx/` (gitignored). Each build
adds one validation result per suite, so the site also keeps a history.

    <warehouse dir>/gx/uncommitted/data_docs/local_site/index.html
"""

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

import great_expectations as gx  # noqa: E402

from orchestration.lib.gx_validation import (  # noqa: E402
    Suite,
    gx_suite,
    outcomes_from,
    quiet,
    result_format,
)

SITE = "local_site"


@dataclass(frozen=True)
class DocsResult:
    index: Path
    suites: dict[str, bool]  # suite name -> success
    skipped: dict[str, str]  # suite name -> why it could not be validated


def site_index(project_root: Path) -> Path:
    return project_root / "gx" / "uncommitted" / "data_docs" / SITE / "index.html"


def build_data_docs(database: Path, suites: list[Suite], project_root: Path) -> DocsResult:
    """Validate `suites` on `database` (opened read-only) and (re)build the Data Docs site."""
    if not database.exists():
        raise FileNotFoundError(f"no warehouse at {database}")
    project_root.mkdir(parents=True, exist_ok=True)
    context = gx.get_context(mode="file", project_root_dir=str(project_root))
    quiet(context)
    source_name = "news_warehouse"
    try:
        context.data_sources.delete(source_name)
    except (KeyError, ValueError, LookupError, gx.exceptions.DataContextError):
        pass
    source = context.data_sources.add_pandas(source_name)
    results: dict[str, bool] = {}
    skipped: dict[str, str] = {}
    con = duckdb.connect(str(database), read_only=True)
    try:
        for suite in suites:
            try:
                frame = con.execute(suite.query).df()
            except duckdb.Error as error:
                skipped[suite.name] = str(error).splitlines()[0][:300]
                continue
            asset = source.add_dataframe_asset(name=suite.name)
            batch_definition = asset.add_batch_definition_whole_dataframe(f"{suite.name}_frame")
            try:
                context.suites.delete(suite.name)
            except (KeyError, ValueError, LookupError, gx.exceptions.DataContextError):
                pass
            stored = context.suites.add(gx_suite(suite))
            definition_name = f"{suite.name}_on_{suite.target}"
            try:
                context.validation_definitions.delete(definition_name)
            except (KeyError, ValueError, LookupError, gx.exceptions.DataContextError):
                pass
            definition = context.validation_definitions.add(
                gx.ValidationDefinition(name=definition_name, data=batch_definition, suite=stored)
            )
            result = definition.run(batch_parameters={"dataframe": frame},
                                    result_format=result_format(suite, frame))
            outcomes_from(suite, list(result.results), frame)  # refuses a result-count mismatch
            results[suite.name] = bool(result.success)
    finally:
        con.close()
    context.build_data_docs(site_names=[SITE])
    return DocsResult(site_index(project_root), results, skipped)


def reset(project_root: Path) -> None:
    """Forget stored suites, results and the site (a fresh history)."""
    shutil.rmtree(project_root / "gx", ignore_errors=True)
