"""Inside one step, in the window: Step and Step ×10 on the Training tab, the Weights tab's change in
the last step, and the learning-rate finder with its Use this rate."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import FINISH, answered, train_and_wait


def open_deep_network(win) -> None:
    assert win.open_lesson("deep-network")
    win.document.project.training.epochs = 2
    win.tabs.setCurrentWidget(win.training_tab)


def test_a_step_in_a_fresh_lesson_shows_its_batch_loss_gradients_and_update(qtbot, make_window):
    win = make_window()
    open_deep_network(win)
    win.training_controls.step_button.click()
    answered(qtbot, win)
    stepped = win.session.last_step
    assert stepped is not None and stepped.number == 1 and stepped.initial is not None
    view = win.step_view
    assert view.isVisible()
    batch_size = win.document.project.training.batch_size
    assert view.batch.rowCount() == batch_size and view.batch.horizontalHeaderItem(1).text() == "y"
    assert "Step 1" in view.headline.text() and "Adam with learning rate 0.01" in view.headline.text()
    assert "0.52537 before" in view.losses.text()
    assert [view.tensor_combo.itemText(i) for i in range(2)] == ["dense kernel (1×64)", "dense bias (64)"]
    kernel = stepped.step.tensors[0]
    drawn = view.update_map.image.image
    np.testing.assert_allclose(drawn, kernel.update.reshape(1, -1))
    assert win.training_controls.continue_button.isEnabled(), "Continue trains on from the steps"
    assert "single step" in win.training_controls.status.text()

    view.weights_button.click()
    assert win.tabs.currentWidget() is win.weights_tab
    inspector = win.inspector
    assert inspector.mode_combo.currentText() == "change in the last step (step 1)"
    np.testing.assert_allclose(inspector.table_model.matrix, kernel.update.reshape(1, -1))


def test_step_times_ten_goes_on_batch_after_batch_and_continue_goes_on_from_there(qtbot, make_window):
    win = make_window()
    open_deep_network(win)
    win.training_controls.step_button.click()
    answered(qtbot, win)
    first_batch = win.session.last_step.step.x.copy()
    win.training_controls.step_ten_button.click()
    answered(qtbot, win)
    stepped = win.session.last_step
    assert stepped.number == 11 and len(stepped.losses) == 10 and stepped.initial is None
    assert not np.array_equal(stepped.step.x, first_batch), "each step takes the next batch"
    assert "Steps 2 to 11" in win.step_view.headline.text()
    train_and_wait(qtbot, win, resume=True, epochs=1)
    assert win.session.result is not None and win.session.result.epochs_run == 1
    assert win.session.last_step is None and not win.step_view.isVisible(), "a run makes the last step old news"
    assert win.inspector.mode_combo.count() == 3, "no 'change in the last step' after a run"


def test_stepping_a_trained_network_starts_from_its_trained_weights(qtbot, make_window):
    win = make_window()
    open_deep_network(win)
    train_and_wait(qtbot, win)
    trained_loss = win.session.result.history["loss"][-1]
    win.take_steps(1)
    answered(qtbot, win)
    stepped = win.session.last_step
    assert stepped.initial is None and stepped.summary.epochs_done == 2
    assert stepped.step.loss_before < 0.52537, "the trained weights, not the initial ones"
    assert stepped.step.loss_before < trained_loss * 2
    assert win.session.snapshots.epochs() == [0, 1, 2], "the run's epochs stay on the slider"


def test_the_finder_suggests_a_rate_and_use_this_rate_is_one_undo_step(qtbot, make_window):
    win = make_window()
    open_deep_network(win)
    win.training_controls.find_rate_button.click()
    answered(qtbot, win)
    view = win.rate_view
    assert view.isVisible() and view.finding is not None
    suggestion = view.finding.suggestion
    assert suggestion is not None and 1e-6 < suggestion < 10
    assert f"Suggested learning rate: {suggestion:g}" in view.summary.text()
    assert view.marker.isVisible() and view.use_button.isEnabled()
    assert win.session.trained is None, "the finder leaves no trained model behind"
    qtbot.keyClick(view.use_button, Qt.Key.Key_Space)  # the keyboard works as the mouse does
    assert win.document.project.training.optimizer.config["learning_rate"] == suggestion
    assert win.undo_action.text() == f"&Undo Use the learning rate the finder suggested ({suggestion:g})"
    win.undo_action.trigger()
    assert win.document.project.training.optimizer.config["learning_rate"] == 0.01


def test_step_and_finder_wait_while_training_runs(qtbot, make_window):
    win = make_window()
    open_deep_network(win)
    win.document.project.training.epochs = 50
    win.start_training()
    controls = win.training_controls
    assert not controls.step_button.isEnabled() and not controls.find_rate_button.isEnabled()
    win.take_steps(1)  # as a shortcut or a script would: refused while the run goes on
    assert win.step_view is None
    win.training.stop()
    qtbot.waitUntil(lambda: not win.training.running, timeout=FINISH)
    assert controls.step_button.isEnabled() and controls.find_rate_button.isEnabled()


def tooltips_of(diagram, column: int) -> list[str]:
    return [item.toolTip() for item in diagram.scene().items() if item.data(0) == column and "z = " in item.toolTip()]


def test_a_traced_row_shows_each_neurons_sum_and_follows_training(qtbot, make_window):
    win = make_window()
    assert win.open_lesson("linear-unit")
    qtbot.waitUntil(lambda: win.data_summary is not None, timeout=FINISH)
    assert win.trace_bar.row_spin.maximum() == 442, "rows numbered as the Data tab numbers them"
    win.trace_bar.trace_row(12)
    answered(qtbot, win)
    trace = win.diagram.trace
    assert trace is not None and trace.row == 12
    (x,) = trace.input
    dense = trace.layers[0]
    w, b = float(dense.kernel[0, 0]), float(dense.bias[0])
    assert float(dense.output[0]) == pytest.approx(w * x + b, rel=1e-5), "y = w·x + b, the course's linear unit"
    tips = tooltips_of(win.diagram, 0)
    assert tips and tips[0].startswith("neuron 1: z = ") and "(bias)" in tips[0]
    text = win.trace_bar.result.text()
    assert "Row 13:" in text and "initial weights, before training" in text and "neuron 1: z = " in text

    win.document.project.training.epochs = 3
    train_and_wait(qtbot, win)
    answered(qtbot, win)
    again = win.diagram.trace
    assert again is not trace and again.row == 12, "training traces the row again, through the trained weights"
    assert float(again.layers[0].kernel[0, 0]) != pytest.approx(w)
    assert "with the trained weights" in win.trace_bar.result.text()
    win.trace_bar.clear_button.click()
    assert win.diagram.trace is None and not win.trace_bar.result.isVisible()


def test_a_row_chosen_in_the_data_tab_is_traced_on_the_network_tab(qtbot, make_window):
    win = make_window()
    assert win.open_lesson("deep-network")
    qtbot.waitUntil(lambda: win.data_summary is not None, timeout=FINISH)
    win.tabs.setCurrentWidget(win.data_panel)
    view = win.data_panel.table_view
    view.setCurrentIndex(win.data_panel.table_model.index(7, 0))
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter on row 8 (a double-click does the same)
    assert win.tabs.currentWidget() is win.network_page
    answered(qtbot, win)
    assert win.diagram.trace.row == 7 and win.trace_bar.row_spin.value() == 8
    wide = win.diagram.traced(1)  # the second Dense layer: 64 units, drawn as a block with a colour strip
    assert wide is not None and len(wide.values) == 64
    win.select_row(1)  # the keyboard's way: the selected layer's sums are written under the diagram
    assert "2. Dense: z = w·x + b for each neuron, then relu" in win.trace_bar.result.text()


def test_dropout_can_be_traced_as_in_training_with_its_mask(qtbot, make_window):
    win = make_window()
    assert win.open_lesson("dropout-batchnorm")
    qtbot.waitUntil(lambda: win.data_summary is not None, timeout=FINISH)
    dropout = next(i for i, layer in enumerate(win.document.project.layers) if layer.class_name == "Dropout")
    win.trace_bar.trace_row(0)
    answered(qtbot, win)
    assert win.diagram.trace.layers[dropout].mask is None
    assert "Dropout is off when the network predicts" in win.diagram.traced(dropout).summary
    win.trace_bar.dropout_box.click()  # traces again at once
    answered(qtbot, win)
    layer = win.diagram.trace.layers[dropout]
    assert layer.mask is not None and 0 < layer.mask.sum() < len(layer.mask)
    assert "values dropped this time" in win.diagram.traced(dropout).summary


def test_the_landscape_button_works_for_the_linear_unit_and_says_why_not_otherwise(qtbot, make_window):
    win = make_window()
    assert win.open_lesson("deep-network")
    qtbot.waitUntil(lambda: win.data_summary is not None, timeout=FINISH)
    button = win.training_controls.landscape_button
    assert not button.isEnabled() and "one Dense layer of 1 unit" in button.toolTip()
    assert win.open_lesson("linear-unit")
    qtbot.waitUntil(lambda: win.data_summary is not None, timeout=FINISH)
    assert button.isEnabled()
    button.click()
    answered(qtbot, win)
    view = win.landscape_view
    assert view.isVisible() and view.landscape is not None
    titles = [path_map.title.text() for path_map in view.maps]
    assert titles[0].startswith("<b>SGD</b>, learning rate 0.1: 40 steps") and titles[1].startswith("<b>Adam</b>")
    assert "Adam's are about the learning rate long" in view.summary.text()
    win.document.insert_layer(0, "Dense")  # two layers: no longer one linear unit
    assert not button.isEnabled()


def test_a_race_draws_its_copies_together_and_keeps_each_as_a_run(qtbot, make_window):
    win = make_window()
    assert win.open_lesson("sgd")
    win.document.project.training.epochs = 3
    win.tabs.setCurrentWidget(win.training_tab)
    win.training_controls.race_button.click()
    view = win.race_view
    assert [edit.text() for edit in view.value_edits] == ["0.01", "0.1", "1", ""], "a tenth, the same, ten times"
    view.value_edits[3].setText("10")
    view.start_button.click()
    assert win.racing and not win.training_controls.train_button.isEnabled()
    win.start_training()  # as a shortcut would: refused while the race runs
    assert not win.training.running
    qtbot.waitUntil(lambda: not win.racing, timeout=FINISH)
    answered(qtbot, win)
    assert [len(curve.getData()[0]) for curve in view._curves[:3]] == [3, 3, 3], "every epoch drawn, live"
    assert [run.note.split(":")[0] for run in win.runs] == ["race"] * 4
    assert win.runs[3].note == "race: 10 diverged at epoch 1: the loss became NaN"
    assert "won: the lowest validation loss" in view.verdicts.text()
    assert win.training_controls.train_button.isEnabled() and win.training_controls.race_button.isEnabled()
    assert win.session.trained is None, "a race keeps no model: Continue has nothing to go on from"


def test_a_race_with_one_copy_is_explained_and_another_project_stops_a_race(qtbot, make_window):
    win = make_window()
    assert win.open_lesson("sgd")
    win.show_race()
    view = win.race_view
    for edit in view.value_edits:
        edit.setText("")
    view.value_edits[0].setText("0.1")
    view.start_button.click()
    assert not win.racing and "A race needs 2 to 4 copies" in view.problem.text()
    view.value_edits[1].setText("fast")
    view.start_button.click()
    assert "'fast' is not a number" in view.problem.text()
    view.value_edits[1].setText("0.5")
    win.document.project.training.epochs = 200
    view.start_button.click()
    assert win.racing
    assert win.open_lesson("sgd")  # the same lesson again: nothing but the race's end re-enables the buttons
    assert not win.racing and "another project was opened" in view.problem.text()
    answered(qtbot, win)
    controls = win.training_controls
    assert win.runs == []
    for button in (controls.train_button, controls.step_button, controls.race_button, controls.find_rate_button):
        assert button.isEnabled(), button.text()


def test_another_project_opened_while_a_step_is_on_its_way_leaves_step_working(qtbot, make_window):
    win = make_window()
    open_deep_network(win)
    win.take_steps(10)
    assert win.open_lesson("deep-network")  # the step's answer is dropped: nothing may wait for it
    answered(qtbot, win)
    assert win.session.last_step is None and not win.busy
    win.take_steps(1)
    answered(qtbot, win)
    assert win.session.last_step is not None and win.session.last_step.number == 1


def test_trace_step_and_finder_work_from_the_keyboard(qtbot, make_window):
    win = make_window()
    win.activateWindow()
    assert win.open_lesson("linear-unit")
    qtbot.waitUntil(lambda: win.data_summary is not None, timeout=FINISH)
    bar = win.trace_bar
    bar.row_spin.setFocus()
    bar.row_spin.selectAll()
    qtbot.keyClicks(bar.row_spin, "5")
    qtbot.keyClick(bar.trace_button, Qt.Key.Key_Space)  # Tab from the row reaches Trace; Space presses it
    answered(qtbot, win)
    assert win.diagram.trace.row == 4 and "Row 5:" in bar.result.text()
    win.tabs.setCurrentWidget(win.training_tab)
    # A mnemonic presses its button as a click would (after a short flash): wait for the answer.
    qtbot.keyClick(win, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Ste&p (Pause, also P, is off)
    qtbot.waitUntil(lambda: win.session.last_step is not None, timeout=FINISH)
    assert win.session.last_step.number == 1
    win.step_view.close()
    win.activateWindow()  # the step view had the focus; the window takes it back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Find a Learning R&ate…
    qtbot.waitUntil(lambda: win.rate_view is not None and win.rate_view.finding is not None, timeout=FINISH)
    answered(qtbot, win)


def test_a_step_after_the_settings_changed_says_it_started_from_the_initial_weights(qtbot, make_window):
    win = make_window()
    open_deep_network(win)
    train_and_wait(qtbot, win)
    win.training_settings.training_changed.emit(
        dataclasses.replace(win.document.project.training, loss="mae")
    )  # a loss the trained model was not compiled with
    win.take_steps(1)
    answered(qtbot, win)
    assert win.session.last_step.initial is not None and win.session.snapshots.epochs() == [0]
    status = win.training_controls.status.text()
    assert "It started from the initial weights: the optimizer or loss changed since it was trained." in status


def test_a_learning_rate_that_blows_sgd_up_keeps_the_landscape_readable(qtbot, make_window):
    win = make_window()
    assert win.open_lesson("linear-unit")
    qtbot.waitUntil(lambda: win.data_summary is not None, timeout=FINISH)
    win.document.project.training.optimizer.config["learning_rate"] = 3.0
    win.show_landscape()
    answered(qtbot, win)
    land = win.landscape_view.landscape
    assert np.isfinite(land.loss).all() and land.ws[-1] - land.ws[0] < 1_000, "framed on the start and the valley"
    assert "it diverged" in win.landscape_view.maps[0].title.text()
    assert "the weights blow up" in win.landscape_view.summary.text()
