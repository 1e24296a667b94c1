"""The pipeline version decides which stored annotations are current: it must change with every
file the NLP step reads, and only with those (a seed only dbt reads must not re-annotate)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from orchestration import settings
from orchestration.lib.annotate import (
    LIB_DIR,
    NLP_REFERENCE_FILES,
    VERSIONED_SOURCES,
    pipeline_version,
)

ROOT = Path(__file__).resolve().parents[2]


def test_versioned_sources_are_exactly_the_modules_the_nlp_step_imports() -> None:
    code = (
        "import sys, orchestration.lib.annotate\n"
        "print(' '.join(sorted(m.rsplit('.', 1)[1] + '.py' for m in sys.modules "
        "if m.startswith('orchestration.lib.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert sorted(out.stdout.split()) == sorted(VERSIONED_SOURCES)


def test_every_seed_the_nlp_modules_name_is_versioned() -> None:
    seeds = {path.name for path in settings.REFERENCE_DIR.glob("*.csv")}
    named: set[str] = set()
    for module in VERSIONED_SOURCES:
        named |= set(re.findall(r"([a-z_]+\.csv)", (LIB_DIR / module).read_text(encoding="utf-8")))
    assert named & seeds, "no seed named in the NLP modules: the scan is broken"
    assert sorted((named & seeds) - set(NLP_REFERENCE_FILES)) == []
    assert sorted(set(NLP_REFERENCE_FILES) - seeds) == []


def test_version_follows_nlp_seeds_only(tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    shutil.copytree(settings.REFERENCE_DIR, reference)
    model = settings.spacy_model()
    before = pipeline_version(model, reference)
    sql_only = sorted(
        path for path in reference.glob("*.csv") if path.name not in NLP_REFERENCE_FILES
    )
    assert sql_only, "every seed is read by the NLP step"
    for path in sql_only:
        path.write_text(path.read_text(encoding="utf-8") + "Added Row,added,Added Row\n",
                        encoding="utf-8")
    assert pipeline_version(model, reference) == before
    known = reference / "known_entities.csv"
    known.write_text(known.read_text(encoding="utf-8")
                     + "added_row,Added Row,PERSON,Added Row,name\n", encoding="utf-8")
    assert pipeline_version(model, reference) != before
