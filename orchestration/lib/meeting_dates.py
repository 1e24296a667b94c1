"""Resolve the date expressions that news articles use for meetings.

Pure functions, no spaCy.  The reference point is the article's publication date.

Rules (``resolve_relative_date``):

* **Weekday** ("on Tuesday", "Tuesday", "Sunday night", "last Monday", "this Wednesday"):
  the most recent such weekday *on or before* the publication date.  The same day is allowed,
  because wire stories routinely say "on Monday" for the day they are filed (an article
  published Monday 2017-10-02 saying "on Monday held talks" means 2017-10-02).  "last <weekday>"
  excludes the publication day itself.  With ``future=True`` (planned meetings) the first such
  weekday on or after the publication date (a Wednesday story saying "is due to meet X on
  Wednesday" means that day); "next Monday" is strictly after it.
* **Month and day** ("Aug. 15", "August 15", "15 August", "Aug 15, 2017"): with an explicit year
  that date; otherwise the publication year, moved to the previous year when the result would be
  more than 60 days after publication for a past (held) meeting, or to the next year when it
  would be more than 60 days before publication for a planned one.
* **ISO / numeric dates** ("2017-08-15") resolve as written. "14/8/2017", "14.08.2017",
  "14-08-2017", "14/08/17": a part over 12 is the day; when both could be the month
  ("4/8/2017") the reading nearer publication wins, and without a publication date (or at equal
  distance) day-first, as written outside the United States.
* **Ranges** ("August 15-17", "15-17 August", "from Tuesday to Thursday") give their first day.
* **Day of the month alone** ("on the 14th"): that day of the publication month; a held meeting
  on a day after publication falls in the previous month, a planned one on a day before
  publication in the next month ("on the 14th" in a planned meeting published January 3 is
  January 14; published December 20 it is January 14 of the next year).
* **yesterday / today / tonight / this morning / earlier in the day / the day before yesterday**
  resolve to a day relative to publication ("tomorrow" with ``future`` or without); so does
  "two days ago" ("three weeks ago" is week-level, "a month ago" month-level).
* **A day counted from another date** ("a day earlier", "two days later", "the previous day",
  "the next day"): ``offset_days`` gives the offset; the extractor applies it to the nearest
  day-precision date before it in the article (``meetings._finalise``), since the publication
  date is not its reference.
* **Week-level** ("earlier this week", "this week", "last week", "next week") -> ``(None, 'week')``.
* **Month-level** ("in mid-August", "in August", "end of August", "this month", "last month")
  -> ``(None, 'month')``; ``date_parts`` gives its month (counted from the publication date for
  "next month", "last month").
* **Years** ("last year", "in 2015", "earlier this year") -> ``(None, 'year')``: the year
  itself is read in SQL from the text (`int_meeting_candidates_keyed.date_year`).
* **Feasts**: "on Eid al-Adha", "the second day of Eid al-Fitr" -> that day of the feast's
  latest occurrence on or before publication (the next on or after it when planned), from a
  table of the Saudi-announced first days 2015-2026; outside the table, unknown.
* **Other calendars** (Islamic, Persian, Hebrew months written in English: "15 Muharram", "on the
  14th of Mordad", "during Ramadan") are not converted -> ``(None, 'unknown')``, unless a
  Gregorian date is written beside them.
* Everything else, and any day-level expression when the publication date is unknown,
  -> ``(None, 'unknown')``; callers keep the expression text as evidence so that the SQL layer can
  match it across articles.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

_MONTH_RE = (
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
# "April 5", "April-5-6", "April 5-6", "April 5 and 6": a day range keeps its first day (the
# whole range stays in the expression text as evidence)
_MONTH_DAY = re.compile(
    rf"\b{_MONTH_RE}(?:\s+|-)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?:\s*(?:-|–|and|to)\s*\d{1,2}(?:st|nd|rd|th)?\b(?![.,]?\d|\s*(?:pct|percent|%)))?"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
# "15 August", "15th of August", and ranges "15-17 August", "15 to 17 August" (their first day)
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?"
    rf"\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
# "on the 14th": a day of the month without a month (checked after month-day patterns).
_DAY_ONLY = re.compile(
    r"\bthe\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?:\s+of\s+(?P<mod>this|next|last|past|previous)\s+month\b)?",
    re.IGNORECASE,
)
# "2017-08-14", "2017/08/14", "2017.08.14"
_ISO = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)(?P<isep>[-/.])(?P<month>\d{1,2})(?P=isep)(?P<day>\d{1,2})\b"
)
# "14/8/2017", "8/14/2017", "14.08.2017", "14-08-2017", "14/08/17": which part is the day is
# decided in _numeric_date
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)?\d\d)"
    r"(?![\d/]|[.-]\d)"
)
# Months of the Islamic, Persian and Hebrew calendars written in English: their days are not
# converted, so an expression naming one gives no date unless it also names a Gregorian day
_OTHER_CALENDAR = re.compile(
    r"\b(?:muharram|safar|rabi\W*(?:a|u)l\W*(?:awwal|thani|akhir)|rabi\W+(?:i|ii)"
    r"|jumad(?:a|i)\W*(?:a|u)l\W*(?:ula|awwal|akhirah?|thani)|rajab|sha'?ban|ramadh?an|ramazan"
    r"|shawwal|dhu\W*al\W*(?:qa'?dah?|qi'?dah|hijjah?)|dhul\W*(?:qa'?dah?|qi'?dah|hijjah?)|eid"
    r"|farvardin|ordibehesht|khordad|tir|a?mordad|shahrivar|mehr|aban|azar|dey|bahman|esfand"
    r"|tishrei|[hc]eshvan|kislev|tevet|shevat|adar|nisan|iyar|sivan|tammuz|elul)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# "two days ago", "three weeks ago", "a month ago"
_AGO = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>day|week|fortnight|month|year)s?\s+ago\b",
    re.IGNORECASE,
)
# a month named relative to publication: "this month", "later this month", "next month"
_RELATIVE_MONTH = re.compile(r"\b(?P<mod>this|next|last|past|previous)\s+month\b", re.I)
_WEEKDAY = re.compile(
    r"\b(?:(?P<mod>last|this|next|past|coming|previous)\s+)?"
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b"
    r"(?:'s)?(?:\s+(?:of\s+)?(?P<week>last|this|next|past)\s+week\b)?",
    re.IGNORECASE,
)
_WEEK = re.compile(r"\b(this|last|next|past|previous|coming|the)\s+week(end)?\b|\bweek\b", re.I)
_MONTH_ONLY = re.compile(
    rf"\b(?:this|last|next|the)\s+month\b|\b(?:mid-?|early|late|end of|beginning of|in)?\s*"
    rf"{_MONTH_RE}\b",
    re.IGNORECASE,
)
_YESTERDAY_BEFORE = re.compile(r"\bday before yesterday\b", re.I)
_LAST_NIGHT = re.compile(r"\blast night\b", re.I)
_TOMORROW_AFTER = re.compile(r"\bday after tomorrow\b", re.I)
_YESTERDAY = re.compile(r"\byesterday\b", re.I)
_TOMORROW = re.compile(r"\btomorrow\b", re.I)
_TODAY = re.compile(
    r"\b(today|tonight|this (morning|afternoon|evening)|earlier (in the day|today)"
    r"|later (in the day|today))\b",
    re.I,
)

# Eid al-Fitr and Eid al-Adha, the feasts that date meetings in Gulf and Iranian news ("received
# X in Tehran on Eid al-Adha"): their first day as announced in Saudi Arabia (other countries may
# keep it a day later; the first day is what "on Eid" means in the wires).
_HOLIDAY = re.compile(
    r"\b(?:(?:on\s+)?the\s+(?P<nth>first|second|third)\s+day\s+of\s+)?"
    r"eid[\s-]+(?:al|ul|el)?[\s-]*(?P<feast>adha|fitr)\b",
    re.IGNORECASE,
)
_FEAST_DAYS: dict[str, tuple[date, ...]] = {
    "fitr": (
        date(2015, 7, 17), date(2016, 7, 6), date(2017, 6, 25), date(2018, 6, 15),
        date(2019, 6, 4), date(2020, 5, 24), date(2021, 5, 13), date(2022, 5, 2),
        date(2023, 4, 21), date(2024, 4, 10), date(2025, 3, 30), date(2026, 3, 20),
    ),
    "adha": (
        date(2015, 9, 24), date(2016, 9, 12), date(2017, 9, 1), date(2018, 8, 21),
        date(2019, 8, 11), date(2020, 7, 31), date(2021, 7, 20), date(2022, 7, 9),
        date(2023, 6, 28), date(2024, 6, 16), date(2025, 6, 6), date(2026, 5, 27),
    ),
}

# How far ahead of publication an undated-year past event may fall before we assume last year.
_FUTURE_SLACK_DAYS = 60


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(
    month: int, day: int, year: int | None, published_date: date | None, future: bool
) -> tuple[date | None, str]:
    if year is not None:
        resolved = _safe_date(year, month, day)
        return (resolved, "day") if resolved else (None, "unknown")
    if published_date is None:
        return None, "unknown"
    resolved = _safe_date(published_date.year, month, day)
    if resolved is None:
        return None, "unknown"
    if not future and (resolved - published_date).days > _FUTURE_SLACK_DAYS:
        resolved = _safe_date(published_date.year - 1, month, day) or resolved
    elif future and (published_date - resolved).days > _FUTURE_SLACK_DAYS:
        resolved = _safe_date(published_date.year + 1, month, day) or resolved
    return resolved, "day"


def _day_of_month(
    day: int, published_date: date | None, future: bool, mod: str | None = None
) -> tuple[date | None, str]:
    """"on the 14th": that day of the publication month; for a held meeting a day after
    publication is last month's, for a planned one a day before publication is next month's.
    "the 5th of last month" / "of next month" / "of this month" say which month."""
    if published_date is None:
        return None, "unknown"
    year, month = published_date.year, published_date.month
    if mod:
        step = {"this": 0, "next": 1}.get(mod.lower(), -1)
        index = year * 12 + month - 1 + step
        resolved = _safe_date(index // 12, index % 12 + 1, day)
        return (resolved, "day") if resolved else (None, "unknown")
    if future and day < published_date.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif not future and day > published_date.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    resolved = _safe_date(year, month, day)
    return (resolved, "day") if resolved else (None, "unknown")


def _numeric_date(m: re.Match[str], published_date: date | None) -> date | None:
    """A numeric date ("14/8/2017", "8/14/2017", "4/8/2017"): a part over 12 is the day; when
    both parts could be the month, the reading nearer the publication date wins (news reports
    what is near), and without a publication date (or at equal distance) day-first, as written
    outside the United States."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    if year < 100:  # "14/08/17", "3/4/87": the century nearest publication, else 1950-2049
        pivot = published_date.year if published_date is not None else 2000
        year = min((c + year for c in (1900, 2000, 2100)), key=lambda y: abs(y - pivot))
    day_first = _safe_date(year, b, a)
    month_first = _safe_date(year, a, b)
    if day_first is None or month_first is None or published_date is None:
        return day_first or month_first
    if abs((month_first - published_date).days) < abs((day_first - published_date).days):
        return month_first
    return day_first


