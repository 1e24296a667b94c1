"""Publication dates: stated stamps, consistency with the story text, and careful inference.

Nothing here depends on today's date: ``dateparser`` runs with a fixed ``RELATIVE_BASE``
(2000-01-01), only the absolute-time and custom-format parsers (no "2 days ago", no Unix
timestamps), and ``REQUIRE_PARTS`` day/month/year, so a string without a year is never completed
from the clock.

Stated dates (``method='stated'``)
----------------------------------
* ``metadata`` (confidence 1.0): the input's ``published_at`` in any common format (ISO 8601,
  RFC 2822, "Oct 2, 2017 09:39", 10/13-digit Unix epoch). The date is taken in the timestamp's own
  offset (a story stamped 23:30-04:00 is dated that local day, not converted to UTC).
* ``metadata_url_date`` (0.8): a date in the path of the input's ``url``
  (``/2026/11/21/``, ``/2026-11-21-``, ``/20261121/``), year-month-day.
* ``text_url_date`` (0.7): the same in a page address printed as a line of the page (a pasted
  page often starts with its URL).
* ``ynet_first_published_stamp`` (0.9): Ynet's ``פרסום ראשון: 08.17.17, 09:39`` -- month.day.year.
  ``ynet_last_updated_stamp`` (``עדכון אחרון``, 0.6) is an update time, ranked below.
* ``date_prefix_stamp`` (0.85): a line starting ``date 2017-02-10`` (also ``published``/``posted``),
  the stamp is cut off the line and the rest kept as story text.
* ``published_stamp`` / ``updated_stamp`` (0.85 / 0.6): a whole line "Published: <date>" /
  "Updated: <date>" / "Last updated: <date>" (a relative "1 min ago" is navigation, not a date).
* ``standalone_date_line`` (0.75): a short line that is only a date, within the first 10 or last 5
  non-blank lines.
* ``monitoring_source_stamp`` (0.8): a monitoring service's source line, "Source: IRINN TV,
  Tehran, in Persian 0830 gmt 4 Oct 24" (the day of the broadcast it reports).
* ``wire_dateline_date`` (0.7): a wire dateline naming day, month and year in the first three
  paragraphs ("Riyadh, November 03, 2024, SPA --", "Doha, 04/05/2024 (QNA) –"); the line stays
  story text; an ambiguous numeric date is read with the lede's weekday like any stamp.
* ``print_edition_stamp`` (0.5): "A version of this article appeared in print on July 27, 2024."
  / "This article appeared in print on page 2 of the July 30, 2024 edition of ...": the paper's
  date, usually a day after the web story, so every printed web stamp ranks above it.
* mixed stamp lines (``published_stamp`` / ``updated_stamp``, same confidences), within the first
  10 or last 5 non-blank lines: a date naming day, month and year plus only stamp vocabulary --
  times, zones, weekdays, "Updated", "3 hours ago", Persian month names -- and at most four
  capitalised name words: "November 21, 2026 2:05 PM GMT+3Updated 3 hours ago", "Updated 2:05 PM
  GMT+3, November 21, 2026" (an update label before the date makes it ``updated_stamp``), "Burak
  Bir |21.11.2026 - Update : 21.11.2026", "Saturday 30 Aban 1405 - November 21, 2026",
  "2026-11-21T14:05:00+03:00"; Gregorian dates with Arabic or Hebrew month names ("آخر تحديث: 21
  نوفمبر 2026", "פורסם: 21 בנובמבר 2026"). A line with any lower-case word ("He arrived on
  October 2, 2017 in Tehran.") is a sentence, never a stamp. A Hijri or Solar Hijri date next to
  the Gregorian one is stamp vocabulary ("Monday, 25 March, 2024 - 15 Ramadan 1445 AH", "۲ آبان
  ۱۴۰۳ - October 23, 2024"); it is never read itself. A numeric date with no Gregorian reading
  (a Solar Hijri "1403/05/27" before "2024-08-17") is skipped for the next one. Month names in
  capitals ("JANUARY 11, 2025 18:42") are month names. A labelled stamp whose text is more
  than a date ("Published: 17:45-30 May 2024 M ـ 22 Dhu al-Qadah 1445 H") gives its first full
  date. A comma glued to the year still names it
  ("Feb 20,2024 - Last updated at Feb 20,2024"). Persian and Arabic-Indic digits are digits.

Numeric dates are ambiguous when both day/month orders are valid; every valid reading is a
candidate, the documented reading of the format first (ISO ``Y-M-D`` before ``Y-D-M``; ``/`` as
``M/D/Y`` before ``D/M/Y``; ``.`` and ``-`` as ``D.M.Y`` before ``M.D.Y``; Ynet ``M.D.Y``).

Consistency with the text (see :func:`violations`)
--------------------------------------------------
* An explicit date the story reports as past ("held a referendum on September 25") cannot be after
  the publication date (1 day of slack for time zones). A date without a year is placed in the
  publication year (news style omits the current year); when that falls after the publication
  date, the previous year counts only if it is at most 62 days earlier (a January story about
  "December 28"). Month-only mentions ("in mid-August") work the same with the month.
* A weekday written next to a date ("Monday, Oct. 2") must be that date's weekday.
* A weekday in the lede ("on Monday held talks") names the news day: a reading of an ambiguous
  stamp that makes that weekday the publication day or the day before is preferred.
Tense is decided on the clause before the date: future markers (will, plan, scheduled, ahead,
next, ...) win over past markers (held, was, met, said, any -ed verb, ...).

Candidate choice: readings without violations first, then (when the lede names a weekday) readings
whose lag to that weekday is at most one day, then the documented reading. Rejected readings are
emitted too, with ``flag='stated_date_contradicts_text'`` and a lower confidence, for the audit.
A stated date whose every reading contradicts the text is emitted with that flag and the reason in
``evidence``.

Inferred dates (``method='inferred'``), only when no unflagged stated date exists
--------------------------------------------------------------------------------
Only dates carrying their own year are used; a year is never guessed.
* ``relative_day_anchor`` (0.75): "today"/"yesterday"/"tomorrow" written next to a full date
  ("yesterday (October 1, 2017)") pins the publication date exactly.
* ``wire_dateline_page_year`` (0.6): a wire dateline naming the day but not the year ("MOSCOW,
  October 10. /TASS/.", "BEIJING, July 8 (Xinhua) --", "BAKU, Azerbaijan, November 4. The ...")
  in the first three paragraphs, completed
  with the one year the page's copyright lines state ("© 2024 TASS"; a range or two different
  years give nothing). A copyright year is the site's year when the page was saved, so an old
  page saved later would get a later year: that is why the date is inferred, not stated.
* ``lede_weekday_latest_past_date`` (0.55): the latest full past date in the story falls on the
  weekday the lede names ("on Monday") and no later full date is reported as past: the story is
  dated that day (news is published the day of the event or the next day: off by at most one).
Otherwise no date is emitted (unknown).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from orchestration.lib.article_signals import ArticleSignal

FLAG_CONTRADICTS = "stated_date_contradicts_text"
MIN_YEAR, MAX_YEAR = 1900, 2100
PAST_SLACK_DAYS = 1
YEAR_WRAP_DAYS = 62

DATEPARSER_SETTINGS: dict[str, object] = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RELATIVE_BASE": datetime(2000, 1, 1),
    "PREFER_DATES_FROM": "current_period",  # irrelevant: the year is required
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)")

_MONTH_DAY_RE = re.compile(
    rf"\b(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<month>{_MONTH_RE})\b\.?\s+"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:(?:,\s*|\s+)(?P<year>\d{4})\b)?"
)
_DAY_MONTH_RE = re.compile(
    rf"\b(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_RE})\b\.?(?:(?:,\s*|\s+)(?P<year>\d{{4}})\b)?"
)
_MONTH_ONLY_RE = re.compile(
    r"\b(?P<ctx>in|since|during|of|from|until|till|through|by|early|mid|late|last|next|this|"
    r"end of|beginning of|middle of|in early|in mid|in late)(?:\s+the)?[\s-]+"
    rf"(?P<month>{_MONTH_RE})\b(?!\.?\s*\d{{1,2}}\b(?!\d))(?:\s+(?P<year>\d{{4}})\b)?"
)
_ISO_IN_TEXT_RE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")

_FUTURE_RE = re.compile(
    r"\b(?:will|would|shall|plans?|planned|planning|schedul\w*|to be held|set to|set for|"
    r"expected|expects?|upcoming|due|ahead|next|intends?|intended|going to|slated|to hold|"
    r"to visit|to meet|to take place|is to|are to|proposed|coming)\b",
    re.IGNORECASE,
)
_PAST_RE = re.compile(
    r"\b(?:held|was|were|had|did|met|visited|said|told|ago|last|earlier|since|paid|went|came|"
    r"took|gave|made|saw|began|won|lost|left|led|fought|sent|spent|struck|brought|bought|kept|"
    r"found|stood|became|rose|fell|ran|wrote|spoke|broke|chose|drove|flew|knew|grew|threw|sat|"
    r"hit|\w{3,}ed)\b",
    re.IGNORECASE,
)
_CLAUSE_SPLIT_RE = re.compile(r"[,;]|[.!?](?=\s)|\n")

_YNET_RE = re.compile(
    r"^(?P<label>פרסום ראשון|עדכון אחרון)\s*:?\s*(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{2,4})"
    r"(?:\s*,?\s*\d{1,2}:\d{2})?\s*$"
)
_PREFIX_STAMP_RE = re.compile(
    r"^(?P<label>date|dated|published|posted)\s*[:\-]?\s*"
    r"(?P<stamp>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?)(?=\s|$)",
    re.IGNORECASE,
)
_LABELLED_RE = re.compile(
    r"^(?P<label>first published|published date|publication date|date published|published|"
    r"posted|updated|last updated|last update|last modified|modified|date|dated|released|"
    r"date_published|datepublished)"
    r"(?:\s+(?:on|at))?\s*[:\-–]?\s*(?P<rest>.{4,80})$",
    re.IGNORECASE,
)
# Labels of other languages around an English story ("Publié le : 20/06/2024 - 14:05",
# "Yayınlanma: 04.02.2025", "Опубликовано: 18.04.2025", "نشر في 2025/01/07", "发布时间：2024-11-15",
# "Publicado: 23/10/2024", "Diterbitkan 09/11/2024", "Objavljeno: 25.10.2024."). A numeric date
# under a label of a day-first locale is read day first.
_FOREIGN_PUBLISHED_LABELS = (
    "publié le", "publie le", "publicado el", "publicado", "publicada", "yayınlanma tarihi",
    "yayınlanma", "yayın tarihi", "опубликовано", "опубліковано", "дата публикации",
    "تاريخ النشر", "نشر في", "نشر بتاريخ", "发布时间", "发布日期", "發佈時間", "发表时间",
    "diterbitkan", "objavljeno", "veröffentlicht am", "veröffentlicht", "pubblicato il",
    "pubblicato", "gepubliceerd", "opublikowano", "publicat",
)
_FOREIGN_UPDATED_LABELS = (
    "modifié le", "modifie le", "mis à jour le", "actualizado el", "actualizado", "actualizada",
    "güncelleme tarihi", "güncelleme", "güncellenme", "обновлено", "оновлено", "更新时间",
    "更新日期", "diperbarui", "ažurirano", "aktualisiert am", "aktualisiert", "aggiornato il",
    "aggiornato", "bijgewerkt", "zaktualizowano", "آخر تحديث", "تم التحديث",
)
_FOREIGN_LABEL_RE = re.compile(
    r"^(?P<label>"
    + "|".join(re.escape(x) for x in sorted(
        _FOREIGN_PUBLISHED_LABELS + _FOREIGN_UPDATED_LABELS, key=len, reverse=True))
    + r")\s*[:：\-–]?\s*(?P<rest>.{4,80})$",
    re.IGNORECASE,
)
# Labels of a date that is not the publication's: an event's ("Event date: 20 May 2025") and a
# copy's (a clipper's "Clipped:", "date_saved:", front matter's "created:"; a print's date).
_NOT_PUBLICATION_LABEL_RE = re.compile(
    r"^(?:event date|date of (?:the )?(?:event|meeting|conference|summit)|meeting date|"
    r"deadline|clipped(?: on)?|saved(?: on)?|date[ _]saved|created(?: on)?|captured(?: on)?|"
    r"retrieved(?: on)?|accessed(?: on)?|downloaded(?: on)?|printed(?: on)?)\s*[:：\-–]",
    re.IGNORECASE,
)
_NUM_YMD_RE = re.compile(r"(?<!\d)(?P<y>\d{4})(?P<s>[-/.])(?P<a>\d{1,2})(?P=s)(?P<b>\d{1,2})(?!\d)")
_NUM_DMY_RE = re.compile(
    r"(?<!\d)(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?!\d)"
)
_RELATIVE_DAY_BEFORE_RE = re.compile(
    r"\b(today|yesterday|tomorrow)\b[\s,(]*(?:on\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?[\s,(]*$",
    re.IGNORECASE,
)
_RELATIVE_DAY_AFTER_RE = re.compile(r"^[\s,)]*\(?\s*(today|yesterday|tomorrow)\b", re.IGNORECASE)


# Stamp lines that carry more than a date: "November 21, 2026 2:05 PM GMT+3Updated 3 hours ago",
# "Updated 2:05 PM GMT+3, November 21, 2026", "Burak Bir |21.11.2026 - Update : 21.11.2026",
# "Saturday 30 Aban 1405 - November 21, 2026 - 22:11", "2026-11-21T14:05:00+03:00".
_ISO_DATETIME_RE = re.compile(
    r"(?<!\d)(?P<y>\d{4})-(?P<a>\d{2})-(?P<b>\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?(?!\d)"
)
# Hijri month names, written next to the Gregorian date on Gulf pages ("15 Ramadan 1445 AH")
_HIJRI_MONTHS = (
    r"Muharram|Safar|Rabi[’'`]?\s*(?:al|ul|i)?[- ]?(?:Awwal|Thani|Akhir)|"
    r"Jumad[ae]\s*(?:al|ul|i)?[- ]?(?:Ula|Awwal|Akhira?h?|Thani)|Rajab|Sha[’'`]?ban|Ramadan|"
    r"Shawwal|Dhu\s*al[- ]?(?:Qa[’'`]?dah|Hijjah)"
)
_STAMP_NOISE_RE = re.compile(
    # "Source: Xinhua| 2026-11-21 14:05:00|Editor: huaxia"
    r"\b(?:source|editor|author|reporter|agency)\s*:\s*[^\s|:]+"
    r"|\d+\s*(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week)s?\.?\s+ago"
    r"|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?"
    # "11.02 GMT", "6.00pm", "17.42 Uhr"; "2 min read" next to the date
    r"|\b\d{1,2}\.\d{2}\s*(?:[AaPp]\.?[Mm]\.?|\b)"
    r"|\b\d{1,3}\s*(?:min(?:ute)?s?|hours?)\s+read\b"
    r"|\b(?:JST|KST|HKT|SGT|WIB|PHT|ICT|AEST|AEDT|ACST|AWST|NZST|NZDT|PKT|EAT|WAT|CAT|SAST|"
    r"MSK|ET|PT|CT|PST|PDT|CST|CDT|MST|MDT|Uhr)\b"
    r"|\b(?:GMT|UTC|TRT|EET|EEST|CET|CEST|IST|IDT|IRST|AST|GST|EST|EDT|BST)"
    r"\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|\b(?:first published|last updated|last modified|published|updated?|posted|modified"
    r"|date|on|at|by"
    r"|Farvardin|Ordibehesht|Khordad|Tir|Mordad|Amordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand"
    rf"|{_HIJRI_MONTHS}|AH)\b"
    r"|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|هـ|ه\.ش"
    r"|\d+",
    re.IGNORECASE,
)
_UPDATE_LABEL_RE = re.compile(r"\b(?:updated?|last modified|modified)\b", re.IGNORECASE)
STAMP_LINE_MAX_NAME_WORDS = 4  # a byline name may share the line with the date
# Gregorian month names in Arabic and Hebrew ("21 نوفمبر 2026", "21 בנובמבר 2026")
_FOREIGN_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12, "ינואר": 1, "פברואר": 2, "מרץ": 3, "מרס": 3, "אפריל": 4, "מאי": 5, "יוני": 6,
    "יולי": 7, "אוגוסט": 8, "ספטמבר": 9, "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
}
_FOREIGN_DATE_RE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s+(?:ב-?)?(?P<month>"
    + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
    + r")\s*,?\s+(?P<year>\d{4})(?!\d)"
)
_FOREIGN_UPDATE_RE = re.compile(r"تحديث|عدل|עודכן|עדכון")
# a Chinese, Japanese or Korean date: "2024年11月12日", "2024년 11월 12일"
_CJK_DATE_RE = re.compile(
    r"(?<!\d)(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"
)
# a month abbreviation in lower case between a day and a year ("21 feb 2024", El País)
_LOWER_MONTH_RE = re.compile(
    r"(?<=\d\s)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?=\.?\s+\d{4}\b)"
)
# a day written with a period before the month's name ("11. Jun 2025", German style)
_DOTTED_DAY_RE = re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.\s+(?={_MONTH_RE}\b\.?\s+\d{{4}}\b)")
# an event named with its date is a heading, not a stamp ("EU-China Summit, 24 July 2025")
_EVENT_WORDS = frozenset(str.split(
    """summit conference forum games olympics cup festival expo election elections congress
    talks assembly championship championships marathon week anniversary ceremony visit"""
))


@dataclass(frozen=True)
class StampMatch:
    """A publication stamp found in one line."""

    rule: str
    candidates: tuple[date, ...]  # the documented reading of the format first
    evidence: str
    confidence: float
    prefix_end: int | None = None  # None: the whole line is the stamp; else chars to cut


@dataclass(frozen=True)
class DateMention:
    """An explicit date written in the story."""

    text: str
    start: int
    month: int
    day: int | None
    year: int | None
    tense: str  # 'past' | 'future' | 'unknown'
    weekday: int | None = None  # weekday written next to it (0 = Monday)


@dataclass(frozen=True)
class TextEvidence:
    """Date evidence read from the cleaned story text."""

    mentions: tuple[DateMention, ...] = ()
    lede_weekdays: tuple[int, ...] = ()
    relative_anchors: tuple[tuple[date, str, str], ...] = field(default=())


# --- parsing -------------------------------------------------------------------------------------


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not (MIN_YEAR <= y <= MAX_YEAR):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year4(y: str) -> int:
    n = int(y)
    return n + 2000 if len(y) == 2 else n


def numeric_date_candidates(text: str, order: str | None = None) -> tuple[date, ...]:
    """All valid readings of the first numeric date in ``text``, the documented reading first.

    ``order`` forces the documented reading ('YMD', 'YDM', 'MDY', 'DMY'); other valid readings
    follow it.
    """
    text = text[:200]
    for m in _NUM_YMD_RE.finditer(text):
        y, a, b = int(m["y"]), int(m["a"]), int(m["b"])
        out = _ordered_readings([("YMD", _safe_date(y, a, b)), ("YDM", _safe_date(y, b, a))],
                                order)
        if out:  # "1403/05/27 - 2024-08-17": a Solar Hijri date first is no Gregorian reading
            return out
    for m in _NUM_DMY_RE.finditer(text):
        y, a, b = _year4(m["y"]), int(m["a"]), int(m["b"])
        mdy, dmy = ("MDY", _safe_date(y, a, b)), ("DMY", _safe_date(y, b, a))
        out = _ordered_readings([mdy, dmy] if m["s"] == "/" else [dmy, mdy], order)
        if out:
            return out
    return ()


def _ordered_readings(
    readings: list[tuple[str, date | None]], order: str | None
) -> tuple[date, ...]:
    if order:
        readings.sort(key=lambda r: r[0] != order)
    out: list[date] = []
    for _, d in readings:
        if d is not None and d not in out:
            out.append(d)
    return tuple(out)


def parse_date_text(text: str) -> date | None:
    """Parse a textual date that names day, month and year ("Oct. 2, 2017 09:39 GMT")."""
    if not text or len(text) > 120 or not any(c.isdigit() for c in text):
        return None
    import dateparser  # local import: heavy module, only needed when a stamp is present

    try:
        dt = dateparser.parse(text, languages=["en"], settings=DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd input; a stamp is optional
        return None
    if dt is None or not (MIN_YEAR <= dt.year <= MAX_YEAR):
        return None
    return dt.date()


def date_candidates(text: str, order: str | None = None) -> tuple[date, ...]:
    """Readings of a date string: numeric formats (possibly ambiguous) or textual dates."""
    if re.search(r"[A-Za-z]{3}", text) is None or _NUM_YMD_RE.search(text):
        cands = numeric_date_candidates(text, order)
        if cands:
            return cands
    d = parse_date_text(text)
    return (d,) if d else ()


def metadata_date_candidates(value: object) -> tuple[date, ...]:
    """Readings of a metadata ``published_at`` value (datetime, date, string or epoch)."""
    if value is None:
        return ()
    if isinstance(value, datetime):
        return (value.date(),)
    if isinstance(value, date):
        return (value,)
    s = str(value).strip()
    if not s:
        return ()
    if re.fullmatch(r"\d{10}(?:\d{3})?(?:\.\d+)?", s):
        secs = float(s) / (1000 if len(s.split(".")[0]) == 13 else 1)
        try:
            return (datetime.fromtimestamp(secs, tz=UTC).date(),)
        except (OverflowError, OSError, ValueError):
            return ()
    try:
        iso = datetime.fromisoformat(s.replace("Z", "+00:00"))
        return (iso.date(),)
    except ValueError:
        pass
    return date_candidates(s)


# A date in the path of the page's URL: /2026/11/21/, /2026-11-21/, /20261121/ (year first, then
# month, then day: the only order news sites use in paths).
_URL_DATE_RES = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/|$|[-_])"),
    re.compile(r"[/_-](?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?:/|$|[-_.])"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:/|$|[-_])"),
)


# the month's name in the path: "/politics/2024/sep/13/starmer-biden" (The Guardian)
_URL_MONTH_NAME_RE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})/(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/"
    r"(?P<d>\d{1,2})(?:/|$)"
)


def url_date(url: object) -> date | None:
    """The publication day written in a URL path ("https://www.aljazeera.com/news/2026/11/21/x",
    "https://www.theguardian.com/world/2024/sep/13/x")."""
    if not isinstance(url, str) or not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0][:500]
    m = _URL_MONTH_NAME_RE.search(path)
    if m:
        return _safe_date(int(m["y"]), _MONTHS[m["m"]], int(m["d"]))
    for rx in _URL_DATE_RES:
        m = rx.search(path)
        if m:
            d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            if d is not None:
                return d
    return None


# --- stamps in the text ---------------------------------------------------------------------------


def match_stamp(line: str, *, near_edge: bool = False) -> StampMatch | None:
    """Recognise a publication stamp in one (stripped) line; never raises."""
    s = line.strip()
    if not s or len(s) > 2000:
        return None
    if len(s) <= 200 and _CAPS_MONTH_RE.search(s) and _YEAR_RE.search(s):
        s = _CAPS_MONTH_RE.sub(lambda mm: mm.group(0).title(), s)  # "JANUARY 11, 2025 18:42"
    if len(s) <= 200 and _DOTTED_DAY_RE.search(s):
        s = _DOTTED_DAY_RE.sub(r"\g<d> ", s)  # "Brussels, 11. Jun 2025, 09:12"
    if len(s) <= 200 and _LOWER_MONTH_RE.search(s):
        s = _LOWER_MONTH_RE.sub(lambda mm: mm.group(0).title(), s)  # "Madrid - 21 feb 2024"
    if other_date_label(s):
        return None  # "Event date: 20 May 2025", "Clipped: 2024-11-03 21:14", "created: ..."
    special = (_print_edition_stamp(s) or _monitoring_source_stamp(s)
               or (_foreign_labelled_stamp(s) if len(s) <= 100 else None))
    if special is not None:
        return special
    m = _YNET_RE.match(s)
    if m:
        y = _year4(m["y"])
        a, b = int(m["a"]), int(m["b"])
        cands = tuple(
            d for d in dict.fromkeys([_safe_date(y, a, b), _safe_date(y, b, a)]) if d is not None
        )
        if cands:
            first = m["label"] == "פרסום ראשון"
            return StampMatch(
                "ynet_first_published_stamp" if first else "ynet_last_updated_stamp",
                cands, s, 0.9 if first else 0.6,
            )
    m = _PREFIX_STAMP_RE.match(s)
    if m:
        cands = numeric_date_candidates(m["stamp"])
        if cands:
            end = m.end()
            return StampMatch(
                "date_prefix_stamp", cands, s[:end], 0.85, None if end >= len(s) else end
            )
    if len(s) <= 100:
        labelled = _labelled_stamp(s)
        if labelled is not None:
            return labelled
    if near_edge and len(s) <= 160 and s[:3].casefold() == "by ":
        # "by Alan Makovsky, opinion contributor - 10/25/24 8:00 AM ET"
        m = _BYLINE_DATE_RE.match(s)
        cands = numeric_date_candidates(m["date"]) if m else ()
        if cands:
            return StampMatch("published_stamp", cands, s, 0.85)
    if "|" in s and len(s) <= 200:
        # "Published date: 15 September 2024 09:40 BST | Last update: 4 days 2 hours ago": each
        # labelled part on its own; the publication date wins over an update
        parts = [_labelled_stamp(part.strip()) for part in s.split("|")]
        found = [part for part in parts if part is not None]
        if found:
            best = min(found, key=lambda match: match.rule != "published_stamp")
            return StampMatch(best.rule, best.candidates, s, best.confidence)
    if len(s) <= 100:
        short = len(s) <= 60 and len(s.split()) <= 10 and any(c.isdigit() for c in s)
        looks_like_date = re.fullmatch(r"[\d\s/.\-:,]+(?:[AaPp]\.?[Mm]\.?)?", s) or re.search(
            _MONTH_RE, s
        )
        if near_edge and short and looks_like_date:
            cands = date_candidates(s)
            if cands:
                return StampMatch("standalone_date_line", cands, s, 0.75)
    if near_edge and len(s) <= 120:
        mixed = _mixed_stamp(s)
        if mixed is not None:
            return mixed
    if near_edge:
        return _dated_title_prefix(s)
    return None


_CAPS_MONTH_RE = re.compile(
    r"\b(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|"
    r"SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\b"
)
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# "A version of this article appeared in print on July 27, 2024.", "This article appeared in
# print on page 2 of the July 30, 2024 edition of Kuwait Times."
_PRINT_EDITION_RE = re.compile(
    r"^(?:an? (?:version|edition) of this (?:article|story|report)|this (?:article|story|report))"
    r" (?:appeared|appears|was published|ran) in (?:print|the print edition)\b(?P<rest>.{4,120})$",
    re.IGNORECASE,
)
# BBC Monitoring's source line: "Source: IRINN TV, Tehran, in Persian 0830 gmt 4 Oct 24"
_MONITORING_SOURCE_RE = re.compile(
    rf"^Source:\s+[^,\n]{{2,60}}(?:,\s*[^,\n]{{2,40}})?,\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    rf"(?:\s+\d{{4}}\s*gmt)?\s+(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})\.?\s+(?P<y>\d{{2}}|\d{{4}})$",
    re.IGNORECASE,
)


def _print_edition_stamp(s: str) -> StampMatch | None:
    """``print_edition_stamp`` (0.5): the date of the print edition a web story also ran in.
    It is a publication date (the paper came out that day), usually a day after the web one,
    so any printed web stamp ranks above it."""
    m = _PRINT_EDITION_RE.match(s[:300])
    if m is None:
        return None
    hit = _first_full_date(m["rest"])
    return StampMatch("print_edition_stamp", hit[0], s, 0.5) if hit else None


def _monitoring_source_stamp(s: str) -> StampMatch | None:
    """``monitoring_source_stamp`` (0.8): a monitoring service's source line names the
    broadcast or publication day of the text it reports ("... in Persian 0830 gmt 4 Oct 24")."""
    m = _MONITORING_SOURCE_RE.match(s[:200])
    if m is None:
        return None
    d = _safe_date(_year4(m["y"]), _MONTHS[m["month"][:3].lower()], int(m["day"]))
    return StampMatch("monitoring_source_stamp", (d,), s, 0.8) if d else None


def _labelled_stamp(s: str) -> StampMatch | None:
    """'Published: 15 September 2024', 'Last updated on Feb 20, 2024', ..."""
    m = _LABELLED_RE.match(s) if len(s) <= 100 else None
    if m is None:
        return None
    cands = date_candidates(m["rest"])
    if not cands:
        # "Published: 17:45-30 May 2024 M ـ 22 Dhu al-Qadah 1445 H": the label makes the line a
        # stamp; its first full date is the date
        hit = _first_full_date(m["rest"]) if "|" not in m["rest"] else None
        if hit is None:  # a piped line is read part by part (match_stamp)
            return None
        cands = hit[0]
    update = m["label"].lower() in {"updated", "last updated", "last update", "last modified",
                                    "modified"}
    return StampMatch("updated_stamp" if update else "published_stamp", cands, s,
                      0.6 if update else 0.85)


# a byline line ending with its numeric date and time (two-digit years too)
_BYLINE_DATE_RE = re.compile(
    r"^by\s+[^|–—]{2,100}?\s+[-–—|]\s+(?P<date>\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?)"
    r"(?:,?\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$",
    re.IGNORECASE,
)


_OTHER_LABEL_INITIALS = frozenset("edmcsrap")


def other_date_label(line: str) -> bool:
    """True for a labelled date that is not the publication's: an event's ("Event date: 20 May
    2025") or a copy's ("Clipped: 2024-11-03", "date_saved:", "created:")."""
    return line[:1].casefold() in _OTHER_LABEL_INITIALS and bool(
        _NOT_PUBLICATION_LABEL_RE.match(line[:40]))


def _foreign_labelled_stamp(s: str) -> StampMatch | None:
    """'Publié le : 20/06/2024 - 14:05', 'Güncelleme: 04.02.2025 20:01', '发布时间：2024-11-15':
    a publication or update label of another language before a date (day first when numeric)."""
    m = _FOREIGN_LABEL_RE.match(s) if s[:1].casefold() in _FOREIGN_LABEL_INITIALS else None
    if m is None:
        return None
    hit = _first_full_date(m["rest"])
    if hit is None:
        return None
    cands = numeric_date_candidates(m["rest"][hit[1]:hit[2]], "DMY") or hit[0]
    update = m["label"].casefold() in _FOREIGN_UPDATED_SET
    return StampMatch("updated_stamp" if update else "published_stamp", cands, s,
                      0.6 if update else 0.85)


_FOREIGN_UPDATED_SET = frozenset(x.casefold() for x in _FOREIGN_UPDATED_LABELS)
_FOREIGN_LABEL_INITIALS = frozenset(
    x[:1].casefold() for x in _FOREIGN_PUBLISHED_LABELS + _FOREIGN_UPDATED_LABELS)


# "No: 312, 21 November 2026, Press Release Regarding ...": a reference number and a date in front
# of a headline (government press releases); the prefix is the stamp, the rest stays.
_DATED_TITLE_RE = re.compile(
    rf"^(?:No\s*[:.]?\s*\d{{1,6}}\s*,\s*)?(?P<date>\d{{1,2}}\s+{_MONTH_RE}\.?(?:,\s*|\s+)\d{{4}}|"
    rf"{_MONTH_RE}\.?\s+\d{{1,2}}(?:,\s*|\s+)\d{{4}})\s*[,:|–—-]\s*(?=[A-Z])"
)


def _dated_title_prefix(s: str) -> StampMatch | None:
    m = _DATED_TITLE_RE.match(s[:300])
    if m is None:
        return None
    rest = s[m.end() :]
    if len(rest.split()) < 3 or rest.rstrip().endswith((".", "!", "?")):
        return None  # a sentence after the date is story text, not a headline
    d = parse_date_text(m["date"])
    if d is None:
        return None
    return StampMatch("published_stamp", (d,), s[: m.end()].strip(), 0.85, m.end())


def _first_full_date(s: str) -> tuple[tuple[date, ...], int, int] | None:
    """Readings and span of the first date naming day, month and year in ``s``."""
    found: list[tuple[int, int, tuple[date, ...]]] = []
    for rx in (_MONTH_DAY_RE, _DAY_MONTH_RE):
        m = rx.search(s)
        if m and m["year"]:
            d = _safe_date(int(m["year"]), _MONTHS[m["month"][:3].lower()], int(m["day"]))
            if d:
                found.append((m.start(), m.end(), (d,)))
    m = _ISO_DATETIME_RE.search(s)
    if m:
        d = _safe_date(int(m["y"]), int(m["a"]), int(m["b"]))
        if d:
            found.append((m.start(), m.end(), (d,)))
    for rx in (_NUM_YMD_RE, _NUM_DMY_RE):
        for m in rx.finditer(s):
            if rx is _NUM_YMD_RE or len(m["y"]) == 4:
                cands = numeric_date_candidates(m.group(0))
                if cands:
                    found.append((m.start(), m.end(), cands))
                    break
    m = _FOREIGN_DATE_RE.search(s)
    if m:
        d = _safe_date(int(m["year"]), _FOREIGN_MONTHS[m["month"]], int(m["day"]))
        if d:
            found.append((m.start(), m.end(), (d,)))
    m = _CJK_DATE_RE.search(s)
    if m:
        d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            found.append((m.start(), m.end(), (d,)))
    if not found:
        return None
    start, end, cands = min(found, key=lambda f: f[0])
    return cands, start, end


def _mixed_stamp(s: str) -> StampMatch | None:
    """A short edge line that is a date plus stamp vocabulary (times, zones, weekdays, labels,
    "3 hours ago", Persian month names) and at most a few capitalised name words (a byline
    sharing the line): the first full date is the stamp. A line with any other word (a
    sentence such as "He arrived on October 2, 2017 in Tehran.") is not a stamp."""
    hit = _first_full_date(s)
    if hit is None:
        return None
    cands, start, end = hit
    rest = s[:start] + " " + s[end:]
    if _FOREIGN_DATE_RE.search(s) and not re.search(r"[A-Za-z]", rest):
        update = bool(_FOREIGN_UPDATE_RE.search(rest))
        return StampMatch("updated_stamp" if update else "published_stamp", cands, s,
                          0.6 if update else 0.85)
    words = re.findall(r"[^\W\d_][\w'’.\-]*", _STAMP_NOISE_RE.sub(" ", rest))
    if len(words) > STAMP_LINE_MAX_NAME_WORDS or any(not w[:1].isupper() for w in words):
        return None
    if event_heading(s):
        return None
    after = _first_full_date(s[end:]) if not _UPDATE_LABEL_RE.search(s) else None
    if after is not None and after[0][0] not in cands and not _LABELLED_RE.match(s):
        return None  # "18 Aug 2017 - 03 Mar 2022": a span of dates (an archive's captures)
    if s.rstrip().endswith((".", "!", "?")) and words:
        return None
    update = bool(_UPDATE_LABEL_RE.search(s[:start]))
    return StampMatch("updated_stamp" if update else "published_stamp", cands, s,
                      0.6 if update else 0.85)


_EVENT_WORD_RE = re.compile(r"\b(?:" + "|".join(sorted(_EVENT_WORDS)) + r")\b", re.IGNORECASE)


def event_heading(line: str) -> bool:
    """True when a short line names an event with its date ("EU-China Summit, 24 July 2025,
    Beijing", "COP29 Conference, 11 November 2024"): the event's day, not a publication stamp."""
    s = line[:200]
    if not _EVENT_WORD_RE.search(s):
        return False
    hit = _first_full_date(s)
    if hit is None or s.rstrip().endswith((".", "!", "?")):
        return False
    rest = s[: hit[1]] + " " + s[hit[2] :]
    words = re.findall(r"[^\W\d_][\w'’.\-]*", _STAMP_NOISE_RE.sub(" ", rest))
    folded = {w.casefold() for part in words for w in part.split("-")}
    return (
        bool(folded & _EVENT_WORDS) and len(words) <= 6
        and all(w[:1].isupper() or w.casefold() in {"of", "the", "and", "in", "on"} for w in words)
    )


# --- evidence from the story ---------------------------------------------------------------


def _tense(text: str, start: int) -> str:
    window = text[max(0, start - 200) : start]
    clause = _CLAUSE_SPLIT_RE.split(window)[-1]
    words = clause.split()[-15:]
    clause = " ".join(words)
    if _FUTURE_RE.search(clause):
        return "future"
    if _PAST_RE.search(clause):
        return "past"
    return "unknown"


def _weekday_index(text: str | None) -> int | None:
    if not text:
        return None
    t = text.strip(" ,").lower()
    return _WEEKDAYS.index(t) if t in _WEEKDAYS else None


def extract_text_evidence(body_text: str, max_chars: int = 200_000) -> TextEvidence:
    """Collect explicit dates (with tense), lede weekdays and today/yesterday anchors."""
    text = body_text[:max_chars] if isinstance(body_text, str) else ""
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def overlaps(a: int, b: int) -> bool:
        return any(a < y and x < b for x, y in taken)

    for rx in (_MONTH_DAY_RE, _DAY_MONTH_RE):
        for m in rx.finditer(text):
            if overlaps(m.start(), m.end()):
                continue
            month = _MONTHS[m["month"][:3].lower()]
            day = int(m["day"])
            year = int(m["year"]) if m["year"] else None
            if _safe_date(year or 2000, month, day) is None:
                continue
            taken.append((m.start(), m.end()))
            mentions.append(
                DateMention(m.group(0), m.start(), month, day, year, _tense(text, m.start()),
                            _weekday_index(m["wd"]))
            )
    for m in _ISO_IN_TEXT_RE.finditer(text):
        if overlaps(m.start(), m.end()):
            continue
        d = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        if d:
            taken.append((m.start(), m.end()))
            mentions.append(
                DateMention(m.group(0), m.start(), d.month, d.day, d.year,
                            _tense(text, m.start()))
            )
    for m in _MONTH_ONLY_RE.finditer(text):
        ms = m.start("month")
        if overlaps(ms, m.end()):
            continue
        if m["month"] == "May" and m["ctx"].lower() not in {"in", "since", "during", "of",
                                                             "early", "mid", "late", "last"}:
            continue
        ctx = m["ctx"].lower()
        tense = "future" if ctx in {"next", "until", "till", "by"} else _tense(text, m.start())
        if ctx == "last" or ctx == "since":
            tense = "past"
        taken.append((ms, m.end()))
        mentions.append(
            DateMention(m.group(0), ms, _MONTHS[m["month"][:3].lower()], None,
                        int(m["year"]) if m["year"] else None, tense)
        )
    mentions.sort(key=lambda x: x.start)

    lede = text.split("\n\n", 1)[0]
    lede_weekdays: list[int] = []
    for m in _WEEKDAY_RE.finditer(lede):
        before = lede[max(0, m.start() - 20) : m.start()].lower()
        if re.search(r"\b(next|coming|this)\s*$", before):
            continue
        wd = _WEEKDAYS.index(m.group(1).lower())
        if wd not in lede_weekdays:
            lede_weekdays.append(wd)

    anchors: list[tuple[date, str, str]] = []
    for mm in mentions:
        if mm.year is None or mm.day is None:
            continue
        d = _safe_date(mm.year, mm.month, mm.day)
        if d is None:
            continue
        before = text[max(0, mm.start - 30) : mm.start]
        after = text[mm.start + len(mm.text) : mm.start + len(mm.text) + 20]
        rel = _RELATIVE_DAY_BEFORE_RE.search(before) or _RELATIVE_DAY_AFTER_RE.search(after)
        if rel:
            word = rel.group(1).lower()
            shift = {"today": 0, "yesterday": 1, "tomorrow": -1}[word]
            anchors.append((d + timedelta(days=shift), word, (before + mm.text + after).strip()))
    return TextEvidence(tuple(mentions), tuple(lede_weekdays), tuple(anchors))


# --- consistency ------------------------------------------------------------------------


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _resolved_past(mm: DateMention, pub: date) -> tuple[date | None, bool]:
    """(resolved date, consistent?) for a mention reported as past, relative to ``pub``."""
    limit = pub + timedelta(days=PAST_SLACK_DAYS)
    if mm.year is not None:
        d = _safe_date(mm.year, mm.month, mm.day or 1)
        return d, d is None or d <= limit
    if mm.day is not None:
        same = _safe_date(pub.year, mm.month, mm.day)
        if same is not None and same <= limit:
            return same, True
        prev = _safe_date(pub.year - 1, mm.month, mm.day)
        ok = prev is not None and (pub - prev).days <= YEAR_WRAP_DAYS
        return (prev if ok else same), ok
    start = _safe_date(pub.year, mm.month, 1)
    if start is not None and start <= limit:
        return start, True
    if pub.year - 1 < MIN_YEAR:
        return None, True
    prev_end = _month_end(pub.year - 1, mm.month)
    ok = (pub - prev_end).days <= YEAR_WRAP_DAYS
    return (prev_end if ok else start), ok


def violations(pub: date, evidence: TextEvidence) -> list[str]:
    """Reasons why ``pub`` cannot be the publication date of a story with ``evidence``."""
    out: list[str] = []
    for mm in evidence.mentions:
        if mm.tense == "past":
            resolved, ok = _resolved_past(mm, pub)
            if not ok:
                out.append(f"'{mm.text.strip()}' is reported as past but falls after {pub}")
        if mm.weekday is not None and mm.day is not None:
            year = mm.year if mm.year is not None else pub.year
            d = _safe_date(year, mm.month, mm.day)
            if d is not None and d.weekday() != mm.weekday:
                if mm.year is None:
                    prev = _safe_date(year - 1, mm.month, mm.day)
                    if (
                        prev is not None and prev.weekday() == mm.weekday
                        and (pub - prev).days <= YEAR_WRAP_DAYS
                    ):
                        continue
                out.append(f"'{mm.text.strip()}' is not a {_WEEKDAYS[mm.weekday].title()}")
    return out


def weekday_lag(pub: date, weekday: int) -> int:
    """Days from the latest ``weekday`` on or before ``pub`` to ``pub`` (0..6)."""
    return (pub.weekday() - weekday) % 7


def choose_reading(
    candidates: Sequence[date], evidence: TextEvidence, *, day_month_swap: bool = False
) -> list[tuple[date, list[str]]]:
    """Readings sorted best first, each with its violations (see module docstring).

    ``day_month_swap``: the readings are a day/month swap of a date written with the year last
    ("12/01/2025"); then the day the lede's weekday names beats the day after it (wire style
    names the publication day's weekday, "met on Sunday" in a Sunday story). A year-first date
    ("2024-02-07") keeps its documented reading whenever it fits."""
    def key(item: tuple[int, date]) -> tuple[bool, int, int, int]:
        idx, d = item
        lag_bad = exact = 0
        if evidence.lede_weekdays:
            lag = min(weekday_lag(d, w) for w in evidence.lede_weekdays)
            lag_bad = int(lag > 1)
            exact = int(day_month_swap and lag != 0)
        return (bool(violations(d, evidence)), lag_bad, exact, idx)

    ordered = sorted(enumerate(candidates), key=key)
    return [(d, violations(d, evidence)) for _, d in ordered]


def stated_date_signals(
    candidates: Sequence[date],
    *,
    rule: str,
    evidence_text: str,
    confidence: float,
    evidence: TextEvidence,
) -> list[ArticleSignal]:
    """Signals for one stated date with possibly several readings (rank set later)."""
    if not candidates:
        return []
    swap = (len(candidates) == 2 and _NUM_DMY_RE.search(evidence_text[:200]) is not None
            and _NUM_YMD_RE.search(evidence_text[:200]) is None)
    readings = choose_reading(candidates, evidence, day_month_swap=swap)
    out: list[ArticleSignal] = []
    best, best_viol = readings[0]
    consistent = [d for d, v in readings if not v]
    if best_viol:
        out.append(
            ArticleSignal("published_date", best.isoformat(), rule,
                          f"{evidence_text} [contradicted by: {'; '.join(best_viol[:3])}]", 0,
                          round(confidence * 0.6, 3), "stated", FLAG_CONTRADICTS)
        )
    else:
        conf = confidence
        note = evidence_text
        if best != candidates[0]:
            note = f"{evidence_text} [read as {best.isoformat()}: it fits the story better]"
        elif len(consistent) > 1:
            conf = round(confidence - 0.15, 3)
            note = f"{evidence_text} [ambiguous; documented reading kept]"
        out.append(ArticleSignal("published_date", best.isoformat(), rule, note, 0, conf, "stated"))
    for d, v in readings[1:]:
        if v:
            out.append(
                ArticleSignal("published_date", d.isoformat(), rule,
                              f"{evidence_text} [rejected reading; contradicted by: "
                              f"{'; '.join(v[:3])}]", 0, round(confidence * 0.3, 3), "stated",
                              FLAG_CONTRADICTS)
            )
    return out


# A wire dateline naming the day but not the year: "MOSCOW, October 10. /TASS/.", "BEIJING, July
# 8 (Xinhua) --", "TEHRAN, Oct. 23 (MNA) –".
_WIRE_DATELINE_DAY_RE = re.compile(
    rf"^[A-Z][A-Za-z.'’\- ]{{1,40}}?,\s*(?:[A-Z][A-Za-z]+,\s*)?(?P<month>{_MONTH_RE})\.?\s+"
    r"(?P<day>\d{1,2})(?:\s*\.\s*/[A-Z][A-Za-z-]{1,15}/\s*\.|\s*\([A-Za-z][A-Za-z .&-]{1,30}\)"
    r"\s*(?:--|[-–—:]))"
)
# Trend's style: the city in capitals, the day closed by a period ("BAKU, Azerbaijan, November 4.
# Azerbaijani Foreign Minister ...")
_CAPS_DATELINE_DAY_RE = re.compile(
    rf"^[A-Z][A-Z.'’\- ]{{1,40}}?,\s*(?:[A-Z][A-Za-z]+,\s*)?(?P<month>{_MONTH_RE})\.?\s+"
    r"(?P<day>\d{1,2})\.\s+(?=[A-Z])"
)
_COPYRIGHT_YEAR_RE = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\s*[^\d\n]{0,40}?(?P<y>(?:19|20)\d{2})\b(?!\s*[-–]\s*\d)"
    r"|(?P<y2>(?:19|20)\d{2})\s*©",
    re.IGNORECASE,
)


