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

# The playground's colours: orange for class 0, blue for class 1.
CLASS_COLOURS = (QColor("#f59322"), QColor("#0877bd"))
_SHADE = 0.45  # how far the background moves from white towards a class colour at probability 0 or 1
POINT_SIZE = 7
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
        self.class_names = ("0", "1")
        self.has_grid = False
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
        self._write_legend()

    def clear_grid(self) -> None:
        """Forget the network's output, e.g. when the network or the data changed."""
        self.image.setVisible(False)
        self.has_grid = False
        self._write_legend()

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
