"""Every kind of bad data the quality suites promise to catch, caught.

The seeds are built once for the module. Most corruptions are applied to a copy of the build
database and validated directly with the suite (fast); two are applied upstream of the dbt models
and run through the Dagster job `rebuild_models`, showing the check fails and blocks the analysis
models and publication.
"""

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from orchestration import settings
from orchestration.lib.gx_validation import Suite, load_suites
from orchestration.lib.quality_store import SuiteRun, failures_markdown, run_suite
from tests.conftest import run_job, seeds_environment

pytestmark = pytest.mark.integration

SUITES: dict[str, Suite] = {s.name: s for s in load_suites(settings.EXPECTATIONS_DIR / "suites")}
BETWEEN = "expect_column_values_to_be_between"
IN_SET = "expect_column_values_to_be_in_set"
UNIQUE = "expect_column_values_to_be_unique"
NOT_NULL = "expect_column_values_to_not_be_null"

# A row of each table to corrupt (deterministic: the smallest key).
FIRST_MENTION = "(select min(mention_id) from marts.mentions)"
FIRST_QUOTE = "(select min(quote_id) from marts.quotes)"
FIRST_ARTICLE = "(select min(article_id) from marts.articles)"
FIRST_MEETING = "(select min(meeting_id) from marts.meetings)"
ANNOUNCED_PLANNED = """(select min(m.meeting_id) from marts.meetings as m
    join marts.meeting_reports as r using (meeting_id) join marts.articles as a using (article_id)
    where m.status = 'planned' and a.published_date is not null)"""
ONE_PARTICIPANT = f"""delete from marts.meeting_participants where meeting_id = {FIRST_MEETING}
    and entity_id <> (select min(entity_id) from marts.meeting_participants
                      where meeting_id = {FIRST_MEETING})"""