def copyright_year(lines: Iterable[str]) -> int | None:
    """The one year named by the page's copyright lines ("© 2024 TASS"), None when there is
    none, a range ("© 1999-2024") or several."""
    years = {
        int(m["y"] or m["y2"])
        for line in lines
        for m in _COPYRIGHT_YEAR_RE.finditer(line[:300])
    }
    return years.pop() if len(years) == 1 else None


def dateline_year_signals(
    body_text: str, page_year: int | None, evidence: TextEvidence
) -> list[ArticleSignal]:
    """``wire_dateline_page_year`` (inferred, 0.6): a wire dateline without a year ("MOSCOW,
    October 10. /TASS/.") in the first three paragraphs, completed with the one year the page's
    copyright line states. The year is evidence from the page, not from the clock; a copyright
    year is the site's year when the page was saved, so the date is marked inferred."""
    if page_year is None:
        return []
    for para in body_text.split("\n\n", 3)[:3]:
        m = _WIRE_DATELINE_DAY_RE.match(para[:200]) or _CAPS_DATELINE_DAY_RE.match(para[:200])
        if m is None:
            continue
        d = _safe_date(page_year, _MONTHS[m["month"][:3].lower()], int(m["day"]))
        if d is None or violations(d, evidence):
            return []
        return [ArticleSignal("published_date", d.isoformat(), "wire_dateline_page_year",
                              f"{m.group(0).strip()} + copyright year {page_year}", 0, 0.6,
                              "inferred")]
    return []


