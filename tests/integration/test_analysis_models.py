"""Analysis models read back against the public tables they summarise (seeds build)."""

from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def con(seeds_build: dict) -> duckdb.DuckDBPyConnection:
    assert seeds_build["success"]
    connection = duckdb.connect(str(Path(seeds_build["published"])), read_only=True)
    yield connection
    connection.close()


def test_entity_timeline_counts_every_dated_mention_once(con: duckdb.DuckDBPyConnection) -> None:
    timeline = con.execute(
        "select count(*), sum(mention_count) from analysis.entity_timeline").fetchone()
    dated = con.execute(
        "select count(distinct (m.entity_id, a.published_date)), count(*) from marts.mentions m "
        "join marts.articles a using (article_id) where a.published_date is not null").fetchone()
    assert timeline == dated
    assert timeline[0] > 0
    duplicates = con.execute(
        "select count(*) from (select entity_id, published_date from analysis.entity_timeline "
        "group by all having count(*) > 1)").fetchone()[0]
    assert duplicates == 0


def test_entity_timeline_share_of_the_day(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "select article_count, day_article_count, share_of_day_articles, source_count "
        "from analysis.entity_timeline").fetchall()
    for articles, day_articles, share, sources in rows:
        assert 1 <= articles <= day_articles
        assert share == pytest.approx(articles / day_articles, abs=1e-4)
        assert 0 <= sources <= articles
    # Erdogan is in several seed articles: each dated one shows up on its day
    erdogan_days = con.execute(
        "select count(*) from analysis.entity_timeline where entity_name ilike '%erdo%an%'"
    ).fetchone()[0]
    assert erdogan_days >= 1
