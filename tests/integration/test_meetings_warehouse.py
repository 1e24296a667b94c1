"""Meetings through the whole pipeline: real spaCy, real Dagster, real dbt, real DuckDB.

* The five seed articles give one row per real meeting, with the right participants, date,
  place, status and mode.
* Small JSONL inputs written here check cross-article deduplication (a dated and an undated
  report become one meeting), a date disagreement surfaced in analysis, a phone call kept as a
  contact and not as a held in-person meeting, and a planned meeting.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tests.conftest import run_job

MEETINGS_SQL = """
    select
        meetings.meeting_id,
        meetings.meeting_date,
        meetings.place_name,
        meetings.status,
        meetings.mode,
        meetings.report_count,
        meetings.confidence,
        list(participants.participant_name order by participants.participant_name) as names
    from marts.meetings as meetings
    inner join marts.meeting_participants as participants
        on meetings.meeting_id = participants.meeting_id
    group by all
"""


def _meetings(warehouse: Path) -> list[dict[str, Any]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        cur = con.execute(MEETINGS_SQL)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()


def _query(warehouse: Path, sql: str) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _has(names: list[str], *parts: str) -> bool:
    """Every part is a (case-folded) substring of some participant name."""
    return all(any(p.lower() in n.lower() for n in names) for p in parts)


def _find(meetings: list[dict[str, Any]], *parts: str, **fields: Any) -> list[dict[str, Any]]:
    return [
        m
        for m in meetings
        if _has(m["names"], *parts) and all(m[k] == v for k, v in fields.items())
    ]


@pytest.fixture(scope="module")
def seeds_warehouse(seeds_build: dict) -> Path:
    assert seeds_build["success"]
    return seeds_build["published"]


def test_seed_meetings_found_once_with_date_place_and_participants(seeds_warehouse: Path) -> None:
    meetings = _meetings(seeds_warehouse)
    held = [m for m in meetings if m["status"] == "held" and m["mode"] == "in_person"]
    expected = [
        (("Bagheri", "Akar"), date(2017, 8, 15), "ankara"),
        (("Bagheri", "Erdo"), date(2017, 8, 16), "ankara"),
        (("Bagheri", "Canikli"), date(2017, 8, 16), "ankara"),
        (("Bagheri", "Akar"), date(2017, 10, 2), "tehran"),
    ]
    for parts, day, place in expected:
        rows = _find(held, *parts, meeting_date=day)
        assert len(rows) == 1, (parts, day, held)
        assert (rows[0]["place_name"] or "").lower() == place
        assert len(rows[0]["names"]) == 2, rows[0]
    # nothing else is a held in-person meeting: no country pairs, no one-sided visits
    assert len(held) == len(expected), held
    # every report of the Ankara meetings is counted once per article
    erdogan = _find(held, "Bagheri", "Erdo")[0]
    assert erdogan["report_count"] == 4
    akar_ankara = _find(held, "Bagheri", "Akar", meeting_date=date(2017, 8, 15))[0]
    assert akar_ankara["report_count"] == 3  # 000 "his Turkish counterpart", 002, 003


def test_seed_planned_visits_and_phone_contact(seeds_warehouse: Path) -> None:
    meetings = _meetings(seeds_warehouse)
    planned = [m for m in meetings if m["status"] == "planned"]
    for visitor, host in (("Erdo", "Iran"), ("Mattis", "Turkey"), ("Shoigu", "Turkey")):
        rows = _find(planned, visitor)
        assert len(rows) == 1, (visitor, planned)
        assert _has(rows[0]["names"], host) or host.lower() in (rows[0]["place_name"] or "").lower()
    assert _find(planned, "Erdo")[0]["report_count"] == 2
    assert _find(planned, "Mattis")[0]["report_count"] == 2
    assert len(planned) == 3
    phone = [m for m in meetings if m["mode"] == "phone"]
    assert len(phone) == 1
    assert _has(phone[0]["names"], "Zarif", "Çavuşoğlu")


def test_seed_confidence_and_rules_are_filled(seeds_warehouse: Path) -> None:
    rows = _query(
        seeds_warehouse,
        "select count(*), count(*) filter (where confidence between 0 and 1), "
        "count(*) filter (where rules is not null) from marts.meetings",
    )
    total, in_range, with_rules = rows[0]
    assert total == in_range == with_rules > 0
    ref = _query(
        seeds_warehouse,
        "select resolved_by from marts.meeting_participants where participant_name like '%Akar%'",
    )
    assert any("counterpart_cross_article" in r[0] for r in ref)


# ------------------------------------------------------------------------------------------------
# small inputs written here


def _write(folder: Path, records: list[dict[str, Any]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec) + "\n")
    return folder


SMALL = [
    {
        "id": "a1",
        "title": "Ministers hold talks in Geneva",
        "source": "Example Wire",
        "published_at": "2021-03-12",
        "text": "GENEVA - US Secretary of State Antony Blinken met Russian Foreign Minister "
        "Sergei Lavrov in Geneva on Wednesday to discuss arms control, officials said.\n\n"
        "The two ministers also spoke about Ukraine.",
    },
    {
        "id": "a2",
        "title": "Blinken and Lavrov talk arms control",
        "source": "Other Daily",
        "text": "Antony Blinken met with Sergei Lavrov in Geneva this week, according to "
        "diplomats. The meeting focused on arms control.",
    },
    {
        "id": "b1",
        "title": "Leaders meet in Rome",
        "source": "Example Wire",
        "published_at": "2021-05-20",
        "text": "ROME - Italian Prime Minister Mario Draghi met Spanish Prime Minister Pedro "
        "Sanchez in Rome on Tuesday, the government said.",
    },
    {
        "id": "b2",
        "title": "Draghi and Sanchez in Rome",
        "source": "Other Daily",
        "published_at": "2021-05-20",
        "text": "ROME - Mario Draghi met Pedro Sanchez in Rome on Wednesday, his office said.",
    },
    {
        "id": "c1",
        "title": "Phone call",
        "source": "Example Wire",
        "published_at": "2021-06-10",
        "text": "Japanese Prime Minister Yoshihide Suga held a phone call with Australian Prime "
        "Minister Scott Morrison on Thursday, the ministry said.",
    },
    {
        "id": "d1",
        "title": "Visit planned",
        "source": "Example Wire",
        "published_at": "2021-07-01",
        "text": "Canadian Prime Minister Justin Trudeau will meet Mexican President Andres Manuel "
        "Lopez Obrador in Ottawa next week, his office said.",
    },
    # ordinary diplomatic phrasing, written for these tests
    {
        "id": "e1",
        "title": "Ruto and Biden meet at the UN",
        "source": "Example Wire",
        "published_at": "2023-09-21",
        "text": "NEW YORK - Kenyan President William Ruto and US President Joe Biden met on the "
        "sidelines of the UN General Assembly in New York on Tuesday.\n\n"
        "Kenyan Foreign Minister Alfred Mutua told reporters after meeting Secretary of State "
        "Antony Blinken on Wednesday that security in Haiti had dominated the talks. Blinken "
        "will travel to Nairobi next month for talks with Ruto.\n\n"
        "Ruto also addressed a press conference on Wednesday. In an interview with the Daily "
        "Nation, Ruto said he was satisfied.",
    },
    {
        "id": "e2",
        "title": "Erdogan in Athens",
        "source": "Example Wire",
        "published_at": "2023-12-08",
        "text": "ATHENS - Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep "
        "Tayyip Erdogan convened in Athens on Thursday, the first visit by a Turkish leader in "
        "six years.\n\nThe foreign ministers of Greece and Turkey had held talks in Ankara "
        "earlier this week. Erdogan spoke by phone with German Chancellor Olaf Scholz on "
        "Monday night.",
    },
    {
        "id": "e3",
        "title": "Mitsotakis receives Erdogan",
        "source": "Other Daily",
        "published_at": "2023-12-09",
        "text": "Greek Prime Minister Kyriakos Mitsotakis received Turkish President Recep Tayyip "
        "Erdogan in Athens. The two leaders discussed maritime borders, migration and trade over "
        "lunch, and both described the atmosphere as warm and constructive.",
    },
    # the same meeting in other words, with a weekday in one report and a calendar date in the
    # other; and the same pair meeting again a week later (two meetings)
    {
        "id": "f1",
        "title": "Modi in Abu Dhabi",
        "source": "Example Wire",
        "published_at": "2024-02-16",
        "text": "ABU DHABI - UAE President Sheikh Mohamed bin Zayed received Indian Prime Minister "
        "Narendra Modi at the presidential palace in Abu Dhabi on Wednesday.\n\nThe two leaders "
        "discussed trade and energy over lunch.",
    },
    {
        "id": "f2",
        "title": "India and UAE deepen ties",
        "source": "Other Daily",
        "published_at": "2024-02-17",
        "text": "Indian Prime Minister Narendra Modi held talks with Emirati President Mohamed bin "
        "Zayed in Abu Dhabi on February 14.\n\nThe two sides signed agreements on investment "
        "and digital payments.",
    },
    {
        "id": "f3",
        "title": "Wang and Lavrov meet in Beijing",
        "source": "Example Wire",
        "published_at": "2024-04-05",
        "text": "BEIJING - Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei "
        "Lavrov in Beijing on Tuesday.\n\nThe two ministers discussed the war in Ukraine and "
        "trade between their countries.",
    },
    {
        "id": "f4",
        "title": "Wang in Moscow",
        "source": "Other Daily",
        "published_at": "2024-04-12",
        "text": "MOSCOW - Sergei Lavrov hosted Wang Yi in Moscow on Tuesday. CIA Director William "
        "Burns held talks with Egyptian intelligence chief Abbas Kamel in Cairo on Thursday. A "
        "day earlier, Burns had met Israeli Prime Minister Benjamin Netanyahu in Jerusalem.",
    },
]


@pytest.fixture(scope="module")
def small_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import Env

    mp = pytest.MonkeyPatch()
    root = tmp_path_factory.mktemp("meetings_small")
    warehouse = Env(mp, root).use(_write(root / "input", SMALL))
    try:
        assert run_job("build_warehouse").success
    finally:
        mp.undo()
    return warehouse


def test_dated_and_undated_reports_are_one_meeting(small_warehouse: Path) -> None:
    rows = _find(_meetings(small_warehouse), "Blinken", "Lavrov")
    assert len(rows) == 1, rows
    assert rows[0]["report_count"] == 2
    assert rows[0]["meeting_date"] == date(2021, 3, 10)  # the Wednesday before 2021-03-12
    assert rows[0]["status"] == "held" and rows[0]["mode"] == "in_person"


def test_date_disagreement_is_kept_and_surfaced(small_warehouse: Path) -> None:
    rows = _find(_meetings(small_warehouse), "Draghi", "Sanchez")
    assert len(rows) == 1, rows
    meeting_id = rows[0]["meeting_id"]
    dates = _query(
        small_warehouse,
        "select distinct reported_date from analysis.meeting_report_disagreements "
        f"where meeting_id = '{meeting_id}' order by 1",
    )
    assert [d[0] for d in dates] == [date(2021, 5, 18), date(2021, 5, 19)]
    flag = _query(
        small_warehouse,
        f"select has_date_disagreement from marts.meetings where meeting_id = '{meeting_id}'",
    )
    assert flag == [(True,)]


def test_phone_call_is_a_contact_not_a_held_meeting(small_warehouse: Path) -> None:
    meetings = _meetings(small_warehouse)
    rows = _find(meetings, "Suga", "Morrison")
    assert rows, meetings
    assert all(m["mode"] == "phone" for m in rows)
    edges = _query(
        small_warehouse,
        "select count(*) from analysis.who_met_whom "
        "where participant_a like '%Suga%' or participant_b like '%Suga%'",
    )
    assert edges == [(0,)]


def test_planned_meeting_has_status_planned(small_warehouse: Path) -> None:
    rows = _find(_meetings(small_warehouse), "Trudeau", "Obrador")
    assert len(rows) == 1, rows
    assert rows[0]["status"] == "planned"
    assert (rows[0]["place_name"] or "").lower() == "ottawa"


def test_ordinary_phrasing_gives_one_row_per_meeting(small_warehouse: Path) -> None:
    meetings = _meetings(small_warehouse)
    [un] = _find(meetings, "Ruto", "Biden")
    assert (un["meeting_date"], (un["place_name"] or "").lower()) == (date(2023, 9, 19), "new york")
    assert un["status"] == "held" and len(un["names"]) == 2
    # "told reporters after meeting Blinken on Wednesday": a meeting
    [after] = _find(meetings, "Mutua", "Blinken")
    assert after["meeting_date"] == date(2023, 9, 20) and after["status"] == "held"
    # "will travel to Nairobi next month for talks with Ruto": planned, month only
    [trip] = _find(meetings, "Blinken", "Ruto")
    assert trip["status"] == "planned" and trip["meeting_date"] is None
    # convened (e2, dated) and received (e3, undated, same place): one meeting, two reports
    [athens] = _find(meetings, "Mitsotakis", "Erdo")
    assert athens["meeting_date"] == date(2023, 12, 7) and athens["report_count"] == 2
    assert (athens["place_name"] or "").lower() == "athens"
    # the phone call is a contact with its own date and no place
    [call] = _find(meetings, "Erdo", "Scholz")
    assert call["mode"] == "phone" and call["meeting_date"] == date(2023, 12, 4)
    assert call["place_name"] is None
    # a press conference and an interview are not meetings
    assert not [m for m in meetings if _has(m["names"], "Daily Nation")]
    ruto = [m for m in meetings if _has(m["names"], "Ruto")]
    assert len(ruto) == 2, ruto


def test_one_row_per_meeting_however_worded_and_two_for_two_meetings(
    small_warehouse: Path,
) -> None:
    meetings = _meetings(small_warehouse)
    [uae] = _find(meetings, "Zayed", "Modi")
    assert uae["meeting_date"] == date(2024, 2, 14) and uae["report_count"] == 2
    assert (uae["place_name"] or "").lower() == "abu dhabi"
    pair = sorted(_find(meetings, "Wang", "Lavrov"), key=lambda m: m["meeting_date"])
    assert [(m["meeting_date"], (m["place_name"] or "").lower()) for m in pair] == [
        (date(2024, 4, 2), "beijing"),
        (date(2024, 4, 9), "moscow"),
    ]
    # "a day earlier" counts from the Thursday before it, not from the publication date
    [jer] = _find(meetings, "Burns", "Netanyahu")
    assert jer["meeting_date"] == date(2024, 4, 10)
