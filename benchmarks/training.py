"""training: the fit in the window and in `nnbuilder train`, each divided by a plain Keras script's.

All three fits run in turn in one process (TensorFlow imported and the data read before any clock
starts): the plain script around its own `model.fit(...)`, headless `nnbuilder.engine.train.train`
by its TrainResult.seconds, the window from the controller's `began` to its `finished` with the
learning curves drawing live (the window stays open, idle, while the other two run). Each figure
is the median of the ratios of fits made side by side.

Why one process: on this shared 2-core machine a process runs up to 20% faster or slower than the
next one for the same code (three separate processes a side gave `nnbuilder train` / plain script
anywhere from 0.49 to 0.85), which drowns differences of a few percent. Fits in turn in one process
see the same machine, seconds apart.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from common import (
    Figure, answer, main, median, number, plain_split_and_model, run_child, training_project, write_project,
)  # fmt: skip

EPOCHS = 50
ROUNDS = 12  # plain, headless and window fits in turn, after one round not counted
GOAL_RATIO = 0.8  # the window, and nnbuilder train, against the plain script
GOAL_HEADLESS_RATIO = 0.7  # nnbuilder train against the plain script (issue 19)
GOAL_WINDOW_OVER_HEADLESS = 1.05  # the window costs next to nothing over headless (issue 19)
SIDES = ("plain", "headless", "window")
# Many small batches: 16,000 training rows in batches of 64 are 250 steps an epoch, where every
# per-step cost shows; the course's table has only a few steps an epoch, which hides them.
SMALL_BATCH_ROWS, SMALL_BATCH_SIZE, SMALL_BATCH_EPOCHS = 16_000, 64, 4


def small_batches_project(folder: Path, epochs: int, rows: int) -> dict[str, Any]:
    """The bench network on a made-up 11-column table of ``rows`` rows (written into ``folder``)."""
    import numpy as np

    rng = np.random.default_rng(0)
    x = rng.normal(size=(rows, 11))
    y = x @ rng.normal(size=11) + 0.1 * rng.normal(size=rows)
    table = folder / "many-rows.csv"
    header = ",".join([*(f"x{i}" for i in range(1, 12)), "target"])
    np.savetxt(table, np.column_stack([x, y]), delimiter=",", header=header, comments="", fmt="%.6f")
    raw = training_project(epochs)
    raw["data"].update(source=str(table), target="target", validation_split=0.3)
    raw["training"]["batch_size"] = SMALL_BATCH_SIZE
    return raw


def measure(quick: bool) -> list[Figure]:
    rounds, epochs, small_epochs = (1, 2, 1) if quick else (ROUNDS, EPOCHS, SMALL_BATCH_EPOCHS)
    rows = 1_000 if quick else round(SMALL_BATCH_ROWS / 0.7)  # 70% of them train
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        workloads = (
            ("", training_project(epochs)),
            ("_small_batches", small_batches_project(Path(folder), small_epochs, rows)),
        )
        for suffix, raw in workloads:
            project = write_project(raw, Path(folder))
            seconds = run_child(Path(__file__), "rounds", str(project), str(rounds))
            figures += _figures(suffix, raw, seconds)
    return figures


def paired_ratio(numerators: list[float], denominators: list[float]) -> float:
    """The median of run-by-run ratios: the sides ran in turn, so each pair saw the same machine
    (one side's median over another's lets a busy minute on one side move the figure)."""
    return median([a / b for a, b in zip(numerators, denominators, strict=True)])


def _figures(suffix: str, raw: dict[str, Any], seconds: dict[str, list[float]]) -> list[Figure]:
    plain, headless, window = (median(seconds[side]) for side in SIDES)
    window_ratio = paired_ratio(seconds["window"], seconds["plain"])
    headless_ratio = paired_ratio(seconds["headless"], seconds["plain"])
    window_over_headless = paired_ratio(seconds["window"], seconds["headless"])
    training = raw["training"]
    details = {"epochs": training["epochs"], "batch_size": training["batch_size"], "data": raw["data"]["source"],
               "plain_keras_s": plain, "rounds_s": seconds}  # fmt: skip
    reference = f"plain Keras model.fit {number(plain)} s, this {{}} s; median of {len(seconds['plain'])} rounds in one process"
    goal_headless = min(GOAL_RATIO, GOAL_HEADLESS_RATIO)
    return [
        Figure(f"training_gui{suffix}", window_ratio, "× plain Keras", reference.format(number(window)),
               f"≤ {GOAL_RATIO}", window_ratio <= GOAL_RATIO, {**details, "seconds": window}),
        Figure(f"training_headless{suffix}", headless_ratio, "× plain Keras", reference.format(number(headless)),
               f"≤ {goal_headless}", headless_ratio <= goal_headless, {**details, "seconds": headless}),
        Figure(f"training_gui_over_headless{suffix}", window_over_headless, "× headless",
               f"headless {number(headless)} s, window {number(window)} s; median of {len(seconds['plain'])} rounds "
               "in one process", f"≤ {GOAL_WINDOW_OVER_HEADLESS}", window_over_headless <= GOAL_WINDOW_OVER_HEADLESS,
               details),
    ]  # fmt: skip


def child(args: list[str]) -> None:
    _, project, rounds = args  # "rounds", the project file, how many rounds
    answer(fits_in_turn(Path(project), int(rounds)))


def fits_in_turn(project_path: Path, rounds: int) -> dict[str, list[float]]:
    """``rounds`` rounds of a plain, a headless and a window fit, after one round not counted (it
    warms the caches); the window open but idle while the other two run on their threads."""
    app, window = open_window(project_path)
    seconds: dict[str, list[float]] = {side: [] for side in SIDES}
    for round_number in range(rounds + 1):
        fits = {"plain": plain_keras_fit(project_path), "headless": headless_fit(project_path),
                "window": train_in_window(app, window)["fit_seconds"]}  # fmt: skip
        if round_number:
            for side in SIDES:
                seconds[side].append(fits[side])
    window.document.undo_stack.setClean()
    window.close()
    return seconds


def plain_keras_fit(project_path: Path) -> float:
    """The script a student would write for the same table, network, epochs and batch size."""
    import json

    import pandas as pd
    from sklearn.datasets import load_diabetes

    project = json.loads(project_path.read_text())
    data, training = project["data"], project["training"]
    if data["source"] == "builtin:diabetes":
        x, y = load_diabetes(return_X_y=True)
    else:
        frame = pd.read_csv(data["source"])
        x, y = frame.drop(columns=data["target"]).to_numpy(), frame[data["target"]].to_numpy()
    model, x_train, y_train, x_val, y_val = plain_split_and_model(project, x, y)
    started = time.perf_counter()
    model.fit(x_train, y_train, batch_size=training["batch_size"], epochs=training["epochs"],
              validation_data=(x_val, y_val), verbose=0)  # fmt: skip
    return time.perf_counter() - started


def headless_fit(project_path: Path) -> float:
    from nnbuilder.engine.train import train
    from nnbuilder.spec import load_project

    return train(load_project(project_path), project_path.parent).result.seconds


def open_window(project_path: Path) -> tuple[Any, Any]:
    """The main window on ``project_path``, shown offscreen on its Training tab, data read, Keras loaded."""
    import os

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from nnbuilder.app.dialogs import ScriptedDialogs
    from nnbuilder.app.gc_control import install_gui_collector
    from nnbuilder.app.main import SCREENSHOT_SIZE
    from nnbuilder.app.recovery import RecoveryStore
    from nnbuilder.app.window import MainWindow
    from nnbuilder.engine.backend import keras

    app = QApplication.instance() or QApplication([])
    install_gui_collector()  # as the app does
    dialogs = ScriptedDialogs()
    window = MainWindow(QSettings(os.path.join(project_path.parent, "settings.ini"), QSettings.Format.IniFormat),
                        dialogs, RecoveryStore(project_path.parent / "recovery"))  # fmt: skip
    if not window.open_project(project_path):
        raise RuntimeError(f"could not open {project_path}: {dialogs.errors}")
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    window.tabs.setCurrentWidget(window.training_tab)
    window.data_panel.wait()  # as a student would: the data has been read before Train is pressed
    keras()  # the import is not part of training
    app.processEvents()
    return app, window


def began_stamp_class() -> type:
    """A QObject whose @Slot notes when the fit began: the relay emits from the engine thread."""
    from PySide6.QtCore import QObject, Slot

    class BeganStamp(QObject):
        def __init__(self, window: Any, times: dict[str, float]) -> None:
            super().__init__(window)
            self.times = times
            window.training.events.began.connect(self.began)

        @Slot(int, object)
        def began(self, run: int, info: Any) -> None:
            self.times.setdefault("began", time.perf_counter())

    return BeganStamp


def train_in_window(app: Any, window: Any) -> dict[str, float]:
    """Press Train and run the event loop until training ends; times of the fit and the whole run."""
    from PySide6.QtCore import QEventLoop

    times: dict[str, float] = {}
    loop = QEventLoop()
    began_stamp_class()(window, times)  # a child of the window: it lives as long as the window
    window.training.finished.connect(lambda result: (times.setdefault("finished", time.perf_counter()), loop.quit()))
    window.training.failed.connect(lambda message: loop.quit())
    times["start"] = time.perf_counter()
    window.start_training()
    loop.exec()
    if "finished" not in times:
        raise RuntimeError(f"training in the window failed: {window.last_error}")
    return {"fit_seconds": times["finished"] - times["began"], "run_seconds": times["finished"] - times["start"]}


if __name__ == "__main__":
    main(measure, child)
