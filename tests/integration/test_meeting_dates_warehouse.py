"""Meeting dates through the whole pipeline (real spaCy, Dagster, dbt, DuckDB), one small build.

Short articles written here, each with a date expression the NER tends to miss or the resolver
used to get wrong: "two days ago", "14/8/2017", "1/8/2017", "27-28 December", "three weeks
ago", "next month", "in September", "next week", a Persian calendar date, and an article with
no publication date. Each row of ``marts.meetings`` is checked for ``meeting_date``,
``date_precision`` and ``date_rule``, and its report for the date text kept as evidence.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import build_from, dict_rows, fold, write_texts

ARTICLES = {
    "a1_gulf.txt": (
        "Gulf Daily Mirror\n"
        "UAE and Jordanian ministers meet in Abu Dhabi\n"
        "August 17, 2017\n"
        "\n"
        "DUBAI: UAE Foreign Minister Sheikh Abdullah bin Zayed met Jordanian Foreign Minister "
        "Ayman Safadi in Abu Dhabi two days ago, the state news agency said.\n"
        "\n"
        "Safadi had met Kuwaiti Foreign Minister Sheikh Sabah Khalid Al Sabah in Kuwait City on "
        "14/8/2017.\n"
        "\n"
        "Iraqi Prime Minister Haider al-Abadi will visit Riyadh next month, where he is expected "
        "to meet King Salman.\n"
    ),
    "a2_wire.txt": (
        "Anatolia Wire Digest\n"
        "Cavusoglu reviews a busy fortnight\n"
        "January 3, 2023\n"
        "\n"
        "ANKARA - Turkish Foreign Minister Mevlut Cavusoglu met Russian Foreign Minister Sergei "
        "Lavrov in Moscow on Dec. 29, officials said.\n"
        "\n"
        "Iranian Foreign Minister Hossein Amir-Abdollahian held talks with Syrian President "
        "Bashar al-Assad in Damascus three weeks ago.\n"
        "\n"
        "Egyptian President Abdel Fattah al-Sisi and Jordan's King Abdullah II held talks in "
        "Cairo on 27-28 December.\n"
    ),
    "a3_iran.txt": (
        "Tehran Evening Review\n"
        "Rouhani receives Maliki\n"
        "August 17, 2017\n"
        "\n"
        "TEHRAN - Iranian President Hassan Rouhani received Iraqi Vice President Nouri al-Maliki "
        "in Tehran on 23 Mordad.\n"
        "\n"
        "Iranian Foreign Minister Mohammad Javad Zarif met Omani Foreign Minister Yusuf bin "
        "Alawi in Muscat on Tuesday.\n"
    ),
    "a4_beirut.txt": (
        "Beirut Daily Observer\n"
        "Hariri in Paris\n"
        "August 17, 2017\n"
        "\n"
        "BEIRUT: Lebanese Prime Minister Saad Hariri met French President Emmanuel Macron in "
        "Paris on 1/8/2017, his office said.\n"
        "\n"
        "Hariri is scheduled to meet Russian President Vladimir Putin in Sochi in September.\n"
        "\n"
        "Lebanese Foreign Minister Gebran Bassil will meet Egyptian Foreign Minister Sameh "
        "Shoukry in Cairo next week.\n"
    ),
    "a5_undated.txt": (
        "Muscat Notes\n"
        "Albusaidi hosts Iranian minister\n"
        "\n"
        "MUSCAT: Omani Foreign Minister Badr Albusaidi met Iranian Foreign Minister Hossein "
        "Amir-Abdollahian in Muscat on Tuesday.\n"
    ),
}

# (article, two participant keys, meeting_date, date_precision, date_rule, date text)
ROWS = [
    ("a1", ("abdullah bin zayed", "safadi"), date(2017, 8, 15), "day", "reported", "two days ago"),
    ("a1", ("safadi", "al sabah"), date(2017, 8, 14), "day", "reported", "on 14/8/2017"),
    ("a1", ("abadi", "salman"), None, "month", "unknown", "next month"),
    ("a2", ("cavusoglu", "lavrov"), date(2022, 12, 29), "day", "reported", "on Dec. 29"),
    ("a2", ("abdollahian", "assad"), None, "week", "unknown", "three weeks ago"),
    ("a2", ("sisi", "abdullah ii"), date(2022, 12, 27), "day", "reported", "on 27-28 December"),
    ("a3", ("rouhani", "maliki"), None, "unknown", "unknown", "on 23 Mordad"),
    ("a3", ("zarif", "alawi"), date(2017, 8, 15), "day", "reported", "on Tuesday"),
    ("a4", ("hariri", "macron"), date(2017, 8, 1), "day", "reported", "on 1/8/2017"),
    ("a4", ("hariri", "putin"), None, "month", "unknown", "in September"),
    ("a4", ("bassil", "shoukry"), None, "week", "unknown", "next week"),
    ("a5", ("albusaidi", "abdollahian"), None, "unknown", "unknown", "on Tuesday"),
]

SQL = """
    select
        meetings.meeting_id,
        meetings.meeting_date,
        meetings.date_precision,
        meetings.date_rule,
        list(distinct participants.participant_name) as names,
        list(distinct left(articles.input_name, 2)) as articles,
        list(distinct reports.date_text) as date_texts
    from marts.meetings as meetings
    inner join marts.meeting_participants as participants
        on meetings.meeting_id = participants.meeting_id
    inner join marts.meeting_reports as reports on meetings.meeting_id = reports.meeting_id
    inner join marts.articles as articles on reports.article_id = articles.article_id
    group by all
"""


@pytest.fixture(scope="module")
def meetings(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    root = tmp_path_factory.mktemp("meeting_dates")
    return dict_rows(build_from(root, write_texts(root / "input", ARTICLES)), SQL)




@pytest.mark.parametrize(("article", "keys", "day", "precision", "rule", "text"), ROWS)
def test_meeting_date_in_the_warehouse(
    meetings: list[dict[str, Any]],
    article: str,
    keys: tuple[str, str],
    day: date | None,
    precision: str,
    rule: str,
    text: str,
) -> None:
    [row] = [
        m
        for m in meetings
        if article in m["articles"] and all(any(k in fold(n) for n in m["names"]) for k in keys)
    ]
    assert (row["meeting_date"], row["date_precision"], row["date_rule"]) == (day, precision, rule)
    assert row["date_texts"] == [text]  # the expression is kept as evidence, resolved or not
