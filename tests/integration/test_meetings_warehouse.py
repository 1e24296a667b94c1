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

from tests.conftest import build_from, dict_rows, fold, write_texts

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
    return dict_rows(warehouse, MEETINGS_SQL)


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
    # 001: "A Kurdish delegation visited Baghdad earlier this week to discuss the matter" is a
    # meeting of other parties than the named Baqeri-Erdogan talks, so it stands (before
    # meetings8 the demonym had no entity and any named meeting of the article absorbed it)
    [kurds] = _find(held, "Kurd", "Baghdad")
    assert kurds["meeting_date"] is None and len(kurds["names"]) == 2
    # nothing else is a held in-person meeting: no country pairs ("Turkey and Iran have agreed
    # ... after talks" is the named meeting told again), no one-sided visits
    assert len(held) == len(expected) + 1, held
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
    # a month without a year is a month of the last year, never the same month a year before
    {
        "id": "g1",
        "title": "Central Asian leaders meet",
        "source": "Example Wire",
        "published_at": "2022-08-20",
        "text": "TASHKENT - Uzbek President Shavkat Mirziyoyev met Kazakh President Kassym-Jomart "
        "Tokayev in Tashkent on August 16.",
    },
    {
        "id": "g2",
        "title": "Tokayev and Mirziyoyev",
        "source": "Other Daily",
        "published_at": "2023-10-05",
        "text": "President Shavkat Mirziyoyev held talks with President Kassym-Jomart Tokayev "
        "in August. They discussed water sharing.",
    },
]


@pytest.fixture(scope="module")
def small_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("meetings_small")
    return build_from(root, _write(root / "input", SMALL))


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


def test_a_month_without_year_never_joins_that_month_of_an_earlier_year(
    small_warehouse: Path,
) -> None:
    pair = _find(_meetings(small_warehouse), "Mirziyoyev", "Tokayev")
    assert len(pair) == 2, pair
    assert {m["meeting_date"] for m in pair} == {date(2022, 8, 16), None}


# ------------------------------------------------------------------------------------------------
# Seed-like web pages written here (wire datelines, outlet furniture, titles standing for people,
# one meeting told in two or three ways), with the rows annotated by hand for each; one build.
# a01-a12 and s1-s3 were written first and the rules developed on them; h01-h05 were written
# afterwards as a held-out check (docs/meetings.md, "Seed-like articles").

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
    ),
    "a04_toi_liveblog.txt": (
        "The Times of Israel\n"
        "LIVEBLOG\n"
        "September 21, 2023\n"
        "\n"
        "Netanyahu meets Biden on sidelines of UN General Assembly\n"
        "10:42 pm\n"
        "\n"
        "Prime Minister Benjamin Netanyahu met with US President Joe Biden on Wednesday on "
        "the sidelines of the UN General Assembly in New York, the first meeting between the "
        "two since Netanyahu returned to office.\n"
        "\n"
        "Earlier, Netanyahu met Turkish President Recep Tayyip Erdogan at the Turkish House "
        "in New York on Tuesday, in their first face-to-face talks.\n"
        "\n"
        "8:15 pm\n"
        "Defense Minister Yoav Gallant spoke by phone with US Defense Secretary Lloyd Austin "
        "about Iranian activity in Syria, his office says.\n"
        "\n"
        "7:30 pm\n"
        'Opposition leader Yair Lapid denies meeting Saudi officials in New York: "I did not '
        'meet anyone from the Saudi delegation," Lapid says.\n'
        "\n"
        "Share\n"
        "Facebook Twitter\n"
    ),
    "a05_rudaw_erbil.txt": (
        "Rudaw\n"
        "PM Masrour Barzani, US consul discuss Erbil-Baghdad budget dispute\n"
        "15-02-2023\n"
        "\n"
        "ERBIL, Kurdistan Region - Kurdistan Region Prime Minister Masrour Barzani received "
        "the US Consul General in Erbil Irvin Hicks Jr. on Tuesday, discussing the budget "
        "dispute with Baghdad, according to a statement from the premier's office.\n"
        "\n"
        "A KRG delegation headed by Deputy Prime Minister Qubad Talabani will visit Baghdad "
        "next week to resume talks with the federal government over the 2023 budget.\n"
        "\n"
        "Kurdistan Region President Nechirvan Barzani met with French President Emmanuel "
        "Macron at the Elysee Palace in Paris last Thursday.\n"
        "\n"
        "Baghdad and Erbil relations soured after the Kurdistan Region's independence "
        "referendum in 2017.\n"
        "\n"
        "Copyright © 2023 Rudaw. All rights reserved.\n"
    ),
    "a06_wam_abudhabi.txt": (
        "UAE President receives Qatar's Emir\n"
        "Tue 09-01-2024 18:40 PM\n"
        "\n"
        "ABU DHABI, 9th January, 2024 (WAM) -- President His Highness Sheikh Mohamed bin "
        "Zayed Al Nahyan today received Sheikh Tamim bin Hamad Al Thani, Emir of Qatar, at "
        "Qasr Al Shati in Abu Dhabi.\n"
        "\n"
        "During the meeting, the two leaders discussed fraternal relations and the situation "
        "in Gaza.\n"
        "\n"
        "Sheikh Tamim is due to visit Muscat on the 14th for talks with Sultan Haitham bin "
        "Tarik.\n"
        "\n"
        "His Highness also received a phone call from King Abdullah II of Jordan, during "
        "which they discussed regional developments.\n"
        "\n"
        "WAM/Tariq alfaham/Hatem Mohamed\n"
    ),
    "a07_state_readout.txt": (
        "Secretary Blinken's Meeting with People's Republic of China President Xi Jinping\n"
        "READOUT\n"
        "OFFICE OF THE SPOKESPERSON\n"
        "June 19, 2023\n"
        "\n"
        "The below is attributable to Spokesperson Matthew Miller:\n"
        "\n"
        "Secretary of State Antony J. Blinken met today with People's Republic of China "
        "(PRC) President Xi Jinping in Beijing. The Secretary emphasized the importance of "
        "maintaining open channels of communication.\n"
        "\n"
        "The Secretary's meeting with President Xi followed his meeting earlier today with "
        "Director Wang Yi and talks on Sunday with Foreign Minister Qin Gang.\n"
        "\n"
        "The Secretary will depart Beijing for London on Tuesday.\n"
    ),
    "a08_ap_najaf.txt": (
        "Pope, top Iraq Shiite cleric deliver message of coexistence\n"
        "By NICOLE WINFIELD and QASSIM ABDUL-ZAHRA\n"
        "March 6, 2021\n"
        "\n"
        "BAGHDAD (AP) — Pope Francis met Saturday with Iraq's top Shiite cleric, Grand "
        "Ayatollah Ali al-Sistani, at his home in the holy city of Najaf, delivering a "
        "message of peaceful coexistence.\n"
        "\n"
        "On Friday, the pope was received by President Barham Salih at the presidential "
        "palace in Baghdad.\n"
        "\n"
        "He will travel to Erbil on Sunday, where he is expected to meet Kurdish leaders "
        "including Nechirvan Barzani.\n"
        "\n"
        "Associated Press writer Samya Kullab contributed.\n"
    ),
    "a09_almonitor_herzog.txt": (
        "Herzog's Gulf tour: Israeli president visits Bahrain, UAE\n"
        "Al-Monitor Staff\n"
        "December 7, 2022\n"
        "\n"
        "Israeli President Isaac Herzog visited Bahrain and the United Arab Emirates this "
        "week, the first visit by an Israeli head of state to Bahrain.\n"
        "\n"
        "Herzog arrived in Manama on Sunday, where he was received by King Hamad bin Isa Al "
        "Khalifa. On Monday he flew to Abu Dhabi and met Sheikh Mohamed bin Zayed Al Nahyan.\n"
        "\n"
        "Herzog also met separately with Crown Prince Salman bin Hamad Al Khalifa in Manama.\n"
        "\n"
        "Read more\n"
    ),
    "a10_sana_damascus.txt": (
        "President al-Assad receives Iranian Foreign Minister\n"
        "15 January، 2023\n"
        "\n"
        "Damascus, SANA- President Bashar al-Assad received on Saturday Foreign Minister of "
        "the Islamic Republic of Iran Hossein Amir-Abdollahian and the accompanying "
        "delegation.\n"
        "\n"
        "Talks dealt with the bilateral relations between the two friendly countries and the "
        "latest developments in the region.\n"
        "\n"
        "The Iranian minister has before held talks with his counterpart Faisal Mekdad at "
        "the Foreign Ministry.\n"
        "\n"
        "Mekdad affirmed in a phone call with Russian counterpart Sergey Lavrov on Thursday "
        "the importance of coordination between Damascus and Moscow.\n"
        "\n"
        "Hazem Sabbagh\n"
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
    ),
    "a12_mee_cairo.txt": (
        "Middle East Eye\n"
        "Hamas leader in Cairo talks as truce efforts stall\n"
        "3 January 2024\n"
        "\n"
        "Hamas political bureau chief Ismail Haniyeh met with Egyptian intelligence chief "
        "Abbas Kamel in Cairo on December 20, a Hamas official told Middle East Eye.\n"
        "\n"
        "Haniyeh is expected to meet Qatari Prime Minister Mohammed bin Abdulrahman Al Thani "
        "in Doha on the 14th, the official said.\n"
        "\n"
        "This article is available in French on Middle East Eye French edition.\n"
    ),
    "s1a_reuters_ankara.txt": (
        "Turkey, Iran foreign ministers discuss Gaza in Ankara\n"
        "November 30, 2023\n"
        "\n"
        "ANKARA (Reuters) - Turkish Foreign Minister Hakan Fidan met Iranian Foreign "
        "Minister Hossein Amir-Abdollahian in Ankara on Wednesday, a Turkish diplomatic "
        "source said.\n"
    ),
    "s1b_irna_ankara.txt": (
        "IRNA English\n"
        "Amir-Abdollahian, Fidan confer on regional issues\n"
        "1 December 2023\n"
        "\n"
        "Iranian Foreign Minister Hossein Amir-Abdollahian held talks with his Turkish "
        "counterpart Hakan Fidan in Ankara on November 29.\n"
    ),
    "s1c_roundup.txt": (
        "Week in review: Gaza truce diplomacy\n"
        "December 5, 2023\n"
        "\n"
        "Last week, the Iranian foreign minister met Turkey's foreign minister in Ankara to "
        "discuss the Gaza truce.\n"
    ),
    "s2a_ahram_erdogan.txt": (
        "Sisi receives Erdogan in first visit in over a decade\n"
        "February 15, 2024\n"
        "\n"
        "Egyptian President Abdel Fattah al-Sisi received Turkish President Recep Tayyip "
        "Erdogan in Cairo on Wednesday, the presidency said.\n"
    ),
    "s2b_sabah_erdogan.txt": (
        "Erdoğan, Sisi turn a new page in Cairo\n"
        "February 16, 2024\n"
        "\n"
        "Erdoğan met Sisi at the Ittihadiya palace in Cairo on February 13, the "
        "Communications Directorate said.\n"
    ),
    "s3a_arabnews_riyadh.txt": (
        "Saudi FM receives Iranian counterpart in Riyadh\n"
        "August 18, 2023\n"
        "\n"
        "RIYADH: Saudi Foreign Minister Prince Faisal bin Farhan received Iranian Foreign "
        "Minister Hossein Amir-Abdollahian in Riyadh on Thursday.\n"
    ),
    "s3b_presstv_jeddah.txt": (
        "Amir-Abdollahian meets Saudi crown prince\n"
        "August 19, 2023\n"
        "\n"
        "Amir-Abdollahian, who held talks with the Saudi foreign minister in Riyadh on "
        "August 17, also met Crown Prince Mohammed bin Salman in Jeddah the following day.\n"
    ),
    "h01_afp_doha.txt": (
        "Qatar hosts Hamas, Israeli negotiators as truce talks resume\n"
        "AFP\n"
        "Published: 2024-02-07\n"
        "\n"
        "DOHA, Feb 7 (AFP) - Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani "
        "met CIA Director William Burns in Doha on Tuesday, a diplomatic source said.\n"
        "\n"
        "Burns also held talks with Mossad chief David Barnea on Monday in the Qatari "
        "capital.\n"
        "\n"
        "Egyptian intelligence chief Abbas Kamel is expected to join the negotiators later "
        "this week.\n"
        "\n"
        "The prime minister later spoke by telephone with US Secretary of State Antony "
        "Blinken.\n"
    ),
    "h02_anadolu_baku.txt": (
        "Anadolu Agency\n"
        "Turkish foreign minister visits Baku, meets Aliyev\n"
        "12.03.2024\n"
        "\n"
        "BAKU\n"
        "\n"
        "Turkish Foreign Minister Hakan Fidan was received by Azerbaijani President Ilham "
        "Aliyev in Baku on Monday, according to diplomatic sources.\n"
        "\n"
        "Fidan also met his Azerbaijani counterpart Jeyhun Bayramov, with whom he held a "
        "joint press conference.\n"
        "\n"
        "Fidan will travel to Tbilisi on Wednesday to meet Georgian Prime Minister Irakli "
        "Kobakhidze.\n"
    ),
    "h03_irna_tehran.txt": (
        "IRNA\n"
        "Pezeshkian receives Iraqi PM in Tehran\n"
        "Published: September 12, 2024\n"
        "\n"
        "Tehran, IRNA - President Masoud Pezeshkian received Iraqi Prime Minister Mohammed "
        "Shia al-Sudani in Tehran yesterday, discussing the expansion of trade ties.\n"
        "\n"
        "The Iraqi premier also met with Leader of the Islamic Revolution Ayatollah Seyed "
        "Ali Khamenei.\n"
        "\n"
        "Pezeshkian is set to pay his first foreign visit to Baghdad later this month, where "
        "he will hold talks with Iraqi officials.\n"
    ),
    "h04_jpost_jerusalem.txt": (
        "The Jerusalem Post\n"
        "Blinken meets Netanyahu, Herzog in Jerusalem\n"
        "January 10, 2024\n"
        "\n"
        "US Secretary of State Antony Blinken met with Prime Minister Benjamin Netanyahu in "
        "Tel Aviv on Tuesday for talks on the war in Gaza.\n"
        "\n"
        "Blinken met President Isaac Herzog in Jerusalem the same day.\n"
        "\n"
        "A planned meeting between Blinken and Defense Minister Yoav Gallant was postponed.\n"
        "\n"
        "On Wednesday, the secretary is due to meet Palestinian Authority President Mahmoud "
        "Abbas in Ramallah.\n"
    ),
    "h05_gulfnews_kuwait.txt": (
        "Gulf News\n"
        "Kuwait's Emir receives Saudi foreign minister\n"
        "November 20, 2023\n"
        "\n"
        "KUWAIT CITY: Kuwait's Emir Sheikh Nawaf Al Ahmad Al Jaber Al Sabah received Saudi "
        "Foreign Minister Prince Faisal bin Farhan at Bayan Palace on Sunday.\n"
        "\n"
        "The Saudi minister had met his Kuwaiti counterpart Sheikh Salem Abdullah Al Jaber "
        "Al Sabah on Saturday.\n"
        "\n"
        "Kuwaitis voted in a referendum on the constitutional changes last year.\n"
    ),
}

