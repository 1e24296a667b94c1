"""Unit tests for orchestration.lib.article_dates: stamps, ambiguity, consistency, inference."""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.lib.article_cleaning import clean_article
from orchestration.lib.article_dates import (
    FLAG_CONTRADICTS,
    extract_text_evidence,
    match_stamp,
    metadata_date_candidates,
    numeric_date_candidates,
    publication_date_signals,
    url_date,
    violations,
)
from orchestration.lib.article_signals import ArticleSignal


def dates(body: str, stamp_lines: list[str] = (), meta: dict | None = None) -> list[ArticleSignal]:
    stamps = [m for ln in stamp_lines if (m := match_stamp(ln, near_edge=True))]
    return sorted(publication_date_signals(stamps, body, meta),
                  key=lambda s: (s.flag is not None, -s.confidence))


def test_ynet_stamp_is_month_day_year() -> None:
    st = match_stamp("פרסום ראשון: 08.17.17, 09:39")
    assert st is not None and st.rule == "ynet_first_published_stamp"
    assert st.candidates == (date(2017, 8, 17),)
    assert st.prefix_end is None


def test_year_day_month_prefix_resolved_by_text() -> None:
    body = (
        "The general on Monday held talks with his counterpart, who arrived Sunday night.\n\n"
        "The region held a non-binding referendum on September 25 on secession."
    )
    st = match_stamp("date 2017-02-10 The general on Monday held talks.")
    assert st is not None and st.prefix_end is not None
    assert st.candidates == (date(2017, 2, 10), date(2017, 10, 2))
    sigs = dates(body, ["date 2017-02-10 The general on Monday held talks."])
    assert (sigs[0].value, sigs[0].method, sigs[0].flag) == ("2017-10-02", "stated", None)
    rejected = [s for s in sigs if s.value == "2017-02-10"]
    assert rejected and rejected[0].flag == FLAG_CONTRADICTS


def test_weekday_in_lede_breaks_a_tie_between_readings() -> None:
    # 2017-03-04 (Saturday) vs 2017-04-03 (Monday): nothing else constrains them.
    body = "Ministers on Monday signed a trade deal in the capital, officials said."
    sigs = dates(body, ["Published: 03/04/2017"])
    assert sigs[0].value == "2017-04-03"
    no_weekday = dates("Ministers signed a trade deal in the capital.", ["Published: 03/04/2017"])
    assert no_weekday[0].value == "2017-03-04"  # documented M/D/Y reading kept
    assert no_weekday[0].confidence < 0.85  # but marked as ambiguous


def test_weekday_written_next_to_a_date_must_match() -> None:
    ev = extract_text_evidence("The summit opened on Monday, Oct. 2, officials said.")
    assert violations(date(2017, 10, 3), ev) == []  # 2 Oct 2017 is a Monday
    assert violations(date(2018, 10, 3), ev)  # 2 Oct 2018 is a Tuesday


def test_past_event_cannot_be_after_publication() -> None:
    ev = extract_text_evidence("Kurds held a referendum on September 25, officials said.")
    assert violations(date(2017, 10, 2), ev) == []
    assert violations(date(2017, 9, 20), ev)
    assert violations(date(2018, 1, 5), ev)  # last year's September is too far back
    ev2 = extract_text_evidence("Kurds held a referendum on December 28, officials said.")
    assert violations(date(2018, 1, 5), ev2) == []  # last year's December, within 62 days


def test_planned_event_is_not_a_past_constraint() -> None:
    ev = extract_text_evidence("Kurds plan to hold a referendum on September 25.")
    assert ev.mentions[0].tense == "future"
    assert violations(date(2017, 8, 17), ev) == []
    ev2 = extract_text_evidence("The referendum of Northern Iraq scheduled for Sept. 25.")
    assert ev2.mentions[0].tense == "future"


def test_month_only_past_mention() -> None:
    ev = extract_text_evidence("He paid an official visit to Turkey in mid-August.")
    assert ev.mentions[0].tense == "past" and ev.mentions[0].day is None
    assert violations(date(2017, 10, 2), ev) == []
    assert violations(date(2017, 2, 10), ev)


