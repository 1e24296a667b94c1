"""Annotate the articles that have no annotation for the current pipeline version, batch by batch.

Each batch is replaced atomically (delete its articles' rows from every nlp table, insert the new
rows,
commit), so a killed run leaves only whole batches and a re-run picks up where it stopped. Memory is
bounded by the batch size, not by the corpus.
"""

import json
from collections.abc import Callable, Iterator
from datetime import datetime

import duckdb

from orchestration.lib import warehouse
from orchestration.lib.annotate import COLUMNS, Annotator, RawArticle
from orchestration.lib.progress import Progress

PENDING_SQL = """
with current_articles as (
    select article_id, content_sha256
    from raw.articles
    qualify row_number() over (partition by input_name order by loaded_at desc, article_id) = 1
)
select current_articles.article_id
from current_articles
left join nlp.documents
    on current_articles.article_id = nlp.documents.article_id
    and nlp.documents.pipeline_version = ?
where nlp.documents.article_id is null
order by current_articles.article_id
"""


def pending_article_ids(con: duckdb.DuckDBPyConnection, version: str) -> list[str]:
    return [row[0] for row in con.execute(PENDING_SQL, [version]).fetchall()]


def fetch_articles(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[RawArticle]:
    rows = con.execute(
        "select article_id, content_sha256, raw_text, meta_title, meta_source, meta_url, "
        "meta_published_at from raw.articles where article_id in (select unnest(?)) "
        "order by article_id",
        [ids],
    ).fetchall()
    return [
        RawArticle(row[0], row[1], row[2], {"title": row[3], "source": row[4], "url": row[5],
                                            "published_at": row[6]})
        for row in rows
    ]


def write_batch(con: duckdb.DuckDBPyConnection, ids: list[str],
                rows: dict[str, list[tuple]]) -> None:
    con.execute("begin transaction")
    try:
        # A batch is written in one transaction with its nlp.documents rows, so only articles
        # that have a documents row (an older annotation) can have rows to replace; new articles,
        # the common case, skip the deletes, which scan tables that grow with the corpus.
        stale = [row[0] for row in con.execute(
            "select article_id from nlp.documents where article_id in (select unnest(?))", [ids]
        ).fetchall()]
        for table in warehouse.NLP_ARTICLE_TABLES if stale else ():
            con.execute(f"delete from {table} where article_id in (select unnest(?))", [stale])
        for table, table_rows in rows.items():
            warehouse.insert_rows(con, table, COLUMNS[table], table_rows)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


def annotate_pending(
    con: duckdb.DuckDBPyConnection,
    make_annotator: Callable[[int], Annotator],
    version: str,
    batch_size: int,
    now: Callable[[], datetime],
    log: Callable[[str], None] | None = None,
    fetch_size: int = 500,
) -> tuple[Progress, int]:
    """Annotate every pending article; returns the progress record and the number of words.

    `make_annotator(pending_count)` builds the annotator (it may choose the process count from the
    amount of work). Articles are read from the database `fetch_size` at a time, so memory does not
    grow with the corpus.
    """
    pending = pending_article_ids(con, version)
    progress = Progress(total=len(pending), label="documents", log=log)
    words = 0
    if not pending:
        return progress, words
    annotator = make_annotator(len(pending))

    def articles() -> Iterator[RawArticle]:
        for start in range(0, len(pending), fetch_size):
            yield from fetch_articles(con, pending[start:start + fetch_size])

    for batch in annotator.annotate_stream(articles(), now(), batch_size):
        write_batch(con, batch.article_ids, batch.rows)
        words += batch.words
        progress.advance(len(batch.article_ids))
    return progress, words


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {
        table: con.execute(f"select count(*) from {table}").fetchone()[0]
        for table in COLUMNS
    }


def describe_counts(counts: dict[str, int]) -> str:
    return json.dumps(counts)