# (articles, participant keys, date, place, status, mode): each key is part of one participant's
# name ('*' = any one participant); the date is a day, 'week' / 'month' (that precision and no
# day), None (no date) or '*' (not annotated); a place None means no place, '*' not annotated.
# One row per real meeting, reported by exactly the listed articles.
SEED_LIKE_ROWS = [
    (("a01",), ("mohammed bin salman", "sudani"), date(2023, 3, 13), "jeddah", "held", "in_person"),
    (("a01",), ("sudani", "faisal"), date(2023, 3, 13), "jeddah", "held", "in_person"),
    (("a01",), ("sudani", "abdulaziz"), date(2023, 3, 13), "jeddah", "held", "in_person"),
    (("a01",), ("sudani", "raisi"), "week", "tehran", "planned", "in_person"),
    (("a01",), ("mohammed bin salman", "sisi"), date(2023, 3, 12), None, "held", "phone"),
    (("a02",), ("erdo", "aliyev"), date(2023, 1, 3), "ankara", "held", "in_person"),
    (("a02",), ("avu", "lavrov"), date(2022, 12, 29), "moscow", "held", "in_person"),
    (("a02",), ("avu", "blinken"), "month", "washington", "planned", "in_person"),
    (("a02",), ("erdo", "putin"), date(2023, 1, 4), None, "held", "phone"),
    (("a03",), ("khamenei", "putin"), date(2022, 7, 19), "tehran", "held", "in_person"),
    (("a03",), ("putin", "raisi"), "*", "tehran", "held", "in_person"),
    (("a03",), ("putin", "erdogan"), "*", "tehran", "held", "in_person"),
    (("a04",), ("netanyahu", "biden"), date(2023, 9, 20), "new york", "held", "in_person"),
    (("a04",), ("netanyahu", "erdogan"), date(2023, 9, 19), "new york", "held", "in_person"),
    (("a04",), ("gallant", "austin"), None, None, "held", "phone"),
    # 'Irvin Hicks Jr.' is a PERSON since entities round 5 (a name after '<title> in <place>')
    (("a05",), ("masrour", "hicks"), date(2023, 2, 14), "erbil", "held", "in_person"),
    (("a05",), ("talabani", "*"), "week", "baghdad", "planned", "in_person"),
    (("a05",), ("nechirvan", "macron"), date(2023, 2, 9), "paris", "held", "in_person"),
    # a06's publication date is read since the intake round (its stamp line or the WAM dateline),
    # so "today" and "on the 14th" are dated
    (("a06",), ("mohamed bin zayed", "tamim"), date(2024, 1, 9), "abu dhabi", "held",
     "in_person"),
    (("a06",), ("tamim", "haitham"), date(2024, 1, 14), "muscat", "planned", "in_person"),
    (("a06",), ("mohamed bin zayed", "abdullah"), "*", None, "held", "phone"),
    (("a07",), ("blinken", "xi"), date(2023, 6, 19), "beijing", "held", "in_person"),
    (("a07",), ("blinken", "wang yi"), date(2023, 6, 19), "beijing", "held", "in_person"),
    # "... and talks on Sunday with Foreign Minister Qin Gang": its own meeting and date (round 5)
    (("a07",), ("blinken", "qin gang"), date(2023, 6, 18), "beijing", "held", "in_person"),
    (("a08",), ("francis", "sistani"), date(2021, 3, 6), "najaf", "held", "in_person"),
    (("a08",), ("francis", "salih"), date(2021, 3, 5), "baghdad", "held", "in_person"),
    (("a08",), ("francis", "nechirvan"), date(2021, 3, 7), "erbil", "planned", "in_person"),
    (("a09",), ("herzog", "hamad bin isa"), date(2022, 12, 4), "manama", "held", "in_person"),
    (
        ("a09",),
        ("herzog", "mohamed bin zayed"),
        date(2022, 12, 5),
        "abu dhabi",
        "held",
        "in_person",
    ),
    (("a09",), ("herzog", "salman bin hamad"), "*", "manama", "held", "in_person"),
    (("a10",), ("assad", "abdollahian"), date(2023, 1, 14), "damascus", "held", "in_person"),
    (("a10",), ("abdollahian", "mekdad"), "*", "damascus", "held", "in_person"),
    (("a10",), ("mekdad", "lavrov"), date(2023, 1, 12), None, "held", "phone"),
    (("a11",), ("sisi", "macron"), date(2023, 10, 25), "cairo", "held", "in_person"),
    (("a11",), ("macron", "netanyahu"), date(2023, 10, 24), "jerusalem", "held", "in_person"),
    (("a11",), ("shoukry", "safadi"), date(2023, 10, 23), None, "held", "video"),
    (("a12",), ("haniyeh", "kamel"), date(2023, 12, 20), "cairo", "held", "in_person"),
    (("a12",), ("haniyeh", "abdulrahman"), date(2024, 1, 14), "doha", "planned", "in_person"),
    (
        ("s1a", "s1b", "s1c"),
        ("fidan", "abdollahian"),
        date(2023, 11, 29),
        "ankara",
        "held",
        "in_person",
    ),
    (("s2a", "s2b"), ("sisi", "erdo"), "*", "cairo", "held", "in_person"),
    (("s3a", "s3b"), ("faisal", "abdollahian"), date(2023, 8, 17), "riyadh", "held", "in_person"),
    (
        ("s3b",),
        ("abdollahian", "mohammed bin salman"),
        date(2023, 8, 18),
        "jeddah",
        "held",
        "in_person",
    ),
    (("h01",), ("abdulrahman", "burns"), date(2024, 2, 6), "doha", "held", "in_person"),
    (("h01",), ("burns", "barnea"), date(2024, 2, 5), "doha", "held", "in_person"),
    (("h01",), ("abdulrahman", "blinken"), "*", None, "held", "phone"),
    (("h02",), ("fidan", "aliyev"), date(2024, 3, 11), "baku", "held", "in_person"),
    (("h02",), ("fidan", "bayramov"), "*", "baku", "held", "in_person"),
    (("h02",), ("fidan", "kobakhidze"), date(2024, 3, 13), "tbilisi", "planned", "in_person"),
    (("h03",), ("pezeshkian", "sudani"), date(2024, 9, 11), "tehran", "held", "in_person"),
    (("h03",), ("sudani", "khamenei"), "*", "tehran", "held", "in_person"),
    (("h03",), ("pezeshkian", "*"), "month", "baghdad", "planned", "in_person"),
    (("h04",), ("blinken", "netanyahu"), date(2024, 1, 9), "tel aviv", "held", "in_person"),
    (("h04",), ("blinken", "herzog"), date(2024, 1, 9), "jerusalem", "held", "in_person"),
    (("h04",), ("blinken", "abbas"), date(2024, 1, 10), "ramallah", "planned", "in_person"),
    (("h05",), ("nawaf", "faisal"), date(2023, 11, 19), "*", "held", "in_person"),
    # annotation fixed in round 5 (was "kuwait"): the dateline names the city, where Bayan Palace
    # stands; a row takes the most specific place the text supports, as the Doha, Muscat and
    # Manama rows do, and the country only when the text names nothing smaller
    (("h05",), ("faisal", "salem"), date(2023, 11, 18), "kuwait city", "held", "in_person"),
]


