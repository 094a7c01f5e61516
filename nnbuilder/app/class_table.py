"""File → Collect Hand-ins…: the class table in the window, as class.csv has it, sortable, with
the unverified rows marked and their reasons in the last column."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..engine.classroom import CheckedRun
from ..engine.collect import class_row, goal_met_count, shown_columns
from ..i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from ..spec.words import counted
from .. import colours

NUMERIC = ("value", "parameters", "epochs")
GOOD, BAD = QColor(colours.GOOD), QColor(colours.BAD)  # blue and vermilion: apart for colour-blind readers too
# The window's headers for class.csv's columns (the file keeps its own names).
HEADERS = {
    "student": QT_TRANSLATE_NOOP("ClassTable", "student"),
    "folder": QT_TRANSLATE_NOOP("ClassTable", "folder"),
    "metric": QT_TRANSLATE_NOOP("ClassTable", "metric"),
    "value": QT_TRANSLATE_NOOP("ClassTable", "value"),
    "goal_met": QT_TRANSLATE_NOOP("ClassTable", "goal met"),
    "verified": QT_TRANSLATE_NOOP("ClassTable", "verified"),
    "parameters": QT_TRANSLATE_NOOP("ClassTable", "parameters"),
    "epochs": QT_TRANSLATE_NOOP("ClassTable", "epochs"),
    "trained_at": QT_TRANSLATE_NOOP("ClassTable", "trained at"),
    "retrained": QT_TRANSLATE_NOOP("ClassTable", "retrained"),
    "problems": QT_TRANSLATE_NOOP("ClassTable", "problems"),
}
# The words of the yes/no columns, as the window shows them.
ANSWERS = {
    "yes": QT_TRANSLATE_NOOP("ClassTable", "yes"),
    "no": QT_TRANSLATE_NOOP("ClassTable", "no"),
    "unreadable": QT_TRANSLATE_NOOP("ClassTable", "unreadable"),
}
ANSWER_COLUMNS = ("goal_met", "verified")


def _header(column: str) -> str:
    if column in HEADERS:
        return translate_marked("ClassTable", HEADERS[column])
    return column.replace("_", " ")


def _cell_text(column: str, text: str) -> str:
    if column in ANSWER_COLUMNS and text in ANSWERS:
        return translate_marked("ClassTable", ANSWERS[text])
    return text


class _NumberItem(QTableWidgetItem):
    """Sorts by number, not by text ("10" after "9")."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        try:
            return float(self.text() or "inf") < float(other.text() or "inf")
        except ValueError:
            return super().__lt__(other)


class ClassTableDialog(QDialog):
    open_page = Signal()

    def __init__(
        self, runs: list[CheckedRun], roots: list[Path], csv_path: Path, html_path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ClassTable", "Class table"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        verified = sum(run.verified for run in runs)
        hand_ins = counted(len(runs), translate("ClassTable", "hand-in"), translate("ClassTable", "hand-ins"))
        summary = QLabel(
            translate(
                "ClassTable",
                "<b>{hand_ins}</b>: {verified} verified, {met} verified with the goal met. "
                "Every value was recomputed from the handed-in model.<br>"
                "Saved as {csv} and {page}.",
            ).format(hand_ins=hand_ins, verified=verified, met=goal_met_count(runs), csv=csv_path, page=html_path.name)
        )
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        columns = shown_columns(runs)
        self.table = QTableWidget(len(runs), len(columns))
        self.table.setAccessibleName(translate("ClassTable", "Class table"))
        self.table.setHorizontalHeaderLabels([_header(column) for column in columns])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row_number, run in enumerate(runs):
            row = class_row(run, roots)
            for column_number, column in enumerate(columns):
                text = _cell_text(column, row[column])
                item = _NumberItem(text) if column in NUMERIC else QTableWidgetItem(text)
                if column in NUMERIC:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == "verified":
                    item.setForeground(QBrush(GOOD if row[column] == "yes" else BAD))
                if column == "problems" and row[column]:
                    item.setToolTip(row[column])
                self.table.setItem(row_number, column_number, item)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        page = buttons.addButton(
            translate("ClassTable", "Open the Class Page (with Curves)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        page.clicked.connect(self.open_page)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 420)
