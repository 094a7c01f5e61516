"""The linear unit's loss landscape: the loss over (w, b) as a map with contour lines, and the path
SGD and Adam each took across it, batch by batch, side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
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
from .curves import LOSS_COLOUR, VAL_COLOUR
from .plots import themed_plot

if TYPE_CHECKING:  # the engine's modules behind these load pandas; the window paints first
    from ..engine.landscape import Landscape, Path2D

CONTOURS = 12
_MAP = pg.colormap.get("viridis")


def _loss_words(value: float) -> str:
    return f"{value:,.4g}" if value < 1e4 else f"{value:,.0f}"


MAX_TABLE_ROWS = 5_000  # a path's table lists at most this many points (paths stop at 4,001 anyway)


class _PathMap(QWidget):
    """One optimizer's path over the loss map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.foreground = self.palette().color(QPalette.ColorRole.Text)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.view = themed_plot(translate("LandscapeView", "Loss map and path"))
        self.plot = self.view.getPlotItem()
        self.plot.hideButtons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self.access = ChartAccess(self.view, self.chart_data)
        layout.addWidget(self.access)
        self.landscape: Landscape | None = None
        self.path: Path2D | None = None

    def show_path(self, land: Landscape, path: Path2D) -> None:
        self.landscape, self.path = land, path
        self.plot.clear()
        self.plot.setLabel("bottom", translate("LandscapeView", "w (the weight of {feature})").format(feature=land.feature))
        self.plot.setLabel("left", translate("LandscapeView", "b (the bias)"))
        shade = np.log10(np.maximum(land.loss, 1e-12))  # a log scale shows the valley's floor as well as its walls
        image = pg.ImageItem(shade.T, axisOrder="col-major")  # x across: w; y up: b
        image.setLookupTable(_MAP.getLookupTable(nPts=256))
        image.setLevels((float(shade.min()), float(shade.max())))
        image.setRect(QRectF(land.ws[0], land.bs[0], land.ws[-1] - land.ws[0], land.bs[-1] - land.bs[0]))
        image.setOpacity(0.75)
        self.plot.addItem(image)
        for level in np.linspace(shade.min(), shade.max(), CONTOURS + 2)[1:-1]:
            curve = pg.IsocurveItem(data=shade.T, level=float(level), pen=pg.mkPen(255, 255, 255, 120))
            curve.setParentItem(image)
        points = path.points[np.isfinite(path.points).all(axis=1)]
        line = pg.PlotDataItem(points[:, 0], points[:, 1], pen=pg.mkPen(VAL_COLOUR, width=2),
                               symbol="o", symbolSize=4, symbolBrush=VAL_COLOUR, symbolPen=None)  # fmt: skip
        self.plot.addItem(line)
        start = pg.ScatterPlotItem([points[0, 0]], [points[0, 1]], symbol="s", size=11, brush=pg.mkBrush("w"),
                                   pen=pg.mkPen(self.foreground, width=1.5))  # fmt: skip
        end = pg.ScatterPlotItem([points[-1, 0]], [points[-1, 1]], symbol="o", size=11, brush=pg.mkBrush(VAL_COLOUR),
                                 pen=pg.mkPen(self.foreground, width=1.5))  # fmt: skip
        best = pg.ScatterPlotItem([land.best[0]], [land.best[1]], symbol="star", size=16, brush=pg.mkBrush(LOSS_COLOUR),
                                  pen=pg.mkPen("w", width=1))  # fmt: skip
        for item in (start, end, best):
            self.plot.addItem(item)
        self.plot.setRange(xRange=(land.ws[0], land.ws[-1]), yRange=(land.bs[0], land.bs[-1]), padding=0)
        steps = len(path.points) - 1
        last = path.losses[-1]
        if not np.isfinite(last) or last > 100 * path.losses[0]:
            ending = translate("LandscapeView", "it diverged: each step overshot the valley further, off the map")
        else:
            ending = translate("LandscapeView", "loss {first} → {last} (w {w:.3g}, b {b:.3g})").format(
                first=_loss_words(path.losses[0]), last=_loss_words(last), w=path.points[-1, 0], b=path.points[-1, 1])  # fmt: skip
        self.title.setText(
            translate("LandscapeView", "<b>{optimizer}</b>, learning rate {rate:g}: {steps} steps from the square; {ending}").format(
                optimizer=path.optimizer, rate=path.learning_rate, steps=steps, ending=ending)
        )  # fmt: skip
        self.setAccessibleDescription(self.title.text())
        self.access.refresh()  # the map's description: the sentence under it

    def chart_data(self) -> ChartData | None:
        """Where the optimizer's path ended against the map's lowest point, and the path's every point."""
        land, path = self.landscape, self.path
        if land is None or path is None:
            return None
        title = translate("LandscapeView", "Loss map and {optimizer}'s path").format(optimizer=path.optimizer)
        drawn = np.flatnonzero(np.isfinite(path.points).all(axis=1))
        row, column = np.unravel_index(int(np.argmin(land.loss)), land.loss.shape)
        words = {
            "optimizer": path.optimizer,
            "steps": len(path.points) - 1,
            "lowest": number_text(_loss_words(float(land.loss[row, column]))),
            "w": number_text(f"{land.ws[column]:.3g}"),
            "b": number_text(f"{land.bs[row]:.3g}"),
        }
        last = float(path.losses[-1])
        if not np.isfinite(last) or last > 100 * path.losses[0]:
            summary = translate("LandscapeView", "After {steps} steps {optimizer} had diverged, off the map; the lowest "
                                                 "point of the map is {lowest}, at w {w}, b {b}.").format(**words)  # fmt: skip
        else:
            summary = translate("LandscapeView", "After {steps} steps {optimizer} reached loss {loss}; the lowest point "
                                                 "of the map is {lowest}, at w {w}, b {b}.").format(
                loss=number_text(_loss_words(last)), **words)  # fmt: skip
        shown = drawn[:MAX_TABLE_ROWS]
        if len(shown) < len(drawn):
            summary += translate("LandscapeView", " The table lists the first {shown:,} of {count:,} points.").format(
                shown=len(shown), count=len(drawn))  # fmt: skip
        columns = [translate("LandscapeView", "step"), "w", "b", translate("LandscapeView", "loss")]
        rows = [[int(i), float(path.points[i, 0]), float(path.points[i, 1]), float(path.losses[i])] for i in shown]
        return ChartData(title, summary, columns, rows)


