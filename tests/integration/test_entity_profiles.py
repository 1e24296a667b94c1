"""analysis.entity_profiles and `news-warehouse profile NAME`, read back against the public tables
they summarise (seeds build)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from orchestration import settings
from orchestration.lib.profiles import find_entities, profile, render_profile

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def published(seeds_build: dict) -> Path:
    assert seeds_build["success"]
    return Path(seeds_build["published"])


@pytest.fixture(scope="module")
def con(published: Path) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(str(published), read_only=True)
    yield connection
    connection.close()


def test_one_profile_per_entity(con: duckdb.DuckDBPyConnection) -> None:
    profiles, entities = con.execute(
        "select (select count(*) from analysis.entity_profiles), "
        "(select count(*) from marts.entities)").fetchone()
    assert profiles == entities > 0
    ranks = con.execute(
        "select count(distinct prominence_rank), min(prominence_rank), max(prominence_rank) "
        "from analysis.entity_profiles").fetchone()
    assert ranks == (profiles, 1, profiles)


def test_profile_counts_agree_with_the_public_tables(con: duckdb.DuckDBPyConnection) -> None:
    mismatches = con.execute("""
        with held as (
            select p.entity_id, count(distinct p.meeting_id) as n
            from marts.meeting_participants p join marts.meetings m using (meeting_id)
            where m.status = 'held' and m.mode = 'in_person' group by p.entity_id
        ),
        said as (
            select speaker_entity_id as entity_id, count(*) as n from marts.quotes
            where speaker_entity_id is not null group by speaker_entity_id
        ),
        outlets as (
            select m.entity_id, count(distinct a.source_id) as n
            from marts.mentions m join marts.articles a using (article_id) group by m.entity_id
        )
        select count(*) from analysis.entity_profiles p
        left join held on p.entity_id = held.entity_id
        left join said on p.entity_id = said.entity_id
        left join outlets on p.entity_id = outlets.entity_id
        where p.held_meeting_count != coalesce(held.n, 0)
            or p.quote_count != coalesce(said.n, 0)
            or p.outlet_count != coalesce(outlets.n, 0)
            or p.story_count > p.article_count
            or p.direct_quote_count > p.quote_count
    """).fetchone()[0]
    assert mismatches == 0
    # somebody met somebody and somebody was quoted: the comparison above is not vacuous
    assert con.execute(
        "select max(held_meeting_count), max(quote_count) from analysis.entity_profiles"
    ).fetchone() >= (1, 1)


def test_the_general_spelled_five_ways_has_one_profile(con: duckdb.DuckDBPyConnection) -> None:
    aliases, held, counterparts = con.execute(
        "select aliases, held_meeting_count, top_counterparts from analysis.entity_profiles "
        "where aliases ilike '%Baqeri%'").fetchone()
    assert {"Bagheri", "Baqeri", "Mohammad Baqeri", "Mohammed Baqeri",
            "Mohammad Hossein Bagheri"} <= set(aliases.split(" | "))
    assert held >= 3
    assert "Akar" in counterparts


def test_lookup_folds_case_and_accents_and_prefers_exact_spellings(
    con: duckdb.DuckDBPyConnection,
) -> None:
    [best, *_] = find_entities(con, "ERDOGAN")
    assert "erdo" in best.canonical_name.lower()
    accented, plain = find_entities(con, "çavuşoğlu")[0], find_entities(con, "cavusoglu")[0]
    assert accented.entity_id == plain.entity_id
    # "Turkey" is an exact alias of the country; the armed forces only contain the word
    [country, *others] = find_entities(con, "turkey")
    assert country.entity_type == "GPE" and country.match_rank == 0
    assert all(match.match_rank > 0 for match in others)
    assert find_entities(con, "no such name anywhere") == []
    assert find_entities(con, "  ") == []


def test_profile_text_lists_meetings_and_quotes(published: Path) -> None:
    def meeting_lines(limit: int) -> list[str]:
        text, matches = profile(published, "Baqeri", limit=limit)
        assert matches and "Quotes" in text
        return text.split("Meetings and contacts")[1].split("Quotes")[0].strip().splitlines()[1:]

    assert len(meeting_lines(2)) == 2
    # the first line gives the country and the actor type ("Iran's military chief")
    first_line = profile(published, "Baqeri")[0].splitlines()[0]
    assert first_line.startswith("Mohammad Bagheri  (PERSON, Iran, military, entity ")
    # the Ankara talks with Akar, reported by several seed articles, are listed once
    assert sum("Akar" in line and "in Ankara" in line for line in meeting_lines(10)) == 1
    # quotes carry their tone (analysis.quote_tone), and the summary the speaker's mean
    text = profile(published, "Baqeri", limit=50)[0]
    quote_lines = text.split("Quotes (latest first)\n")[1].splitlines()
    assert quote_lines and any(re.search(r"\[tone [+-]\d+\.\d\]$", line) for line in quote_lines)
    assert re.search(r"^  quotes: \d+ \(\d+ direct\), mean tone [+-]\d+\.\d$", text, re.M)


def test_a_place_profile_shows_it_on_the_map_and_the_meetings_held_there(
        con: duckdb.DuckDBPyConnection) -> None:
    [(ankara,)] = con.execute("select entity_id from marts.entities "
                              "where canonical_name = 'Ankara'").fetchall()
    held = con.execute("select count(*) from marts.meetings where place_entity_id = ?",
                       [ankara]).fetchone()[0]
    text = render_profile(con, ankara)
    assert "  on the map: Ankara, Turkey (39.9199, 32.8543) in " in text
    section = text.split("Meetings held here (latest first)\n")[1].split("\n\n")[0]
    lines = section.splitlines()
    assert held > 0 and len(lines) == held, section
    assert any("Hulusi Akar" in line and "Mohammad Bagheri" in line for line in lines)


def test_cli_profile_prints_the_entity_or_says_nothing_matched(published: Path) -> None:
    env = {**os.environ, "NEWS_WAREHOUSE": str(published)}
    found = subprocess.run(
        [sys.executable, "-m", "orchestration.cli", "profile", "Cavusoglu"],
        cwd=settings.PROJECT_ROOT, capture_output=True, text=True, env=env,
    )
    assert found.returncode == 0, found.stderr
    assert "also written:" in found.stdout and "Çavuşoğlu" in found.stdout
    missing = subprocess.run(
        [sys.executable, "-m", "orchestration.cli", "profile", "Nobody Atall"],
        cwd=settings.PROJECT_ROOT, capture_output=True, text=True, env=env,
    )
    assert missing.returncode == 1
    assert "no entity" in missing.stderr
