"""Ingestion: every input document ends in raw.articles or raw.rejected_inputs, incrementally, and
is listed in raw.input_manifest (see orchestration/lib/loading.py and docs/robustness.md)."""

from datetime import UTC, datetime

import dagster as dg

from orchestration import settings
from orchestration.lib import warehouse
from orchestration.lib.loading import LoadSummary, load_inputs

ARTICLES = dg.AssetKey(["raw", "articles"])
REJECTED = dg.AssetKey(["raw", "rejected_inputs"])
MANIFEST = dg.AssetKey(["raw", "input_manifest"])
LOAD_RUNS = dg.AssetKey(["raw", "load_runs"])


@dg.multi_asset(
    specs=[
        dg.AssetSpec(ARTICLES, group_name="ingest", kinds={"duckdb", "python"},
                     owners=["team:ingest"],
                     description="One row per accepted input document version (content-addressed "
                                 "article_id, raw text, metadata). Append-only; re-loading adds "
                                 "nothing."),
        dg.AssetSpec(REJECTED, group_name="ingest", kinds={"duckdb", "python"},
                     owners=["team:ingest"],
                     description="Inputs that could not be loaded, each with a reason (empty, "
                                 "binary, malformed JSONL, duplicate of another document, ...)."),
        dg.AssetSpec(MANIFEST, group_name="ingest", kinds={"duckdb", "python"},
                     owners=["team:ingest"],
                     description="Every input document seen by each completed load (last 10 loads) "
                                 "with its outcome; int_input_accounting proves each one is in "
                                 "exactly one of raw.articles / raw.rejected_inputs."),
        dg.AssetSpec(LOAD_RUNS, group_name="ingest", kinds={"duckdb", "python"},
                     owners=["team:ingest"],
                     description="One row per completed load of the input folder, with counts."),
    ],
)
def raw_inputs(context: dg.AssetExecutionContext):
    """Read NEWS_INPUT_DIR (*.txt, *.jsonl, *.html, *.warc[.gz], recursively) into the build
    warehouse."""
    build_file = settings.build_path()
    with warehouse.build_lock(build_file):
        con = warehouse.connect(build_file)
        try:
            warehouse.ensure_tables(con)
            summary: LoadSummary = load_inputs(
                con, settings.input_dir(), settings.max_input_bytes(), context.run_id,
                datetime.now(UTC).replace(tzinfo=None), log=context.log.info,
            )
            totals = con.execute(
                "select (select count(*) from raw.articles), "
                "(select count(*) from raw.rejected_inputs), "
                "(select count(*) from raw.input_manifest), (select count(*) from raw.load_runs)"
            ).fetchone()
        finally:
            con.close()
    context.log.info(summary.describe())
    yield dg.MaterializeResult(asset_key=ARTICLES, metadata={
        "dagster/row_count": totals[0],
        "articles_added": summary.articles_added,
        "documents_seen": summary.documents_seen,
        "input_dir": str(settings.input_dir()),
    })
    yield dg.MaterializeResult(asset_key=REJECTED, metadata={
        "dagster/row_count": totals[1],
        "rejections_added": summary.rejections_added,
        "reasons": dg.MetadataValue.json(summary.rejection_reasons),
    })
    yield dg.MaterializeResult(asset_key=MANIFEST, metadata={"dagster/row_count": totals[2]})
    yield dg.MaterializeResult(asset_key=LOAD_RUNS, metadata={"dagster/row_count": totals[3]})
