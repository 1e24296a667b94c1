"""Great Expectations Core 1.x suites kept as JSON in `expectations/suites/`, validated on frames.

GX 1.x has no working DuckDB engine (its SQLAlchemy path fails on every metric, see
docs/quality.md), so each suite carries, in `meta.query`, the SQL that produces the frame to
validate; the frame goes through an ephemeral GX context as a whole-dataframe batch. Cross-table
rules (foreign keys, offsets that index the article text) become boolean columns of that query,
checked with ordinary expectations; distribution rules are a one-row aggregate frame with bounds
kept in the suite.

Guards: an empty or malformed suite is refused (an empty suite would pass any data), and a result
count different from the expectation count is an error, not a pass.
"""

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("TQDM_DISABLE", "1")

import great_expectations as gx  # noqa: E402
from great_expectations.data_context.types.base import ProgressBarsConfig  # noqa: E402
from great_expectations.exceptions import ExpectationNotFoundError  # noqa: E402
from great_expectations.expectations.expectation_configuration import (  # noqa: E402
    ExpectationConfiguration,
)
from great_expectations.expectations.registry import get_expectation_impl  # noqa: E402

SAMPLE_SIZE = 5


class SuiteError(ValueError):
    """A suite file that cannot be trusted (empty, malformed, missing its query) or a validation
    whose results cannot be trusted (result count different from the expectation count)."""


@dataclass(frozen=True)
class Suite:
    name: str
    target: str             # the relation it guards, e.g. "marts.mentions"
    query: str              # SQL producing the frame to validate
    expectations: list[dict[str, Any]]
    path: Path
    sample_columns: list[str] = field(default_factory=list)  # identify failing rows in samples
    description: str = ""


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
    unexpected_percent: float | None = None
    sample_rows: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None

    @property
    def target(self) -> str:
        """The column(s) an expectation is about, for messages."""
        if self.column:
            return self.column
        columns = self.kwargs.get("column_list") or self.kwargs.get("column_set")
        return ", ".join(columns) if columns else "table"


def _refuse(path: Path, message: str) -> SuiteError:
    return SuiteError(f"{path}: {message}")


def _check_expectation(path: Path, index: int, item: Any) -> None:
    if not isinstance(item, dict):
        raise _refuse(path, f"expectation #{index} is not an object")
    kind = item.get("type")
    if not isinstance(kind, str) or not kind:
        raise _refuse(path, f"expectation #{index} needs a 'type'")
    kwargs = item.get("kwargs", {})
    if not isinstance(kwargs, dict):
        raise _refuse(path, f"expectation #{index} ({kind}): 'kwargs' must be an object")
    if "id" in item:
        raise _refuse(path, f"expectation #{index} ({kind}) carries an 'id'; suites are id-free")
    try:
        get_expectation_impl(kind)
    except ExpectationNotFoundError as error:
        raise _refuse(path, f"expectation #{index}: unknown expectation type {kind!r}") from error
    needs_column = kind.startswith("expect_column_") and not kind.startswith("expect_column_pair")
    if needs_column and not kwargs.get("column"):
        raise _refuse(path, f"expectation #{index} ({kind}) needs kwargs.column")
    meta = item.get("meta", {})
    if not isinstance(meta, dict) or not str(meta.get("description") or "").strip():
        raise _refuse(path, f"expectation #{index} ({kind}) needs meta.description (shown on "
                            f"failure)")


def load_suite(path: Path) -> Suite:
    """Read and vet one suite file; raise SuiteError for anything that could pass vacuously."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _refuse(path, f"cannot read suite: {error}") from error
    if not isinstance(data, dict):
        raise _refuse(path, "a suite is a JSON object")
    expectations = data.get("expectations")
    if expectations is not None and not isinstance(expectations, list):
        raise _refuse(path, "'expectations' must be a list")
    if not expectations:
        raise _refuse(path, "the suite is empty; an empty suite would pass any data")
    meta = data.get("meta") or {}
    if not isinstance(meta, dict) or not meta.get("query") or not meta.get("target"):
        raise _refuse(path, "meta.query and meta.target are required")
    target = str(meta["target"])
    if len(target.split(".")) != 2:
        raise _refuse(path, f"meta.target must be <schema>.<table>, got {target!r}")
    name = data.get("name") or path.stem
    if name != path.stem:
        raise _refuse(path, f"suite name {name!r} must equal the file name {path.stem!r}")
    sample_columns = meta.get("sample_columns") or []
    if not isinstance(sample_columns, list) or not all(isinstance(c, str) for c in sample_columns):
        raise _refuse(path, "meta.sample_columns must be a list of column names")
    for index, item in enumerate(expectations):
        _check_expectation(path, index, item)
    return Suite(name, target, str(meta["query"]), expectations, path, sample_columns,
                 str(meta.get("description") or ""))


def load_suites(folder: Path) -> list[Suite]:
    suites = [load_suite(path) for path in sorted(folder.glob("*.json"))]
    if not suites:
        raise SuiteError(f"{folder}: no suites found")
    return suites


def _text(value: Any) -> str | None:
    if value is None:
        return None
    try:
        return json.dumps(value, default=str)[:500]
    except (TypeError, ValueError):
        return str(value)[:500]


def _plain(value: Any) -> Any:
    """numpy / pandas scalars to JSON-friendly Python values."""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            value = value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, float) and value != value:  # NaN
        return None
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _row(item: Any) -> dict[str, Any]:
    if isinstance(item, Mapping):
        return {str(k): _plain(v) for k, v in item.items()}
    return {"value": _plain(item)}


def gx_suite(suite: Suite) -> gx.ExpectationSuite:
    """A GX ExpectationSuite object (not yet added to a context) with the suite's expectations."""
    built = gx.ExpectationSuite(name=suite.name, meta={"target": suite.target})
    for item in suite.expectations:
        built.add_expectation_configuration(
            ExpectationConfiguration(type=item["type"], kwargs=item.get("kwargs", {}),
                                     meta=item.get("meta") or {})
        )
    return built


