"""The charts that look inside training, in words and numbers: the weights' heatmap and histogram,
the learning-rate finder, the loss landscape, the race and one step's gradients and updates. Each
says one sentence with the numbers it draws (what a screen reader reads as its description) and
lists them in a table."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import pytest

from nnbuilder.app.curves import format_number
from nnbuilder.app.inspector import Mode
from nnbuilder.app.inspector import value_text as nt

from .conftest import FINISH, answered, train_and_wait

pytestmark = pytest.mark.usefixtures("qapp")

DIABETES = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"]


def open_deep_network(win) -> None:
    assert win.open_lesson("deep-network")
    win.document.project.training.epochs = 2
    win.tabs.setCurrentWidget(win.training_tab)


def test_the_weights_heatmap_names_its_strongest_weight_and_its_table_is_the_table_tab(make_window, qtbot, write_project):
    win = make_window()
    assert win.open_project(write_project())
    train_and_wait(qtbot, win)
    win.tabs.setCurrentWidget(win.weights_tab)
    inspector = win.inspector
    qtbot.waitUntil(lambda: inspector.table_model.matrix.size > 0, timeout=FINISH)
    inspector.select_layer("dense")
    inspector.tensor_combo.setCurrentText("kernel")
    kernel = next(t.values for t in win.session.snapshots.latest() if (t.layer, t.name) == ("dense", "kernel"))
    assert kernel.shape == (10, 8)
    row, unit = np.unravel_index(int(np.argmax(np.abs(kernel))), kernel.shape)
    data = inspector.chart_data()
    assert data.summary.endswith(
        f"kernel: 10 × 8 weights from {nt(float(kernel.min()))} to {nt(float(kernel.max()))}; the strongest, "
        f"{nt(float(kernel[row, unit]))}, is the weight from {DIABETES[row]} to unit {unit}."
    ), data.summary
    assert inspector.heat_access.summary.text() == data.summary
    assert inspector.heatmap_view.accessibleDescription() == data.summary
    assert list(data.columns) == ["input", *(f"unit {j}" for j in range(8))]
    assert [r[0] for r in data.rows] == DIABETES
    np.testing.assert_allclose([r[1:] for r in data.rows], kernel)

    # Table… opens the Table tab, which lists the very numbers the heatmap colours
    assert inspector.heat_access.table_button.isEnabled()
    inspector.heat_access.table_button.click()
    assert inspector.views.currentWidget() is inspector.table_page
    np.testing.assert_array_equal(inspector.table_model.matrix, kernel)
    inspector.views.setCurrentIndex(0)

    histogram = inspector.histogram_data()
    counts, edges = np.histogram(kernel, bins=len(histogram.rows), range=(float(kernel.min()), float(kernel.max())))
    tallest = int(np.argmax(counts))
    assert histogram.summary == (
        f"The tallest bar: {counts[tallest]} of 80 weights lie between {nt(float(edges[tallest]))} and "
        f"{nt(float(edges[tallest + 1]))}."
    )
    assert [r[2] for r in histogram.rows] == list(counts)
    np.testing.assert_allclose(inspector.bars.yData, [r[2] for r in histogram.rows])
    assert inspector.histogram_view.accessibleDescription() == histogram.summary
    inspector.histogram_access.table_button.click()
    dialog = inspector.histogram_access.dialog
    assert dialog.table.rowCount() == len(counts) and dialog.table.item(tallest, 2).text() == str(counts[tallest])
    dialog.close()

    inspector.mode_combo.setCurrentIndex(Mode.SINCE_FIRST)
    change = kernel - next(t.values for t in win.session.snapshots.at(0) if (t.layer, t.name) == ("dense", "kernel"))
    row, unit = np.unravel_index(int(np.argmax(np.abs(change))), change.shape)
    assert inspector.chart_data().summary.endswith(
        f"kernel: between epoch 0 and epoch 3 its 10 × 8 weights changed by {nt(float(change.min()))} to "
        f"{nt(float(change.max()))}; the largest change, {nt(float(change[row, unit]))}, was the weight from "
        f"{DIABETES[row]} to unit {unit}."
    )


def test_the_finder_says_where_the_loss_fell_fastest_and_lists_each_batch_drawn(qtbot, make_window):
    win = make_window()
    open_deep_network(win)
    win.training_controls.find_rate_button.click()
    answered(qtbot, win)
    view = win.rate_view
    finding = view.finding
    rates, losses = np.array(finding.learning_rates), np.array(finding.losses)
    smoothed = np.array(finding.smoothed)
    drawn = np.isfinite(losses) & np.isfinite(smoothed)
    rates, losses, smoothed = rates[drawn], losses[drawn], smoothed[drawn]
    # the steepest fall of the smoothed curve over half a decade of the chart's log axis
    fastest = None
    for i, rate in enumerate(rates):
        j = i + int(np.sum(np.log10(rates) < np.log10(rates[0]) + 0.5))  # half a decade further on
        if j < len(rates):
            fall = (smoothed[j] - smoothed[i]) / math.log10(rates[j] / rate)
            if fastest is None or fall < fastest[0]:
                fastest = (fall, rates[(i + j) // 2])
    steep, low = fastest[1], int(np.argmin(smoothed))
    assert fastest[0] < 0
    data = view.chart_data()
    assert data.summary == (
        f"The loss fell fastest near learning rate {steep:.2g} and was lowest, {format_number(smoothed[low])}, "
        f"near {rates[low]:.2g}; the suggestion is {finding.suggestion:g}."
    )
    assert steep < rates[low], "it falls fastest before it is lowest"
    assert view.plot_widget.accessibleDescription() == data.summary
    x, y = view.raw.getData()  # x on the log axis: log10 of the rate
    np.testing.assert_allclose([r[1] for r in data.rows], 10**x)
    np.testing.assert_allclose([r[2] for r in data.rows], y)
    np.testing.assert_allclose([r[3] for r in data.rows], view.smooth.getData()[1])
    assert [r[0] for r in data.rows][:3] == [1, 2, 3]
    view.access.table_button.click()
    assert view.access.dialog.table.rowCount() == int(drawn.sum())
    view.access.dialog.close()


def test_each_landscape_map_says_where_its_optimizer_ended_and_lists_its_path(qtbot, make_window):
    win = make_window()
    assert win.open_lesson("linear-unit")
    qtbot.waitUntil(lambda: win.data_summary is not None, timeout=FINISH)
    win.training_controls.landscape_button.click()
    answered(qtbot, win)
    view = win.landscape_view
    land = view.landscape
    b, w = np.unravel_index(int(np.argmin(land.loss)), land.loss.shape)
    lowest = float(land.loss.min())
    lowest_words = f"{lowest:,.4g}" if lowest < 1e4 else f"{lowest:,.0f}"
    for path_map, path in zip(view.maps, land.paths):
        data = path_map.chart_data()
        last = float(path.losses[-1])
        reached = f"{last:,.4g}" if last < 1e4 else f"{last:,.0f}"
        assert data.summary == (
            f"After {len(path.points) - 1} steps {path.optimizer} reached loss {reached}; the lowest point of the map "
            f"is {lowest_words}, at w {land.ws[w]:.3g}, b {land.bs[b]:.3g}."
        )
        assert path_map.view.accessibleDescription() == data.summary
        assert data.columns == ["step", "w", "b", "loss"] and len(data.rows) == len(path.points) == 41
        line = next(item for item in path_map.plot.items if isinstance(item, pg.PlotDataItem))
        np.testing.assert_allclose([r[1] for r in data.rows], line.getData()[0])
        np.testing.assert_allclose([r[2] for r in data.rows], line.getData()[1])
        np.testing.assert_allclose([r[3] for r in data.rows], path.losses)
        assert data.rows[0][0] == 0 and data.rows[-1][0] == 40
    assert "SGD reached loss" in view.maps[0].access.summary.text()


def test_a_diverged_path_is_said_to_have_left_the_map(qtbot, make_window):
    win = make_window()
    assert win.open_lesson("linear-unit")
    qtbot.waitUntil(lambda: win.data_summary is not None, timeout=FINISH)
    win.document.project.training.optimizer.config["learning_rate"] = 3.0
    win.show_landscape()
    answered(qtbot, win)
    sgd = win.landscape_view.maps[0]
    assert "SGD had diverged, off the map" in sgd.chart_data().summary
    drawn = np.isfinite(sgd.path.points).all(axis=1)
    assert len(sgd.chart_data().rows) == int(drawn.sum())


def test_the_race_says_which_copy_ended_lowest_and_lists_every_epoch(qtbot, make_window):
    win = make_window()
    assert win.open_lesson("sgd")
    win.document.project.training.epochs = 3
    win.tabs.setCurrentWidget(win.training_tab)
    win.training_controls.race_button.click()
    view = win.race_view
    assert view.chart_data() is None and not view.access.table_button.isEnabled()
    view.value_edits[3].setText("10")
    view.start_button.click()
    qtbot.waitUntil(lambda: not win.racing, timeout=FINISH)
    answered(qtbot, win)
    finals = {run.number: run.history["val_loss"][-1] for run in win.runs if math.isfinite(run.history["val_loss"][-1])}
    assert len(finals) == 3, "the copy at 10 diverged"
    best = min(finals, key=finals.get)
    rate = [0.01, 0.1, 1, 10][[run.number for run in win.runs].index(best)]
    data = view.chart_data()
    assert data.summary == f"learning rate {rate:g} ended lowest: val_loss {format_number(finals[best])} at epoch 3."
    assert view.access.summary.text() == data.summary
    assert view.plot_widget.accessibleDescription().startswith(data.summary)
    assert data.columns == ["epoch", "learning rate 0.01", "learning rate 0.1", "learning rate 1", "learning rate 10"]
    assert [r[0] for r in data.rows] == [1, 2, 3]
    for column, (run, curve) in enumerate(zip(win.runs, view._curves), start=1):
        drawn = dict(zip(*curve.getData())) if curve.getData()[0] is not None else {}
        assert [r[column] for r in data.rows] == [drawn.get(epoch) for epoch in (1, 2, 3)]
        if run.number in finals:
            assert data.rows[-1][column] == pytest.approx(run.history["val_loss"][-1])
    assert [r[4] for r in data.rows] == [None, None, None], "the diverged copy drew nothing"
    view.access.table_button.click()
    assert view.access.dialog.table.rowCount() == 3 and view.access.dialog.table.columnCount() == 5
    view.access.dialog.close()


def test_a_steps_heatmaps_name_the_largest_gradient_and_change_and_list_every_weight(qtbot, make_window):
    win = make_window()
    open_deep_network(win)
    win.training_controls.step_button.click()
    answered(qtbot, win)
    view = win.step_view
    kernel = win.session.last_step.step.tensors[0]
    assert (kernel.layer, kernel.name, kernel.before.shape) == ("dense", "kernel", (1, 64))
    feature = view.batch.horizontalHeaderItem(0).text()
    for heatmap, values, words in ((view.gradient, kernel.gradient, "gradient"), (view.update_map, kernel.update, "change")):
        unit = int(np.argmax(np.abs(values[0])))
        data = heatmap.chart_data()
        assert data.summary == (
            f"The largest {words} in step 1: {nt(float(values[0, unit]))}, on the weight from {feature} to unit "
            f"{unit}; the mean {words} is {nt(float(values.mean()))}."
        )
        assert heatmap.view.accessibleDescription() == data.summary and heatmap.summary.text() == data.summary
        assert data.columns == ["input", "unit", words] and len(data.rows) == 64
        assert [r[1] for r in data.rows] == list(range(64)) and {r[0] for r in data.rows} == {feature}
        np.testing.assert_allclose([r[2] for r in data.rows], heatmap.image.image[0])
        np.testing.assert_allclose([r[2] for r in data.rows], values[0])

    view.tensor_combo.setCurrentIndex(1)  # the bias
    bias = win.session.last_step.step.tensors[1]
    unit = int(np.argmax(np.abs(bias.update)))
    assert view.update_map.chart_data().summary.startswith(
        f"The largest change in step 1: {nt(float(bias.update[unit]))}, on the bias of unit {unit};"
    )
    view.update_map.access.table_button.click()
    dialog = view.update_map.access.dialog
    assert dialog.table.rowCount() == 64 and dialog.table.horizontalHeaderItem(1).text() == "change"
    dialog.close()
