"""Export the public tables and analysis models of a published warehouse as Parquet or CSV files.

For users who work in R, pandas, a spreadsheet or a notebook without DuckDB, or who share a
snapshot: one file per table under `<target>/<schema>/<table>.<ext>`, plus a `README.md` data
dictionary written from the tables' and columns' database comments (the dbt YAML descriptions).
The warehouse is opened read-only, and the files are written to a staging folder that replaces
`target` at the end, so a failed export leaves the previous one as it was.
"""

import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

EXPORT_SCHEMAS = ("marts", "analysis")
FORMATS = {"parquet": "(format parquet, compression zstd)", "csv": "(format csv, header true)"}


@dataclass(frozen=True)
class ExportedTable:
    schema: str
    table: str
    path: Path
    rows: int


def _tables(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str | None]]:
    return con.execute(
        "select schema_name, table_name, comment from duckdb_tables() "
        "where database_name = current_database() and schema_name in (select unnest(?)) "
        "order by schema_name <> 'marts', schema_name, table_name",
        [list(EXPORT_SCHEMAS)],
    ).fetchall()


def _data_dictionary(con: duckdb.DuckDBPyConnection, exported: list[ExportedTable],
                     comments: dict[tuple[str, str], str | None], fmt: str) -> str:
    lines = ["# news-warehouse export", "",
             f"One {fmt} file per table; these descriptions are the warehouse's own (database "
             "comments). Offsets (`start_char`, `end_char`) are 0-based, end-exclusive code-point "
             "positions in `marts/articles` `body_text`.", ""]
    for item in exported:
        lines += [f"## {item.schema}/{item.path.name} ({item.rows} rows)", "",
                  comments.get((item.schema, item.table)) or "", "",
                  "| column | type | description |", "|---|---|---|"]
        columns = con.execute(
            "select column_name, data_type, comment from duckdb_columns() "
            "where database_name = current_database() and schema_name = ? and table_name = ? "
            "order by column_index", [item.schema, item.table]).fetchall()
        for name, data_type, comment in columns:
            text = (comment or "").replace("|", "\\|").replace("\n", " ")
            lines.append(f"| `{name}` | {data_type} | {text} |")
        lines.append("")
    return "\n".join(lines)


def export_warehouse(warehouse: Path, target: Path, fmt: str = "parquet") -> list[ExportedTable]:
    """Write every table of the export schemas of `warehouse` under `target` (replaced whole)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if not warehouse.exists():
        raise FileNotFoundError(f"no published warehouse at {warehouse}")
    target = target.resolve()
    staging = target.with_name(f".{target.name}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = _tables(con)
        exported: list[ExportedTable] = []
        for schema, table, _comment in tables:
            folder = staging / schema
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{table}.{fmt}"
            escaped = str(path).replace("'", "''")
            con.execute(f'copy (select * from {schema}."{table}") to \'{escaped}\' {FORMATS[fmt]}')
            rows = con.execute(f'select count(*) from {schema}."{table}"').fetchone()[0]
            exported.append(ExportedTable(schema, table, target / schema / path.name, rows))
        comments = {(schema, table): comment for schema, table, comment in tables}
        (staging / "README.md").write_text(_data_dictionary(con, exported, comments, fmt) + "\n",
                                           encoding="utf-8")
    finally:
        con.close()
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return exported