def result_format(suite: Suite, frame: pd.DataFrame) -> dict[str, Any]:
    fmt: dict[str, Any] = {"result_format": "SUMMARY", "partial_unexpected_count": SAMPLE_SIZE}
    columns = [c for c in suite.sample_columns if c in frame.columns]
    if columns:
        fmt["unexpected_index_column_names"] = columns
    return fmt


def quiet(context: Any) -> None:
    """No tqdm progress bars in the run logs."""
    try:
        context.variables.progress_bars = ProgressBarsConfig(globally=False)
    except (AttributeError, TypeError):
        pass


def _aggregate_value(frame: pd.DataFrame | None, column: str | None) -> str | None:
    """On a one-row aggregate frame, the measured value of `column` (GX reports none for
    column-map expectations), so that quality.expectation_results can chart it over time."""
    if frame is None or column is None or len(frame) != 1 or column not in frame.columns:
        return None
    return _text(_plain(frame[column].iloc[0]))


def _exception_message(info: Any) -> str | None:
    """GX reports errors either flat ({raised_exception, exception_message}) or per metric
    ({metric id: {raised_exception, ...}})."""
    if not isinstance(info, dict):
        return None
    candidates = [info] + [v for v in info.values() if isinstance(v, dict)]
    for item in candidates:
        if item.get("raised_exception"):
            return str(item.get("exception_message"))[:300]
    return None


def _norm(value: Any) -> Any:
    """GX stores numbers as floats (0 -> 0.0) and tuples as lists: compare values, not spellings."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, (list, tuple, set)):
        return [_norm(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _norm(v) for k, v in value.items()}
    return str(value)


def _same(a: Any, b: Any) -> bool:
    return _norm(a) == _norm(b)


def _pair(suite: Suite, results: list[Any]) -> list[Any]:
    """Each expectation's own result. GX does not keep the suite's order (a result that raised
    comes last), so results are matched on type and arguments, never by position."""
    unused = list(results)
    paired = []
    for index, item in enumerate(suite.expectations):
        for res in unused:
            config = res.expectation_config
            if config is None or config.type != item["type"]:
                continue
            kwargs = dict(config.kwargs or {})
            if all(_same(kwargs.get(k), v) for k, v in item.get("kwargs", {}).items()):
                paired.append(res)
                unused.remove(res)
                break
        else:
            raise SuiteError(f"{suite.name}: no result for expectation #{index} ({item['type']} "
                             f"{item.get('kwargs', {})})")
    return paired


def outcomes_from(
    suite: Suite, results: list[Any], frame: pd.DataFrame | None = None
) -> list[ExpectationOutcome]:
    """Pair GX results with the suite's expectations; refuse a count mismatch."""
    if len(results) != len(suite.expectations):
        raise SuiteError(
            f"{suite.name}: {len(results)} results for {len(suite.expectations)} expectations"
        )
    outcomes = []
    for item, res in zip(suite.expectations, _pair(suite, results), strict=True):
        details = res.result or {}
        sample = [str(v)[:200] for v in (details.get("partial_unexpected_list") or [])]
        rows = ([_row(v) for v in (details.get("partial_unexpected_index_list") or [])]
                if suite.sample_columns else [])
        error = _exception_message(res.exception_info)
        if error:
            sample = [error]
        percent = details.get("unexpected_percent")
        column = item.get("kwargs", {}).get("column")
        observed = details.get("observed_value")
        outcomes.append(ExpectationOutcome(
            expectation=item["type"],
            column=column,
            kwargs=item.get("kwargs", {}),
            success=bool(res.success),
            observed_value=(_text(observed) if observed is not None
                            else _aggregate_value(frame, column)),
            unexpected_count=details.get("unexpected_count"),
            sample=sample[:SAMPLE_SIZE],
            description=(item.get("meta") or {}).get("description"),
            unexpected_percent=float(percent) if percent is not None else None,
            sample_rows=rows[:SAMPLE_SIZE],
            error=error,
        ))
    return outcomes


def validate_frame(suite: Suite, frame: pd.DataFrame) -> list[ExpectationOutcome]:
    """Validate `frame` against `suite` in a fresh ephemeral GX context."""
    context = gx.get_context(mode="ephemeral")
    quiet(context)
    source = context.data_sources.add_pandas(f"{suite.name}_source")
    asset = source.add_dataframe_asset(name=suite.name)
    batch_definition = asset.add_batch_definition_whole_dataframe("whole_frame")
    built = context.suites.add(gx_suite(suite))
    batch = batch_definition.get_batch(batch_parameters={"dataframe": frame})
    result = batch.validate(built, result_format=result_format(suite, frame))
    return outcomes_from(suite, list(result.results), frame)
