"""Load what `ingest.read_inputs` yields into raw.articles / raw.rejected_inputs, idempotently, and
account for every input document in raw.input_manifest.

- A document whose text is already the current version of its name adds nothing (re-runs are
  no-ops).
- The same text under another name is recorded in raw.rejected_inputs as a duplicate of the
  article.
- A changed document (same name, new text) adds a new article version; staging keeps the newest. A
  document changed back to an earlier version of the same name makes that version current again
  (its `loaded_at` is moved to this load: article ids are content-addressed, one row per text).
- A second document with an input name already seen in this load is rejected `duplicate_name`.
- A rejection is recorded once per (input name, reason, content).
- raw.input_manifest gets one row per document seen (run_id, document_index, input_name,
  content_sha256, outcome, reason, article_id, rejection_id), written in the same transaction as
  the rows it describes. The dbt model `int_input_accounting` proves that each document of the
  latest completed load is in exactly one of raw.articles / raw.rejected_inputs. Rows are written
  in bounded batches, each in one transaction, so a killed run leaves whole batches only; the
  manifest rows of a load that never finished are deleted by the next load, and only the manifests
  of the last `MANIFEST_RUNS_KEPT` completed loads are kept.
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
MANIFEST_COLUMNS = (
    "run_id", "document_index", "input_name", "content_sha256", "outcome", "reason", "article_id",
    "rejection_id", "seen_at",
)
MANIFEST_RUNS_KEPT = 10

CURRENT_VERSIONS_SQL = """
select input_name, article_id
from raw.articles
qualify row_number() over (partition by input_name order by loaded_at desc, article_id) = 1
"""


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


@dataclass
class _Loader:
    """The state of one load: what is already stored, and the pending batch."""

    con: duckdb.DuckDBPyConnection
    run_id: str
    now: datetime
    known_articles: dict[str, str]  # article_id -> input_name
    current: dict[str, str]  # input_name -> article_id of its current version
    known_rejections: set[str]
    summary: LoadSummary = field(default_factory=LoadSummary)
    reasons: Counter[str] = field(default_factory=Counter)
    names_seen: set[str] = field(default_factory=set)
    articles: list[tuple] = field(default_factory=list)
    rejections: list[tuple] = field(default_factory=list)
    revived: list[str] = field(default_factory=list)
    manifest: list[tuple] = field(default_factory=list)

    def pending(self) -> int:
        return len(self.manifest)

    def flush(self) -> None:
        if not self.manifest:
            return
        con = self.con
        con.execute("begin transaction")
        try:
            warehouse.insert_rows(con, "raw.articles", ARTICLE_COLUMNS, self.articles)
            warehouse.insert_rows(con, "raw.rejected_inputs", REJECTION_COLUMNS, self.rejections)
            if self.revived:
                con.execute("update raw.articles set loaded_at = ? "
                            "where article_id in (select unnest(?))", [self.now, self.revived])
            warehouse.insert_rows(con, "raw.input_manifest", MANIFEST_COLUMNS, self.manifest)
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        self.summary.articles_added += len(self.articles)
        self.summary.rejections_added += len(self.rejections)
        for pending in (self.articles, self.rejections, self.revived, self.manifest):
            pending.clear()

    def record(self, name: str, sha: str | None, outcome: str, reason: str | None,
               article_id: str | None, rejection_id: str | None) -> None:
        self.manifest.append((self.run_id, self.summary.documents_seen, name, sha, outcome, reason,
                              article_id, rejection_id, self.now))

    def reject(self, rejection: Rejection, duplicate_of: str | None = None) -> None:
        rejection_id = rejection_id_for(rejection)
        self.record(rejection.input_name, rejection.content_sha256, "rejected", rejection.reason,
                    None, rejection_id)
        if rejection_id in self.known_rejections:
            return
        self.known_rejections.add(rejection_id)
        self.reasons[rejection.reason] += 1
        self.rejections.append((rejection_id, rejection.input_name, rejection.reason,
                                rejection.detail, rejection.size_bytes, rejection.content_sha256,
                                duplicate_of, self.now))

    def accept(self, document: InputDocument) -> None:
        name = document.input_name
        sha = document.content_sha256
        article_id = article_id_for(sha)
        if self.current.get(name) == article_id:
            self.record(name, sha, "article", None, article_id, None)
            return
        original = self.known_articles.get(article_id)
        if original == name:  # changed back to an earlier version of the same name
            self.revived.append(article_id)
            self.current[name] = article_id
            self.record(name, sha, "article", None, article_id, None)
            return
        if original is not None:
            self.reject(Rejection(name, "duplicate", f"same text as {original!r}",
                                  document.size_bytes, sha), duplicate_of=article_id)
            return
        self.known_articles[article_id] = name
        self.current[name] = article_id
        meta = document.metadata
        self.articles.append((
            article_id, name, document.input_format, sha, document.text, document.size_bytes,
            document.encoding, json.dumps(list(document.flags)) if document.flags else None,
            meta.get("title"), meta.get("source"), meta.get("url"), meta.get("published_at"),
            self.now,
        ))
        self.record(name, sha, "article", None, article_id, None)

    def take(self, item: InputDocument | Rejection) -> None:
        if item.input_name in self.names_seen:
            sha = item.content_sha256
            self.reject(Rejection(item.input_name, "duplicate_name",
                                  f"another input document of this load has the same name "
                                  f"(content {sha or 'unknown'})", item.size_bytes))
        elif isinstance(item, Rejection):
            self.reject(item)
        else:
            self.accept(item)
        self.names_seen.add(item.input_name)
        self.summary.documents_seen += 1


def load_inputs(
    con: duckdb.DuckDBPyConnection,
    input_dir: Path,
    max_bytes: int,
    run_id: str,
    now: datetime,
    batch_size: int = 500,
    log: Callable[[str], None] | None = None,
) -> LoadSummary:
    """Load every input document under input_dir; the caller holds the build lock."""
    # Manifest rows of loads that never finished (killed runs) describe nothing that is kept;
    # a re-executed step replaces its own earlier manifest.
    con.execute("delete from raw.input_manifest where run_id = ? "
                "or run_id not in (select run_id from raw.load_runs where run_id is not null)",
                [run_id])
    loader = _Loader(
        con, run_id, now,
        known_articles=dict(con.execute("select article_id, input_name from raw.articles")
                            .fetchall()),
        current=dict(con.execute(CURRENT_VERSIONS_SQL).fetchall()),
        known_rejections={row[0] for row in con.execute(
            "select rejection_id from raw.rejected_inputs").fetchall()},
    )
    for item in read_inputs(input_dir, max_bytes):
        loader.take(item)
        if loader.pending() >= batch_size:
            loader.flush()
            if log:
                log(f"loaded {loader.summary.documents_seen} input documents so far")
    loader.flush()
    summary = loader.summary
    summary.rejection_reasons = dict(loader.reasons)
    con.execute("begin transaction")
    try:
        con.execute(
            "insert into raw.load_runs values (?, ?, ?, ?, ?, ?, ?)",
            [run_id, str(input_dir), summary.documents_seen, summary.articles_added,
             summary.rejections_added, now, datetime.now()],
        )
        con.execute(
            "delete from raw.input_manifest where run_id not in ("
            "select run_id from raw.load_runs where run_id is not null "
            "order by finished_at desc limit ?)", [MANIFEST_RUNS_KEPT],
        )
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return summary
