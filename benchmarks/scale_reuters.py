"""Scale and speed on Reuters-21578 (issue 9): the whole pipeline against the bare spaCy limit.

Measures, in one run on one machine (ratios are what matter; these machines are noisy):
- the bare spaCy pipeline (same model, same components, same process count) over the same texts;
- the full build (`python -m orchestration.cli run` in a fresh warehouse), each Dagster step timed;
- peak memory of the build process tree (max RSS of the pipeline process and of dbt);
- an incremental run after adding 1% new articles;
at several corpus sizes (default 1,000, 5,000 and all 19,043). The corpus is read from
../shared/corpora at run time and written to a temporary folder, never into the repository.

Usage: .venv/bin/python benchmarks/scale_reuters.py [--sizes 1000 5000 19043] [--processes 2]
Results: benchmarks/results/scale_reuters.json (with machine and commit).
"""

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578_raw" / "reuters21578.jsonl.gz"
RESULTS = ROOT / "benchmarks" / "results" / "scale_reuters.json"
PEAK_RE = re.compile(r"PEAK_RSS_KB self=(\d+) children=(\d+)")
# Runs the CLI in-process; reports the peak memory of the pipeline process and of its children.
# `python -m orchestration.cli run`, plus the peak memory, ending the way the CLI ends
LAUNCHER = """
import resource, sys
from orchestration.cli import exit_without_teardown, main
code = 1
try:
    code = main(["run"])
finally:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    sys.stderr.write(f"PEAK_RSS_KB self={own} children={kids}\\n")
exit_without_teardown(code)
"""
STEP_RE = re.compile(
    r'Finished execution of step "([^"]+)" in (?:(\d+)m(?!s))?(?:([0-9.]+)(ms|s))?'
)


def load_corpus(limit: int | None) -> list[dict]:
    records = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            records.append({"id": row["doc_id"], "text": row["text"], "title": row.get("title"),
                            "source": "Reuters", "published_at": row.get("published_at")})
            if limit and len(records) >= limit:
                break
    return records


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record) + "\n")


def bare_spacy(texts: list[str], processes: int) -> dict:
    import spacy

    from orchestration import settings

    nlp = spacy.load(settings.spacy_model())
    started = time.perf_counter()
    words = 0
    for doc in nlp.pipe(texts, batch_size=64, n_process=processes):
        words += len(doc)
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 2), "words": words,
            "words_per_second": round(words / seconds), "components": nlp.pipe_names}


def step_seconds(log: str) -> dict[str, float]:
    steps: dict[str, float] = {}
    for name, minutes, value, unit in STEP_RE.findall(log):
        seconds = 60.0 * float(minutes or 0)
        if value:
            seconds += float(value) * (0.001 if unit == "ms" else 1.0)
        steps[name] = round(steps.get(name, 0.0) + seconds, 2)
    return steps


def dbt_node_seconds(since: float) -> dict:
    """Where dbt's time went in the run that just finished: seconds per kind of node (model,
    test, seed) and the slowest nodes, from the run_results.json of each dbt step since `since`."""
    target = ROOT / "dbt_project" / "target"
    by_kind: dict[str, float] = {}
    nodes: list[tuple[float, str]] = []
    steps: dict[str, float] = {}
    for folder in target.iterdir():
        results = folder / "run_results.json"
        if not folder.is_dir() or not results.exists() or folder.stat().st_mtime < since:
            continue
        data = json.loads(results.read_text())
        step = folder.name.split("-")[0]
        steps[step] = round(steps.get(step, 0.0) + data.get("elapsed_time", 0.0), 2)
        for node in data["results"]:
            kind = node["unique_id"].split(".")[0]
            by_kind[kind] = by_kind.get(kind, 0.0) + node["execution_time"]
            nodes.append((node["execution_time"], node["unique_id"].split(".")[2]))
    nodes.sort(reverse=True)
    return {"dbt_elapsed_by_step": steps,
            "node_seconds_by_kind": {k: round(v, 2) for k, v in sorted(by_kind.items())},
            "slowest_nodes": [[name, round(sec, 2)] for sec, name in nodes[:8]]}


