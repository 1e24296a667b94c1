"""The suite loader refuses suites that could pass vacuously; validation results are trustworthy and
recorded once per expectation per run. Real GX, real DuckDB (in memory), no pipeline."""

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest

from orchestration import settings
from orchestration.lib.gx_validation import (
    SuiteError,
    load_suite,
    load_suites,
    outcomes_from,
    validate_frame,
)
from orchestration.lib.quality_store import (
    failure_message,
    failures_markdown,
    record,
    run_suite,
)


def expectation(kind: str, **kwargs: Any) -> dict[str, Any]:
    return {"type": kind, "kwargs": kwargs, "meta": {"description": f"{kind} rule"}}


GOOD = {
    "name": "things",
    "meta": {"target": "main.things", "query": "select * from things", "sample_columns": ["id"]},
    "expectations": [
        expectation("expect_column_values_to_be_unique", column="id"),
        expectation("expect_column_values_to_not_be_null", column="id"),
        expectation("expect_column_values_to_be_in_set", column="kind", value_set=["a", "b"]),
        expectation("expect_column_values_to_be_between", column="n", min_value=0, max_value=10),
    ],
}


def write(tmp_path: Path, data: Any, name: str = "things") -> Path:
    path = tmp_path / f"{name}.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def with_(changes: dict[str, Any]) -> dict[str, Any]:
    data = json.loads(json.dumps(GOOD))
    data.update(changes)
    return data


def test_every_project_suite_loads_and_is_not_empty() -> None:
    suites = load_suites(settings.EXPECTATIONS_DIR / "suites")
    assert len(suites) >= 18
    for suite in suites:
        assert suite.expectations and suite.query and "." in suite.target
    targets = {suite.target for suite in suites}
    for table in ("raw.articles", "raw.rejected_inputs", "nlp.documents", "nlp.sentences",
                  "nlp.entity_spans", "nlp.quote_candidates", "nlp.meeting_candidates",
                  "marts.sources", "marts.articles", "marts.entities", "marts.entity_aliases",
                  "marts.mentions", "marts.meetings", "marts.meeting_participants",
                  "marts.meeting_reports", "marts.quotes"):
        assert table in targets, table


def test_good_suite_loads(tmp_path: Path) -> None:
    suite = load_suite(write(tmp_path, GOOD))
    assert suite.name == "things" and suite.target == "main.things"
    assert len(suite.expectations) == 4 and suite.sample_columns == ["id"]


@pytest.mark.parametrize("data", [
    with_({"expectations": []}),
    with_({"expectations": None}),
    {"name": "things", "meta": GOOD["meta"]},
], ids=["empty_list", "null", "missing"])
def test_empty_suite_is_refused(tmp_path: Path, data: dict[str, Any]) -> None:
    with pytest.raises(SuiteError, match="empty"):
        load_suite(write(tmp_path, data))


@pytest.mark.parametrize(("data", "message"), [
    ("{not json", "cannot read"),
    ("[1, 2]", "JSON object"),
    (with_({"expectations": {"type": "x"}}), "must be a list"),
    (with_({"meta": {"target": "main.things"}}), "meta.query"),
    (with_({"meta": {"query": "select 1"}}), "meta.target"),
    (with_({"meta": {"query": "select 1", "target": "things"}}), "<schema>.<table>"),
    (with_({"name": "other"}), "must equal the file name"),
    (with_({"expectations": [{"kwargs": {"column": "id"}}]}), "needs a 'type'"),
    (with_({"expectations": [expectation("expect_column_values_to_be_purple", column="id")]}),
     "unknown expectation type"),
    (with_({"expectations": [expectation("expect_column_values_to_be_unique")]}),
     "needs kwargs.column"),
    (with_({"expectations": [{"type": "expect_column_values_to_be_unique", "kwargs": []}]}),
     "'kwargs' must be an object"),
    (with_({"expectations": [{**expectation("expect_column_values_to_be_unique", column="id"),
                              "id": "5c7e"}]}), "carries an 'id'"),
    (with_({"expectations": [{"type": "expect_column_values_to_be_unique",
                              "kwargs": {"column": "id"}}]}), "meta.description"),
    (with_({"meta": {**GOOD["meta"], "sample_columns": "id"}}), "sample_columns"),
], ids=["not_json", "not_object", "expectations_not_list", "no_query", "no_target",
        "target_without_schema", "name_mismatch", "no_type", "unknown_type", "no_column",
        "kwargs_not_object", "generated_id", "no_description", "bad_sample_columns"])