# (id, suite, corruption SQL, (expectation type, column) that must fail)
CORRUPTIONS = [
    # keys
    ("duplicate_mention_id", "mentions",
     f"insert into marts.mentions select * from marts.mentions where mention_id = {FIRST_MENTION}",
     (UNIQUE, "mention_id")),
    ("duplicate_entity_id", "entities",
     "insert into marts.entities select * from marts.entities "
     "where entity_id = (select min(entity_id) from marts.entities)", (UNIQUE, "entity_id")),
    ("duplicate_meeting_id", "meetings",
     f"insert into marts.meetings select * from marts.meetings where meeting_id = {FIRST_MEETING}",
     (UNIQUE, "meeting_id")),
    ("null_quote_id", "quotes",
     f"update marts.quotes set quote_id = null where quote_id = {FIRST_QUOTE}",
     (NOT_NULL, "quote_id")),
    ("null_article_id", "articles",
     f"update marts.articles set article_id = null where article_id = {FIRST_ARTICLE}",
     (NOT_NULL, "article_id")),
    ("null_source_id", "sources",
     "update marts.sources set source_id = null where source_id = (select min(source_id) "
     "from marts.sources)", (NOT_NULL, "source_id")),
    # foreign keys, one per relationship
    ("mention_to_entity", "mentions",
     f"update marts.mentions set entity_id = 'ent_missing' where mention_id = {FIRST_MENTION}",
     (IN_SET, "entity_exists")),
    ("mention_to_article", "mentions",
     f"update marts.mentions set article_id = 'art_missing' where mention_id = {FIRST_MENTION}",
     (IN_SET, "article_exists")),
    ("participant_to_meeting", "meeting_participants",
     f"update marts.meeting_participants set meeting_id = 'mtg_missing' "
     f"where meeting_id = {FIRST_MEETING}", (IN_SET, "meeting_exists")),
    ("participant_to_entity", "meeting_participants",
     f"update marts.meeting_participants set entity_id = 'ent_missing' "
     f"where meeting_id = {FIRST_MEETING}", (IN_SET, "entity_exists")),
    ("report_to_meeting", "meeting_reports",
     f"update marts.meeting_reports set meeting_id = 'mtg_missing' "
     f"where meeting_id = {FIRST_MEETING}",
     (IN_SET, "meeting_exists")),
    ("report_to_article", "meeting_reports",
     f"update marts.meeting_reports set article_id = 'art_missing' "
     f"where meeting_id = {FIRST_MEETING}",
     (IN_SET, "article_exists")),
    ("quote_to_article", "quotes",
     f"update marts.quotes set article_id = 'art_missing' where quote_id = {FIRST_QUOTE}",
     (IN_SET, "article_exists")),
    ("quote_to_speaker_entity", "quotes",
     f"update marts.quotes set speaker_entity_id = 'ent_missing' where quote_id = {FIRST_QUOTE}",
     (IN_SET, "speaker_resolves")),
    ("article_to_source", "articles",
     f"update marts.articles set source_id = 'src_missing' where article_id = {FIRST_ARTICLE}",
     (IN_SET, "source_resolves")),
    ("alias_to_entity", "entity_aliases",
     "update marts.entity_aliases set entity_id = 'ent_missing' "
     "where alias = (select min(alias) from marts.entity_aliases)", (IN_SET, "entity_exists")),
    ("meeting_place_to_entity", "meetings",
     f"update marts.meetings set place_entity_id = 'ent_missing' "
     f"where meeting_id = {FIRST_MEETING}",
     (IN_SET, "place_resolves")),
    # offsets and spans
    ("mention_offset_outside_text", "mentions",
     f"update marts.mentions set end_char = end_char + 100000 where mention_id = {FIRST_MENTION}",
     (IN_SET, "offsets_inside_text")),
    ("mention_span_not_text", "mentions",
     f"update marts.mentions set mention_text = 'Nobody' where mention_id = {FIRST_MENTION}",
     (IN_SET, "span_matches_text")),
    ("quote_negative_offset", "quotes",
     f"update marts.quotes set start_char = -3 where quote_id = {FIRST_QUOTE}",
     (IN_SET, "offsets_inside_text")),
    ("report_span_not_text", "meeting_reports",
     f"update marts.meeting_reports set start_char = start_char + 1 "
     f"where meeting_id = {FIRST_MEETING}", (IN_SET, "span_matches_text")),
    ("sentence_offset_outside_text", "nlp_sentences",
     "update nlp.sentences set end_char = end_char + 100000 where sentence_index = 0",
     (IN_SET, "offsets_inside_text")),
    ("entity_span_not_text", "nlp_entity_spans",
     "update nlp.entity_spans set span_text = lower(span_text) || 'x' where span_index = 0",
     (IN_SET, "span_matches_text")),
    ("quote_candidate_speaker_span", "nlp_quote_candidates",
     "update nlp.quote_candidates set speaker_start = speaker_start + 1 where quote_index = 0",
     (IN_SET, "speaker_span_matches_text")),
    ("meeting_candidate_trigger_span", "nlp_meeting_candidates",
     "update nlp.meeting_candidates set trigger_text = 'summit' || trigger_text "
     "where candidate_index = 0", (IN_SET, "trigger_span_matches_text")),
    ("meeting_candidate_evidence_outside", "nlp_meeting_candidates",
     "update nlp.meeting_candidates set evidence_end = evidence_end + 100000 "
     "where candidate_index = 0", (IN_SET, "offsets_inside_text")),
    # quotes, meetings
    ("direct_quote_not_in_article", "quotes",
     "update marts.quotes set quote_text = 'words nobody ever wrote' "
     "where quote_id = (select min(quote_id) from marts.quotes where quote_kind = 'direct')",
     (IN_SET, "direct_quote_in_article")),
    ("meeting_with_one_participant", "meetings", ONE_PARTICIPANT, (BETWEEN, "participant_count")),
    ("meeting_without_report", "meetings",
     f"delete from marts.meeting_reports where meeting_id = {FIRST_MEETING}",
     (BETWEEN, "report_rows")),
    ("planned_meeting_before_announcement", "meetings",
     f"update marts.meetings set meeting_date = date '2017-01-02' "
     f"where meeting_id = {ANNOUNCED_PLANNED}", (IN_SET, "planned_not_before_announcement")),
    # value sets
    ("bad_entity_type", "entities",
     "update marts.entities set entity_type = 'ALIEN' "
     "where entity_id = (select min(entity_id) from marts.entities)", (IN_SET, "entity_type")),
    ("bad_span_label", "nlp_entity_spans",
     "update nlp.entity_spans set label = 'ALIEN' where span_index = 0", (IN_SET, "label")),
    ("bad_quote_kind", "quotes",
     f"update marts.quotes set quote_kind = 'rumour' where quote_id = {FIRST_QUOTE}",
     (IN_SET, "quote_kind")),
    ("bad_status", "meetings",
     f"update marts.meetings set status = 'cancelled' where meeting_id = {FIRST_MEETING}",
     (IN_SET, "status")),
    ("bad_mode", "meetings",
     f"update marts.meetings set mode = 'telepathy' where meeting_id = {FIRST_MEETING}",
     (IN_SET, "mode")),
    ("bad_date_precision", "meetings",
     f"update marts.meetings set date_precision = 'eon' where meeting_id = {FIRST_MEETING}",
     (IN_SET, "date_precision")),
    ("bad_date_method", "articles",
     f"update marts.articles set published_date_method = 'guessed' "
     f"where article_id = {FIRST_ARTICLE}", (IN_SET, "published_date_method")),
    ("bad_rejection_reason", "raw_rejected_inputs",
     "insert into raw.rejected_inputs (rejection_id, input_name, reason, rejected_at) "
     "values ('rej_x', 'x.txt', 'gremlins', now())", (IN_SET, "reason")),
    # dates
    ("implausible_published_date", "articles",
     f"update marts.articles set published_date = date '1066-10-14' "
     f"where article_id = {FIRST_ARTICLE}", (BETWEEN, "published_year")),
    ("future_published_date", "articles",
     f"update marts.articles set published_date = current_date + 30 "
     f"where article_id = {FIRST_ARTICLE}", (IN_SET, "published_not_in_future")),
    ("implausible_meeting_date", "meetings",
     f"update marts.meetings set meeting_date = date '1850-01-01' "
     f"where meeting_id = {FIRST_MEETING}", (BETWEEN, "meeting_year")),
    # empty text
    ("empty_body_text", "articles",
     f"update marts.articles set body_text = '  ' where article_id = {FIRST_ARTICLE}",
     (BETWEEN, "body_length")),
    ("empty_annotated_body", "nlp_documents",
     "update nlp.documents set body_text = '' "
     "where article_id = (select min(article_id) from nlp.documents)",
     (BETWEEN, "annotated_body_length")),
    ("empty_raw_text", "raw_articles",
     "update raw.articles set raw_text = ' ' "
     "where article_id = (select min(article_id) from raw.articles)", (BETWEEN, "raw_length")),
    # distributions: a broken extractor
    ("most_mentions_deleted_share", "mentions_distribution",
     f"delete from marts.mentions where article_id <> {FIRST_ARTICLE}",
     (BETWEEN, "share_articles_without_mention")),
    ("most_mentions_deleted_rate", "mentions_distribution",
     "delete from marts.mentions where mention_id not in "
     "(select min(mention_id) from marts.mentions group by article_id)",
     (BETWEEN, "mentions_per_1000_words")),
    ("speakers_lost", "quotes_distribution",
     "update marts.quotes set speaker_name = null, speaker_entity_id = null",
     (BETWEEN, "share_quotes_without_speaker")),
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    with seeds_environment(tmp_path_factory.mktemp("quality_build")) as inputs:
        result = run_job()
        yield {"result": result, "published": settings.warehouse_path(),
               "build": settings.build_path(), "inputs": inputs}


def corrupted_copy(source: Path, target: Path, statement: str) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, target)
    con = duckdb.connect(str(target))
    try:
        changed = con.execute(statement).fetchone()
        assert changed is None or changed[0] > 0, f"the corruption changed nothing: {statement}"
    finally:
        con.close()
    return target