@pytest.fixture(scope="module")
def seed_like_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("meetings_seed_like")
    return build_from(root, write_texts(root / "input", SEED_LIKE))


SEED_LIKE_SQL = """
    select
        meetings.meeting_id,
        meetings.meeting_date,
        meetings.date_precision,
        meetings.place_name,
        meetings.status,
        meetings.mode,
        meetings.has_date_disagreement,
        list(distinct participants.participant_name) as names,
        list(distinct left(articles.input_name, 3)) as articles
    from marts.meetings as meetings
    inner join marts.meeting_participants as participants
        on meetings.meeting_id = participants.meeting_id
    inner join marts.meeting_reports as reports on meetings.meeting_id = reports.meeting_id
    inner join marts.articles as articles on reports.article_id = articles.article_id
    group by all
"""


@pytest.fixture(scope="module")
def seed_like_meetings(seed_like_warehouse: Path) -> list[dict[str, Any]]:
    return dict_rows(seed_like_warehouse, SEED_LIKE_SQL)




def _check_row(
    meetings: list[dict[str, Any]],
    articles: tuple[str, ...],
    keys: tuple[str, ...],
    day: date | str | None,
    place: str | None,
    status: str,
    mode: str,
) -> None:
    named = [k for k in keys if k != "*"]
    rows = [
        m
        for m in meetings
        if articles[0] in m["articles"]
        and m["mode"] == mode
        and all(any(k in fold(n) for n in m["names"]) for k in named)
        and len(m["names"]) == len(keys)
    ]
    if len(rows) > 1:  # "pezeshkian" + anyone: the planned visit, not the held meeting
        rows = [m for m in rows if m["status"] == status]
    if len(rows) > 1 and day != "*":  # one pair, two meetings months apart (round 5)
        rows = [
            m
            for m in rows
            if (m["meeting_date"], m["date_precision"]) == (None, day) or m["meeting_date"] == day
        ] or rows
    assert len(rows) == 1, [(m["names"], m["articles"]) for m in meetings]
    row = rows[0]
    assert sorted(row["articles"]) == sorted(articles)  # one row, every report
    assert row["status"] == status
    if day in ("week", "month", "year"):
        assert (row["meeting_date"], row["date_precision"]) == (None, day)
    elif day != "*":
        assert row["meeting_date"] == day
    if place != "*":
        assert fold(row["place_name"] or "") == (place or "")


@pytest.mark.parametrize(("articles", "keys", "day", "place", "status", "mode"), SEED_LIKE_ROWS)
def test_seed_like_articles_give_the_annotated_rows(
    seed_like_meetings: list[dict[str, Any]],
    articles: tuple[str, ...],
    keys: tuple[str, ...],
    day: date | str | None,
    place: str | None,
    status: str,
    mode: str,
) -> None:
    _check_row(seed_like_meetings, articles, keys, day, place, status, mode)


def test_seed_like_date_disagreement_and_non_meetings(
    seed_like_warehouse: Path, seed_like_meetings: list[dict[str, Any]]
) -> None:
    [cairo] = [
        m
        for m in seed_like_meetings
        if sorted(m["articles"]) == ["s2a", "s2b"] and _has(m["names"], "Sisi", "Erdo")
    ]
    assert cairo["has_date_disagreement"]
    dates = _query(
        seed_like_warehouse,
        "select distinct reported_date from analysis.meeting_report_disagreements "
        f"where meeting_id = '{cairo['meeting_id']}' order by 1",
    )
    assert [d[0] for d in dates] == [date(2024, 2, 13), date(2024, 2, 14)]
    # nothing else: the cancelled and postponed meetings, the press conferences, the denied
    # meeting, the referendums and the source clauses give no row
    annotated = len(SEED_LIKE_ROWS)
    assert len(seed_like_meetings) <= annotated, [m["names"] for m in seed_like_meetings]
    for pair in (("Sisi", "Biden"), ("Blinken", "Gallant"), ("Lapid",), ("Directorate",)):
        assert not [m for m in seed_like_meetings if _has(m["names"], *pair)], pair


