"""The builder column beside the tabs: the input row, the output/target banner, the layer stack,
the parameter count, and the selected layer's settings under them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..i18n import translate
from .panel import ParameterPanel
from .stack_view import LayerStackView


def _wrapping_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    # Wrapped rich text would otherwise claim its whole length as minimum width.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class MismatchBanner(QFrame):
    """A red box: what in the output or the loss does not fit the target, and a one-click fix.
    The builder column and the Training tab each show one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mismatch")
        self.setStyleSheet("#mismatch { background: #fdecea; border: 1px solid #c62828; border-radius: 4px; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        self.label = _wrapping_label()
        self.label.setStyleSheet("color: #8e1b1b;")
        self.fix = QPushButton(translate("BuilderColumn", "Fix it"))
        self.fix.setAccessibleName(translate("BuilderColumn", "Fix the network's output"))
        row.addWidget(self.label, 1)
        row.addWidget(self.fix)
        self.hide()

    def show_problem(self, text: str, fix_tip: str) -> None:
        self.label.setText(text)
        self.fix.setToolTip(fix_tip)
        self.setVisible(bool(text))


class BuilderColumn(QSplitter):
    """Widgets only: the window fills them from the document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        stack_panel = QWidget()
        column = QVBoxLayout(stack_panel)
        column.setContentsMargins(8, 8, 8, 8)
        input_row = QHBoxLayout()
        self.input_label = _wrapping_label()
        self.input_spin = QSpinBox()
        self.input_spin.setRange(1, 100_000)
        self.input_spin.setAccessibleName(translate("BuilderColumn", "Input width"))
        self.input_spin.setToolTip(
            translate("BuilderColumn", "How many numbers go into the network (set by the data once it loads)")
        )
        self.input_label.setBuddy(self.input_spin)
        input_row.addWidget(self.input_label, 1)
        input_row.addWidget(self.input_spin)
        column.addLayout(input_row)

        self.mismatch = MismatchBanner()
        self.mismatch_label, self.mismatch_fix = self.mismatch.label, self.mismatch.fix
        column.addWidget(self.mismatch)

        self.stack = LayerStackView()
        column.addWidget(self.stack, 1)
        self.total_label = _wrapping_label()
        self.total_label.setAccessibleName(translate("BuilderColumn", "Total parameters"))
        font = QFont(self.total_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.total_label.setFont(font)
        column.addWidget(self.total_label)
        self.limit_label = _wrapping_label()  # an assignment's limit: "12,345 of 20,000 weights"
        self.limit_label.setAccessibleName(translate("BuilderColumn", "Weight limit"))
        self.limit_label.setFont(font)
        self.limit_label.hide()
        column.addWidget(self.limit_label)

        # The selected layer's settings sit under the stack, so the diagram keeps the width.
        self.panel = ParameterPanel()
        self.addWidget(stack_panel)
        self.addWidget(self.panel)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(False)
        self.setMinimumWidth(300)  # the stack's rows need room for their counts
