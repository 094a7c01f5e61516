"""A learning-rate race: choose two to four rates (or batch sizes), watch the copies' curves grow
together, and read each one's verdict."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import QT_TRANSLATE_NOOP, number_text, translate, translate_marked
from .chart_table import ChartAccess, ChartData
from .curves import format_number
from .plots import themed_plot
from .runs_view import run_colour

# What each setting a race can vary is called, for one value and for several (shown through
# setting_name()/setting_names(), in the window's language).
SETTING_NAMES = {
    "learning_rate": QT_TRANSLATE_NOOP("RaceView", "learning rate"),
    "batch_size": QT_TRANSLATE_NOOP("RaceView", "batch size"),
}
SETTING_PLURALS = {
    "learning_rate": QT_TRANSLATE_NOOP("RaceView", "learning rates"),
    "batch_size": QT_TRANSLATE_NOOP("RaceView", "batch sizes"),
}


def setting_name(setting: str) -> str:
    """'learning rate', in the window's language."""
    return translate_marked("RaceView", SETTING_NAMES[setting])


def setting_names(setting: str) -> str:
    """'learning rates', in the window's language."""
    return translate_marked("RaceView", SETTING_PLURALS[setting])
MAX_COPIES = 4


def suggested_values(setting: str, current: float) -> list[str]:
    """Starting values around the current one: a tenth, the same, ten times (a quarter … four times)."""
    if setting == "batch_size":
        size = int(current)
        return [str(v) for v in dict.fromkeys((max(1, size // 4), size, size * 4))]
    values = (f"{current / 10:g}", f"{current:g}", f"{min(10.0, current * 10):g}")
    return list(dict.fromkeys(number_text(value) for value in values))  # 0,01 in Turkish


class RaceView(QDialog):
    start_requested = Signal(str, list)  # setting, values
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RaceView", "Race the learning rates"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        intro = QLabel(translate("RaceView", "Train copies of the network from the same initial weights, on the same "
                                             "batches, changing one setting only. Their curves grow together; early "
                                             "stopping is off during a race."))  # fmt: skip
        intro.setWordWrap(True)
        self.setting_box = QComboBox()
        self.setting_box.setAccessibleName(translate("RaceView", "Setting to race"))
        for key in SETTING_NAMES:
            self.setting_box.addItem(setting_name(key), key)
        caption = QLabel(translate("RaceView", "&Race the"))
        caption.setBuddy(self.setting_box)
        self.value_edits = [QLineEdit() for _ in range(MAX_COPIES)]
        for number, edit in enumerate(self.value_edits, start=1):
            edit.setAccessibleName(translate("RaceView", "Value of copy {number}").format(number=number))
            edit.setPlaceholderText(translate("RaceView", "(none)"))
            edit.setMaximumWidth(90)
        self.start_button = QPushButton(translate("RaceView", "&Start Race"))
        self.stop_button = QPushButton(translate("RaceView", "S&top"))
        self.stop_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.setting_box)
        for edit in self.value_edits:
            row.addWidget(edit)
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.problem.hide()

        background = self.palette().color(QPalette.ColorRole.Base)
        foreground = self.palette().color(QPalette.ColorRole.Text)
        self.plot_widget = themed_plot(translate("RaceView", "The copies' losses by epoch"))
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setLabel("bottom", translate("RaceView", "epoch"))
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        backdrop = background
        backdrop.setAlpha(210)  # the curves stay visible under the legend
        self.legend = self.plot.addLegend(offset=(-10, 10), labelTextColor=foreground, brush=pg.mkBrush(backdrop))
        self.verdicts = QLabel()
        self.verdicts.setWordWrap(True)
        self.verdicts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(translate("RaceView", "&Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verdicts, 1)
        bottom.addWidget(close, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.plot_widget, 1)
        self.access = ChartAccess(self.plot_widget, self.chart_data)
        layout.addWidget(self.access)
        layout.addLayout(bottom)
        self.resize(860, 520)
        self.start_button.clicked.connect(self._start_clicked)
        self.stop_button.clicked.connect(self.stop_requested)
        self.setting_box.currentIndexChanged.connect(self._setting_chosen)
        self._current: dict[str, float] = {}
        self._curves: list[pg.PlotDataItem] = []
        self._points: list[tuple[list[int], list[float]]] = []
        self._labels: list[str] = []  # each copy's name, as its legend says it
        self._racing = False
        self.monitor = "val_loss"

    def offer(self, learning_rate: float | None, batch_size: int) -> None:
        """Fill in values around the project's own settings (kept when the dialog shows again)."""
        self._current = {"learning_rate": learning_rate or 0.01, "batch_size": batch_size}
        if not any(edit.text() for edit in self.value_edits):
            self._setting_chosen()

    def _setting_chosen(self) -> None:
        setting = self.setting_box.currentData()
        values = suggested_values(setting, self._current.get(setting, 0.01 if setting == "learning_rate" else 32))
        for edit, value in zip(self.value_edits, [*values, "", "", ""]):
            edit.setText(value)

    def _start_clicked(self) -> None:
        values = []
        for edit in self.value_edits:
            text = edit.text().strip()
            if not text:
                continue
            try:
                values.append(float(text.replace(",", ".")))  # 0,01 (Turkish) and 0.01 alike
            except ValueError:
                self.show_problem(translate("RaceView", "'{text}' is not a number; type a number such as 0.01 in each "
                                                        "copy's box").format(text=text))  # fmt: skip
                return
        self.start_requested.emit(self.setting_box.currentData(), values)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def started(self, labels: list[str], numbers: list[int], has_validation: bool) -> None:
        """The race began: an empty curve for each copy, in the colour its run will keep."""
        self.problem.hide()
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.monitor = "val_loss" if has_validation else "loss"
        self.plot.setLabel(
            "left", translate("RaceView", "validation loss") if has_validation else translate("RaceView", "training loss")
        )
        self.plot.clear()
        self.legend.clear()
        self._curves, self._points, self._labels = [], [], list(labels)
        self._racing = True
        for text, number in zip(labels, numbers):
            curve = self.plot.plot([], [], pen=pg.mkPen(run_colour(number), width=2.5), symbol="o", symbolSize=5,
                                   symbolBrush=run_colour(number), name=text)  # fmt: skip
            self._curves.append(curve)
            self._points.append(([], []))
        self.verdicts.setText(translate("RaceView", "Racing…"))
        self.access.refresh()

    def add_epoch(self, copy: int, epoch: int, logs: dict[str, float]) -> None:
        value = logs.get(self.monitor)
        if value is None or not math.isfinite(value):
            return
        epochs, values = self._points[copy]
        epochs.append(epoch)
        values.append(value)
        self._curves[copy].setData(epochs, values)
        self.access.refresh()

    def finished(self, verdicts: list[str]) -> None:
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.verdicts.setText(
            "<br>".join(verdicts) + "<br>" + translate("RaceView", "Each copy is kept as a run on the Training tab.")
        )
        self._racing = False
        self.access.refresh()
        verdict = "; ".join(verdicts)  # the engine's verdicts, after the chart's own sentence
        summary = self.access.summary.text()
        self.plot_widget.setAccessibleDescription(f"{summary} {verdict}" if summary else verdict)

    def failed(self, message: str) -> None:
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.verdicts.setText("")
        self.show_problem(message)
        self._racing = False
        self.access.refresh()

    def chart_data(self) -> ChartData | None:
        """Which copy is (or ended) lowest among those that reached the latest epoch, and every drawn value."""
        if not self._labels:
            return None
        title = translate("RaceView", "The copies' losses by epoch")
        epochs = sorted({epoch for points, _values in self._points for epoch in points})
        drawn = [dict(zip(points, values)) for points, values in self._points]
        rows = [[epoch, *(copy.get(epoch) for copy in drawn)] for epoch in epochs]
        columns = [translate("RaceView", "epoch"), *self._labels]
        if not epochs:
            return ChartData(title, translate("RaceView", "No copy has finished an epoch yet."), columns, rows)
        last = epochs[-1]
        finals = {copy: values[-1] for copy, (points, values) in enumerate(self._points) if points and points[-1] == last}
        best = min(finals, key=finals.get)
        words = {"copy": self._labels[best], "monitor": self.monitor, "value": format_number(finals[best]), "epoch": last}
        if self._racing:
            summary = translate("RaceView", "At epoch {epoch}, {copy} is lowest: {monitor} {value}.").format(**words)
        else:
            summary = translate("RaceView", "{copy} ended lowest: {monitor} {value} at epoch {epoch}.").format(**words)
        return ChartData(title, summary, columns, rows)