# ------------------------------------------------------------------------------------------------
# Round 4 (meetings8): a fresh held-out set in registers the first sets did not use (Lebanese,
# Iraqi, Saudi, Qatari, Jordanian outlets, TASS and Xinhua English, Dawn and The Hindu, a GOV.UK
# readout, a live blog, an agency rewrite of a rewrite, an op-ed), with furniture (an Arabic menu
# line, share buttons, repeated captions, "Read more") and sentences that look like meetings but are
# not (a postponed or called-off meeting, a referendum, a joint statement, a press briefing, a TV
# interview, "a meeting of minds", "met the IMF deadline"). The rows were annotated by hand and
# scored before any rule was written for them (docs/meetings.md, "Round 4"); the xfails say why
# each row still fails.

ROUND4 = {
    "r01_lorient_beirut.txt": (
        "L'Orient Today\n"
        "الرئيسية | سياسة | اقتصاد | رياضة\n"
        "Mikati receives Hochstein at the Grand Serail as border tensions mount\n"
        "By Mounir Rabih\n"
        "19 June 2024 18:05\n"
        "Share\n"
        "Facebook X WhatsApp\n"
        "\n"
        "BEIRUT — Caretaker Prime Minister Najib Mikati received US envoy Amos Hochstein at "
        "the Grand Serail in Beirut on Tuesday, discussing the situation on the southern "
        "border, according to a statement from his office.\n"
        "\n"
        "Hochstein then paid a visit to Parliament Speaker Nabih Berri in Ain al-Tineh.\n"
        "\n"
        "Read more: Hochstein in Beirut: what we know so far\n"
        "\n"
        "A meeting between Hochstein and army commander Joseph Aoun, initially set for "
        "Wednesday, was postponed.\n"
        "\n"
        "Sources said Mikati and Berri would meet later this week to coordinate Lebanon's "
        "response to the US proposal.\n"
        "\n"
        "Caretaker Prime Minister Najib Mikati receives US envoy Amos Hochstein at the Grand "
        "Serail. (Credit: Dalati and Nohra)\n"
        "\n"
        "Caretaker Prime Minister Najib Mikati receives US envoy Amos Hochstein at the Grand "
        "Serail. (Credit: Dalati and Nohra)\n"
    ),
    "r02_shafaq_baghdad.txt": (
        "Shafaq News\n"
        "Al-Sudani receives a Kurdish delegation headed by Masrour Barzani\n"
        "2024-01-22 08:14\n"
        "\n"
        "Shafaq News/ Iraqi Prime Minister Mohammed Shia al-Sudani received on Sunday a "
        "delegation from the Kurdistan Region headed by Prime Minister Masrour Barzani at the "
        "government palace in Baghdad.\n"
        "\n"
        "The two sides discussed the salaries of the Region's employees and the resumption of "
        "oil exports, a statement by al-Sudani's media office said.\n"
        "\n"
        "Barzani also held a meeting with acting Parliament Speaker Mohsen al-Mandalawi in "
        "Baghdad.\n"
        "\n"
        "A delegation from the federal Ministry of Finance is expected to visit Erbil next "
        "week to settle the payroll lists.\n"
        "\n"
        "The Kurdistan Region's independence referendum in 2017 was followed by years of "
        "disputes between the two governments.\n"
        "\n"
        "Advertisement\n"
    ),
    "r03_arabnews_makkah.txt": (
        "Arab News\n"
        "Saudi crown prince hosts iftar for visiting Pakistani PM\n"
        "Updated 08 April 2024\n"
        "SPA\n"
        "\n"
        "RIYADH: Crown Prince Mohammed bin Salman hosted an iftar dinner for visiting "
        "Pakistani Prime Minister Shehbaz Sharif at Al-Safa Palace in Makkah on Sunday.\n"
        "\n"
        "During the meeting, the two sides reviewed bilateral relations and ways to boost "
        "Saudi investment in Pakistan.\n"
        "\n"
        "Sharif was received upon his arrival in Jeddah on Saturday by Makkah Deputy Governor "
        "Prince Saud bin Mishaal.\n"
        "\n"
        "Pakistani Foreign Minister Ishaq Dar met separately with his Saudi counterpart Prince "
        "Faisal bin Farhan.\n"
        "\n"
        "The two countries issued a joint statement at the end of the visit.\n"
        "\n"
        "Follow us on Twitter\n"
    ),
    "r04_peninsula_doha.txt": (
        "The Peninsula\n"
        "HH the Amir holds talks with Kenyan President\n"
        "08 May 2024 - 10:30 am\n"
        "QNA\n"
        "\n"
        "Doha: HH the Amir Sheikh Tamim bin Hamad Al Thani held a meeting with President of "
        "the Republic of Kenya Dr. William Ruto at the Amiri Diwan on Tuesday morning.\n"
        "\n"
        "HH the Amir later hosted a luncheon in honour of the President and the accompanying "
        "delegation.\n"
        "\n"
        "Minister of State at the Ministry of Foreign Affairs Dr. Mohammed bin Abdulaziz Al "
        "Khulaifi met with Kenyan Cabinet Secretary for Foreign Affairs Musalia Mudavadi on "
        "the sidelines of the visit.\n"
        "\n"
        "In the evening, HH the Amir received a phone call from French President Emmanuel "
        "Macron.\n"
        "\n"
        "Print\n"
        "Share\n"
    ),
    "r05_jordantimes_amman.txt": (
        "The Jordan Times\n"
        "King receives US Senate delegation\n"
        "By JT\n"
        "Feb 20,2024 - Last updated at Feb 20,2024\n"
        "\n"
        "AMMAN — His Majesty King Abdullah on Monday received at Basman Palace a delegation "
        "of the US Senate Armed Services Committee headed by Senator Roger Wicker.\n"
        "\n"
        "Foreign Minister Ayman Safadi was received by Egyptian President Abdel Fattah El "
        "Sisi in Cairo on Sunday, where he delivered a message from the King.\n"
        "\n"
        "A trilateral summit of Jordan, Egypt and Iraq, which had been expected in Baghdad "
        "next month, was postponed.\n"
        "\n"
        "Safadi also told Al Mamlaka TV in an interview that Jordan rejects any displacement "
        "of Palestinians.\n"
        "\n"
        "Read more Jordan news\n"
    ),
    "r06_tass_moscow.txt": (
        "TASS\n"
        "Lavrov, Araghchi to hold talks in Moscow on Friday — Zakharova\n"
        "\n"
        "MOSCOW, October 10. /TASS/. Russian Foreign Minister Sergey Lavrov will hold talks "
        "with his Iranian counterpart Abbas Araghchi in Moscow on Friday, Russian Foreign "
        "Ministry Spokeswoman Maria Zakharova told a briefing.\n"
        "\n"
        "Earlier, Russian Deputy Foreign Minister Mikhail Bogdanov met with a Hamas delegation "
        "headed by Mousa Abu Marzouk.\n"
        "\n"
        "Russian President Vladimir Putin and Iranian President Masoud Pezeshkian are likely "
        "to meet on the sidelines of the BRICS summit in Kazan later this month, Kremlin aide "
        "Yuri Ushakov said.\n"
        "\n"
        "Zakharova also gave an interview to the Rossiya-24 TV channel.\n"
        "\n"
        "Tags\n"
        "Russia\n"
        "Iran\n"
    ),
    "r07_xinhua_beijing.txt": (
        "Xinhua\n"
        "Wang Yi holds talks with Egyptian FM\n"
        "Source: Xinhua\n"
        "Editor: Huaxia\n"
        "2024-11-05 20:14:03\n"
        "\n"
        "BEIJING, Nov. 5 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with "
        "Egyptian Foreign Minister Badr Abdelatty in Beijing on Monday.\n"
        "\n"
        "Wang, also a member of the Political Bureau of the Communist Party of China Central "
        "Committee, said China is ready to work with Egypt to deepen strategic mutual trust.\n"
        "\n"
        "Chinese Premier Li Qiang will meet Abdelatty on Wednesday.\n"
        "\n"
        "On Sunday, Wang held talks via video link with Iranian Foreign Minister Abbas "
        "Araghchi.\n"
        "\n"
        "Enditem\n"
    ),
    "r08_dawn_islamabad.txt": (
        "DAWN\n"
        "PM, army chief discuss security situation\n"
        "Our Staff Reporter\n"
        "Published July 12, 2024\n"
        "\n"
        "ISLAMABAD: Chief of Army Staff General Syed Asim Munir called on Prime Minister "
        "Shehbaz Sharif at the PM House on Thursday.\n"
        "\n"
        "Foreign Office spokesperson Mumtaz Zahra Baloch told the weekly press briefing that "
        "Deputy Prime Minister Ishaq Dar would visit Kabul, but the dates had not been "
        "finalised.\n"
        "\n"
        "A visit by Afghan interim Foreign Minister Amir Khan Muttaqi to Islamabad, planned "
        "for next week, was called off.\n"
        "\n"
        "Dar also met Chinese Ambassador Jiang Zaidong at the Foreign Office on Wednesday.\n"
        "\n"
        "The government met the IMF deadline for the budget.\n"
        "\n"
        "Published in Dawn, July 12th, 2024\n"
    ),
    "r09_hindu_gulf.txt": (
        "The Hindu\n"
        "Jaishankar concludes Gulf tour\n"
        "Kallol Bhattacherjee\n"
        "NEW DELHI September 10, 2024 09:12 pm\n"
        "\n"
        "External Affairs Minister S. Jaishankar, who met Saudi Foreign Minister Prince "
        "Faisal bin Farhan and Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani "
        "during his tour of the Gulf, which took him to Riyadh on Sunday and Doha on Monday, "
        "said India's ties with the region had never been stronger.\n"
        "\n"
        "In Riyadh, Mr. Jaishankar also co-chaired the first India-GCC ministerial meeting "
        "for strategic dialogue.\n"
        "\n"
        "Mr. Jaishankar will travel to Berlin next week to meet German Foreign Minister "
        "Annalena Baerbock.\n"
        "\n"
        "COMMents\n"
        "SHARE\n"
    ),
    "r10_fcdo_readout.txt": (
        "GOV.UK\n"
        "Press release\n"
        "Foreign Secretary visits Israel: readout\n"
        "From: Foreign, Commonwealth & Development Office\n"
        "Published 14 August 2024\n"
        "\n"
        "Foreign Secretary David Lammy met Israeli Foreign Minister Israel Katz in Jerusalem "
        "today.\n"
        "\n"
        "Both sides discussed the urgent need for a ceasefire in Gaza and the release of all "
        "hostages.\n"
        "\n"
        "The Foreign Secretary also met President Isaac Herzog.\n"
        "\n"
        "On 12 August the Foreign Secretary held a call with Iranian Foreign Minister Abbas "
        "Araghchi.\n"
        "\n"
        "Share this page\n"
    ),
    "r11_aljazeera_live.txt": (
        "Al Jazeera\n"
        "LIVE\n"
        "Israel-Gaza war live: Blinken in Riyadh on Middle East tour\n"
        "Published On 23 Oct 2024\n"
        "\n"
        "14:20 GMT - Blinken meets Saudi crown prince\n"
        "US Secretary of State Antony Blinken was received by Saudi Crown Prince Mohammed bin "
        "Salman in Riyadh earlier today, the State Department says.\n"
        "\n"
        "13:05 GMT - Hamas delegation in Cairo\n"
        "A Hamas delegation headed by Khalil al-Hayya has arrived in Cairo for talks with "
        "Egyptian officials, sources said.\n"
        "\n"
        "12:10 GMT - Netanyahu-Biden meeting 'likely' next week\n"
        "A meeting between Israeli Prime Minister Benjamin Netanyahu and US President Joe "
        "Biden is likely next week, an Israeli official said.\n"
        "\n"
        "11:40 GMT - Houthi leader speaks\n"
        "Houthi leader Abdul-Malik al-Houthi said in a televised speech that attacks would "
        "continue.\n"
        "\n"
        "Share\n"
    ),
    "r12_menafn_muscat.txt": (
        "MENAFN - Trend News Agency\n"
        "Iranian FM meets Oman's Sultan in Muscat\n"
        "3/3/2025 5:04:12 AM\n"
        "\n"
        "(MENAFN- Trend News Agency) BAKU, Azerbaijan, March 3. Iranian Foreign Minister "
        "Abbas Araghchi was received by Sultan Haitham bin Tarik of Oman in Muscat on Sunday, "
        "Trend reports citing IRNA.\n"
        "\n"
        "According to the report, which cited the Oman News Agency, the two sides discussed "
        "regional developments.\n"
        "\n"
        "Araghchi had earlier held a meeting with his Omani counterpart Badr Albusaidi.\n"
        "\n"
        "MENAFN03032025000187011040ID1109269400\n"
        "Legal Disclaimer: MENAFN provides the information as is without warranty.\n"
    ),
    "r13_nationalnews_oped.txt": (
        "The National\n"
        "Opinion\n"
        "The Gulf's new diplomacy is about more than oil\n"
        "March 01, 2024\n"
        "\n"
        "When Crown Prince Mohammed bin Salman hosted Chinese President Xi Jinping in Riyadh in "
        "December 2022, few expected Beijing to broker a deal between Riyadh and Tehran three "
        "months later.\n"
        "\n"
        "That was not a meeting of minds so much as a meeting of interests.\n"
        "\n"
        "Turkish President Recep Tayyip Erdogan met Sheikh Mohamed bin Zayed in Abu Dhabi last "
        "July, sealing trade deals worth billions.\n"
        "\n"
        "The writer is a columnist for The National\n"
    ),
    "r14_ina_baghdad.txt": (
        "INA\n"
        "Iraqi News Agency\n"
        "Baghdad hosts tripartite summit\n"
        "28/06/2021\n"
        "\n"
        "Baghdad - INA\n"
        "Prime Minister Mustafa Al-Kadhimi, Egyptian President Abdel Fattah al-Sisi and "
        "Jordan's King Abdullah II held a trilateral summit in Baghdad on Sunday.\n"
        "\n"
        "Al-Kadhimi met separately with al-Sisi and King Abdullah before the summit.\n"
        "\n"
        "The leaders issued a joint statement calling for economic integration.\n"
        "\n"
        "Al-Kadhimi later held a press conference at the government palace.\n"
    ),
}


