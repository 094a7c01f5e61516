"""Qt models over a table: the rows of the data preview, and the list of its columns with their roles.

The preview formats a cell only when the view asks for it, that is only the visible ones, so a
table of a million rows scrolls as quickly as one of ten.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..i18n import QT_TRANSLATE_NOOP, translate, translate_marked

if TYPE_CHECKING:
    import pandas as pd

    from ..engine.data import ColumnInfo

Index = QModelIndex | QPersistentModelIndex
MISSING_COLOR = QColor(255, 205, 210, 110)  # a pale red that reads on light and dark palettes
# Looked up once: the preview's data() runs for every role of every visible cell.
DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
MISSING_ROLES = (BACKGROUND, Qt.ItemDataRole.ToolTipRole)
ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ROLES = ("feature", "target", "ignored")  # what nnbuilder.engine.data.with_role accepts
# Marked here, translated where shown: the roles and kinds themselves stay the engine's words.
ROLE_WORDS = {
    "feature": QT_TRANSLATE_NOOP("TableModel", "feature"),
    "target": QT_TRANSLATE_NOOP("TableModel", "target"),
    "ignored": QT_TRANSLATE_NOOP("TableModel", "ignored"),
}
COLUMN_HELP = (
    QT_TRANSLATE_NOOP("TableModel", "The column's name in the table's header row."),
    QT_TRANSLATE_NOOP("TableModel", "What its cells hold: numbers, whole numbers, true/false, or text."),
    QT_TRANSLATE_NOOP("TableModel", "How many of its cells are empty."),
    QT_TRANSLATE_NOOP("TableModel", "How many different values it holds."),
    QT_TRANSLATE_NOOP("TableModel", "What the network does with it; click to change."),
)
ROLE_HELP = {
    "feature": QT_TRANSLATE_NOOP("TableModel", "The network sees this column as an input."),
    "target": QT_TRANSLATE_NOOP("TableModel", "The column the network learns to predict."),
    "ignored": QT_TRANSLATE_NOOP("TableModel", "Left out: the network never sees this column."),
}


def role_words(role: str) -> str:
    """A column's role as the window shows it: 'feature' in English, translated in another language."""
    return translate_marked("TableModel", ROLE_WORDS[role]) if role in ROLE_WORDS else role


def kind_words(kind: str) -> str:
    """What a column's cells hold (ColumnInfo.kind, marked in engine/data.py), as the window shows it."""
    return translate_marked("Data", kind)


def format_value(value: Any) -> str:
    """A cell as a student typed it: 7.4 not 7.4000001, '' when missing."""
    if _is_missing(value):
        return ""
    if isinstance(value, float):
        # 5 rather than 5.0 (a column of whole numbers is stored as floats when a cell is empty);
        # otherwise the shortest text that reads back as the same number
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        text = repr(value)
        # A measured value keeps its digits; a computed one (0.0380759064334241) shows 6 significant
        # digits, which is all a table on screen can be read to.
        return text if len(text) <= 10 else f"{value:.6g}"
    return str(value)


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