def test_stated_date_contradicting_the_text_is_flagged_not_dropped() -> None:
    body = "The parliament held a vote on November 20, 2017, lawmakers said."
    sigs = dates(body, meta={"published_at": "2017-11-01"})
    assert len(sigs) == 1
    s = sigs[0]
    assert (s.value, s.method, s.flag, s.rule) == ("2017-11-01", "stated", FLAG_CONTRADICTS,
                                                   "metadata")
    assert "November 20, 2017" in s.evidence


def test_inferred_from_yesterday_anchor() -> None:
    body = "Ministers met yesterday (October 1, 2017) in Ankara, officials said."
    sigs = dates(body)
    assert (sigs[0].value, sigs[0].method, sigs[0].rule) == (
        "2017-10-02", "inferred", "relative_day_anchor"
    )


def test_inferred_from_lede_weekday_and_latest_past_date() -> None:
    body = (
        "The two ministers on Monday signed an agreement in Tehran.\n\n"
        "The deal was first discussed on September 28, 2017 and signed on October 2, 2017, "
        "officials said."
    )
    sigs = dates(body)
    assert (sigs[0].value, sigs[0].method) == ("2017-10-02", "inferred")


def test_unknown_when_year_is_not_determinable() -> None:
    body = "The minister on Wednesday met his counterpart, who arrived on Aug. 15, officials said."
    assert dates(body) == []


def test_unknown_when_weekday_does_not_pin_the_date() -> None:
    body = "Ministers on Friday signed an agreement that was drafted on October 2, 2017."
    assert dates(body) == []  # 2 Oct 2017 is a Monday: the story could be days later


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-10-02T23:30:00-04:00", date(2017, 10, 2)),
        ("2017-10-02T03:30:00Z", date(2017, 10, 2)),
        ("Mon, 02 Oct 2017 09:39:00 +0300", date(2017, 10, 2)),
        ("October 2, 2017", date(2017, 10, 2)),
        ("1506937140", date(2017, 10, 2)),
        ("2 Oct 2017 | 09:39 GMT", date(2017, 10, 2)),
    ],
)
def test_metadata_formats(value: str, expected: date) -> None:
    assert metadata_date_candidates(value)[0] == expected


@pytest.mark.parametrize("value", [None, "", "yesterday", "2 days ago", "Sept 25", "garbage"])
def test_metadata_without_a_full_date_gives_nothing(value: str | None) -> None:
    assert metadata_date_candidates(value) == ()


def test_numeric_readings() -> None:
    assert numeric_date_candidates("2017-02-10") == (date(2017, 2, 10), date(2017, 10, 2))
    assert numeric_date_candidates("2017-02-13") == (date(2017, 2, 13),)
    assert numeric_date_candidates("10/02/2017") == (date(2017, 10, 2), date(2017, 2, 10))
    assert numeric_date_candidates("10.02.2017") == (date(2017, 2, 10), date(2017, 10, 2))
    assert numeric_date_candidates("99.99.2017") == ()


def test_stamps_in_common_formats() -> None:
    assert match_stamp("Published: October 2, 2017 09:39 AM").candidates == (date(2017, 10, 2),)
    upd = match_stamp("Last updated: Oct 2, 2017")
    assert upd is not None and upd.rule == "updated_stamp" and upd.confidence < 0.85
    assert match_stamp("Last updated: 1 min 4 sec ago") is None
    assert match_stamp("Monday, 2 October 2017", near_edge=True).rule == "standalone_date_line"
    assert match_stamp("Monday, 2 October 2017", near_edge=False) is None
    assert match_stamp("He arrived on October 2, 2017 in Tehran.", near_edge=True) is None


def test_nothing_depends_on_today() -> None:
    a = clean_article("Published: 2 days ago\n\nMinisters met on Monday, officials said.")
    assert not [s for s in a.signals if s.kind == "published_date"]


@pytest.mark.parametrize(("line", "expected", "rule"), [
    ("November 21, 2026 2:05 PM GMT+3Updated 3 hours ago", date(2026, 11, 21), "published_stamp"),
    ("Updated 2:05 PM GMT+3, November 21, 2026", date(2026, 11, 21), "updated_stamp"),
    ("Burak Bir   |21.11.2026 - Update : 21.11.2026", date(2026, 11, 21), "published_stamp"),
    ("Saturday 30 Aban 1405 - November 21, 2026 - 22:11", date(2026, 11, 21), "published_stamp"),
    ("2026-11-21T14:05:00+03:00", date(2026, 11, 21), "published_stamp"),
    ("Published 21 Nov 2026, 14:05 GMT+3", date(2026, 11, 21), "published_stamp"),
    ("آخر تحديث: 21 نوفمبر 2026", date(2026, 11, 21), "updated_stamp"),
    ("פורסם: 21 בנובמבר 2026", date(2026, 11, 21), "published_stamp"),
])
def test_mixed_stamp_lines(line: str, expected: date, rule: str) -> None:
    st = match_stamp(line, near_edge=True)
    assert st is not None and st.candidates[0] == expected and st.rule == rule


