"""Every view tells the same truth after New, Save, close-while-training and reopening a trained project."""

from __future__ import annotations

import dataclasses
import json

import pytest

from nnbuilder.app.dialogs import ScriptedDialogs
from nnbuilder.engine.runs import load_runs, runs_path

from .conftest import FINISH, answered, project_dict, train_and_wait


def train_save_and_reopen(qtbot, win, path):
    """Train the project at ``path``, save it with its weights, open another, then reopen it."""
    assert win.open_project(path)
    train_and_wait(qtbot, win)
    assert win.save()
    answered(qtbot, win)
    win.new_project()
    assert win.open_project(path)
    answered(qtbot, win)


def short_lesson(win, lesson_id="linear-unit", epochs=3):
    assert win.open_lesson(lesson_id)
    training = dataclasses.replace(win.document.project.training, epochs=epochs)
    win.document.set_section("training", training)


def test_closing_mid_run_and_saving_keeps_every_run_and_the_trained_state(qtbot, make_window, tmp_path):
    saved = tmp_path / "my lesson.nnb"
    dialogs = ScriptedDialogs(unsaved="save", paths=[saved])
    win = make_window(dialogs)
    short_lesson(win)
    train_and_wait(qtbot, win)
    train_and_wait(qtbot, win)
    win.document.set_section("training", dataclasses.replace(win.document.project.training, epochs=5000))
    win.start_training()  # a third run, still going when the window closes
    qtbot.waitUntil(lambda: win.training_controls.info is not None, timeout=FINISH)
    assert win.close()
    assert dialogs.asked[-1].startswith("Save project")
    assert [run.number for run in load_runs(runs_path(saved))] == [1, 2, 3]
    assert saved.with_name("my lesson.weights.keras").exists()

    again = make_window()
    assert again.open_project(saved)
    answered(qtbot, again)
    assert len(again.runs) == 3
    assert again.session.trained is not None
    assert "Not trained yet" not in again.training_controls.status.text()
    assert again.training_controls.continue_button.isEnabled()


def test_save_as_writes_the_runs_beside_the_new_file_at_once(qtbot, make_window, write_project, tmp_path):
    target = tmp_path / "elsewhere" / "copy.nnb"
    target.parent.mkdir()
    win = make_window(ScriptedDialogs(paths=[target]))
    assert win.open_project(write_project())
    train_and_wait(qtbot, win)
    assert win.save_as()
    assert len(load_runs(runs_path(target))) == 1


def test_new_forgets_the_last_projects_curves_progress_and_weights(qtbot, make_window, write_project):
    win = make_window()
    assert win.open_project(write_project())
    train_and_wait(qtbot, win)
    assert win.inspector.pages.currentIndex() == 1 and "done: 3 epochs" in win.training_controls.progress.format()
    win.new_project()
    assert win.curves.annotation() == "The learning curves grow here while the network trains."
    assert win.training_controls.status.text() == "Not trained yet."
    assert win.training_controls.progress.format() == ""
    assert win.inspector.pages.currentIndex() == 0  # "No weights yet"
    assert not win.training_controls.continue_button.isEnabled()


def test_a_reopened_trained_project_says_it_is_trained_in_every_tab(qtbot, make_window, write_project):
    win = make_window()
    train_save_and_reopen(qtbot, win, write_project())
    assert win.training_controls.status.text().startswith("Trained after 3 epochs")
    assert win.inspector.pages.currentIndex() == 1  # the kept weights, not "No weights yet"
    assert win.session.snapshots.epochs() == [3]
    assert not win.predictions.results.isHidden()
    win.start_training(resume=True, epochs=1)
    qtbot.waitUntil(lambda: not win.training.running, timeout=FINISH)
    assert win.session.trained.epochs_done == 4  # Continue counts on from the kept run


