"""Command line entry points used by the Makefile.

    python -m orchestration.cli run      # build everything, publish, print row counts
    python -m orchestration.cli ui       # Dagster webserver + daemon on 127.0.0.1:3000
    python -m orchestration.cli summary  # row counts of the published warehouse
"""

import argparse
import logging
import os
import signal
import subprocess
import sys

from orchestration import settings
from orchestration.lib.publishing import row_counts

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
    sys.stdout.write("\n".join(lines) + "\n")
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
    ui = sub.add_parser("ui", help="start the Dagster UI (webserver + daemon)")
    ui.add_argument("--host", default="127.0.0.1")
    ui.add_argument("--port", type=int, default=3000)
    args = parser.parse_args(argv)
    if args.command == "run":
        return run_pipeline()
    if args.command == "summary":
        return summary()
    return start_ui(args.host, args.port)


if __name__ == "__main__":
    sys.exit(main())
