"""Inside the network: each weight tensor as a heatmap, a histogram and a table, epoch by epoch.

The inspector reads a SnapshotStore the training fills (or one foreign .keras model), so a student
can replay how the weights moved, or show how much they changed, with the linear unit of the
course's first model written out as an equation with the data's own column names.
"""

from __future__ import annotations

import csv
import html
import math
from collections.abc import Callable, Sequence
from enum import IntEnum
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSignalBlocker,
    Qt,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSlider,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..engine.snapshots import SnapshotStore
from ..engine.weights import WeightTensor, tensor_stats
from ..i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from ..i18n import number_text as localised
from .chart_table import ChartAccess, ChartData

# Blue for negative, white for zero, red for positive (ColorBrewer's RdBu, readable when printed).
DIVERGING = pg.ColorMap([0.0, 0.5, 1.0], [(33, 102, 172), (247, 247, 247), (178, 24, 43)])
MAX_HISTOGRAM_BINS = 60
MAX_NAMED_TICKS = 30  # more rows or columns than this get plain numbered ticks
MAX_EQUATION_TERMS = 12  # the rest of a wide linear unit is summarised as "+ … (n smaller terms)"
MINUS = "\u2212"
MAX_TABLE_ROWS = 5_000  # rows a chart's table (ChartData) lists; the Table tab shows them all
HOVER_HINT = QT_TRANSLATE_NOOP(
    "Inspector", "Red: positive, blue: negative, white: zero. Point at a cell to read its value."
)


class Mode(IntEnum):
    """What the views show, in the order of the Show box."""

    VALUES = 0
    SINCE_FIRST = 1
    SINCE_PREVIOUS = 2
    LAST_STEP = 3  # offered once single steps were taken


def number_text(value: float, digits: int = 4) -> str:
    """A value as a student reads it: a few significant digits and a real minus sign."""
    return f"{value:.{digits}g}".replace("-", MINUS)


def _ordinal(n: int) -> str:
    ending = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    if ending == "st":
        return translate("Inspector", "{n}st").format(n=n)
    if ending == "nd":
        return translate("Inspector", "{n}nd").format(n=n)
    if ending == "rd":
        return translate("Inspector", "{n}rd").format(n=n)
    return translate("Inspector", "{n}th").format(n=n)


def as_matrix(values: np.ndarray) -> np.ndarray:
    """Rows × columns as drawn: a vector is a 1 × n strip; higher ranks keep their last axis as columns."""
    if values.ndim <= 1:
        return values.reshape(1, -1)
    return values.reshape(-1, values.shape[-1])


def block_mean(matrix: np.ndarray, rows: int, columns: int) -> np.ndarray:
    """The mean of each ``rows`` × ``columns`` block (a ragged edge is left out), as a screen shows a
    matrix bigger than its pixels; sums of strided slices are ~7× faster than pyqtgraph's downsampling."""
    rows, columns = min(rows, matrix.shape[0]), min(columns, matrix.shape[1])
    if rows == columns == 1:
        return matrix
    matrix = matrix[: matrix.shape[0] // rows * rows, : matrix.shape[1] // columns * columns]
    across = sum(matrix[:, k::columns] for k in range(columns))
    return sum(across[k::rows] for k in range(rows)) / np.float32(rows * columns)


def histogram(values: np.ndarray, low: float, high: float, bins: int) -> np.ndarray:
    """Counts of finite ``values`` (all within [low, high]) in ``bins`` (≤ 256) equal bins; 2× faster
    than np.histogram."""
    scaled = values.ravel() - np.float32(low)
    scaled *= np.float32(bins / (high - low))
    counts = np.bincount(scaled.astype(np.uint8), minlength=bins + 1)
    counts[bins - 1] += counts[bins]  # the maximum lands on the upper edge: it belongs to the last bin
    return counts[:bins]


class MatrixRows(Sequence):
    """A matrix as a chart table's rows, [row name, value, value, …], made only when read: the
    summary under the heatmap is refreshed every epoch, the table is seldom opened."""

    def __init__(self, matrix: np.ndarray, row_label: Callable[[int], str], limit: int = MAX_TABLE_ROWS) -> None:
        self.matrix = matrix
        self.row_label = row_label
        self.count = min(matrix.shape[0], limit)

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index: int | slice) -> list:  # an int or a slice, as a list takes
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.count))]
        if index < 0:
            index += self.count
        if not 0 <= index < self.count:
            raise IndexError(index)
        return [self.row_label(index), *(float(v) for v in self.matrix[index])]


class _MatrixModel(QAbstractTableModel):
    """The shown tensor's numbers, read straight from the array: no per-cell Python until painted."""

    def __init__(self, row_label: Callable[[int], str], column_label: Callable[[int], str]) -> None:
        super().__init__()
        self.matrix = np.zeros((0, 0), dtype=np.float32)
        self._row_label = row_label
        self._column_label = column_label

    def set_matrix(self, matrix: np.ndarray, same_tensor: bool) -> None:
        """New numbers; for the tensor shown before (another epoch), without resetting the view."""
        if same_tensor and matrix.shape == self.matrix.shape:
            self.matrix = matrix
            if matrix.size:
                self.dataChanged.emit(self.index(0, 0), self.index(matrix.shape[0] - 1, matrix.shape[1] - 1))
            return
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.matrix.shape[0]

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.matrix.shape[1]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return number_text(float(self.matrix[index.row(), index.column()]), 6)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._column_label(section) if orientation == Qt.Orientation.Horizontal else self._row_label(section)


