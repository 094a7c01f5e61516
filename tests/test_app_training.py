"""Training in the window: the worker thread, stop, pause, continue, close, NaN, runs and settings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QTreeWidget

from nnbuilder.engine.runs import load_runs, runs_path

from .conftest import FINISH, answered, train_and_wait

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def open_window(make_window, write_project):
    def open_(name="tiny.nnb", **changes):
        win = make_window()
        win.errors = win.dialogs.errors
        assert win.open_project(write_project(name, **changes))
        return win

    return open_


class EpochHook(QObject):
    """Calls ``fn(epoch)`` after each epoch of the window's run. A @Slot on a child of the window:
    the relay emits from the engine thread, and the connection ends with the window."""

    def __init__(self, win, fn) -> None:
        super().__init__(win)
        self.win, self.fn = win, fn
        win.training.events.epoch.connect(self.heard)

    @Slot(int, int, object)
    def heard(self, run: int, epoch: int, logs: dict) -> None:
        if self.win.training.is_current(run):
            self.fn(epoch)


@pytest.fixture
def on_epoch():
    return EpochHook


def engine_weights(win):
    """The weights of the model the engine keeps for the window, read on the engine thread."""
    owner = win.engine.owner
    return win.engine.engine.call(lambda workspace: workspace.trained[owner].model.get_weights())


def test_a_tiny_model_trains_in_the_worker_and_the_window_follows(qtbot, open_window, on_epoch):
    win = open_window()
    epochs = []
    on_epoch(win, epochs.append)
    train_and_wait(qtbot, win)
    assert epochs == [1, 2, 3]
    assert win.session.result.history.keys() == {"loss", "mse", "val_loss", "val_mse"}
    assert win.session.result.epochs_run == 3 and not win.errors
    assert win.tabs.currentWidget() is win.training_tab
    assert "Trained 3 epochs" in win.training_controls.status.text()
    assert win.training_controls.continue_button.isEnabled()
    assert len(win.runs) == 1
    assert load_runs(runs_path(win.document.path))[0].history == win.session.result.history


def test_stop_ends_the_run_and_keeps_the_weights(qtbot, open_window, on_epoch):
    win = open_window(training={"epochs": 500})
    on_epoch(win, lambda epoch: win.training_controls.stop_button.click() if epoch == 2 else None)
    train_and_wait(qtbot, win)
    result = win.session.result
    assert result.stop_requested and 2 <= result.epochs_run < 500
    assert win.session.trained is not None and win.session.trained.epochs_done == result.epochs_run
    assert "Stopped on request" in win.training_controls.status.text()


def test_pause_holds_training_and_resume_finishes_it(qtbot, open_window, on_epoch):
    win = open_window(training={"epochs": 30})
    seen = []
    on_epoch(win, seen.append)
    on_epoch(win, lambda epoch: win.training_controls.pause_button.setChecked(True) if epoch == 1 else None)
    win.start_training()
    qtbot.waitUntil(lambda: win.training.paused, timeout=FINISH)
    qtbot.wait(300)  # let reports already on their way arrive
    held = list(seen)
    qtbot.wait(600)
    assert seen == held and len(held) < 30  # nothing moves while paused
    assert win.training_controls.pause_button.text() == "&Resume"
    with qtbot.waitSignal(win.training.running_changed, timeout=FINISH):
        win.training_controls.pause_button.setChecked(False)
    assert seen == list(range(1, 31))


def test_continue_trains_the_same_weights_for_more_epochs(qtbot, open_window, on_epoch):
    win = open_window()
    train_and_wait(qtbot, win)
    first_loss = win.session.result.history["loss"][-1]
    epochs = []
    on_epoch(win, epochs.append)
    win.training_controls.more_epochs.setValue(2)
    with qtbot.waitSignal(win.training.running_changed, timeout=FINISH, check_params_cb=lambda running: not running):
        win.training_controls.continue_button.click()
    assert epochs == [4, 5]  # numbering goes on from the first run
    assert win.session.trained.epochs_done == 5
    assert win.session.result.history["loss"][0] < first_loss * 1.5
    # a changed network cannot continue: the weights no longer fit it
    win.document.set_setting(0, "units", 9)
    assert not win.training_controls.continue_button.isEnabled()
    assert "network changed" in win.training_controls.continue_button.toolTip()


def test_closing_the_window_while_training_stops_cleanly(qtbot, open_window):
    win = open_window(training={"epochs": 1000})
    win.start_training()
    qtbot.waitUntil(lambda: win.training_controls.info is not None, timeout=FINISH)
    win.document.undo_stack.setClean()
    assert win.close()
    assert not win.training.running


def test_a_nan_loss_stops_training_with_an_explanation(qtbot, open_window):
    win = open_window(
        data={"scaling": "none"},
        training={"optimizer": {"class_name": "SGD", "config": {"learning_rate": 10.0}}, "loss": "mse", "epochs": 30},
    )
    train_and_wait(qtbot, win)
    assert win.session.result.diverged and win.session.result.epochs_run < 30
    assert any("NaN" in message and "learning rate" in message for message in win.errors)


def test_errors_in_the_worker_reach_the_user(qtbot, open_window):
    win = open_window(training={"loss": "binary_crossentropy"})
    train_and_wait(qtbot, win)
    assert win.errors and "is for classes" in win.errors[-1]
    assert "Training failed" in win.training_controls.status.text()
    assert win.training_controls.train_button.isEnabled()


def test_early_stopping_is_marked_on_the_curves(qtbot, open_window):
    win = open_window(
        training={
            "epochs": 40,
            "early_stopping": {"monitor": "val_loss", "min_delta": 1e6, "patience": 2, "restore_best_weights": True},
        }
    )
    train_and_wait(qtbot, win)
    assert win.session.result.stopped_early and win.session.result.best_epoch == 1
    assert "Restored the weights of epoch 1" in win.training_controls.status.text()
    assert "epoch 1" in win.curves.annotation()


def test_two_runs_are_kept_with_their_differences_and_overlay(qtbot, open_window):
    win = open_window()
    train_and_wait(qtbot, win)
    win.document.set_setting(0, "units", 16)
    train_and_wait(qtbot, win)
    assert len(win.runs) == 2
    tree = win.run_list.findChild(QTreeWidget)
    newest = [tree.topLevelItem(0).text(column) for column in range(tree.columnCount())]
    assert newest[0] == "Run 2" and "layer 1 Dense units 8 → 16" in newest[-1]
    for row in range(2):
        tree.topLevelItem(row).setCheckState(0, Qt.CheckState.Checked)
    assert win.curves.overlay_curves(1) and win.curves.overlay_curves(2)


def test_training_settings_edit_the_project_undoably(qtbot, open_window):
    win = open_window()
    settings = win.training_settings
    settings.batch_params.editor("batch_size").setValue(16)
    assert win.document.project.training.batch_size == 16
    assert "batch_size 64 → 16" in win.undo_action.text()
    settings.stopping_box.setChecked(True)
    assert win.document.project.training.early_stopping is not None
    win.undo_action.trigger()
    win.undo_action.trigger()
    assert win.document.project.training.batch_size == 64
    assert win.document.project.training.early_stopping is None
    assert settings.batch_params.editor("batch_size").value() == 64


def test_command_line_trains_quits_and_screenshots_the_curves(tmp_path, write_project):
    shot = tmp_path / "after.png"
    result = subprocess.run(
        [sys.executable, "-m", "nnbuilder", str(write_project()), "--train", "--quit-when-done", "--screenshot", str(shot)],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000


def test_command_line_quit_when_done_fails_on_a_bad_network(tmp_path, write_project):
    result = subprocess.run(
        [sys.executable, "-m", "nnbuilder", str(write_project(training={"loss": "binary_crossentropy"})),
         "--train", "--quit-when-done"],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 1
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")][0].count("is for classes") == 1


def test_after_training_predictions_show_and_the_model_report_and_import_round_trip(qtbot, open_window, tmp_path):
    win = open_window()
    train_and_wait(qtbot, win)
    answered(qtbot, win)
    assert not win.predictions.results.isHidden()  # drawn, on its own tab
    win.save_report(tmp_path / "report.html")
    answered(qtbot, win)
    assert "Wrote the report" in win.statusBar().currentMessage()
    assert "<html" in (tmp_path / "report.html").read_text(encoding="utf-8").lower()
    win.export_model(tmp_path / "model.keras")
    answered(qtbot, win)
    assert "Saved the trained model" in win.statusBar().currentMessage()
    layers = [(layer.class_name, layer.config) for layer in win.document.project.layers]
    win.document.undo_stack.setClean()
    win.import_model(tmp_path / "model.keras")
    answered(qtbot, win)
    assert [layer.class_name for layer in win.document.project.layers] == [name for name, _ in layers]
    assert win.document.project.layers[0].config["units"] == 8
    assert win.document.model.input_width == 10


def test_a_saved_project_reopens_with_its_trained_weights(qtbot, open_window):
    win = open_window()
    train_and_wait(qtbot, win)
    assert win.save()
    answered(qtbot, win)
    trained = engine_weights(win)
    path = win.document.path
    win.new_project()
    assert win.session.trained is None
    assert win.open_project(path)
    answered(qtbot, win)
    assert win.session.trained is not None
    again = engine_weights(win)
    assert all((a == b).all() for a, b in zip(trained, again))
    assert win.training_controls.continue_button.isEnabled()
