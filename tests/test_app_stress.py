"""Many windows in one process, and a student's random walk through one: nothing crashes or hangs.

Before the engine thread, a run like ``test_many_windows_train_stop_continue_save_and_close`` crashed
(TensorFlow functions freed on the GUI thread while another thread traced a graph) or deadlocked (a
pool thread freeing a closed window's QMenu) within a few windows. Each step here waits on what a
person would see, never on a fixed sleep.
"""

from __future__ import annotations

import random

import pytest

from nnbuilder.app.dialogs import ScriptedDialogs

from .conftest import FINISH


def wait_until_idle(qtbot, win):
    qtbot.waitUntil(lambda: not win.training.running and not win.engine.waiting(), timeout=FINISH)


def test_many_windows_train_stop_continue_save_and_close(qtbot, make_window, write_project, tmp_path):
    for number in range(6):
        win = make_window(ScriptedDialogs(paths=[tmp_path / f"saved-{number}.nnb"]))
        assert win.open_project(write_project(f"w{number}.nnb", training={"epochs": 400 if number % 2 else 2}))
        win.start_training()
        if number % 2:  # a long run: stop it mid-way, then continue it
            qtbot.waitUntil(lambda: win.training_controls.info is not None, timeout=FINISH)
            win.training.stop()
        wait_until_idle(qtbot, win)
        assert win.session.result is not None and not win.dialogs.errors
        win.training_controls.more_epochs.setValue(2)
        win.start_training(resume=True, epochs=2)
        win.save_report(tmp_path / f"report-{number}.html")  # queued behind the run, never beside it
        win.export_model(tmp_path / f"model-{number}.keras")
        wait_until_idle(qtbot, win)
        assert (tmp_path / f"model-{number}.keras").stat().st_size > 0
        assert win.save_as()
        win.start_training()  # closing while training: stops, and nothing comes back to a closed window
        qtbot.waitUntil(lambda: win.training_controls.info is not None, timeout=FINISH)
        win.document.insert_layer(0, "Dense")
        assert win.close()
        assert not win.dialogs.errors


ACTIONS = ("lesson", "train", "stop", "continue", "tab", "edit", "undo", "save", "reopen", "new", "predict")


def random_walk(qtbot, win, rng: random.Random, tmp_path, steps: int) -> list[str]:
    done = []
    lessons = ["linear-unit", "binary-classification", "overfitting"]
    for step in range(steps):
        action = rng.choice(ACTIONS)
        done.append(action)
        if action == "lesson":
            win.open_lesson(rng.choice(lessons))
            win.document.project.training.epochs = min(win.document.project.training.epochs, 5)
        elif action == "train" and not win.training.running:
            win.start_training()
        elif action == "stop":
            win.training.stop()
        elif action == "continue" and not win.training.running:
            win.start_training(resume=True, epochs=1)
        elif action == "tab":
            win.tabs.setCurrentIndex(rng.randrange(win.tabs.count()))
        elif action == "edit" and win.document.project.layers:
            win.document.set_setting(0, "units", rng.randint(1, 6))
        elif action == "undo":
            win.undo_action.trigger()
        elif action == "save":
            win.dialogs.paths = [tmp_path / f"walk-{step}.nnb"]
            win.save_as()
        elif action == "reopen" and win.document.path is not None:
            win.open_project(win.document.path)
        elif action == "new":
            win.new_project()
        elif action == "predict":
            win.predictions.show_results() if win.session.trained is not None else None
        qtbot.wait(rng.choice((0, 5, 50)))  # sometimes at once, sometimes after a few events
    return done


@pytest.mark.parametrize("seed", [1, 2])
def test_a_students_random_walk_of_100_actions_never_crashes_or_hangs(qtbot, make_window, tmp_path, seed):
    win = make_window()
    done = random_walk(qtbot, win, random.Random(seed), tmp_path, 100)
    assert len(done) == 100
    win.start_training()  # and finally close while training
    assert win.close()
    # A random student trains networks that do not fit their data (units 6 on the output): training
    # then fails with a message, which is right, and a high rate may stop on NaN. Any other error is not.
    shown = zip(win.dialogs.error_titles, win.dialogs.errors)
    unexpected = [(title, message) for title, message in shown if title not in ("Training failed", "Training stopped")]
    assert not unexpected, unexpected
