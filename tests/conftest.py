"""Shared fixtures. The pipeline really runs: DuckDB files in a temporary folder, real dbt, real
Dagster
materializations, real GX validations, the real spaCy model."""

import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from orchestration import settings

os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("TQDM_DISABLE", "1")
os.environ.setdefault("DO_NOT_TRACK", "1")

SEEDS = settings.PROJECT_ROOT / "seeds" / "articles"


@pytest.fixture(scope="session", autouse=True)
def dbt_manifest() -> Path:
    """dagster-dbt needs target/manifest.json before the definitions import: parse once per
    session."""
    manifest = settings.DBT_PROJECT_DIR / "target" / "manifest.json"
    subprocess.run(
        [settings.dbt_executable(), "parse", "--quiet", "--profiles-dir", "."],
        cwd=settings.DBT_PROJECT_DIR, check=True,
    )
    assert manifest.exists()
    return manifest


@pytest.fixture(scope="session", autouse=True)
def no_analyst_corrections(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The analyst's corrections in the repository (seeds/corrections) never change what a test
    sees: every build reads an empty corrections folder unless a test points elsewhere."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        folder = tmp_path_factory.mktemp("no_corrections")
        monkeypatch.setenv("NEWS_CORRECTIONS_DIR", str(folder))
        yield


class Env:
    """Point the pipeline at a private input folder and warehouse, restoring the environment
    after."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
        self.monkeypatch = monkeypatch
        self.root = root

    def use(self, input_dir: Path, warehouse: Path | None = None) -> Path:
        warehouse = warehouse or self.root / "warehouse" / "news.duckdb"
        self.monkeypatch.setenv("NEWS_INPUT_DIR", str(input_dir))
        self.monkeypatch.setenv("NEWS_WAREHOUSE", str(warehouse))
        self.monkeypatch.delenv("NEWS_BUILD_DIR", raising=False)
        settings.export_for_subprocesses()
        return warehouse


@pytest.fixture
def pipeline_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Env]:
    yield Env(monkeypatch, tmp_path)


def run_job(job_name: str = "build_warehouse"):
    """Execute a job of the code location in-process, as `make run` does."""
    import dagster as dg

    from orchestration.definitions import defs

    job = defs().resolve_job_def(job_name)
    with dg.DagsterInstance.ephemeral() as instance:
        return job.execute_in_process(instance=instance, raise_on_error=False)


def write_texts(folder: Path, texts: dict[str, str]) -> Path:
    """Write each `name -> text` as a file of `folder` (created) and return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build_from(root: Path, inputs: Path) -> Path:
    """One `build_warehouse` run on `inputs`, publishing under `root`; the environment is
    restored after. Returns the published warehouse."""
    mp = pytest.MonkeyPatch()
    try:
        warehouse = Env(mp, root).use(inputs)
        assert run_job("build_warehouse").success
    finally:
        mp.undo()
    return warehouse


def dict_rows(warehouse: Path, sql: str) -> list[dict]:
    """The rows of `sql` on a warehouse opened read-only, as dicts by column name."""
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        cur = con.execute(sql)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()


def fold(text: str) -> str:
    """Lower case without accents."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).lower()


@contextmanager
def seeds_environment(root: Path) -> Iterator[Path]:
    """Copy the five seed articles to `root/inputs` and point the pipeline at them, publishing
    to `root/warehouse/news.duckdb` (default build folder and briefing beside it). Yields the
    input folder; the environment is restored on exit."""
    inputs = root / "inputs"
    shutil.copytree(SEEDS, inputs)
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("NEWS_INPUT_DIR", str(inputs))
        monkeypatch.setenv("NEWS_WAREHOUSE", str(root / "warehouse" / "news.duckdb"))
        monkeypatch.delenv("NEWS_BUILD_DIR", raising=False)
        monkeypatch.delenv("NEWS_BRIEFING", raising=False)
        settings.export_for_subprocesses()
        yield inputs
    settings.export_for_subprocesses()


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The five seed articles built once per session, for tests that only read the result.

    The environment is restored right after the build; use the returned paths, not settings.
    """
    root = tmp_path_factory.mktemp("seeds_build")
    with seeds_environment(root) as inputs:
        result = run_job()
        return {
            "success": result.success, "published": settings.warehouse_path(),
            "build": settings.build_path(), "briefing": settings.briefing_path(),
            "root": root, "inputs": inputs,
        }


@pytest.fixture(scope="session")
def python() -> str:
    return sys.executable