def _explicit_day(
    text: str, published_date: date | None, future: bool
) -> tuple[date | None, str] | None:
    """A calendar day written out: ISO, numeric, month and day (with or without a year)."""
    m = _ISO.search(text)
    if m:
        resolved = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        return (resolved, "day") if resolved else (None, "unknown")
    m = _NUMERIC.search(text)
    if m:
        resolved = _numeric_date(m, published_date)
        return (resolved, "day") if resolved else (None, "unknown")
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        m = pattern.search(text)
        if m:
            month = MONTHS[m["month"].lower().rstrip(".")]
            day = int(m["day"])
            year = int(m["year"]) if m["year"] else None
            if 1 <= day <= 31:
                return _month_day(month, day, year, published_date, future)
    return None


def _weekday(
    m: re.Match[str], published_date: date | None, future: bool
) -> tuple[date | None, str]:
    if published_date is None:
        return None, "unknown"
    target = WEEKDAYS[m["wd"].lower()]
    if m["week"]:
        # "Thursday last week", "Monday of next week": that day of the calendar week (Monday
        # first) before, of or after the publication's
        step = {"this": 0, "next": 7}.get(m["week"].lower(), -7)
        monday = published_date - timedelta(days=published_date.weekday())
        return monday + timedelta(days=step + target), "day"
    mod = (m["mod"] or "").lower()
    if future or mod in {"next", "coming"}:
        # "is due to meet X on Wednesday" in a Wednesday story is that day; "next
        # Wednesday" is a week later
        delta = (target - published_date.weekday()) % 7
        if delta == 0 and mod in {"next", "coming"}:
            delta = 7
        return published_date + timedelta(days=delta), "day"
    delta = (published_date.weekday() - target) % 7
    if mod in {"last", "past", "previous"} and delta == 0:
        delta = 7
    return published_date - timedelta(days=delta), "day"


