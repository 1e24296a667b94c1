"""Run every benchmark in sequence (`make benchmark`); each writes its JSON to benchmarks/results/.

Quality benchmarks build their own temporary warehouses from ../shared/corpora; the scale benchmark
takes the longest (the whole Reuters-21578 corpus). Pass benchmark names to run only some:
    .venv/bin/python benchmarks/run_all.py entities quotes
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = {
    "entities": [["entities_gum.py"], ["entities_n3.py"]],
    "quotes": [["quotes_polnear.py", "--split", "test"], ["quotes_polnear.py", "--gum"]],
    "meetings": [["meetings_event_gold.py"]],
    "geocoding": [["geocoding_gold.py"]],
    "tone": [["tone_reuters.py"]],
    "scale": [["scale_reuters.py"]],
}


def main(argv: list[str]) -> int:
    names = argv or list(BENCHMARKS)
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        sys.stderr.write(f"unknown benchmark(s) {unknown}; choose from {list(BENCHMARKS)}\n")
        return 2
    failures = 0
    for name in names:
        for command in BENCHMARKS[name]:
            sys.stdout.write(f"== {name}: {' '.join(command)}\n")
            sys.stdout.flush()
            result = subprocess.run([sys.executable, str(HERE / command[0]), *command[1:]])
            failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