class FrameTableModel(QAbstractTableModel):
    """Read-only rows of a DataFrame; rows are numbered from 1 as in a spreadsheet.

    ``shown_words`` gives the words shown for the frame's own column names and text cells, when
    those are machine-readable names (a predictions table's "actual", "yes"): the frame keeps them."""

    def __init__(self, parent: QWidget | None = None, shown_words: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self._shown_words = shown_words
        self._frame: pd.DataFrame | None = None
        self._rows = 0
        self._columns: list[Any] = []
        self._numeric: list[bool] = []

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        self.beginResetModel()
        self._frame = frame
        self._rows = 0 if frame is None else len(frame)
        # Numbers are read straight from their numpy arrays (no copy); other columns through pandas.
        self._columns, self._numeric = [], []
        if frame is not None:
            import pandas as pd

            for _, series in frame.items():
                numeric = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
                self._columns.append(series.to_numpy() if numeric else series)
                self._numeric.append(numeric)
        self.endResetModel()

    def frame(self) -> pd.DataFrame | None:
        return self._frame

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def value(self, row: int, column: int) -> Any:
        values = self._columns[column]
        value = values[row] if self._numeric[column] else values.iat[row]
        return value.item() if hasattr(value, "item") else value  # numpy scalars to Python numbers

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called for every role of every visible cell at each repaint: the cheapest tests come first.
        if role == DISPLAY:
            value = self.value(index.row(), index.column())
            if self._shown_words is not None and isinstance(value, str):
                return self._shown_words(value)
            return format_value(value)
        if role == ALIGNMENT:
            return ALIGN_NUMBER if self._numeric[index.column()] else ALIGN_TEXT
        if role in MISSING_ROLES and _is_missing(self.value(index.row(), index.column())):
            return QBrush(MISSING_COLOR) if role == BACKGROUND else translate("TableModel", "missing value")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._frame is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            name = str(self._frame.columns[section])
            return name if self._shown_words is None else self._shown_words(name)
        return f"{section + 1:,}"


class ColumnListModel(QAbstractTableModel):
    """One row per table column: name, type, missing and distinct counts, and its role.

    The role is edited here but owned by the project: an edit only asks for it (role_requested);
    the list shows the new role once set_roles brings it back.
    """

    role_requested = Signal(str, str)  # (column, role)
    HEADERS = (
        QT_TRANSLATE_NOOP("TableModel", "Column"),
        QT_TRANSLATE_NOOP("TableModel", "Type"),
        QT_TRANSLATE_NOOP("TableModel", "Missing"),
        QT_TRANSLATE_NOOP("TableModel", "Distinct"),
        QT_TRANSLATE_NOOP("TableModel", "Role"),
    )
    ROLE_COLUMN = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns: list[ColumnInfo] = []
        self._roles: dict[str, str] = {}
        self._left_out: dict[str, str] = {}  # feature columns prepare() could not use, and why

    def set_columns(self, columns: list[ColumnInfo]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def set_roles(self, roles: dict[str, str], left_out: dict[str, str]) -> None:
        self._roles, self._left_out = dict(roles), dict(left_out)
        if self._columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._columns) - 1, len(self.HEADERS) - 1))

    def column_names(self) -> list[str]:
        return [info.name for info in self._columns]

    def info(self, row: int) -> ColumnInfo:
        return self._columns[row]

    def role(self, name: str) -> str:
        return self._roles.get(name, "feature")

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.ROLE_COLUMN else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._columns[index.row()]
        column = index.column()
        column_role = self.role(info.name)
        if role == Qt.ItemDataRole.EditRole and column == self.ROLE_COLUMN:
            return column_role  # the role itself, as the Role drop-down and setData take it
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.ROLE_COLUMN:
                if info.name in self._left_out:
                    return translate("TableModel", "{role} (left out)").format(role=role_words(column_role))
                return role_words(column_role)
            if column == 3 and info.many_distinct:
                return translate("TableModel", "over {count:,}").format(count=info.distinct)
            return (info.name, kind_words(info.kind), f"{info.missing:,}", f"{info.distinct:,}")[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.ROLE_COLUMN:
                why = self._left_out.get(info.name) or translate_marked("TableModel", ROLE_HELP[column_role])
                return translate("TableModel", "{why} Click to change.").format(why=why)
            if column == 0:
                return self._left_out.get(info.name, info.name)
            if column == 3 and info.many_distinct:
                return translate(
                    "TableModel", "More than {count:,} different values: measurements or names, not categories."
                ).format(count=info.distinct)
            return translate("TableModel", "pandas type: {dtype}").format(dtype=info.dtype) if column == 1 else None
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and info.name in self._left_out:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and column_role == "target":
            font = QApplication.font()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (
            column_role == "ignored" or (column == self.ROLE_COLUMN and info.name in self._left_out)
        ):
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.ROLE_COLUMN or value not in ROLES:
            return False
        name = self._columns[index.row()].name
        if value != self.role(name):
            self.role_requested.emit(name, value)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate_marked("TableModel", self.HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return translate_marked("TableModel", COLUMN_HELP[section])
        return None


class RoleDelegate(QStyledItemDelegate):
    """A drop-down of the three roles in the Role column; the choice is committed as it is made.
    Each entry shows the role in the window's language and carries the role itself as its data."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for number, name in enumerate(ROLES):
            combo.addItem(role_words(name), name)
            combo.setItemData(number, translate_marked("TableModel", ROLE_HELP[name]), Qt.ItemDataRole.ToolTipRole)
        combo.setAccessibleName(translate("TableModel", "Role"))
        combo.activated.connect(lambda _: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(str(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