def _ago(m: re.Match[str], published_date: date | None) -> tuple[date | None, str]:
    """'two days ago' is a day; "three weeks ago", "a month ago" only a week or a month."""
    unit = m["unit"].lower()
    if unit in ("week", "fortnight"):
        return None, "week"
    if unit == "month":
        return None, "month"
    if unit == "year" or published_date is None:
        return None, "unknown"
    n = m["n"].lower()
    days = int(n) if n.isdigit() else _NUMBER_WORDS[n]
    return published_date - timedelta(days=days), "day"


def _feast_day(text: str, published_date: date | None, future: bool) -> date | None:
    """'on Eid al-Adha' -> the last first day of that feast on or before publication (the
    first on or after it for a planned meeting), within a year; 'the second day of Eid al-Fitr'
    -> the day after."""
    m = _HOLIDAY.search(text)
    if m is None or published_date is None:
        return None
    nth = {"second": 1, "third": 2}.get((m["nth"] or "").lower(), 0)
    days = [d + timedelta(days=nth) for d in _FEAST_DAYS[m["feast"].lower()]]
    if future:
        ahead = [d for d in days if published_date <= d <= published_date + timedelta(days=366)]
        return ahead[0] if ahead else None
    past = [d for d in days if published_date - timedelta(days=366) <= d <= published_date]
    return past[-1] if past else None


