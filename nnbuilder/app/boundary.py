"""The decision boundary of a two-input classifier, drawn as in the TensorFlow playground.

The data points sit on top, coloured by their class; behind them the plane is shaded by the
network's output, from one class's colour (probability 0) through white (0.5) to the other's
(probability 1), with the 0.5 line drawn where the network changes its answer. The grid of
probabilities comes from the engine (nnbuilder.engine.lessons.boundary_probabilities).
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

import pyqtgraph as pg

from ..i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from .. import colours
from .chart_table import Cell, ChartAccess, ChartData

# The playground's colours: orange for class 0, blue for class 1.
CLASS_COLOURS = tuple(QColor(colour) for colour in colours.CLASS_PAIR)  # orange and blue: apart for everyone
_SHADE = 0.45  # how far the background moves from white towards a class colour at probability 0 or 1
POINT_SIZE = 7
TABLE_ROWS = 5000  # points in the table at most: the chart still draws every one
HINT = QT_TRANSLATE_NOOP("Boundary", "Train the network to see where it draws the line between the two classes.")


def _towards_white(colour: QColor, share: float) -> tuple[int, int, int]:
    return tuple(round(255 + (channel - 255) * share) for channel in colour.getRgb()[:3])


class DecisionBoundary(QWidget):
    """Data points by class over the classifier's output; call set_points once, set_grid after each epoch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Boundary", "Decision boundary"))
        palette = self.palette()
        foreground = palette.color(QPalette.ColorRole.Text)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setContentsMargins(6, 4, 6, 4)
        self.plot = pg.PlotWidget(background=palette.color(QPalette.ColorRole.Base))
        self.plot.setAccessibleName(translate("Boundary", "Decision boundary"))
        self.plot.setAccessibleDescription(
            translate(
                "Boundary",
                "The data points, coloured by class, over the network's answer at each point of the plane.",
            )
        )
        item = self.plot.getPlotItem()
        item.setAspectLocked(True)  # a circle in the data stays a circle on screen
        item.setMenuEnabled(False)
        item.hideButtons()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(foreground)
            axis.setTextPen(foreground)

        zero, one = (_towards_white(colour, _SHADE) for colour in CLASS_COLOURS)
        colour_map = pg.ColorMap([0.0, 0.5, 1.0], [zero, (255, 255, 255), one])
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(colour_map)
        self.image.setZValue(-10)
        self.image.setVisible(False)
        self.contour = pg.IsocurveItem(level=0.5, pen=pg.mkPen(foreground, width=2), axisOrder="row-major")
        self.contour.setParentItem(self.image)  # shares the image's placement on the plane
        self.points = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen("w", width=1))
        item.addItem(self.image)
        item.addItem(self.points)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)
        self.access = ChartAccess(self.plot, self.chart_data)
        self.access.setContentsMargins(6, 0, 6, 4)
        layout.addWidget(self.access)
        self.class_names = ("0", "1")
        self.has_grid = False
        # What is drawn: the points, their classes and names, and the network's grid (xs, ys, probabilities).
        self._xy = np.zeros((0, 2))
        self._classes = np.zeros(0, dtype=int)
        self._feature_names = ["x1", "x2"]
        self._grid: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._write_legend()

    def set_points(
        self,
        x: np.ndarray,
        labels: np.ndarray,
        feature_names: list[str],
        class_names: tuple[str, str] | list[str] = ("0", "1"),
    ) -> None:
        """The (preprocessed) inputs, shape (n, 2), and their classes 0 and 1."""
        classes = np.asarray(labels).reshape(-1).astype(int)
        brushes = [pg.mkBrush(CLASS_COLOURS[label]) for label in (0, 1)]
        self.points.setData(
            x=np.asarray(x[:, 0], dtype=float),
            y=np.asarray(x[:, 1], dtype=float),
            brush=[brushes[label] for label in classes],
        )
        item = self.plot.getPlotItem()
        item.setLabel("bottom", feature_names[0])
        item.setLabel("left", feature_names[1])
        self.class_names = tuple(class_names)
        self._xy = np.column_stack([np.asarray(x[:, 0], dtype=float), np.asarray(x[:, 1], dtype=float)])
        self._classes = classes
        self._feature_names = list(feature_names[:2])
        self._write_legend()

    def set_grid(self, xs: np.ndarray, ys: np.ndarray, probabilities: np.ndarray) -> None:
        """The network's class-1 probability at every grid point, shape (len(ys), len(xs))."""
        image = np.asarray(probabilities, dtype=float)
        self.image.setImage(image, levels=(0.0, 1.0), autoLevels=False)
        # Each pixel is centred on its grid point.
        step_x = (xs[-1] - xs[0]) / max(len(xs) - 1, 1)
        step_y = (ys[-1] - ys[0]) / max(len(ys) - 1, 1)
        self.image.setRect(QRectF(xs[0] - step_x / 2, ys[0] - step_y / 2, step_x * len(xs), step_y * len(ys)))
        self.contour.setData(image)
        self.image.setVisible(True)
        self.has_grid = True
        self._grid = (np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), image)
        self._write_legend()

    def clear_grid(self) -> None:
        """Forget the network's output, e.g. when the network or the data changed."""
        self.image.setVisible(False)
        self.has_grid = False
        self._grid = None
        self._write_legend()

    def _shown_class(self, label: int) -> str:
        """A class as the legend names it: "class 0", or a text class as it is."""
        name = self.class_names[label]
        return translate("Boundary", "class {name}").format(name=name) if name.isdigit() else name

    def shading_at_points(self) -> np.ndarray | None:
        """Class 1's probability the shading shows under each point (its nearest grid point), or None."""
        if self._grid is None:
            return None
        xs, ys, probabilities = self._grid

        def nearest(values: np.ndarray, axis: np.ndarray) -> np.ndarray:
            step = (axis[-1] - axis[0]) / max(len(axis) - 1, 1) or 1.0
            return np.clip(np.rint((values - axis[0]) / step), 0, len(axis) - 1).astype(int)

        return probabilities[nearest(self._xy[:, 1], ys), nearest(self._xy[:, 0], xs)]

    def chart_data(self) -> ChartData | None:
        """The boundary in words and numbers: how many points lie on their own class's side, and each point."""
        points = len(self._classes)
        if not points:
            return None
        title = translate("Boundary", "Decision boundary")
        first, second = self._shown_class(0), self._shown_class(1)
        columns: list[str] = [*self._feature_names, translate("Boundary", "class")]
        shading = self.shading_at_points()
        capped = (
            translate("Boundary", "; the table lists the first {shown:,}").format(shown=TABLE_ROWS)
            if points > TABLE_ROWS
            else ""
        )
        shown = min(points, TABLE_ROWS)
        rows: list[list[Cell]] = [
            [float(self._xy[i, 0]), float(self._xy[i, 1]), self.class_names[self._classes[i]]] for i in range(shown)
        ]
        if shading is None:
            ones = int(self._classes.sum())
            summary = translate(
                "Boundary",
                "{rows:,} training rows, {zeros:,} of {first} and {ones:,} of {second}; train the network to see "
                "where it draws the line between them{capped}.",
            ).format(rows=points, zeros=points - ones, first=first, ones=ones, second=second, capped=capped)
            return ChartData(title, summary, columns, rows)
        sides = (shading > 0.5).astype(int)  # above 0.5 the network answers class 1, as its accuracy counts
        right = sides == self._classes
        columns += [translate("Boundary", "probability of {name}").format(name=second), translate("Boundary", "on its side")]
        yes, no = translate("Boundary", "yes"), translate("Boundary", "no")
        for i, row in enumerate(rows):
            row += [float(shading[i]), yes if right[i] else no]
        summary = translate(
            "Boundary", "The network puts {right:,} of {rows:,} training rows on their own class's side of the line{capped}."
        ).format(right=int(right.sum()), rows=points, capped=capped)
        return ChartData(title, summary, columns, rows)

    def _write_legend(self) -> None:
        class_word = translate("Boundary", "class {name}")
        swatches = "  ".join(
            f"<span style='color:{colour.name()}'>●</span> "
            + html.escape(class_word.format(name=name) if name.isdigit() else name)
            for colour, name in zip(CLASS_COLOURS, self.class_names)
        )
        if self.has_grid:
            shading = translate(
                "Boundary",
                "Shading: the network's answer at each point; the line is where it is 50:50 between the classes.",
            )
            text = f"{swatches}<br>{shading}"
        else:
            text = f"{swatches}<br>{translate_marked('Boundary', HINT)}"
        self.legend.setText(text)
        self.access.refresh()
