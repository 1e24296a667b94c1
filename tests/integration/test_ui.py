"""The Dagster UI: `python -m orchestration.cli ui` (what `make ui` runs) starts the webserver and
the daemon; a run of build_warehouse launched through the GraphQL API, as the UI's Launch button
does, goes through the run queue and succeeds."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from orchestration import settings
from tests.conftest import SEEDS

pytestmark = pytest.mark.integration

READY_TIMEOUT_S = 240
RUN_TIMEOUT_S = 600

LOCATIONS = """
query { workspaceOrError { __typename ... on Workspace { locationEntries { name
  locationOrLoadError { __typename ... on RepositoryLocation { repositories { name
    jobs { name } } } ... on PythonError { message } } } } } }
"""
LAUNCH = """
mutation Launch($params: ExecutionParams!) { launchRun(executionParams: $params) {
  __typename ... on LaunchRunSuccess { run { runId status } }
  ... on PythonError { message } ... on InvalidSubsetError { message }
  ... on RunConfigValidationInvalid { errors { message } } } }
"""
STATUS = """
query Run($runId: ID!) { runOrError(runId: $runId) { __typename
  ... on Run { status stats { ... on RunStatsSnapshot { stepsSucceeded stepsFailed } } } } }
"""
ASSET = """
query Asset($path: [String!]!) { assetOrError(assetKey: {path: $path}) { __typename
  ... on Asset { definition { groupName description
    owners { ... on TeamAssetOwner { team } } } } } }
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def graphql(port: int, query: str, variables: dict | None = None) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=json.dumps({"query": query, "variables": variables or {}}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        body = json.load(response)
    assert "errors" not in body, body["errors"]
    return body["data"]


def stop(process: subprocess.Popen) -> None:
    """TERM the whole process group this test started (cli -> dagster dev -> webserver, daemon)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


@pytest.fixture(scope="module")
def ui(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    root = tmp_path_factory.mktemp("ui")
    home = root / "dagster_home"
    home.mkdir()
    shutil.copy(settings.PROJECT_ROOT / ".dagster" / "dagster.yaml", home / "dagster.yaml")
    assert "enabled: false" in (home / "dagster.yaml").read_text()  # telemetry off
    inputs = root / "inputs"
    shutil.copytree(SEEDS, inputs)
    port = free_port()
    env = {**os.environ, "DAGSTER_HOME": str(home), "NEWS_INPUT_DIR": str(inputs),
           "NEWS_WAREHOUSE": str(root / "warehouse" / "news.duckdb")}
    env.pop("NEWS_BUILD_DIR", None)
    env.pop("NEWS_BRIEFING", None)
    log = (root / "ui.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "orchestration.cli", "ui", "--host", "127.0.0.1",
         "--port", str(port)],
        cwd=settings.PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True, restore_signals=True,
    )
    try:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while True:
            assert process.poll() is None, (root / "ui.log").read_text()[-3000:]
            try:
                data = graphql(port, LOCATIONS)
                entries = data["workspaceOrError"]["locationEntries"]
                if entries and entries[0]["locationOrLoadError"]:
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            assert time.monotonic() < deadline, "the webserver did not come up"
            time.sleep(1)
        yield {"port": port, "locations": entries, "warehouse": Path(env["NEWS_WAREHOUSE"]),
               "log": root / "ui.log"}
    finally:
        stop(process)
        log.close()


def test_code_location_loads_with_jobs(ui: dict) -> None:
    entry = ui["locations"][0]
    location = entry["locationOrLoadError"]
    assert location["__typename"] == "RepositoryLocation", location
    jobs = {job["name"] for job in location["repositories"][0]["jobs"]}
    assert {"build_warehouse", "ingest_job", "nlp_job", "transform_job", "analysis_job"} <= jobs


def test_assets_have_groups_descriptions_and_owners(ui: dict) -> None:
    for path, group in ((["warehouse", "published"], "publish"),
                        (["warehouse", "briefing"], "publish"),
                        (["marts", "meetings"], "marts"),
                        (["analysis", "speaker_topics"], "analysis")):
        asset = graphql(ui["port"], ASSET, {"path": path})["assetOrError"]
        assert asset["__typename"] == "Asset", path
        definition = asset["definition"]
        assert definition["groupName"] == group, path
        assert (definition["description"] or "").strip(), path
        assert definition["owners"], path


def test_run_launched_through_graphql_succeeds(ui: dict) -> None:
    port, location = ui["port"], ui["locations"][0]["name"]
    launched = graphql(port, LAUNCH, {"params": {
        "selector": {"repositoryLocationName": location, "repositoryName": "__repository__",
                     "jobName": "build_warehouse"},
        "runConfigData": {},
    }})["launchRun"]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    run_id = launched["run"]["runId"]
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while True:
        run = graphql(port, STATUS, {"runId": run_id})["runOrError"]
        if run["status"] in ("SUCCESS", "FAILURE", "CANCELED"):
            break
        assert time.monotonic() < deadline, f"run {run_id} still {run['status']}"
        time.sleep(2)
    assert run["status"] == "SUCCESS", (run, ui["log"].read_text()[-3000:])
    assert run["stats"]["stepsFailed"] == 0
    assert ui["warehouse"].exists()
    assert ui["warehouse"].with_name("briefing.html").exists()
