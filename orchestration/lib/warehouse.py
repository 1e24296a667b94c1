"""DuckDB plumbing: the tables Python writes, bulk writes, the build lock, and atomic publishing.

Design (see README "How readers are never blocked"): every asset writes a private *build* database
(`settings.build_path()`); after the quality checks pass, `publish()` checkpoints it and atomically
replaces the published file (`settings.warehouse_path()`) with a copy. Readers open the published
file read-only and always see the last complete, validated build; an open reader keeps its old
snapshot (its file handle) while new readers get the new file. Nothing ever writes the published
file in place.
"""

import contextlib
import fcntl
import hashlib
import logging
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

RAW_DDL = """
create schema if not exists raw;
create schema if not exists nlp;
create schema if not exists quality;
create table if not exists raw.articles (
    article_id varchar primary key,
    input_name varchar not null,
    input_format varchar not null,
    content_sha256 varchar not null,
    raw_text varchar not null,
    size_bytes bigint,
    encoding varchar,
    input_flags varchar,
    meta_title varchar,
    meta_source varchar,
    meta_url varchar,
    meta_published_at varchar,
    loaded_at timestamp not null
);
create table if not exists raw.rejected_inputs (
    rejection_id varchar primary key,
    input_name varchar not null,
    reason varchar not null,
    detail varchar,
    size_bytes bigint,
    content_sha256 varchar,
    duplicate_of_article_id varchar,
    rejected_at timestamp not null
);
create table if not exists raw.load_runs (
    run_id varchar,
    input_dir varchar,
    documents_seen bigint,
    articles_added bigint,
    rejections_added bigint,
    started_at timestamp,
    finished_at timestamp
);
create table if not exists raw.meeting_corrections (
    line_number bigint not null,
    meeting_id varchar,
    action varchar,
    value varchar,
    note varchar
);
create table if not exists raw.entity_corrections (
    line_number bigint not null,
    entity_id varchar,
    action varchar,
    value varchar,
    note varchar
);
create table if not exists raw.input_manifest (
    run_id varchar not null,
    document_index bigint not null,
    input_name varchar not null,
    content_sha256 varchar,
    outcome varchar not null,
    reason varchar,
    article_id varchar,
    rejection_id varchar,
    seen_at timestamp not null
);
"""

NLP_DDL = """
create table if not exists nlp.documents (
    article_id varchar primary key,
    content_sha256 varchar not null,
    pipeline_version varchar not null,
    body_text varchar not null,
    language varchar,
    language_score double,
    is_annotated boolean not null,
    sentence_count bigint,
    token_count bigint,
    annotated_at timestamp not null
);
create table if not exists nlp.removed_lines (
    article_id varchar, line_no bigint, line_text varchar, reason varchar
);
create table if not exists nlp.article_fingerprints (
    article_id varchar, shingle_count bigint, minhash bigint[]
);
create table if not exists nlp.article_signals (
    article_id varchar, kind varchar, value varchar, rule varchar, evidence varchar,
    rank bigint, confidence double, method varchar, flag varchar
);
create table if not exists nlp.sentences (
    article_id varchar, sentence_index bigint, paragraph_index bigint,
    start_char bigint, end_char bigint, sentence_text varchar
);
create table if not exists nlp.entity_spans (
    article_id varchar, span_index bigint, sentence_index bigint,
    start_char bigint, end_char bigint,
    span_text varchar, label varchar, source varchar, title varchar, norm_key varchar,
    known_entity_key varchar, alias_of varchar, is_nested boolean
);
create table if not exists nlp.quote_candidates (
    article_id varchar, quote_index bigint, quote_kind varchar, start_char bigint, end_char bigint,
    quote_text varchar, sentence_index bigint, speaker_text varchar, speaker_start bigint,
    speaker_end bigint, speaker_label varchar, speaker_is_named boolean, cue_text varchar,
    cue_start bigint, cue_end bigint, attribution varchar, confidence double, fragment_of bigint
);
create table if not exists nlp.meeting_candidates (
    article_id varchar, candidate_index bigint, sentence_index bigint, evidence_start bigint,
    evidence_end bigint, trigger_text varchar, trigger_start bigint, trigger_end bigint,
    status varchar, mode varchar, date_text varchar, date_start bigint, date_end bigint,
    meeting_date date, date_precision varchar, place_text varchar, place_start bigint,
    place_end bigint, rule varchar, confidence double, date_month bigint, date_day bigint,
    date_weekday bigint
);
create table if not exists nlp.meeting_candidate_participants (
    article_id varchar, candidate_index bigint, participant_index bigint, participant_text varchar,
    start_char bigint, end_char bigint, label varchar, role varchar, resolved_by varchar,
    confidence double, reference_text varchar
);
"""

# Every per-article NLP table, so a batch is replaced atomically (delete + insert, one transaction).
NLP_ARTICLE_TABLES = (
    "nlp.removed_lines",
    "nlp.article_fingerprints",
    "nlp.article_signals",
    "nlp.sentences",
    "nlp.entity_spans",
    "nlp.quote_candidates",
    "nlp.meeting_candidates",
    "nlp.meeting_candidate_participants",
    "nlp.documents",
)


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    path.parent.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(path), read_only=read_only)


