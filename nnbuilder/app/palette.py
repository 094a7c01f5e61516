"""The layer palette: one entry per catalogue layer; drag one into the stack, or double-click to append."""

from __future__ import annotations

import math

from PySide6.QtCore import QMimeData, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ..i18n import translate
from ..spec import CATALOGUE
from .layer_model import kind_mime

ICON_SIZE = 32


def _draw_dense(painter: QPainter) -> None:
    for y in (7, 16, 25):
        painter.drawLine(QPointF(5, 16), QPointF(24, y))
    for y in (7, 16, 25):
        painter.drawEllipse(QPointF(25, y), 3.5, 3.5)
    painter.drawEllipse(QPointF(6, 16), 3.5, 3.5)


def _draw_activation(painter: QPainter) -> None:  # the relu hinge
    painter.drawLine(QPointF(3, 28), QPointF(29, 28))
    path = QPainterPath(QPointF(3, 22))
    path.lineTo(16, 22)
    path.lineTo(29, 5)
    painter.drawPath(path)


def _draw_dropout(painter: QPainter) -> None:
    for index, (x, y) in enumerate(((9, 9), (23, 9), (9, 23), (23, 23))):
        painter.drawEllipse(QPointF(x, y), 5, 5)
        if index in (1, 2):  # dropped units are crossed out
            painter.drawLine(QPointF(x - 6, y - 6), QPointF(x + 6, y + 6))


def _draw_batchnorm(painter: QPainter) -> None:  # a bell curve: values brought to a steady spread
    path = QPainterPath(QPointF(2, 27))
    for step in range(1, 29):
        x = 2 + step
        path.lineTo(x, 27 - 21 * math.exp(-((x - 16) ** 2) / 30))
    painter.drawPath(path)
    painter.drawLine(QPointF(2, 28), QPointF(30, 28))


DRAWINGS = {"Dense": _draw_dense, "Activation": _draw_activation, "Dropout": _draw_dropout, "BatchNormalization": _draw_batchnorm}
COLOURS = {"Dense": "#2f6fb3", "Activation": "#b36b00", "Dropout": "#8a3fa8", "BatchNormalization": "#2e8b57"}


def layer_icon(class_name: str) -> QIcon:
    """Icons are drawn, not loaded: nothing to ship, crisp at any scale."""
    pixmap = QPixmap(ICON_SIZE * 2, ICON_SIZE * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(COLOURS.get(class_name, "#555555")), 2))
    draw = DRAWINGS.get(class_name)
    if draw is not None:
        draw(painter)
    painter.end()
    return QIcon(pixmap)


class LayerPalette(QListWidget):
    append_requested = Signal(str)  # double-click or Enter: add this layer at the end of the stack

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Palette", "Layer palette"))
        self.setAccessibleDescription(
            translate("Palette", "Drag a layer into the stack, or press Enter or double-click to add it at the end.")
        )
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSpacing(2)
        for kind in CATALOGUE.values():
            item = QListWidgetItem(layer_icon(kind.class_name), kind.class_name)
            item.setToolTip(kind.summary)
            item.setData(Qt.ItemDataRole.UserRole, kind.class_name)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, kind.summary)
            self.addItem(item)
        # Double-click, not itemActivated: some desktops activate on a single click, which would add a
        # layer every time a student only meant to pick one up and drag it.
        self.itemDoubleClicked.connect(self._append)
        self.setCurrentRow(0)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8)

    def _append(self, item: QListWidgetItem) -> None:
        self.append_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self._append(self.currentItem())
            return
        super().keyPressEvent(event)

    def mimeTypes(self) -> list[str]:
        return [kind_mime("").formats()[0]]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        return kind_mime(items[0].data(Qt.ItemDataRole.UserRole))