ROUND4_ROWS = [
    (("r01",), ("mikati", "hochstein"), date(2024, 6, 18), "beirut", "held", "in_person"),
    (("r01",), ("hochstein", "berri"), "*", "ain al-tineh", "held", "in_person"),
    (("r01",), ("mikati", "berri"), "week", None, "planned", "in_person"),
    (("r02",), ("sudani", "masrour"), date(2024, 1, 21), "baghdad", "held", "in_person"),
    (("r02",), ("barzani", "mandalawi"), "*", "baghdad", "held", "in_person"),
    (("r02",), ("ministry of finance", "*"), "week", "erbil", "planned", "in_person"),
    # 'Makkah' is a place since entities round 5 (reference seed)
    (("r03",), ("mohammed bin salman", "sharif"), date(2024, 4, 7), "makkah", "held", "in_person"),
    (("r03",), ("sharif", "saud bin mishaal"), date(2024, 4, 6), "jeddah", "held", "in_person"),
    (("r03",), ("dar", "faisal"), "*", "*", "held", "in_person"),
    # "at the Amiri Diwan" is a building, so in the dateline city Doha (round 5)
    (("r04",), ("tamim", "ruto"), date(2024, 5, 7), "doha", "held", "in_person"),
    (("r04",), ("khulaifi", "mudavadi"), "*", "doha", "held", "in_person"),
    # "In the evening, HH the Amir received a phone call": the day of the meeting before
    (("r04",), ("tamim", "macron"), date(2024, 5, 7), None, "held", "phone"),
    # 'Feb 20,2024 - Last updated at ...' is read since articles round 2
    (("r05",), ("abdullah", "wicker"), date(2024, 2, 19), "amman", "held", "in_person"),
    # 'Feb 20,2024 - Last updated at ...' is read since articles round 2
    (("r05",), ("safadi", "sisi"), date(2024, 2, 18), "cairo", "held", "in_person"),
    pytest.param(
        ("r06",),
        ("lavrov", "araghchi"),
        date(2024, 10, 11),
        "moscow",
        "planned",
        "in_person",
        marks=pytest.mark.xfail(
            strict=True,
            reason="article date, by design: 'MOSCOW, October 10. /TASS/.' and no year anywhere on "
            "the page, so the page stays undated (a year is never guessed)",
        ),
    ),
    (("r06",), ("bogdanov", "abu marzouk"), "*", "*", "held", "in_person"),
    (("r06",), ("putin", "pezeshkian"), "month", "kazan", "planned", "in_person"),
    (("r07",), ("wang yi", "abdelatty"), date(2024, 11, 4), "beijing", "held", "in_person"),
    (("r07",), ("li qiang", "abdelatty"), date(2024, 11, 6), "*", "planned", "in_person"),
    (("r07",), ("wang", "araghchi"), date(2024, 11, 3), None, "held", "video"),
    (("r08",), ("munir", "sharif"), date(2024, 7, 11), "islamabad", "held", "in_person"),
    (("r08",), ("dar", "*"), None, "kabul", "planned", "in_person"),
    (("r08",), ("dar", "jiang"), date(2024, 7, 10), "*", "held", "in_person"),
    (("r09",), ("jaishankar", "faisal"), date(2024, 9, 8), "riyadh", "held", "in_person"),
    (("r09",), ("jaishankar", "abdulrahman"), date(2024, 9, 9), "doha", "held", "in_person"),
    # "X co-chaired the first India-GCC ministerial meeting": the GCC seed row (entities round
    # 6), the chair standing for India, and the place fronted on "co" (session 8)
    (("r09",), ("jaishankar", "gulf cooperation council"), "*", "riyadh", "held", "in_person"),
    (("r09",), ("jaishankar", "baerbock"), "week", "berlin", "planned", "in_person"),
    (("r10",), ("lammy", "katz"), date(2024, 8, 14), "jerusalem", "held", "in_person"),
    (("r10",), ("lammy", "herzog"), "*", "*", "held", "in_person"),
    (("r10",), ("lammy", "araghchi"), date(2024, 8, 12), None, "held", "phone"),
    # "in Riyadh earlier today": found without the NER since round 5
    (("r11",), ("blinken", "mohammed bin salman"), date(2024, 10, 23), "riyadh", "held",
     "in_person"),
    (("r11",), ("hayya", "*"), "*", "cairo", "held", "in_person"),
    (("r11",), ("netanyahu", "biden"), "week", "*", "planned", "in_person"),
    (("r12",), ("araghchi", "haitham"), date(2025, 3, 2), "muscat", "held", "in_person"),
    (("r12",), ("araghchi", "albusaidi"), "*", "*", "held", "in_person"),
    (("r13",), ("mohammed bin salman", "xi"), "month", "riyadh", "held", "in_person"),
    (("r13",), ("erdogan", "mohamed bin zayed"), "month", "abu dhabi", "held", "in_person"),
    (("r14",), ("kadhimi", "sisi", "abdullah"), date(2021, 6, 27), "baghdad", "held", "in_person"),
    (("r14",), ("kadhimi", "sisi"), "*", "baghdad", "held", "in_person"),
    (("r14",), ("kadhimi", "abdullah"), "*", "baghdad", "held", "in_person"),
]


