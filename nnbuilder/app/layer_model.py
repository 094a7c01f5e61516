"""The layer stack as a Qt list model: an adapter over the spec's layer list, never a copy of it.

Row moves and palette drops arrive here from the view; the model turns them into requests that
the document makes undoable, and the undo commands call back into insert/remove/move/set below.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..i18n import translate
from ..spec import CATALOGUE, LayerShape, LayerSpec, layer_shape
from ..spec.validate import check_layer
from ..spec.words import counted

ROW_MIME = "application/x-nnbuilder-layer-row"
KIND_MIME = "application/x-nnbuilder-layer-kind"

SHAPE_ROLE = Qt.ItemDataRole.UserRole + 1  # LayerShape | None
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 2  # str | None: why the layer is invalid
SETTINGS_ROLE = Qt.ItemDataRole.UserRole + 3  # "512 units · relu"

AnyIndex = QModelIndex | QPersistentModelIndex


def kind_mime(class_name: str) -> QMimeData:
    """What the palette puts on the drag: which kind of layer to add."""
    data = QMimeData()
    data.setData(KIND_MIME, QByteArray(class_name.encode()))
    return data


def settings_text(layer: LayerSpec) -> str:
    config = layer.config
    parts = []
    if "units" in config:
        parts.append(counted(config["units"], translate("LayerModel", "unit"), translate("LayerModel", "units")))
    if "rate" in config:
        parts.append(translate("LayerModel", "rate {rate:g}").format(rate=config["rate"]))
    if "activation" in config:
        parts.append(str(config["activation"]))
    return " · ".join(parts)


class LayerListModel(QAbstractListModel):
    move_requested = Signal(int, int)  # (source row, target row in the new order)
    insert_requested = Signal(int, str)  # (row, layer class name)
    layers_edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.layers: list[LayerSpec] = []
        self.input_width: int | None = None
        self._shapes: list[LayerShape | None] = []
        self._problems: list[str | None] = []
        self.editable = True

    # The spec side ---------------------------------------------------------------------------
    def set_layers(self, layers: list[LayerSpec]) -> None:
        self.beginResetModel()
        self.layers = layers
        self._recompute()
        self.endResetModel()
        self.layers_edited.emit()

    def set_input_width(self, width: int | None) -> None:
        self.input_width = width
        self._refresh_all()

    def insert_layers(self, row: int, layers: list[LayerSpec]) -> None:
        self.beginInsertRows(QModelIndex(), row, row + len(layers) - 1)
        self.layers[row:row] = layers
        self.endInsertRows()
        self._refresh_all()

    def remove_layers(self, row: int, count: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self.layers[row : row + count]
        self.endRemoveRows()
        self._refresh_all()

    def move_layer(self, source: int, target: int) -> None:
        # Qt wants the destination before the move; the list wants it after.
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target + 1 if target > source else target)
        self.layers.insert(target, self.layers.pop(source))
        self.endMoveRows()
        self._refresh_all()

    def set_setting(self, row: int, name: str, value: Any, present: bool = True) -> None:
        if present:
            self.layers[row].config[name] = value
        else:
            self.layers[row].config.pop(name, None)
        self._refresh_all()

    def _recompute(self) -> None:
        """Shapes flow down the stack, so any edit can change every later row."""
        self._shapes, self._problems = [], []
        width = self.input_width
        for index, layer in enumerate(self.layers):
            problems = check_layer(index, layer)
            if problems or width is None:
                self._shapes.append(None)
                self._problems.append(problems[0].split(": ", 1)[-1] if problems else None)
                width = None
                continue
            shape = layer_shape(layer, width)
            self._shapes.append(shape)
            self._problems.append(None)
            width = shape.output_width

    def _refresh_all(self) -> None:
        self._recompute()
        if self.layers:
            self.dataChanged.emit(self.index(0), self.index(len(self.layers) - 1))
        self.layers_edited.emit()

    def shape(self, row: int) -> LayerShape | None:
        return self._shapes[row]

    def total_params(self) -> int | None:
        """Parameters of the whole network, or None while any layer cannot be counted."""
        if not self._shapes or any(shape is None for shape in self._shapes):
            return None if self._shapes else 0
        return sum(shape.params for shape in self._shapes if shape is not None)

    def problems(self) -> list[str]:
        return [
            translate("LayerModel", "layer {number}: {problem}").format(number=i + 1, problem=p)
            for i, p in enumerate(self._problems)
            if p
        ]

    # The Qt side ------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.layers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.layers):
            return None
        row = index.row()
        layer = self.layers[row]
        if role == Qt.ItemDataRole.DisplayRole:
            settings = settings_text(layer)
            return f"{layer.class_name}  {settings}" if settings else layer.class_name
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = CATALOGUE.get(layer.class_name)
            lines = [kind.summary if kind else layer.class_name]
            shape = self._shapes[row]
            if self._problems[row]:
                lines.append(translate("LayerModel", "Problem: {problem}").format(problem=self._problems[row]))
            elif shape is not None:
                lines.append(
                    translate("LayerModel", "Output: {values:,} values. Parameters: {explanation}.").format(
                        values=shape.output_width, explanation=shape.explanation
                    )
                )
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == SHAPE_ROLE:
            return self._shapes[row]
        if role == PROBLEM_ROLE:
            return self._problems[row]
        if role == SETTINGS_ROLE:
            return settings_text(layer)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not self.editable:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, never onto one
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME, KIND_MIME]

    def mimeData(self, indexes: list[AnyIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data.setData(ROW_MIME, QByteArray(json.dumps(rows).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        return self.editable and (data.hasFormat(ROW_MIME) or data.hasFormat(KIND_MIME))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        destination = len(self.layers) if row < 0 else row
        if data.hasFormat(KIND_MIME):
            class_name = bytes(data.data(KIND_MIME).data()).decode()
            if class_name not in CATALOGUE:
                return False
            self.insert_requested.emit(destination, class_name)
            return True
        rows = json.loads(bytes(data.data(ROW_MIME).data()).decode() or "[]")
        if len(rows) != 1:
            return False
        return self.moveRows(QModelIndex(), rows[0], 1, QModelIndex(), destination)

    def moveRows(self, source_parent: AnyIndex, source_row: int, count: int, destination_parent: AnyIndex, destination_child: int) -> bool:
        """Qt's move (destination counted before the move) → one undoable move request."""
        if count != 1 or source_parent.isValid() or destination_parent.isValid() or not self.editable:
            return False
        target = destination_child - 1 if destination_child > source_row else destination_child
        if not 0 <= source_row < len(self.layers) or target == source_row:
            return False
        self.move_requested.emit(source_row, max(0, min(target, len(self.layers) - 1)))
        return True
