"""Command line entry points used by the Makefile.

    python -m orchestration.cli run      # build everything, publish, print row counts
    python -m orchestration.cli ui       # Dagster webserver + daemon on 127.0.0.1:3000
    python -m orchestration.cli summary  # row counts of the published warehouse
    python -m orchestration.cli quality-docs [--build]  # GX Data Docs site (see docs/quality.md)
    python -m orchestration.cli export [--to DIR] [--format parquet|csv]  # files + data dictionary
    python -m orchestration.cli network [--to DIR] [--format graphml|gexf]  # graphs for Gephi
    python -m orchestration.cli map [--to DIR]  # meetings and places as GeoJSON
    python -m orchestration.cli profile NAME [--limit N]  # what the warehouse knows about an entity
"""

import argparse
import atexit
import logging
import os
import signal
import subprocess
import sys
from typing import NoReturn

from orchestration import settings
from orchestration.lib.publishing import (
    CORRECTION_REVIEWS,
    latest_load_line,
    row_counts,
    unapplied_corrections,
)

log = logging.getLogger("news_warehouse")


def run_pipeline() -> int:
    import dagster as dg

    from orchestration.definitions import defs

    settings.export_for_subprocesses()
    job = defs().resolve_job_def("build_warehouse")
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else None
    result = job.execute_in_process(instance=instance, raise_on_error=False)
    if not result.success:
        log.error("the run failed; the published warehouse was left as it was")
        return 1
    return summary()


def summary() -> int:
    path = settings.warehouse_path()
    if not path.exists():
        log.error(f"no published warehouse at {path}")
        return 1
    counts = row_counts(path)
    lines = [f"warehouse: {path}"]
    width = max(len(table) for table in counts)
    lines += [f"  {table:<{width}}  {count:>8}" for table, count in counts.items()]
    news = latest_load_line(path)
    if news:
        lines.append(news)
    for file_name, unapplied in unapplied_corrections(path).items():
        if unapplied:
            review = CORRECTION_REVIEWS[file_name]
            lines.append(f"{unapplied} line(s) of {settings.corrections_dir() / file_name} do not "
                         f"apply: select * from analysis.{review} where not applies")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


def quality_docs(use_build: bool) -> int:
    """Validate every suite on the published (or build) warehouse; write the GX Data Docs site."""
    from orchestration.lib.gx_docs import build_data_docs
    from orchestration.lib.gx_validation import load_suites

    database = settings.build_path() if use_build else settings.warehouse_path()
    try:
        result = build_data_docs(database, load_suites(settings.EXPECTATIONS_DIR / "suites"),
                                 settings.warehouse_path().parent)
    except FileNotFoundError as error:
        log.error(f"{error}; run `make run` first")
        return 1
    for name, why in result.skipped.items():
        log.warning(f"suite {name} not validated: {why}")
    failed = sorted(name for name, success in result.suites.items() if not success)
    log.info(f"validated {len(result.suites)} suites on {database}"
             + (f"; failing: {', '.join(failed)}" if failed else "; all passed"))
    sys.stdout.write(f"{result.index}\n")
    return 0


def export(target: str | None, fmt: str) -> int:
    """Public tables and analysis models as Parquet/CSV files with a data dictionary."""
    from pathlib import Path

    from orchestration.lib.exporting import export_warehouse

    folder = Path(target) if target else settings.warehouse_path().parent / f"export-{fmt}"
    try:
        exported = export_warehouse(settings.warehouse_path(), folder, fmt)
    except FileNotFoundError as error:
        log.error(f"{error}; run `make run` first")
        return 1
    log.info(f"exported {len(exported)} tables ({sum(t.rows for t in exported)} rows) as {fmt}")
    sys.stdout.write(f"{folder.resolve()}\n")
    return 0


def network(target: str | None, fmt: str, min_sentences: int, max_edges: int) -> int:
    """The meeting and co-mention networks as GraphML or GEXF files."""
    from pathlib import Path

    from orchestration.lib.network_export import export_network

    folder = Path(target) if target else settings.warehouse_path().parent / "network"
    try:
        written = export_network(settings.warehouse_path(), folder, fmt, min_sentences, max_edges)
    except FileNotFoundError as error:
        log.error(f"{error}; run `make run` first")
        return 1
    for graph in written:
        log.info(f"{graph.name}: {graph.nodes} nodes, {graph.edges} edges -> {graph.path}")
    sys.stdout.write(f"{folder.resolve()}\n")
    return 0


