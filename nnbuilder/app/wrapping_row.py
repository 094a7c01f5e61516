"""A row of control groups that wraps onto further lines when the window is narrow."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLayout, QSizePolicy, QVBoxLayout, QWidget


class WrappingRow(QWidget):
    """Groups of controls side by side, wrapping onto a next line when the row is too narrow for
    them all (a 1024-wide screen with a lesson open): the buttons never leave the screen."""

    def __init__(self, groups: list[list[QWidget]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups = [self._box(widgets) for widgets in groups]
        self._lines = QVBoxLayout(self)
        self._lines.setContentsMargins(0, 0, 0, 0)
        self._lines.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # its minimum is one group wide
        self.lines: list[list[int]] = []  # which groups each line holds
        self._arrange(2**30)

    @property
    def one_row(self) -> bool:
        return len(self.lines) == 1

    def _box(self, widgets: list[QWidget]) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        return box

    def _spacing(self) -> int:
        return max(0, self.style().layoutSpacing(
            QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton, Qt.Orientation.Horizontal))  # fmt: skip

    def _plan(self, width: int) -> list[list[int]]:
        lines: list[list[int]] = [[]]
        used = 0
        for index, group in enumerate(self._groups):
            need = group.sizeHint().width() + (self._spacing() if lines[-1] else 0)
            if lines[-1] and used + need > width:
                lines.append([])
                need, used = group.sizeHint().width(), 0
            lines[-1].append(index)
            used += need
        return lines

    def _arrange(self, width: int) -> None:
        plan = self._plan(width)
        if plan == self.lines:
            return
        self.lines = plan
        while (item := self._lines.takeAt(0)) is not None:
            line = item.layout()
            while line is not None and line.takeAt(0) is not None:
                pass
        for groups in plan:
            line = QHBoxLayout()
            for index in groups:
                line.addWidget(self._groups[index])
            line.addStretch(1)
            self._lines.addLayout(line)
        self.updateGeometry()

    def _height(self) -> int:
        line = max(group.sizeHint().height() for group in self._groups)
        return len(self.lines) * line + (len(self.lines) - 1) * max(0, self._lines.spacing())

    def sizeHint(self) -> QSize:
        widths = [group.sizeHint().width() for group in self._groups]
        return QSize(sum(widths) + self._spacing() * (len(widths) - 1), self._height())

    def minimumSizeHint(self) -> QSize:  # one group a line
        return QSize(max(group.sizeHint().width() for group in self._groups), self._height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)
