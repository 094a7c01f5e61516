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

from ..i18n import translate
from .curves import LOSS_COLOUR, VAL_COLOUR
from .plots import themed_plot

if TYPE_CHECKING:  # the engine's modules behind these load pandas; the window paints first
    from ..engine.lr_find import LRFinding


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
        self.raw = plot.plot([], [], pen=pg.mkPen(LOSS_COLOUR, width=1, style=Qt.PenStyle.DotLine), name=translate("LRFinderView", "each batch"))
        self.smooth = plot.plot([], [], pen=pg.mkPen(LOSS_COLOUR, width=2.5), name=translate("LRFinderView", "smoothed"))
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

    def show_finding(self, finding: LRFinding, current_rate: float | None) -> None:
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

    def _use_clicked(self) -> None:
        if self.finding is not None and self.finding.suggestion is not None:
            self.use_rate.emit(self.finding.suggestion)