class _CopyableTable(QTableView):
    """Ctrl+C copies the selected cells as tab-separated text, which pastes into a spreadsheet."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.selection_text())
            event.accept()
            return
        super().keyPressEvent(event)

    def selection_text(self) -> str:
        ranges = list(self.selectionModel().selection())
        matrix = self.model().matrix
        if not ranges or not matrix.size:
            return ""
        top, left = min(r.top() for r in ranges), min(r.left() for r in ranges)
        bottom, right = max(r.bottom() for r in ranges), max(r.right() for r in ranges)
        selected = np.zeros((bottom - top + 1, right - left + 1), dtype=bool)
        for r in ranges:
            selected[r.top() - top : r.bottom() - top + 1, r.left() - left : r.right() - left + 1] = True
        cells = np.where(selected, matrix[top : bottom + 1, left : right + 1].astype(str), "")
        return "\n".join("\t".join(row) for row in cells)


class WeightsInspector(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: SnapshotStore | None = None
        self._feature_names: list[str] | None = None
        self._target_name: str | None = None
        self._replay = True  # False for a foreign model: one set of weights, nothing to replay
        self._keys: list[tuple[str, str]] = []  # (layer, tensor) of the shown network, in order
        self._epochs: list[int] = []
        self._values_shape: tuple[int, ...] = ()
        self._shown_key: tuple[str, str, tuple[int, ...]] | None = None  # what the view was last fitted to
        self._requested_layer: str | None = None  # selected before any weights arrived
        self._layer_titles: dict[str, str] = {}  # Keras's layer name → "1. Dense", as the stack says it
        self._drawn: tuple[np.ndarray, tuple[int, int]] | None = None  # the heatmap's matrix and downsampling
        self._step_updates: dict[tuple[str, str], np.ndarray] = {}  # (layer, tensor) → change in the last step
        self._step_number = 0
        self._stale = False  # something changed while hidden: draw when shown
        self._export_dir = Path.home()
        self._build()

    # Layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.empty_label = QLabel(
            translate(
                "Inspector",
                "No weights yet.\n\nTrain the network and its weights appear here after every epoch;"
                " afterwards you can replay how they changed.",
            )
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.hide()

        self.layer_combo = QComboBox()
        self.layer_combo.setAccessibleName(translate("Inspector", "Layer"))
        self.layer_combo.setToolTip(translate("Inspector", "The layer whose weights are shown (Keras's name for it)"))
        self.tensor_combo = QComboBox()
        self.tensor_combo.setAccessibleName(translate("Inspector", "Tensor"))
        self.tensor_combo.setToolTip(translate("Inspector", "Which of the layer's weights: kernel, bias, gamma, beta, …"))
        self.shape_label = QLabel()
        pick_row = QHBoxLayout()
        for text, combo in (
            (translate("Inspector", "&Layer"), self.layer_combo),
            (translate("Inspector", "&Tensor"), self.tensor_combo),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            pick_row.addWidget(label)
            pick_row.addWidget(combo)
            pick_row.addSpacing(12)
        pick_row.addWidget(self.shape_label, 1)
        self.layer_note = QLabel()
        self.layer_note.setWordWrap(True)
        self.layer_note.hide()

        self.epoch_slider = QSlider(Qt.Orientation.Horizontal)
        self.epoch_slider.setAccessibleName(translate("Inspector", "Epoch"))
        self.epoch_slider.setToolTip(
            translate("Inspector", "Drag to replay the training: the weights as they were after each epoch")
        )
        self.epoch_label = QLabel()
        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName(translate("Inspector", "Show"))
        self.mode_combo.addItems([
            translate("Inspector", "values"),
            translate("Inspector", "change since epoch {epoch}").format(epoch=0),
            translate("Inspector", "change since previous epoch"),
        ])  # fmt: skip
        self.mode_combo.setToolTip(translate("Inspector", "The weights themselves, or how much each one moved"))
        self.thinned_label = QLabel()
        self.thinned_label.setWordWrap(True)
        self.thinned_label.hide()
        self.held_label = QLabel()  # which epoch's weights the trained network holds, when not the last
        self.held_label.setWordWrap(True)
        self.held_label.hide()
        self.replay_box = QWidget()
        replay = QVBoxLayout(self.replay_box)
        replay.setContentsMargins(0, 0, 0, 0)
        replay_row = QHBoxLayout()
        epoch_caption = QLabel(translate("Inspector", "&Epoch"))
        epoch_caption.setBuddy(self.epoch_slider)
        replay_row.addWidget(epoch_caption)
        replay_row.addWidget(self.epoch_slider, 1)
        replay_row.addWidget(self.epoch_label)
        replay_row.addSpacing(12)
        show_caption = QLabel(translate("Inspector", "&Show"))
        show_caption.setBuddy(self.mode_combo)
        replay_row.addWidget(show_caption)
        replay_row.addWidget(self.mode_combo)
        replay.addLayout(replay_row)
        replay.addWidget(self.thinned_label)
        replay.addWidget(self.held_label)

        self.stats_label = QLabel()
        self.stats_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stats_label.setWordWrap(True)

        self.equation_label = QLabel()
        self.equation_label.setTextFormat(Qt.TextFormat.RichText)
        self.equation_label.setWordWrap(True)
        self.equation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.equation_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.equation_label.setContentsMargins(8, 6, 8, 6)
        self.equation_label.setAutoFillBackground(True)
        self.equation_label.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        font = self.equation_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)  # the course's first model deserves to be read easily
        self.equation_label.setFont(font)
        self.equation_label.hide()

        self.views = QTabWidget()
        self.views.addTab(self._build_pictures(), translate("Inspector", "Heatmap and histogram"))
        self.table_page = self._build_table()
        self.views.addTab(self.table_page, translate("Inspector", "Table"))

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.title_label)
        column.addLayout(pick_row)
        column.addWidget(self.layer_note)
        column.addWidget(self.replay_box)
        column.addWidget(self.stats_label)
        column.addWidget(self.equation_label)
        column.addWidget(self.views, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        self.layer_combo.currentIndexChanged.connect(self._layer_chosen)
        self.tensor_combo.currentIndexChanged.connect(self._show_current)
        self.epoch_slider.valueChanged.connect(self._show_current)
        self.mode_combo.currentIndexChanged.connect(self._show_current)

    def _build_pictures(self) -> QWidget:
        background = self.palette().color(QPalette.ColorRole.Base)
        foreground = self.palette().color(QPalette.ColorRole.Text)

        self.heatmap_view = pg.GraphicsLayoutWidget()
        self.heatmap_view.setBackground(background)
        self.heatmap_view.setAccessibleName(translate("Inspector", "Heatmap of the weights"))
        self.heatmap_view.setAccessibleDescription(
            translate(
                "Inspector",
                "One cell per weight: red for positive, blue for negative, white for zero. "
                "The Table tab lists the same numbers.",
            )
        )
        self.heat_plot = self.heatmap_view.addPlot()
        self.heat_plot.invertY(True)  # row 0 on top, as the matrix is printed
        self.heat_plot.setMenuEnabled(False)
        self.heat_plot.hideButtons()
        # Downsampled here (block_mean), redrawn when zooming changes how many cells share a pixel.
        self.image = pg.ImageItem(axisOrder="row-major", autoDownsample=False)
        self.heat_plot.addItem(self.image)
        self.heat_plot.vb.sigRangeChanged.connect(self._draw_image)
        self.heat_plot.vb.sigResized.connect(self._draw_image)
        self.colour_bar = pg.ColorBarItem(values=(-1.0, 1.0), colorMap=DIVERGING, interactive=False, width=16)
        self.colour_bar.setImageItem(self.image, insert_in=self.heat_plot)
        self.hover_label = QLabel(translate_marked("Inspector", HOVER_HINT))
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heatmap_view.scene().sigMouseMoved.connect(self._hovered)

        self.histogram_view = pg.PlotWidget()
        self.histogram_view.setBackground(background)
        self.histogram_view.setAccessibleName(translate("Inspector", "Histogram of the weights"))
        self.histogram_view.setAccessibleDescription(
            translate("Inspector", "How many weights have each value; the dashed line marks zero.")
        )
        self.hist_plot = self.histogram_view.getPlotItem()
        self.hist_plot.setMouseEnabled(False, False)
        self.hist_plot.setMenuEnabled(False)
        self.hist_plot.hideButtons()
        self.hist_plot.setLabel("left", translate("Inspector", "how many"))
        self.bars = pg.PlotDataItem(
            stepMode="center", fillLevel=0, brush=pg.mkBrush(90, 120, 170, 170), pen=pg.mkPen(60, 80, 120)
        )
        self.hist_plot.addItem(self.bars)
        self.zero_line = pg.InfiniteLine(0, angle=90, pen=pg.mkPen(foreground, style=Qt.PenStyle.DashLine))
        self.hist_plot.addItem(self.zero_line, ignoreBounds=True)
        axes = [plot.getAxis(side) for plot in (self.heat_plot, self.hist_plot) for side in ("left", "bottom")]
        for axis in [*axes, self.colour_bar.axis]:
            axis.setPen(foreground)
            axis.setTextPen(foreground)
            axis.enableAutoSIPrefix(False)  # "value (x0.001)" reads as a different number

        # The heatmap's numbers are the Table tab's: its Table… button goes there, not to a dialog.
        self.heat_access = ChartAccess(self.heatmap_view, self.chart_data)
        self.heat_access.table_button.clicked.disconnect(self.heat_access.show_table)
        self.heat_access.table_button.clicked.connect(self.show_table_tab)
        self.heat_access.table_button.setToolTip(translate("Inspector", "The same numbers in the Table tab"))
        self.histogram_access = ChartAccess(self.histogram_view, self.histogram_data)
        self._histogram: tuple[np.ndarray, np.ndarray] | None = None  # the drawn bars: edges, counts

        heat_column = QWidget()
        heat_layout = QVBoxLayout(heat_column)
        heat_layout.setContentsMargins(0, 0, 0, 0)
        heat_layout.addWidget(self.heatmap_view, 1)
        heat_layout.addWidget(self.hover_label)
        heat_layout.addWidget(self.heat_access)
        histogram_column = QWidget()
        histogram_layout = QVBoxLayout(histogram_column)
        histogram_layout.setContentsMargins(0, 0, 0, 0)
        histogram_layout.addWidget(self.histogram_view, 1)
        histogram_layout.addWidget(self.histogram_access)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(heat_column)
        splitter.addWidget(histogram_column)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        return splitter

    def _build_table(self) -> QWidget:
        self.table_model = _MatrixModel(self._row_label, self._column_label)
        self.table = _CopyableTable()
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(translate("Inspector", "Values"))
        self.export_button = QPushButton(translate("Inspector", "Export CSV…"))
        self.export_button.setToolTip(translate("Inspector", "Write the shown numbers to a CSV file for a spreadsheet"))
        self.export_button.clicked.connect(self._export_clicked)
        hint = QLabel(translate("Inspector", "Select cells and press Ctrl+C to copy them; they paste into a spreadsheet."))
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.export_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        return page

    # Public ----------------------------------------------------------------------------------
    def set_snapshots(self, store: SnapshotStore, feature_names: list[str] | None, target_name: str | None) -> None:
        """Show a training's snapshots; ``feature_names`` name the first Dense layer's inputs."""
        self.held_label.hide()
        self._use(store, feature_names, target_name, replay=True)
        self.title_label.hide()

    def set_last_step(self, updates: dict[tuple[str, str], np.ndarray], number: int) -> None:
        """What the last single step changed; Show then offers "change in the last step" (none: not offered)."""
        self._step_updates, self._step_number = updates, number
        offered = self.mode_combo.count() > Mode.LAST_STEP
        if updates and not offered:
            self.mode_combo.addItem(translate("Inspector", "change in the last step"))
        elif not updates and offered:
            with QSignalBlocker(self.mode_combo):
                if self.mode_combo.currentIndex() == Mode.LAST_STEP:
                    self.mode_combo.setCurrentIndex(Mode.VALUES)
                self.mode_combo.removeItem(Mode.LAST_STEP)
        if updates:
            self.mode_combo.setItemText(
                Mode.LAST_STEP, translate("Inspector", "change in the last step (step {number})").format(number=number)
            )
        self._show_current()

    def show_last_step(self) -> None:
        """Open on what the last step changed."""
        if self.mode_combo.count() > Mode.LAST_STEP:
            self.mode_combo.setCurrentIndex(Mode.LAST_STEP)

    def set_axis_names(self, feature_names: list[str] | None, target_name: str | None) -> None:
        """Name the first Dense layer's inputs (the heatmap's rows) and the output, once the data is known."""
        if (feature_names, target_name) == (self._feature_names, self._target_name):
            return
        self._feature_names, self._target_name = feature_names, target_name
        self._show_current()

    def set_layer_titles(self, titles: dict[str, str]) -> None:
        """Name the layers as the stack does ("3. Dense"), with Keras's own name beside it."""
        if titles == self._layer_titles:
            return
        self._layer_titles = dict(titles)
        for index in range(self.layer_combo.count()):
            layer = self.layer_combo.itemData(index)
            title = self._layer_titles.get(layer)
            self.layer_combo.setItemText(index, f"{title} ({layer})" if title else layer)

    def show_held_epoch(self, epoch: int | None) -> None:
        """The trained network holds this epoch's weights (early stopping restored them): open on
        them and say so; the later epochs stay on the slider for comparison. None: it holds the last."""
        if epoch is None:
            self.held_label.hide()
            return
        kept = [position for position, shown in enumerate(self._epochs) if shown <= epoch]
        if not kept:
            return
        self.epoch_slider.setValue(kept[-1])
        self.held_label.setText(
            translate(
                "Inspector",
                "The trained network holds the weights of epoch {epoch}: early stopping restored them. "
                "Later epochs are shown for comparison only.",
            ).format(epoch=epoch)
        )
        self.held_label.show()

    def show_model(self, tensors: list[WeightTensor], title: str) -> None:
        """Show the weights of a model that did not train here (a .keras file): nothing to replay."""
        store = SnapshotStore()
        store.add(0, tensors)
        self._use(store, None, None, replay=False)
        self.title_label.setText(title)
        self.title_label.show()

    def refresh(self) -> None:
        """A new epoch arrived: follow it if the slider was at the newest epoch, else stay."""
        epochs = self._store.epochs() if self._store is not None else []
        self.pages.setCurrentIndex(1 if epochs else 0)
        if not epochs:
            self._epochs = []
            return
        was_at_end = not self._epochs or self.epoch_slider.value() >= len(self._epochs) - 1
        was_showing = self._epochs[self.epoch_slider.value()] if self._epochs else epochs[-1]
        self._epochs = epochs
        self._update_layers([(t.layer, t.name) for t in self._store.latest()])
        with QSignalBlocker(self.epoch_slider):
            self.epoch_slider.setRange(0, len(epochs) - 1)
            kept = [i for i, epoch in enumerate(epochs) if epoch <= was_showing]
            self.epoch_slider.setValue(len(epochs) - 1 if was_at_end else (kept[-1] if kept else 0))
        self.mode_combo.setItemText(
            Mode.SINCE_FIRST, translate("Inspector", "change since epoch {epoch}").format(epoch=epochs[0])
        )
        self.replay_box.setVisible(self._replay)
        self.thinned_label.setVisible(self._store.thinned)
        if self._store.thinned:
            megabytes = self._store.max_bytes / 2**20
            self.thinned_label.setText(
                translate("Inspector", "Kept every {ordinal} epoch to stay under {megabytes:.3g} MB of memory.").format(
                    ordinal=_ordinal(self._store.stride), megabytes=megabytes
                )
            )
        self._show_current()

    def select_layer(self, layer_name: str) -> None:
        """Show this layer's weights, or say why a layer has none."""
        index = self.layer_combo.findData(layer_name)
        if index >= 0:
            self.layer_combo.setCurrentIndex(index)
            self.layer_note.hide()
        elif not self._keys:  # no weights yet: show this layer once training reports them
            self._requested_layer = layer_name
        else:
            self.layer_note.setText(
                translate(
                    "Inspector",
                    "{layer} has no weights: Activation and Dropout layers learn nothing. Still showing {shown}.",
                ).format(layer=self._layer_titles.get(layer_name, layer_name), shown=self.layer_combo.currentText())
            )
            self.layer_note.show()

    def show_tensor_values(self, values: np.ndarray) -> None:
        """Draw ``values`` as the selected tensor: heatmap, histogram, table and statistics."""
        layer, name = self.layer_combo.currentData(), self.tensor_combo.currentText()
        matrix = as_matrix(values)
        self._values_shape = values.shape
        stats = tensor_stats(values)
        limit = max(abs(stats["min"]), abs(stats["max"]))
        finite = values
        if not math.isfinite(limit):  # the weights blew up during training
            finite = values[np.isfinite(values)]
            limit = float(np.abs(finite).max()) if finite.size else 1.0
        limit = limit or 1.0  # all zeros: any symmetric range draws them white

        key = (layer, name, values.shape)
        fitted = key == self._shown_key
        self._shown_key = key
        self.table_model.set_matrix(matrix, same_tensor=fitted)
        self.colour_bar.setLevels((-limit, limit))  # and the image's levels with it
        if not fitted:
            rows, columns = matrix.shape
            self.heat_plot.setRange(xRange=(-0.5, columns - 0.5), yRange=(-0.5, rows - 0.5), padding=0)
            self._label_axes(rows, columns)
            self.hover_label.setText(translate_marked("Inspector", HOVER_HINT))
        self._draw_image()
        self._draw_histogram(finite)
        self.heat_access.refresh()
        self.histogram_access.refresh()
        change = self._mode() != Mode.VALUES
        quantity = translate("Inspector", "change") if change else translate("Inspector", "value")
        self.colour_bar.axis.setLabel(quantity)
        self.hist_plot.setLabel("bottom", quantity)
        shape = " × ".join(map(str, values.shape)) or translate("Inspector", "scalar")
        self.shape_label.setText(
            translate("Inspector", "shape {shape} ({count:,} numbers)").format(shape=shape, count=values.size)
        )
        self.stats_label.setText(
            translate("Inspector", "{caption}:   mean {mean}   std {std}   min {min}   max {max}   L2 norm {l2}").format(
                caption=self._caption(),
                mean=number_text(stats["mean"]),
                std=number_text(stats["std"]),
                min=number_text(stats["min"]),
                max=number_text(stats["max"]),
                l2=number_text(stats["l2"]),
            )
        )

    @Slot()
    def show_table_tab(self) -> None:
        """The heatmap's Table…: the Table tab, which lists every number the heatmap colours."""
        self.views.setCurrentWidget(self.table_page)
        self.table.setFocus()

    def _tensor_title(self) -> str:
        """'1. Dense kernel': the layer as the stack names it (Keras's name otherwise) and the tensor."""
        layer = self.layer_combo.currentData()
        return translate("Inspector", "{layer} {tensor}").format(
            layer=self._layer_titles.get(layer, layer), tensor=self.tensor_combo.currentText()
        )

    def _where(self, row: int, column: int) -> str:
        """Which weight the cell (row, column) is, in words: 'the weight from bmi to unit 3'."""
        shape = self._values_shape
        tensor = self.tensor_combo.currentText()
        if self._is_kernel():
            names = self._input_names(shape[0])
            return translate("Inspector", "the weight from {source} to unit {unit}").format(
                source=names[row] if names else translate("Inspector", "input {row}").format(row=row), unit=column
            )
        if len(shape) == 1:
            return translate("Inspector", "the {tensor} of unit {unit}").format(tensor=tensor, unit=column)
        index = ", ".join(map(str, (*np.unravel_index(row, shape[:-1]), column))) if len(shape) > 1 else ""
        return f"{tensor}[{index}]"

    def _change_span(self) -> str:
        """'between epoch 0 and epoch 3' or 'in single step 2': what a change view compares."""
        position = self.epoch_slider.value()
        epoch = self._epochs[position]
        mode = self._mode()
        if mode == Mode.LAST_STEP:
            return translate("Inspector", "in single step {number}").format(number=self._step_number)
        start = self._epochs[0] if mode == Mode.SINCE_FIRST else self._epochs[max(0, position - 1)]
        return translate("Inspector", "between epoch {start} and epoch {epoch}").format(start=start, epoch=epoch)

    def chart_data(self) -> ChartData:
        """The heatmap in a sentence (the range and the strongest weight, and where it sits) and its numbers."""
        title = translate("Inspector", "Heatmap of the weights")
        matrix = self.table_model.matrix
        if not self._epochs or not matrix.size:
            return ChartData(title, translate("Inspector", "No weights yet."))
        name = self._tensor_title()
        title = translate("Inspector", "Heatmap of {name}").format(name=name)
        change = self._mode() != Mode.VALUES
        finite = np.isfinite(matrix)
        shape = " × ".join(map(str, self._values_shape)) or "1"
        if not finite.any():
            summary = translate("Inspector", "{name}: none of its {shape} numbers is finite: the training blew up.").format(
                name=name, shape=shape
            )
        else:
            sizes = np.where(finite, np.abs(matrix), -1.0)
            row, column = np.unravel_index(int(np.argmax(sizes)), matrix.shape)
            low, high = float(matrix[finite].min()), float(matrix[finite].max())
            words = {
                "name": name,
                "shape": shape,
                "low": localised(number_text(low)),
                "high": localised(number_text(high)),
                "value": localised(number_text(float(matrix[row, column]))),
                "where": self._where(int(row), int(column)),
            }
            if change:
                summary = translate(
                    "Inspector",
                    "{name}: {span} its {shape} weights changed by {low} to {high}; the largest change, {value}, "
                    "was {where}.",
                ).format(span=self._change_span(), **words)
            else:
                summary = translate(
                    "Inspector", "{name}: {shape} weights from {low} to {high}; the strongest, {value}, is {where}."
                ).format(**words)
        kernel = self._is_kernel()
        first = translate("Inspector", "input") if kernel else translate("Inspector", "row")
        columns = [first, *(self._column_label(j) for j in range(matrix.shape[1]))]
        rows = MatrixRows(matrix, self._row_namer())
        if len(rows) < matrix.shape[0]:
            summary += translate("Inspector", " This table lists the first {shown:,} of {rows:,} rows; the Table tab "
                                              "lists them all.").format(rows=matrix.shape[0], shown=len(rows))  # fmt: skip
        return ChartData(title, summary, columns, rows)

    def histogram_data(self) -> ChartData:
        """The histogram in a sentence (its tallest bar) and its bars: from, to, how many."""
        title = translate("Inspector", "Histogram of the weights")
        if not self._epochs or self._histogram is None:
            return ChartData(title, translate("Inspector", "No weights yet."))
        edges, counts = self._histogram
        change = self._mode() != Mode.VALUES
        name = self._tensor_title()
        title = translate("Inspector", "Histogram of {name}").format(name=name)
        tallest = int(np.argmax(counts))
        words = {
            "count": int(counts[tallest]),
            "total": int(counts.sum()),
            "low": localised(number_text(float(edges[tallest]))),
            "high": localised(number_text(float(edges[tallest + 1]))),
        }
        if change:
            summary = translate("Inspector", "The tallest bar: {count} of {total} changes lie between {low} and {high}.")
        else:
            summary = translate("Inspector", "The tallest bar: {count} of {total} weights lie between {low} and {high}.")
        rows = [[float(edges[i]), float(edges[i + 1]), int(counts[i])] for i in range(len(counts))]
        columns = [translate("Inspector", "from"), translate("Inspector", "to"), translate("Inspector", "how many")]
        return ChartData(title, summary.format(**words), columns, rows)

    def describe_cell(self, row: int, column: int) -> str:
        """What hovering the heatmap cell (row, column) says: index, value and what connects there."""
        matrix = self.table_model.matrix
        value = float(matrix[row, column])
        shape = self._values_shape
        if len(shape) <= 1:
            index = f"[{column}]" if shape else ""
        else:
            index = "[" + ", ".join(map(str, (*np.unravel_index(row, shape[:-1]), column))) + "]"
        if self._mode() != Mode.VALUES:
            text = translate("Inspector", "change of {tensor}{index} = {value}")
        else:
            text = translate("Inspector", "{tensor}{index} = {value}")
        text = text.format(tensor=self.tensor_combo.currentText(), index=index, value=number_text(value, 6))
        if self._is_kernel():
            names = self._input_names(shape[0])
            source = translate("Inspector", "input “{name}”").format(name=names[row]) if names else self._row_label(row)
            return translate("Inspector", "{cell}   from {source} to unit {column}").format(
                cell=text, source=source, column=column
            )
        if len(shape) == 1:
            return translate("Inspector", "{cell}   unit {column}").format(cell=text, column=column)
        return text

    def export_csv(self, path: str | Path) -> None:
        """Write the shown numbers with their row and column names (what the table shows)."""
        matrix = self.table_model.matrix
        with open(path, "w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            writer.writerow(["", *(self._column_label(j) for j in range(matrix.shape[1]))])
            for i, row in enumerate(matrix.astype(str)):
                writer.writerow([self._row_label(i), *row])

    # Showing ---------------------------------------------------------------------------------
    def _use(self, store: SnapshotStore, features: list[str] | None, target: str | None, replay: bool) -> None:
        self._store, self._feature_names, self._target_name = store, features, target
        self._replay = replay
        self._epochs = []
        self._keys = []
        self._shown_key = None
        self.layer_note.hide()
        with QSignalBlocker(self.mode_combo):
            self.mode_combo.setCurrentIndex(Mode.VALUES)
        self.refresh()

    def _update_layers(self, keys: list[tuple[str, str]]) -> None:
        """Fill the layer box when the network changed, keeping the chosen layer if it still exists."""
        if keys == self._keys:
            return
        self._keys = keys
        chosen = self._requested_layer or self.layer_combo.currentData()
        self._requested_layer = None
        with QSignalBlocker(self.layer_combo):
            self.layer_combo.clear()
            for layer in dict.fromkeys(layer for layer, _ in keys):
                title = self._layer_titles.get(layer)
                self.layer_combo.addItem(f"{title} ({layer})" if title else layer, layer)
            self.layer_combo.setCurrentIndex(max(0, self.layer_combo.findData(chosen)))
        self._fill_tensors()

    @Slot()
    def _layer_chosen(self) -> None:
        self.layer_note.hide()
        self._fill_tensors()
        self._show_current()

    def _fill_tensors(self) -> None:
        """The chosen layer's tensors, keeping the tensor name (kernel stays kernel across layers)."""
        layer = self.layer_combo.currentData()
        chosen = self.tensor_combo.currentText()
        with QSignalBlocker(self.tensor_combo):
            self.tensor_combo.clear()
            self.tensor_combo.addItems([name for owner, name in self._keys if owner == layer])
            self.tensor_combo.setCurrentIndex(max(0, self.tensor_combo.findText(chosen)))

    @Slot()
    def _show_current(self) -> None:
        if not self._epochs:
            return
        if not self.isVisible():  # e.g. another tab is in front while training runs
            self._stale = True
            return
        self._stale = False
        position = self.epoch_slider.value()
        epoch = self._epochs[position]
        last = self._epochs[-1]
        self.epoch_label.setText(translate("Inspector", "epoch {epoch} of {last}").format(epoch=epoch, last=last))
        values = self._tensor(epoch)
        mode = self._mode()
        if mode == Mode.SINCE_FIRST:
            values = values - self._tensor(self._epochs[0])
        elif mode == Mode.SINCE_PREVIOUS:
            values = values - self._tensor(self._epochs[max(0, position - 1)])
        elif mode == Mode.LAST_STEP:  # a tensor the optimizer does not train (moving mean) did not step
            key = (self.layer_combo.currentData(), self.tensor_combo.currentText())
            values = self._step_updates.get(key, np.zeros_like(values))
        self.show_tensor_values(values)
        self._show_equation(epoch)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._show_current()

    def _tensor(self, epoch: int, name: str | None = None) -> np.ndarray:
        """The chosen layer's tensor ``name`` (default: the chosen tensor) as kept at ``epoch``."""
        assert self._store is not None
        layer, name = self.layer_combo.currentData(), name or self.tensor_combo.currentText()
        return next(t.values for t in self._store.at(epoch) if t.layer == layer and t.name == name)

    def _mode(self) -> Mode:
        return Mode(self.mode_combo.currentIndex()) if self._replay else Mode.VALUES

    def _caption(self) -> str:
        if not self._replay:
            return translate("Inspector", "Values")
        position = self.epoch_slider.value()
        epoch = self._epochs[position]
        mode = self._mode()
        change = translate("Inspector", "Change from epoch {start} to {epoch}")
        if mode == Mode.SINCE_FIRST:
            return change.format(start=self._epochs[0], epoch=epoch)
        if mode == Mode.SINCE_PREVIOUS:
            return change.format(start=self._epochs[max(0, position - 1)], epoch=epoch)
        if mode == Mode.LAST_STEP:
            return translate("Inspector", "Change in single step {number}").format(number=self._step_number)
        if epoch == 0:
            return translate("Inspector", "Before training")
        return translate("Inspector", "After epoch {epoch}").format(epoch=epoch)

    @Slot()
    def _draw_image(self) -> None:
        """The shown matrix averaged down to about one cell per screen pixel, unless already drawn so."""
        matrix = self.table_model.matrix
        view = self.heat_plot.vb
        (left, right), (top, bottom) = view.viewRange()
        # cells per screen pixel, down and across (viewPixelSize() lags behind sigRangeChanged)
        down = int((bottom - top) / max(1.0, view.height())) or 1
        across = int((right - left) / max(1.0, view.width())) or 1
        factors = (down, across)
        if not matrix.size or (self._drawn is not None and self._drawn[0] is matrix and self._drawn[1] == factors):
            return
        self._drawn = (matrix, factors)
        self.image.setImage(block_mean(matrix, *factors), autoLevels=False)
        rows, columns = matrix.shape
        self.image.setRect(QRectF(-0.5, -0.5, columns, rows))  # cell (i, j) centred on (j, i), however averaged

    def _draw_histogram(self, values: np.ndarray) -> None:
        if not values.size:
            self._histogram = None
            self.bars.setData([], [])
            return
        low, high = float(values.min()), float(values.max())
        if low == high:  # all equal (a fresh bias, no change): one bar, centred
            low, high = low - 0.5, high + 0.5
        bins = int(np.clip(2 * math.sqrt(values.size), 5, MAX_HISTOGRAM_BINS))
        counts = histogram(values, low, high, bins)
        edges = np.linspace(low, high, bins + 1)
        self._histogram = (edges, counts)
        self.bars.setData(edges, counts)
        self.hist_plot.setXRange(low, high, padding=0.03)
        self.hist_plot.setYRange(0, float(counts.max()), padding=0.05)
        most = int(counts.max())
        axis = self.hist_plot.getAxis("left")
        axis.setTicks([[(k, str(k)) for k in range(most + 1)]] if most <= 10 else None)  # not "3.5 weights"
        axis.setWidth(self.fontMetrics().horizontalAdvance(str(most)) + 32)  # room now, not after a repaint

    # Names -----------------------------------------------------------------------------------
    def _is_kernel(self) -> bool:
        """A Dense-like kernel: rows are the layer's inputs, columns its units."""
        return self.tensor_combo.currentText() == "kernel" and len(self._values_shape) == 2

    def _first_kernel_layer(self) -> str | None:
        return next((layer for layer, name in self._keys if name == "kernel"), None)

    def _input_names(self, count: int) -> list[str] | None:
        """The data's column names, for the first layer's inputs, when they match its width."""
        names = self._feature_names
        if self.layer_combo.currentData() == self._first_kernel_layer() and names and len(names) == count:
            return names
        return None

    def _row_label(self, row: int) -> str:
        return self._row_namer()(row)

    def _row_namer(self) -> Callable[[int], str]:
        """The rows' names for the shown tensor, kept as they are now (a chart table reads them later)."""
        shape = self._values_shape
        tensor = self.tensor_combo.currentText()
        if len(shape) <= 1:
            return lambda row: tensor
        if self._is_kernel():
            names = self._input_names(shape[0])
            if names:
                return lambda row: names[row]
            return lambda row: translate("Inspector", "input {row}").format(row=row)
        if len(shape) == 2:
            return lambda row: translate("Inspector", "row {row}").format(row=row)
        return lambda row: "[" + ", ".join(map(str, np.unravel_index(row, shape[:-1]))) + "]"

    def _column_label(self, column: int) -> str:
        if self._is_kernel() or len(self._values_shape) == 1:
            return translate("Inspector", "unit {column}").format(column=column)
        return translate("Inspector", "column {column}").format(column=column)

    def _label_axes(self, rows: int, columns: int) -> None:
        left, bottom = self.heat_plot.getAxis("left"), self.heat_plot.getAxis("bottom")
        kernel = self._is_kernel()
        if len(self._values_shape) <= 1:
            row_ticks = [(0, self.tensor_combo.currentText())]
        elif rows <= MAX_NAMED_TICKS:
            names = self._input_names(rows) if kernel else None
            row_ticks = [(i, names[i] if names else str(i)) for i in range(rows)]
        else:
            row_ticks = None
        left.setTicks(None if row_ticks is None else [row_ticks])
        left.setLabel(translate("Inspector", "input") if kernel else "")
        # pyqtgraph widens an axis for long tick labels only on a later repaint: reserve the room now
        widest = max((self.fontMetrics().horizontalAdvance(text) for _, text in row_ticks or []), default=0)
        left.setWidth(widest + (40 if kernel else 16) if row_ticks else None)
        bottom.setTicks([[(j, str(j)) for j in range(columns)]] if columns <= MAX_NAMED_TICKS else None)
        bottom.setLabel(translate("Inspector", "unit") if kernel or len(self._values_shape) == 1 else "")

    @Slot(QPointF)
    def _hovered(self, position: QPointF) -> None:
        matrix = self.table_model.matrix
        if not matrix.size or not self.heat_plot.vb.sceneBoundingRect().contains(position):
            return
        point = self.heat_plot.vb.mapSceneToView(position)
        row, column = round(point.y()), round(point.x())
        if 0 <= row < matrix.shape[0] and 0 <= column < matrix.shape[1]:
            self.hover_label.setText(self.describe_cell(row, column))

    # The linear unit -------------------------------------------------------------------------
    def _show_equation(self, epoch: int) -> None:
        """For a one-unit Dense layer: output ≈ w·input + … + b, with the current numbers."""
        layer = self.layer_combo.currentData()
        names = [name for owner, name in self._keys if owner == layer]
        kernel = self._tensor(epoch, "kernel") if "kernel" in names else None
        if kernel is None or kernel.ndim != 2 or kernel.shape[1] != 1:
            self.equation_label.hide()
            return
        bias = float(self._tensor(epoch, "bias")[0]) if "bias" in names else None
        inputs = self._input_names(kernel.shape[0])
        first = layer == self._first_kernel_layer()
        symbol = "x" if first else "h"
        if inputs is None:
            inputs = [f"{symbol}{i}" for i in range(kernel.shape[0])]
        self.equation_label.setText(
            linear_equation(kernel[:, 0], bias, inputs, self._target_name or translate("Inspector", "output"))
            + "<br><small>"
            + (
                translate("Inspector", "A weighted sum of the inputs plus the bias (before the layer's activation, if any).")
                if first
                else translate(
                    "Inspector",
                    "{first}, {second}, … are the outputs of the layer before; this is their"
                    " weighted sum plus the bias (before the layer's activation, if any).",
                ).format(first=f"{symbol}0", second=f"{symbol}1")
            )
            + "</small>"
        )
        self.equation_label.show()

    # Files -----------------------------------------------------------------------------------
    @Slot()
    def _export_clicked(self) -> None:
        epoch = f"_epoch{self._epochs[self.epoch_slider.value()]}" if self._replay else ""
        change = "_change" if self._mode() != Mode.VALUES else ""
        name = f"{self.layer_combo.currentText()}_{self.tensor_combo.currentText()}{change}{epoch}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Inspector", "Export CSV"),
            str(self._export_dir / name),
            translate("Inspector", "CSV files (*.csv);;All files (*)"),
        )
        if not path:
            return
        self._export_dir = Path(path).parent
        try:
            self.export_csv(path)
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("Inspector", "Export CSV"),
                translate("Inspector", "{path} could not be written: {reason}.").format(path=path, reason=error.strerror),
            )


