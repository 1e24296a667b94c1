"""Run a GX suite against the build warehouse and record one row per expectation in quality.*."""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import duckdb

from orchestration.lib.gx_validation import ExpectationOutcome, Suite, validate_frame

RESULTS_DDL = """
create schema if not exists quality;
create table if not exists quality.expectation_results (
    run_id varchar,
    suite_name varchar,
    target_table varchar,
    expectation_index bigint,
    expectation_type varchar,
    column_name varchar,
    kwargs varchar,
    description varchar,
    success boolean,
    observed_value varchar,
    unexpected_count bigint,
    unexpected_sample varchar,
    row_count bigint,
    validated_at timestamp
);
alter table quality.expectation_results add column if not exists unexpected_percent double;
alter table quality.expectation_results add column if not exists unexpected_rows varchar;
create or replace view quality.suite_runs as
select
    run_id,
    suite_name,
    target_table,
    min(validated_at) as validated_at,
    count(*) as expectations,
    count_if(not success) as failed_expectations,
    bool_and(success) as success,
    max(row_count) as row_count
from quality.expectation_results
group by all;
"""

COMMENTS = {
    "run_id": "Dagster run id (or the id given to run_suite by a script).",
    "suite_name": "Suite file name in expectations/suites/ without .json.",
    "target_table": "The table the suite guards (the asset its check is attached to).",
    "expectation_index": "Position of the expectation in its suite (0-based).",
    "expectation_type": "GX expectation type, e.g. expect_column_values_to_be_unique.",
    "column_name": "Column the expectation is about (NULL for table/multi-column expectations).",
    "kwargs": "The expectation's arguments as JSON (bounds, value sets, column lists).",
    "description": "What the expectation means (meta.description in the suite).",
    "success": "True when the expectation held on this run's data.",
    "observed_value": "GX observed value as JSON (for aggregates: the measured value).",
    "unexpected_count": "Rows that broke the expectation (column-map expectations).",
    "unexpected_sample": "Up to 5 unexpected values as a JSON list.",
    "row_count": "Rows in the frame the suite validated.",
    "validated_at": "When the suite ran (UTC).",
    "unexpected_percent": "Share of non-null rows that broke the expectation, in percent.",
    "unexpected_rows": "Up to 5 failing rows as JSON objects (the suite's meta.sample_columns).",
}


@dataclass(frozen=True)
class SuiteRun:
    suite: Suite
    outcomes: list[ExpectationOutcome]
    row_count: int

    @property
    def success(self) -> bool:
        return all(outcome.success for outcome in self.outcomes)

    @property
    def failures(self) -> list[ExpectationOutcome]:
        return [outcome for outcome in self.outcomes if not outcome.success]


def run_suite(con: duckdb.DuckDBPyConnection, suite: Suite) -> SuiteRun:
    """Validate one suite. A suite whose query cannot run (a table or column gone, a type
    changed) fails every expectation with the database's error instead of raising, so the other
    suites of the stage still report and the failure is recorded like any other."""
    try:
        frame = con.execute(suite.query).df()
    except duckdb.Error as error:
        return SuiteRun(suite, query_failed(suite, f"suite query failed: {error}"), 0)
    return SuiteRun(suite, validate_frame(suite, frame), len(frame))


def query_failed(suite: Suite, error: str) -> list[ExpectationOutcome]:
    """Every expectation of `suite` failed because its frame could not be read."""
    return [
        ExpectationOutcome(
            expectation=item["type"], column=item.get("kwargs", {}).get("column"),
            kwargs=item.get("kwargs", {}), success=False, observed_value=None,
            unexpected_count=None, sample=[error[:200]],
            description=(item.get("meta") or {}).get("description"), error=error[:1000],
        )
        for item in suite.expectations
    ]


