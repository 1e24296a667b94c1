"""Meetings and places as GeoJSON, for a map (QGIS, kepler.gl, geojson.io, Leaflet, R sf).

Two files, written from the published warehouse (opened read-only) into a staging folder that
replaces the target at the end:

- `meetings.geojson`: one Point per meeting or contact whose place is a city
  (analysis.meeting_geocodes), with its date, status, mode, participants and report count;
- `places.geojson`: one Point per geocoded city the articles name (analysis.place_geocodes),
  with its country and how many articles and meetings name it, and when.

Countries, states and regions have no point (docs/geocoding.md): they are left out rather than
drawn at a centroid where nothing happened. GeoJSON positions are [longitude, latitude] (RFC 7946).
"""

import json
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

MEETINGS_SQL = """
select
    timeline.meeting_id,
    timeline.meeting_date,
    timeline.date_precision,
    timeline.status,
    timeline.mode,
    timeline.participants,
    timeline.participant_count,
    timeline.report_count,
    timeline.confidence,
    geocodes.place_name,
    geocodes.full_name as place_full_name,
    geocodes.country,
    geocodes.country_iso3,
    geocodes.geoname_id,
    geocodes.geocode_rule,
    geocodes.longitude,
    geocodes.latitude
from analysis.meeting_timeline as timeline
inner join analysis.meeting_geocodes as geocodes on timeline.meeting_id = geocodes.meeting_id
where geocodes.latitude is not null and geocodes.longitude is not null
order by timeline.meeting_date nulls last, timeline.meeting_id
"""

PLACES_SQL = """
with located as (
    select geocodes.*, articles.published_date
    from analysis.place_geocodes as geocodes
    inner join marts.articles as articles on geocodes.article_id = articles.article_id
    where geocodes.latitude is not null and geocodes.longitude is not null
),
meetings as (
    select gazetteer_id, count(*) as meeting_count
    from analysis.meeting_geocodes
    group by gazetteer_id
)
select
    located.gazetteer_id,
    any_value(located.geoname_id) as geoname_id,
    any_value(located.full_name) as full_name,
    any_value(located.country) as country,
    any_value(located.country_iso3) as country_iso3,
    any_value(located.population) as population,
    count(distinct located.article_id) as article_count,
    sum(located.mention_count) as mention_count,
    coalesce(any_value(meetings.meeting_count), 0) as meeting_count,
    min(located.published_date) as first_seen_date,
    max(located.published_date) as last_seen_date,
    string_agg(distinct located.place_name, ' | ') as written_as,
    any_value(located.longitude) as longitude,
    any_value(located.latitude) as latitude
from located
left join meetings on located.gazetteer_id = meetings.gazetteer_id
group by located.gazetteer_id
order by article_count desc, full_name
"""


@dataclass(frozen=True)
class MapLayer:
    name: str
    path: Path
    features: int


def _json_value(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def feature_collection(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """GeoJSON FeatureCollection of rows with `longitude` and `latitude`; the other columns are
    the properties."""
    features = []
    for row in rows:
        properties = {key: _json_value(value) for key, value in row.items()
                      if key not in ("longitude", "latitude")}
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
            "properties": properties,
        })
    return {"type": "FeatureCollection", "features": features}


def _dicts(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cursor = con.execute(sql)
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def export_map(warehouse: Path, target: Path) -> list[MapLayer]:
    """Write meetings.geojson and places.geojson of `warehouse` into `target` (replaced whole)."""
    if not warehouse.exists():
        raise FileNotFoundError(f"no published warehouse at {warehouse}")
    target = target.resolve()
    staging = target.with_name(f".{target.name}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        layers = []
        for name, sql in (("meetings", MEETINGS_SQL), ("places", PLACES_SQL)):
            collection = feature_collection(_dicts(con, sql))
            path = staging / f"{name}.geojson"
            path.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
            layers.append(MapLayer(name, target / path.name, len(collection["features"])))
    finally:
        con.close()
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return layers
