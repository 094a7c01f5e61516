"""Learning curves that grow while the network trains, with early stopping drawn in.

Training reports many times a second; adding a point only appends to an array, and a timer
redraws at most ~30 times a second, only when something changed, by handing the arrays to
curves that already exist. The per-batch trace is clipped to the view and peak-downsampled,
so hours of batches redraw as fast as a few.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QCheckBox, QGraphicsItem, QHBoxLayout, QLabel, QVBoxLayout, QWidget

import pyqtgraph as pg

from ..engine.runs import RunRecord
from ..i18n import number_text, translate
from ..spec import EarlyStoppingSpec
from .. import colours
from .chart_table import ChartAccess, ChartData, lowest
from .runs_view import run_colour
from .steady_range import SteadyViewBox

if TYPE_CHECKING:  # importing the training module would load pandas and scikit-learn with the window
    from ..engine.train import TrainInfo, TrainResult

# 5 redraws a second at most: still live to the eye, and on a 2-core lab PC each redraw takes CPU
# from the training itself (measured: 30 a second made many small batches train ~15% slower, and
# 10 a second left the window's GUI thread a third busier than 5 while the course's table trained).
REDRAW_INTERVAL_MS = 200
BATCH_LOSS = "batch loss"  # curve() name of the faint per-batch trace

LOSS_COLOUR = QColor(colours.TRAINING)  # on a light chart; training_colour() picks for any chart
VAL_COLOUR = QColor(colours.VALIDATION)
PATIENCE_BRUSH = QColor(255, 190, 0, 50)
# Further metrics keep the training/validation colours and differ by line style.
_METRIC_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)
# Words in metric names Keras maximises (its metrics with _direction "up"); everything else is minimised.
_HIGHER_IS_BETTER = ("acc", "auc", "precision", "recall", "f1", "fbeta", "iou", "r2", "cosine", "correlation")


def training_colour(background: QColor) -> QColor:
    """The training curves' blue, lighter on a dark or high-contrast chart so it still reads."""
    return LOSS_COLOUR if background.lightness() >= 128 else QColor(colours.TRAINING_ON_DARK)


def _mix(colour: QColor, background: QColor, share: float) -> QColor:
    """``colour`` faded towards ``background`` by ``share`` (0: unchanged, 1: background)."""
    return QColor(*(round(a + (b - a) * share) for a, b in zip(colour.getRgb()[:3], background.getRgb()[:3])))


def higher_is_better(monitor: str) -> bool:
    name = monitor.removeprefix("val_")
    return name != "loss" and any(word in name for word in _HIGHER_IS_BETTER)


def format_number(value: float) -> str:
    """Three significant digits, but never scientific notation for a loss in the thousands."""
    if not math.isfinite(value):
        return "NaN" if math.isnan(value) else str(value)
    return number_text(f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}")


class _Trace:
    """x and y arrays that grow by doubling: appending is cheap and drawing needs no copy."""

    def __init__(self) -> None:
        self._data = np.empty((2, 256))
        self._size = 0

    def append(self, x: float, y: float) -> None:
        if self._size == self._data.shape[1]:
            grown = np.empty((2, 2 * self._size))
            grown[:, : self._size] = self._data
            self._data = grown
        self._data[0, self._size] = x
        self._data[1, self._size] = y
        self._size += 1

    def __len__(self) -> int:
        return self._size

    @property
    def x(self) -> np.ndarray:
        return self._data[0, : self._size]

    @property
    def y(self) -> np.ndarray:
        return self._data[1, : self._size]

    def value_at(self, x: float) -> float | None:
        hits = np.flatnonzero(self.x == x)
        return float(self.y[hits[0]]) if len(hits) else None


@dataclass
class _Watch:
    """Keras's EarlyStopping bookkeeping, replayed from the epoch logs to draw it live."""

    settings: EarlyStoppingSpec
    best_epoch: int | None = None
    best: float | None = None

    def see(self, epoch: int, logs: dict[str, float]) -> None:
        value = logs.get(self.settings.monitor)
        if value is None:
            return
        delta = abs(self.settings.min_delta)
        if higher_is_better(self.settings.monitor):
            improved = self.best is None or value - delta > self.best
        else:
            improved = self.best is None or value + delta < self.best
        if improved:
            self.best, self.best_epoch = value, epoch

    def threshold(self) -> float:
        """The value the monitored quantity has to beat to count as an improvement."""
        assert self.best is not None
        delta = abs(self.settings.min_delta)
        return self.best + delta if higher_is_better(self.settings.monitor) else self.best - delta


