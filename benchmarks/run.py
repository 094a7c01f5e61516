"""Run the benchmarks, each in a fresh process, print one line per figure and write them as JSON.

    python benchmarks/run.py                 # all of them (a few minutes on 2 cores)
    python benchmarks/run.py plot heatmap    # some of them
    python benchmarks/run.py --quick         # tiny sizes: checks the scripts, measures nothing useful

The figures go to benchmarks/results/latest.json (or --out PATH). A benchmark that crashes is
reported and the others still run; the exit status is 1 when any crashed (a missed goal is a
figure, not a crash).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, Figure, child_env

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "latest.json"
# figure name → module; "csv" is not csv.py, which would shadow the standard library's csv module
BENCHMARKS = {
    "startup": "startup.py",
    "training": "training.py",
    "big_table": "big_table.py",
    "latency": "latency.py",
    "plot": "plot.py",
    "heatmap": "heatmap.py",
    "csv": "csv_open.py",
    "memory": "memory.py",
    "inside": "inside.py",
}
TIMEOUT_SECONDS = 900


def run_benchmark(name: str, quick: bool) -> tuple[list[Figure], str | None]:
    """The figures of one benchmark module, or why it produced none."""
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / f"{name}.json"
        command = [sys.executable, str(HERE / BENCHMARKS[name]), "--json", str(output), *(["--quick"] if quick else [])]
        try:
            completed = subprocess.run(command, env=child_env(), cwd=REPO, capture_output=True, text=True,
                                       timeout=TIMEOUT_SECONDS)  # fmt: skip
        except subprocess.TimeoutExpired:
            return [], f"gave no answer within {TIMEOUT_SECONDS} s"
        if completed.returncode != 0 or not output.exists():
            lines = completed.stderr.strip().splitlines()
            return [], f"exit code {completed.returncode}: " + "\n".join(lines[-15:])
        return [Figure(**raw) for raw in json.loads(output.read_text())], None


def main() -> int:
    parser = argparse.ArgumentParser(description="Run nnbuilder's benchmarks.")
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"which to run (default: all): {', '.join(BENCHMARKS)}")  # fmt: skip
    parser.add_argument("--quick", action="store_true", help="tiny sizes and single runs, to check the scripts work")
    parser.add_argument("--out", type=Path, default=RESULTS,
                        help=f"where the JSON goes (default: {RESULTS.relative_to(REPO)})")  # fmt: skip
    args = parser.parse_args()
    unknown = [name for name in args.names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"no benchmark named {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")

    report: dict[str, object] = {
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "quick": args.quick,
        "machine": {"python": platform.python_version(), "system": platform.platform(),
                    "processor": platform.processor() or platform.machine(), "cpus": os.cpu_count()},
        "figures": [],
        "failed": {},
        "seconds": {},
    }  # fmt: skip
    for name in args.names or BENCHMARKS:
        started = time.perf_counter()
        figures, error = run_benchmark(name, args.quick)
        report["seconds"][name] = round(time.perf_counter() - started, 1)
        for figure in figures:
            print(figure.line(), flush=True)
            report["figures"].append(vars(figure))
        if error is not None:
            print(f"{name:<22} FAILED ({error})", flush=True)
            report["failed"][name] = error
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {args.out}")
    return 1 if report["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
