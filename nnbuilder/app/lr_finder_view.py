"""The learning-rate finder's answer: the loss against the rate on a log axis, the suggested rate
marked, and a button that makes it the optimizer's rate (one undo step)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import number_text, translate
from .chart_table import ChartAccess, ChartData
from .curves import VAL_COLOUR, format_number, training_colour
from .plots import themed_plot

if TYPE_CHECKING:  # the engine's modules behind these load pandas; the window paints first
    from ..engine.lr_find import LRFinding


FALL_SPAN = 0.5  # decades of learning rate over which "where the loss fell fastest" is measured


class LRFinderView(QDialog):
    use_rate = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LRFinderView", "Find a learning rate"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.explanation = QLabel(
            translate("LRFinderView", "The finder trained the network for one batch after another, raising the learning "
                                      "rate each time, from 0.000001 until the loss blew up; then it put the weights back "
                                      "as they were. Where the curve falls fastest the rate is useful; where it turns up, "
                                      "too large.")
        )  # fmt: skip
        self.explanation.setWordWrap(True)
        foreground = self.palette().color(QPalette.ColorRole.Text)
        self.plot_widget = themed_plot(translate("LRFinderView", "Loss against learning rate"))
        plot = self.plot = self.plot_widget.getPlotItem()
        plot.setLogMode(x=True, y=False)
        plot.setLabel("bottom", translate("LRFinderView", "learning rate (log scale)"))
        plot.setLabel("left", translate("LRFinderView", "loss on the batch"))
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.addLegend(offset=(10, 10), labelTextColor=foreground)
        loss_colour = training_colour(self.palette().color(QPalette.ColorRole.Base))
        self.raw = plot.plot([], [], pen=pg.mkPen(loss_colour, width=1, style=Qt.PenStyle.DotLine), name=translate("LRFinderView", "each batch"))
        self.smooth = plot.plot([], [], pen=pg.mkPen(loss_colour, width=2.5), name=translate("LRFinderView", "smoothed"))
        self.marker = pg.InfiniteLine(angle=90, pen=pg.mkPen(VAL_COLOUR, width=2, style=Qt.PenStyle.DashLine))
        plot.addItem(self.marker, ignoreBounds=True)
        self.marker.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_button = QPushButton(translate("LRFinderView", "&Use this rate"))
        self.use_button.setToolTip(
            translate("LRFinderView", "Set the optimizer's learning rate to the suggestion (Undo takes it back)")
        )
        self.use_button.clicked.connect(self._use_clicked)
        close = QPushButton(translate("LRFinderView", "&Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.summary)
        self.access = ChartAccess(self.plot_widget, self.chart_data)
        layout.addWidget(self.access)
        layout.addLayout(buttons)
        self.resize(720, 480)
        self.finding: LRFinding | None = None

    def show_busy(self) -> None:
        self.finding = None
        self.raw.setData([], [])
        self.smooth.setData([], [])
        self.marker.hide()
        self.use_button.setEnabled(False)
        self.summary.setText(
            translate("LRFinderView", "Finding a learning rate… (the first time, Keras takes a few seconds to load)")
        )
        self.plot_widget.setAccessibleDescription(self.summary.text())
        self.access.refresh()

    def show_finding(self, finding: LRFinding, current_rate: float | None) -> None:
        self._draw_finding(finding, current_rate)
        self.access.refresh()  # the chart's sentence and its table

    def _draw_finding(self, finding: LRFinding, current_rate: float | None) -> None:
        self.finding = finding
        rates = np.asarray(finding.learning_rates)
        losses, smoothed = np.asarray(finding.losses), np.asarray(finding.smoothed)
        finite = np.isfinite(losses) & np.isfinite(smoothed)
        self.raw.setData(rates[finite], losses[finite])
        self.smooth.setData(rates[finite], smoothed[finite])
        if finite.any():  # the blow-up at the end would flatten the rest: show up to twice the start
            low, start = float(smoothed[finite].min()), float(smoothed[finite][0])
            self.plot.setYRange(low - 0.05 * (start - low), max(start, low) * 2 - low, padding=0.02)
        now = (translate("LRFinderView", " The optimizer's rate is {rate:g} now.").format(rate=current_rate)
               if current_rate is not None else "")  # fmt: skip
        if finding.suggestion is None:
            self.marker.hide()
            self.use_button.setEnabled(False)
            self.summary.setText(translate("LRFinderView", "The loss never fell below where it started, at any rate: "
                                                           "check the data's scaling and the loss.{now}").format(now=now))  # fmt: skip
            self.plot_widget.setAccessibleDescription(self.summary.text())
            return
        self.marker.setValue(math.log10(finding.suggestion))
        self.marker.show()
        self.use_button.setEnabled(True)
        lowest = finding.learning_rates[int(np.nanargmin(np.where(finite, smoothed, np.nan)))]
        self.summary.setText(
            translate("LRFinderView", "<b>Suggested learning rate: {suggestion:g}</b> (dashed line): a tenth of "
                                      "{lowest:.2g}, where the smoothed loss was lowest, safely below where it blows "
                                      "up.{now}").format(suggestion=finding.suggestion, lowest=lowest, now=now)
        )  # fmt: skip
        self.plot_widget.setAccessibleDescription(
            translate("LRFinderView", "Suggested learning rate: {suggestion:g}").format(suggestion=finding.suggestion)
        )

    def drawn(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The finder's batches that the chart draws (finite loss): batch number, rate, loss, smoothed loss."""
        assert self.finding is not None
        rates = np.asarray(self.finding.learning_rates, dtype=float)
        losses, smoothed = np.asarray(self.finding.losses, dtype=float), np.asarray(self.finding.smoothed, dtype=float)
        finite = np.isfinite(losses) & np.isfinite(smoothed)
        return np.flatnonzero(finite) + 1, rates[finite], losses[finite], smoothed[finite]

    def chart_data(self) -> ChartData | None:
        """Where the smoothed loss fell fastest (over half a decade of rates) and every batch drawn."""
        if self.finding is None:
            return None
        title = translate("LRFinderView", "Loss against learning rate")
        batches, rates, losses, smoothed = self.drawn()
        columns = [translate("LRFinderView", "batch"), translate("LRFinderView", "learning rate"),
                   translate("LRFinderView", "loss on the batch"), translate("LRFinderView", "smoothed loss")]  # fmt: skip
        rows = [[int(n), float(r), float(loss), float(smooth)] for n, r, loss, smooth in zip(batches, rates, losses, smoothed)]
        if len(rows) < 2:
            return ChartData(title, translate("LRFinderView", "The finder drew {count} batch: too few for a curve.").format(
                count=len(rows)), columns, rows)  # fmt: skip
        # The fall over half a decade of rates (the batch-to-batch slope is mostly noise): the steepest
        # such stretch, named by the rate at its middle.
        log = np.log10(rates)
        span = int(np.clip(np.searchsorted(log, log[0] + FALL_SPAN), 1, len(rates) - 1))
        slopes = (smoothed[span:] - smoothed[:-span]) / (log[span:] - log[:-span])
        start = int(np.argmin(slopes))
        steepest = start + span // 2
        low = int(np.argmin(smoothed))
        words = {"steep": number_text(f"{rates[steepest]:.2g}"), "rate": number_text(f"{rates[low]:.2g}"),
                 "low": format_number(float(smoothed[low])), "count": len(rows)}  # fmt: skip
        if slopes[start] >= 0:
            summary = translate("LRFinderView", "The smoothed loss never fell over the {count} batches; it was lowest, "
                                                "{low}, at learning rate {rate}.").format(**words)  # fmt: skip
        elif self.finding.suggestion is None:
            summary = translate("LRFinderView", "The loss fell fastest near learning rate {steep} and was lowest, "
                                                "{low}, near {rate}.").format(**words)  # fmt: skip
        else:
            summary = translate("LRFinderView", "The loss fell fastest near learning rate {steep} and was lowest, "
                                                "{low}, near {rate}; the suggestion is {suggestion}.").format(
                suggestion=number_text(f"{self.finding.suggestion:g}"), **words)  # fmt: skip
        return ChartData(title, summary, columns, rows)

    def _use_clicked(self) -> None:
        if self.finding is not None and self.finding.suggestion is not None:
            self.use_rate.emit(self.finding.suggestion)
