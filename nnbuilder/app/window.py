"""The main window: palette, builder column and tabs over one project.

The window holds no Keras object. Training, predictions and every file written from a model are
jobs on the engine thread (``engine.service``); the window holds their answers: numpy copies and
summaries. Files live in ``project_files``, the Training tab's widgets in ``training_tab``, the
builder column's widgets in ``builder_column``.
"""

from __future__ import annotations

import datetime
import html
from pathlib import Path

from PySide6.QtCore import QEventLoop, QItemSelectionModel, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..engine.build import keras_layer_names
from ..engine.checks import check_fits_task, fix_output
from ..engine.lessons import Lesson, list_lessons
from ..engine.reporting import TrainInfo
from ..engine.runs import RunRecord
from ..i18n import translate
from ..spec import CATALOGUE, LayerSpec, Project
from ..spec.words import counted, sentence
from .boundary import DecisionBoundary
from .builder_column import BuilderColumn
from .classroom_control import ClassroomMixin
from .code_view import CodeView
from .data_panel import DataPanel
from .data_probe import DataSummary
from .diagram import NetworkDiagram
from .dialogs import Dialogs
from .document import ProjectDocument
from .engine_client import EngineClient
from .inside_step import InsideStepMixin
from .inspector import WeightsInspector
from .lesson_panel import LessonPanel, StartPage
from .palette import LayerPalette
from .predictions import PredictionsPanel
from .project_files import ProjectFilesMixin
from .race_control import RaceMixin
from .recovery import AutoCopier, RecoveryStore
from .session import Session
from .trace_bar import TraceBar
from .training import TrainingController
from .training_tab import TrainingTab, TrainingViewMixin, read_runs, scrollable
from .view_menu import ViewMenuMixin


def starter_project() -> Project:
    """File → New: the course's first model, a single linear unit, on a built-in table."""
    project = Project(title="Untitled", layers=[LayerSpec("Dense", {"units": 1})])
    project.data.source = "builtin:diabetes"
    project.training.loss = "mae"
    return project


