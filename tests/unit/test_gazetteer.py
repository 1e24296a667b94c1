"""The gazetteer loader (orchestration/lib/gazetteer.py) on a real DuckDB file."""

from pathlib import Path

import duckdb

from orchestration.lib.gazetteer import is_news_name, read_gazetteer, store_gazetteer


def test_alternate_names_are_kept_only_when_english_news_could_write_them() -> None:
    assert is_news_name("Peking") and is_news_name("Bombay") and is_news_name("Ville-Lumière")
    assert not is_news_name("PAR")  # an airport-style code
    assert not is_news_name("Париж") and not is_news_name("باريس")
    assert not is_news_name("lutece") and not is_news_name("Pa")


def test_the_gazetteer_has_cities_countries_and_states() -> None:
    gazetteer = read_gazetteer()
    places = {row[0]: row for row in gazetteer.places}
    kinds = {row[3] for row in gazetteer.places}
    assert kinds == {"city", "country", "admin1"}
    assert len(places) == len(gazetteer.places) > 30_000
    names = {(gid, name) for gid, name, _ in gazetteer.names}
    beijing = next(row for row in gazetteer.places if row[2] == "Beijing")
    assert (beijing[0], "Peking") in names  # an alternate of a large city
    assert all(places[gid][3] == "city" for gid, _, kind in gazetteer.names if kind == "alternate")


def test_storing_twice_loads_once(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        first = store_gazetteer(con)
        second = store_gazetteer(con)
        assert first[2] is True and second[2] is False
        assert first[:2] == second[:2]
        stored = con.execute("select count(*), count(distinct gazetteer_id) "
                             "from raw.gazetteer_places").fetchone()
        assert stored == (first[0], first[0])
        # a stale copy (another package version) is replaced, not appended to
        con.execute("update raw.gazetteer_places set source = 'old'")
        third = store_gazetteer(con)
        assert third[2] is True
        assert con.execute("select count(*) from raw.gazetteer_places").fetchone()[0] == first[0]
    finally:
        con.close()