def write_map(target: str | None) -> int:
    """Meetings and places as GeoJSON files (docs/geocoding.md)."""
    from pathlib import Path

    from orchestration.lib.map_export import export_map

    folder = Path(target) if target else settings.warehouse_path().parent / "map"
    try:
        layers = export_map(settings.warehouse_path(), folder)
    except FileNotFoundError as error:
        log.error(f"{error}; run `make run` first")
        return 1
    for layer in layers:
        log.info(f"{layer.name}: {layer.features} points -> {layer.path}")
    sys.stdout.write(f"{folder.resolve()}\n")
    return 0


def show_profile(query: str, limit: int) -> int:
    """Print the profile of the entity best matching `query` (any spelling), and other matches."""
    from orchestration.lib.profiles import profile

    try:
        text, matches = profile(settings.warehouse_path(), query, limit)
    except FileNotFoundError as error:
        log.error(f"{error}; run `make run` first")
        return 1
    if not matches:
        log.error(f"no entity has a name or spelling containing {query!r}")
        return 1
    others = [f"{m.canonical_name} ({m.entity_type}, {m.entity_id})" for m in matches[1:]]
    sys.stdout.write(text + "\n" + (f"\nOther matches: {'; '.join(others)}\n" if others else ""))
    return 0


def start_ui(host: str, port: int) -> int:
    settings.export_for_subprocesses()
    command = [sys.executable, "-m", "dagster", "dev", "-m", "orchestration.definitions",
               "--host", host, "--port", str(port)]
    process = subprocess.Popen(command, restore_signals=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        return process.wait()


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(prog="news-warehouse")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="build and publish the warehouse from NEWS_INPUT_DIR")
    sub.add_parser("summary", help="row counts of the published warehouse")
    docs = sub.add_parser("quality-docs", help="build the GX Data Docs site of the quality suites")
    docs.add_argument("--build", action="store_true",
                      help="validate the build database (why did the last run fail?) instead of "
                           "the published warehouse")
    exporter = sub.add_parser("export", help="write the public tables and analysis models as "
                                             "Parquet or CSV files with a data dictionary")
    exporter.add_argument("--to", help="target folder (replaced whole; default: "
                                       "export-<format> next to the warehouse)")
    exporter.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    networker = sub.add_parser("network", help="write who met whom and who is named with whom "
                                               "as GraphML or GEXF graphs (Gephi, networkx, ...)")
    networker.add_argument("--to", help="target folder (replaced whole; default: network/ next "
                                        "to the warehouse)")
    networker.add_argument("--format", choices=["graphml", "gexf"], default="graphml")
    networker.add_argument("--min-sentences", type=int, default=2,
                           help="co-mention edges: pairs named together in at least this many "
                                "sentences (default 2)")
    networker.add_argument("--max-co-mention-edges", type=int, default=5000,
                           help="co-mention edges: keep the strongest N (default 5000)")
    mapper = sub.add_parser("map", help="write meetings and places as GeoJSON points (QGIS, "
                                        "kepler.gl, geojson.io)")
    mapper.add_argument("--to", help="target folder (replaced whole; default: map/ next to the "
                                     "warehouse)")
    profiler = sub.add_parser("profile", help="what the warehouse knows about an entity, "
                                              "looked up by any of its spellings")
    profiler.add_argument("name", help="a name or part of one, any spelling (case and accents "
                                       "are ignored)")
    profiler.add_argument("--limit", type=int, default=10,
                          help="meetings and quotes to list (default 10)")
    ui = sub.add_parser("ui", help="start the Dagster UI (webserver + daemon)")
    ui.add_argument("--host", default="127.0.0.1")
    ui.add_argument("--port", type=int, default=3000)
    args = parser.parse_args(argv)
    if args.command == "run":
        return run_pipeline()  # the process then ends through exit_without_teardown()
    if args.command == "summary":
        return summary()
    if args.command == "quality-docs":
        return quality_docs(args.build)
    if args.command == "export":
        return export(args.to, args.format)
    if args.command == "network":
        return network(args.to, args.format, args.min_sentences, args.max_co_mention_edges)
    if args.command == "map":
        return write_map(args.to)
    if args.command == "profile":
        return show_profile(args.name, args.limit)
    return start_ui(args.host, args.port)


def exit_without_teardown(code: int) -> NoReturn:
    """End the process once every exit handler has run, skipping the interpreter's teardown.

    After a run, freeing the objects of spaCy, Great Expectations, dbt and Dagster module by module
    takes about two seconds: a fixed cost on every incremental run. Nothing is lost by skipping it:
    every DuckDB connection is closed where it is opened, the exit handlers (logging, Dagster,
    multiprocessing) have run, and the standard streams are flushed here.
    """
    atexit._run_exitfuncs()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    code = main()
    if sys.argv[1:2] == ["run"]:
        exit_without_teardown(code)
    sys.exit(code)