def _relative_day(text: str, published_date: date | None) -> tuple[date | None, str] | None:
    """yesterday / the day before yesterday / tomorrow / today and its parts."""
    for pattern, days in (
        (_YESTERDAY_BEFORE, -2),
        (_YESTERDAY, -1),
        (_LAST_NIGHT, -1),
        (_TOMORROW_AFTER, 2),
        (_TOMORROW, 1),
        (_TODAY, 0),
    ):
        if pattern.search(text):
            if published_date is None:
                return None, "unknown"
            return published_date + timedelta(days=days), "day"
    return None


def resolve_relative_date(
    expression: str, published_date: date | None, *, future: bool = False
) -> tuple[date | None, str]:
    """Resolve a date expression against the publication date.

    Returns ``(date or None, precision)`` with precision ``'day' | 'week' | 'month' | 'year' |
    'unknown'``.

    * 'on Tuesday' -> the most recent Tuesday on or before ``published_date`` (the same day is
      allowed; 'last Tuesday' is strictly before); with ``future=True`` the next Tuesday on or
      after it.
    * 'Aug. 15' -> that day in the publication year (the previous year if that would be more than
      60 days after publication for a held meeting); unknown publication date -> (None, 'unknown').
    * '14/8/2017', '8/14/2017' -> a part over 12 is the day; '4/8/2017' -> the reading nearer
      publication, else day-first.
    * 'Sunday night' -> that Sunday; 'two days ago' -> two days before publication.
    * 'earlier this week', 'three weeks ago' -> (None, 'week'); 'in mid-August', 'next month'
      -> (None, 'month'); 'last year', 'in 2015' -> (None, 'year').
    * A month of the Islamic, Persian or Hebrew calendar ('15 Muharram', 'on the 14th of Mordad',
      'during Ramadan') -> (None, 'unknown') unless a Gregorian day is also written.
    """
    text = " ".join((expression or "").split())
    if not text:
        return None, "unknown"

    explicit = _explicit_day(text, published_date, future)
    if explicit is not None:
        return explicit
    feast = _feast_day(text, published_date, future)
    if feast is not None:
        return feast, "day"
    other_calendar = _OTHER_CALENDAR.search(text) is not None

    if not other_calendar:
        m = _DAY_ONLY.search(text)
        if m and 1 <= int(m["day"]) <= 31:
            return _day_of_month(int(m["day"]), published_date, future, m["mod"])

    m = _WEEKDAY.search(text)
    if m:
        return _weekday(m, published_date, future)
    if other_calendar:
        return None, "unknown"

    m = _AGO.search(text)
    if m:
        return _ago(m, published_date)
    relative = _relative_day(text, published_date)
    if relative is not None:
        return relative

    if _WEEK.search(text):
        return None, "week"
    if _MONTH_ONLY.search(text):
        return None, "month"
    if _YEAR_ONLY.search(text):
        return None, "year"
    return None, "unknown"