def ensure_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create the Python-written tables. When the annotation tables' layout changed since the build
    file was made, they are dropped and recreated (the NLP step then re-annotates everything)."""
    con.execute(RAW_DDL)
    layout = hashlib.sha256(NLP_DDL.encode()).hexdigest()[:16]
    con.execute("create table if not exists nlp.layout (layout varchar)")
    stored = con.execute("select max(layout) from nlp.layout").fetchone()[0]
    if stored != layout:
        for table in NLP_ARTICLE_TABLES:
            con.execute(f"drop table if exists {table}")
        con.execute("delete from nlp.layout")
        con.execute("insert into nlp.layout values (?)", [layout])
    con.execute(NLP_DDL)


def insert_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
) -> int:
    """Bulk insert through Arrow (one statement, no per-row round trips). Returns the row count."""
    if not rows:
        return 0
    arrays = {name: [row[i] for row in rows] for i, name in enumerate(columns)}
    batch = pa.table(arrays)
    con.register("_insert_batch", batch)
    try:
        column_list = ", ".join(columns)
        con.execute(f"insert into {table} ({column_list}) select {column_list} from _insert_batch")
    finally:
        con.unregister("_insert_batch")
    return len(rows)


class BuildLockTimeout(RuntimeError):
    """Another run holds the build lock for too long."""


@contextlib.contextmanager
def build_lock(build_file: Path, timeout_s: float = 1800.0) -> Iterator[None]:
    """Serialize writers of the build database across processes (two runs never write at once).

    The second writer logs one warning, waits up to `timeout_s`, then fails with a clear message.
    Steps of two concurrent runs therefore interleave, each step alone on the build database.
    The lock is an OS file lock: it disappears with the process, so a killed run never leaves
    it stale.
    """
    lock_path = build_file.with_name(build_file.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a+") as handle:
        deadline = time.monotonic() + timeout_s
        waiting = False
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError as error:
                if not waiting:
                    waiting = True
                    logging.getLogger("news_warehouse").warning(
                        f"another news-warehouse run is writing {build_file}; waiting up to "
                        f"{timeout_s:.0f}s for it to finish")
                if time.monotonic() > deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "unknown"
                    raise BuildLockTimeout(
                        f"another news-warehouse run ({holder}) is writing {build_file}; "
                        f"gave up after {timeout_s:.0f}s"
                    ) from error
                time.sleep(0.5)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


# BI drivers embed older DuckDB releases; a file tagged with storage version v1.0.0+ opens in every
# DuckDB from 1.0 on (tested with 1.1.3 in tests/integration/test_serving.py). DuckDB 1.5 writes
# that by default (storage_compatibility_version v0.10.2); DuckDB 2.x would not.
READABLE_STORAGE_VERSIONS = ("v0.10.", "v1.0.0")


def storage_version(con: duckdb.DuckDBPyConnection) -> str:
    """The storage version tag of the connection's main database (e.g. 'v1.0.0+')."""
    row = con.execute(
        "select tags['storage_version'] from duckdb_databases() "
        "where database_name = current_database()"
    ).fetchone()
    return str(row[0] if row and row[0] else "unknown")


def publish(build_file: Path, published_file: Path) -> Path:
    """Atomically replace the published warehouse with a freshly written copy of the build database.

    The copy is written by ``COPY FROM DATABASE`` into a new file, not copied byte for byte: the
    build file is rewritten by every run, and after a second build on the same file DuckDB 1.1
    (inside BI drivers) failed to open a byte copy of it ("Failed to load metadata pointer"). A
    freshly written file holds only live blocks, so it is also smaller (15% at 19k articles)."""
    con = connect(build_file)
    try:
        con.execute("checkpoint")
    finally:
        con.close()
    wal = build_file.with_name(build_file.name + ".wal")
    if wal.exists():
        raise RuntimeError(f"build database still has a write-ahead log after checkpoint: {wal}")
    published_file.parent.mkdir(parents=True, exist_ok=True)
    # A copy left by a publish killed mid-way (readers never see these names): remove it.
    for leftover in published_file.parent.glob(f".{published_file.name}.*.tmp*"):
        leftover.unlink(missing_ok=True)
    staging = published_file.with_name(f".{published_file.name}.{os.getpid()}.tmp")
    write_fresh_copy(build_file, staging)
    check = duckdb.connect(str(staging), read_only=True)
    try:
        version = storage_version(check)
    finally:
        check.close()
    if not version.startswith(READABLE_STORAGE_VERSIONS):
        staging.unlink(missing_ok=True)
        raise RuntimeError(
            f"{build_file} copies with storage version {version}, which the DuckDB 1.x drivers "
            "inside BI tools cannot open; write it with storage_compatibility_version = 'v1.0.0'"
        )
    with open(staging, "rb+") as handle:
        os.fsync(handle.fileno())
    stale_wal = published_file.with_name(published_file.name + ".wal")
    if stale_wal.exists():
        stale_wal.unlink()
    os.replace(staging, published_file)
    return published_file


PUBLISH_MEMORY_LIMIT = "512MB"


def _sql_string(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def write_fresh_copy(source: Path, target: Path) -> None:
    """Write every schema, table, view and comment of ``source`` into the new file ``target``."""
    target.unlink(missing_ok=True)
    # A bounded buffer: with DuckDB's default (80% of RAM) the copy alone peaked at 915 MB at 19k
    # articles, 613 MB with this limit, in the same time.
    con = duckdb.connect(config={"memory_limit": PUBLISH_MEMORY_LIMIT})
    try:
        con.execute(f"attach {_sql_string(source)} as publish_source (read_only)")
        con.execute(f"attach {_sql_string(target)} as publish_target")
        con.execute("copy from database publish_source to publish_target")
        con.execute("detach publish_target")
    finally:
        con.close()
    if target.with_name(target.name + ".wal").exists():
        raise RuntimeError(f"the published copy {target} was left with a write-ahead log")
