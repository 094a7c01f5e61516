"""The layer stack: an input row, the list of layers (drag to reorder), and the total parameter count."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from ..i18n import translate
from ..spec.words import counted
from .layer_model import PROBLEM_ROLE, SETTINGS_ROLE, SHAPE_ROLE
from .palette import layer_icon

PROBLEM_COLOUR = QColor("#c62828")
ROW_PADDING = 6


class LayerDelegate(QStyledItemDelegate):
    """Paints a row as: icon, number and type, key settings | output width, parameter count."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(260, 2 * height + 2 * ROW_PADDING + 2)

    def _count_rect(self, option: QStyleOptionViewItem) -> QRect:
        widest = translate("StackView", "{count:,} params").format(count=999_999_999).replace("9", "0")
        width = option.fontMetrics.horizontalAdvance(widest) + ROW_PADDING
        rect = option.rect
        return QRect(rect.right() - width, rect.top(), width, rect.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if style is not None:  # background and focus, as the platform draws them
            option.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        faint = QColor(text_colour)
        faint.setAlpha(170)
        model = index.model()
        layer = model.layers[index.row()]
        rect = option.rect.adjusted(ROW_PADDING, ROW_PADDING, -ROW_PADDING, -ROW_PADDING)
        line = option.fontMetrics.height()

        icon_size = 2 * line
        layer_icon(layer.class_name).paint(painter, QRect(rect.left(), rect.top(), icon_size, icon_size))
        left = rect.left() + icon_size + ROW_PADDING
        count_rect = self._count_rect(option)
        text_width = count_rect.left() - left - ROW_PADDING

        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(QRect(left, rect.top(), text_width, line), Qt.AlignmentFlag.AlignLeft, f"{index.row() + 1}. {layer.class_name}")

        painter.setFont(option.font)
        problem = index.data(PROBLEM_ROLE)
        painter.setPen(PROBLEM_COLOUR if problem else faint)
        detail = problem or index.data(SETTINGS_ROLE) or translate("StackView", "no settings")
        elided = option.fontMetrics.elidedText(detail, Qt.TextElideMode.ElideRight, text_width)
        painter.drawText(QRect(left, rect.top() + line, text_width, line), Qt.AlignmentFlag.AlignLeft, elided)

        shape = index.data(SHAPE_ROLE)
        right = count_rect.adjusted(0, ROW_PADDING, -ROW_PADDING, -ROW_PADDING)
        painter.setPen(text_colour)
        params = "–" if shape is None else translate("StackView", "{count:,} params").format(count=shape.params)
        painter.drawText(QRect(right.left(), right.top(), right.width(), line), Qt.AlignmentFlag.AlignRight, params)
        painter.setPen(faint)
        values = "" if shape is None else counted(shape.output_width, translate("StackView", "value"),
                                                   translate("StackView", "values"))  # fmt: skip
        output = f"→ {values}" if values else ""
        painter.drawText(QRect(right.left(), right.top() + line, right.width(), line), Qt.AlignmentFlag.AlignRight, output)
        painter.restore()

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Hovering the count explains it ("11 inputs × 512 units + 512 biases = 6,144")."""
        shape = index.data(SHAPE_ROLE) if index.isValid() else None
        if shape is not None and self._count_rect(option).contains(event.pos()):
            QToolTip.showText(
                event.globalPos(), translate("StackView", "Parameters: {explanation}").format(explanation=shape.explanation),
                view,
            )  # fmt: skip
            return True
        return super().helpEvent(event, view, option, index)


class LayerStackView(QListView):
    """Drag rows to reorder, drop palette entries between rows; moves go through the model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("StackView", "Layer stack"))
        self.setItemDelegate(LayerDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        # DragDrop, not InternalMove: palette entries must be droppable too. QListView turns a
        # drag of its own row into model.moveRows, which the model makes one undoable move.
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setUniformItemSizes(True)
        self.setAlternatingRowColors(True)