def _legend_sample(item: pg.PlotDataItem) -> tuple[str, str]:
    """The colour and the characters that stand for a curve in the legend: a line, dashes or a ring."""
    if item.opts["pen"] is None:
        return pg.mkPen(item.opts["symbolPen"]).color().name(), "◯"
    pen = pg.mkPen(item.opts["pen"])
    return pen.color().name(), "━━" if pen.style() == Qt.PenStyle.SolidLine else "╍╍"


# Below this many decades (a factor of 2) a log axis has no 1…9 × 10ⁿ inside it to label: 5.2 to 5.7.
NARROW_DECADES = math.log10(2)


def _nice_step(rough: float) -> float:
    """1, 2 or 5 × 10ⁿ, the nearest at or above ``rough``."""
    power = 10 ** math.floor(math.log10(rough))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= rough)


class _ValueAxis(pg.AxisItem):
    """In log mode, labels as many of 1…9 × 10ⁿ as fit: pyqtgraph labels all nine, which overlap.
    Over a narrow range, where no such number falls, it labels evenly spaced values instead."""

    def logTickValues(self, minVal: float, maxVal: float, size: float, stdTicks: list) -> list:
        if maxVal - minVal >= NARROW_DECADES:
            return super().logTickValues(minVal, maxVal, size, stdTicks)
        low, high = 10**minVal, 10**maxVal
        step = _nice_step((high - low) / 4)
        first = math.ceil(low / step) * step
        values = [first + index * step for index in range(int((high - first) / step) + 1)]
        return [(step, [math.log10(value) for value in values if value > 0])]

    def logTickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        low, high = self.range
        if high - low < NARROW_DECADES:
            return [f"{10**value * scale:.4g}" for value in values]
        strings = super().logTickStrings(values, scale, spacing)
        low, high = self.range
        pixels_per_decade = self.geometry().height() / max(high - low, 1e-9)
        if pixels_per_decade >= 300:
            return strings
        shown = (1, 2, 3, 5) if pixels_per_decade >= 120 else (1, 2, 5) if pixels_per_decade >= 50 else (1,)
        return [text if round(10 ** (value % 1)) in shown else "" for value, text in zip(values, strings)]


class _Plot(pg.PlotWidget):
    """One chart with the marks every chart shares: best epoch, patience window, stop, hover line."""

    def __init__(self, foreground: QColor, background: QColor) -> None:
        self.view = SteadyViewBox()
        super().__init__(background=background, axisItems={"left": _ValueAxis("left")}, viewBox=self.view)
        self.setMinimumHeight(160)
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.15)
        # The plot, not the curve, owns these: it imposes them on every curve added to it.
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(foreground)
            axis.setTextPen(foreground)
            axis.enableAutoSIPrefix(False)  # "mse (x0.001)" would hide the values students compare
            axis.setStyle(maxTickLevel=1)  # a third, finer level of grid lines doubles the painting time
            # Keep the painted axis (labels and grid) as a pixmap until its range changes: replaying its
            # text on every redraw was half the cost of a frame while training.
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # The legend is a line of text above the chart: inside it, it would cover curves or marks.
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self._legend_entries: list[tuple[pg.PlotDataItem, str, int | None]] = []  # item, name, run number
        self.patience = pg.LinearRegionItem(
            orientation="vertical", movable=False, brush=PATIENCE_BRUSH, pen=pg.mkPen(None)
        )
        self.patience.setZValue(-20)
        self.best_line = self._line(pg.mkPen(foreground, width=1, style=Qt.PenStyle.DashLine), 0.98, foreground)
        self.stop_line = self._line(pg.mkPen(QColor("#d62728"), width=2), 0.86, QColor("#d62728"))
        self.hover_line = self._line(pg.mkPen(QColor(128, 128, 128, 160), width=1), None, foreground)
        for mark in (self.patience, self.best_line, self.stop_line, self.hover_line):
            mark.hide()
            item.addItem(mark, ignoreBounds=True)

    @staticmethod
    def _line(pen: QPen, label_at: float | None, colour: QColor) -> pg.InfiniteLine:
        options = {"position": label_at, "color": colour, "fill": None, "movable": False, "anchors": [(0, 0), (1, 0)]}
        return pg.InfiniteLine(angle=90, movable=False, pen=pen, label="" if label_at is not None else None,
                               labelOpts=options if label_at is not None else None)  # fmt: skip

    def add_curve(self, item: pg.PlotDataItem, name: str | None, run_number: int | None = None) -> None:
        """Draw ``item``; with a ``name`` it is listed in the legend (an earlier run's after the live curves)."""
        self.addItem(item)
        if name:
            self.list_in_legend(item, name, run_number)

    def remove_curve(self, item: pg.PlotDataItem) -> None:
        self._legend_entries = [entry for entry in self._legend_entries if entry[0] is not item]
        self._write_legend()
        self.removeItem(item)

    def list_in_legend(self, item: pg.PlotDataItem, name: str, run_number: int | None = None) -> None:
        """List ``item`` last among its kind in the legend (moving it there if it is listed already)."""
        self._legend_entries = [entry for entry in self._legend_entries if entry[0] is not item]
        self._legend_entries.append((item, name, run_number))
        self._write_legend()

    def _write_legend(self) -> None:
        live = [entry for entry in self._legend_entries if entry[2] is None]
        runs = sorted((entry for entry in self._legend_entries if entry[2] is not None), key=lambda entry: entry[2])
        parts = [
            f'<span style="color:{colour}">{sample}</span>&nbsp;{html.escape(name)}'
            for item, name, _ in live + runs
            for colour, sample in [_legend_sample(item)]
        ]
        if runs:
            parts.append(translate("Curves", "(earlier runs: ━━ validation, ╍╍ training)"))
        self.legend.setText("&nbsp;&nbsp; ".join(parts))

    def mark(self, line: pg.InfiniteLine, epoch: float | None, label: str = "") -> None:
        line.setVisible(epoch is not None)
        if epoch is not None:
            line.setValue(epoch)
            if label:
                line.label.setFormat(label)


