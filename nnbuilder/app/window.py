"""The main window: palette, layer stack, settings panel and network diagram over one project."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..spec import CATALOGUE, LayerSpec, Project, SpecError, load_project
from ..spec.io import PROJECT_SUFFIX
from .data_probe import DataProbe, DataSummary
from .diagram import NetworkDiagram
from .document import ProjectDocument
from .palette import LayerPalette
from .panel import ParameterPanel
from .stack_view import LayerStackView

MAX_RECENT = 8
PROJECT_FILTER = f"nnbuilder projects (*{PROJECT_SUFFIX});;All files (*)"


def starter_project() -> Project:
    """File → New: the course's first model, a single linear unit, on a built-in table."""
    project = Project(title="Untitled", layers=[LayerSpec("Dense", {"units": 1})])
    project.data.source = "builtin:diabetes"
    project.training.loss = "mae"
    return project


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings("nnbuilder", "nnbuilder")
        self.document = ProjectDocument(starter_project(), None, self)
        self.data_summary: DataSummary | None = None
        self._panel_shows: tuple[int, str] | None = None  # which layer's form the panel holds
        self.probe = DataProbe(self)
        self.probe.finished.connect(self._data_ready)

        self._build_widgets()
        self._build_actions()
        self._build_menus()

        self.document.changed.connect(self._refresh)
        self.document.file_changed.connect(self._retitle)
        self.stack.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self.panel.value_changed.connect(self._setting_edited)
        self.diagram.layer_clicked.connect(self._diagram_clicked)
        self.palette.append_requested.connect(
            lambda name: self.document.insert_layer(len(self.document.project.layers), name)
        )
        self.resize(1280, 760)
        self._project_loaded()

    # Layout ----------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.palette = LayerPalette()
        palette_dock = QDockWidget("Layers", self)
        palette_dock.setObjectName("palette")
        palette_dock.setWidget(self.palette)
        palette_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, palette_dock)

        self.resizeDocks([palette_dock], [160], Qt.Orientation.Horizontal)

        stack_panel = QWidget()
        column = QVBoxLayout(stack_panel)
        column.setContentsMargins(8, 8, 8, 8)
        input_row = QHBoxLayout()
        self.input_label = QLabel()
        self.input_label.setWordWrap(True)
        self.input_spin = QSpinBox()
        self.input_spin.setRange(1, 100_000)
        self.input_spin.setAccessibleName("Input width")
        self.input_spin.setToolTip("How many numbers go into the network (set by the data once it loads)")
        self.input_spin.valueChanged.connect(self._input_width_typed)
        self.input_label.setBuddy(self.input_spin)
        input_row.addWidget(self.input_label, 1)
        input_row.addWidget(self.input_spin)
        column.addLayout(input_row)
        self.stack = LayerStackView()
        self.stack.setModel(self.document.model)
        column.addWidget(self.stack, 1)
        self.total_label = QLabel()
        self.total_label.setAccessibleName("Total parameters")
        font = QFont(self.total_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.total_label.setFont(font)
        column.addWidget(self.total_label)

        # The selected layer's settings sit under the stack, so the diagram keeps the width.
        self.panel = ParameterPanel()
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(stack_panel)
        left.addWidget(self.panel)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setChildrenCollapsible(False)

        self.diagram = NetworkDiagram()
        self.tabs = QTabWidget()  # the data, training and weights views join as tabs
        self.tabs.addTab(self.diagram, "Network")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)  # the diagram takes what the window grows by
        splitter.setSizes([360, 760])
        self.setCentralWidget(splitter)
        self.setTabOrder(self.palette, self.input_spin)
        self.setTabOrder(self.input_spin, self.stack)
        self.setTabOrder(self.stack, self.panel)

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action("&New", self.new_project, QKeySequence.StandardKey.New, "Start a new project")
        self.open_action = self._action("&Open…", lambda: self.open_project(), QKeySequence.StandardKey.Open)
        self.save_action = self._action("&Save", self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action("Save &As…", self.save_as, QKeySequence.StandardKey.SaveAs)
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.document.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.document.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.delete_action = self._action("&Delete Layer", self.delete_selected, QKeySequence.StandardKey.Delete)
        self.duplicate_action = self._action("D&uplicate Layer", self.duplicate_selected, "Ctrl+D")
        self.move_up_action = self._action("Move Layer &Up", lambda: self.move_selected(-1), "Ctrl+Up")
        self.move_down_action = self._action("Move Layer Do&wn", lambda: self.move_selected(1), "Ctrl+Down")
        for action in (self.delete_action, self.duplicate_action, self.move_up_action, self.move_down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.stack.addAction(action)
        self.stack.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = QMenu("Open &Recent", self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.delete_action, self.duplicate_action, self.move_up_action, self.move_down_action])
        layer_menu = bar.addMenu("&Layers")
        for class_name, kind in CATALOGUE.items():
            action = layer_menu.addAction(f"Add {class_name}")
            action.setStatusTip(kind.summary)
            action.triggered.connect(lambda _=False, name=class_name: self.add_layer(name))
        help_menu = bar.addMenu("&Help")
        help_menu.addAction("&About nnbuilder", self._about)
        self._rebuild_recent_menu()

    # Reacting to the document -----------------------------------------------------------------
    def _project_loaded(self) -> None:
        self.data_summary = None
        self._refresh_input_row()
        self.probe.probe(self.document.project.data, self._base_dir(), self.document.project.training.loss)
        if self.document.project.layers:
            self.select_row(0)
        self._refresh()
        self._retitle()

    def _base_dir(self) -> Path | None:
        return self.document.path.parent if self.document.path else Path.cwd()

    @Slot(object)
    def _data_ready(self, summary: DataSummary) -> None:
        self.data_summary = summary
        if summary.input_width is not None:
            self.document.set_input_width(summary.input_width)
        self._refresh_input_row()

    def _refresh_input_row(self) -> None:
        summary = self.data_summary
        source = self.document.project.data.source or "no data chosen"
        if summary is None:
            text = f"<b>Input</b>: reading {source}…"
            manual = False
        elif summary.error:
            text = f"<b>Input</b>: <span style='color:#c62828'>{summary.error}</span> — type the input width:"
            manual = True
        else:
            target = self.document.project.data.target or "its target"
            text = (
                f"<b>Input</b>: {summary.input_width:,} features from {source} "
                f"→ {summary.task} ({target})"
            )
            manual = False
        self.input_label.setText(text)
        self.input_spin.setVisible(manual)
        if manual and self.document.model.input_width is None:
            self.document.set_input_width(self.input_spin.value())

    @Slot(int)
    def _input_width_typed(self, width: int) -> None:
        if self.input_spin.isVisible():
            self.document.set_input_width(width)

    @Slot()
    def _refresh(self) -> None:
        model = self.document.model
        total = model.total_params()
        problems = model.problems()
        if total is None:
            self.total_label.setText("Total: – parameters")
        else:
            trainable = sum(s.trainable_params for s in (model.shape(r) for r in range(len(model.layers))) if s)
            self.total_label.setText(f"Total: {total:,} parameters ({trainable:,} trainable)")
        self.statusBar().showMessage(problems[0] if problems else f"{len(model.layers)} layers")
        shapes = [model.shape(row) for row in range(len(model.layers))]
        self.diagram.set_network(
            model.input_width,
            model.layers,
            [s for s in shapes] if all(s is not None for s in shapes) else [],
            self.selected_row(),
        )
        self._show_selected()
        self.delete_action.setEnabled(self.selected_row() is not None)
        self.duplicate_action.setEnabled(self.selected_row() is not None)

    @Slot()
    def _retitle(self) -> None:
        self.setWindowTitle(f"{self.document.display_name}[*] — nnbuilder")
        self.setWindowModified(self.document.dirty)

    def _show_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            self._panel_shows = None
            self.panel.show_message("Select a layer in the stack to see and change its settings.")
            return
        layer = self.document.project.layers[row]
        kind = CATALOGUE.get(layer.class_name)
        if kind is None:
            self.panel.show_message(f"{layer.class_name} layers cannot be edited here.")
            return
        title = f"Layer {row + 1}: {layer.class_name}"
        if self._panel_shows == (row, layer.class_name):
            self.panel.set_values(layer.config)
        else:
            self.panel.show_params(title, kind.summary, kind.params, layer.config)
            self._panel_shows = (row, layer.class_name)

    # Selection --------------------------------------------------------------------------------
    def selected_row(self) -> int | None:
        index = self.stack.currentIndex()
        return index.row() if index.isValid() and index.row() < len(self.document.project.layers) else None

    def select_row(self, row: int) -> None:
        index = self.document.model.index(row)
        self.stack.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._refresh()

    @Slot(int)
    def _diagram_clicked(self, index: int) -> None:
        if index >= 0:
            self.select_row(index)

    # Edits ------------------------------------------------------------------------------------
    @Slot(str, object)
    def _setting_edited(self, name: str, value: Any) -> None:
        row = self.selected_row()
        if row is not None:
            self.document.set_setting(row, name, value)

    def add_layer(self, class_name: str) -> None:
        row = self.selected_row()
        position = len(self.document.project.layers) if row is None else row + 1
        self.document.insert_layer(position, class_name)
        self.select_row(position)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.document.remove_layers([row])
            if self.document.project.layers:
                self.select_row(min(row, len(self.document.project.layers) - 1))

    def duplicate_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.document.duplicate_layer(row)
            self.select_row(row + 1)

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is not None and 0 <= row + step < len(self.document.project.layers):
            self.document.move_layer(row, row + step)
            self.select_row(row + step)

    # Files ------------------------------------------------------------------------------------
    def ask_unsaved_changes(self) -> str:
        """'save', 'discard' or 'cancel' (tests replace this)."""
        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            f"{self.document.display_name} has changes that are not saved. Save them first?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
            answer, "cancel"
        )

    def ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, "Open project", str(self._base_dir() or ""), PROJECT_FILTER)
        return Path(name) if name else None

    def ask_save_path(self) -> Path | None:
        suggestion = str(self.document.path or Path(self._base_dir() or ".") / f"{self.document.project.title}{PROJECT_SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(self, "Save project", suggestion, PROJECT_FILTER)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(PROJECT_SUFFIX)

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current project (saved, discarded or unchanged)."""
        if not self.document.dirty:
            return True
        answer = self.ask_unsaved_changes()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new_project(self) -> None:
        if self.maybe_save():
            self.document.replace(starter_project(), None)
            self._project_loaded()

    def open_project(self, path: Path | None = None) -> bool:
        """Open a project file; a bad file shows why and leaves the current project as it was."""
        if not self.maybe_save():
            return False
        path = path or self.ask_open_path()
        if path is None:
            return False
        try:
            project = load_project(path)
        except SpecError as error:
            self.show_error("Cannot open project", str(error))
            return False
        self.document.replace(project, Path(path).resolve())
        self._remember_recent(Path(path).resolve())
        self._project_loaded()
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        return path is not None and self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except OSError as error:
            self.show_error("Cannot save project", f"{path} could not be written ({error.strerror or error}); "
                            "choose another folder with Save As")
            return False
        self._remember_recent(path.resolve())
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_projects", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember_recent(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        self.settings.setValue("recent_projects", recent[:MAX_RECENT])
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        for name in self.recent_files():
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _=False, p=name: self.open_project(Path(p)))
        self.recent_menu.setEnabled(bool(self.recent_files()))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            self.probe.wait()
            event.accept()
        else:
            event.ignore()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About nnbuilder",
            f"<b>nnbuilder {__version__}</b><p>Build, train and look inside Keras neural networks "
            "without writing code.</p>",
        )