@pytest.fixture(scope="module")
def round4_meetings(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    root = tmp_path_factory.mktemp("meetings_round4")
    return dict_rows(build_from(root, write_texts(root / "input", ROUND4)), SEED_LIKE_SQL)


@pytest.mark.parametrize(("articles", "keys", "day", "place", "status", "mode"), ROUND4_ROWS)
def test_round4_articles_give_the_annotated_rows(
    round4_meetings: list[dict[str, Any]],
    articles: tuple[str, ...],
    keys: tuple[str, ...],
    day: date | str | None,
    place: str | None,
    status: str,
    mode: str,
) -> None:
    _check_row(round4_meetings, articles, keys, day, place, status, mode)


def test_round4_non_meetings_give_no_row(round4_meetings: list[dict[str, Any]]) -> None:
    assert len(round4_meetings) <= len(ROUND4_ROWS), [m["names"] for m in round4_meetings]
    # the postponed Hochstein-Aoun meeting, the called-off Muttaqi visit, the postponed trilateral
    # summit, the briefing, the TV interviews, the joint statement and the IMF deadline
    for pair in (
        ("Aoun",),
        ("Muttaqi",),
        ("Zakharova",),
        ("Mamlaka",),
        ("Rossiya",),
        ("Houthi",),
        ("IMF",),
        ("Jordan", "Iraq"),
    ):
        assert not [m for m in round4_meetings if _has(m["names"], *pair)], pair


# ------------------------------------------------------------------------------------------------
# Round 5 (meetings9): a fresh held-out set in registers the earlier sets used little (a long
# analysis piece in the past perfect, a chronology box, a Q&A explainer, an embassy press release,
# a parliament committee story, a tour on successive days, one meeting told by both sides with
# other spellings and another date, translated Persian / Turkish / Arabic agency English, a photo
# page whose captions repeat the body with another day, "met" that is no meeting ("met with
# skepticism", "met the demands", "the meeting point"), a virtual summit, "talks" that are
# speeches). The rows were annotated by hand and scored before any rule was written for them
# (docs/meetings.md, "Round 5"); the xfails say why each row still fails.

ROUND5 = {
    "t01_mee_analysis.txt": (
        "Middle East Eye\n"
        "Analysis\n"
        "How Turkey and Egypt buried a decade of hostility\n"
        "Ragip Soylu\n"
        "Published date: 15 September 2024 09:40 BST | Last update: 4 days 2 hours ago\n"
        "\n"
        "When Egyptian President Abdel Fattah el-Sisi stepped off his plane in Ankara this "
        "month, it was the first visit by an Egyptian head of state to Turkey in twelve years.\n"
        "\n"
        "Sisi held talks with President Recep Tayyip Erdogan at the presidential complex in "
        "Ankara on 4 September, and the two leaders signed 17 cooperation agreements.\n"
        "\n"
        "The road there was long. Ankara's overtures were for years met with suspicion in "
        "Cairo, where officials accused Turkey of sheltering the Muslim Brotherhood.\n"
        "\n"
        "Foreign ministers Mevlut Cavusoglu and Sameh Shoukry had met in Ankara in April 2023, "
        "weeks before the Turkish elections, and agreed to restore ambassadors.\n"
        "\n"
        "Erdogan then travelled to Cairo in February, where Sisi received him at the "
        "Ittihadiya palace.\n"
        "\n"
        "\"Egypt has met most of our conditions,\" one Turkish official told Middle East Eye.\n"
        "\n"
        "Foreign Minister Hakan Fidan is expected to visit Cairo again next month for talks "
        "with his Egyptian counterpart Badr Abdelatty on Libya and Sudan.\n"
        "\n"
        "The meeting point of the two countries' interests is now Gaza, analysts say.\n"
        "\n"
        "Middle East Eye delivers independent and unrivalled coverage.\n"
    ),
    "t02_reuters_timeline.txt": (
        "Reuters\n"
        "FACTBOX-Saudi Arabia and Iran: from rupture to rapprochement\n"
        "June 7, 2023 11:02 AM GMT+3\n"
        "\n"
        "DUBAI, June 7 (Reuters) - Iran reopened its embassy in Riyadh on Tuesday, seven "
        "years after the two regional rivals cut ties. Here is a timeline of events:\n"
        "\n"
        "Jan 3, 2016 — Saudi Arabia cuts diplomatic ties with Iran after protesters storm its "
        "embassy in Tehran.\n"
        "\n"
        "April 9, 2021 — Saudi and Iranian officials hold a first round of direct talks in "
        "Baghdad.\n"
        "\n"
        "March 10, 2023 — Iran's top security official Ali Shamkhani and Saudi national "
        "security adviser Musaed al-Aiban meet in Beijing and agree to restore ties.\n"
        "\n"
        "April 6, 2023 — Saudi Foreign Minister Prince Faisal bin Farhan meets Iranian Foreign "
        "Minister Hossein Amir-Abdollahian in Beijing, their first formal meeting in seven "
        "years.\n"
        "\n"
        "June 6, 2023 — Iran reopens its embassy in Riyadh.\n"
        "\n"
        "June 17, 2023 — Prince Faisal is scheduled to visit Tehran.\n"
        "\n"
        "(Compiled by the Dubai newsroom; Editing by Angus MacSwan)\n"
    ),
    "t03_aljazeera_qa.txt": (
        "Al Jazeera\n"
        "Explainer\n"
        "Q&A: What is on the agenda as Iraq's Sudani visits Washington?\n"
        "Published On 13 Apr 2024\n"
        "\n"
        "Iraqi Prime Minister Mohammed Shia al-Sudani arrives in the United States this "
        "weekend for his first official visit since taking office.\n"
        "\n"
        "Who will Sudani meet?\n"
        "\n"
        "Sudani will meet US President Joe Biden at the White House on Monday. He is also "
        "scheduled to hold talks with Secretary of State Antony Blinken and Defense Secretary "
        "Lloyd Austin during the five-day trip.\n"
        "\n"
        "Have the two leaders met before?\n"
        "\n"
        "Only briefly. Biden and Sudani met on the sidelines of the UN General Assembly in New "
        "York last September, a US official said.\n"
        "\n"
        "What does Iran think?\n"
        "\n"
        "Tehran is watching closely. Iranian Foreign Minister Hossein Amir-Abdollahian "
        "visited Baghdad in February and met Sudani, who assured him that Iraq would not be "
        "used as a launchpad for attacks on its neighbours.\n"
        "\n"
        "Will the visit be met with protests?\n"
        "\n"
        "Small protests are expected outside the White House, organisers said.\n"
        "\n"
        "Source: Al Jazeera\n"
    ),
    "t04_embassy_release.txt": (
        "Embassy of the Republic of Korea to the Kingdom of Saudi Arabia\n"
        "Press Releases\n"
        "Ambassador Choi pays courtesy call on Minister of Investment\n"
        "Date: 2024-05-30 | Hit: 412\n"
        "\n"
        "1. Ambassador Choi Byung-hyuk paid a courtesy call on H.E. Khalid Al-Falih, Minister "
        "of Investment of the Kingdom of Saudi Arabia, at the Ministry of Investment in Riyadh "
        "on Tuesday, May 28.\n"
        "\n"
        "2. During the meeting, Ambassador Choi and Minister Al-Falih discussed ways to expand "
        "cooperation in hydrogen, construction and defense industries.\n"
        "\n"
        "3. On May 29, Ambassador Choi met with Dr. Majid bin Abdullah Al-Qasabi, Minister of "
        "Commerce, and exchanged views on the Korea-Saudi free trade talks.\n"
        "\n"
        "4. The Embassy will host a reception at the Ambassador's residence on June 4 to mark "
        "the anniversary of diplomatic relations.\n"
        "\n"
        "5. Minister Al-Falih is expected to visit Seoul in the second half of the year.\n"
        "\n"
        "Contact: Political Section, +966-11-488-2211\n"
        "List\n"
    ),
    "t05_toi_knesset.txt": (
        "The Times of Israel\n"
        "Mossad chief briefs Knesset panel on hostage talks\n"
        "By Sam Sokol\n"
        "18 March 2024, 4:55 pm\n"
        "\n"
        "The Knesset Foreign Affairs and Defense Committee convened behind closed doors on "
        "Monday to hear from Mossad chief David Barnea on the state of the hostage "
        "negotiations, committee chairman Yuli Edelstein said.\n"
        "\n"
        "Barnea had met CIA Director William Burns, Egyptian intelligence chief Abbas Kamel "
        "and Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Doha on Friday, "
        "according to Channel 12.\n"
        "\n"
        "Edelstein later met with families of hostages in the Knesset cafeteria.\n"
        "\n"
        "Members of the committee met the proposal with skepticism, according to two "
        "lawmakers present.\n"
        "\n"
        "Opposition leader Yair Lapid is scheduled to meet Prime Minister Benjamin Netanyahu "
        "for a security briefing on Wednesday.\n"
        "\n"
        "The meeting point for Tuesday's protest by hostage families is the Knesset's Rose "
        "Garden.\n"
    ),
    "t06_aa_tour.txt": (
        "Anadolu Agency\n"
        "Erdogan completes Gulf tour with UAE visit\n"
        "Turkish president met Saudi, Qatari and Emirati leaders during 3-day tour\n"
        "Ahmet Gencturk | 20.07.2023 - Update : 20.07.2023\n"
        "\n"
        "ANKARA\n"
        "\n"
        "Turkish President Recep Tayyip Erdogan returned to Türkiye on Wednesday night after a "
        "three-day tour of the Gulf.\n"
        "\n"
        "On Monday, Erdogan was received by Saudi Crown Prince Mohammed bin Salman at "
        "Al-Salam Palace in Jeddah.\n"
        "\n"
        "The next day he flew to Doha, where he held talks with Qatar's Emir Sheikh Tamim bin "
        "Hamad Al Thani.\n"
        "\n"
        "Erdogan met UAE President Sheikh Mohamed bin Zayed Al Nahyan in Abu Dhabi on "
        "Wednesday, and the two leaders signed agreements worth $50.7 billion.\n"
        "\n"
        "Erdogan is expected to host Mohamed bin Zayed in Türkiye later this year.\n"
        "\n"
        "Anadolu Agency website contains only a portion of the news stories.\n"
    ),
    "t07_irna_muscat.txt": (
        "IRNA English\n"
        "Amir-Abdollahian, Omani FM confer in Muscat\n"
        "May 31, 2023, 9:15 AM\n"
        "News ID: 85126789\n"
        "\n"
        "Tehran, IRNA – Iranian Foreign Minister Hossein Amir Abdollahian met and conferred "
        "with his Omani counterpart Sayyid Badr bin Hamad Al Busaidi in Muscat on Tuesday "
        "evening.\n"
        "\n"
        "In the meeting, the two sides exchanged views on the latest regional and "
        "international developments and also the bilateral relations.\n"
        "\n"
        "The Iranian top diplomat, who arrived in Muscat on Tuesday at the head of a political "
        "delegation, also referred to the good-neighbourliness policy of the Islamic "
        "Republic.\n"
        "\n"
        "Amir Abdollahian had also a telephone conversation with Qatari Prime Minister and "
        "Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani on Monday.\n"
        "\n"
        "Amir Abdollahian met with Iranian nationals residing in Oman on Tuesday night.\n"
        "\n"
        "He will leave Muscat for Oslo to attend the Oslo Forum.\n"
    ),
    "t08_timesofoman.txt": (
        "Times of Oman\n"
        "Sayyid Badr receives Iranian Foreign Minister\n"
        "ONA\n"
        "Published: 31 May 2023 8:40 pm\n"
        "\n"
        "Muscat: Sayyid Badr bin Hamad Albusaidi, Foreign Minister, received at the Diwan of "
        "the Foreign Ministry on Wednesday Dr Hossein Amirabdollahian, Foreign Minister of the "
        "Islamic Republic of Iran, who is on an official visit to the Sultanate of Oman.\n"
        "\n"
        "The meeting dealt with bilateral relations and ways of enhancing them in all fields.\n"
        "\n"
        "His Majesty Sultan Haitham bin Tarik also received the Iranian minister at Al Alam "
        "Palace.\n"
        "\n"
        "Follow Times of Oman on WhatsApp\n"
    ),
    "t09_hurriyet_ankara.txt": (
        "Hürriyet Daily News\n"
        "Turkish, Iraqi defense ministers come together in Ankara\n"
        "ANKARA\n"
        "August 15 2024 11:20:00\n"
        "\n"
        "National Defense Minister Yaşar Güler came together with his Iraqi counterpart Thabet "
        "al-Abbasi in the capital Ankara on Aug. 14, the ministry said in a written "
        "statement.\n"
        "\n"
        "The two ministers discussed the fight against the PKK terrorist organization and the "
        "Development Road project.\n"
        "\n"
        "Güler and al-Abbasi had previously met in Baghdad in March, when a Turkish "
        "delegation led by Foreign Minister Hakan Fidan held security talks with Iraqi "
        "officials.\n"
        "\n"
        "Ankara's calls for a joint operations center were met with reservations by some "
        "Iraqi lawmakers.\n"
        "\n"
        "Güler is also expected to pay a visit to Erbil in the coming weeks.\n"
    ),
    "t10_kuna_kuwait.txt": (
        "KUNA\n"
        "Kuwait Amir receives Egyptian foreign minister\n"
        "Politics\n"
        "03/12/2024 13:42\n"
        "\n"
        "KUWAIT, Dec 3 (KUNA) -- His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber "
        "Al-Sabah received at Bayan Palace on Tuesday Egypt's Minister of Foreign Affairs Dr. "
        "Badr Abdelatty, who conveyed a written message from President Abdel Fattah Al-Sisi.\n"
        "\n"
        "Earlier on Tuesday, Abdelatty held talks with his Kuwaiti counterpart Abdullah "
        "Al-Yahya, during which the two ministers reviewed bilateral ties and the situation in "
        "Gaza and Lebanon.\n"
        "\n"
        "Abdelatty arrived in Kuwait on Monday on a two-day visit, the first stop of a Gulf "
        "tour that will also take him to Bahrain.\n"
        "\n"
        "Al-Sisi and His Highness the Amir had met in Cairo in June.\n"
        "\n"
        "(end) KUNA 031342 Dec 24\n"
    ),
    "t11_gulfnews_photos.txt": (
        "Gulf News\n"
        "UAE\n"
        "Photos: Mohammed bin Rashid meets Modi at World Governments Summit\n"
        "Published: February 14, 2024 18:21\n"
        "By WAM\n"
        "\n"
        "1 of 5\n"
        "Sheikh Mohammed bin Rashid receives Narendra Modi at Madinat Jumeirah on Tuesday. "
        "Image Credit: WAM\n"
        "2 of 5\n"
        "Modi and Sheikh Mohamed bin Zayed at Qasr Al Watan in Abu Dhabi. Image Credit: WAM\n"
        "\n"
        "Dubai: His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice President and Prime "
        "Minister of the UAE and Ruler of Dubai, met Indian Prime Minister Narendra Modi on "
        "the sidelines of the World Governments Summit in Dubai on Wednesday.\n"
        "\n"
        "Modi had been received by President His Highness Sheikh Mohamed bin Zayed Al Nahyan "
        "at Qasr Al Watan in Abu Dhabi on Tuesday, where the two leaders witnessed the "
        "exchange of agreements.\n"
        "\n"
        "Modi also inaugurated the BAPS Hindu temple in Abu Dhabi.\n"
        "\n"
        "Sheikh Mohammed bin Rashid receives Narendra Modi at Madinat Jumeirah on Tuesday. "
        "Image Credit: WAM\n"
    ),
    "t12_jordannews_met.txt": (
        "Jordan News\n"
        "Toukan's growth plan met with skepticism\n"
        "By Ahmad Al-Khatib\n"
        "Published: May 2, 2024\n"
        "\n"
        "AMMAN — Planning Minister Zeina Toukan's economic modernisation plan was met with "
        "skepticism by economists at a panel on Tuesday.\n"
        "\n"
        "The government says it has met the demands of the International Monetary Fund, which "
        "completed its second review in March.\n"
        "\n"
        "Toukan gave talks at universities in Irbid and Zarqa last week to defend the plan, "
        "and met with students at the University of Jordan on Wednesday.\n"
        "\n"
        "Critics say the plan has not met its targets for job creation.\n"
        "\n"
        "The meeting point for Friday's sit-in is the Kalouti mosque, organisers said.\n"
        "\n"
        "Toukan is expected to meet World Bank Vice President Ousmane Dione in Amman next "
        "week to discuss a new loan.\n"
    ),
    "t13_et_virtual_sco.txt": (
        "The Economic Times\n"
        "PM Modi hosts virtual SCO summit; Xi, Putin, Sharif attend\n"
        "PTI\n"
        "Last Updated: Jul 04, 2023, 03:45:00 PM IST\n"
        "\n"
        "New Delhi: Prime Minister Narendra Modi on Tuesday hosted the virtual summit of the "
        "Shanghai Cooperation Organisation via video conference, which was attended by "
        "Chinese President Xi Jinping, Russian President Vladimir Putin and Pakistan Prime "
        "Minister Shehbaz Sharif.\n"
        "\n"
        "Iran was formally admitted as a full member of the grouping at the summit.\n"
        "\n"
        "Modi had met Putin in person in Samarkand last September, on the sidelines of the "
        "previous SCO summit.\n"
        "\n"
        "External Affairs Minister S Jaishankar gave talks at two think tanks in Delhi this "
        "week.\n"
    ),
    "t14_xinhua_video.txt": (
        "Xinhua\n"
        "Xi holds talks with Putin via video link\n"
        "Source: Xinhua\n"
        "Editor: Liu\n"
        "2022-12-30 21:07:15\n"
        "\n"
        "BEIJING, Dec. 30 (Xinhua) -- Chinese President Xi Jinping held talks with Russian "
        "President Vladimir Putin via video link on Friday afternoon.\n"
        "\n"
        "Xi said China is willing to work with Russia to deepen strategic coordination.\n"
        "\n"
        "The two heads of state last met in person in Samarkand, Uzbekistan, in September on "
        "the sidelines of the SCO summit.\n"
        "\n"
        "Putin said he expected Xi to pay a state visit to Moscow next spring.\n"
        "\n"
        "Enditem\n"
    ),
}


ROUND5_ROWS = [
    # 'Published date: 15 September 2024 09:40 BST | Last update: ...' (Middle East Eye) dates
    # the page, so 'on 4 September' is 2024
    (("t01",), ("sisi", "erdogan"), date(2024, 9, 4), "ankara", "held", "in_person"),
    (("t01",), ("cavusoglu", "shoukry"), "month", "ankara", "held", "in_person"),
    (("t01",), ("erdogan", "sisi"), "month", "cairo", "held", "in_person"),
    (("t01",), ("fidan", "abdelatty"), "month", "cairo", "planned", "in_person"),
    (("t02",), ("saudi", "iran"), date(2021, 4, 9), "baghdad", "held", "in_person"),
    # the chronology line's "meet", which the parser tags as a noun right after a name, is the
    # verb (round 6, meeting_triggers.misparsed_meet), dated by the line's "March 10, 2023 —"
    (("t02",), ("shamkhani", "aiban"), date(2023, 3, 10), "beijing", "held", "in_person"),
    (("t02",), ("faisal", "abdollahian"), date(2023, 4, 6), "beijing", "held", "in_person"),
    (("t02",), ("faisal", "*"), date(2023, 6, 17), "tehran", "planned", "in_person"),
    (("t03",), ("sudani", "biden"), date(2024, 4, 15), "white house", "planned", "in_person"),
    (("t03",), ("sudani", "blinken"), "*", "*", "planned", "in_person"),
    (("t03",), ("sudani", "austin"), "*", "*", "planned", "in_person"),
    (("t03",), ("biden", "sudani"), "month", "new york", "held", "in_person"),
    (("t03",), ("abdollahian", "sudani"), "month", "baghdad", "held", "in_person"),
    (("t04",), ("choi", "falih"), date(2024, 5, 28), "riyadh", "held", "in_person"),
    (("t04",), ("choi", "qasabi"), date(2024, 5, 29), "*", "held", "in_person"),
    (("t04",), ("falih", "*"), None, "seoul", "planned", "in_person"),
    (("t05",), ("barnea", "burns"), date(2024, 3, 15), "doha", "held", "in_person"),
    (("t05",), ("barnea", "kamel"), date(2024, 3, 15), "doha", "held", "in_person"),
    (("t05",), ("barnea", "abdulrahman"), date(2024, 3, 15), "doha", "held", "in_person"),
    (("t05",), ("lapid", "netanyahu"), date(2024, 3, 20), "*", "planned", "in_person"),
    (("t06",), ("erdogan", "mohammed bin salman"), date(2023, 7, 17), "jeddah", "held",
     "in_person"),
    (("t06",), ("erdogan", "tamim"), date(2023, 7, 18), "doha", "held", "in_person"),
    (("t06",), ("erdogan", "mohamed bin zayed"), date(2023, 7, 19), "abu dhabi", "held",
     "in_person"),
    (("t06",), ("erdogan", "mohamed bin zayed"), "*", "*", "planned", "in_person"),
    # one meeting told by both sides: 'Sayyid' is an honorific and 'Albusaidi' in a bin name is
    # 'Al Busaidi', and the Times of Oman lede's 'X, Foreign Minister, received at the Diwan ...
    # on Wednesday Dr Y' is a reception by X (IRNA's Tuesday wins; the disagreement is kept)
    (("t07", "t08"), ("abdollahian", "busaidi"), date(2023, 5, 30), "muscat", "held",
     "in_person"),
    (("t07",), ("abdollahian", "abdulrahman"), date(2023, 5, 29), None, "held", "phone"),
    (("t08",), ("haitham", "abdollahian"), "*", "muscat", "held", "in_person"),
    (("t09",), ("guler", "abbasi"), date(2024, 8, 14), "ankara", "held", "in_person"),
    (("t09",), ("guler", "abbasi"), "month", "baghdad", "held", "in_person"),
    (("t09",), ("fidan", "iraq"), "month", "baghdad", "held", "in_person"),
    (("t09",), ("guler", "*"), "*", "erbil", "planned", "in_person"),
    (("t10",), ("mishal", "abdelatty"), date(2024, 12, 3), "kuwait", "held", "in_person"),
    (("t10",), ("abdelatty", "yahya"), date(2024, 12, 3), "*", "held", "in_person"),
    (("t10",), ("sisi", "mishal"), "month", "cairo", "held", "in_person"),
    (("t11",), ("mohammed bin rashid", "modi"), date(2024, 2, 14), "dubai", "held",
     "in_person"),
    (("t11",), ("mohamed bin zayed", "modi"), date(2024, 2, 13), "abu dhabi", "held",
     "in_person"),
    (("t12",), ("toukan", "dione"), "week", "amman", "planned", "in_person"),
    (("t13",), ("modi", "xi", "putin", "sharif"), date(2023, 7, 4), None, "held", "video"),
    (("t13",), ("modi", "putin"), "month", "samarkand", "held", "in_person"),
    (("t14",), ("xi", "putin"), date(2022, 12, 30), None, "held", "video"),
    (("t14",), ("xi", "putin"), "month", "samarkand", "held", "in_person"),
    (("t14",), ("xi", "*"), None, "moscow", "planned", "in_person"),
]


@pytest.fixture(scope="module")
def round5_meetings(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    root = tmp_path_factory.mktemp("meetings_round5")
    return dict_rows(build_from(root, write_texts(root / "input", ROUND5)), SEED_LIKE_SQL)


@pytest.mark.parametrize(("articles", "keys", "day", "place", "status", "mode"), ROUND5_ROWS)
def test_round5_articles_give_the_annotated_rows(
    round5_meetings: list[dict[str, Any]],
    articles: tuple[str, ...],
    keys: tuple[str, ...],
    day: date | str | None,
    place: str | None,
    status: str,
    mode: str,
) -> None:
    _check_row(round5_meetings, articles, keys, day, place, status, mode)


def test_round5_non_meetings_give_no_row(round5_meetings: list[dict[str, Any]]) -> None:
    # no row beyond the annotated ones (the t08 rows of the once split Busaidi entity included)
    assert len(round5_meetings) <= len(ROUND5_ROWS), [m["names"] for m in round5_meetings]
    # the committee convening alone, "met with skepticism / the demands / its targets", "the
    # meeting point", "gave talks at universities", the families and students met, the question
    # lines of the explainer, the Oslo Forum, the reception with nobody named
    for pair in (
        ("Committee",),
        ("Knesset",),
        ("International Monetary Fund",),
        ("Kalouti",),
        ("University",),
        ("Jaishankar",),
        ("Blinken", "Austin"),
        ("Oslo",),
        ("Edelstein",),
    ):
        assert not [m for m in round5_meetings if _has(m["names"], *pair)], pair
    [toukan] = [m for m in round5_meetings if _has(m["names"], "Toukan")]
    assert toukan["status"] == "planned"
