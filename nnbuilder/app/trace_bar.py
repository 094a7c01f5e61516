"""The Network tab's row trace: pick a row of the table, trace it through the network, and read the
selected layer's sums written out (the keyboard's way to what pointing at a neuron shows)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ..i18n import translate
from .diagram_trace import ColumnValues
from .wrapping_row import WrappingRow

MAX_SUMS_SHOWN = 3  # of the selected layer's neurons, under the diagram


class TraceBar(QWidget):
    trace_requested = Signal(int, bool)  # row of the table counted from 0, Dropout as in training
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        caption = QLabel(translate("TraceBar", "Trace &row"))
        self.row_spin = QSpinBox()
        self.row_spin.setRange(1, 1)
        self.row_spin.setAccessibleName(translate("TraceBar", "Row to trace"))
        self.row_spin.setToolTip(translate("TraceBar", "A row of the table, numbered as the Data tab numbers it"))
        caption.setBuddy(self.row_spin)
        self.trace_button = QPushButton(translate("TraceBar", "Trace"))
        self.trace_button.setToolTip(translate("TraceBar", "Follow this row through the network: every neuron's value, "
                                                           "and its sum z = w·x + b when you point at it"))  # fmt: skip
        self.dropout_box = QCheckBox(translate("TraceBar", "Dropout as in &training"))
        self.dropout_box.setToolTip(translate("TraceBar", "Let Dropout layers drop values as they do while training "
                                                          "(off: as when predicting)"))  # fmt: skip
        self.clear_button = QPushButton(translate("TraceBar", "Clear"))
        self.clear_button.setEnabled(False)
        self.buttons = WrappingRow([[caption, self.row_spin, self.trace_button], [self.dropout_box, self.clear_button]])
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.buttons)  # the window shows ``result`` under the diagram
        self.trace_button.clicked.connect(self._trace_clicked)
        self.row_spin.editingFinished.connect(self._trace_if_shown)
        self.dropout_box.toggled.connect(self._trace_if_shown)
        self.clear_button.clicked.connect(self.clear)
        self.showing = False

    def set_rows(self, rows: int | None) -> None:
        self.row_spin.setMaximum(max(1, rows or 1))

    def trace_row(self, row: int) -> None:
        """Trace ``row`` (counted from 0), as the Data tab asks."""
        self.row_spin.setValue(row + 1)
        self._trace_clicked()

    def _trace_clicked(self) -> None:
        self.trace_requested.emit(self.row_spin.value() - 1, self.dropout_box.isChecked())

    def _trace_if_shown(self) -> None:
        if self.showing:
            self._trace_clicked()

    def show_traced(self, headline: str, layer_title: str | None, values: ColumnValues | None) -> None:
        self.showing = True
        self.clear_button.setEnabled(True)
        lines = [f"<b>{html.escape(headline)}</b>"]
        if layer_title and values is not None:
            lines.append(f"{html.escape(layer_title)}: {html.escape(values.summary)}")
            lines += [html.escape(tip) for tip in values.tips(MAX_SUMS_SHOWN)]
            if len(values.values) > MAX_SUMS_SHOWN:
                lines.append(translate("TraceBar", "… and {count} more: point at a neuron to read its sum").format(
                    count=len(values.values) - MAX_SUMS_SHOWN))  # fmt: skip
        self.result.setText("<br>".join(lines))
        self.result.show()

    def show_problem(self, text: str) -> None:
        """The row is still asked for, but cannot be traced through the network as it is now."""
        self.result.setText(html.escape(text))
        self.result.show()

    def clear(self) -> None:
        self.showing = False
        self.clear_button.setEnabled(False)
        self.result.hide()
        self.cleared.emit()
