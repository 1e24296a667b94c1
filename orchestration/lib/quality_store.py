"""Run a GX suite against the build warehouse and record one row per expectation in quality.*."""

import json
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
comment on table quality.expectation_results is
    'One row per Great Expectations expectation per pipeline run (suite, outcome, observed value).';
"""


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
    frame = con.execute(suite.query).df()
    return SuiteRun(suite, validate_frame(suite, frame), len(frame))


def record(con: duckdb.DuckDBPyConnection, run: SuiteRun, run_id: str, now: datetime) -> None:
    con.execute(RESULTS_DDL)
    rows = [
        (run_id, run.suite.name, run.suite.target, index, outcome.expectation, outcome.column,
         json.dumps(outcome.kwargs, default=str), outcome.description, outcome.success,
         outcome.observed_value, outcome.unexpected_count, json.dumps(outcome.sample),
         run.row_count, now)
        for index, outcome in enumerate(run.outcomes)
    ]
    con.executemany(
        "insert into quality.expectation_results values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
