"""The analyst's corrections of the output, read from CSV files users edit.

``meeting_corrections.csv`` has one line per correction: ``meeting_id,action,value,note``. The file
is loaded as it is into ``raw.meeting_corrections`` (line numbers kept); dbt checks each line
against the meetings the pipeline found (``int_meeting_corrections``) and applies the ones that
hold. A missing file means no corrections. A file that cannot be read as CSV (no
``meeting_id``/``action`` header, a quote left open) is an error naming the file and the line:
silently ignoring an analyst's corrections would publish what they marked as wrong.
"""

import csv
from dataclasses import dataclass
from pathlib import Path

import duckdb

from orchestration.lib.warehouse import insert_rows

MEETING_CORRECTIONS_FILE = "meeting_corrections.csv"
MEETING_COLUMNS = ("meeting_id", "action", "value", "note")
REQUIRED_COLUMNS = ("meeting_id", "action")


class CorrectionsFileError(ValueError):
    """A corrections file that cannot be read as the documented CSV."""


@dataclass(frozen=True)
class CorrectionLine:
    line_number: int
    meeting_id: str | None
    action: str | None
    value: str | None
    note: str | None


def _cell(row: dict[str, str | None], column: str) -> str | None:
    text = (row.get(column) or "").strip()
    return text or None


def read_meeting_corrections(path: Path) -> list[CorrectionLine]:
    """The non-blank lines of a meeting corrections file; [] when the file does not exist."""
    if not path.exists():
        return []
    lines: list[CorrectionLine] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, strict=True)
        header = [name.strip() for name in reader.fieldnames or []]
        missing = [name for name in REQUIRED_COLUMNS if name not in header]
        if missing:
            raise CorrectionsFileError(
                f"{path}: the first line must name the columns {','.join(MEETING_COLUMNS)} "
                f"(missing: {', '.join(missing)})"
            )
        reader.fieldnames = header
        try:
            for row in reader:
                cells = {column: _cell(row, column) for column in MEETING_COLUMNS}
                if not any(cells.values()):
                    continue
                lines.append(CorrectionLine(line_number=reader.line_num, **cells))
        except csv.Error as error:
            raise CorrectionsFileError(f"{path}, line {reader.line_num}: {error}") from error
    return lines


def store_meeting_corrections(con: duckdb.DuckDBPyConnection, lines: list[CorrectionLine]) -> int:
    """Replace ``raw.meeting_corrections`` with the file's lines (one transaction)."""
    con.execute("begin transaction")
    try:
        con.execute("delete from raw.meeting_corrections")
        stored = insert_rows(
            con,
            "raw.meeting_corrections",
            ("line_number", *MEETING_COLUMNS),
            [(line.line_number, line.meeting_id, line.action, line.value, line.note)
             for line in lines],
        )
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return stored
