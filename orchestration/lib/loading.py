"""Load what `ingest.read_inputs` yields into raw.articles / raw.rejected_inputs, idempotently.

- A document whose text is already loaded under the same name adds nothing (re-runs are no-ops).
- The same text under another name is recorded in raw.rejected_inputs as a duplicate of the article.
- A changed document (same name, new text) adds a new article version; staging keeps the newest.
- A rejection is recorded once per (input name, reason, content).
Rows are written in bounded batches, each in one transaction, so a killed run leaves whole batches only.
"""

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb

from orchestration.lib import warehouse
from orchestration.lib.ingest import InputDocument, Rejection, article_id_for, read_inputs

ARTICLE_COLUMNS = (
    "article_id", "input_name", "input_format", "content_sha256", "raw_text", "size_bytes",
    "encoding", "input_flags", "meta_title", "meta_source", "meta_url", "meta_published_at",
    "loaded_at",
)
REJECTION_COLUMNS = (
    "rejection_id", "input_name", "reason", "detail", "size_bytes", "content_sha256",
    "duplicate_of_article_id", "rejected_at",
)


@dataclass
class LoadSummary:
    documents_seen: int = 0
    articles_added: int = 0
    rejections_added: int = 0
    rejection_reasons: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        return (
            f"{self.documents_seen} input documents seen: {self.articles_added} articles added, "
            f"{self.rejections_added} new rejections {self.rejection_reasons or ''}".strip()
        )


def rejection_id_for(rejection: Rejection) -> str:
    key = "|".join((rejection.input_name, rejection.reason, rejection.content_sha256 or ""))
    return "rej_" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def load_inputs(
    con: duckdb.DuckDBPyConnection,
    input_dir: Path,
    max_bytes: int,
    run_id: str,
    now: datetime,
    batch_size: int = 500,
    log: Callable[[str], None] | None = None,
) -> LoadSummary:
    known_articles: dict[str, str] = dict(
        con.execute("select article_id, input_name from raw.articles").fetchall()
    )
    known_pairs = {(name, aid) for aid, name in known_articles.items()}
    known_rejections = {row[0] for row in con.execute(
        "select rejection_id from raw.rejected_inputs").fetchall()}
    summary = LoadSummary()
    reasons: Counter[str] = Counter()
    articles: list[tuple] = []
    rejections: list[tuple] = []
    started = now

    def flush() -> None:
        if not articles and not rejections:
            return
        con.execute("begin transaction")
        try:
            warehouse.insert_rows(con, "raw.articles", ARTICLE_COLUMNS, articles)
            warehouse.insert_rows(con, "raw.rejected_inputs", REJECTION_COLUMNS, rejections)
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        summary.articles_added += len(articles)
        summary.rejections_added += len(rejections)
        articles.clear()
        rejections.clear()

    def reject(rejection: Rejection, duplicate_of: str | None = None) -> None:
        rejection_id = rejection_id_for(rejection)
        if rejection_id in known_rejections:
            return
        known_rejections.add(rejection_id)
        reasons[rejection.reason] += 1
        rejections.append((rejection_id, rejection.input_name, rejection.reason, rejection.detail,
                           rejection.size_bytes, rejection.content_sha256, duplicate_of, now))

    for item in read_inputs(input_dir, max_bytes):
        summary.documents_seen += 1
        if isinstance(item, Rejection):
            reject(item)
        else:
            _accept(item, known_articles, known_pairs, articles, reject, now)
        if len(articles) + len(rejections) >= batch_size:
            flush()
            if log:
                log(f"loaded {summary.documents_seen} input documents so far")
    flush()
    summary.rejection_reasons = dict(reasons)
    con.execute(
        "insert into raw.load_runs values (?, ?, ?, ?, ?, ?, ?)",
        [run_id, str(input_dir), summary.documents_seen, summary.articles_added,
         summary.rejections_added, started, datetime.now()],
    )
    return summary


def _accept(
    document: InputDocument,
    known_articles: dict[str, str],
    known_pairs: set[tuple[str, str]],
    articles: list[tuple],
    reject: Callable[..., None],
    now: datetime,
) -> None:
    sha = document.content_sha256
    article_id = article_id_for(sha)
    if (document.input_name, article_id) in known_pairs:
        return
    if article_id in known_articles:
        original = known_articles[article_id]
        reject(Rejection(document.input_name, "duplicate",
                         f"same text as {original!r}", document.size_bytes, sha),
               duplicate_of=article_id)
        return
    known_articles[article_id] = document.input_name
    known_pairs.add((document.input_name, article_id))
    meta = document.metadata
    articles.append((
        article_id, document.input_name, document.input_format, sha, document.text,
        document.size_bytes, document.encoding, json.dumps(list(document.flags)) if document.flags
        else None, meta.get("title"), meta.get("source"), meta.get("url"),
        meta.get("published_at"), now,
    ))