# A wire dateline naming day, month and year: "Riyadh, November 03, 2024, SPA --", "Doha,
# 04/05/2024 (QNA) –", "ABU DHABI, 5th May, 2024 (WAM) --".
_WIRE_DATELINE_FULL_RE = re.compile(
    rf"^[A-Z][A-Za-z.'’\- ]{{1,40}}?,\s*(?:[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?,\s*)?"
    rf"(?P<date>{_MONTH_RE}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RE}\.?,?\s+\d{{4}}"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4})"
    r"\s*,?\s*(?:\(\s*[A-Za-z][A-Za-z .&-]{1,30}\)|/?[A-Z]{2,6}/?\.?)\s*(?:--|[-–—:])"
)


def wire_dateline_date_signals(body_text: str, evidence: TextEvidence) -> list[ArticleSignal]:
    """``wire_dateline_date`` (stated, 0.7): a wire dateline naming day, month and year in the
    first three paragraphs. Ranked below a printed stamp; an ambiguous numeric date is read
    with the lede's weekday like any stamp."""
    for para in body_text.split("\n\n", 3)[:3]:
        m = _WIRE_DATELINE_FULL_RE.match(para[:200])
        if m is None:
            continue
        cands = date_candidates(m["date"])
        return stated_date_signals(cands, rule="wire_dateline_date",
                                   evidence_text=m.group(0).strip(), confidence=0.7,
                                   evidence=evidence)
    return []


