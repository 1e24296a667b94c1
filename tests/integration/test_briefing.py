"""The briefing page: built by the pipeline from the published analysis models, rendered by a real
headless Chromium (Debian's `chromium`), which must find every part of the page in the DOM."""

import re
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.integration

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def briefing(seeds_build: dict) -> dict:
    return {"success": seeds_build["success"], "page": seeds_build["briefing"],
            "warehouse": seeds_build["published"], "root": seeds_build["root"]}


def analysis_count(warehouse: Path, sql: str) -> int:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_page_written_next_to_the_warehouse(briefing: dict) -> None:
    assert briefing["success"]
    page: Path = briefing["page"]
    assert page == briefing["warehouse"].parent / "briefing.html"
    text = page.read_text(encoding="utf-8")
    # self-contained: nothing is fetched from anywhere
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert "<script" not in text


def test_chromium_renders_every_part(briefing: dict) -> None:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run does it)")
    profile = briefing["root"] / "chromium-profile"
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync",
         f"--user-data-dir={profile}", "--dump-dom", briefing["page"].as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    for part in ("summary", "timeline", "network", "people", "places", "speakers", "coverage",
                 "disagreements", "stories"):
        assert f'id="{part}"' in dom, part
    warehouse = briefing["warehouse"]

    # timeline: one dot per dated meeting
    dated = analysis_count(warehouse, "select count(*) from analysis.meeting_timeline "
                                      "where meeting_date is not null")
    timeline = re.search(r'<svg id="timeline-chart".*?</svg>', dom, re.S)
    assert timeline and timeline.group(0).count('class="meeting"') == dated

    # network: one line per pair that met (the seeds have fewer pairs than the display cap)
    pairs = analysis_count(warehouse, "select count(*) from analysis.who_met_whom")
    network = re.search(r'<svg id="network-chart".*?</svg>', dom, re.S)
    assert pairs > 0 and network and network.group(0).count('class="edge"') == pairs

    # top speakers, most quoted first
    top = analysis_count(warehouse, "select count(*) from analysis.top_speakers")
    speakers = re.search(r'<table id="speakers-table".*?</table>', dom, re.S).group(0)
    assert speakers.count("<tr>") - 1 == min(top, 10) > 0
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        first, first_tone = con.execute("select speaker_name, average_quote_tone "
                                        "from analysis.top_speakers "
                                        "where speaker_rank = 1").fetchone()
        outlets = [r[0] for r in con.execute(
            "select distinct source_name from analysis.outlet_coverage").fetchall()]
    finally:
        con.close()
    assert first in speakers.split("</tr>")[1]
    # with the mean tone of their quotes (analysis.quote_tone), signed
    assert first_tone is not None and f"<td>{first_tone:+.1f}</td>" in speakers.split("</tr>")[1]

    # who is in the news: people by coverage, the most covered first, with their spellings
    people = re.search(r'<table id="people-table".*?</table>', dom, re.S).group(0)
    persons = analysis_count(warehouse, "select count(*) from analysis.entity_profiles "
                                        "where entity_type = 'PERSON'")
    assert people.count("<tr>") - 1 == min(persons, 15) > 0
    assert "Baqeri" in people and "Çavuşoğlu" in people
    bagheri = next(row for row in people.split("</tr>") if "Mohammad Bagheri" in row)
    assert "<td>Iran</td>" in bagheri

    # meetings between countries: the seeds' Iran-Turkey meetings in one row
    countries = re.search(r'<table id="countries-table".*?</table>', dom, re.S).group(0)
    pairs = analysis_count(warehouse, "select count(*) from analysis.country_meetings")
    assert countries.count("<tr>") - 1 == min(pairs, 20) > 0
    assert "Iran – Turkey" in countries

    # where the news happened: the seeds' meetings in Ankara first, with its coordinates
    places = re.search(r'<table id="places-table".*?</table>', dom, re.S).group(0)
    found = analysis_count(warehouse, "select count(distinct gazetteer_id) "
                                      "from analysis.place_geocodes")
    assert places.count("<tr>") - 1 == min(found, 20) > 0
    first_place = places.split("</tr>")[1]
    assert "Ankara, Turkey" in first_place and "39.920, 32.854" in first_place

    # coverage: one row per reported meeting, one column per outlet
    coverage = re.search(r'<table id="coverage-table".*?</table>', dom, re.S).group(0)
    reported = analysis_count(warehouse,
                              "select count(distinct meeting_id) from analysis.outlet_coverage")
    assert coverage.count("<tr>") - 1 == reported > 0
    header = coverage.split("</thead>")[0]
    assert outlets and all(outlet in header for outlet in outlets)
