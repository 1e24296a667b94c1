"""Summaries of a published warehouse: row counts per public table, corrections that do not
apply."""

from pathlib import Path

import duckdb

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


def unapplied_corrections(path: Path) -> int:
    """Lines of the analyst's meeting corrections file that do not apply (0 for a warehouse
    built before corrections existed)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        exists = con.execute(
            "select count(*) from duckdb_tables() "
            "where schema_name = 'analysis' and table_name = 'meeting_correction_review'"
        ).fetchone()[0]
        if not exists:
            return 0
        return con.execute(
            "select count(*) from analysis.meeting_correction_review where not applies"
        ).fetchone()[0]
    finally:
        con.close()