def infer_date_signals(
    evidence: TextEvidence, body_text: str = "", page_year: int | None = None
) -> list[ArticleSignal]:
    """Inferred publication date, or [] when it cannot be pinned to within a day."""
    for d, _word, ev in evidence.relative_anchors:
        if not violations(d, evidence):
            return [ArticleSignal("published_date", d.isoformat(), "relative_day_anchor",
                                  ev[:300], 0, 0.75, "inferred")]
    from_dateline = dateline_year_signals(body_text, page_year, evidence)
    if from_dateline:
        return from_dateline
    full_past = [
        (d, mm) for mm in evidence.mentions
        if mm.tense == "past" and mm.year is not None and mm.day is not None
        and (d := _safe_date(mm.year, mm.month, mm.day)) is not None
    ]
    if not full_past or not evidence.lede_weekdays:
        return []
    latest, mm = max(full_past, key=lambda t: t[0])
    if latest.weekday() in evidence.lede_weekdays and not violations(latest, evidence):
        wd = _WEEKDAYS[latest.weekday()].title()
        return [ArticleSignal("published_date", latest.isoformat(),
                              "lede_weekday_latest_past_date",
                              f"lede names {wd}; latest past date '{mm.text.strip()}'", 0, 0.55,
                              "inferred")]
    return []


