"""The inspector's Table tab: every number of the shown weight tensor in a table that Ctrl+C copies
and Export CSV… writes to a file, each row and column named as the heatmap names it."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget

from ..i18n import translate
from .weights_charts import value_text


class MatrixModel(QAbstractTableModel):
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
            return value_text(float(self.matrix[index.row(), index.column()]), 6)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._column_label(section) if orientation == Qt.Orientation.Horizontal else self._row_label(section)

    def write_csv(self, path: str | Path) -> None:
        """Write the numbers with their row and column names (what the table shows)."""
        matrix = self.matrix
        with open(path, "w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            writer.writerow(["", *(self._column_label(j) for j in range(matrix.shape[1]))])
            for i, row in enumerate(matrix.astype(str)):
                writer.writerow([self._row_label(i), *row])


class CopyableTable(QTableView):
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


class WeightsTablePage(QWidget):
    """The table with its copy hint and Export CSV… button; ``file_name`` suggests the file's name."""

    def __init__(
        self,
        row_label: Callable[[int], str],
        column_label: Callable[[int], str],
        file_name: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._file_name = file_name
        self._export_dir = Path.home()
        self.table_model = MatrixModel(row_label, column_label)
        self.table = CopyableTable()
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    @Slot()
    def _export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Inspector", "Export CSV"),
            str(self._export_dir / self._file_name()),
            translate("Inspector", "CSV files (*.csv);;All files (*)"),
        )
        if not path:
            return
        self._export_dir = Path(path).parent
        try:
            self.table_model.write_csv(path)
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("Inspector", "Export CSV"),
                translate("Inspector", "{path} could not be written: {reason}.").format(path=path, reason=error.strerror),
            )
