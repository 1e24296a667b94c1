"""Great Expectations Core 1.x suites kept as JSON in `expectations/suites/`, validated on DataFrames.

GX 1.x has no working DuckDB engine (its SQLAlchemy path fails on every metric, see README), so each suite
carries, in `meta.query`, the SQL that produces the frame to validate from the warehouse; the frame goes
through an ephemeral GX context as a whole-dataframe batch. Cross-table rules (foreign keys, offsets that
index the article text) become boolean columns of that query, checked with ordinary expectations.

Guards: an empty suite is refused (it would pass any data), and a result count different from the
expectation count is an error, not a pass.
"""

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("TQDM_DISABLE", "1")

import great_expectations as gx  # noqa: E402
from great_expectations.expectations.expectation_configuration import (  # noqa: E402
    ExpectationConfiguration,
)


class SuiteError(ValueError):
    """A suite file that cannot be trusted (empty, malformed, missing its query)."""


@dataclass(frozen=True)
class Suite:
    name: str
    target: str             # the relation it guards, e.g. "marts.mentions"
    query: str              # SQL producing the frame to validate
    expectations: list[dict[str, Any]]
    path: Path


@dataclass(frozen=True)
class ExpectationOutcome:
    expectation: str
    column: str | None
    kwargs: dict[str, Any]
    success: bool
    observed_value: str | None
    unexpected_count: int | None
    sample: list[str]
    description: str | None


def load_suite(path: Path) -> Suite:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise SuiteError(f"{path}: cannot read suite: {error}") from error
    expectations = data.get("expectations") or []
    if not expectations:
        raise SuiteError(f"{path}: the suite is empty; an empty suite would pass any data")
    meta = data.get("meta") or {}
    if not meta.get("query") or not meta.get("target"):
        raise SuiteError(f"{path}: meta.query and meta.target are required")
    for item in expectations:
        if "type" not in item or not isinstance(item.get("kwargs", {}), dict):
            raise SuiteError(f"{path}: every expectation needs a 'type' and a 'kwargs' object")
    return Suite(data.get("name") or path.stem, meta["target"], meta["query"], expectations, path)


def load_suites(folder: Path) -> list[Suite]:
    return [load_suite(path) for path in sorted(folder.glob("*.json"))]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    try:
        return json.dumps(value, default=str)[:500]
    except TypeError:
        return str(value)[:500]


def validate_frame(suite: Suite, frame: pd.DataFrame) -> list[ExpectationOutcome]:
    """Validate `frame` against `suite` in a fresh ephemeral GX context."""
    context = gx.get_context(mode="ephemeral")
    source = context.data_sources.add_pandas(f"{suite.name}_source")
    asset = source.add_dataframe_asset(name=suite.name)
    batch_definition = asset.add_batch_definition_whole_dataframe("whole_frame")
    gx_suite = context.suites.add(gx.ExpectationSuite(name=suite.name))
    for item in suite.expectations:
        gx_suite.add_expectation_configuration(
            ExpectationConfiguration(type=item["type"], kwargs=item.get("kwargs", {}),
                                     meta=item.get("meta") or {})
        )
    batch = batch_definition.get_batch(batch_parameters={"dataframe": frame})
    result = batch.validate(
        gx_suite, result_format={"result_format": "SUMMARY", "partial_unexpected_count": 5}
    )
    if len(result.results) != len(suite.expectations):
        raise SuiteError(
            f"{suite.name}: {len(result.results)} results for {len(suite.expectations)} expectations"
        )
    outcomes = []
    for item, res in zip(suite.expectations, result.results, strict=True):
        details = res.result or {}
        sample = [str(v) for v in (details.get("partial_unexpected_list") or [])][:5]
        if res.exception_info and res.exception_info.get("raised_exception"):
            sample = [str(res.exception_info.get("exception_message"))[:300]]
        outcomes.append(ExpectationOutcome(
            expectation=item["type"],
            column=item.get("kwargs", {}).get("column"),
            kwargs=item.get("kwargs", {}),
            success=bool(res.success),
            observed_value=_text(details.get("observed_value")),
            unexpected_count=details.get("unexpected_count"),
            sample=sample,
            description=(item.get("meta") or {}).get("description"),
        ))
    return outcomes