def validate(database: Path, suite: Suite) -> SuiteRun:
    con = duckdb.connect(str(database), read_only=True)
    try:
        return run_suite(con, suite)
    finally:
        con.close()


def failed(run: SuiteRun) -> set[tuple[str, str | None]]:
    return {(o.expectation, o.column) for o in run.failures}


def test_seed_build_passes_every_suite(built: dict[str, Path]) -> None:
    result = built["result"]
    assert result.success
    evaluations = [
        e.asset_check_evaluation_data for e in result.all_events
        if e.event_type_value == "ASSET_CHECK_EVALUATION"
    ]
    gx_checks = {e.check_name: e.passed for e in evaluations if e.check_name.startswith("gx_")}
    assert gx_checks == {f"gx_{name}": True for name in SUITES}
    for suite in SUITES.values():
        run = validate(built["published"], suite)
        assert run.success, (suite.name, [(o.expectation, o.target) for o in run.failures])
        assert len(run.outcomes) == len(suite.expectations)


def test_distribution_metrics_are_measured_on_the_seeds(built: dict[str, Path]) -> None:
    run = validate(built["published"], SUITES["mentions_distribution"])
    observed = {o.column: o.observed_value for o in run.outcomes}
    assert observed["share_articles_without_mention"] is not None
    assert 20 < float(observed["mentions_per_1000_words"] or 0) < 250