def test_malformed_suite_is_refused(tmp_path: Path, data: Any, message: str) -> None:
    with pytest.raises(SuiteError, match=message):
        load_suite(write(tmp_path, data))


def test_folder_without_suites_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SuiteError, match="no suites"):
        load_suites(tmp_path)


def frame(**overrides: list[Any]) -> pd.DataFrame:
    data: dict[str, list[Any]] = {"id": ["t1", "t2", "t3"], "kind": ["a", "b", "a"],
                                  "n": [1, 5, 9]}
    data.update(overrides)
    return pd.DataFrame(data)


def test_good_frame_passes_and_bad_frame_fails_with_samples(tmp_path: Path) -> None:
    suite = load_suite(write(tmp_path, GOOD))
    assert all(o.success for o in validate_frame(suite, frame()))
    outcomes = validate_frame(suite, frame(id=["t1", "t1", "t3"], kind=["a", "zzz", "a"]))
    failed = {(o.expectation, o.column): o for o in outcomes if not o.success}
    assert set(failed) == {("expect_column_values_to_be_unique", "id"),
                           ("expect_column_values_to_be_in_set", "kind")}
    kind = failed[("expect_column_values_to_be_in_set", "kind")]
    assert kind.unexpected_count == 1 and kind.sample == ["zzz"]
    assert kind.sample_rows == [{"kind": "zzz", "id": "t1"}]
    assert "zzz" in failure_message(suite, kind)


def test_missing_column_is_a_failure_not_a_pass(tmp_path: Path) -> None:
    suite = load_suite(write(tmp_path, GOOD))
    outcomes = validate_frame(suite, frame().drop(columns=["kind"]))
    kind = next(o for o in outcomes if o.column == "kind")
    assert not kind.success and kind.error


def test_result_count_mismatch_is_refused(tmp_path: Path) -> None:
    import great_expectations as gx

    suite = load_suite(write(tmp_path, GOOD))
    context = gx.get_context(mode="ephemeral")
    batch = (context.data_sources.add_pandas("s").add_dataframe_asset(name="a")
             .add_batch_definition_whole_dataframe("w").get_batch(
                 batch_parameters={"dataframe": frame()}))
    results = list(batch.validate(context.suites.add(gx.ExpectationSuite(
        name="partial", expectations=[gx.expectations.ExpectColumnValuesToBeUnique(column="id")],
    ))).results)
    assert len(results) == 1
    with pytest.raises(SuiteError, match="1 results for 4 expectations"):
        outcomes_from(suite, results)
    with pytest.raises(SuiteError, match="0 results for 4 expectations"):
        outcomes_from(suite, [])


def test_results_are_paired_by_expectation_not_position(tmp_path: Path) -> None:
    suite = load_suite(write(tmp_path, GOOD))
    import great_expectations as gx

    context = gx.get_context(mode="ephemeral")
    batch = (context.data_sources.add_pandas("s").add_dataframe_asset(name="a")
             .add_batch_definition_whole_dataframe("w").get_batch(
                 batch_parameters={"dataframe": frame()}))
    reversed_suite = gx.ExpectationSuite(name="reversed", expectations=[
        gx.expectations.ExpectColumnValuesToBeBetween(column="n", min_value=0, max_value=10),
        gx.expectations.ExpectColumnValuesToBeInSet(column="kind", value_set=["a", "b"]),
        gx.expectations.ExpectColumnValuesToNotBeNull(column="id"),
        gx.expectations.ExpectColumnValuesToBeUnique(column="id"),
    ])
    results = list(batch.validate(context.suites.add(reversed_suite)).results)
    outcomes = outcomes_from(suite, results)
    assert [o.expectation for o in outcomes] == [e["type"] for e in GOOD["expectations"]]
    other = gx.ExpectationSuite(name="other", expectations=[
        gx.expectations.ExpectColumnValuesToBeBetween(column="n", min_value=0, max_value=99),
        gx.expectations.ExpectColumnValuesToBeInSet(column="kind", value_set=["a", "b"]),
        gx.expectations.ExpectColumnValuesToNotBeNull(column="id"),
        gx.expectations.ExpectColumnValuesToBeUnique(column="id"),
    ])
    results = list(batch.validate(context.suites.add(other)).results)
    with pytest.raises(SuiteError, match="no result for expectation #3"):
        outcomes_from(suite, results)


