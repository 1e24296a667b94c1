"""Summaries of a published warehouse: row counts per public table, corrections that do not
apply, what the newest load brought."""

from pathlib import Path

import duckdb

from orchestration.lib.corrections import ENTITY_CORRECTIONS_FILE, MEETING_CORRECTIONS_FILE

PUBLIC_TABLES = (
    "marts.sources", "marts.articles", "marts.entities", "marts.entity_aliases", "marts.mentions",
    "marts.meetings", "marts.meeting_participants", "marts.meeting_reports", "marts.quotes",
)


def row_counts(path: Path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        counts = {}
        for table in PUBLIC_TABLES:
            counts[table] = con.execute(f"select count(*) from {table}").fetchone()[0]
        for schema in ("raw", "analysis", "quality"):
            for (name,) in con.execute(
                "select table_name from duckdb_tables() where schema_name = ? order by 1", [schema]
            ).fetchall():
                counts[f"{schema}.{name}"] = con.execute(
                    f'select count(*) from {schema}."{name}"').fetchone()[0]
        return counts
    finally:
        con.close()


# correction file -> the analysis model that reviews its lines
CORRECTION_REVIEWS = {
    MEETING_CORRECTIONS_FILE: "meeting_correction_review",
    ENTITY_CORRECTIONS_FILE: "entity_correction_review",
}


def unapplied_corrections(path: Path) -> dict[str, int]:
    """Per correction file, its lines that do not apply (files whose review model the warehouse
    does not have, built before corrections existed, are left out)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        counts = {}
        for file_name, review in CORRECTION_REVIEWS.items():
            exists = con.execute(
                "select count(*) from duckdb_tables() "
                "where schema_name = 'analysis' and table_name = ?", [review]
            ).fetchone()[0]
            if exists:
                counts[file_name] = con.execute(
                    f"select count(*) from analysis.{review} where not applies").fetchone()[0]
        return counts
    finally:
        con.close()


def latest_load_line(path: Path) -> str | None:
    """One line on what the newest load of the input folder brought (from analysis.load_changes),
    or None for a warehouse built before that model existed."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        has_model = con.execute(
            "select count(*) from duckdb_tables() "
            "where schema_name = 'analysis' and table_name = 'load_changes'"
        ).fetchone()[0]
        latest = con.execute(
            "select started_at, articles_added from raw.load_runs order by started_at desc limit 1"
        ).fetchone()
        if not has_model or latest is None:
            return None
        started_at, articles_added = latest
        if not articles_added:
            return "latest load: no new articles"
        kinds = dict(con.execute(
            "select change_kind, count(*) from analysis.load_changes "
            "where load_started_at = ? group by change_kind", [started_at]
        ).fetchall())
    finally:
        con.close()
    return (f"latest load: {articles_added} new articles, {kinds.get('new_meeting', 0)} new "
            f"meetings, {kinds.get('meeting_new_reports', 0)} meetings with new reports, "
            f"{kinds.get('new_entity', 0)} new entities: select * from analysis.load_changes "
            f"where load_started_at = (select max(load_started_at) from analysis.load_changes)")
