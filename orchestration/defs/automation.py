"""Jobs (one per stage and one for everything), a daily schedule (off by default) and a sensor that
starts a build when files in the input folder change."""

import hashlib

import dagster as dg

from orchestration import settings
from orchestration.lib.ingest import discover

build_warehouse = dg.define_asset_job(
    "build_warehouse",
    selection=dg.AssetSelection.all(),
    description="Everything: load -> annotate -> dbt -> quality checks -> analysis -> publish.",
)
ingest_job = dg.define_asset_job(
    "ingest_job", selection=dg.AssetSelection.groups("ingest"), description="Load new inputs only."
)
nlp_job = dg.define_asset_job(
    "nlp_job", selection=dg.AssetSelection.groups("nlp"), description="Annotate pending articles."
)
transform_job = dg.define_asset_job(
    "transform_job",
    selection=dg.AssetSelection.groups("reference", "staging", "intermediate", "marts"),
    description="Rebuild the dbt warehouse models and run their quality checks.",
)
rebuild_models = dg.define_asset_job(
    "rebuild_models",
    selection=dg.AssetSelection.groups(
        "reference", "staging", "intermediate", "marts", "analysis", "publish"
    ),
    description="dbt models, quality checks, analysis and publish, from the stored annotations "
                "(after a change to SQL or reference seeds; no NLP).",
)
analysis_job = dg.define_asset_job(
    "analysis_job",
    selection=dg.AssetSelection.groups("analysis", "publish"),
    description="Rebuild the analysis models and publish.",
)

daily_build = dg.ScheduleDefinition(
    name="daily_build",
    job=build_warehouse,
    cron_schedule="0 6 * * *",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Rebuild every day at 06:00 (off by default).",
)


def input_fingerprint() -> str:
    digest = hashlib.sha256()
    folder = settings.input_dir()
    if folder.is_dir():
        for path, name in discover(folder):
            try:
                stat = path.stat()
            except OSError:
                continue
            digest.update(f"{name}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@dg.sensor(job=build_warehouse, minimum_interval_seconds=60,
           default_status=dg.DefaultSensorStatus.STOPPED,
           description="Starts build_warehouse when files in NEWS_INPUT_DIR are added or changed.")
def new_input_files(context: dg.SensorEvaluationContext):
    fingerprint = input_fingerprint()
    if fingerprint == context.cursor:
        return dg.SkipReason("no new or changed input files")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)
