"""NLP: clean each article's text and annotate it with spaCy and rule extractors (incremental)."""

from datetime import UTC, datetime

import dagster as dg

from orchestration import settings
from orchestration.lib import warehouse
from orchestration.lib.annotate import COLUMNS, Annotator, pipeline_version
from orchestration.lib.nlp_runner import annotate_pending, table_counts

DESCRIPTIONS = {
    "nlp.documents": "Cleaned body text, language and pipeline version of each article.",
    "nlp.removed_lines": "Audit of the cleaning: every raw line removed, with the reason.",
    "nlp.article_fingerprints": "MinHash signature of each article's word 5-grams (story copies).",
    "nlp.article_signals": "Ranked candidates for title, date, outlet, byline and dateline.",
    "nlp.sentences": "Sentences with offsets into the cleaned body text.",
    "nlp.entity_spans": "Named-entity spans (spaCy + entity ruler) with offsets and name keys.",
    "nlp.quote_candidates": "Direct, partial and indirect quotes with speaker and cue spans.",
    "nlp.meeting_candidates": "Meeting candidates: trigger, status, mode, date and place evidence.",
    "nlp.meeting_candidate_participants": "Participants of each meeting candidate, with spans.",
}


def _key(table: str) -> dg.AssetKey:
    return dg.AssetKey(table.split("."))


@dg.multi_asset(
    specs=[
        dg.AssetSpec(_key(table), group_name="nlp", kinds={"duckdb", "spacy"},
                     owners=["team:nlp"], description=DESCRIPTIONS[table],
                     deps=[dg.AssetKey(["raw", "articles"])])
        for table in COLUMNS
    ],
)
def nlp_annotations(context: dg.AssetExecutionContext):
    """Annotate articles not yet annotated by this model and code version, in bounded batches."""
    model = settings.spacy_model()
    version = pipeline_version(model, settings.REFERENCE_DIR)
    build_file = settings.build_path()
    with warehouse.build_lock(build_file):
        con = warehouse.connect(build_file)
        try:
            warehouse.ensure_tables(con)
            progress, words = annotate_pending(
                con,
                lambda pending: Annotator(
                    model, settings.REFERENCE_DIR, settings.nlp_processes(pending)
                ),
                version,
                settings.batch_size(),
                lambda: datetime.now(UTC).replace(tzinfo=None),
                log=context.log.info,
            )
            counts = table_counts(con)
        finally:
            con.close()
    context.log.info(f"NLP done: {progress.summary()}; pipeline {version}")
    for table in COLUMNS:
        metadata = {"dagster/row_count": counts[table], "pipeline_version": version}
        if table == "nlp.documents":
            metadata.update(progress.metadata())
            metadata["words_annotated"] = words
        yield dg.MaterializeResult(asset_key=_key(table), metadata=metadata)