@pytest.mark.parametrize("line", [
    "He arrived on October 2, 2017 in Tehran.",
    "Talks resumed on November 21, 2026 in Vienna",
    "Ceasefire signed November 21, 2026",
])
def test_sentences_with_a_date_are_not_stamps(line: str) -> None:
    assert match_stamp(line, near_edge=True) is None


def test_xinhua_source_and_editor_labels_around_a_stamp() -> None:
    st = match_stamp("Source: Xinhua| 2026-11-21 14:05:00|Editor: huaxia", near_edge=True)
    assert st is not None and st.candidates[0] == date(2026, 11, 21)


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.aljazeera.com/news/2026/11/21/qatar-emir-receives-iran-president",
     date(2026, 11, 21)),
    ("https://www.dailysabah.com/politics/2026-11-21-erdogan-receives-sudani", date(2026, 11, 21)),
    ("https://example.org/world/20261121/talks/", date(2026, 11, 21)),
    ("https://www.reuters.com/world/middle-east/lebanon-imf-talks-resume/", None),
    ("https://example.org/story/2026/13/40/x", None),
    (None, None),
])
def test_url_date(url: str | None, expected: date | None) -> None:
    assert url_date(url) == expected


def test_url_date_is_a_stated_publication_date() -> None:
    text = "Officials met in Doha on Saturday to discuss the ceasefire, a spokesman said."
    a = clean_article(text,
                      {"url": "https://www.aljazeera.com/news/2026/11/21/talks"})
    sig = next(s for s in a.signals if s.kind == "published_date" and s.rank == 1)
    assert (sig.value, sig.rule, sig.method) == ("2026-11-21", "metadata_url_date", "stated")


def test_posted_on_date_by_author_is_a_stamp() -> None:
    st = match_stamp("Posted on 21 November, 2026 by Admin", near_edge=True)
    assert st is not None and st.candidates == (date(2026, 11, 21),)


def test_reference_number_and_date_in_front_of_a_headline_is_a_stamp_prefix() -> None:
    line = "No: 312, 21 November 2026, Press Release Regarding the Visit of the Foreign Minister"
    st = match_stamp(line, near_edge=True)
    assert st is not None and st.candidates == (date(2026, 11, 21),)
    assert line[st.prefix_end:] == "Press Release Regarding the Visit of the Foreign Minister"
    assert match_stamp("21 November 2026, Turkey and Oman signed a deal in Ankara.",
                       near_edge=True) is None


@pytest.mark.parametrize(
    ("line", "expected", "rule"),
    [
        # Middle East Eye: a 'Published date' label, and an update given only as an age
        ("Published date: 15 September 2024 09:40 BST | Last update: 4 days 2 hours ago",
         date(2024, 9, 15), "published_stamp"),
        ("Publication date: 3 March 2025", date(2025, 3, 3), "published_stamp"),
        ("Date published: March 3, 2025", date(2025, 3, 3), "published_stamp"),
        # the publication date wins over the update, whichever comes first on the line
        ("Updated: 16 September 2024 | Published: 15 September 2024 09:40 BST",
         date(2024, 9, 15), "published_stamp"),
        ("News | Last update: 16 September 2024", date(2024, 9, 16), "updated_stamp"),
    ],
)
def test_labelled_stamps_and_labelled_parts_of_a_piped_line(
    line: str, expected: date, rule: str
) -> None:
    stamp = match_stamp(line)
    assert stamp is not None and stamp.candidates == (expected,) and stamp.rule == rule
    assert stamp.evidence == line  # the whole line is page furniture


@pytest.mark.parametrize("line", ["Politics | Iran | 3 min read",
                                  "Last update: 4 days ago | Published: 2 hours ago"])
def test_piped_lines_without_a_labelled_date_are_no_stamp(line: str) -> None:
    assert match_stamp(line) is None
