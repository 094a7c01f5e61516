"""Inside the network: each weight tensor as a heatmap, a histogram and a table, epoch by epoch.

The inspector reads a SnapshotStore the training fills (or one foreign .keras model), so a student
can replay how the weights moved, or show how much they changed, with the linear unit of the
course's first model written out as an equation with the data's own column names.
"""

from __future__ import annotations

import math
from enum import IntEnum
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..engine.snapshots import SnapshotStore
from ..engine.weights import WeightTensor, tensor_stats
from ..i18n import translate
from .chart_table import ChartData
from .weights_charts import ShownTensor, as_matrix, heatmap_data, histogram_data, linear_equation, value_text
from .weights_pictures import WeightsPictures
from .weights_table import WeightsTablePage

class Mode(IntEnum):
    """What the views show, in the order of the Show box."""

    VALUES = 0
    SINCE_FIRST = 1
    SINCE_PREVIOUS = 2
    LAST_STEP = 3  # offered once single steps were taken


def _ordinal(n: int) -> str:
    ending = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    if ending == "st":
        return translate("Inspector", "{n}st").format(n=n)
    if ending == "nd":
        return translate("Inspector", "{n}nd").format(n=n)
    if ending == "rd":
        return translate("Inspector", "{n}rd").format(n=n)
    return translate("Inspector", "{n}th").format(n=n)


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
        self._step_updates: dict[tuple[str, str], np.ndarray] = {}  # (layer, tensor) → change in the last step
        self._step_number = 0
        self._stale = False  # something changed while hidden: draw when shown
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
        self.pictures = pictures = WeightsPictures(self.chart_data, self.histogram_data, self.describe_cell)
        # The heatmap's numbers are the Table tab's: its Table… button goes there, not to a dialog.
        pictures.heat_access.table_button.clicked.disconnect(pictures.heat_access.show_table)
        pictures.heat_access.table_button.clicked.connect(self.show_table_tab)
        pictures.heat_access.table_button.setToolTip(translate("Inspector", "The same numbers in the Table tab"))
        # The pictures' parts keep the names they have always had here.
        self.heatmap_view, self.heat_plot, self.image, self.colour_bar, self.hover_label, self.heat_access = (
            pictures.heatmap_view, pictures.heat_plot, pictures.image, pictures.colour_bar, pictures.hover_label,
            pictures.heat_access,
        )  # fmt: skip
        self.histogram_view, self.hist_plot, self.bars, self.histogram_access = (
            pictures.histogram_view, pictures.hist_plot, pictures.bars, pictures.histogram_access
        )  # fmt: skip
        self.views.addTab(pictures, translate("Inspector", "Heatmap and histogram"))
        self.table_page = WeightsTablePage(self._row_label, self._column_label, self._export_file_name)
        self.table_model, self.table, self.export_button = (
            self.table_page.table_model, self.table_page.table, self.table_page.export_button
        )
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
        change = self._mode() != Mode.VALUES
        quantity = translate("Inspector", "change") if change else translate("Inspector", "value")
        self.pictures.show_matrix(matrix, finite, limit, fitted, self._shown_tensor(), quantity)
        shape = " × ".join(map(str, values.shape)) or translate("Inspector", "scalar")
        self.shape_label.setText(
            translate("Inspector", "shape {shape} ({count:,} numbers)").format(shape=shape, count=values.size)
        )
        self.stats_label.setText(
            translate("Inspector", "{caption}:   mean {mean}   std {std}   min {min}   max {max}   L2 norm {l2}").format(
                caption=self._caption(),
                mean=value_text(stats["mean"]),
                std=value_text(stats["std"]),
                min=value_text(stats["min"]),
                max=value_text(stats["max"]),
                l2=value_text(stats["l2"]),
            )
        )

    @Slot()
    def show_table_tab(self) -> None:
        """The heatmap's Table…: the Table tab, which lists every number the heatmap colours."""
        self.views.setCurrentWidget(self.table_page)
        self.table.setFocus()

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
        return heatmap_data(self._shown_tensor() if self._epochs else None, self.table_model.matrix)

    def histogram_data(self) -> ChartData:
        """The histogram in a sentence (its tallest bar) and its bars: from, to, how many."""
        return histogram_data(self._shown_tensor() if self._epochs else None, self.pictures.drawn_histogram)

    def describe_cell(self, row: int, column: int) -> str:
        """What hovering the heatmap cell (row, column) says: index, value and what connects there."""
        return self._shown_tensor().describe_cell(self.table_model.matrix, row, column)

    def export_csv(self, path: str | Path) -> None:
        """Write the shown numbers with their row and column names (what the table shows)."""
        self.table_model.write_csv(path)

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

    # Names -----------------------------------------------------------------------------------
    def _shown_tensor(self) -> ShownTensor:
        """The shown tensor as the summaries, the table and the heatmap's axes name it."""
        shape = self._values_shape
        tensor = self.tensor_combo.currentText()
        layer = self.layer_combo.currentData()
        kernel = tensor == "kernel" and len(shape) == 2
        change = self._mode() != Mode.VALUES
        return ShownTensor(
            layer_title=self._layer_titles.get(layer, layer),
            tensor=tensor,
            shape=shape,
            input_names=self._input_names(shape[0]) if kernel else None,
            change=change,
            change_span=self._change_span() if change and self._epochs else "",
        )

    def _first_kernel_layer(self) -> str | None:
        return next((layer for layer, name in self._keys if name == "kernel"), None)

    def _input_names(self, count: int) -> list[str] | None:
        """The data's column names, for the first layer's inputs, when they match its width."""
        names = self._feature_names
        if self.layer_combo.currentData() == self._first_kernel_layer() and names and len(names) == count:
            return names
        return None

    def _row_label(self, row: int) -> str:
        return self._shown_tensor().row_label(row)

    def _column_label(self, column: int) -> str:
        return self._shown_tensor().column_label(column)

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
    def _export_file_name(self) -> str:
        """The name Export CSV… suggests: layer, tensor, whether a change, and the epoch."""
        epoch = f"_epoch{self._epochs[self.epoch_slider.value()]}" if self._replay else ""
        change = "_change" if self._mode() != Mode.VALUES else ""
        return f"{self.layer_combo.currentText()}_{self.tensor_combo.currentText()}{change}{epoch}.csv"