# "in 2019", "last year", "earlier this year": a year and nothing finer (round 8)
_YEAR_ONLY = re.compile(r"\b(?:19|20)\d\d\b|\b(?:this|last|next|past|previous)\s+year\b", re.I)


_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_OFFSET = re.compile(
    r"^(?:(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+(?P<dir>earlier|later|before)"
    r"|the\s+(?P<rel>previous|next|following)\s+(?:day|morning|afternoon|evening|night)"
    r"|the\s+day\s+(?P<dir2>before|after)"
    r"|(?P<same>the\s+same\s+day"
    r"|(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)))$",
    re.I,
)


_OFFSET_LEAD = re.compile(r"^(?:on|just)\s+", re.I)


def offset_days(expression: str | None) -> int | None:
    """Days from another date in the text: 'a day earlier' -> -1, 'two days later' -> 2, 'the
    previous day' / 'the day before' -> -1, 'the next day' / 'the following day' -> 1, 'the same
    day' / 'later that day' / 'that evening' -> 0. None for
    anything else ("the day before the vote" names another event and is not matched)."""
    text = " ".join((expression or "").split())
    text = _OFFSET_LEAD.sub("", text).rstrip(" .,")
    m = _OFFSET.match(text)
    if not m:
        return None
    if m["same"]:
        return 0
    if m["n"]:
        n = int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"].lower()]
        return -n if m["dir"].lower() in ("earlier", "before") else n
    if m["rel"]:
        return -1 if m["rel"].lower() == "previous" else 1
    return -1 if m["dir2"].lower() == "before" else 1


def _relative_month(text: str, published_date: date) -> int | None:
    """The month of 'this month', 'later this month', 'next month', 'last month', 'two months
    ago', counted from the publication month."""
    m = _RELATIVE_MONTH.search(text)
    if m:
        step = {"this": 0, "next": 1}.get(m["mod"].lower(), -1)
    else:
        m = _AGO.search(text)
        if not m or m["unit"].lower() != "month":
            return None
        n = m["n"].lower()
        step = -(int(n) if n.isdigit() else _NUMBER_WORDS[n])
    return (published_date.month - 1 + step) % 12 + 1