@dataclass
class _Overlay:
    run: RunRecord
    items: list[tuple[_Plot, pg.PlotDataItem]]


class LearningCurves(QWidget):
    """Loss (and metric) curves of the run being trained, plus earlier runs to compare with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        palette = self.palette()
        foreground = palette.color(QPalette.ColorRole.Text)
        background = palette.color(QPalette.ColorRole.Base)

        self._status = QLabel()
        self._status.setWordWrap(True)
        self.log_scale = QCheckBox(translate("Curves", "Log scale"))
        self.log_scale.setToolTip(
            translate("Curves", "Show the y axis in powers of ten, so small late improvements stay visible.")
        )
        self.log_scale.toggled.connect(self._set_log_scale)
        header = QHBoxLayout()
        header.addWidget(self._status, 1)
        header.addWidget(self.log_scale, 0, Qt.AlignmentFlag.AlignTop)

        self.loss_plot = _Plot(foreground, background)
        self.metrics_plot = _Plot(foreground, background)
        self.metrics_plot.setXLink(self.loss_plot)
        self.metrics_plot.hide()
        self.metrics_plot.legend.hide()
        self.loss_plot.setLabel("bottom", translate("Curves", "epoch"))
        self.metrics_plot.setLabel("bottom", translate("Curves", "epoch"))
        self.loss_plot.setLabel("left", translate("Curves", "loss"))
        self.loss_plot.setAccessibleName(translate("Curves", "Loss curves"))
        self.metrics_plot.setAccessibleName(translate("Curves", "Metric curves"))
        self.metrics_plot.setAccessibleDescription(
            translate("Curves", "The metrics chosen on the Training tab, by epoch, for the training and validation rows")
        )

        self._readout = QLabel()
        self._readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.loss_plot.legend)
        layout.addWidget(self.loss_plot, 3)
        layout.addWidget(self.metrics_plot.legend)
        layout.addWidget(self.metrics_plot, 2)
        layout.addWidget(self._readout)
        self.access = ChartAccess(self.loss_plot, self.chart_data)
        layout.addWidget(self.access)

        # Faint by mixing with the background, not by transparency: a translucent zig-zag of thousands
        # of points is stroked as one big polygon, several times slower to paint.
        self._training_colour = training_colour(background)
        self._batch_curve = pg.PlotDataItem(pen=pg.mkPen(_mix(self._training_colour, background, 0.65), width=1))
        self._batch_curve.setZValue(-5)
        self.loss_plot.add_curve(self._batch_curve, None)
        self._best_dot = pg.PlotDataItem(
            symbol="o", symbolSize=12, symbolPen=pg.mkPen(foreground, width=2), symbolBrush=None, pen=None
        )
        self._best_dot.setZValue(10)
        self._best_dot_plot: _Plot | None = None

        for plot in (self.loss_plot, self.metrics_plot):
            plot.scene().sigMouseMoved.connect(self._hover)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_INTERVAL_MS)
        self._timer.timeout.connect(self._redraw_if_changed)
        self._changed = False

        self._info: TrainInfo | None = None
        self._run_start = 0
        self._result: TrainResult | None = None
        self._watch: _Watch | None = None
        self._metrics: list[str] = []
        self._batches = _Trace()
        self._epochs: dict[str, _Trace] = {}
        self._curves: dict[str, tuple[_Plot, pg.PlotDataItem]] = {}
        self._overlays: dict[int, _Overlay] = {}
        self._update_status()

    # ---- what the training worker feeds -------------------------------------------------------

    def start_run(
        self, info: TrainInfo, early_stopping: EarlyStoppingSpec | None, metrics: list[str], loss: str = ""
    ) -> None:
        """Forget the previous live run; ``loss`` names the loss function for the axis label."""
        for plot, item in self._curves.values():
            plot.remove_curve(item)
        self._curves.clear()
        self._epochs.clear()
        self._batches = _Trace()
        self._info, self._result = info, None
        self._run_start = info.initial_epoch  # where the x axis begins, also after continue_run
        self._watch = _Watch(early_stopping) if early_stopping is not None else None
        self._metrics = list(metrics)
        self._readout.clear()
        for plot in (self.loss_plot, self.metrics_plot):
            plot.mark(plot.hover_line, None)
        self.loss_plot.setLabel(
            "left", translate("Curves", "loss ({name})").format(name=loss) if loss else translate("Curves", "loss")
        )
        self.metrics_plot.setLabel("left", ", ".join(metrics))
        # made now, in the legend's order; anything else the logs bring is added when it arrives
        for name in ["loss", *self._metrics]:
            self._curve_for(name)
            if info.validation_rows:
                self._curve_for(f"val_{name}")
        self.loss_plot.list_in_legend(self._batch_curve, translate("Curves", "loss while each epoch runs"))
        self._place_best_dot()
        self._fit_epochs()
        self._steady(True)
        self._schedule()

    def clear(self) -> None:
        """Another project is open: no live run is shown (its runs' overlays are set apart), and the
        axes start linear again."""
        self.log_scale.setChecked(False)
        for plot, item in self._curves.values():
            plot.remove_curve(item)
        self._curves.clear()
        self._epochs.clear()
        self._batches = _Trace()
        self._info = self._result = self._watch = None
        self._readout.clear()
        for plot in (self.loss_plot, self.metrics_plot):
            plot.mark(plot.hover_line, None)
        self._place_best_dot()
        self._steady(False)
        self._update_status()
        self._schedule()

    def continue_run(self, info: TrainInfo, early_stopping: EarlyStoppingSpec | None) -> None:
        """More epochs of the live run: its curves stay and grow on.

        Early stopping starts watching afresh, as Keras's does in a new fit().
        """
        self._info, self._result = info, None
        self._watch = _Watch(early_stopping) if early_stopping is not None else None
        self._place_best_dot()
        self._fit_epochs()
        self._steady(True)
        self._schedule()

    def add_batch(self, epoch: int, step: int, logs: dict[str, float]) -> None:
        loss = logs.get("loss")
        if self._info is None or loss is None:
            return
        self._batches.append(epoch - 1 + step / self._info.steps_per_epoch, loss)
        self._schedule()

    def add_epoch(self, epoch: int, logs: dict[str, float]) -> None:
        for name, value in logs.items():
            trace = self._epochs.get(name)
            if trace is None:
                trace = self._epochs[name] = _Trace()
            trace.append(epoch, value)
        if self._watch is not None:
            self._watch.see(epoch, logs)
        self._schedule()

    def finish_run(self, result: TrainResult) -> None:
        self._result = result
        if self._watch is not None and result.best_epoch is not None:
            # Keras's own verdict wins over the replay (they agree unless a log was missed)
            trace = self._epochs.get(self._watch.settings.monitor)
            self._watch.best_epoch = result.best_epoch
            self._watch.best = trace.value_at(result.best_epoch) if trace is not None else None
        self._steady(False)
        self.redraw_now()  # once, at the end: the last epoch is drawn and summed up at once, not 0.1 s later

    def set_overlays(self, runs: list[RunRecord]) -> None:
        """Draw these earlier runs behind the live one, each in its run colour (validation solid, training dashed)."""
        wanted = {run.number: run for run in runs}
        for number, overlay in list(self._overlays.items()):
            if wanted.get(number) is not overlay.run:
                for plot, item in overlay.items:
                    plot.remove_curve(item)
                del self._overlays[number]
        for run in runs:
            if run.number not in self._overlays:
                self._overlays[run.number] = self._draw_overlay(run)
        self._fit_epochs()
        self._schedule()

    # ---- drawing --------------------------------------------------------------------------------

    def redraw_now(self) -> None:
        """Hand every array to its curve and update the marks (the timer calls this; so can a benchmark)."""
        self._changed = False
        for name, trace in self._epochs.items():
            self._curve_for(name).setData(trace.x, trace.y)
        self._batch_curve.setData(self._batches.x, self._batches.y)
        has_metrics = self._has_metrics()
        self.metrics_plot.setVisible(has_metrics)
        self.metrics_plot.legend.setVisible(has_metrics)
        self._draw_early_stopping()
        self._update_status()

    @Slot()
    def _redraw_if_changed(self) -> None:
        if self._changed:
            self.redraw_now()

    def _schedule(self) -> None:
        self._changed = True
        if not self._timer.isActive():
            self._timer.start()

    def _steady(self, on: bool) -> None:
        """While a run grows, the y axes move in steps rather than at every redraw (steady_range)."""
        for plot in (self.loss_plot, self.metrics_plot):
            plot.view.set_steady(on)

    def _has_metrics(self) -> bool:
        return bool(self._metrics) or any(plot is self.metrics_plot for plot, _ in self._curves.values()) or any(
            plot is self.metrics_plot for overlay in self._overlays.values() for plot, _ in overlay.items
        )

    def _plot_for(self, name: str) -> _Plot:
        return self.loss_plot if name.removeprefix("val_") == "loss" else self.metrics_plot

    def _curve_for(self, name: str) -> pg.PlotDataItem:
        """The live curve of one log entry, made the first time it is needed."""
        if name not in self._curves:
            base = name.removeprefix("val_")
            position = self._metrics.index(base) if base in self._metrics else 0
            pen = pg.mkPen(
                VAL_COLOUR if name.startswith("val_") else self._training_colour,
                width=2, style=_METRIC_STYLES[position % len(_METRIC_STYLES)],
            )  # fmt: skip
            item = pg.PlotDataItem(pen=pen, antialias=True, connect="finite")
            plot = self._plot_for(name)
            plot.add_curve(item, name)
            self._curves[name] = (plot, item)
        return self._curves[name][1]

    def _place_best_dot(self) -> None:
        """The best-epoch dot sits on the monitored curve's chart (and is listed in its legend)."""
        if self._best_dot_plot is not None:
            self._best_dot_plot.remove_curve(self._best_dot)
            self._best_dot_plot = None
        self._best_dot.setData([], [])
        if self._watch is not None:
            monitor = self._watch.settings.monitor
            self._best_dot_plot = self._plot_for(monitor)
            self._best_dot_plot.add_curve(self._best_dot, translate("Curves", "best {monitor}").format(monitor=monitor))

    def _draw_early_stopping(self) -> None:
        watch, result = self._watch, self._result
        best = watch.best_epoch if watch is not None else None
        last = self._last_epoch()
        stopped = result is not None and (result.stopped_early or result.stop_requested or result.diverged is not None)
        window = self.patience_window()
        for plot in (self.loss_plot, self.metrics_plot):
            plot.mark(plot.best_line, best, translate("Curves", "best: epoch {epoch}").format(epoch=best))
            plot.mark(plot.stop_line, last if stopped else None, translate("Curves", "stopped: epoch {epoch}").format(epoch=last))
            plot.patience.setVisible(window is not None)
            if window is not None:
                plot.patience.setRegion(window)
        if watch is not None and best is not None and watch.best is not None:
            self._best_dot.setData([best], [watch.best])
        else:
            self._best_dot.setData([], [])

    def _draw_overlay(self, run: RunRecord) -> _Overlay:
        colour = run_colour(run.number)
        items = []
        labelled: set[int] = set()
        # validation first: the legend entry "run N" goes to the solid line
        for name in sorted(run.history, key=lambda key: not key.startswith("val_")):
            values = run.history[name]
            plot = self._plot_for(name)
            style = Qt.PenStyle.SolidLine if name.startswith("val_") else Qt.PenStyle.DashLine
            item = pg.PlotDataItem(
                np.arange(run.first_epoch, run.first_epoch + len(values)), np.asarray(values, dtype=float),
                pen=pg.mkPen(colour, width=1.5, style=style), antialias=True, connect="finite",
            )  # fmt: skip
            item.setZValue(-2)
            name = None if id(plot) in labelled else translate("Curves", "run {number}").format(number=run.number)
            plot.add_curve(item, name, run.number)
            labelled.add(id(plot))
            items.append((plot, item))
        return _Overlay(run, items)

    def _fit_epochs(self) -> None:
        """Show the whole planned run from the start, so students see how far it has to go."""
        first = self._run_start if self._info is not None else 0
        last = max([self._info.epochs if self._info is not None else 0]
                   + [overlay.run.last_epoch for overlay in self._overlays.values()])  # fmt: skip
        if last > first:
            self.loss_plot.setXRange(first, last, padding=0.02)

    @Slot(bool)
    def _set_log_scale(self, on: bool) -> None:
        for plot in (self.loss_plot, self.metrics_plot):
            plot.setLogMode(x=False, y=on)
        self._fit_epochs()  # switching scales lets pyqtgraph fit x to the data; keep the planned epochs

    # ---- words ----------------------------------------------------------------------------------

    def _last_epoch(self) -> int | None:
        if self._result is not None and self._info is not None:
            return self._info.initial_epoch + self._result.epochs_run
        loss = self._epochs.get("loss")
        return int(loss.x[-1]) if loss is not None and len(loss) else None

    def _update_status(self) -> None:
        text = self.annotation()
        self._status.setText(text)
        self._status.setVisible(bool(text))
        self.access.refresh()

    def chart_data(self) -> ChartData:
        """The curves in words and numbers: where the watched loss was lowest, and every epoch's values."""
        title = translate("Curves", "Learning curves")
        names = sorted(self._epochs, key=lambda k: (k.removeprefix("val_") != "loss", k.removeprefix("val_"), k))
        if not names or not len(self._epochs[names[0]]):
            return ChartData(title, translate("Curves", "No epoch has been trained yet."))
        watched = "val_loss" if "val_loss" in self._epochs else "loss"
        trace = self._epochs[watched]
        best = lowest(trace.y)
        summary = ""
        if best is not None:
            summary = translate("Curves", "{curve} lowest at epoch {epoch}: {value}, after {epochs} epochs.").format(
                curve=watched, epoch=int(trace.x[best[0] - 1]), value=format_number(best[1]), epochs=int(trace.x[-1])
            )
        # Asked again at every redraw while training: one pass over each curve, never a search per epoch.
        values = {name: dict(zip(self._epochs[name].x.astype(int).tolist(), self._epochs[name].y.tolist())) for name in names}
        epochs = sorted(set().union(*values.values()))
        rows = [[epoch, *(values[name].get(epoch) for name in names)] for epoch in epochs]
        return ChartData(title, summary, [translate("Curves", "epoch"), *names], rows)

    def annotation(self) -> str:
        """The sentence above the charts: what early stopping is waiting for, or how the run ended."""
        if self._info is None:
            return translate("Curves", "The learning curves grow here while the network trains.")
        watch, result = self._watch, self._result
        if result is None:
            if watch is None or watch.best is None or watch.best_epoch is None:
                return ""
            monitor, stop = watch.settings.monitor, watch.best_epoch + watch.settings.patience
            best = translate("Curves", "Early stopping watches {monitor}: best {value} in epoch {epoch}.").format(
                monitor=monitor, value=format_number(watch.best), epoch=watch.best_epoch
            )
            if stop >= self._info.epochs:
                return translate("Curves", "{best} Its patience lasts past the last planned epoch ({epochs}).").format(
                    best=best, epochs=self._info.epochs
                )
            if higher_is_better(monitor):
                text = translate("Curves", "{best} Training stops after epoch {stop} unless {monitor} rises above {threshold}.")
            else:
                text = translate("Curves", "{best} Training stops after epoch {stop} unless {monitor} falls below {threshold}.")
            return text.format(best=best, stop=stop, monitor=monitor, threshold=format_number(watch.threshold()))
        last = self._last_epoch()
        if result.diverged is not None:
            ending = translate("Curves", "Stopped at epoch {epoch}: the loss became NaN or infinite").format(epoch=last)
        elif result.stop_requested:
            ending = translate("Curves", "Stopped at epoch {epoch} by you").format(epoch=last)
        elif result.stopped_early:
            ending = translate("Curves", "Early stopping: stopped at epoch {epoch}").format(epoch=last)
        elif watch is not None:
            ending = translate("Curves", "Trained all {epochs} epochs").format(epochs=last)
        else:
            return ""
        best = watch.best_epoch if watch is not None else None
        if best is None or watch is None:
            return ending + "."
        if result.restored_best:
            ending += translate("Curves", " — weights of epoch {epoch} restored").format(epoch=best)
        elif best == last:
            ending += translate("Curves", " — epoch {epoch} was the best").format(epoch=best)
        else:
            ending += translate("Curves", " — the weights of epoch {epoch} are kept (restore_best_weights is off)").format(
                epoch=last
            )
        if result.stopped_early:
            settings = watch.settings
            ending += translate("Curves", " ({monitor} did not improve for {patience} epochs after epoch {epoch})").format(
                monitor=settings.monitor, patience=settings.patience, epoch=best
            )
        return ending + "."

    def readout(self) -> str:
        return self._readout.text()

    @Slot(QPointF)
    def _hover(self, scene_position: QPointF) -> None:
        for plot in (self.loss_plot, self.metrics_plot):
            view = plot.getPlotItem().getViewBox()
            if plot.isVisible() and view.sceneBoundingRect().contains(scene_position):
                self.show_epoch(round(view.mapSceneToView(scene_position).x()))
                return

    def show_epoch(self, epoch: int) -> None:
        """Mark an epoch on both charts and read out every curve's value there (the hover readout)."""
        epochs = [int(x) for trace in self._epochs.values() for x in trace.x[-1:]]
        epochs += [overlay.run.last_epoch for overlay in self._overlays.values()]
        if not epochs:
            return
        epoch = min(max(epoch, 1), max(epochs))
        parts = [f"{name} {format_number(value)}" for name, trace in self._epochs.items()
                 if (value := trace.value_at(epoch)) is not None]  # fmt: skip
        for number, overlay in sorted(self._overlays.items()):
            history = overlay.run.history
            name = "val_loss" if "val_loss" in history else "loss"
            index = epoch - overlay.run.first_epoch
            if name in history and 0 <= index < len(history[name]):
                parts.append(translate("Curves", "run {number} {name} {value}").format(
                    number=number, name=name, value=format_number(history[name][index])))  # fmt: skip
        for plot in (self.loss_plot, self.metrics_plot):
            plot.mark(plot.hover_line, epoch)
        values = ", ".join(parts) if parts else translate("Curves", "no values")
        self._readout.setText(translate("Curves", "epoch {epoch}: {values}").format(epoch=epoch, values=values))

    # ---- what the charts show (for tests and benchmarks) ---------------------------------------

    def curve(self, name: str) -> pg.PlotDataItem | None:
        """The live curve of a log entry ("loss", "val_mae"...) or BATCH_LOSS."""
        if name == BATCH_LOSS:
            return self._batch_curve
        entry = self._curves.get(name)
        return entry[1] if entry is not None else None

    def overlay_curves(self, number: int) -> list[pg.PlotDataItem]:
        overlay = self._overlays.get(number)
        return [item for _, item in overlay.items] if overlay is not None else []

    def best_epoch_marked(self) -> int | None:
        return self._watch.best_epoch if self._watch is not None else None

    def patience_window(self) -> tuple[float, float] | None:
        """The shaded epochs from the best one to where early stopping gives up (cut at the end of a finished run)."""
        watch = self._watch
        if watch is None or watch.best_epoch is None or watch.settings.patience == 0:
            return None
        end = watch.best_epoch + watch.settings.patience
        last = self._last_epoch()
        if self._result is not None and last is not None:
            end = min(end, last)
        return (watch.best_epoch, end) if end > watch.best_epoch else None