def test_one_quality_row_per_expectation_per_run(tmp_path: Path) -> None:
    suite = load_suite(write(tmp_path, GOOD))
    con = duckdb.connect()
    con.execute("create table things as select * from (values ('t1', 'a', 1), ('t2', 'zzz', 2)) "
                "as t(id, kind, n)")
    first = run_suite(con, suite)
    record(con, [first], "run-1", datetime(2026, 1, 1))
    record(con, [run_suite(con, suite)], "run-2", datetime(2026, 1, 2))
    rows = con.execute("select run_id, count(*), count(distinct expectation_index), "
                       "count_if(not success) from quality.expectation_results "
                       "group by all order by 1").fetchall()
    assert rows == [("run-1", 4, 4, 1), ("run-2", 4, 4, 1)]
    failed = con.execute("select expectation_type, column_name, unexpected_count, "
                         "unexpected_sample, unexpected_rows from quality.expectation_results "
                         "where not success and run_id = 'run-2'").fetchone()
    assert failed[:3] == ("expect_column_values_to_be_in_set", "kind", 1)
    assert json.loads(failed[3]) == ["zzz"]
    assert json.loads(failed[4]) == [{"kind": "zzz", "id": "t2"}]
    summary = con.execute("select run_id, expectations, failed_expectations, success "
                          "from quality.suite_runs order by 1").fetchall()
    assert summary == [("run-1", 4, 1, False), ("run-2", 4, 1, False)]
    markdown = failures_markdown(first)
    assert "1 of 4 expectations failed" in markdown and "zzz" in markdown


def test_a_suite_whose_query_fails_fails_every_expectation(tmp_path: Path) -> None:
    """A table gone fails the suite with the database's error; it does not raise, so the
    stage's other suites still report, and the failure is recorded like any other."""
    suite = load_suite(write(tmp_path, GOOD))
    con = duckdb.connect()
    run = run_suite(con, suite)  # table things was never built
    assert not run.success and run.row_count == 0
    assert len(run.failures) == len(suite.expectations) == 4
    assert all("suite query failed" in (f.error or "") and "things" in (f.error or "")
               for f in run.failures)
    assert "suite query failed" in failure_message(suite, run.failures[0])
    record(con, [run], "run-1", datetime(2026, 1, 1))
    assert con.execute("select count(*), count_if(success) from quality.expectation_results"
                       ).fetchone() == (4, 0)


def test_an_older_results_table_is_upgraded(tmp_path: Path) -> None:
    suite = load_suite(write(tmp_path, GOOD))
    con = duckdb.connect()
    con.execute("create table things as select 't1' as id, 'a' as kind, 1 as n")
    con.execute("create schema quality")
    con.execute("create table quality.expectation_results (run_id varchar, suite_name varchar, "
                "target_table varchar, expectation_index bigint, expectation_type varchar, "
                "column_name varchar, kwargs varchar, description varchar, success boolean, "
                "observed_value varchar, unexpected_count bigint, unexpected_sample varchar, "
                "row_count bigint, validated_at timestamp)")
    record(con, [run_suite(con, suite)], "run-1", datetime(2026, 1, 1))
    assert con.execute("select count(*) from quality.expectation_results").fetchone() == (4,)