def test_one_quality_row_per_expectation_per_run(built: dict[str, Path]) -> None:
    con = duckdb.connect(str(built["published"]), read_only=True)
    try:
        rows = con.execute(
            "select run_id, suite_name, count(*), count(distinct expectation_index) "
            "from quality.expectation_results group by all"
        ).fetchall()
        summary = con.execute(
            "select count(*), bool_and(success) from quality.suite_runs"
        ).fetchone()
    finally:
        con.close()
    assert {suite for _, suite, _, _ in rows} == set(SUITES)
    for _, suite, count, distinct in rows:
        assert count == distinct == len(SUITES[suite].expectations)
    assert summary == (len(rows), True)


@pytest.mark.parametrize(("suite_name", "statement", "expected"),
                         [c[1:] for c in CORRUPTIONS], ids=[c[0] for c in CORRUPTIONS])
def test_corruption_is_caught(built: dict[str, Path], tmp_path: Path, suite_name: str,
                              statement: str, expected: tuple[str, str]) -> None:
    database = corrupted_copy(built["build"], tmp_path / "news.duckdb", statement)
    run = validate(database, SUITES[suite_name])
    assert not run.success
    assert expected in failed(run), failed(run)
    failure = next(o for o in run.failures if (o.expectation, o.column) == expected)
    markdown = failures_markdown(run)
    assert failure.description and failure.description[:40] in markdown
    assert f"| {expected[0]} | {expected[1]} |" in markdown


def test_failure_metadata_shows_sample_rows(built: dict[str, Path], tmp_path: Path) -> None:
    database = corrupted_copy(
        built["build"], tmp_path / "news.duckdb",
        f"update marts.mentions set mention_text = 'Nobody' where mention_id = {FIRST_MENTION}",
    )
    con = duckdb.connect(str(database), read_only=True)
    mention_id = con.execute(f"select {FIRST_MENTION}").fetchone()[0]
    con.close()
    run = validate(database, SUITES["mentions"])
    failure = next(o for o in run.failures if o.column == "span_matches_text")
    assert failure.unexpected_count == 1
    assert failure.sample_rows and failure.sample_rows[0]["mention_id"] == mention_id
    markdown = failures_markdown(run)
    assert "| expectation |" in markdown and mention_id in markdown and "Nobody" in markdown