def ensure_results_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(RESULTS_DDL)
    con.execute("comment on table quality.expectation_results is 'One row per Great Expectations "
                "expectation per pipeline run (suite, outcome, observed value, failing samples).'")
    for column, text in COMMENTS.items():
        escaped = text.replace("'", "''")
        con.execute(f"comment on column quality.expectation_results.{column} is '{escaped}'")
    con.execute("comment on view quality.suite_runs is 'One row per suite per run: expectations, "
                "failures, success (from quality.expectation_results).'")


def record(con: duckdb.DuckDBPyConnection, runs: Sequence[SuiteRun], run_id: str,
           now: datetime) -> None:
    """Append one row per expectation of each suite run to quality.expectation_results."""
    ensure_results_table(con)
    rows = [
        (run_id, run.suite.name, run.suite.target, index, outcome.expectation, outcome.column,
         json.dumps(outcome.kwargs, default=str), outcome.description, outcome.success,
         outcome.observed_value, outcome.unexpected_count, json.dumps(outcome.sample),
         run.row_count, now, outcome.unexpected_percent,
         json.dumps(outcome.sample_rows, default=str) if outcome.sample_rows else None)
        for run in runs
        for index, outcome in enumerate(run.outcomes)
    ]
    con.executemany(
        "insert into quality.expectation_results (run_id, suite_name, target_table, "
        "expectation_index, expectation_type, column_name, kwargs, description, success, "
        "observed_value, unexpected_count, unexpected_sample, row_count, validated_at, "
        "unexpected_percent, unexpected_rows) "
        "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _short(value: object, limit: int = 60) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cell(value: object, limit: int = 80) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\n", " ").replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def failure_message(suite: Suite, outcome: ExpectationOutcome) -> str:
    """One log line: which expectation failed and why."""
    why = (f"{outcome.unexpected_count} unexpected rows ({outcome.unexpected_percent or 0:.1f}%)"
           if outcome.unexpected_count else f"observed {outcome.observed_value}")
    if outcome.error:
        why = f"error: {outcome.error}"
    bounds = {k: v for k, v in outcome.kwargs.items() if k not in ("column", "column_list")}
    sample = outcome.sample_rows or outcome.sample
    return (f"{suite.name}: {outcome.expectation} on {outcome.target} failed - "
            f"{outcome.description or ''} - {why}; expected {json.dumps(bounds, default=str)}; "
            f"sample {json.dumps(sample, default=str)[:600]}")


def failures_markdown(run: SuiteRun) -> str:
    """A markdown table of the failed expectations with sample rows (Dagster check metadata)."""
    if not run.failures:
        return f"All {len(run.outcomes)} expectations of `{run.suite.name}` passed."
    lines = [
        f"**{len(run.failures)} of {len(run.outcomes)} expectations failed** "
        f"on `{run.suite.target}` ({run.row_count} rows validated).",
        "",
        "| expectation | column | rule | unexpected | observed | sample rows |",
        "|---|---|---|---|---|---|",
    ]
    for outcome in run.failures:
        samples = outcome.sample_rows or [{"value": v} for v in outcome.sample]
        sample_text = "<br>".join(
            _cell(", ".join(f"{k}={_short(v)}" for k, v in row.items()), 160)
            for row in samples
        )
        count = "" if outcome.unexpected_count is None else str(outcome.unexpected_count)
        lines.append(
            f"| {outcome.expectation} | {_cell(outcome.target)} | {_cell(outcome.description)} | "
            f"{count} | {_cell(outcome.observed_value)} | {sample_text} |"
        )
    return "\n".join(lines)


def results_markdown(run: SuiteRun) -> str:
    """Every expectation of the run, one line each."""
    lines = ["| # | expectation | column | success | observed |", "|---|---|---|---|---|"]
    for index, outcome in enumerate(run.outcomes):
        lines.append(f"| {index} | {outcome.expectation} | {_cell(outcome.target)} | "
                     f"{'pass' if outcome.success else '**FAIL**'} | "
                     f"{_cell(outcome.observed_value)} |")
    return "\n".join(lines)
