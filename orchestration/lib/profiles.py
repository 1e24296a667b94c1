"""Look an entity up by any of its spellings and print what the warehouse knows about it.

`news-warehouse profile Baqeri` finds the entity whose alias matches the query (case and accents
folded, as the warehouse folds names), then prints its row of `analysis.entity_profiles`, its
meetings (`marts.meetings`, with the other participants) and its latest quotes (`marts.quotes`),
each with the article it comes from. The published warehouse is opened read-only, so this works
while a run is building the next one.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

# An exact alias match ranks before a match on a word of the alias, which ranks before a
# substring match; the most covered entity wins within a rank.
# CAMEO actor types (analysis.entity_actor_types) as the first line of a profile says them
ACTOR_TYPES = {
    "GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary",
    "COP": "police", "REB": "rebels", "OPP": "opposition", "PTY": "political party",
    "BUS": "business", "MED": "media", "EDU": "education", "REL": "religion", "LAB": "labour",
}

MATCH_SQL = """
with folded as (
    select
        aliases.entity_id,
        strip_accents(lower(aliases.alias)) as alias,
        strip_accents(lower(?)) as query
    from marts.entity_aliases as aliases
),
ranked as (
    select
        entity_id,
        min(case
            when alias = query then 0
            when regexp_matches(alias, '(^|[^a-z0-9])' || regexp_escape(query) || '($|[^a-z0-9])')
                then 1
            else 2
        end) as match_rank
    from folded
    where contains(alias, query)
    group by entity_id
)
select
    profiles.entity_id,
    profiles.canonical_name,
    profiles.entity_type,
    ranked.match_rank
from ranked
inner join analysis.entity_profiles as profiles on ranked.entity_id = profiles.entity_id
order by ranked.match_rank, profiles.prominence_rank
limit ?
"""

MEETINGS_SQL = """
select
    meetings.meeting_date,
    meetings.date_precision,
    meetings.status,
    meetings.mode,
    meetings.place_name,
    meetings.report_count,
    meetings.confidence,
    (
        select string_agg(others.participant_name, ', ' order by others.participant_name)
        from marts.meeting_participants as others
        where others.meeting_id = meetings.meeting_id and others.entity_id != own.entity_id
    ) as counterparts
from marts.meeting_participants as own
inner join marts.meetings as meetings on own.meeting_id = meetings.meeting_id
where own.entity_id = ?
order by meetings.meeting_date desc nulls last, meetings.report_count desc, meetings.meeting_id
limit ?
"""

# meetings held at a place (the place entity of marts.meetings), latest first
HELD_HERE_SQL = """
select
    meetings.meeting_date,
    meetings.date_precision,
    meetings.status,
    meetings.mode,
    meetings.report_count,
    (
        select string_agg(participants.participant_name, ', '
            order by participants.participant_name)
        from marts.meeting_participants as participants
        where participants.meeting_id = meetings.meeting_id
    ) as participants
from marts.meetings as meetings
where meetings.place_entity_id = ?
order by meetings.meeting_date desc nulls last, meetings.report_count desc, meetings.meeting_id
limit ?
"""

QUOTES_SQL = """
select
    articles.published_date,
    quotes.quote_kind,
    quotes.quote_text,
    articles.source_name,
    coalesce(nullif(trim(articles.title), ''), articles.input_name) as title,
    quote_tone.tone