def date_parts(
    expression: str | None, published_date: date | None = None
) -> tuple[int | None, int | None, int | None]:
    """What a date expression says on its own: ``(month, day, weekday)`` with weekday 0 = Monday.

    'Aug. 16' -> (8, 16, None); 'on Wednesday' -> (None, None, 2); '2017-08-16' and '16/8/2017'
    -> (8, 16, 2); 'in mid-August' -> (8, None, None);
    'last Monday' / 'next Monday' -> (None, None, None) (the modifier moves the day, so the weekday
    alone is not a safe key); anything else -> (None, None, None).  The SQL layer uses these to
    join an undated report to a dated meeting ("Aug. 16" in an article without a publication year
    matches a meeting on 2017-08-16; "on Wednesday" matches a meeting on a Wednesday).

    With a publication date, a month named relative to it gets its month: 'next month' in an
    August article -> (9, None, None), 'last month' in January -> (12, None, None).  A month of
    another calendar ('during Ramadan', '15 Muharram') gives nothing.
    """
    text = " ".join((expression or "").split())
    if not text:
        return None, None, None
    m = _ISO.search(text)
    if m:
        resolved = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        if resolved is not None:
            return resolved.month, resolved.day, resolved.weekday()
        return None, None, None
    m = _NUMERIC.search(text)
    if m:
        resolved = _numeric_date(m, published_date)
        if resolved is not None:
            return resolved.month, resolved.day, resolved.weekday()
        return None, None, None
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        m = pattern.search(text)
        if m and 1 <= int(m["day"]) <= 31:
            month = MONTHS[m["month"].lower().rstrip(".")]
            day = int(m["day"])
            weekday = None
            if m["year"]:
                resolved = _safe_date(int(m["year"]), month, day)
                weekday = resolved.weekday() if resolved else None
            return month, day, weekday
    m = _WEEKDAY.search(text)
    if m and (m["mod"] or "").lower() in {"", "this"}:
        return None, None, WEEKDAYS[m["wd"].lower()]
    if _OTHER_CALENDAR.search(text):
        return None, None, None
    m = _MONTH_ONLY.search(text)
    if m and m["month"]:
        return MONTHS[m["month"].lower().rstrip(".")], None, None
    if published_date is not None:
        return _relative_month(text, published_date), None, None
    return None, None, None


_FIND_WEEKDAY = re.compile(
    r"\b(?:on\s+)?(?:(?:last|this|next|past|coming)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:night|morning|afternoon|evening))?\b",
    re.I,
)
# "earlier today", "this morning", "tonight" when the NER does not tag them; lower case only, so
# that an outlet's name ("USA Today", "L'Orient Today") is no date
_FIND_TODAY = re.compile(
    r"\b(?:(?:earlier|later)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b"
    r"|\b(?:earlier|later)\s+in\s+the\s+day\b"
)
_FIND_WEEK = re.compile(r"\b(?:earlier|later)?\s*(?:this|last|next)\s+week\b", re.I)
# "the following day", "a day earlier" when the NER does not tag them (offset_days)
_FIND_OFFSET = re.compile(
    r"\bthe\s+(?:previous|next|following|same)\s+day\b|\b(?:earlier|later)\s+that\s+day\b"
    r"|\bthe\s+(?:previous|next|following)\s+(?:morning|afternoon|evening|night)\b"
    r"|\b(?:a|one|two|three)\s+days?\s+(?:earlier|later)\b",
    re.I,
)

# "next month", "later this month", "early next month", "mid-August", "late July" (the small
# model often leaves "next month" untagged)
_FIND_REL_MONTH = re.compile(
    r"\b(?:(?:early|earlier|late|later|mid|the\s+end\s+of)\s+)?(?:this|next|last)\s+month\b",
    re.I,
)
_FIND_MONTH_PART = re.compile(
    rf"\b(?:mid-|(?:early|late|the\s+end\s+of)\s+){_MONTH_RE}(?!\s*\d)", re.I
)

