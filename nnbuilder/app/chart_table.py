"""Every chart, also in words and as a table: a one-sentence summary under the chart, which a screen
reader says as the chart's description, and a "Table…" button that shows the numbers it draws.

A chart view gives a function returning ``ChartData`` (or None while it has nothing to show);
``ChartAccess`` asks it again whenever the view calls ``refresh()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import overload

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import translate

Cell = str | int | float | None


class LazyRows(Sequence[Sequence[Cell]]):
    """A table's rows made only when someone reads them: a chart redrawn on every change need not
    turn thousands of points into cells that only the Table… dialog shows."""

    def __init__(self, count: int, make: Callable[[], Sequence[Sequence[Cell]]]) -> None:
        self._count, self._make = count, make
        self._rows: Sequence[Sequence[Cell]] | None = None

    def _made(self) -> Sequence[Sequence[Cell]]:
        if self._rows is None:
            self._rows = self._make()
            self._make = None  # type: ignore[assignment]  # let go of what it read
        return self._rows

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Sequence[Cell]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Sequence[Cell]]: ...
    def __getitem__(self, index: int | slice) -> Sequence[Cell] | Sequence[Sequence[Cell]]:
        return self._made()[index]

    def __iter__(self) -> Iterator[Sequence[Cell]]:
        return iter(self._made())

    def __eq__(self, other: object) -> bool:
        return list(self._made()) == (list(other) if isinstance(other, Sequence) else other)

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True)
class ChartData:
    """What a chart shows, for people who cannot see it: a sentence and the numbers behind it."""

    title: str
    summary: str  # one sentence: "Validation loss lowest at epoch 12: 0.53."
    columns: Sequence[str] = ()
    rows: Sequence[Sequence[Cell]] = field(default_factory=list)  # a LazyRows where there are many


def cell_text(value: Cell) -> str:
    """A number the way the interface's locale writes it (0,53 in Turkish); text as it is."""
    from PySide6.QtCore import QLocale

    if value is None:
        return ""
    if isinstance(value, bool) or isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "g", 6)


class ChartTableDialog(QDialog):
    """The chart's numbers in a table that the keyboard walks and Ctrl+C copies (tab-separated)."""

    def __init__(self, data: ChartData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(data.title)
        self.table = QTableWidget(len(data.rows), len(data.columns))
        self.table.setHorizontalHeaderLabels(list(data.columns))
        self.table.setAccessibleName(data.title)
        self.table.setAccessibleDescription(data.summary)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(data.rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(cell_text(value))
                if not isinstance(value, str):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        summary = QLabel(data.summary)
        summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(translate("ChartTable", "&Copy All"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_all)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.table.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - Qt's signature
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_all()
            return
        super().keyPressEvent(event)

    @Slot()
    def copy_all(self) -> None:
        header = [self.table.horizontalHeaderItem(c).text() for c in range(self.table.columnCount())]
        lines = ["\t".join(header)]
        for row in range(self.table.rowCount()):
            cells = (self.table.item(row, column) for column in range(self.table.columnCount()))
            lines.append("\t".join(item.text() if item is not None else "" for item in cells))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")


class ChartAccess(QWidget):
    """The row under a chart: its summary sentence and a Table… button. The view calls refresh()
    whenever what it draws changed (not from here: the view may still be building itself)."""

    def __init__(self, chart: QWidget, source: Callable[[], ChartData | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.source = source
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table_button = QPushButton(translate("ChartTable", "Table…"))
        self.table_button.setToolTip(translate("ChartTable", "The numbers this chart draws, as a table"))
        self.table_button.clicked.connect(self.show_table)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignTop)
        self.dialog: ChartTableDialog | None = None
        self.table_button.setEnabled(False)  # until the view's first refresh()

    def data(self) -> ChartData | None:
        return self.source()

    @Slot()
    def refresh(self) -> None:
        data = self.source()
        self.table_button.setEnabled(data is not None and bool(data.rows))
        self.summary.setText(data.summary if data is not None else "")
        self.summary.setVisible(data is not None and bool(data.summary))
        if data is not None:
            self.chart.setAccessibleName(data.title)
            self.chart.setAccessibleDescription(data.summary)
            self.table_button.setAccessibleName(translate("ChartTable", "Table of {chart}").format(chart=data.title))

    @Slot()
    def show_table(self) -> None:
        data = self.source()
        if data is None:
            return
        self.dialog = ChartTableDialog(data, self.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.show()


def lowest(values: Sequence[float]) -> tuple[int, float] | None:
    """(1-based position, value) of the smallest finite value, or None."""
    array = np.asarray(values, dtype=float)
    finite = np.isfinite(array)
    if not finite.any():
        return None
    position = int(np.argmin(np.where(finite, array, np.inf)))
    return position + 1, float(array[position])
