"""The briefing page: one self-contained HTML file built from the published analysis models.

Pure generator: `load_briefing()` reads the analysis tables of a published warehouse (read-only),
`render_briefing()` turns them into HTML (inline SVG charts and CSS, no script, no external asset,
nothing fetched), `write_briefing()` writes it atomically so a browser never loads half a file.
"""

import html
import math
import os
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

TOP_SPEAKERS = 10
TOP_STORIES = 20
TOP_PEOPLE = 15
TOP_LATEST = 30
MAX_NETWORK_NODES = 40
TOP_COUNTRY_PAIRS = 20
TOP_PLACES = 20

PLACES_SQL = f"""
select
    geocodes.full_name,
    any_value(geocodes.feature_kind) as feature_kind,
    any_value(geocodes.country) as country,
    count(distinct geocodes.article_id) as article_count,
    coalesce(any_value(meetings.meeting_count), 0) as meeting_count,
    any_value(geocodes.latitude) as latitude,
    any_value(geocodes.longitude) as longitude
from analysis.place_geocodes as geocodes
left join (
    select gazetteer_id, count(*) as meeting_count
    from analysis.meeting_geocodes group by gazetteer_id
) as meetings on geocodes.gazetteer_id = meetings.gazetteer_id
where geocodes.gazetteer_id is not null
group by geocodes.gazetteer_id, geocodes.full_name
order by meeting_count desc, article_count desc, geocodes.full_name
limit {TOP_PLACES}
"""

STATUS_COLOURS = {"held": "#1f77b4", "planned": "#ff7f0e"}


