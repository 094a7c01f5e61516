"""Shared helpers: small projects written into a test's tmp_path."""

from __future__ import annotations

import copy
import gc
import json
import os
import sys
import weakref
from pathlib import Path
from typing import Any

import pytest

RED_WINE = Path(__file__).resolve().parents[2] / "shared" / "data" / "red-wine.csv"

# A tiny regression project on a built-in table: trains in a second, uses every layer type.
TINY: dict[str, Any] = {
    "format": "nnbuilder/project",
    "version": 1,
    "title": "Tiny",
    "data": {"source": "builtin:diabetes", "target": None, "features": None,
             "validation_split": 0.25, "split_seed": 0, "scaling": "standard"},
    "layers": [
        {"class_name": "Dense", "config": {"units": 8, "activation": "relu"}},
        {"class_name": "Dropout", "config": {"rate": 0.1}},
        {"class_name": "BatchNormalization", "config": {}},
        {"class_name": "Dense", "config": {"units": 4}},
        {"class_name": "Activation", "config": {"activation": "relu"}},
        {"class_name": "Dense", "config": {"units": 1}},
    ],
    "training": {
        "optimizer": {"class_name": "Adam", "config": {"learning_rate": 0.01}},
        "loss": "mae", "metrics": ["mse"], "batch_size": 64, "epochs": 3, "seed": 0,
        "early_stopping": None,
    },
}  # fmt: skip


def project_dict(**changes: Any) -> dict[str, Any]:
    """TINY with sections replaced, e.g. project_dict(training={"epochs": 5}) merges into training."""
    raw = copy.deepcopy(TINY)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(raw.get(key), dict):
            raw[key].update(value)
        else:
            raw[key] = value
    return raw


@pytest.fixture
def write_project(tmp_path):
    def write(name: str = "tiny.nnb", raw: dict[str, Any] | None = None, **changes: Any) -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(raw if raw is not None else project_dict(**changes)))
        return path

    return write


# The app's threading rules, enforced for the whole suite (see nnbuilder/engine/service.py):
# - the cyclic garbage collector runs on the main (GUI) thread only, between engine jobs;
# - a Keras model used off the thread that made it fails at once (WrongThreadError);
# - after every test, no engine job and no Qt pool thread is still running.
GC_THRESHOLDS = gc.get_threshold()
gc.disable()


@pytest.fixture(scope="session", autouse=True)
def _keras_models_stay_on_their_thread():
    from nnbuilder.engine.ownership import guard_keras_models

    guard_keras_models()


# The suite reads English, whatever language the machine running it speaks; command-line runs in
# subprocesses inherit this too. Tests of Turkish ask for it with --lang or set_language.
os.environ["LANGUAGE"] = "en"


@pytest.fixture(autouse=True)
def _english_unless_asked(monkeypatch):
    from nnbuilder import i18n

    yield
    if i18n.language() != "en":
        i18n.set_language("en")
        if "PySide6.QtCore" in sys.modules:
            from nnbuilder.app.language import apply_language

            apply_language("en")


@pytest.fixture(autouse=True)
def _recovery_copies_in_tmp(tmp_path, monkeypatch):
    """Crash-recovery copies of windows made by tests go to the test's folder, not the user's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture(autouse=True)
def no_dangling_work(request, monkeypatch):
    """Fail a test that leaves engine jobs or Qt pool threads running (after napari's dangling_qthreads)."""
    from PySide6.QtCore import QThreadPool

    pools: weakref.WeakSet = weakref.WeakSet()
    original_start = QThreadPool.start

    def start(self, *args, **kwargs):
        pools.add(self)
        return original_start(self, *args, **kwargs)

    monkeypatch.setattr(QThreadPool, "start", start)
    yield
    from nnbuilder.engine.service import collect_garbage, due_generation, running_engine

    engine = running_engine()
    left = []
    if engine is not None and not engine.wait_idle(60):
        left.append("an engine job is still running 60 s after the test")
    for pool in list(pools):
        try:
            if not pool.waitForDone(10_000):
                left.append(f"a {type(pool.parent()).__name__} pool thread is still running")
        except RuntimeError:  # its C++ side is gone, and its threads with it
            pass
    generation = due_generation(GC_THRESHOLDS)  # as often as automatic collection would
    if generation is not None:
        assert collect_garbage(generation, wait=60), "the engine stayed busy: no garbage collection was possible"
    assert not left, "; ".join(left)


@pytest.fixture
def scripted():
    from nnbuilder.app.dialogs import ScriptedDialogs

    return ScriptedDialogs()


@pytest.fixture
def make_window(qtbot, tmp_path):
    """make_window(dialogs=None) → a shown MainWindow with its own settings file and scripted dialogs.

    The fixture keeps each window until the test ends, then closes it as a person would (closeEvent),
    so a window is never freed half-way through its own background work."""
    windows = []

    def make(dialogs=None):
        from PySide6.QtCore import QSettings

        from nnbuilder.app.dialogs import ScriptedDialogs
        from nnbuilder.app.window import MainWindow

        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        win = MainWindow(settings, dialogs or ScriptedDialogs())
        qtbot.addWidget(win)
        win.show()
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.dialogs.unsaved = "discard"
        win.close()


FINISH = 60_000  # ms: generous for a loaded 2-core CI machine; a tiny run takes a few seconds


def train_and_wait(qtbot, win, **kwargs):
    """Start training in the window and wait until it is no longer running."""
    with qtbot.waitSignal(win.training.running_changed, timeout=FINISH, check_params_cb=lambda running: not running):
        win.start_training(**kwargs)


def answered(qtbot, win):
    """Wait until every job the window asked the engine for has been answered on the GUI thread."""
    qtbot.waitUntil(lambda: not win.engine.waiting(), timeout=FINISH)