def test_data_docs_site_references_every_suite(built: dict[str, Path]) -> None:
    env = {**os.environ, "NEWS_WAREHOUSE": str(built["published"])}
    done = subprocess.run([sys.executable, "-m", "orchestration.cli", "quality-docs"], env=env,
                          cwd=settings.PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    site = built["published"].parent / "gx" / "uncommitted" / "data_docs" / "local_site"
    index = site / "index.html"
    assert done.stdout.strip().endswith(str(index))
    html = index.read_text(encoding="utf-8")
    for name in SUITES:
        assert name in html, name
        assert list((index.parent / "validations" / name).rglob("*.html")), name
    assert list((index.parent / "expectations").glob("*.html"))


# --------------------------------------------------------------------------- through Dagster


def rebuild_with(built: dict[str, Path], root: Path, monkeypatch: pytest.MonkeyPatch,
                 statement: str):
    """Copy the seed build to a private warehouse, corrupt the annotations, run rebuild_models."""
    published = root / "warehouse" / "news.duckdb"
    build = root / "warehouse" / "build" / "news.duckdb"
    published.parent.mkdir(parents=True)
    shutil.copy(built["published"], published)
    corrupted_copy(built["build"], build, statement)
    monkeypatch.setenv("NEWS_INPUT_DIR", str(built["inputs"]))
    monkeypatch.setenv("NEWS_WAREHOUSE", str(published))
    monkeypatch.delenv("NEWS_BUILD_DIR", raising=False)
    settings.export_for_subprocesses()
    assert settings.build_path() == build
    before = digest(published)
    result = run_job("rebuild_models")
    assert not result.success
    materialized = {
        e.asset_key.to_user_string() for e in result.all_events
        if e.event_type_value == "ASSET_MATERIALIZATION"
    }
    assert "marts/mentions" in materialized
    assert not any(key.startswith("analysis/") for key in materialized)
    assert "warehouse/published" not in materialized
    assert digest(published) == before
    evaluations = {
        e.asset_check_evaluation_data.check_name: e.asset_check_evaluation_data
        for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"
    }
    return evaluations, build


def test_broken_entity_extractor_blocks_analysis_and_publication(
    built: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An NER that finds almost nothing: keep only the first span of each article.
    evaluations, build = rebuild_with(
        built, tmp_path, monkeypatch,
        "delete from nlp.entity_spans where span_index > 0",
    )
    check = evaluations["gx_mentions_distribution"]
    assert not check.passed
    failures = check.metadata["failures"].value
    assert "mentions_per_1000_words" in failures
    assert "expect_column_values_to_be_between" in failures
    assert evaluations["gx_mentions"].passed
    con = duckdb.connect(str(build), read_only=True)
    rows = con.execute(
        "select column_name, observed_value from quality.expectation_results "
        "where suite_name = 'mentions_distribution' and not success"
    ).fetchall()
    con.close()
    observed = dict(rows)
    assert float(observed["mentions_per_1000_words"]) < 20


def test_bad_value_blocks_analysis_and_publication(
    built: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A meeting extractor emitting a mode outside the agreed value set.
    evaluations, _ = rebuild_with(
        built, tmp_path, monkeypatch,
        "update nlp.meeting_candidates set mode = 'telepathy'",
    )
    check = evaluations["gx_meetings"]
    assert not check.passed
    assert "expect_column_values_to_be_in_set(mode)" in check.metadata["failed_expectations"].value
    assert "telepathy" in check.metadata["failures"].value


def test_one_check_runs_alone(built: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    # The suites of a stage share one step, but the UI can still execute a single check.
    import dagster as dg

    from orchestration.definitions import defs

    monkeypatch.setenv("NEWS_INPUT_DIR", str(built["inputs"]))
    monkeypatch.setenv("NEWS_WAREHOUSE", str(built["published"]))
    monkeypatch.delenv("NEWS_BUILD_DIR", raising=False)
    settings.export_for_subprocesses()
    key = dg.AssetCheckKey(dg.AssetKey(["marts", "mentions"]), "gx_mentions")
    job = dg.define_asset_job("only_gx_mentions", selection=dg.AssetSelection.checks(key))
    resolved = dg.Definitions.merge(defs(), dg.Definitions(jobs=[job]))
    with dg.DagsterInstance.ephemeral() as instance:
        result = resolved.resolve_job_def("only_gx_mentions").execute_in_process(
            instance=instance, raise_on_error=False)
    evaluations = [e.asset_check_evaluation_data for e in result.all_events
                   if e.event_type_value == "ASSET_CHECK_EVALUATION"]
    assert result.success
    assert [(e.check_name, e.passed) for e in evaluations] == [("gx_mentions", True)]
