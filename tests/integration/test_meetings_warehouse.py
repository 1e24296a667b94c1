"""Meetings through the whole pipeline: real spaCy, real Dagster, real dbt, real DuckDB.

* The five seed articles give one row per real meeting, with the right participants, date,
  place, status and mode.
* Small JSONL inputs written here check cross-article deduplication (a dated and an undated
  report become one meeting), a date disagreement surfaced in analysis, a phone call kept as a
  contact and not as a held in-person meeting, and a planned meeting.
* Seed-like web pages written here (wire datelines, outlet furniture, titles standing for
  people, one meeting told three ways) give the hand-annotated rows, one build for all.
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


# ------------------------------------------------------------------------------------------------
# seed-like web pages written here: wire datelines, outlet furniture, titles for people, several
# reports of one meeting (weekday / date / "last week"; a name / "the Iranian foreign minister")

SEED_LIKE = {
    "a01_reuters_jeddah.txt": (
        "Saudi crown prince hosts Iraqi PM in Jeddah as Gulf ties warm\n"
        "Published: March 14, 2023\n"
        "\n"
        "Reuters\n"
        "3 min read\n"
        "\n"
        "RIYADH, March 14 (Reuters) - Saudi Crown Prince Mohammed bin Salman received Iraqi "
        "Prime Minister Mohammed Shia al-Sudani at his palace in Jeddah on Monday, the Saudi "
        "Press Agency said, as Baghdad seeks Gulf investment in its power grid.\n"
        "\n"
        "The two men discussed energy, border crossings and the fight against drug "
        "smuggling, SPA said, without giving details.\n"
        "\n"
        "Sudani later met separately with Saudi Foreign Minister Prince Faisal bin Farhan "
        "and Energy Minister Prince Abdulaziz bin Salman.\n"
        "\n"
        "Sudani is due to travel to Tehran next week, where he is expected to meet Iranian "
        "President Ebrahim Raisi, an Iraqi government spokesman said.\n"
        "\n"
        "The crown prince also spoke by phone with Egyptian President Abdel Fattah al-Sisi "
        "on Sunday, SPA reported.\n"
        "\n"
        "(Reporting by Aziz El Yaakoubi; Editing by Toby Chopra)\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
        ""
    ),
    "a02_dailysabah_ankara.txt": (
        "Erdoğan hosts Aliyev in Ankara, vows to deepen 'one nation, two states' ties\n"
        "DAILY SABAH WITH AA\n"
        "ANKARA\n"
        "Jan 05, 2023 11:24 am +03:00\n"
        "\n"
        "President Recep Tayyip Erdoğan hosted his Azerbaijani counterpart Ilham Aliyev at "
        "the Presidential Complex in Ankara on Tuesday, where the two leaders discussed "
        "energy corridors and the South Caucasus peace process.\n"
        "\n"
        "Foreign Minister Mevlüt Çavuşoğlu, who met Russian Foreign Minister Sergey Lavrov "
        "in Moscow on Dec. 29, told reporters that Ankara would keep talking to both Moscow "
        "and Kyiv.\n"
        "\n"
        "Çavuşoğlu is scheduled to visit Washington later this month, where he will hold "
        "talks with U.S. Secretary of State Antony Blinken on the F-16 sale.\n"
        "\n"
        "Erdoğan also held a phone call with Russian President Vladimir Putin on Wednesday, "
        "the Communications Directorate said.\n"
        "\n"
        "Çavuşoğlu held a press conference in Ankara on Monday.\n"
        "\n"
        "RELATED TOPICS\n"
        "AZERBAIJAN\n"
        "TÜRKIYE-AZERBAIJAN RELATIONS\n"
        ""
    ),
    "a03_tasnim_tehran.txt": (
        "Leader Receives Russian President\n"
        "July, 20, 2022 - 10:15\n"
        "Politics news\n"
        "\n"
        "TEHRAN (Tasnim) – Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei in "
        "a meeting with Russian President Vladimir Putin on Tuesday evening in Tehran said "
        "that the long-term cooperation between Iran and Russia is deeply beneficial for the "
        "two countries.\n"
        "\n"
        "Putin, who arrived to Tehran for attending the summit of the Astana format, also "
        "met separately with President Ebrahim Raisi and Turkish President Recep Tayyip "
        "Erdogan.\n"
        "\n"
        "Ayatollah Khamenei in the meeting stressed that the West is opposed to a strong and "
        "independent Russia.\n"
        "\n"
        "Most Visited\n"
        "Tags: Russia, Vladimir Putin\n"
        ""
    ),
    "a11_ahram_cairo.txt": (
        "Ahram Online\n"
        "Sisi receives Macron in Cairo, discusses Gaza humanitarian aid\n"
        "Wednesday 25 Oct 2023\n"
        "\n"
        "Egyptian President Abdel-Fattah El-Sisi received French President Emmanuel Macron "
        "in Cairo on Wednesday to discuss the delivery of aid to the Gaza Strip.\n"
        "\n"
        "Macron had visited Israel on Tuesday, where he met Prime Minister Benjamin "
        "Netanyahu in Jerusalem.\n"
        "\n"
        "A planned meeting between El-Sisi and US President Joe Biden in Amman was cancelled "
        "last week.\n"
        "\n"
        "Foreign Minister Sameh Shoukry held talks via video conference with his Jordanian "
        "counterpart Ayman Safadi on Monday.\n"
        ""
    ),
    "s1a_reuters_ankara.txt": (
        "Turkey, Iran foreign ministers discuss Gaza in Ankara\n"
        "November 30, 2023\n"
        "\n"
        "ANKARA (Reuters) - Turkish Foreign Minister Hakan Fidan met Iranian Foreign "
        "Minister Hossein Amir-Abdollahian in Ankara on Wednesday, a Turkish diplomatic "
        "source said.\n"
        ""
    ),
    "s1b_irna_ankara.txt": (
        "IRNA English\n"
        "Amir-Abdollahian, Fidan confer on regional issues\n"
        "1 December 2023\n"
        "\n"
        "Iranian Foreign Minister Hossein Amir-Abdollahian held talks with his Turkish "
        "counterpart Hakan Fidan in Ankara on November 29.\n"
        ""
    ),
    "s1c_roundup.txt": (
        "Week in review: Gaza truce diplomacy\n"
        "December 5, 2023\n"
        "\n"
        "Last week, the Iranian foreign minister met Turkey's foreign minister in Ankara to "
        "discuss the Gaza truce.\n"
        ""
    ),
    "s2a_ahram_erdogan.txt": (
        "Sisi receives Erdogan in first visit in over a decade\n"
        "February 15, 2024\n"
        "\n"
        "Egyptian President Abdel Fattah al-Sisi received Turkish President Recep Tayyip "
        "Erdogan in Cairo on Wednesday, the presidency said.\n"
        ""
    ),
    "s2b_sabah_erdogan.txt": (
        "Erdoğan, Sisi turn a new page in Cairo\n"
        "February 16, 2024\n"
        "\n"
        # "Sisi" alone is missed by the NER: the surname rule finds al-Sisi in the corpus
        "Erdoğan met Sisi at the Ittihadiya palace in Cairo on February 13, the Communications "
        "Directorate said.\n"
    ),
    "s3a_arabnews_riyadh.txt": (
        "Saudi FM receives Iranian counterpart in Riyadh\n"
        "August 18, 2023\n"
        "\n"
        "RIYADH: Saudi Foreign Minister Prince Faisal bin Farhan received Iranian Foreign "
        "Minister Hossein Amir-Abdollahian in Riyadh on Thursday.\n"
        ""
    ),
    "s3b_presstv_jeddah.txt": (
        "Amir-Abdollahian meets Saudi crown prince\n"
        "August 19, 2023\n"
        "\n"
        "Amir-Abdollahian, who held talks with the Saudi foreign minister in Riyadh on "
        "August 17, also met Crown Prince Mohammed bin Salman in Jeddah the following day.\n"
        ""
    ),
}


@pytest.fixture(scope="module")
def seed_like_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import Env

    mp = pytest.MonkeyPatch()
    root = tmp_path_factory.mktemp("meetings_seed_like")
    folder = root / "input"
    folder.mkdir()
    for name, text in SEED_LIKE.items():
        (folder / name).write_text(text, encoding="utf-8")
    warehouse = Env(mp, root).use(folder)
    try:
        assert run_job("build_warehouse").success
    finally:
        mp.undo()
    return warehouse


# (participants, meeting_date, place, status, mode, report_count); None place = no place
SEED_LIKE_ROWS = [
    (("Mohammed bin Salman", "Sudani"), date(2023, 3, 13), "jeddah", "held", "in_person", 1),
    (("Sudani", "Faisal"), date(2023, 3, 13), "jeddah", "held", "in_person", 1),  # "later"
    (("Sudani", "Abdulaziz"), date(2023, 3, 13), "jeddah", "held", "in_person", 1),
    (("Sudani", "Raisi"), None, "tehran", "planned", "in_person", 1),  # "next week"
    (("Mohammed bin Salman", "Sisi"), date(2023, 3, 12), None, "held", "phone", 1),
    (("Erdo", "Aliyev"), date(2023, 1, 3), "ankara", "held", "in_person", 1),
    (("Lavrov", "avu"), date(2022, 12, 29), "moscow", "held", "in_person", 1),  # across New Year
    (("Blinken", "avu"), None, "washington", "planned", "in_person", 1),
    (("Erdo", "Putin"), date(2023, 1, 4), None, "held", "phone", 1),
    (("Khamenei", "Putin"), date(2022, 7, 19), "tehran", "held", "in_person", 1),
    (("Macron", "Netanyahu"), date(2023, 10, 24), "jerusalem", "held", "in_person", 1),
    (("Shoukry", "Safadi"), date(2023, 10, 23), None, "held", "video", 1),
    (("Fidan", "Abdollahian"), date(2023, 11, 29), "ankara", "held", "in_person", 3),
    (("Faisal", "Abdollahian"), date(2023, 8, 17), "riyadh", "held", "in_person", 2),
    (("Abdollahian", "Mohammed bin Salman"), date(2023, 8, 18), "jeddah", "held", "in_person", 1),
]


@pytest.mark.parametrize(("parts", "day", "place", "status", "mode", "reports"), SEED_LIKE_ROWS)
def test_seed_like_articles_give_the_annotated_rows(
    seed_like_warehouse: Path,
    parts: tuple[str, ...],
    day: date | None,
    place: str | None,
    status: str,
    mode: str,
    reports: int,
) -> None:
    meetings = _find(_meetings(seed_like_warehouse), *parts, mode=mode)
    rows = [m for m in meetings if len(m["names"]) == 2]
    assert len(rows) == 1, rows
    row = rows[0]
    assert (row["meeting_date"], row["status"], row["report_count"]) == (day, status, reports)
    assert (row["place_name"] or "").lower() == (place or "")


def test_seed_like_date_disagreement_and_non_meetings(seed_like_warehouse: Path) -> None:
    meetings = _meetings(seed_like_warehouse)
    [cairo] = _find(meetings, "Sisi", "Erdo")
    assert cairo["report_count"] == 2
    dates = _query(
        seed_like_warehouse,
        "select distinct reported_date from analysis.meeting_report_disagreements "
        f"where meeting_id = '{cairo['meeting_id']}' order by 1",
    )
    assert [d[0] for d in dates] == [date(2024, 2, 13), date(2024, 2, 14)]
    # the cancelled Sisi-Biden meeting, the press conference and the source clause are no rows
    assert not _find(meetings, "Biden")
    assert not [m for m in meetings if _has(m["names"], "Directorate")]
    assert len(meetings) == 19, [m["names"] for m in meetings]