def test_the_diagrams_highlight_follows_the_stacks_selection(qtbot, make_window):
    from PySide6.QtCore import QItemSelectionModel

    win = make_window()
    assert win.open_lesson("overfitting")
    assert win.diagram.highlighted_index() == 0
    row_2 = win.document.model.index(1)  # a click on the second row of the stack
    win.stack.selectionModel().setCurrentIndex(row_2, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert win.diagram.highlighted_index() == 1
    assert win.panel._title.text().startswith("Layer 2")


def test_log_scale_does_not_carry_over_into_the_next_project(make_window):
    win = make_window()
    assert win.open_lesson("overfitting")
    win.curves.log_scale.setChecked(True)
    win.new_project()
    assert not win.curves.log_scale.isChecked()


def test_continue_is_refused_after_a_nan_stop(qtbot, make_window, write_project):
    win = make_window()
    assert win.open_project(write_project(
        data={"scaling": "none"},
        training={"optimizer": {"class_name": "SGD", "config": {"learning_rate": 10.0}}, "loss": "mse", "epochs": 30},
    ))  # fmt: skip
    train_and_wait(qtbot, win)
    assert win.session.result.diverged
    assert not win.training_controls.continue_button.isEnabled()
    assert "NaN" in win.training_controls.continue_button.toolTip()


def test_one_epoch_and_one_feature_are_said_in_the_singular(qtbot, make_window, tmp_path):
    (tmp_path / "one.csv").write_text("x,y\n" + "".join(f"{i},{2 * i}\n" for i in range(40)))
    project = tmp_path / "one.nnb"
    project.write_text(json.dumps(project_dict(
        data={"source": "one.csv", "target": "y"}, training={"epochs": 1},
        layers=[{"class_name": "Dense", "config": {"units": 1}}],
    )))  # fmt: skip
    win = make_window()
    assert win.open_project(project)
    qtbot.waitUntil(lambda: win.data_summary is not None, timeout=FINISH)
    assert "1 feature from" in win.input_label.text()
    train_and_wait(qtbot, win)
    assert "Trained 1 epoch " in win.training_controls.status.text()
    assert win.training_controls.progress.format().startswith("done: 1 epoch in")


def test_after_early_stopping_restores_an_epoch_the_weights_tab_opens_on_it(qtbot, make_window, write_project):
    win = make_window()
    assert win.open_project(write_project(training={
        "epochs": 40,
        "early_stopping": {"monitor": "val_loss", "min_delta": 1e6, "patience": 2, "restore_best_weights": True},
    }))  # fmt: skip
    train_and_wait(qtbot, win)
    assert win.session.result.restored_best and win.session.result.best_epoch == 1
    win.tabs.setCurrentWidget(win.weights_tab)
    assert win.inspector.epoch_label.text() == "epoch 1 of 3"
    assert "holds the weights of epoch 1" in win.inspector.held_label.text() and win.inspector.held_label.isVisible()
    win.new_project()
    assert win.inspector.held_label.isHidden()


def test_a_reopened_projects_heatmap_names_its_rows_after_the_features(qtbot, make_window, write_project):
    from PySide6.QtCore import Qt

    win = make_window()
    train_save_and_reopen(qtbot, win, write_project())
    win.tabs.setCurrentWidget(win.weights_tab)
    rows = win.inspector.table_model
    assert [rows.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == ["age", "sex", "bmi"]


def _project_on_a_csv(tmp_path, data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "shop.csv").write_text("a,b,y\n" + "".join(f"{i},{i % 7},{3 * i}\n" for i in range(60)))
    raw = project_dict(data={"source": str(data_dir / "shop.csv"), "target": "y"},
                       layers=[{"class_name": "Dense", "config": {"units": 1}}])  # fmt: skip
    project = tmp_path / "start.nnb"
    project.write_text(json.dumps(raw))
    return project


def test_a_csv_near_the_project_is_saved_as_a_relative_path_and_the_copied_folder_finds_it(
    qtbot, make_window, tmp_path
):
    import shutil

    from nnbuilder.spec import load_project

    opened = _project_on_a_csv(tmp_path, tmp_path / "course" / "data")
    target = tmp_path / "course" / "projects" / "lab.nnb"
    target.parent.mkdir(parents=True)
    win = make_window(ScriptedDialogs(paths=[target]))
    assert win.open_project(opened)
    assert win.save_as()
    assert load_project(target).data.source == "../data/shop.csv"
    shutil.copytree(tmp_path / "course", tmp_path / "other-pc")  # the whole course folder, elsewhere
    again = make_window()
    assert again.open_project(tmp_path / "other-pc" / "projects" / "lab.nnb")
    qtbot.waitUntil(lambda: again.data_summary is not None, timeout=FINISH)
    assert again.data_summary.error is None and again.data_summary.input_width == 2


def test_save_project_with_its_data_copies_the_table_beside_it(qtbot, make_window, tmp_path):
    from nnbuilder.spec import load_project

    opened = _project_on_a_csv(tmp_path, tmp_path / "far" / "away" / "in" / "here")
    stick = tmp_path / "stick" / "lab.nnb"
    win = make_window(ScriptedDialogs(paths=[stick]))
    assert win.open_project(opened)
    assert win.save_with_data()
    assert load_project(stick).data.source == "shop.csv"
    assert (stick.parent / "shop.csv").read_text() == (tmp_path / "far/away/in/here/shop.csv").read_text()
    assert not win.document.dirty


def test_pause_says_paused_and_resume_says_training_again(qtbot, make_window, write_project):
    win = make_window()
    assert win.open_project(write_project(training={"epochs": 300}))
    win.start_training()
    qtbot.waitUntil(lambda: win.training_controls.info is not None, timeout=FINISH)
    win.training_controls.pause_button.setChecked(True)
    assert win.training_controls.status.text().startswith("Paused.")
    assert win.training_controls.progress.format().startswith("paused · ")
    win.training_controls.pause_button.setChecked(False)
    assert win.training_controls.status.text().startswith("Training on")
    win.training.stop()
    qtbot.waitUntil(lambda: not win.training.running, timeout=FINISH)


def test_closing_a_lesson_with_runs_asks_before_dropping_them(qtbot, make_window):
    dialogs = ScriptedDialogs(unsaved="cancel")
    win = make_window(dialogs)
    short_lesson(win, epochs=1)
    win.document.undo_stack.setClean()
    train_and_wait(qtbot, win)
    assert not win.close()  # cancel: the runs would be lost
    assert dialogs.asked[-1].startswith("unsaved: ")
    dialogs.unsaved = "discard"
    assert win.close()


def test_a_classification_run_reports_its_accuracy(qtbot, make_window):
    win = make_window()
    short_lesson(win, "binary-classification", epochs=2)
    train_and_wait(qtbot, win)
    assert "Best validation accuracy " in win.training_controls.status.text()
    assert "%" in win.training_controls.status.text()


def test_help_lists_the_lessons_and_the_keyboard_shortcuts(make_window):
    win = make_window()
    help_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Help")
    titles = [a.text() for a in help_menu.actions()]
    assert titles[:2] == ["&Lessons", "&Keyboard Shortcuts"]
    lessons = next(a.menu() for a in help_menu.actions() if a.text() == "&Lessons")
    assert len(lessons.actions()) == 6
    win.show_shortcuts()
    title, text = win.dialogs.shown[-1]
    assert title == "Keyboard shortcuts" and "Save" in text and "Ctrl+S" in text and "Undo" in text


def test_a_loss_that_does_not_fit_is_flagged_on_the_training_tab_with_its_fix(qtbot, make_window, write_project):
    win = make_window()
    assert win.open_project(write_project())
    qtbot.waitUntil(lambda: win.data_summary is not None, timeout=FINISH)
    win.tabs.setCurrentWidget(win.training_tab)
    assert win.training_tab.mismatch.isHidden()
    win.document.set_section("training", dataclasses.replace(win.document.project.training, loss="binary_crossentropy"))
    qtbot.waitUntil(lambda: win.training_tab.mismatch.isVisible(), timeout=FINISH)
    assert "binary_crossentropy" in win.training_tab.mismatch_label.text()
    win.training_tab.mismatch_fix.click()
    assert win.document.project.training.loss != "binary_crossentropy"
    assert win.training_tab.mismatch.isHidden()


def test_the_data_table_shows_computed_numbers_to_six_digits_and_typed_ones_as_typed():
    from nnbuilder.app.table_model import format_value

    assert format_value(0.0380759064334241) == "0.0380759"
    assert format_value(7.4) == "7.4" and format_value(0.30000000000000004) == "0.3"
    assert format_value(12.0) == "12" and format_value(float("nan")) == ""


def test_the_weights_tab_names_layers_as_the_stack_does(qtbot, make_window, write_project):
    win = make_window()
    assert win.open_project(write_project())
    train_and_wait(qtbot, win)
    combo = win.inspector.layer_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["1. Dense (dense)", "3. BatchNormalization (batch_normalization)", "4. Dense (dense_1)",
                     "6. Dense (dense_2)"]  # fmt: skip
    win.select_row(1)  # Dropout: nothing to show, said in the stack's words
    assert win.inspector.layer_note.text().startswith("2. Dropout has no weights")


def test_messages_use_the_windows_words_not_the_files_paths(qtbot, make_window, write_project):
    win = make_window()
    assert win.open_lesson("sgd")
    step = next(step for step in win.lesson.steps if step.change and "training.optimizer.config.learning_rate"
                in step.change)  # fmt: skip
    win.lesson_panel.apply_requested.emit(step.change)
    undo = win.undo_action.text()
    assert "learning rate " in undo and "training." not in undo and "config" not in undo
    assert win.open_project(write_project(
        data={"scaling": "none"},
        training={"optimizer": {"class_name": "SGD", "config": {"learning_rate": 10.0}}, "loss": "mse", "epochs": 30},
    ))  # fmt: skip
    train_and_wait(qtbot, win)
    message = win.dialogs.errors[-1]
    assert "its scaling is 'none'" in message and "data.scaling" not in message
    win.document.set_section("training", dataclasses.replace(win.document.project.training, loss="binary_crossentropy"))
    qtbot.waitUntil(lambda: win.mismatch_label.text() != "", timeout=FINISH)
    assert win.mismatch_label.text().startswith("The loss 'binary_crossentropy' is for classes")


def test_a_number_the_field_cannot_take_is_explained_next_to_it(qtbot, make_window, write_project):
    from PySide6.QtCore import Qt

    win = make_window()
    assert win.open_project(write_project())
    win.select_row(0)
    units = win.panel.editor("units")
    problem = win.panel._problems["units"]
    units.lineEdit().selectAll()
    qtbot.keyClicks(units, "0")
    qtbot.keyClick(units, Qt.Key.Key_Return)
    assert win.document.project.layers[0].config["units"] == 8
    assert problem.isVisibleTo(win.panel) and problem.text().startswith("0 was not taken: must be at least 1")
    assert problem.text().endswith("It stays 8.")
    units.lineEdit().selectAll()
    qtbot.keyClicks(units, "9999999")  # the sixth 9 would pass 65536: Qt refuses the key
    assert "9,999,99" not in units.text() and "at most 65536" in problem.text()
    units.lineEdit().selectAll()
    qtbot.keyClicks(units, "12")
    qtbot.keyClick(units, Qt.Key.Key_Return)
    assert win.document.project.layers[0].config["units"] == 12 and problem.isHidden()


def test_at_1024_by_700_the_lessons_apply_buttons_are_within_the_dock(qtbot, make_window):
    from PySide6.QtCore import QPoint

    win = make_window()
    win.resize(1024, 700)
    assert win.open_lesson("overfitting")
    qtbot.wait(50)
    steps = win.lesson_panel._steps_body.parentWidget()  # the steps' scroll area's viewport
    assert win.lesson_dock.width() < 300
    for button in win.lesson_panel.apply_buttons:
        right = button.mapTo(steps, QPoint(button.width(), 0)).x()
        assert right <= steps.width(), (right, steps.width())  # no sideways scrolling to reach Apply


def test_the_first_window_fits_a_small_screen():
    from PySide6.QtCore import QSize

    from nnbuilder.app.main import fitted_size

    assert fitted_size(QSize(1024, 708)) == (1024, 708)
    assert fitted_size(QSize(1920, 1040)) == (1280, 760)


def test_the_per_batch_trace_reaches_the_end_of_every_epoch(qtbot, make_window, write_project):
    win = make_window()
    # 78 small steps an epoch, run 16 at a time: reports come faster than the trace takes them.
    assert win.open_project(write_project(training={"epochs": 4, "batch_size": 4}))
    train_and_wait(qtbot, win)
    last_x = max(win.curves._batches.x)
    assert last_x == pytest.approx(4.0)  # the trace reaches the last epoch's end, where the curve ends


def test_a_batch_bigger_than_the_training_rows_is_pointed_out(qtbot, make_window, write_project):
    win = make_window()
    assert win.open_project(write_project())
    qtbot.waitUntil(lambda: win.data_summary is not None, timeout=FINISH)
    rows = win.data_summary.train_rows
    hint = win.training_settings.batch_params._problems["batch_size"]
    assert hint.isHidden()
    win.document.set_section("training", dataclasses.replace(win.document.project.training, batch_size=5000))
    assert hint.text() == (f"There are {rows:,} training rows: a batch of 5,000 takes them all at once, "
                           "so each epoch is a single step.")  # fmt: skip
    assert not hint.isHidden()
    win.document.set_section("training", dataclasses.replace(win.document.project.training, batch_size=32))
    assert hint.isHidden()


def test_a_lesson_saved_as_the_students_file_reopens_with_its_notes_and_steps(qtbot, make_window, tmp_path):
    from nnbuilder.spec import load_project

    saved = tmp_path / "my overfitting.nnb"
    win = make_window(ScriptedDialogs(paths=[saved]))
    assert win.open_lesson("overfitting")
    assert win.save_as()
    assert load_project(saved).lesson == "overfitting"
    win.new_project()
    assert win.lesson_dock.isHidden()
    assert win.open_project(saved)
    assert win.lesson is not None and win.lesson.id == "overfitting" and win.lesson_dock.isVisible()
    assert win.lesson_dock.windowTitle() == "Lesson: Overfitting and underfitting"
    win.lesson_panel.apply_requested.emit(win.lesson.steps[0].change)
    assert win.document.project.training.early_stopping is not None and not win.dialogs.errors


def test_a_project_without_a_lesson_is_still_written_as_version_1(tmp_path):
    from nnbuilder.spec import load_project, project_from_dict, save_project

    save_project(project_from_dict(project_dict()), tmp_path / "plain.nnb")
    assert json.loads((tmp_path / "plain.nnb").read_text())["version"] == 1  # older nnbuilder still opens it
    with_lesson = project_from_dict({**project_dict(), "version": 2, "lesson": "sgd"})
    save_project(with_lesson, tmp_path / "lesson.nnb")
    raw = json.loads((tmp_path / "lesson.nnb").read_text())
    assert raw["version"] == 2 and raw["lesson"] == "sgd" and load_project(tmp_path / "lesson.nnb").lesson == "sgd"


@pytest.mark.parametrize("size", [(1280, 760), (1024, 700)])
def test_every_tab_is_in_sight_with_a_lesson_open(qtbot, make_window, size):
    win = make_window()
    win.resize(*size)
    assert win.open_lesson("overfitting")
    qtbot.wait(50)
    bar = win.tabs.tabBar()
    assert win.tabs.currentWidget() is win.network_page  # the page with the builder column and the diagram
    win.tabs.insertTab(win.tabs.indexOf(win.weights_tab), win.boundary, "Boundary")  # the most tabs there are
    qtbot.wait(10)
    assert bar.tabRect(bar.count() - 1).right() <= bar.width(), [bar.tabText(i) for i in range(bar.count())]


def test_at_1024_by_700_the_training_buttons_are_in_sight_with_a_lesson_open(qtbot, make_window):
    """Pause and Stop go under Train when the row is too narrow, rather than off the right edge."""
    win = make_window()
    win.resize(1024, 700)
    assert win.open_lesson("overfitting")
    win.tabs.setCurrentWidget(win.training_tab)
    qtbot.wait(50)
    viewport = win.training_tab.viewport()
    controls = win.training_controls
    for button in (controls.train_button, controls.stop_button, controls.step_button, controls.landscape_button):
        corner = button.mapTo(viewport, button.rect().bottomRight())
        assert viewport.rect().contains(corner), (button.text(), corner, viewport.rect())
    win.resize(1280, 760)
    qtbot.wait(50)
    assert win.training_controls.buttons.lines[0] == [0, 1], "a wide window keeps Train to Stop on one line"


def test_the_layer_palette_shows_only_where_the_network_is_built(qtbot, make_window):
    win = make_window()
    win.show()
    assert win.tabs.currentWidget() is win.start_page and not win.palette_dock.isVisible()
    win.tabs.setCurrentWidget(win.network_page)
    assert win.palette_dock.isVisible() and win.builder_column.isVisible()
    win.tabs.setCurrentWidget(win.training_tab)
    assert not win.palette_dock.isVisible() and not win.builder_column.isVisible()


def what_every_tab_shows(win) -> dict:
    return {
        "lesson": win.lesson_dock.isVisible(),
        "trained": win.session.trained is not None,
        "status": win.training_controls.status.text().split(".")[0],
        "continue": win.training_controls.continue_button.isEnabled(),
        "curves": win.curves.annotation() != "The learning curves grow here while the network trains."
        or any(win.curves.overlay_curves(run.number) for run in win.runs),
        "weights": win.inspector.pages.currentIndex() == 1,
        "predictions": not win.predictions.results.isHidden(),
        "runs": len(win.runs),
        "boundary": win.tabs.indexOf(win.boundary) >= 0,
    }


def test_every_tab_agrees_through_new_open_train_save_and_reopen(qtbot, make_window, tmp_path):
    saved = tmp_path / "rings.nnb"
    win = make_window(ScriptedDialogs(paths=[saved]))
    nothing = {"lesson": False, "trained": False, "status": "Not trained yet", "continue": False, "curves": False,
               "weights": False, "predictions": False, "runs": 0, "boundary": False}  # fmt: skip
    assert what_every_tab_shows(win) == nothing

    short_lesson(win, "binary-classification", epochs=2)
    assert what_every_tab_shows(win) == {**nothing, "lesson": True}
    train_and_wait(qtbot, win)
    answered(qtbot, win)
    trained = {"lesson": True, "trained": True, "status": "Trained 2 epochs in", "continue": True, "curves": True,
               "weights": True, "predictions": True, "runs": 1, "boundary": True}  # fmt: skip
    shown = what_every_tab_shows(win)
    assert {**shown, "status": shown["status"][:19]} == trained

    assert win.save_as()
    answered(qtbot, win)
    win.new_project()
    assert what_every_tab_shows(win) == nothing

    assert win.open_project(saved)
    answered(qtbot, win)
    shown = what_every_tab_shows(win)
    assert shown == {**trained, "status": "Trained after 2 epochs: the weights kept in rings"}, shown


def test_fix_it_after_the_output_layer_was_moved_to_the_top_puts_it_back_at_the_end(qtbot, make_window, write_project):
    win = make_window()
    assert win.open_project(write_project(layers=[
        {"class_name": "Dense", "config": {"units": 8, "activation": "relu"}},
        {"class_name": "Dense", "config": {"units": 1}},
    ]))  # fmt: skip
    qtbot.waitUntil(lambda: win.data_summary is not None, timeout=FINISH)
    win.document.move_layer(1, 0)  # the student drags the output to the top
    qtbot.waitUntil(lambda: win.mismatch.isVisible(), timeout=FINISH)
    win.mismatch_fix.click()
    layers = [(layer.class_name, layer.config.get("units")) for layer in win.document.project.layers]
    assert layers == [("Dense", 8), ("Dense", 1)]  # no Dense(1) bottleneck left in front
    assert not win.mismatch.isVisible()


def test_at_1024_by_700_the_training_settings_show_their_whole_fields(qtbot, make_window):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    win = make_window()
    win.resize(1024, 700)
    assert win.open_lesson("binary-classification")
    win.tabs.setCurrentWidget(win.training_tab)
    qtbot.wait(50)
    viewport = win.training_settings.viewport()
    body = win.training_settings.widget()
    fields = [w for kind in (QAbstractSpinBox, QComboBox) for w in body.findChildren(kind) if w.isVisible()]
    assert len(fields) >= 6
    for field in fields:
        right = field.mapTo(viewport, QPoint(field.width(), 0)).x()
        assert right <= viewport.width(), (field.accessibleName() or type(field).__name__, right, viewport.width())