def publication_date_signals(
    stamps: Sequence[StampMatch],
    body_text: str,
    metadata: Mapping[str, object] | None = None,
    *,
    page_year: int | None = None,
) -> list[ArticleSignal]:
    """All ``published_date`` candidates for an article (unranked: ``rank`` is 0).

    ``page_year`` is the year of the page's copyright line (:func:`copyright_year`), used only
    to complete a wire dateline without a year when no date is stated."""
    evidence = extract_text_evidence(body_text)
    out: list[ArticleSignal] = []
    if metadata:
        raw = metadata.get("published_at")
        cands = metadata_date_candidates(raw)
        out += stated_date_signals(cands, rule="metadata", evidence_text=f"published_at={raw}",
                                   confidence=1.0, evidence=evidence)
        from_url = url_date(metadata.get("url"))
        if from_url is not None:
            out += stated_date_signals((from_url,), rule="metadata_url_date",
                                       evidence_text=f"url={str(metadata.get('url'))[:300]}",
                                       confidence=0.8, evidence=evidence)
    for st in stamps:
        out += stated_date_signals(st.candidates, rule=st.rule, evidence_text=st.evidence,
                                   confidence=st.confidence, evidence=evidence)
    out += wire_dateline_date_signals(body_text, evidence)
    if not any(s.flag is None for s in out):
        out += infer_date_signals(evidence, body_text, page_year)
    return out