class MainWindow(
    ProjectFilesMixin, TrainingViewMixin, InsideStepMixin, RaceMixin, ClassroomMixin, ViewMenuMixin, QMainWindow
):
    def __init__(
        self, settings: QSettings | None = None, dialogs: Dialogs | None = None, recovery: RecoveryStore | None = None
    ) -> None:
        super().__init__()
        self.settings = settings or QSettings("nnbuilder", "nnbuilder")
        self.dialogs = dialogs or Dialogs()
        self.dialogs.parent = self
        self.engine = EngineClient(self)
        self.document = ProjectDocument(starter_project(), None, self)
        self.recovery = AutoCopier(self.document, recovery or RecoveryStore())
        self.data_summary: DataSummary | None = None
        self._panel_shows: tuple[int, str] | None = None  # which layer's form the panel holds
        self.lesson: Lesson | None = None
        self.session = Session()  # what training produced: every view renders from it
        self.training = TrainingController(self.engine, self.session, self)
        self._run_info: TrainInfo | None = None
        self._run_started = datetime.datetime.now()

        self._build_widgets()
        self._build_actions()
        self._build_classroom()
        self._build_menus()

        self.document.changed.connect(self._refresh)
        self.document.file_changed.connect(self._retitle)
        self.document.section_changed.connect(self._section_changed)
        self.document.changed.connect(self._update_training_controls)
        self.document.changed.connect(self._update_code)
        self.stack.selectionModel().currentChanged.connect(self._current_layer_changed)
        self.panel.value_changed.connect(self._setting_edited)
        self.diagram.layer_clicked.connect(self._diagram_clicked)
        self.palette.append_requested.connect(self._append_layer)
        self.data_panel.summary_changed.connect(self._data_ready)
        self.data_panel.data_spec_changed.connect(self._data_spec_edited)
        self.input_spin.valueChanged.connect(self._input_width_typed)
        self.mismatch_fix.clicked.connect(self.fix_output)
        self.training_tab.mismatch_fix.clicked.connect(self.fix_output)
        self._connect_training()
        self._connect_inside()
        self._connect_race()
        self.resize(1280, 760)
        self._show_project(self.document.project, None)

    # Layout ----------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.palette = LayerPalette()
        palette_dock = self.palette_dock = QDockWidget(translate("Window", "Layers"), self)
        palette_dock.setObjectName("palette")
        palette_dock.setWidget(self.palette)
        palette_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, palette_dock)

        self.lesson_panel = LessonPanel()
        self.lesson_panel.apply_requested.connect(self.apply_lesson_step)
        lesson_dock = self.lesson_dock = QDockWidget(translate("Window", "Lesson"), self)
        lesson_dock.setObjectName("lesson")
        lesson_dock.setWidget(self.lesson_panel)
        lesson_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, lesson_dock)
        lesson_dock.hide()
        self.resizeDocks([palette_dock, lesson_dock], [160, 280], Qt.Orientation.Horizontal)

        column = self.builder_column = BuilderColumn()
        self.input_label, self.input_spin, self.stack = column.input_label, column.input_spin, column.stack
        self.mismatch, self.mismatch_label, self.mismatch_fix = column.mismatch, column.mismatch_label, column.mismatch_fix
        self.total_label, self.panel = column.total_label, column.panel
        self.stack.setModel(self.document.model)

        self.diagram = NetworkDiagram()
        # The builder column is part of the Network page, so the tab bar spans the whole window
        # between the docks: with a lesson open at 1024 wide, every tab is still in sight.
        self.trace_bar = TraceBar()
        drawing = QWidget()
        drawing_column = QVBoxLayout(drawing)
        drawing_column.setContentsMargins(4, 4, 0, 0)
        drawing_column.addWidget(self.trace_bar)
        drawing_column.addWidget(self.diagram, 1)
        drawing_column.addWidget(self.trace_bar.result)
        page = self.network_page = QSplitter(Qt.Orientation.Horizontal)
        page.addWidget(column)
        page.addWidget(drawing)
        page.setStretchFactor(0, 0)
        page.setStretchFactor(1, 1)  # the diagram takes what the window grows by
        page.setSizes([360, 760])
        page.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 4px 7px; }")
        self.start_page = StartPage()
        self.start_page.open_requested.connect(self.open_lesson)
        self.tabs.addTab(self.start_page, translate("Window", "Start"))
        self.tabs.addTab(page, translate("Window", "Network"))
        self.data_panel = DataPanel(self)
        self.tabs.addTab(self.data_panel, translate("Window", "Data"))
        self.training_tab = TrainingTab()
        self.training_settings, self.training_controls = self.training_tab.settings, self.training_tab.controls
        self.curves, self.run_list = self.training_tab.curves, self.training_tab.run_list
        self.tabs.addTab(self.training_tab, translate("Window", "Training"))
        self.inspector = WeightsInspector()
        self.weights_tab = scrollable(self.inspector)
        self.tabs.addTab(self.weights_tab, translate("Window", "Weights"))
        self.predictions = PredictionsPanel(self.engine)
        self.tabs.addTab(scrollable(self.predictions), translate("Window", "Predictions"))
        self.code_view = CodeView()
        self.tabs.addTab(self.code_view, translate("Window", "Code"))
        self.tabs.setAccessibleName(translate("Window", "Pages"))
        for index in range(self.tabs.count()):  # a screen reader names each page by its tab
            if not self.tabs.widget(index).accessibleName():
                self.tabs.widget(index).setAccessibleName(self.tabs.tabText(index).replace("&", ""))
        self.boundary = DecisionBoundary()  # its tab shows only for two-feature, two-class data
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed(self.tabs.currentIndex())
        self.setCentralWidget(self.tabs)
        self.setTabOrder(self.palette, self.input_spin)
        self.setTabOrder(self.input_spin, self.stack)
        self.setTabOrder(self.stack, self.panel)

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        """The palette is for building; the other tabs get the whole width."""
        self.palette_dock.setVisible(self.tabs.currentWidget() is self.network_page)

    @property
    def runs(self) -> list[RunRecord]:
        return self.session.runs

    # Reacting to sections of the project -----------------------------------------------------
    @Slot(str)
    def _section_changed(self, section: str) -> None:
        if section == "training":
            self._show_training()
        self._give_data_panel_the_spec()  # the loss decides between a number and classes too

    @Slot()
    def _update_code(self) -> None:
        self.code_view.set_project(self.document.project, self._base_dir())

    # Actions and menus ------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            translate("Window", "&New"), self.new_project, QKeySequence.StandardKey.New,
            translate("Window", "Start a new project"),
        )  # fmt: skip
        self.open_action = self._action(translate("Window", "&Open…"), self._open_clicked, QKeySequence.StandardKey.Open)
        self.open_model_action = self._action(
            translate("Window", "Open &Model…"), self._open_model_clicked, None,
            translate("Window", "Look inside any .keras model file saved by Keras"),
        )  # fmt: skip
        self.save_action = self._action(translate("Window", "&Save"), self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(translate("Window", "Save &As…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        self.save_with_data_action = self._action(
            translate("Window", "Save Project &with Its Data…"), self.save_with_data, None,
            translate("Window", "Save the project and a copy of its data table in one folder, ready to copy to another PC"),
        )  # fmt: skip
        self.report_action = self._action(
            translate("Window", "Save Lab &Report…"), self._report_clicked, None,
            translate("Window", "A self-contained HTML page of the last run to hand in"),
        )  # fmt: skip
        self.export_model_action = self._action(
            translate("Window", "E&xport Trained Model…"), self._export_clicked, None,
            translate("Window", "Save the trained network as a .keras file"),
        )  # fmt: skip
        self.import_model_action = self._action(
            translate("Window", "&Import Model as Project…"), self._import_clicked, None,
            translate("Window", "Turn a .keras model built from the palette's layers into an editable project"),
        )  # fmt: skip
        self.quit_action = self._action(translate("Window", "&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.document.undo_stack.createUndoAction(self, translate("Window", "&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.document.undo_stack.createRedoAction(self, translate("Window", "&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.delete_action = self._action(
            translate("Window", "&Delete Layer"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.duplicate_action = self._action(translate("Window", "D&uplicate Layer"), self.duplicate_selected, "Ctrl+D")
        self.move_up_action = self._action(translate("Window", "Move Layer &Up"), self._move_up, "Ctrl+Up")
        self.move_down_action = self._action(translate("Window", "Move Layer Do&wn"), self._move_down, "Ctrl+Down")
        for action in (self.delete_action, self.duplicate_action, self.move_up_action, self.move_down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.stack.addAction(action)
        self.stack.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # Menu entries pass no file: each asks its dialog.
    @Slot()
    def _open_clicked(self) -> None:
        self.open_project()

    @Slot()
    def _open_model_clicked(self) -> None:
        self.open_model()

    @Slot()
    def _report_clicked(self) -> None:
        self.save_report()

    @Slot()
    def _export_clicked(self) -> None:
        self.export_model()

    @Slot()
    def _import_clicked(self) -> None:
        self.import_model()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("Window", "&File"))
        file_menu.addActions([self.new_action, self.open_action, self.open_model_action])
        file_menu.addAction(self.data_panel.open_action)
        file_menu.addMenu(self.data_panel.builtin_menu)
        self.recent_menu = QMenu(translate("Window", "Open &Recent"), self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action, self.save_with_data_action])
        file_menu.addSeparator()
        file_menu.addActions([self.report_action, self.export_model_action, self.import_model_action])
        file_menu.addSeparator()
        file_menu.addActions([self.hand_in_action, self.make_assignment_action, self.collect_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(translate("Window", "&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.delete_action, self.duplicate_action, self.move_up_action, self.move_down_action])
        layer_menu = bar.addMenu(translate("Window", "&Layers"))
        for class_name, kind in CATALOGUE.items():
            action = layer_menu.addAction(translate("Window", "Add {layer}").format(layer=class_name))
            action.setStatusTip(kind.summary)
            action.setData(class_name)
            action.triggered.connect(self._add_layer_chosen)
        lessons_menu = bar.addMenu(translate("Window", "Le&ssons"))
        lessons_menu.addAction(translate("Window", "&Start Page"), self._show_start_page)
        lessons_menu.addSeparator()
        for number, info in enumerate(list_lessons(), start=1):
            action = lessons_menu.addAction(f"&{number}. {info.title}")
            action.setStatusTip(info.summary)
            action.setData(info.id)
            action.triggered.connect(self._lesson_chosen)
        self._build_view_menu(bar)
        help_menu = bar.addMenu(translate("Window", "&Help"))
        lessons_help = help_menu.addMenu(translate("Window", "&Lessons"))
        for number, info in enumerate(list_lessons(), start=1):
            action = lessons_help.addAction(f"&{number}. {info.title}")
            action.setData(info.id)
            action.triggered.connect(self._lesson_chosen)
        help_menu.addAction(translate("Window", "&Keyboard Shortcuts"), self.show_shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(translate("Window", "&About nnbuilder"), self._about)
        self._rebuild_recent_menu()

    @Slot()
    def _add_layer_chosen(self) -> None:
        self.add_layer(self.sender().data())

    @Slot()
    def _lesson_chosen(self) -> None:
        self.open_lesson(self.sender().data())

    @Slot()
    def _show_start_page(self) -> None:
        self.tabs.setCurrentWidget(self.start_page)

    # Reacting to the document -----------------------------------------------------------------
    def _show_project(self, project: Project, path: Path | None, lesson: Lesson | None = None) -> None:
        """Every view starts over on another project: nothing of the last one's training stays."""
        self.engine.new_generation()
        self.training.shutdown()  # a run in progress stops; its answer is dropped
        self.document.replace(project, path)
        self.lesson = lesson
        if lesson is not None:
            self.lesson_panel.show_lesson(lesson)
            self.lesson_dock.setWindowTitle(translate("Window", "Lesson: {title}").format(title=lesson.title))
        self._show_lesson_dock(lesson is not None)
        self._classroom_opened(project)
        self.data_summary = None
        self._show_training()
        runs, problem = read_runs(path)
        self.session.start_over(runs)
        self._refresh_input_row()
        self._give_data_panel_the_spec()
        if self.document.project.layers:
            self.select_row(0)
        self._refresh()
        self._retitle()
        if problem:
            self.statusBar().showMessage(problem, 8000)

    def _base_dir(self) -> Path | None:
        return self.document.path.parent if self.document.path else Path.cwd()

    def _give_data_panel_the_spec(self) -> None:
        project = self.document.project
        self.data_panel.set_data_spec(project.data, self._base_dir(), project.training.loss)

    @Slot(object)
    def _data_spec_edited(self, data: object) -> None:
        self.document.set_section("data", data)

    @Slot(object)
    def _data_ready(self, summary: DataSummary) -> None:
        self.data_summary = summary
        if summary.input_width is not None:
            self.document.set_input_width(summary.input_width)
        self._refresh_input_row()
        self._check_output_fits()
        self._show_batch_hint()  # only the hint: the settings' forms need no rebuilding for new data

    def _check_output_fits(self) -> None:
        """Flag a network whose output or loss does not fit the target, with a one-click fix."""
        summary, model = self.data_summary, self.document.model
        task = summary.task_details if summary is not None else None
        problems = []
        if task is not None and model.input_width is not None and model.total_params() is not None and model.layers:
            problems = check_fits_task(model.layers, self.document.project.training.loss, task, model.input_width)
        text = sentence(problems[0]) if problems else ""
        tip = ""
        if problems:
            from ..engine.data import (
                suggest_output,  # loaded by then: the data was read to know the task
            )

            tip = suggest_output(task, self.document.project.training.loss).describe()
        for banner in (self.mismatch, self.training_tab.mismatch):
            banner.show_problem(text, tip)

    @Slot()
    def fix_output(self) -> None:
        """Make the last Dense layer, its activation and the loss fit the target, as one undo step."""
        task = self.data_summary.task_details if self.data_summary is not None else None
        fixed = fix_output(self.document.project, task) if task is not None else None
        if fixed is not None:
            self.document.replace_contents(fixed, translate("Window", "Fix the output for {task}").format(task=task.describe()))

    def _refresh_input_row(self) -> None:
        summary = self.data_summary
        source = self.document.project.data.source or translate("Window", "no data chosen")
        if summary is None:
            text = translate("Window", "<b>Input</b>: reading {source}…").format(source=source)
            manual = False
        elif summary.error:
            text = translate("Window", "<b>Input</b>: {error} — type the input width:").format(
                error=f"<span style='color:#c62828'>{summary.error}</span>"
            )
            manual = True
        else:
            target = self.document.project.data.target or summary.target or translate("Window", "its target")
            features = counted(summary.input_width, translate("Window", "feature"), translate("Window", "features"))
            text = translate("Window", "<b>Input</b>: {features} from {source} → {task} ({target})").format(
                features=features, source=source, task=summary.task, target=target
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
            self.total_label.setText(translate("Window", "Total: – parameters"))
        else:
            trainable = sum(s.trainable_params for s in (model.shape(r) for r in range(len(model.layers))) if s)
            self.total_label.setText(
                translate("Window", "Total: {total:,} parameters ({trainable:,} trainable)").format(
                    total=total, trainable=trainable
                )
            )
        count = len(model.layers)
        layers = counted(count, translate("Window", "layer"), translate("Window", "layers"))
        self.statusBar().showMessage(problems[0] if problems else layers)
        shapes = [model.shape(row) for row in range(len(model.layers))]
        self.diagram.set_network(
            model.input_width, model.layers, shapes if all(s is not None for s in shapes) else [], self.selected_row()
        )
        names = keras_layer_names(model.layers)
        self.inspector.set_layer_titles(
            {name: f"{row + 1}. {layer.class_name}" for row, (name, layer) in enumerate(zip(names, model.layers))}
        )
        self._show_selected()
        self._check_output_fits()
        self._show_weight_limit()
        self.delete_action.setEnabled(self.selected_row() is not None)
        self.duplicate_action.setEnabled(self.selected_row() is not None)

    @Slot()
    def _retitle(self) -> None:
        self.setWindowTitle(f"{self.document.display_name}[*] — nnbuilder")
        self.setWindowModified(self.document.dirty)

    @Slot()
    def _show_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            self._panel_shows = None
            self.panel.show_message(translate("Window", "Select a layer in the stack to see and change its settings."))
            return
        layer = self.document.project.layers[row]
        kind = CATALOGUE.get(layer.class_name)
        if kind is None:
            self.panel.show_message(
                translate("Window", "{layer} layers cannot be edited here.").format(layer=layer.class_name)
            )
            return
        title = translate("Window", "Layer {number}: {layer}").format(number=row + 1, layer=layer.class_name)
        if self._panel_shows == (row, layer.class_name):
            self.panel.set_values(layer.config)
        else:
            self.panel.show_params(title, kind.summary, kind.params, layer.config)
            self._panel_shows = (row, layer.class_name)
            self.inspector.select_layer(keras_layer_names(self.document.project.layers)[row])

    # Selection and edits ----------------------------------------------------------------------
    def selected_row(self) -> int | None:
        index = self.stack.currentIndex()
        return index.row() if index.isValid() and index.row() < len(self.document.project.layers) else None

    def select_row(self, row: int) -> None:
        index = self.document.model.index(row)
        self.stack.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._refresh()

    @Slot()
    def _current_layer_changed(self) -> None:
        """A click or a key in the stack: the diagram's highlight and the settings follow."""
        self.diagram.select(self.selected_row())
        self._show_selected()

    @Slot(int)
    def _diagram_clicked(self, index: int) -> None:
        if index >= 0:
            self.select_row(index)

    @Slot(str, object)
    def _setting_edited(self, name: str, value: object) -> None:
        row = self.selected_row()
        if row is not None:
            self.document.set_setting(row, name, value)

    @Slot(str)
    def _append_layer(self, class_name: str) -> None:
        self.document.insert_layer(len(self.document.project.layers), class_name)

    def add_layer(self, class_name: str) -> None:
        row = self.selected_row()
        position = len(self.document.project.layers) if row is None else row + 1
        self.document.insert_layer(position, class_name)
        self.select_row(position)

    @Slot()
    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.document.remove_layers([row])
            if self.document.project.layers:
                self.select_row(min(row, len(self.document.project.layers) - 1))

    @Slot()
    def duplicate_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.document.duplicate_layer(row)
            self.select_row(row + 1)

    @Slot()
    def _move_up(self) -> None:
        self.move_selected(-1)

    @Slot()
    def _move_down(self) -> None:
        self.move_selected(1)

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is not None and 0 <= row + step < len(self.document.project.layers):
            self.document.move_layer(row, row + step)
            self.select_row(row + step)

    # Closing ----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.training.running:  # the run stops, and counts as a run, before saving is asked
            self.training.stop()
            self._wait_for_the_run_to_end()
        if self.reopen is None and not self.maybe_save():  # reopening in a language asked already
            event.ignore()
            return
        self.stop_race()  # a race's copies are not kept work: they stop at once
        self.training.shutdown()
        self.data_panel.wait()
        self.engine.close()
        self.engine.wait()  # this window's jobs end before it does: nothing it asked for runs on
        self.recovery.forget()
        event.accept()

    def _wait_for_the_run_to_end(self, seconds: float = 60.0) -> None:
        loop = QEventLoop()
        self.training.running_changed.connect(loop.quit)
        QTimer.singleShot(int(seconds * 1000), loop.quit)  # a stuck engine must not keep the window open
        if self.training.running:
            loop.exec()
        self.training.running_changed.disconnect(loop.quit)

    @Slot()
    def show_shortcuts(self) -> None:
        """Every menu command with a key, as a table: everything can be done without a mouse."""
        rows = []
        for action in self.findChildren(QAction):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            name = action.text().replace("&", "").rstrip("…")
            if keys and name and (name, keys) not in rows:
                rows.append((name, keys))
        rows.append((translate("Window", "Move between controls"), "Tab, Shift+Tab"))
        table = "".join(f"<tr><td>{html.escape(name)}</td><td><b>{html.escape(keys)}</b></td></tr>" for name, keys in rows)
        self.dialogs.info(translate("Window", "Keyboard shortcuts"), f"<table cellspacing='6'>{table}</table>")

    def _about(self) -> None:
        QMessageBox.about(
            self,
            translate("Window", "About nnbuilder"),
            f"<b>nnbuilder {__version__}</b><p>"
            + translate("Window", "Build, train and look inside Keras neural networks without writing code.")
            + "</p>",
        )