class LandscapeView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LandscapeView", "The loss landscape of the linear unit"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.maps = [_PathMap(), _PathMap()]
        side_by_side = QHBoxLayout()
        for path_map in self.maps:
            side_by_side.addWidget(path_map, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        close = QPushButton(translate("LandscapeView", "&Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(side_by_side, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.resize(980, 540)
        self.landscape: Landscape | None = None

    def show_busy(self) -> None:
        self.landscape = None
        for path_map in self.maps:
            path_map.landscape = path_map.path = None
            path_map.access.refresh()
        self.explanation.setText(
            translate("LandscapeView", "Computing the loss at every (w, b) and training SGD and Adam from the same start…")
        )

    def show_landscape(self, land: Landscape) -> None:
        self.landscape = land
        self.explanation.setText(
            translate("LandscapeView", "Every point of a map is one line y = w·{feature} + b; its colour is the training "
                                       "loss of that line (dark: low, yellow: high; white lines join equal losses). Both "
                                       "optimizers start at the same square and take one step per batch; the star is the "
                                       "best line.").format(feature=land.feature)
        )  # fmt: skip
        for path_map, path in zip(self.maps, land.paths):
            path_map.show_path(land, path)
        sgd, adam = land.paths
        if not np.isfinite(sgd.losses[-1]) or sgd.losses[-1] > 100 * sgd.losses[0]:
            self.summary.setText(
                translate("LandscapeView", "SGD's steps are the slope times the learning rate: at {rate:g} each one "
                                           "overshoots the valley by more than the last, and the weights blow up. Adam's "
                                           "steps stay about the learning rate long wherever it is.").format(
                    rate=sgd.learning_rate)
            )  # fmt: skip
            return
        self.summary.setText(
            translate("LandscapeView", "SGD's steps are the slope times the learning rate: long where the surface is "
                                       "steep, short near the floor. Adam's are about the learning rate long wherever it "
                                       "is, so with rate {rate:g} it ends at loss {adam_loss} where SGD ends at "
                                       "{sgd_loss}.").format(
                rate=adam.learning_rate, adam_loss=_loss_words(adam.losses[-1]), sgd_loss=_loss_words(sgd.losses[-1]))
        )  # fmt: skip