# "on 23 Mordad 1396", "the 10th of Muharram", "Mordad 23": kept as evidence, never resolved
_FIND_OTHER_CALENDAR = re.compile(
    rf"\b(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_OTHER_CALENDAR.pattern[2:]}"
    r"(?:,?\s+1[34]\d\d)?"
    rf"|{_OTHER_CALENDAR.pattern}\s+\d{{1,2}}\b(?!\s*(?:times|per|%))(?:,?\s+1[34]\d\d)?",
    re.I,
)

# "last year", "earlier this year", "in 2015": no date, but the meeting's date text (evidence,
# and no other date of the sentence is taken for it)
_FIND_YEAR_WORDS = re.compile(
    r"\b(?:(?:early|earlier|late|later)\s+)?(?:this|last|next|past)\s+year\b", re.I
)
_FIND_YEAR_NUMBER = re.compile(
    r"\bin (?:(?:early|late) |mid-)?(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)", re.I
)
# find_date_expressions runs on every article: a numeric date is looked for from its digits
# (no look-behind before them, which would try every position), the left edge checked after
_FIND_NUMERIC = re.compile(
    r"\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)(?:19|20)?\d\d(?![\d/]|[.-]\d)"
)
# Each pattern runs only when the lower-cased text holds one of its words (None: always); a
# pattern cannot match without one, so the spans are the same, found in a fraction of the time.
_OTHER_CALENDAR_WORDS = (
    "muharram", "safar", "rabi", "jumad", "rajab", "sha'ban", "shaban", "rama", "shawwal",
    "dhu", "farvardin", "ordibehesht", "khordad", "mordad", "shahrivar", "mehr", "aban", "azar",
    "dey", "bahman", "esfand", "tishrei", "eshvan", "kislev", "tevet", "shevat", "adar",
    "nisan", "iyar", "sivan", "tammuz", "elul", "eid", "tir",
)
_TODAY_WORDS = (
    "today", "tonight", "this morning", "this afternoon", "this evening", "in the day",
)
_YEAR_NUMBER_WORDS = tuple(
    f"{lead}{century}"
    for lead in ("in ", "in early ", "in late ", "in mid-")
    for century in ("19", "20")
)

_FIND_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...] = (
    (_ISO, None),
    (_FIND_NUMERIC, None),
    (_MONTH_DAY, None),
    (_DAY_MONTH, None),
    (_FIND_WEEKDAY, ("day",)),
    (_FIND_WEEK, ("week",)),
    (_FIND_OFFSET, ("day", "morning", "afternoon", "evening", "night")),
    (_YESTERDAY, ("yesterday",)),
    (_FIND_TODAY, _TODAY_WORDS),
    (_TOMORROW, ("tomorrow",)),
    (_AGO, ("ago",)),
    (_FIND_REL_MONTH, ("month",)),
    (_FIND_MONTH_PART, ("mid-", "early", "late", "end")),
    (_HOLIDAY, ("eid",)),
    (_FIND_OTHER_CALENDAR, _OTHER_CALENDAR_WORDS),
    (_FIND_YEAR_WORDS, ("year",)),
    (_FIND_YEAR_NUMBER, _YEAR_NUMBER_WORDS),
)


def find_date_expressions(text: str) -> list[tuple[int, int]]:
    """Character spans of date expressions found by the patterns above (for text without NER).

    Spans include a leading 'on'/'last'/'this'/'earlier this' where present.
    """
    spans: list[tuple[int, int]] = []
    low = text.lower()
    for pattern, words in _FIND_PATTERNS:
        if words is not None and not any(w in low for w in words):
            continue
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if pattern is _FIND_NUMERIC and start > 0 and text[start - 1] in "0123456789/.-":
                continue
            while start < end and text[start].isspace():
                start += 1
            if start < end and not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
    return sorted(spans)
