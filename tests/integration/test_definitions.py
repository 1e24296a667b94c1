"""The code location loads, and its inventory is what the README promises."""

import dagster as dg
import pytest

from orchestration import settings
from orchestration.definitions import defs
from orchestration.defs.transform.translator import group_for, relation_key
from orchestration.lib.gx_validation import load_suites

pytestmark = pytest.mark.integration

PUBLIC = ["sources", "articles", "entities", "entity_aliases", "mentions", "meetings",
          "meeting_participants", "meeting_reports", "quotes"]


@pytest.fixture(scope="module")
def definitions() -> dg.Definitions:
    return defs()


def asset_keys(definitions: dg.Definitions) -> set[str]:
    graph = definitions.resolve_asset_graph()
    return {key.to_user_string() for key in graph.get_all_asset_keys()}


def test_every_stage_is_in_one_lineage(definitions: dg.Definitions) -> None:
    keys = asset_keys(definitions)
    assert {"raw/articles", "raw/rejected_inputs", "nlp/documents", "nlp/entity_spans",
            "warehouse/published"} <= keys
    assert {f"marts/{name}" for name in PUBLIC} <= keys
    graph = definitions.resolve_asset_graph()
    upstream = graph.get(dg.AssetKey(["warehouse", "published"])).parent_keys
    assert dg.AssetKey(["analysis", "meeting_timeline"]) in upstream
    # dbt sources are the Python assets themselves, not separate stubs
    stg = graph.get(dg.AssetKey(["staging", "stg_news__articles"])).parent_keys
    assert dg.AssetKey(["raw", "articles"]) in stg


def test_jobs_schedule_and_sensor(definitions: dg.Definitions) -> None:
    for job in ("build_warehouse", "ingest_job", "nlp_job", "transform_job", "rebuild_models",
                "analysis_job"):
        assert definitions.resolve_job_def(job) is not None
    schedule = definitions.resolve_schedule_def("daily_build")
    assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED
    assert definitions.resolve_sensor_def("new_input_files") is not None


def test_one_blocking_check_per_suite(definitions: dg.Definitions) -> None:
    suites = load_suites(settings.EXPECTATIONS_DIR / "suites")
    graph = definitions.resolve_asset_graph()
    check_keys = {key.name: key for key in graph.asset_check_keys}
    for suite in suites:
        assert f"gx_{suite.name}" in check_keys, suite.name
        key = check_keys[f"gx_{suite.name}"]
        assert key.asset_key.to_user_string() == suite.target.replace(".", "/")
    for name in PUBLIC:
        assert any(s.target == f"marts.{name}" for s in suites), f"no suite guards marts.{name}"


def test_assets_have_groups_descriptions_and_owners(definitions: dg.Definitions) -> None:
    graph = definitions.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        if not node.is_materializable:
            continue
        assert node.group_name and node.group_name != "default", key
        assert node.owners, key


def test_translator_keys_are_relations() -> None:
    model = {"resource_type": "model", "schema": "main", "name": "mentions",
             "config": {"schema": "marts"}, "fqn": ["news_warehouse", "marts", "mentions"]}
    assert relation_key(model) == dg.AssetKey(["marts", "mentions"])
    assert group_for(model) == "marts"
    source = {"resource_type": "source", "schema": "raw", "name": "articles",
              "identifier": "articles"}
    assert relation_key(source) == dg.AssetKey(["raw", "articles"])
    seed = {"resource_type": "seed", "schema": "reference", "name": "known_entities",
            "config": {"schema": "reference"}, "fqn": ["news_warehouse", "known_entities"]}
    assert group_for(seed) == "reference"


def test_publishing_waits_for_every_analysis_model(definitions: dg.Definitions) -> None:
    """A dbt analysis model missing from ANALYSIS_MODELS could be published late or not at all."""
    from pathlib import Path

    from orchestration.defs.publish.assets import ANALYSIS_MODELS

    models = Path(__file__).resolve().parents[2] / "dbt_project" / "models" / "analysis"
    assert {p.stem for p in models.glob("*.sql")} == set(ANALYSIS_MODELS)
    graph = definitions.resolve_asset_graph()
    parents = {k.to_user_string()
               for k in graph.get(dg.AssetKey(["warehouse", "published"])).parent_keys}
    assert {f"analysis/{m}" for m in ANALYSIS_MODELS} <= parents
