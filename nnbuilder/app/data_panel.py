"""The Data tab: open a table or a built-in set, see its rows and columns, choose the target.

The project's DataSpec is the single source of truth: every choice made here (a file, a role, a
preprocessing setting) is sent as a new DataSpec through data_spec_changed, and the panel shows it
once set_data_spec brings it back. Opening a file reads it first: a file that cannot be read, or
whose reading is cancelled, leaves the project and the table shown as they were.
"""

from __future__ import annotations

import copy
import dataclasses
import html
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyqtgraph as pg
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..engine.datasets import BUILTIN_DATASETS
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..spec import BUILTIN_PREFIX, DataSpec, Param
from ..spec.project import MISSING_POLICIES, SCALINGS
from ..spec.validate import NOISE, SAMPLES, SPLIT, SPLIT_SEED, STRATIFY
from ..spec.words import sentence
from .chart_table import ChartData
from .data_plots import ColumnHistogram, ColumnScatter
from .data_probe import DataProbe, DataSummary
from .panel import PROBLEM_COLOR, ParameterPanel
from .table_model import ColumnListModel, FrameTableModel, RoleDelegate

if TYPE_CHECKING:
    from ..engine.data import ColumnInfo, Table

SCALING = Param(
    "scaling", "choice", "standard",
    QT_TRANSLATE_NOOP(
        "DataPanel",
        "How numbers are rescaled for the network: standard = mean 0 and spread 1, minmax = from 0 to 1, "
        "none = as in the table.",
    ),
    choices=SCALINGS, context="DataPanel",
)  # fmt: skip
MISSING = Param(
    "missing", "choice", "drop",
    QT_TRANSLATE_NOOP(
        "DataPanel",
        "Rows with an empty feature cell: drop them, or impute (fill in the median, or the most frequent text).",
    ),
    choices=MISSING_POLICIES, context="DataPanel",
)  # fmt: skip
SPLIT_PARAMS = (SPLIT, SPLIT_SEED, STRATIFY, SCALING, MISSING)
GENERATED_PARAMS = (SAMPLES, NOISE)


def _data_filter() -> str:
    """The Open data dialog's filter; only its words are translated."""
    tables, everything = translate("DataPanel", "Tables"), translate("DataPanel", "All files")
    return f"{tables} (*.csv *.tsv *.txt);;{everything} (*)"

WARNING_COLOR = "#a15c00"  # amber, readable on a light background
PROGRESS_DELAY_MS = 250  # a quick load never flashes a progress bar
WIDTH_SAMPLE_ROWS = 50  # the preview's column widths are measured on this many rows
MAX_WARNINGS_SHOWN = 3  # the rest are in the tooltip, so a wide table's warnings leave room for the table


def _escape(text: str) -> str:
    """``text`` for a rich-text label (a label is no attribute: quotes need no escaping)."""
    return html.escape(text, quote=False)


def _numeric_kind(info: ColumnInfo) -> bool:
    return info.kind in ("number", "whole number", "true/false")


def _open_tip() -> str:
    return translate("DataPanel", "Open a table (CSV or TSV); you can also drop a file here")