@dataclass
class Briefing:
    """Everything the page shows, as plain rows (lists of dicts)."""

    built_at: str
    counts: dict[str, int]
    timeline: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    speakers: list[dict[str, Any]] = field(default_factory=list)
    coverage: list[dict[str, Any]] = field(default_factory=list)
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    stories: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    latest: list[dict[str, Any]] = field(default_factory=list)  # meetings the newest load touched
    countries: list[dict[str, Any]] = field(default_factory=list)  # meetings between countries
    places: list[dict[str, Any]] = field(default_factory=list)  # geocoded places in the news
    load_count: int = 1
    new_entities: int = 0


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def load_briefing(warehouse_file: Path) -> Briefing:
    """Read the analysis models of a published warehouse (read-only: never blocks anyone)."""
    con = duckdb.connect(str(warehouse_file), read_only=True)
    try:
        counts = {
            table: con.execute(f"select count(*) from {table}").fetchone()[0]
            for table in ("marts.articles", "marts.sources", "marts.entities", "marts.meetings",
                          "marts.quotes")
        }
        built_at = con.execute("select max(finished_at) from raw.load_runs").fetchone()[0]
        load_count, new_entities = con.execute(
            "select count(distinct load_started_at), count(*) filter (where change_kind = "
            "'new_entity' and load_started_at = (select max(load_started_at) from "
            "analysis.load_changes)) from analysis.load_changes").fetchone()
        return Briefing(
            built_at=str(built_at or "unknown"),
            counts=counts,
            timeline=_rows(con, "select * from analysis.meeting_timeline "
                                "order by meeting_date nulls last, participants"),
            edges=_rows(con, "select * from analysis.who_met_whom "
                             "order by meeting_count desc, participant_a, participant_b"),
            speakers=_rows(con, f"select * from analysis.top_speakers "
                                f"order by speaker_rank limit {TOP_SPEAKERS}"),
            coverage=_rows(con, "select * from analysis.outlet_coverage "
                                "order by meeting_date nulls last, meeting_id, source_name"),
            disagreements=_rows(con, "select * from analysis.meeting_report_disagreements "
                                     "order by meeting_id, article_id"),
            stories=_rows(con, f"select * from analysis.stories order by article_count desc, "
                               f"first_published_date nulls last, story_id limit {TOP_STORIES}"),
            people=_rows(con, f"select * from analysis.entity_profiles "
                              f"where entity_type = 'PERSON' "
                              f"order by prominence_rank limit {TOP_PEOPLE}"),
            latest=_rows(con, f"select * from analysis.load_changes where item_kind = 'meeting' "
                              f"and load_started_at = (select max(load_started_at) from "
                              f"analysis.load_changes) order by change_kind, articles_in_load "
                              f"desc, description limit {TOP_LATEST}"),
            countries=_rows(con, f"select * from analysis.country_meetings order by "
                                 f"encounter_count desc, report_count desc, country_a, country_b "
                                 f"limit {TOP_COUNTRY_PAIRS}"),
            places=_rows(con, PLACES_SQL),
            load_count=load_count,
            new_entities=new_entities,
        )
    finally:
        con.close()


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _tone(value: float | None) -> str:
    """A mean tone as the briefing shows it: signed, one decimal ("+2.4", "-0.7")."""
    return "" if value is None else f"{value:+.1f}"


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def timeline_svg(meetings: list[dict[str, Any]], width: int = 900) -> str:
    """Dated meetings as dots on a time axis, one lane per status (undated ones listed apart)."""
    dated = [m for m in meetings if _as_date(m["meeting_date"])]
    lanes = ["held", "planned"]
    lane_height, top, left, right = 110, 30, 80, 30
    height = top + lane_height * len(lanes) + 40
    parts = [f'<svg id="timeline-chart" xmlns="http://www.w3.org/2000/svg" role="img" '
             f'viewBox="0 0 {width} {height}" width="100%" data-meetings="{len(dated)}">',
             "<title>Meetings over time</title>"]
    for index, lane in enumerate(lanes):
        y = top + lane_height * index + lane_height / 2
        parts.append(f'<text x="4" y="{y + 4:.0f}" class="lane">{lane}</text>')
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.0f}" y2="{y:.0f}" '
                     'stroke="#ccc"/>')
    if dated:
        days = [_as_date(m["meeting_date"]).toordinal() for m in dated]
        first, last = min(days), max(days)
        span = max(last - first, 1)
        axis_y = top + lane_height * len(lanes) + 10
        for ordinal in sorted({first, last}):
            x = left + (ordinal - first) / span * (width - left - right)
            label = date.fromordinal(ordinal).isoformat()
            parts.append(f'<text x="{x:.0f}" y="{axis_y + 14}" text-anchor="middle" '
                         f'class="axis">{label}</text>')
        # Labels of nearby meetings are stacked on levels so they never overprint each other.
        label_ends: dict[tuple[int, int], float] = {}
        for meeting, ordinal in sorted(zip(dated, days, strict=True), key=lambda pair: pair[1]):
            lane = lanes.index(meeting["status"]) if meeting["status"] in lanes else 0
            x = left + (ordinal - first) / span * (width - left - right)
            y = top + lane_height * lane + lane_height / 2
            radius = 5 + 2 * min(int(meeting["report_count"] or 1), 6)
            colour = STATUS_COLOURS.get(meeting["status"], "#777")
            label = f'{meeting["meeting_date"]}: {meeting["participants"]}'
            if meeting["place_name"]:
                label += f' in {meeting["place_name"]}'
            parts.append(
                f'<circle class="meeting" cx="{x:.1f}" cy="{y:.1f}" r="{radius}" '
                f'fill="{colour}" fill-opacity="0.7" data-meeting-id="{_e(meeting["meeting_id"])}">'
                f"<title>{_e(label)}</title></circle>")
            if len(dated) <= 30:
                text = str(meeting["participants"])
                text_width = 6.5 * len(text)
                anchor = "end" if x + text_width > width - right else "start"
                start = x - text_width if anchor == "end" else x
                level = 0
                while label_ends.get((lane, level), -1e9) > start - 8 and level < 3:
                    level += 1
                label_ends[(lane, level)] = start + text_width
                parts.append(f'<text x="{x:.1f}" y="{y - radius - 4 - 14 * level:.1f}" '
                             f'text-anchor="{anchor}" font-size="12">{_e(text)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def network_svg(edges: list[dict[str, Any]], size: int = 560) -> str:
    """Who met whom: entities on a circle, one line per pair, thicker for more meetings."""
    degree: dict[str, int] = {}
    names: dict[str, str] = {}
    for edge in edges:
        for side in ("a", "b"):
            entity = edge[f"entity_id_{side}"]
            degree[entity] = degree.get(entity, 0) + int(edge["meeting_count"])
            names[entity] = edge[f"participant_{side}"]
    nodes = sorted(degree, key=lambda e: (-degree[e], names[e]))[:MAX_NETWORK_NODES]
    nodes.sort(key=lambda e: names[e])
    margin = 170  # room on both sides for names written outside the circle
    centre, radius = size / 2, size / 2 - 60
    position = {
        entity: (margin + centre
                 + radius * math.cos(2 * math.pi * i / max(len(nodes), 1) - math.pi / 2),
                 centre + radius * math.sin(2 * math.pi * i / max(len(nodes), 1) - math.pi / 2))
        for i, entity in enumerate(nodes)
    }
    parts: list[str] = []
    for edge in edges:
        a, b = edge["entity_id_a"], edge["entity_id_b"]
        if a not in position or b not in position:
            continue
        (x1, y1), (x2, y2) = position[a], position[b]
        label = (f'{edge["participant_a"]} – {edge["participant_b"]}: '
                 f'{edge["meeting_count"]} meeting(s)')
        parts.append(f'<line class="edge" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                     f'stroke="#888" stroke-width="{1 + 1.5 * int(edge["meeting_count"]):.1f}">'
                     f"<title>{_e(label)}</title></line>")
    for entity in nodes:
        x, y = position[entity]
        anchor = "start" if x >= margin + centre else "end"
        dx = 10 if x >= margin + centre else -10
        parts.append(f'<g class="node" data-entity-id="{_e(entity)}">'
                     f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{4 + min(degree[entity], 8)}" '
                     f'fill="#2ca02c"/><text x="{x + dx:.1f}" y="{y + 4:.1f}" '
                     f'text-anchor="{anchor}" font-size="13">{_e(names[entity])}</text></g>')
    shown_edges = sum(1 for p in parts if p.startswith('<line class="edge"'))
    header = (f'<svg id="network-chart" xmlns="http://www.w3.org/2000/svg" role="img" '
              f'viewBox="0 0 {size + 2 * margin} {size}" width="100%" '
              f'style="max-width:{size + 2 * margin}px" '
              f'data-nodes="{len(nodes)}" data-edges="{shown_edges}"><title>Who met whom</title>')
    return header + "".join(parts) + "</svg>"


def _table(table_id: str, headers: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (f'<table id="{table_id}" data-rows="{len(rows)}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>")


def coverage_matrix(coverage: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """Meetings as rows, outlets as columns, article counts in the cells."""
    outlets = sorted({row["source_name"] for row in coverage})
    meetings: dict[str, dict[str, Any]] = {}
    for row in coverage:
        entry = meetings.setdefault(row["meeting_id"], {"row": row, "cells": {}})
        entry["cells"][row["source_name"]] = row["article_count"]
    headers = ["Date", "Meeting", "Place", *outlets, "Outlets"]
    rows = [
        [entry["row"]["meeting_date"] or "undated", entry["row"]["participants"] or "",
         entry["row"]["place_name"] or "",
         *[entry["cells"].get(outlet, "") for outlet in outlets], len(entry["cells"])]
        for entry in meetings.values()
    ]
    return headers, rows


STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1000px;
padding:1.5em;color:#222}
h1{margin-bottom:.2em}section{margin:2em 0}.lead{color:#555}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border-bottom:1px solid #ddd;
padding:4px 8px;text-align:left;vertical-align:top}th{background:#f4f4f4}
svg text{font:12px sans-serif;fill:#333}svg .lane{font-weight:bold}
.legend span{display:inline-block;margin-right:1em}.dot{display:inline-block;width:10px;height:10px;
border-radius:50%;margin-right:4px}
"""


def render_briefing(briefing: Briefing) -> str:
    """The whole page as one HTML string (inline CSS and SVG only)."""
    counts = briefing.counts
    dated = sum(1 for m in briefing.timeline if _as_date(m["meeting_date"]))
    undated = [m for m in briefing.timeline if not _as_date(m["meeting_date"])]
    undated_rows = [[m["status"] if m.get("mode") in (None, "in_person")
                     else f'{m["status"]} ({m["mode"]} contact)',
                     m["participants"], m["place_name"] or "", m["report_count"]]
                    for m in undated]
    speaker_rows = [[s["speaker_rank"], s["speaker_name"], s["quote_count"], s["article_count"],
                     s["top_topics"] or "", _tone(s["average_quote_tone"]), s["longest_quote"]]
                    for s in briefing.speakers]
    coverage_headers, coverage_rows = coverage_matrix(briefing.coverage)
    disputed = sorted({d["meeting_id"] for d in briefing.disagreements})
    disagreement_rows = [[d["meeting_id"], d["source_id"] or "unknown", d["reported_date"] or "",
                          d["date_text"] or "", d["reported_place"] or ""]
                         for d in briefing.disagreements]
    story_rows = [[s["first_published_date"] or "undated", s["first_title"] or "(untitled)",
                   s["first_source_name"], s["article_count"], s["outlets"]]
                  for s in briefing.stories]
    country_rows = [[f'{c["country_a"]} – {c["country_b"]}', c["held_meeting_count"],
                     c["planned_meeting_count"], c["remote_contact_count"],
                     c["first_meeting_date"] or "", c["last_meeting_date"] or "",
                     c["participant_pairs"]] for c in briefing.countries]
    place_rows = [[p["full_name"], {"admin1": "state or province"}.get(
                       p["feature_kind"], p["feature_kind"]), p["country"] or "",
                   p["article_count"], p["meeting_count"],
                   f'{p["latitude"]:.3f}, {p["longitude"]:.3f}' if p["latitude"] is not None
                   else ""] for p in briefing.places]
    people_rows = [[p["canonical_name"], p["country"] or "", p["story_count"], p["outlet_count"],
                    p["held_meeting_count"], p["top_counterparts"] or "", p["quote_count"],
                    p["aliases"]] for p in briefing.people]
    latest_rows = [["new meeting" if c["change_kind"] == "new_meeting" else "new reports",
                     c["description"], c["articles_in_load"], c["articles_before"]]
                    for c in briefing.latest]
    latest = "" if briefing.load_count < 2 else f"""
<section id="latest"><h2>New in the latest load</h2>
<p>What the newest of {briefing.load_count} loads brought: meetings reported for the first time,
meetings that gained reports, and {briefing.new_entities} entities named for the first time
(all in <code>analysis.load_changes</code>).</p>
{_table("latest-table", ["Change", "Meeting", "Articles in this load", "Earlier articles"],
        latest_rows)}
</section>
"""
    legend = "".join(f'<span><i class="dot" style="background:{c}"></i>{s}</span>'
                     for s, c in STATUS_COLOURS.items())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>News warehouse briefing</title><style>{STYLE}</style></head>
<body>
<header id="summary"><h1>News warehouse briefing</h1>
<p class="lead">{counts["marts.articles"]} articles from {counts["marts.sources"]} outlets;
{counts["marts.entities"]} entities, {counts["marts.meetings"]} meetings, {counts["marts.quotes"]}
quotes. Last load finished {_e(briefing.built_at)}. Built from the published warehouse's
<code>analysis</code> schema, after every quality check passed.</p></header>
{latest}
<section id="timeline"><h2>Meeting timeline</h2>
<p>{dated} dated meetings; dot size grows with the number of reports. <span class="legend">{legend}
</span></p>
{timeline_svg(briefing.timeline)}
<h3>Undated meetings</h3>
{_table("undated-table", ["Status", "Participants", "Place", "Reports"], undated_rows)}
</section>

<section id="network"><h2>Who met whom</h2>
<p>Entities that met in person; a thicker line means more meetings.</p>
{network_svg(briefing.edges)}
</section>

<section id="people"><h2>Who is in the news</h2>
<p>The people most covered, counted in independent stories (copies of one story count once), with
every spelling the articles used; <code>make profile NAME=...</code> shows any of them in full.</p>
{_table("people-table", ["Person", "Country", "Stories", "Outlets", "Meetings", "Met",
                         "Quotes", "Also written"], people_rows)}
</section>

<section id="countries"><h2>Meetings between countries</h2>
<p>Pairs of countries whose people, organisations or governments met, each meeting counted once;
a participant's country is the one the articles give it ("Turkish Chief of General Staff"), see
<code>analysis.entity_country_evidence</code>.</p>
{_table("countries-table", ["Countries", "Held", "Planned", "Phone/video", "First met",
                            "Last met", "Who"], country_rows)}
</section>

<section id="places"><h2>Where the news happened</h2>
<p>The places the articles name, geocoded against GeoNames (the article decides between places of
one name; countries and states have no point): those with meetings first. <code>make map</code>
writes them and the meetings as GeoJSON; see <code>analysis.place_geocodes</code>.</p>
{_table("places-table", ["Place", "Kind", "Country", "Articles", "Meetings", "Lat, long"],
        place_rows)}
</section>

<section id="speakers"><h2>Top speakers</h2>
{_table("speakers-table", ["#", "Speaker", "Quotes", "Articles", "Talked about", "Tone",
                           "Longest quote"], speaker_rows)}
</section>

<section id="coverage"><h2>Outlet coverage</h2>
<p>Articles per outlet reporting each meeting.</p>
{_table("coverage-table", coverage_headers, coverage_rows)}
</section>

<section id="disagreements"><h2>Where outlets disagree</h2>
<p>{len(disputed)} meetings whose reports give different dates or places.</p>
{_table("disagreements-table", ["Meeting", "Outlet", "Date", "Date as written", "Place"],
        disagreement_rows)}
</section>

<section id="stories"><h2>Stories run by several outlets</h2>
<p>Copies of one story (syndicated wire copy, reprints, shortened versions), found by text
fingerprint; count stories, not articles, to count independent reports.</p>
{_table("stories-table", ["First published", "Title", "First outlet", "Articles", "Outlets"],
        story_rows)}
</section>
</body></html>
"""


def write_briefing(warehouse_file: Path, target: Path) -> Briefing:
    """Render the page from `warehouse_file` and atomically replace `target` with it."""
    briefing = load_briefing(warehouse_file)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    staging.write_text(render_briefing(briefing), encoding="utf-8")
    os.replace(staging, target)
    return briefing
