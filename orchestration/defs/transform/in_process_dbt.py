"""`dbt build` inside the Dagster step's own process, through dbt's programmatic API.

dagster-dbt runs every dbt command as a subprocess. Each one pays a Python start-up, imports
dbt and its adapters and reloads the partial-parse state: about three seconds per dbt step,
twice per build. On an incremental run that fixed cost is a large share of the run (see
docs/scale.md). Here dbt runs in this process with `dbtRunner`: dbt is imported once per run,
and its structured events, the same ones `--log-format json` writes, are turned into Dagster
events by dagster-dbt's own event class, so materializations, dbt-test asset checks, subsetting
from the UI and the asset metadata are exactly those of the subprocess path.

What differs from the subprocess path, on purpose:
- dbt's settings that dagster-dbt passes as `DBT_*` environment variables (target path, log
  path, profiles and project directories, indirect selection) are passed as command-line flags,
  so this process's environment is left untouched.
- dbt-duckdb keeps its database open after an in-process invocation; it is closed here, before
  anything else in this process reads or copies the build file.
"""

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt.asset_utils import get_updated_cli_invocation_params_for_context
from dagster_dbt.core.dbt_cli_event import DbtCoreCliEventMessage
from dagster_dbt.errors import DagsterDbtCliRuntimeError

PARTIAL_PARSE = "partial_parse.msgpack"


@dataclass
class InProcessDbtResult:
    """One finished `dbt build`: its raw events (as dicts) and where its artifacts are."""

    args: list[str]
    target_path: Path
    params: Any  # dagster-dbt's DbtCliInvocationPartialParams for this step
    success: bool
    raw_events: list[dict[str, Any]] = field(default_factory=list)
    exception: BaseException | None = None

    def asset_events(self, context: dg.AssetExecutionContext) -> Iterator[Any]:
        """Dagster events (Output, AssetCheckResult, AssetObservation) for the dbt results."""
        params = self.params
        for raw in self.raw_events:
            message = DbtCoreCliEventMessage(raw_event=raw, event_history_metadata={})
            yield from message.to_default_asset_events(
                manifest=params.manifest,
                dagster_dbt_translator=params.dagster_dbt_translator,
                context=context,
                target_path=self.target_path,
                project=params.dbt_project,
            )

    def error(self) -> DagsterDbtCliRuntimeError | None:
        """The failure as dagster-dbt reports it, with dbt's error messages, or None."""
        if self.success:
            return None
        messages = [raw["info"]["msg"] for raw in self.raw_events
                    if raw.get("info", {}).get("level") == "error"]
        if self.exception is not None:
            messages.append(f"{type(self.exception).__name__}: {self.exception}")
        details = "\n\n".join(["", "Errors from dbt:", *messages]) if messages else ""
        return DagsterDbtCliRuntimeError(
            description=(f"`dbt {' '.join(self.args)}` failed. dbt's debug log: "
                         f"{self.target_path / 'dbt.log'}.{details}")
        )


def _params(context: dg.AssetExecutionContext) -> Any:
    """dagster-dbt's selection for this step: the manifest, the translator and the `--select`
    arguments of the assets and checks the run selected (a subset when run from the UI)."""
    return get_updated_cli_invocation_params_for_context(
        context=context, manifest={}, dagster_dbt_translator=None  # type: ignore[arg-type]
    )


def _unique_target_path(context: dg.AssetExecutionContext, target: Path) -> Path:
    """A target folder of its own per invocation, named as dagster-dbt names them."""
    op_name = context.op_execution_context.op.name
    return target / f"{op_name}-{context.run.run_id[:7]}-{str(uuid.uuid4())[:7]}"


def _close_dbt_duckdb() -> None:
    """Close the DuckDB database dbt-duckdb keeps open in this process after an invocation."""
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager

    env = DuckDBConnectionManager._ENV
    if env is not None:
        env.close()
    DuckDBConnectionManager.close_all_connections()


def _keep_partial_parse(fresh: Path, shared_state: Path) -> None:
    """Keep this invocation's partial-parse state for the next one.

    Each invocation has its own target folder, seeded from the project's
    `target/partial_parse.msgpack`. dbt re-parses the whole project (seconds) when that state was
    written under another profile (another build path), so the state of the last invocation is
    copied back, atomically, and later invocations with the same warehouse parse only what changed.
    """
    if not fresh.exists():
        return
    staging = shared_state.with_name(f".partial_parse.{os.getpid()}.tmp")
    shutil.copyfile(fresh, staging)
    os.replace(staging, shared_state)


def build(context: dg.AssetExecutionContext, project_dir: Path, profiles_dir: Path
          ) -> InProcessDbtResult:
    """Run `dbt build` for the dbt assets this step selected, in this process."""
    from dbt.cli.main import dbtRunner
    from dbt_common.events.functions import msg_to_dict

    params = _params(context)
    target_path = _unique_target_path(context, Path(project_dir) / "target")
    if params.dbt_project is not None:  # a temporary copy when the selection is very long
        project_dir = Path(params.dbt_project.project_dir)
    target_path.mkdir(parents=True, exist_ok=True)
    shared_state = Path(project_dir) / "target" / PARTIAL_PARSE
    if shared_state.exists():
        shutil.copyfile(shared_state, target_path / PARTIAL_PARSE)

    args = ["build", *params.selection_args,
            "--project-dir", str(project_dir), "--profiles-dir", str(profiles_dir),
            "--target-path", str(target_path), "--log-path", str(target_path), "--no-use-colors"]
    if params.indirect_selection:
        args += ["--indirect-selection", params.indirect_selection]

    raw_events: list[dict[str, Any]] = []
    # only node results become Dagster events; the rest (SQL text, cache actions) is in dbt.log
    keep = {"LogSeedResult", "LogModelResult", "LogSnapshotResult", "LogTestResult"}

    def collect(message: Any) -> None:
        if message.info.name in keep or message.info.level == "error":
            raw_events.append(msg_to_dict(message))

    context.log.info(f"Running dbt in process: dbt {' '.join(args)}")
    try:
        outcome = dbtRunner(callbacks=[collect]).invoke(args)
    finally:
        _close_dbt_duckdb()
    _keep_partial_parse(target_path / PARTIAL_PARSE, shared_state)
    return InProcessDbtResult(
        args=args, target_path=target_path, params=params,
        success=bool(outcome.success), raw_events=raw_events, exception=outcome.exception,
    )
