"""Pure tests for orchestration.lib.meeting_dates.resolve_relative_date."""

from datetime import date

import pytest

from orchestration.lib.meeting_dates import (
    date_parts,
    find_date_expressions,
    offset_days,
    resolve_relative_date,
)

THU = date(2017, 8, 17)  # seed 000 publication date (a Thursday)
MON = date(2017, 10, 2)  # seed 004 publication date (a Monday)


@pytest.mark.parametrize(
    ("expr", "pub", "expected"),
    [
        ("on Wednesday", THU, (date(2017, 8, 16), "day")),
        ("on Tuesday", THU, (date(2017, 8, 15), "day")),
        ("Thursday", THU, (date(2017, 8, 17), "day")),  # same day allowed
        ("last Thursday", THU, (date(2017, 8, 10), "day")),
        ("on Monday", MON, (date(2017, 10, 2), "day")),
        ("Sunday night", MON, (date(2017, 10, 1), "day")),
        ("Aug. 15", THU, (date(2017, 8, 15), "day")),
        ("August 16", THU, (date(2017, 8, 16), "day")),
        ("15 August 2016", THU, (date(2016, 8, 15), "day")),
        ("Dec. 20", date(2018, 1, 5), (date(2017, 12, 20), "day")),  # would be far in the future
        ("2017-08-15", None, (date(2017, 8, 15), "day")),
        ("yesterday", THU, (date(2017, 8, 16), "day")),
        ("earlier in the day", MON, (date(2017, 10, 2), "day")),
        ("earlier this week", THU, (None, "week")),
        ("last week", THU, (None, "week")),
        ("in mid-August", MON, (None, "month")),
        ("the end of August", None, (None, "month")),
        ("on Wednesday", None, (None, "unknown")),
        ("Aug. 16", None, (None, "unknown")),
        ("in the near future", THU, (None, "unknown")),
        ("", THU, (None, "unknown")),
    ],
)
def test_resolve_relative_date(expr: str, pub: date | None, expected: tuple) -> None:
    assert resolve_relative_date(expr, pub) == expected


def test_future_weekday_and_month_day() -> None:
    assert resolve_relative_date("on Tuesday", THU, future=True) == (date(2017, 8, 22), "day")
    assert resolve_relative_date("next Monday", THU) == (date(2017, 8, 21), "day")
    assert resolve_relative_date("Jan. 10", date(2017, 12, 1), future=True) == (
        date(2018, 1, 10),
        "day",
    )


def test_invalid_day_is_unknown() -> None:
    assert resolve_relative_date("Feb. 30", THU) == (None, "unknown")


def test_find_date_expressions() -> None:
    text = "They met on Tuesday and again on Aug. 16, 2017, earlier this week."
    spans = [text[s:e] for s, e in find_date_expressions(text)]
    assert "on Tuesday" in spans
    assert any(s.startswith("Aug. 16") for s in spans)
    assert any("this week" in s for s in spans)


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("Aug. 16", (8, 16, None)),  # no year: the SQL layer matches it to 2017-08-16
        ("on Aug. 15, 2017", (8, 15, 1)),  # a Tuesday
        ("2017-08-16", (8, 16, 2)),
        ("on Wednesday", (None, None, 2)),
        ("Sunday night", (None, None, 6)),
        ("this Monday", (None, None, 0)),
        ("last Monday", (None, None, None)),  # the modifier moves the day: no safe key
        ("in mid-August", (8, None, None)),
        ("earlier this week", (None, None, None)),
        ("", (None, None, None)),
    ],
)
def test_date_parts_without_publication_date(
    expr: str, expected: tuple[int | None, int | None, int | None]
) -> None:
    assert date_parts(expr) == expected


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("a day earlier", -1),
        ("two days later", 2),
        ("the previous day", -1),
        ("the next day", 1),
        ("the following day", 1),
        ("the day before", -1),
        ("the day before the vote", None),
        ("on Tuesday", None),
    ],
)
def test_offset_days(text: str, days: int | None) -> None:
    assert offset_days(text) == days


@pytest.mark.parametrize(
    ("expr", "pub", "future", "expected"),
    [
        ("on the 14th", date(2024, 1, 3), True, date(2024, 1, 14)),
        ("on the 14th", date(2023, 12, 20), True, date(2024, 1, 14)),  # next month, next year
        ("the 2nd", date(2024, 1, 3), False, date(2024, 1, 2)),
        ("on the 28th", date(2024, 1, 3), False, date(2023, 12, 28)),  # held: last month
    ],
)
def test_day_of_month_alone(expr: str, pub: date, future: bool, expected: date) -> None:
    assert resolve_relative_date(expr, pub, future=future) == (expected, "day")
    assert resolve_relative_date(expr, None, future=future) == (None, "unknown")


def test_find_offset_expressions() -> None:
    text = "met X in Jeddah the following day and Y two days later"
    found = [text[s:e] for s, e in find_date_expressions(text)]
    assert "the following day" in found and "two days later" in found


def test_planned_weekday_of_the_publication_day_is_that_day() -> None:
    wed = date(2024, 1, 10)
    assert resolve_relative_date("On Wednesday", wed, future=True) == (wed, "day")
    assert resolve_relative_date("next Wednesday", wed) == (date(2024, 1, 17), "day")


@pytest.mark.parametrize("expr", ["the same day", "later that day", "earlier that day"])
def test_same_day_offset(expr: str) -> None:
    assert offset_days(expr) == 0


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("a Sept-9-10 summit", "Sept-9-10"),
        ("on Sept 9-10 in Rome", "Sept 9-10"),
        ("on Sept 9 and 10 in Rome", "Sept 9 and 10"),
        ("on Sept 9 to 11, 1988", "Sept 9 to 11, 1988"),
    ],
)
def test_day_range_gives_its_first_day(text: str, span: str) -> None:
    pub = date(1990, 8, 20)
    [(s, e)] = find_date_expressions(text)
    assert text[s:e] == span  # the whole range stays as evidence
    resolved, precision = resolve_relative_date(span, pub)
    assert precision == "day" and resolved is not None
    assert (resolved.month, resolved.day) == (9, 9)
