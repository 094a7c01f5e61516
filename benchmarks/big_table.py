"""big_table: training on a 300,000 × 20 CSV headless for 2 epochs, against the plain script.

Each side is a fresh process with TensorFlow, pandas and scikit-learn imported before the clock
starts; the clock covers everything else a student's script does: `read_csv`, the split, the
scaling and `fit` (the plain script), or `prepare_project` and `train` (nnbuilder). Runs alternate
and the medians are compared.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import (
    Figure, answer, main, median, number, plain_split_and_model, run_child, training_project, write_project,
)  # fmt: skip
from csv_open import table_path

ROWS = 300_000
EPOCHS = 2
RUNS = 3
GOAL_RATIO = 1.0  # no slower than the plain script (issue 19)


def measure(quick: bool) -> list[Figure]:
    rows, runs = (5_000, 1) if quick else (ROWS, RUNS)
    raw = training_project(EPOCHS)
    raw["data"].update(source=str(table_path(rows)), target="y")
    seconds: dict[str, list[float]] = {"plain": [], "headless": []}
    with tempfile.TemporaryDirectory() as folder:
        project = write_project(raw, Path(folder))
        for _ in range(runs):
            for side in seconds:
                seconds[side].append(run_child(Path(__file__), side, str(project))["seconds"])
    plain, headless = median(seconds["plain"]), median(seconds["headless"])
    ratio = headless / plain
    return [
        Figure("big_table_training", ratio, "× the plain script", f"read, split, scale and fit: script "
               f"{number(plain)} s, nnbuilder {number(headless)} s", f"≤ {GOAL_RATIO}", ratio <= GOAL_RATIO,
               {"rows": rows, "epochs": EPOCHS, "runs_s": seconds}),
    ]  # fmt: skip


def child(args: list[str]) -> None:
    side, project = args
    answer({"seconds": {"plain": plain_script, "headless": headless}[side](Path(project))})


def plain_script(project_path: Path) -> float:
    """read_csv, train_test_split, StandardScaler and fit, as a student's script does them."""
    import json

    import keras  # noqa: F401 - imported before the clock
    import pandas as pd

    project = json.loads(project_path.read_text())
    data, training = project["data"], project["training"]
    started = time.perf_counter()
    frame = pd.read_csv(data["source"])
    x, y = frame.drop(columns=data["target"]).to_numpy(), frame[data["target"]].to_numpy()
    model, x_train, y_train, x_val, y_val = plain_split_and_model(project, x, y)
    model.fit(x_train, y_train, batch_size=training["batch_size"], epochs=training["epochs"],
              validation_data=(x_val, y_val), verbose=0)  # fmt: skip
    return time.perf_counter() - started


def headless(project_path: Path) -> float:
    import keras  # noqa: F401 - imported before the clock, as the script's is

    import nnbuilder.engine.data  # noqa: F401 - pandas and scikit-learn
    from nnbuilder.engine.train import prepare_project, train
    from nnbuilder.spec import load_project

    project = load_project(project_path)
    started = time.perf_counter()
    data = prepare_project(project, project_path.parent)
    train(project, project_path.parent, data=data)
    return time.perf_counter() - started


if __name__ == "__main__":
    main(measure, child)
