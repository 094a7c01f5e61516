"""What every benchmark shares: the Figure it reports, the command line, the course-sized project.

Each benchmark module is a script: `python benchmarks/NAME.py [--quick] [--json PATH]` measures,
prints its figures and (with --json) writes them for benchmarks/run.py. Modules keep their own
imports of Qt, TensorFlow and nnbuilder inside functions, so that child processes they start
(`--child ...`) load only what they measure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
RED_WINE = REPO.parent / "shared" / "data" / "red-wine.csv"


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    reference: str = ""  # what it was measured against in the same run, e.g. "import tensorflow 4.1 s"
    goal: str = ""  # e.g. "≤ 0.5 × reference"
    ok: bool | None = None  # None: no goal to meet
    details: dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        notes = []
        if self.reference:
            notes.append(f"reference {self.reference}")
        if self.goal:
            notes.append(f"goal {self.goal}")
        if self.ok is not None:
            notes.append("ok" if self.ok else "MISSES GOAL")
        suffix = f"  ({', '.join(notes)})" if notes else ""
        return f"{self.name:<22} {number(self.value)} {self.unit}{suffix}"


def number(value: float) -> str:
    """Three significant digits, without switching to exponents for large values."""
    return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def percentile(values: Sequence[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered)) - 1))
    return float(ordered[rank])


def child_env() -> dict[str, str]:
    """The environment for measured child processes: headless Qt, nnbuilder importable from the repo."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    # nnbuilder sets this itself before importing Keras; the same for every side of a comparison.
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    return env


def run_child(script: Path, *args: str, timeout: float = 600) -> dict[str, Any]:
    """Run ``script --child ...`` in a fresh interpreter; its last stdout line is a JSON answer."""
    completed = subprocess.run(
        [sys.executable, str(script), "--child", *args],
        env=child_env(),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = completed.stdout.strip().splitlines()
    if completed.returncode != 0 or not lines:
        raise RuntimeError(f"{script.name} --child {' '.join(args)} failed:\n{completed.stderr[-3000:]}")
    return json.loads(lines[-1])


def answer(result: dict[str, Any]) -> None:
    """A child's reply to run_child."""
    print(json.dumps(result), flush=True)


def wall_clock() -> float:
    """Seconds on a clock shared by all processes (launch times are compared across processes)."""
    return time.time()


def qt_application() -> Any:
    """The QApplication for a benchmark that measures widgets in its own process (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))  # nnbuilder from this checkout, installed or not
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def time_each(action: Callable[[int], None], repeats: int, before: Callable[[int], None] | None = None) -> list[float]:
    """Milliseconds each call ``action(i)`` took; ``before(i)`` runs untimed ahead of it."""
    times = []
    for repeat in range(repeats):
        if before is not None:
            before(repeat)
        started = time.perf_counter()
        action(repeat)
        times.append(1000 * (time.perf_counter() - started))
    return times


def training_project(epochs: int) -> dict[str, Any]:
    """A network of the course's size: the red wine table (else the diabetes one), 512-unit layers."""
    if RED_WINE.is_file():
        data = {"source": str(RED_WINE), "target": "quality"}
    else:
        data = {"source": "builtin:diabetes", "target": None}
    data.update({"features": None, "validation_split": 0.3, "split_seed": 0, "scaling": "standard", "missing": "drop"})
    return {
        "format": "nnbuilder/project",
        "version": 1,
        "title": "Benchmark",
        "data": data,
        "layers": [
            {"class_name": "Dense", "config": {"units": 512, "activation": "relu"}},
            {"class_name": "Dropout", "config": {"rate": 0.3}},
            {"class_name": "Dense", "config": {"units": 512, "activation": "relu"}},
            {"class_name": "BatchNormalization", "config": {}},
            {"class_name": "Dense", "config": {"units": 1}},
        ],
        "training": {
            "optimizer": {"class_name": "Adam", "config": {"learning_rate": 0.001}},
            "loss": "mae",
            "metrics": [],
            "batch_size": 256,
            "epochs": epochs,
            "seed": 0,
            "early_stopping": None,  # every side trains the same number of epochs
        },
    }


def write_project(raw: dict[str, Any], folder: Path) -> Path:
    path = folder / "benchmark.nnb"
    path.write_text(json.dumps(raw, indent=1))
    return path


def main(measure: Callable[[bool], list[Figure]], child: Callable[[list[str]], None] | None = None) -> None:
    """The command line every benchmark module shares."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="tiny sizes and single runs, to check the script works")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    parser.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        assert child is not None
        child(args.child)
        return
    figures = measure(args.quick)
    for figure in figures:
        print(figure.line(), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(f) for f in figures], indent=1))


def plain_split_and_model(project: dict[str, Any], x: Any, y: Any) -> tuple[Any, Any, Any, Any, Any]:
    """What a student's plain script does between reading the table and fit: train_test_split,
    StandardScaler, and the keras.Sequential of the project's layers, compiled.
    Returns (model, x_train, y_train, x_val, y_val)."""
    import keras
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import StandardScaler

    data, training = project["data"], project["training"]
    x_train, x_val, y_train, y_val = train_test_split(
        x.astype("float32"), y.astype("float32").reshape(-1, 1), test_size=data["validation_split"], random_state=0
    )
    scaler = StandardScaler().fit(x_train)
    x_train, x_val = scaler.transform(x_train), scaler.transform(x_val)
    model = keras.Sequential(
        [keras.Input((x_train.shape[1],))]
        + [getattr(keras.layers, layer["class_name"])(**layer["config"]) for layer in project["layers"]]
    )
    optimizer = training["optimizer"]
    model.compile(
        optimizer=getattr(keras.optimizers, optimizer["class_name"])(**optimizer["config"]), loss=training["loss"]
    )
    return model, x_train, y_train, x_val, y_val
