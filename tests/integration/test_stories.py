"""Copies of one story (syndicated wire copy, a shortened reprint) are found and grouped, through
the real pipeline: fingerprints in the NLP step, pairs and stories in dbt, `analysis.stories`."""

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SEEDS, Env, run_job

SEED_000 = "000_1d4aa6347adcf02c.txt"  # Ynetnews, published 2017-08-17
SEED_002 = "002_3ae164b57b12bae3.txt"  # Arab News, undated


def _wire_copy() -> dict[str, str]:
    """Seed 000 as another outlet runs it: its own furniture, a reworded line, a day later."""
    text = (SEEDS / SEED_000).read_text()
    text = text.replace("officials said", "officials told reporters")
    return {"id": "gulf-wire-1", "source": "Gulf Wire", "published_at": "2017-08-18",
            "title": "Iran's top general in Ankara for talks",
            "text": "Home | World | Middle East\nShare on Facebook | Tweet\n" + text
            + "\nCopyright Gulf Wire. All rights reserved.\n"}


def _shortened_copy() -> dict[str, str]:
    """The first two thirds of seed 002, as a shorter reprint."""
    lines = (SEEDS / SEED_002).read_text().splitlines()
    return {"id": "short-1", "source": "Levant Daily", "published_at": "2017-08-19",
            "title": "Iran, Turkey to boost military ties",
            "text": "\n".join(lines[: len(lines) * 2 // 3]) + "\n"}


def _late_copy() -> dict[str, str]:
    copy = _wire_copy()
    return {**copy, "id": "late-1", "source": "Evening Post", "published_at": "2017-08-20",
            "text": copy["text"].replace("Gulf Wire", "Evening Post")}


def _weeks_later() -> dict[str, str]:
    """The same words two months on: a recurring template, not a copy (dates too far apart)."""
    copy = _wire_copy()
    return {**copy, "id": "weeks-later-1", "source": "Monthly Review", "published_at": "2017-10-20",
            "text": copy["text"].replace("Gulf Wire", "Monthly Review")}


def _write_jsonl(path: Path, rows: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def _rows(warehouse: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


ARTICLES_SQL = """
select coalesce(nullif(split_part(input_name, '#', 2), ''), input_name), article_id, story_id,
    copy_of_article_id, story_article_count
from marts.articles
"""


def _articles(warehouse: Path) -> dict[str, tuple]:
    return {row[0]: row[1:] for row in _rows(warehouse, ARTICLES_SQL)}


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, tuple]]:
    """Seeds + two copies + a far-apart look-alike, then a run that adds a third copy
    (incremental)."""
    root = tmp_path_factory.mktemp("stories")
    inputs = root / "input"
    shutil.copytree(SEEDS, inputs)
    _write_jsonl(inputs / "copies.jsonl", [_wire_copy(), _shortened_copy(), _weeks_later()])
    mp = pytest.MonkeyPatch()
    try:
        warehouse = Env(mp, root).use(inputs)
        assert run_job("build_warehouse").success
        first = _articles(warehouse)
        briefing = warehouse.with_name("briefing.html").read_text(encoding="utf-8")
        counts = _rows(warehouse, "select report_count, story_count from marts.meetings")
        stories = _rows(warehouse, "select first_article_id, article_count, outlet_count, "
                                   "min_containment from analysis.stories order by 2 desc")
        _write_jsonl(inputs / "late.jsonl", [_late_copy()])
        assert run_job("build_warehouse").success
        second = _articles(warehouse)
    finally:
        mp.undo()
    return {"first": first, "second": second, "stories": {"rows": stories},
            "briefing": briefing, "meeting_counts": counts}


def test_a_syndicated_copy_joins_the_first_report(builds: dict) -> None:
    articles = builds["first"]
    original, copy = articles[SEED_000], articles["gulf-wire-1"]
    assert copy[1] == original[1]  # same story_id
    assert copy[2] == original[0]  # the copy points at the earlier report
    assert original[2] is None
    assert original[3] == copy[3] == 2


def test_a_shortened_reprint_is_the_same_story(builds: dict) -> None:
    articles = builds["first"]
    assert articles["short-1"][1] == articles[SEED_002][1]
    assert articles[SEED_002][3] == 2


def test_other_articles_are_stories_of_their_own(builds: dict) -> None:
    articles = builds["first"]
    singles = [name for name in articles if name not in (SEED_000, "gulf-wire-1", SEED_002,
                                                         "short-1")]
    assert len(singles) == 4  # seeds 001, 003, 004 and the same words two months later
    assert all(articles[name][2] is None and articles[name][3] == 1 for name in singles)
    assert len({articles[name][1] for name in articles}) == 6


def test_analysis_stories_lists_each_multi_article_story(builds: dict) -> None:
    rows = builds["stories"]["rows"]
    assert [row[1:3] for row in rows] == [(2, 2), (2, 2)]
    assert all(0.8 <= row[3] <= 1.0 for row in rows)


def test_a_later_copy_joins_incrementally_and_ids_stay(builds: dict) -> None:
    first, second = builds["first"], builds["second"]
    assert set(second) == set(first) | {"late-1"}
    assert second["late-1"][1] == first[SEED_000][1]
    assert second["late-1"][2] == first[SEED_000][0]
    assert second[SEED_000][3] == 3
    for name, row in first.items():
        assert second[name][:3] == row[:3], name  # same article, story and first report


def test_briefing_lists_the_stories(builds: dict) -> None:
    assert 'id="stories-table" data-rows="2"' in builds["briefing"]
    assert "Gulf Wire" in builds["briefing"]


def test_copies_of_one_story_are_one_independent_report_of_a_meeting(builds: dict) -> None:
    counts = builds["meeting_counts"]
    assert all(1 <= stories <= reports for reports, stories in counts)
    # seed 000 and its wire copy report the same meetings: two articles, one story
    assert any(stories < reports for reports, stories in counts), counts