def linear_equation(weights: np.ndarray, bias: float | None, inputs: list[str], target: str) -> str:
    """``target ≈ 0.12·alcohol − 0.31·volatile acidity + … + 5.63`` as rich text, largest |w| first."""
    order = np.argsort(-np.abs(weights), kind="stable")
    terms = []
    for position, i in enumerate(order[:MAX_EQUATION_TERMS]):
        weight = float(weights[i])
        sign = MINUS if weight < 0 else "+"
        # a line may break before a sign, never inside a term such as "− 0.31·volatile acidity"
        term = f"{abs(weight):.3g}·{html.escape(inputs[i])}".replace(" ", "&nbsp;")
        if position == 0:
            terms.append(term if weight >= 0 else f"{MINUS}{term}")
        else:
            terms.append(f" {sign}&nbsp;{term}")
    hidden = len(order) - MAX_EQUATION_TERMS
    if hidden > 0:
        if hidden > 1:
            words = translate("Inspector", "({count} smaller terms)").format(count=hidden)
        else:
            words = translate("Inspector", "({count} smaller term)").format(count=hidden)
        terms.append(" +&nbsp;…&nbsp;" + words.replace(" ", "&nbsp;"))
    if bias is not None:
        terms.append(f" {MINUS if bias < 0 else '+'}&nbsp;{abs(bias):.3g}")
    return f"<b>{html.escape(target)}</b> ≈ " + "".join(terms)