from marts.quotes as quotes
inner join marts.articles as articles on quotes.article_id = articles.article_id
left join analysis.quote_tone as quote_tone on quotes.quote_id = quote_tone.quote_id
where quotes.speaker_entity_id = ?
order by articles.published_date desc nulls last, quotes.quote_kind, length(quotes.quote_text) desc
limit ?
"""


@dataclass(frozen=True)
class Match:
    entity_id: str
    canonical_name: str
    entity_type: str
    match_rank: int


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def find_entities(con: duckdb.DuckDBPyConnection, query: str, limit: int = 6) -> list[Match]:
    """Entities with an alias containing `query` (folded), best match first; none for a blank
    query."""
    if not query.strip():
        return []
    rows = con.execute(MATCH_SQL, [query.strip(), limit]).fetchall()
    return [Match(*row) for row in rows]


def _shorten(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _when(day: Any, precision: str | None = None) -> str:
    if day is None:
        return "undated"
    return f"{day}" if precision in (None, "day") else f"{day} ({precision})"


def render_profile(con: duckdb.DuckDBPyConnection, entity_id: str, limit: int = 10) -> str:
    """The profile of one entity as plain text lines."""
    [profile] = _rows(con, "select * from analysis.entity_profiles where entity_id = ?",
                      [entity_id])
    seen = (f"{profile['first_seen_date']} to {profile['last_seen_date']}"
            if profile["first_seen_date"] else "undated articles only")
    lines = [
        f"{profile['canonical_name']}  ({profile['entity_type']}, "
        + (f"{profile['country']}, " if profile.get("country") else "")
        + (f"{ACTOR_TYPES.get(profile['actor_type'], profile['actor_type'])}, "
           if profile.get("actor_type") else "")
        + f"entity {entity_id}, "
        f"rank {profile['prominence_rank']} by coverage)",
        f"  also written: {profile['aliases']}",
        f"  coverage: {_n(profile['mention_count'], 'mention')} in"
        f" {_n(profile['article_count'], 'article')} ({profile['story_count']} independent"
        f" {'story' if profile['story_count'] == 1 else 'stories'},"
        f" {_n(profile['outlet_count'], 'outlet')}), {seen}",
        f"  meetings: {profile['held_meeting_count']} held, {profile['planned_meeting_count']} "
        f"planned, {profile['remote_contact_count']} by phone or video"
        + (f"; met {profile['top_counterparts']}" if profile["top_counterparts"] else ""),
        f"  quotes: {profile['quote_count']} ({profile['direct_quote_count']} direct)"
        + _quote_tone(con, entity_id),
    ]
    if profile.get("place_full_name"):
        point = (f" ({profile['place_latitude']:.4f}, {profile['place_longitude']:.4f})"
                 if profile["place_latitude"] is not None else "")
        lines.append(
            f"  on the map: {profile['place_full_name']}{point} in"
            f" {profile['place_article_count']} of"
            f" {_n(profile['geocoded_article_count'], 'article')}"
            + (f"; also {profile['other_places']}" if profile["other_places"] else ""))
    if profile["top_co_mentioned"]:
        lines.append(f"  named with: {profile['top_co_mentioned']}")
    meetings = _rows(con, MEETINGS_SQL, [entity_id, limit])
    if meetings:
        lines += ["", "Meetings and contacts (latest first)"]
        for row in meetings:
            kind = (f"{row['status']} meeting" if row["mode"] == "in_person"
                    else f"{row['status']} {row['mode']} contact")
            place = f"  in {row['place_name']}" if row["place_name"] else ""
            lines.append(
                f"  {_when(row['meeting_date'], row['date_precision'])}  {kind}"
                f"  with {row['counterparts'] or '(no other named side)'}{place}"
                f"  [{_n(row['report_count'], 'report')}, confidence {row['confidence']:.2f}]")
    held_here = _rows(con, HELD_HERE_SQL, [entity_id, limit])
    if held_here:
        lines += ["", "Meetings held here (latest first)"]
        for row in held_here:
            kind = (f"{row['status']} meeting" if row["mode"] == "in_person"
                    else f"{row['status']} {row['mode']} contact")
            lines.append(f"  {_when(row['meeting_date'], row['date_precision'])}  {kind}"
                         f"  of {row['participants'] or '(unnamed sides)'}"
                         f"  [{_n(row['report_count'], 'report')}]")
    if profile.get("country") and profile["entity_type"] in ("GPE", "LOC") \
            and profile["canonical_name"] == profile["country"]:
        lines += _country_lines(con, profile["country"], limit)
    quotes = _rows(con, QUOTES_SQL, [entity_id, limit])
    if quotes:
        lines += ["", "Quotes (latest first)"]
        for row in quotes:
            lines.append(
                f"  {_when(row['published_date'])}  {row['quote_kind']}: "
                f"\"{_shorten(row['quote_text'], 160)}\""
                f"  ({row['source_name'] or 'unknown outlet'}: {_shorten(row['title'], 60)})"
                + ("" if row["tone"] is None else f"  [tone {row['tone']:+.1f}]"))
    return "\n".join(lines)


def _quote_tone(con: duckdb.DuckDBPyConnection, entity_id: str) -> str:
    """", mean tone +1.2" for a speaker whose quotes have words (analysis.top_speakers)."""
    row = con.execute("select average_quote_tone from analysis.top_speakers "
                      "where speaker_entity_id = ?", [entity_id]).fetchone()
    return "" if row is None or row[0] is None else f", mean tone {row[0]:+.1f}"


COUNTRY_ACTORS_SQL = """
select canonical_name, entity_type, evidence_count
from analysis.entity_countries
where country = ? and assigned_by = 'evidence'
order by evidence_count desc, canonical_name
limit ?
"""

COUNTRY_MEETINGS_SQL = """
select
    case when country_a = ? then country_b else country_a end as other_country,
    held_meeting_count, planned_meeting_count, remote_contact_count, last_meeting_date
from analysis.country_meetings
where ? in (country_a, country_b)
order by encounter_count desc, report_count desc, other_country
limit ?
"""


def _country_lines(con: duckdb.DuckDBPyConnection, country: str, limit: int) -> list[str]:
    """For a country: its people and organisations (analysis.entity_countries) and the
    countries it met (analysis.country_meetings)."""
    lines: list[str] = []
    actors = _rows(con, COUNTRY_ACTORS_SQL, [country, limit])
    if actors:
        lines += ["", f"People and organisations of {country} (by evidence mentions)"]
        lines += [f"  {row['canonical_name']} ({row['entity_type']}, "
                  f"{_n(row['evidence_count'], 'mention')})" for row in actors]
    pairs = _rows(con, COUNTRY_MEETINGS_SQL, [country, country, limit])
    if pairs:
        lines += ["", f"Meetings of {country} with other countries"]
        for row in pairs:
            last = f", last met {row['last_meeting_date']}" if row["last_meeting_date"] else ""
            lines.append(
                f"  {row['other_country']}: {row['held_meeting_count']} held, "
                f"{row['planned_meeting_count']} planned, {row['remote_contact_count']} by phone "
                f"or video{last}")
    return lines


def profile(warehouse: Path, query: str, limit: int = 10) -> tuple[str, list[Match]]:
    """Text of the best-matching entity's profile (empty when nothing matches) and every match."""
    if not warehouse.exists():
        raise FileNotFoundError(f"no published warehouse at {warehouse}")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        matches = find_entities(con, query)
        if not matches:
            return "", []
        return render_profile(con, matches[0].entity_id, limit), matches
