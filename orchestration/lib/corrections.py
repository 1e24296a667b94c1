"""The analyst's corrections of the output, read from CSV files users edit (docs/corrections.md).

Two files, one line per correction: ``meeting_corrections.csv`` (``meeting_id,action,value,note``)
and ``entity_corrections.csv`` (``entity_id,action,value,note``). Each file is loaded as it is
into ``raw.<name>`` (line numbers kept); dbt checks every line against what the pipeline found
(``int_meeting_corrections``, ``int_entity_corrections``) and applies the ones that hold. A
missing file means no corrections. A file that cannot be read as CSV (no ``<id>,action`` header, a
quote left open) is an error naming the file and the line: silently ignoring an analyst's
corrections would publish what they marked as wrong.
"""

import csv
from dataclasses import dataclass
from pathlib import Path

import duckdb

from orchestration.lib.warehouse import insert_rows

MEETING_CORRECTIONS_FILE = "meeting_corrections.csv"
ENTITY_CORRECTIONS_FILE = "entity_corrections.csv"


@dataclass(frozen=True)
class CorrectionsKind:
    """One corrections file: its name, the id column it keys on and the table it is loaded into."""

    file_name: str
    id_column: str
    table: str

    @property
    def columns(self) -> tuple[str, ...]:
        return (self.id_column, "action", "value", "note")


MEETINGS = CorrectionsKind(MEETING_CORRECTIONS_FILE, "meeting_id", "raw.meeting_corrections")
ENTITIES = CorrectionsKind(ENTITY_CORRECTIONS_FILE, "entity_id", "raw.entity_corrections")


class CorrectionsFileError(ValueError):
    """A corrections file that cannot be read as the documented CSV."""


@dataclass(frozen=True)
class CorrectionLine:
    line_number: int
    target_id: str | None
    action: str | None
    value: str | None
    note: str | None


def _cell(row: dict[str, str | None], column: str) -> str | None:
    text = (row.get(column) or "").strip()
    return text or None


def read_corrections(path: Path, kind: CorrectionsKind) -> list[CorrectionLine]:
    """The non-blank lines of a corrections file; [] when the file does not exist."""
    if not path.exists():
        return []
    lines: list[CorrectionLine] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, strict=True)
        header = [name.strip() for name in reader.fieldnames or []]
        missing = [name for name in (kind.id_column, "action") if name not in header]
        if missing:
            raise CorrectionsFileError(
                f"{path}: the first line must name the columns {','.join(kind.columns)} "
                f"(missing: {', '.join(missing)})"
            )
        reader.fieldnames = header
        try:
            for row in reader:
                cells = [_cell(row, column) for column in kind.columns]
                if any(cells):
                    lines.append(CorrectionLine(reader.line_num, *cells))
        except csv.Error as error:
            raise CorrectionsFileError(f"{path}, line {reader.line_num}: {error}") from error
    return lines


def store_corrections(
    con: duckdb.DuckDBPyConnection, kind: CorrectionsKind, lines: list[CorrectionLine]
) -> int:
    """Replace the kind's ``raw`` table with the file's lines (one transaction)."""
    con.execute("begin transaction")
    try:
        con.execute(f"delete from {kind.table}")
        stored = insert_rows(
            con,
            kind.table,
            ("line_number", *kind.columns),
            [(line.line_number, line.target_id, line.action, line.value, line.note)
             for line in lines],
        )
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return stored
