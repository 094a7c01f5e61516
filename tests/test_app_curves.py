"""Live learning curves fed with synthetic training logs: what a student sees while a run grows."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from nnbuilder.app.curves import BATCH_LOSS, LearningCurves
from nnbuilder.app.runs_view import run_colour
from nnbuilder.engine.runs import RunRecord
from nnbuilder.engine.train import TrainInfo, TrainResult
from nnbuilder.spec import EarlyStoppingSpec

from .conftest import project_dict

STEPS = 10
INFO = TrainInfo(epochs=60, initial_epoch=0, steps_per_epoch=STEPS, train_rows=300, validation_rows=100)


def val_loss(epoch: int) -> float:
    """Falls until epoch 13, then creeps up: the overfitting early stopping is for."""
    return 1.0 / epoch + 0.3 + 0.01 * max(0, epoch - 13)


def epoch_logs(epoch: int, metrics: bool = False) -> dict[str, float]:
    logs = {"loss": 1.0 / epoch + 0.25, "val_loss": val_loss(epoch)}
    if metrics:
        logs.update({"accuracy": 1 - 0.5 / epoch, "val_accuracy": 1 - 0.6 / epoch})
    return logs


def feed(curves: LearningCurves, epochs: int, metrics: bool = False) -> dict[str, list[float]]:
    history: dict[str, list[float]] = {}
    for epoch in range(1, epochs + 1):
        for step in range(1, STEPS + 1):
            curves.add_batch(epoch, step, {"loss": 1.0 / (epoch - 1 + step / STEPS) + 0.2})
        logs = epoch_logs(epoch, metrics)
        curves.add_epoch(epoch, logs)
        for name, value in logs.items():
            history.setdefault(name, []).append(value)
    return history


def data(curves: LearningCurves, name: str) -> tuple[list[float], list[float]]:
    item = curves.curve(name)
    assert item is not None, name
    x, y = item.getOriginalDataset()
    return ([] if x is None else list(x)), ([] if y is None else list(y))


@pytest.fixture
def curves(qtbot) -> LearningCurves:
    widget = LearningCurves()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_before_training_the_charts_say_what_will_appear(curves):
    assert "while the network trains" in curves.annotation()
    assert not curves.metrics_plot.isVisible()


def test_epoch_and_batch_points_reach_the_curves_on_redraw(curves):
    curves.start_run(INFO, None, [], "mae")
    feed(curves, 3)
    assert data(curves, "loss") == ([], [])  # adding only appends; drawing waits for the redraw
    curves.redraw_now()
    assert data(curves, "loss") == ([1, 2, 3], [pytest.approx(epoch_logs(e)["loss"]) for e in (1, 2, 3)])
    assert data(curves, "val_loss")[1] == pytest.approx([val_loss(e) for e in (1, 2, 3)])
    batch_x, _ = data(curves, BATCH_LOSS)
    assert len(batch_x) == 3 * STEPS
    assert batch_x[:2] == pytest.approx([0.1, 0.2]) and batch_x[-1] == pytest.approx(3.0)
    assert curves.loss_plot.getPlotItem().getAxis("left").labelText == "loss (mae)"
    assert curves.loss_plot.getPlotItem().getAxis("bottom").labelText == "epoch"


def test_a_new_run_clears_the_last_one(curves):
    curves.start_run(INFO, None, [], "mae")
    feed(curves, 5)
    curves.start_run(INFO, None, [], "mse")
    curves.add_epoch(1, epoch_logs(1))
    curves.redraw_now()
    assert data(curves, "loss")[0] == [1]
    assert data(curves, BATCH_LOSS) == ([], [])
    assert curves.loss_plot.getPlotItem().getAxis("left").labelText == "loss (mse)"


def test_redraws_come_from_the_timer_and_only_after_a_change(curves, qtbot, monkeypatch):
    redraws = []
    draw = curves.redraw_now
    monkeypatch.setattr(curves, "redraw_now", lambda: (redraws.append(1), draw()))
    curves.start_run(INFO, None, [], "mae")
    feed(curves, 20)  # 220 reports arriving at once make one redraw, not 220
    assert redraws == []
    qtbot.waitUntil(lambda: len(redraws) == 1)
    qtbot.wait(200)  # several timer periods with nothing new
    assert len(redraws) == 1
    assert data(curves, "loss")[0] == list(range(1, 21))
    curves.add_epoch(21, epoch_logs(21))
    qtbot.waitUntil(lambda: len(redraws) == 2)


def test_redrawing_reuses_the_same_curves(curves):
    curves.start_run(INFO, EarlyStoppingSpec(patience=5), [], "mae")
    curves.redraw_now()
    items = len(curves.loss_plot.getPlotItem().items)
    for epoch in range(1, 30):
        curves.add_epoch(epoch, epoch_logs(epoch))
        curves.redraw_now()
    assert len(curves.loss_plot.getPlotItem().items) == items


def test_the_log_scale_toggle_switches_both_charts(curves, qtbot):
    curves.start_run(INFO, None, ["accuracy"], "mae")
    feed(curves, 5, metrics=True)
    curves.redraw_now()
    curves.log_scale.click()
    for plot in (curves.loss_plot, curves.metrics_plot):
        assert plot.getPlotItem().getAxis("left").logMode
    assert curves.curve("loss").opts["logMode"] == [False, True]
    curves.log_scale.click()
    assert not curves.loss_plot.getPlotItem().getAxis("left").logMode


def test_the_metrics_chart_appears_only_with_metrics(curves):
    curves.start_run(INFO, None, [], "mae")
    feed(curves, 3)
    curves.redraw_now()
    assert not curves.metrics_plot.isVisible()
    curves.start_run(INFO, None, ["accuracy"], "binary_crossentropy")
    feed(curves, 3, metrics=True)
    curves.redraw_now()
    assert curves.metrics_plot.isVisible()
    assert data(curves, "val_accuracy")[1] == pytest.approx([1 - 0.6 / e for e in (1, 2, 3)])
    assert curves.metrics_plot.getPlotItem().getAxis("left").labelText == "accuracy"
    assert "val_accuracy" in curves.metrics_plot.legend.text()
    assert "accuracy" not in curves.loss_plot.legend.text()


def test_the_best_epoch_and_patience_window_follow_the_run_live(curves):
    curves.start_run(INFO, EarlyStoppingSpec(monitor="val_loss", min_delta=0.001, patience=10), [], "mae")
    feed(curves, 16)
    curves.redraw_now()
    assert curves.best_epoch_marked() == 13
    assert curves.patience_window() == (13, 23)  # where training will stop unless val_loss improves
    assert curves.loss_plot.patience.isVisible()
    assert curves.loss_plot.patience.getRegion() == (13, 23)
    assert curves.loss_plot.best_line.value() == 13
    text = curves.annotation()
    assert "best 0.377 in epoch 13" in text and "stops after epoch 23" in text and "falls below 0.376" in text
    assert "best val_loss" in curves.loss_plot.legend.text()


def test_an_improvement_smaller_than_min_delta_does_not_move_the_best_epoch(curves):
    curves.start_run(INFO, EarlyStoppingSpec(monitor="val_loss", min_delta=0.05, patience=3), [], "mae")
    for epoch, value in enumerate([1.0, 0.97, 0.96, 0.90], start=1):  # only 0.90 beats 1.0 by more than 0.05
        curves.add_epoch(epoch, {"loss": value, "val_loss": value})
        curves.redraw_now()
        assert curves.best_epoch_marked() == (1 if epoch < 4 else 4)


def test_an_accuracy_monitor_counts_higher_as_better(curves):
    curves.start_run(INFO, EarlyStoppingSpec(monitor="val_accuracy", patience=3), ["accuracy"], "binary_crossentropy")
    for epoch, value in enumerate([0.6, 0.8, 0.7], start=1):
        curves.add_epoch(epoch, {"loss": 0.5, "val_loss": 0.5, "accuracy": value, "val_accuracy": value})
    curves.redraw_now()
    assert curves.best_epoch_marked() == 2
    assert "best val_accuracy" in curves.metrics_plot.legend.text()
    assert "rises above 0.8" in curves.annotation()


def test_after_an_early_stop_the_charts_say_where_it_stopped_and_which_weights_were_restored(curves):
    stopping = EarlyStoppingSpec(monitor="val_loss", min_delta=0.001, patience=10, restore_best_weights=True)
    curves.start_run(INFO, stopping, [], "mae")
    history = feed(curves, 23)
    curves.finish_run(TrainResult(history, epochs_run=23, stopped_early=True, best_epoch=13, restored_best=True))
    curves.redraw_now()
    assert "stopped at epoch 23 — weights of epoch 13 restored" in curves.annotation()
    assert curves.loss_plot.stop_line.isVisible() and curves.loss_plot.stop_line.value() == 23
    assert curves.patience_window() == (13, 23)


def test_without_restoring_the_last_weights_are_said_to_be_kept(curves):
    stopping = EarlyStoppingSpec(monitor="val_loss", patience=10, restore_best_weights=False)
    curves.start_run(INFO, stopping, [], "mae")
    history = feed(curves, 23)
    curves.finish_run(TrainResult(history, epochs_run=23, stopped_early=True, best_epoch=13, restored_best=False))
    curves.redraw_now()
    assert "weights of epoch 23 are kept" in curves.annotation()


def test_a_full_run_cuts_the_patience_window_at_its_last_epoch(curves):
    curves.start_run(INFO, EarlyStoppingSpec(patience=50), [], "mae")
    history = feed(curves, 60)
    curves.finish_run(TrainResult(history, epochs_run=60, stopped_early=False, best_epoch=13, restored_best=True))
    curves.redraw_now()
    assert curves.patience_window() == (13, 60)
    assert not curves.loss_plot.stop_line.isVisible()
    assert curves.annotation().startswith("Trained all 60 epochs — weights of epoch 13 restored")


def test_without_early_stopping_there_are_just_the_curves(curves):
    curves.start_run(INFO, None, [], "mae")
    history = feed(curves, 10)
    curves.finish_run(TrainResult(history, epochs_run=10))
    curves.redraw_now()
    assert curves.best_epoch_marked() is None and curves.patience_window() is None
    assert not curves.loss_plot.best_line.isVisible() and not curves.loss_plot.patience.isVisible()
    assert curves.annotation() == ""
    assert "best" not in curves.loss_plot.legend.text()


def test_a_stop_by_the_user_is_marked(curves):
    curves.start_run(INFO, None, [], "mae")
    history = feed(curves, 7)
    curves.finish_run(TrainResult(history, epochs_run=7, stop_requested=True))
    curves.redraw_now()
    assert curves.annotation() == "Stopped at epoch 7 by you."
    assert curves.loss_plot.stop_line.value() == 7


def make_record(number: int, epochs: int, metrics: bool = False) -> RunRecord:
    history: dict[str, list[float]] = {}
    for epoch in range(1, epochs + 1):
        for name, value in epoch_logs(epoch, metrics).items():
            history.setdefault(name, []).append(value + 0.01 * number)
    return RunRecord(number, project_dict(), history, None, False, False, 3.0, "2026-03-02T14:05:00")


def test_overlays_draw_each_checked_run_in_its_colour(curves):
    curves.start_run(INFO, None, [], "mae")
    feed(curves, 5)
    runs = [make_record(1, 30), make_record(2, 40)]
    curves.set_overlays(runs)
    for run in runs:
        items = curves.overlay_curves(run.number)
        assert len(items) == 2  # loss and val_loss
        assert {item.opts["pen"].color().name() for item in items} == {run_colour(run.number).name()}
        solid = [item for item in items if item.opts["pen"].style().name == "SolidLine"]
        x, y = solid[0].getOriginalDataset()
        assert list(x) == list(range(1, run.epochs + 1)) and list(y) == pytest.approx(run.history["val_loss"])
        assert f"run {run.number}" in curves.loss_plot.legend.text()
    assert curves.loss_plot.getPlotItem().getViewBox().viewRange()[0][1] >= 60  # the live run's 60 planned epochs
    curves.set_overlays(runs[1:])
    assert curves.overlay_curves(1) == [] and len(curves.overlay_curves(2)) == 2
    assert "run 1" not in curves.loss_plot.legend.text()
    curves.set_overlays([])
    assert all(item.getViewBox() is None for item in curves.overlay_curves(2))


def test_overlaid_metrics_show_the_metrics_chart(curves):
    curves.set_overlays([make_record(3, 10, metrics=True)])
    curves.redraw_now()
    assert curves.metrics_plot.isVisible()
    assert len(curves.overlay_curves(3)) == 4


def test_hovering_reads_out_every_curve_at_that_epoch(curves, qtbot):
    curves.start_run(INFO, None, [], "mae")
    feed(curves, 20)
    curves.set_overlays([make_record(2, 30)])
    curves.redraw_now()
    QApplication.processEvents()  # the charts settle their ranges when they paint
    view = curves.loss_plot.getPlotItem().getViewBox()
    (_, _), (bottom, top) = view.viewRange()
    scene_point = view.mapViewToScene(QPointF(12.2, (bottom + top) / 2))
    QTest.mouseMove(curves.loss_plot.viewport(), curves.loss_plot.mapFromScene(scene_point))
    qtbot.waitUntil(lambda: curves.readout().startswith("epoch 12:"))
    assert curves.readout() == (
        f"epoch 12: loss {epoch_logs(12)['loss']:.3g}, val_loss {val_loss(12):.3g}, "
        f"run 2 val_loss {val_loss(12) + 0.02:.3g}"
    )
    assert curves.loss_plot.hover_line.isVisible() and curves.loss_plot.hover_line.value() == 12


def test_the_batch_trace_of_a_long_run_is_downsampled_for_drawing(curves):
    steps = 1000
    info = TrainInfo(epochs=100, initial_epoch=0, steps_per_epoch=steps, train_rows=32000, validation_rows=0)
    curves.start_run(info, None, [], "mae")
    for epoch in range(1, 101):
        for step in range(1, steps + 1):
            curves.add_batch(epoch, step, {"loss": 1.0 / (epoch + step / steps)})
    curves.redraw_now()
    drawn_x, _ = curves.curve(BATCH_LOSS).getData()
    assert len(curves.curve(BATCH_LOSS).getOriginalDataset()[0]) == 100_000
    assert len(drawn_x) < 20_000
    assert np.isfinite(drawn_x).all()
    assert curves.curve("val_loss") is None  # no validation data, no validation curve


def test_patience_reaching_past_the_planned_epochs_is_said_so(curves):
    curves.start_run(INFO, EarlyStoppingSpec(patience=20), [], "mae")
    for epoch in range(1, 46):
        curves.add_epoch(epoch, {"loss": 1 / epoch, "val_loss": 1 / epoch})
    curves.redraw_now()
    assert curves.annotation().endswith("Its patience lasts past the last planned epoch (60).")


def test_continuing_a_run_keeps_its_curves_and_extends_the_plan(curves):
    curves.start_run(INFO, EarlyStoppingSpec(patience=5), [], "mae")
    history = feed(curves, 13)
    curves.finish_run(TrainResult(history, epochs_run=13, best_epoch=13))
    more = TrainInfo(epochs=80, initial_epoch=13, steps_per_epoch=STEPS, train_rows=300, validation_rows=100)
    curves.continue_run(more, EarlyStoppingSpec(patience=5))
    for epoch in range(14, 17):  # val_loss rises again
        curves.add_epoch(epoch, epoch_logs(epoch))
    curves.redraw_now()
    assert data(curves, "loss")[0] == list(range(1, 17))
    assert curves.best_epoch_marked() == 14  # Keras's early stopping starts afresh in the new fit
    (left, right), _ = curves.loss_plot.getPlotItem().getViewBox().viewRange()
    assert left <= 0 and right >= 80  # the whole run from its first epoch
    curves.finish_run(TrainResult({}, epochs_run=3, stop_requested=True))
    curves.redraw_now()
    assert curves.annotation().startswith("Stopped at epoch 16 by you")


def test_an_overlaid_continued_run_is_drawn_at_its_own_epochs(curves):
    run = make_record(4, 5)
    run.first_epoch = 21
    curves.set_overlays([run])
    x, _ = curves.overlay_curves(4)[0].getOriginalDataset()
    assert list(x) == [21, 22, 23, 24, 25]


def test_a_log_axis_over_a_narrow_range_still_shows_numbers(curves, qtbot):
    curves.start_run(INFO, None, [], "mae")
    for epoch in range(1, 6):
        curves.add_epoch(epoch, {"loss": 5.7 - 0.1 * epoch, "val_loss": 5.6 - 0.08 * epoch})
    curves.log_scale.setChecked(True)
    curves.redraw_now()
    axis = curves.loss_plot.getPlotItem().getAxis("left")
    qtbot.waitUntil(lambda: 0 < axis.range[1] - axis.range[0] < 0.1)  # about 5.2 to 5.6, in decades
    low, high = axis.range
    labels = [text for _, ticks in axis.tickValues(low, high, 300) for text in axis.tickStrings(ticks, 1, 1) if text]
    assert len(labels) >= 2, (labels, axis.range)
    assert all(5.0 <= float(text) <= 6.0 for text in labels), (labels, axis.range)


def test_the_y_axis_moves_in_steps_while_a_run_grows_and_fits_the_data_when_it_ends(curves):
    curves.start_run(INFO, None, [], "mae")
    view = curves.loss_plot.view
    ranges = []
    for epoch in range(1, 41):
        for step in range(1, STEPS + 1):
            curves.add_batch(epoch, step, {"loss": 1.0 / (epoch - 1 + step / STEPS) + 0.2})
        curves.add_epoch(epoch, epoch_logs(epoch))
        curves.redraw_now()
        view.updateAutoRange()  # as the next paint would
        low, high = view.viewRange()[1]
        drawn = [*data(curves, "loss")[1], *data(curves, "val_loss")[1], *data(curves, BATCH_LOSS)[1]]
        assert low <= min(drawn) and max(drawn) <= high  # every value is on the chart at every redraw
        ranges.append((low, high))
    assert len(set(ranges)) <= 8  # not once per redraw: each change re-lays the axis and repaints it all
    span = max(drawn) - min(drawn)
    # A loss cannot fall below 0: no room is made under it, beyond pyqtgraph's own padding (≤ 10%).
    assert min(low for low, _ in ranges) >= -0.1 * span
    curves.finish_run(TrainResult(history={}, epochs_run=40))
    view.updateAutoRange()
    low, high = view.viewRange()[1]
    assert min(drawn) - 0.1 * span < low <= min(drawn) and max(drawn) <= high < max(drawn) + 0.1 * span


def test_a_y_range_the_student_chose_stays_while_the_run_grows(curves):
    curves.start_run(INFO, None, [], "mae")
    feed(curves, 5)
    curves.redraw_now()
    curves.loss_plot.setYRange(0.3, 0.6, padding=0)  # as a mouse zoom does: automatic ranging stops
    for epoch in range(6, 20):
        curves.add_epoch(epoch, epoch_logs(epoch))
        curves.redraw_now()
        curves.loss_plot.view.updateAutoRange()
    assert curves.loss_plot.view.viewRange()[1] == pytest.approx([0.3, 0.6])