class DataPanel(QWidget):
    """The Data tab of the main window."""

    data_spec_changed = Signal(object)  # a new DataSpec the user asks for (a copy)
    summary_changed = Signal(object)  # DataSummary for the DataSpec last given to set_data_spec
    row_chosen = Signal(int)  # a row of the table to trace through the network (counted from 0)

    def __init__(self, parent: QWidget | None = None, probe: DataProbe | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.probe = probe or DataProbe(self)
        self.probe.progress.connect(self._progressed)
        self.probe.table_read.connect(self._table_read)
        self.probe.finished.connect(self._finished)
        self._spec = DataSpec()
        self._base_dir: Path | None = None
        self._loss: str | None = None
        # What set_data_spec asked for last, and what the summary shown answers.
        self._asked: tuple[DataSpec, Path | None, str | None] | None = None
        self._shown_for: tuple[DataSpec, Path | None, str | None] | None = None
        self._summary: DataSummary | None = None
        self._announced: DataSummary | None = None  # the last summary sent through summary_changed
        self._table: Table | None = None  # the table shown
        self._columns: list[ColumnInfo] = []
        self._loading: str | None = None  # "spec" while reading the project's data, "candidate" for a file opened here
        self._candidate: DataSpec | None = None
        self._reading = False
        self._preprocessing_params: tuple[Param, ...] = ()
        self._roles_locked: str | None = None  # why the columns' roles cannot change (an assignment)

        self._build()
        self._show_summary_text(None)

    # Building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.open_action = QAction(translate("DataPanel", "Open &Data…"), self)
        self.open_action.setStatusTip(translate("DataPanel", "Open a table (CSV or TSV) to train on"))
        self.open_action.triggered.connect(lambda: self.open_file())
        open_button = self.open_button = QPushButton(translate("DataPanel", "Open data…"))
        open_button.setToolTip(_open_tip())
        open_button.clicked.connect(self.open_action.trigger)

        self.builtin_menu = QMenu(translate("DataPanel", "&Built-in Data Set"), self)
        for dataset in BUILTIN_DATASETS.values():
            description = dataset.shown_description()
            action = self.builtin_menu.addAction(f"{dataset.name}: {description}")
            action.setStatusTip(description)
            action.setData(dataset.name)
            action.triggered.connect(lambda _=False, name=dataset.name: self.choose_builtin(name))
        builtin_button = self.builtin_button = QPushButton(translate("DataPanel", "Built-in data set"))
        builtin_button.setMenu(self.builtin_menu)
        builtin_button.setAccessibleName(translate("DataPanel", "Choose a built-in data set"))

        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(open_button)
        top.addWidget(builtin_button)
        top.addWidget(self.source_label, 1)

        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setAccessibleName(translate("DataPanel", "Reading progress"))
        self.cancel_button = QPushButton(translate("DataPanel", "Cancel"))
        self.cancel_button.setToolTip(translate("DataPanel", "Stop reading; the data shown stays as it is"))
        self.cancel_button.clicked.connect(self.cancel_load)
        self.progress_row = QWidget()
        progress = QHBoxLayout(self.progress_row)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.cancel_button)
        self.progress_row.hide()
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._show_progress_row)

        self.error_label = self._message_label(PROBLEM_COLOR)
        self.error_label.setAccessibleName(translate("DataPanel", "Data problem"))
        self.notice_label = self._message_label(None)
        self.warnings_label = self._message_label(WARNING_COLOR)
        self.warnings_label.setAccessibleName(translate("DataPanel", "Data warnings"))
        self.task_label = self._message_label(None)
        self.task_label.setAccessibleName(translate("DataPanel", "Task"))
        self.inputs_label = self._message_label(None)
        self.inputs_label.setAccessibleName(translate("DataPanel", "Network inputs"))

        self.columns_model = ColumnListModel(self)
        self.columns_model.role_requested.connect(self._role_requested)
        self.columns_view = QTableView()
        self.columns_view.setModel(self.columns_model)
        self.columns_view.setAccessibleName(translate("DataPanel", "Columns"))
        self.columns_view.setItemDelegateForColumn(ColumnListModel.ROLE_COLUMN, RoleDelegate(self.columns_view))
        self.columns_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columns_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.columns_view.verticalHeader().hide()
        self.columns_view.setWordWrap(False)  # long names are cut short; their tooltip has them whole
        header = self.columns_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.columns_view.selectionModel().currentRowChanged.connect(lambda *_: self._draw_histogram())

        self.preprocessing = ParameterPanel()
        self.preprocessing.value_changed.connect(self._setting_edited)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.columns_view)
        left.addWidget(self.preprocessing)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setChildrenCollapsible(False)

        self.table_model = FrameTableModel(self)
        self.table_view = QTableView()
        self.table_view.setModel(self.table_model)
        self.table_view.setAccessibleName(translate("DataPanel", "Data preview"))
        rows = self.table_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # a million rows: never measure each one
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        # Column widths from the first rows: measuring a million would take seconds.
        self.table_view.horizontalHeader().setResizeContentsPrecision(WIDTH_SAMPLE_ROWS)
        # Double-click or Enter on a row traces it through the network (Network tab).
        self.table_view.setToolTip(translate("DataPanel", "Double-click a row (or press Enter) to trace it through the network"))
        # Not ``activated``: where the desktop opens items on a single click, a click would jump tabs.
        self.table_view.doubleClicked.connect(lambda index: self.row_chosen.emit(index.row()))
        trace_action = QAction(translate("DataPanel", "Trace This Row Through the Network"), self.table_view)
        trace_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        trace_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        trace_action.triggered.connect(self._trace_current_row)
        self.table_view.addAction(trace_action)
        self.table_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        histogram_tab = self.histogram_plot = ColumnHistogram()
        scatter_tab = self.scatter_plot = ColumnScatter()
        # The plots' parts keep the names they have always had here.
        self.histogram, self.histogram_title, self.histogram_access = (
            histogram_tab.plot, histogram_tab.title, histogram_tab.access
        )
        self.scatter, self.scatter_x, self.scatter_y, self.scatter_caption, self.scatter_access = (
            scatter_tab.plot, scatter_tab.x_combo, scatter_tab.y_combo, scatter_tab.caption, scatter_tab.access
        )
        self.scatter_legend = scatter_tab.legend

        self.tabs = QTabWidget()
        self.tabs.addTab(self.table_view, translate("DataPanel", "Table"))
        self.tabs.addTab(histogram_tab, translate("DataPanel", "Histogram"))
        self.tabs.addTab(scatter_tab, translate("DataPanel", "Scatter"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 480])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress_row)
        for label in (self.error_label, self.notice_label, self.warnings_label, self.task_label, self.inputs_label):
            layout.addWidget(label)
        layout.addWidget(splitter, 1)

    def _message_label(self, color: str | None) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if color:
            label.setStyleSheet(f"color: {color};")
        label.hide()
        return label

    def set_locked(self, source: str | None, roles: str | None, fields: dict[str, str]) -> None:
        """An assignment's locks, each given as why: the table itself, the columns' roles, and
        preprocessing fields. Locked settings still show; they cannot be changed."""
        for widget in (self.open_action, self.open_button, self.builtin_button, self.builtin_menu):
            widget.setEnabled(source is None)
        self.open_button.setToolTip(source or _open_tip())
        self.builtin_button.setToolTip(source or "")
        self.setAcceptDrops(source is None)
        self._roles_locked = roles
        self.columns_view.setToolTip(roles or "")
        self._show_role_locks()
        self.preprocessing.set_locked(fields)

    def _show_role_locks(self) -> None:
        """The Role drop-downs are always open: a locked target or input set disables them."""
        for row in range(self.columns_model.rowCount()):
            editor = self.columns_view.indexWidget(self.columns_model.index(row, ColumnListModel.ROLE_COLUMN))
            if editor is not None:
                editor.setEnabled(self._roles_locked is None)
                editor.setToolTip(self._roles_locked or "")

    # What the project says --------------------------------------------------------------------
    def set_data_spec(self, data: DataSpec, base_dir: Path | None, loss: str | None) -> None:
        """Show ``data`` (no signal is sent); the table is read again only when its source changed."""
        self._spec, self._base_dir, self._loss = copy.deepcopy(data), base_dir, loss
        self._show_preprocessing()
        self._show_roles()
        asked = (copy.deepcopy(data), base_dir, loss)
        if asked != self._asked:
            self._asked = asked
            self._start("spec", data)
        elif self._loading is None and self._summary is not None and self._shown_for == asked:
            self._announce(self._summary)
        # Otherwise the answer is on its way, or a file opened here is being read: either goes on.

    def _ask_again(self) -> None:
        """Read the project's data once more (after a file opened here replaced its request)."""
        if self._asked is not None and self._shown_for != self._asked:
            self._start("spec", self._asked[0])

    def summary(self) -> DataSummary | None:
        return self._summary

    def is_loading(self) -> bool:
        return self._loading is not None

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self.probe.wait(milliseconds)

    # Choosing data -----------------------------------------------------------------------------
    def ask_data_path(self) -> Path | None:
        """The file the user picks (tests replace this)."""
        start = str(self._base_dir or Path.home())
        name, _ = QFileDialog.getOpenFileName(self, translate("DataPanel", "Open data"), start, _data_filter())
        return Path(name) if name else None

    def open_file(self, path: Path | None = None) -> None:
        """Read ``path`` (asked for when None); only a table that reads is put into the project."""
        path = path or self.ask_data_path()
        if path is None:
            return
        candidate = copy.deepcopy(self._spec)
        candidate.source = self._source_text(Path(path))
        candidate.target, candidate.features, candidate.samples, candidate.noise = None, None, None, None
        self._candidate = candidate
        self._start("candidate", candidate)

    def _source_text(self, path: Path) -> str:
        """Relative to the project's folder when the file is inside it (they move together), else absolute."""
        path = path.resolve()
        if self._base_dir is not None and path.is_relative_to(self._base_dir.resolve()):
            return Path(os.path.relpath(path, self._base_dir.resolve())).as_posix()
        return str(path)

    def choose_builtin(self, name: str) -> None:
        """Switch the project to ``builtin:name``, with that set's own target."""
        changed = copy.deepcopy(self._spec)
        changed.source = f"{BUILTIN_PREFIX}{name}"
        changed.target, changed.features, changed.samples, changed.noise = None, None, None, None
        self.data_spec_changed.emit(changed)

    def cancel_load(self) -> None:
        if self._reading:
            self.probe.cancel()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_file(path)

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        return files[0] if files and files[0].is_file() else None

    @Slot()
    def _trace_current_row(self) -> None:
        index = self.table_view.currentIndex()
        if index.isValid():
            self.row_chosen.emit(index.row())

    @Slot(str, str)
    def _role_requested(self, column: str, role: str) -> None:
        from ..engine.data import with_role

        default = self._table.default_target if self._table is not None else None
        if self.columns_model.role(column) == "target":
            self._notice(
                translate("DataPanel", "'{column}' stays the target until you make another column the target.").format(
                    column=_escape(column)
                )
            )
            self._show_roles()
            return
        self.data_spec_changed.emit(with_role(self._spec, self.columns_model.column_names(), column, role, default))

    @Slot(str, object)
    def _setting_edited(self, name: str, value: Any) -> None:
        self.data_spec_changed.emit(dataclasses.replace(copy.deepcopy(self._spec), **{name: value}))

    # Loading ------------------------------------------------------------------------------------
    def _start(self, kind: str, data: DataSpec) -> None:
        self._loading = kind
        self._reading = True
        self.cancel_button.setEnabled(True)
        name = Path(data.source).name if not data.is_builtin else data.source
        self.progress_label.setText(translate("DataPanel", "Reading {name}…").format(name=_escape(name)))
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self._notice(None)
        self.probe.probe(data, self._base_dir, self._loss, read_only=kind == "candidate")
        self._progress_timer.start()

    @Slot()
    def _show_progress_row(self) -> None:
        if self._loading is not None:
            self.progress_row.show()

    @Slot(float)
    def _progressed(self, fraction: float) -> None:
        if self._reading:
            self.progress_bar.setValue(round(fraction * 100))

    @Slot(object, object)
    def _table_read(self, table: Table, columns: list[ColumnInfo]) -> None:
        self._reading = False
        self.cancel_button.setEnabled(False)  # preparing cannot be interrupted; it takes moments
        self.progress_label.setText(translate("DataPanel", "Preparing the network inputs…"))
        self.progress_bar.setRange(0, 0)
        if self._loading == "spec":
            self._show_table(table, columns)

    @Slot(object)
    def _finished(self, summary: DataSummary) -> None:
        kind, self._loading, self._reading = self._loading, None, False
        self._progress_timer.stop()
        self.progress_row.hide()
        if kind == "candidate":
            self._candidate_finished(summary)
            return
        self._summary, self._shown_for = summary, self._asked
        if summary.cancelled:
            self._show_table(None, [])
        elif summary.table is not None:
            self._show_table(summary.table, summary.columns)
        else:
            self._show_table(None, [])
        self._show_summary_text(summary)
        self._show_roles()
        self._announce(summary)

    def _candidate_finished(self, summary: DataSummary) -> None:
        candidate, self._candidate = self._candidate, None
        name = Path(summary.source).name
        still = ""
        if self._table is not None:
            still = " " + translate("DataPanel", "The data shown is still {name}.").format(name=_escape(self._table.name))
        if summary.cancelled or summary.table is None:
            if summary.cancelled:
                self._notice(translate("DataPanel", "Opening {name} was cancelled.").format(name=_escape(name)) + still)
            else:
                self.error_label.setText(_escape(sentence(summary.error or "")) + still)
                self.error_label.show()
            self._ask_again()
            return
        assert candidate is not None
        columns = [info.name for info in summary.columns]
        # A new file keeps the target it had when that column is there too, else takes the last
        # column, where tables usually keep what is to be predicted; the column list changes it.
        previous = self._spec.target
        candidate.target = previous if previous in columns else columns[-1]
        if candidate == self._spec:  # the project's own file, opened again: show it again
            self._asked = None
            self.set_data_spec(candidate, self._base_dir, self._loss)
        else:
            self.data_spec_changed.emit(candidate)
        if self._loading == "spec" and self._asked is not None and self._asked[0] == candidate:
            # The project took the file and its table is being planned: show the table meanwhile.
            self._show_table(summary.table, summary.columns)

    def _announce(self, summary: DataSummary) -> None:
        if summary is not self._announced:
            self._announced = summary
            self.summary_changed.emit(summary)

    # Showing -----------------------------------------------------------------------------------
    def _show_table(self, table: Table | None, columns: list[ColumnInfo]) -> None:
        if table is self._table:
            return
        self._table, self._columns = table, list(columns)
        if self._summary is None or self._summary.table is not table:  # the task comes with the summary
            self.task_label.hide()
            self.inputs_label.hide()
        self.table_model.set_frame(None if table is None else table.frame)
        self.table_view.resizeColumnsToContents()
        self.columns_model.set_columns(self._columns)
        for row in range(len(self._columns)):
            self.columns_view.openPersistentEditor(self.columns_model.index(row, ColumnListModel.ROLE_COLUMN))
        self._show_role_locks()
        self._show_roles()
        if table is None:
            self.source_label.setText("<i>" + translate("DataPanel", "No data loaded") + "</i>")
        else:
            frame = table.frame
            dataset = BUILTIN_DATASETS.get(table.name[len(BUILTIN_PREFIX) :]) if table.default_target else None
            about = f" — {_escape(dataset.shown_description())}" if dataset is not None else ""
            self.source_label.setText(
                translate("DataPanel", "{name} · {rows:,} rows × {columns:,} columns").format(
                    name=f"<b>{_escape(table.name)}</b>", rows=len(frame), columns=len(frame.columns)
                )
                + about
            )
        target = self._target()
        self._select_column(target if target in self.columns_model.column_names() else None)

    def _target(self) -> str | None:
        default = self._table.default_target if self._table is not None else None
        return self._spec.target or default

    def _select_column(self, name: str | None) -> None:
        names = self.columns_model.column_names()
        row = names.index(name) if name in names else (0 if names else -1)
        if row < 0 or row == self.columns_view.currentIndex().row():
            self._draw_histogram()  # the current row stays, so no signal will draw it
            return
        self.columns_view.selectionModel().setCurrentIndex(
            self.columns_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _show_roles(self) -> None:
        if not self._columns:
            self.columns_model.set_roles({}, {})
            self._offer_scatter_axes([])
            return
        from ..engine.data import column_roles

        default = self._table.default_target if self._table is not None else None
        names = self.columns_model.column_names()
        roles = column_roles(names, self._spec, default)
        left_out: dict[str, str] = {}
        summary = self._summary
        if summary is not None and summary.error is None and summary.table is self._table:
            for name in names:
                if roles[name] == "feature" and name not in summary.input_columns:
                    quoted = f"'{name}'"
                    left_out[name] = next(
                        (w for w in summary.warnings if quoted in w), translate("DataPanel", "Left out by preprocessing.")
                    )
        self.columns_model.set_roles(roles, left_out)
        self._offer_scatter_axes([name for name in names if roles[name] != "target"])

    def _offer_scatter_axes(self, candidates: list[str]) -> None:
        """The scatter plot's axes: number columns other than the target, keeping the choice made."""
        kinds = {info.name: info for info in self._columns}
        numbers = [name for name in candidates if name in kinds and _numeric_kind(kinds[name])]
        summary = self._summary
        task = summary.task_details if summary is not None and summary.table is self._table else None
        self.scatter_plot.show_columns(None if self._table is None else self._table.frame, numbers, task)

    def _show_preprocessing(self) -> None:
        source = self._spec.source
        generated = (
            source.startswith(BUILTIN_PREFIX)
            and (dataset := BUILTIN_DATASETS.get(source[len(BUILTIN_PREFIX) :])) is not None
            and dataset.generated
        )
        params = SPLIT_PARAMS + (GENERATED_PARAMS if generated else ())
        values = {param.name: getattr(self._spec, param.name) for param in params}
        if params != self._preprocessing_params:
            self._preprocessing_params = params
            self.preprocessing.show_params(
                translate("DataPanel", "Preprocessing"),
                translate("DataPanel", "How rows are split into training and validation, and how columns become inputs."),
                params, values,
            )  # fmt: skip
            if generated:
                self.preprocessing.editor("noise").setPlaceholderText(translate("DataPanel", "the set's own"))
        else:
            self.preprocessing.set_values(values)

    def _notice(self, text: str | None) -> None:
        self.notice_label.setText(text or "")
        self.notice_label.setVisible(bool(text))

    def _show_summary_text(self, summary: DataSummary | None) -> None:
        chosen = summary is not None and bool(summary.source.strip())
        if summary is None or not chosen:
            self._notice(
                translate("DataPanel", "No data yet: open a table (CSV or TSV), drop one here, or choose a built-in data set.")
            )
        elif summary.cancelled:
            self._notice(translate("DataPanel", "Reading this data was cancelled; open it again to see it."))
        else:
            self._notice(None)
        error = summary.error if summary is not None and chosen and not summary.cancelled else None
        self.error_label.setText(_escape(error or ""))
        self.error_label.setVisible(bool(error))
        warnings = summary.warnings if summary is not None else []
        lines = [f"⚠ {_escape(w)}" for w in warnings[:MAX_WARNINGS_SHOWN]]
        if len(warnings) > MAX_WARNINGS_SHOWN:
            lines.append(
                translate("DataPanel", "… and {count} more (point here to read them all)").format(
                    count=len(warnings) - MAX_WARNINGS_SHOWN
                )
            )
        self.warnings_label.setText("<br>".join(lines))
        self.warnings_label.setToolTip("\n".join(warnings) if len(warnings) > MAX_WARNINGS_SHOWN else "")
        self.warnings_label.setVisible(bool(warnings))
        task = summary.task_details if summary is not None else None
        if summary is None or task is None or summary.input_width is None:
            self.task_label.setVisible(False)
            self.inputs_label.setVisible(False)
            return
        from ..engine.data import suggest_output

        target = _escape(task.target)
        if task.kind == "regression":
            detail = translate("DataPanel", "'{target}' goes from {low:g} to {high:g}").format(
                target=target, low=task.target_min, high=task.target_max
            )
        else:
            shown = ", ".join(f"'{_escape(c)}'" for c in task.classes[:6])
            detail = translate("DataPanel", "'{target}' is {classes}").format(
                target=target, classes=shown + (", …" if len(task.classes) > 6 else "")
            )
        self.task_label.setText(
            translate("DataPanel", "<b>Task</b>: {task} ({detail})").format(task=task.describe(), detail=detail)
            + "<br>"
            + translate("DataPanel", "<b>Suggested</b>: {output}").format(
                output=_escape(suggest_output(task, self._loss).describe())
            )
        )
        self.task_label.show()
        encoded = [c for c in summary.input_columns if any(f.startswith(f"{c}=") for f in summary.features)]
        onehot = ", ".join(
            f"'{_escape(c)}' → {sum(f.startswith(f'{c}=') for f in summary.features)}" for c in encoded
        )
        columns = len(summary.input_columns)
        inputs = summary.input_width
        text = translate("DataPanel", "<b>Inputs</b>: {columns} become {inputs}").format(
            columns=f"{columns} "
            + (translate("DataPanel", "column") if columns == 1 else translate("DataPanel", "columns")),
            inputs=f"<b>{inputs}</b> "
            + (translate("DataPanel", "network input") if inputs == 1 else translate("DataPanel", "network inputs")),
        )
        if onehot:
            text += " " + translate("DataPanel", "(one-hot encoded: {columns})").format(columns=onehot)
        text += " · " + translate("DataPanel", "{train:,} rows to train on, {validate:,} to validate").format(
            train=summary.train_rows, validate=summary.validation_rows
        )
        if summary.rows_dropped:
            text += ", " + translate("DataPanel", "{count:,} dropped").format(count=summary.rows_dropped)
        self.inputs_label.setText(text)
        self.inputs_label.show()

    # Plots -------------------------------------------------------------------------------------
    def _selected_column(self) -> str | None:
        index = self.columns_view.currentIndex()
        return self.columns_model.info(index.row()).name if index.isValid() else None

    def _draw_histogram(self) -> None:
        name = self._selected_column()
        if name is None or self._table is None:
            self.histogram_plot.show_column(None, None)
            return
        info = next(i for i in self._columns if i.name == name)
        self.histogram_plot.show_column(self._table.frame[name], info)

    @property
    def histogram_item(self) -> pg.BarGraphItem | None:
        return self.histogram_plot.item

    def histogram_data(self) -> ChartData | None:
        """The histogram in words and numbers: the column's range and its tallest bar, and every bar."""
        return self.histogram_plot.chart_data()

    @property
    def scatter_items(self) -> list[pg.ScatterPlotItem]:
        return self.scatter_plot.items

    def scatter_data(self) -> ChartData | None:
        """The scatter plot in words and numbers: how the two columns go together, and every point drawn."""
        return self.scatter_plot.chart_data()
