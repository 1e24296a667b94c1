"""`cli export`: the public tables and analysis models as Parquet / CSV files with a data
dictionary, from the real published seeds warehouse."""

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from orchestration import settings
from orchestration.lib.exporting import EXPORT_SCHEMAS, export_warehouse


def _tables(warehouse: Path) -> dict[str, int]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        names = con.execute(
            "select schema_name, table_name from duckdb_tables() "
            "where schema_name in (select unnest(?))", [list(EXPORT_SCHEMAS)]).fetchall()
        return {f"{s}/{t}": con.execute(f'select count(*) from {s}."{t}"').fetchone()[0]
                for s, t in names}
    finally:
        con.close()


@pytest.fixture(scope="module")
def published(seeds_build: dict) -> Path:
    assert seeds_build["success"]
    return Path(seeds_build["published"])


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_every_table_is_exported_with_all_its_rows(published: Path, tmp_path: Path,
                                                   fmt: str) -> None:
    target = tmp_path / "export"
    exported = export_warehouse(published, target, fmt)
    expected = _tables(published)
    assert {f"{t.schema}/{t.table}" for t in exported} == set(expected)
    assert "marts/meetings" in expected and "analysis/stories" in expected
    reader = duckdb.connect()
    for name, rows in expected.items():
        path = target / f"{name}.{fmt}"
        assert path.exists(), path
        assert reader.execute(f"select count(*) from '{path}'").fetchone()[0] == rows, name


def test_data_dictionary_has_the_column_descriptions(published: Path, tmp_path: Path) -> None:
    target = tmp_path / "export"
    export_warehouse(published, target)
    readme = (target / "README.md").read_text(encoding="utf-8")
    assert "## marts/meetings.parquet" in readme
    assert "| `story_id` | VARCHAR | The story this article is a copy of" in readme
    assert readme.index("## marts/") < readme.index("## analysis/")


def test_a_new_export_replaces_the_old_folder(published: Path, tmp_path: Path) -> None:
    target = tmp_path / "export"
    target.mkdir()
    (target / "stale.parquet").write_text("old")
    export_warehouse(published, target)
    assert not (target / "stale.parquet").exists()
    assert not (tmp_path / ".export.partial").exists()


@pytest.mark.parametrize("command", ["export", "network"])
def test_cli_export_reports_a_missing_warehouse(tmp_path: Path, command: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "orchestration.cli", command, "--to", str(tmp_path / "out")],
        cwd=settings.PROJECT_ROOT, capture_output=True, text=True,
        env={"PATH": "/usr/bin:/bin", "NEWS_WAREHOUSE": str(tmp_path / "none.duckdb")},
    )
    assert done.returncode == 1
    assert "no published warehouse" in done.stderr and "make run" in done.stderr
    assert not (tmp_path / "out").exists()
