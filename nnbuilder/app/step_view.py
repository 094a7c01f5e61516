"""One training step, taken apart: the batch's rows, the loss before and after, and for each weight
tensor its gradient beside the update the optimizer applied, laid out like the weights."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..engine.jobs import Stepped
from ..i18n import translate
from .chart_table import ChartAccess, ChartData
from .weights_charts import MINUS, as_matrix, value_text
from .weights_pictures import DIVERGING

if TYPE_CHECKING:  # the engine's modules behind these load pandas; the window paints first
    from ..engine.one_step import TensorStep

MAX_BATCH_ROWS_SHOWN = 200  # a batch of thousands shows its first rows; the count says how many
MAX_TABLE_ROWS = 5_000  # a heatmap's table lists this many weights at most, and says so


class _Heatmap(QWidget):
    """A tensor's numbers as colours (blue negative, white zero, red positive), with a title and its scale."""

    def __init__(self, title: str, gradient: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = title
        self.is_gradient = gradient  # the gradient's map, or the update's
        self.values = np.zeros((0, 0), dtype=np.float32)  # the tensor drawn, in its own shape
        self.layer, self.tensor, self.inputs, self.step = "", "", None, 0
        self.title = QLabel(f"<b>{title}</b>")
        self.view = pg.GraphicsLayoutWidget()
        self.view.setAccessibleName(title)
        self.view.setBackground(self.palette().color(QPalette.ColorRole.Base))
        self.view.setMinimumSize(160, 120)
        self.plot = self.view.addPlot()
        self.plot.invertY(True)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(False, False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.bar = pg.ColorBarItem(values=(-1.0, 1.0), colorMap=DIVERGING, interactive=False, width=12)
        self.bar.setImageItem(self.image, insert_in=self.plot)
        self.access = ChartAccess(self.view, self.chart_data)
        self.summary = self.access.summary  # the sentence under the map
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.access)

    def show_values(
        self, values: np.ndarray, layer: str = "", tensor: str = "", inputs: list[str] | None = None, step: int = 0
    ) -> None:
        """Draw ``values``: the tensor ``tensor`` of ``layer`` in step ``step``; ``inputs`` name a kernel's rows."""
        self.values = np.asarray(values, dtype=np.float32)
        self.layer, self.tensor, self.inputs, self.step = layer, tensor, inputs, step
        matrix = as_matrix(self.values)
        largest = float(np.abs(matrix).max()) if matrix.size else 0.0
        scale = largest or 1.0  # symmetric, so white is zero
        self.image.setImage(matrix, autoLevels=False, levels=(-scale, scale))
        self.bar.setLevels((-scale, scale))
        rows, columns = matrix.shape
        self.image.setRect(QRectF(-0.5, -0.5, columns, rows))  # cell (i, j) centred on (j, i), as the inspector draws
        self.plot.setRange(xRange=(-0.5, columns - 0.5), yRange=(-0.5, rows - 0.5), padding=0)
        self.plot.getAxis("left").setStyle(showValues=rows > 1)  # a bias or a single-input kernel is one row
        for axis, count in (("left", rows), ("bottom", columns)):
            if count <= 64:  # whole cells only: no tick at row 0.2
                step = max(1, round(count / 8))
                self.plot.getAxis(axis).setTickSpacing(major=step, minor=step)
            else:
                self.plot.getAxis(axis).setTickSpacing()  # automatic again
        self.access.refresh()
        self.setAccessibleDescription(self.summary.text())

    def _where(self, index: tuple[int, ...]) -> str:
        """Which weight ``index`` is, in words: 'the weight from bmi to unit 2'."""
        if self.values.ndim == 2 and self.tensor == "kernel":
            row, unit = index
            source = self.inputs[row] if self.inputs else translate("StepView", "input {row}").format(row=row)
            return translate("StepView", "the weight from {source} to unit {unit}").format(source=source, unit=unit)
        if self.values.ndim == 1:
            return translate("StepView", "the {tensor} of unit {unit}").format(tensor=self.tensor, unit=index[0])
        return f"{self.tensor}[{', '.join(map(str, index))}]"

    def chart_data(self) -> ChartData | None:
        """The largest gradient (or change) of the step and where it is, and every weight's value."""
        if not self.values.size:
            return None
        title = translate("StepView", "{heading} ({layer} {tensor})").format(
            heading=self.heading, layer=self.layer, tensor=self.tensor
        )
        values = self.values
        finite = np.isfinite(values)
        quantity = translate("StepView", "gradient") if self.is_gradient else translate("StepView", "change")
        shown = list(itertools.islice(np.ndindex(values.shape), MAX_TABLE_ROWS))
        if values.ndim == 2 and self.tensor == "kernel":  # input, unit: as the map's rows and columns
            columns = [translate("StepView", "input"), translate("StepView", "unit"), quantity]
            names = self.inputs or [translate("StepView", "input {row}").format(row=row) for row in range(values.shape[0])]
            rows = [[names[row], unit, float(values[row, unit])] for row, unit in shown]
        elif values.ndim == 1:
            columns = [translate("StepView", "unit"), quantity]
            rows = [[unit, float(values[unit])] for (unit,) in shown]
        else:
            columns = [translate("StepView", "index"), quantity]
            rows = [["[" + ", ".join(map(str, index)) + "]", float(values[index])] for index in shown]
        if not finite.any():
            return ChartData(title, translate("StepView", "None of the {count} numbers is finite.").format(
                count=values.size), columns, rows)  # fmt: skip
        index = np.unravel_index(int(np.argmax(np.where(finite, np.abs(values), -1.0))), values.shape)
        words = {
            "step": self.step,
            "value": value_text(float(values[index])),
            "where": self._where(tuple(int(i) for i in index)),
            "mean": value_text(float(values[finite].mean())),
        }
        if self.is_gradient:
            summary = translate("StepView", "The largest gradient in step {step}: {value}, on {where}; the mean "
                                            "gradient is {mean}.").format(**words)  # fmt: skip
        else:
            summary = translate("StepView", "The largest change in step {step}: {value}, on {where}; the mean "
                                            "change is {mean}.").format(**words)  # fmt: skip
        if len(shown) < values.size:
            summary += translate("StepView", " The table lists the first {shown:,} of {count:,} weights.").format(
                shown=len(shown), count=values.size)  # fmt: skip
        return ChartData(title, summary, columns, rows)


class StepView(QDialog):
    """The last single step (or the last of ten) of the window's network; asks for more with its buttons."""

    step_requested = Signal(int)  # how many steps
    show_in_weights = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("StepView", "One training step"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.losses = QLabel()
        self.losses.setWordWrap(True)
        self.losses.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.batch = QTableWidget()
        self.batch.setAccessibleName(translate("StepView", "The batch's rows"))
        self.batch.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.batch_caption = QLabel()
        self.tensor_combo = QComboBox()
        self.tensor_combo.setAccessibleName(translate("StepView", "Weight tensor"))
        self.tensor_combo.currentIndexChanged.connect(self._show_tensor)
        tensor_caption = QLabel(translate("StepView", "&Weights of"))
        tensor_caption.setBuddy(self.tensor_combo)
        self.gradient = _Heatmap(translate("StepView", "Gradient: how the loss changes as each weight grows"), True)
        self.update_map = _Heatmap(translate("StepView", "Update applied: how each weight moved"), False)
        self.rule = QLabel()
        self.rule.setWordWrap(True)

        batch_box = QWidget()
        batch_layout = QVBoxLayout(batch_box)
        batch_layout.setContentsMargins(0, 0, 0, 0)
        batch_layout.addWidget(self.batch_caption)
        batch_layout.addWidget(self.batch, 1)
        maps = QWidget()
        grid = QGridLayout(maps)
        grid.setContentsMargins(0, 0, 0, 0)
        picker = QHBoxLayout()
        picker.addWidget(tensor_caption)
        picker.addWidget(self.tensor_combo, 1)
        grid.addLayout(picker, 0, 0, 1, 2)
        grid.addWidget(self.gradient, 1, 0)
        grid.addWidget(self.update_map, 1, 1)
        grid.addWidget(self.rule, 2, 0, 1, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(batch_box)
        split.addWidget(maps)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        self.step_button = QPushButton(translate("StepView", "&Step"))
        self.step_button.setToolTip(translate("StepView", "Train exactly one more batch"))
        self.step_ten_button = QPushButton(translate("StepView", "Step ×&10"))
        self.step_ten_button.setToolTip(translate("StepView", "Train ten more batches, one after another"))
        self.weights_button = QPushButton(translate("StepView", "Show in &Weights"))
        self.weights_button.setToolTip(translate("StepView", "The Weights tab, showing the change in the last step"))
        close = QPushButton(translate("StepView", "&Close"))
        self.step_button.clicked.connect(lambda: self.step_requested.emit(1))
        self.step_ten_button.clicked.connect(lambda: self.step_requested.emit(10))
        self.weights_button.clicked.connect(self.show_in_weights)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.step_ten_button, self.weights_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.losses)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self._tensors: list[TensorStep] = []
        self._feature_names: list[str] = []
        self._step_number = 0

    def set_busy(self, busy: bool) -> None:
        for button in (self.step_button, self.step_ten_button):
            button.setEnabled(not busy)

    def show_steps(self, stepped: Stepped, feature_names: list[str], target: str) -> None:
        step = stepped.step
        count = len(stepped.losses)
        rows = len(step.x)
        first = stepped.number - count + 1
        if count == 1:
            which = translate("StepView", "Step {number}").format(number=stepped.number)
        else:
            which = translate("StepView", "Steps {first} to {last}").format(first=first, last=stepped.number)
        self.headline.setText(
            translate("StepView", "<b>{which}</b> of this network: {optimizer} with learning rate {rate:g}, each on the "
                                  "next batch of {rows:,} training rows.").format(
                which=which, optimizer=step.optimizer, rate=step.learning_rate, rows=rows)
        )  # fmt: skip
        before, after = step.loss_before, step.loss_after
        change = f" ({(after - before) / before:+.1%})".replace("-", MINUS) if before else ""
        text = translate("StepView", "Loss on the batch of step {number}: {before} before, {after} after{change}.").format(
            number=stepped.number, before=value_text(before, 5), after=value_text(after, 5), change=change)  # fmt: skip
        if count > 1:
            text += translate("StepView", " Each step, before → after: ") + "; ".join(
                f"{value_text(b, 4)} → {value_text(a, 4)}" for b, a in stepped.losses
            )
        self.losses.setText(text)
        self._show_batch(step.x, step.y, feature_names, target)
        chosen = self.tensor_combo.currentText()
        self._tensors = step.tensors
        self._feature_names = feature_names
        self._step_number = stepped.number
        self.tensor_combo.blockSignals(True)
        self.tensor_combo.clear()
        for tensor in step.tensors:
            shape = "×".join(str(n) for n in tensor.before.shape)
            self.tensor_combo.addItem(f"{tensor.layer} {tensor.name} ({shape})")
        self.tensor_combo.setCurrentIndex(max(0, self.tensor_combo.findText(chosen)))
        self.tensor_combo.blockSignals(False)
        self._show_tensor()
        if step.optimizer == "SGD":
            self.rule.setText(translate("StepView", "SGD moves every weight by −learning rate × gradient: here "
                                                    "−{rate:g} × g, so the two pictures are the same up to the sign and "
                                                    "the scale.").format(rate=step.learning_rate))  # fmt: skip
        else:
            self.rule.setText(translate("StepView", "{optimizer} scales each weight's step by the gradients it has seen "
                                                    "so far, so weights with small gradients can move as far as those "
                                                    "with large ones.").format(optimizer=step.optimizer))  # fmt: skip

    def _show_batch(self, x: np.ndarray, y: np.ndarray, feature_names: list[str], target: str) -> None:
        shown = min(len(x), MAX_BATCH_ROWS_SHOWN)
        targets = np.asarray(y).reshape(len(y), -1)
        names = [*feature_names[: x.shape[1]], *([target] if targets.shape[1] == 1 else
                                                 [f"{target} {i}" for i in range(targets.shape[1])])]  # fmt: skip
        self.batch.clear()
        self.batch.setRowCount(shown)
        self.batch.setColumnCount(len(names))
        self.batch.setHorizontalHeaderLabels(names)
        for row in range(shown):
            for column, value in enumerate([*x[row], *targets[row]]):
                item = QTableWidgetItem(value_text(float(value), 4))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.batch.setItem(row, column, item)
        more = translate("StepView", " (the first {shown} shown)").format(shown=shown) if shown < len(x) else ""
        self.batch_caption.setText(translate("StepView", "The batch: {rows:,} rows as fed to the network, with their "
                                                         "target{more}").format(rows=len(x), more=more))  # fmt: skip

    @Slot()
    def _show_tensor(self) -> None:
        index = self.tensor_combo.currentIndex()
        if not 0 <= index < len(self._tensors):
            return
        tensor = self._tensors[index]
        first_kernel = next((t.layer for t in self._tensors if t.name == "kernel"), None)
        names = self._feature_names
        inputs = (names if tensor.name == "kernel" and tensor.layer == first_kernel and tensor.before.ndim == 2
                  and len(names) == tensor.before.shape[0] else None)  # fmt: skip
        for heatmap, values in ((self.gradient, tensor.gradient), (self.update_map, tensor.update)):
            heatmap.show_values(values, tensor.layer, tensor.name, inputs, self._step_number)
