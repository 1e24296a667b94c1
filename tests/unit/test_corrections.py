"""Reading the analyst's correction files (orchestration/lib/corrections.py)."""

from pathlib import Path

import duckdb
import pytest

from orchestration.lib import warehouse
from orchestration.lib.corrections import (
    ENTITIES,
    MEETINGS,
    CorrectionLine,
    CorrectionsFileError,
    read_corrections,
    store_corrections,
)


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "meeting_corrections.csv"
    path.write_text(text, encoding=encoding)
    return path


def test_a_missing_file_is_no_corrections(tmp_path: Path) -> None:
    assert read_corrections(tmp_path / "meeting_corrections.csv", MEETINGS) == []


def test_lines_keep_their_number_and_blank_cells_are_none(tmp_path: Path) -> None:
    path = write(tmp_path, (
        "meeting_id,action,value,note\n"
        "mtg_1, reject ,,  not a meeting \n"
        "\n"
        ",,,\n"
        'mtg_2,set_place,"Washington, D.C.",\n'
    ))
    assert read_corrections(path, MEETINGS) == [
        CorrectionLine(2, "mtg_1", "reject", None, "not a meeting"),
        CorrectionLine(5, "mtg_2", "set_place", "Washington, D.C.", None),
    ]


def test_a_spreadsheet_export_with_a_byte_order_mark_and_no_note_column(tmp_path: Path) -> None:
    path = write(tmp_path, "meeting_id,action,value\r\nmtg_1,set_date,2024-03-04\r\n",
                 encoding="utf-8-sig")
    assert read_corrections(path, MEETINGS) == [
        CorrectionLine(2, "mtg_1", "set_date", "2024-03-04", None)]


def test_a_file_without_the_header_names_what_is_missing(tmp_path: Path) -> None:
    path = write(tmp_path, "mtg_1,reject,,typo\n")
    with pytest.raises(CorrectionsFileError, match="missing: meeting_id, action"):
        read_corrections(path, MEETINGS)


def test_an_open_quote_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'meeting_id,action,value,note\nmtg_1,reject,,"never closed\n')
    with pytest.raises(CorrectionsFileError, match=r"line \d"):
        read_corrections(path, MEETINGS)


def test_the_entity_file_keys_on_entity_id(tmp_path: Path) -> None:
    path = tmp_path / "entity_corrections.csv"
    path.write_text("entity_id,action,value,note\nent_1,set_type,ORG,a newspaper\n")
    assert read_corrections(path, ENTITIES) == [
        CorrectionLine(2, "ent_1", "set_type", "ORG", "a newspaper")]
    with pytest.raises(CorrectionsFileError, match="missing: meeting_id"):
        read_corrections(path, MEETINGS)  # the entity file given as the meeting file


def test_storing_replaces_the_previous_lines(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "build.duckdb"))
    try:
        warehouse.ensure_tables(con)
        store_corrections(con, MEETINGS, [CorrectionLine(2, "mtg_1", "reject", None, None),
                                          CorrectionLine(3, "mtg_2", "reject", None, None)])
        replacement = [CorrectionLine(2, "mtg_3", "reject", None, "x")]
        assert store_corrections(con, MEETINGS, replacement) == 1
        assert con.execute("select * from raw.meeting_corrections").fetchall() == [
            (2, "mtg_3", "reject", None, "x")]
        assert store_corrections(con, MEETINGS, []) == 0
        assert con.execute("select count(*) from raw.meeting_corrections").fetchone() == (0,)
        store_corrections(con, ENTITIES, [CorrectionLine(2, "ent_1", "reject", None, None)])
        assert con.execute("select entity_id from raw.entity_corrections").fetchall() == [
            ("ent_1",)]
    finally:
        con.close()