def run_build(input_dir: Path, warehouse: Path, processes: int) -> dict:
    env = dict(os.environ, NEWS_INPUT_DIR=str(input_dir), NEWS_WAREHOUSE=str(warehouse),
               NEWS_NLP_PROCESSES=str(processes), DAGSTER_HOME="")
    env.pop("DAGSTER_HOME")
    started, wall_started = time.perf_counter(), time.time()
    process = subprocess.run([sys.executable, "-c", LAUNCHER], cwd=ROOT, env=env,
                             capture_output=True, text=True)
    seconds = time.perf_counter() - started
    log = process.stdout + process.stderr
    peaks = PEAK_RE.findall(log)
    own_kb, kids_kb = (int(peaks[-1][0]), int(peaks[-1][1])) if peaks else (0, 0)
    if process.returncode != 0:
        tail = "\n".join(log.splitlines()[-40:])
        raise RuntimeError(f"build failed ({process.returncode}):\n{tail}")
    return {"seconds": round(seconds, 2), "steps": step_seconds(log),
            "peak_rss_mb_pipeline": round(own_kb / 1024, 1),
            "peak_rss_mb_largest_child": round(kids_kb / 1024, 1),
            "dbt": dbt_node_seconds(wall_started)}


def measure(size: int, records: list[dict], processes: int, work: Path) -> dict:
    subset = records[:size]
    held_out = max(1, size // 100)
    base, new = subset[:-held_out], subset[-held_out:]
    folder = work / f"n{size}"
    shutil.rmtree(folder, ignore_errors=True)
    inputs = folder / "inputs"
    write_jsonl(inputs / "part-000.jsonl", base)
    bare = bare_spacy([r["text"] for r in base], processes)
    full = run_build(inputs, folder / "warehouse" / "news.duckdb", processes)
    write_jsonl(inputs / "part-001.jsonl", new)
    incremental = run_build(inputs, folder / "warehouse" / "news.duckdb", processes)
    return {
        "articles": len(base), "added_articles": len(new), "bare_spacy": bare, "full_build": full,
        "incremental_build": incremental,
        "full_over_bare": round(full["seconds"] / bare["seconds"], 3),
        "nlp_step_over_bare": round(full["steps"].get("nlp_annotations", 0) / bare["seconds"], 3),
        "incremental_over_full": round(incremental["seconds"] / full["seconds"], 3),
        "seconds_per_article": round(full["seconds"] / len(base), 5),
    }


def commit() -> str | None:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def dirty_tree() -> bool | None:
    """Whether tracked files differ from the commit (then the figures are not that commit's)."""
    try:
        return bool(subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                                   cwd=ROOT, capture_output=True, text=True,
                                   check=True).stdout.strip())
    except (OSError, subprocess.CalledProcessError):
        return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 19043])
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    measured_commit, dirty = commit(), dirty_tree()  # the code measured, read before it runs
    records = load_corpus(max(args.sizes))
    work = args.work or Path(tempfile.mkdtemp(prefix="nw-scale-"))
    results = {}
    for size in args.sizes:
        results[str(size)] = measure(min(size, len(records)), records, args.processes, work)
        sys.stdout.write(json.dumps({size: results[str(size)]}, indent=1) + "\n")
        sys.stdout.flush()
    sizes = sorted(results, key=int)
    summary = {
        "machine": {"platform": platform.platform(), "cpu_count": os.cpu_count(),
                    "python": platform.python_version()},
        "commit": measured_commit,
        "git_dirty": dirty,
        "processes": args.processes,
        "results": results,
    }
    if len(sizes) > 1:
        small, large = results[sizes[0]], results[sizes[-1]]
        summary["cost_per_article_large_over_small"] = round(
            large["seconds_per_article"] / small["seconds_per_article"], 3)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(summary, indent=2) + "\n")
    sys.stdout.write(f"written {RESULTS}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
