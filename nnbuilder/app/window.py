"""The main window: palette, layer stack, settings panel and network diagram over one project."""

from __future__ import annotations

import copy
import datetime
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..paths import resource_path
from ..engine.build import keras_layer_names
from ..engine.checks import check_fits_task
from ..engine.lessons import Lesson, apply_change, describe_change, has_boundary, list_lessons, load_lesson
from ..engine.snapshots import SnapshotStore
from ..engine.runs import RunRecord, load_runs, next_run_number, runs_path, save_runs
from ..spec import CATALOGUE, LayerSpec, NNBuilderError, Project, SpecError, load_project
from ..spec.io import PROJECT_SUFFIX
from .background import BackgroundTask
from .code_view import CodeView
from .curves import LearningCurves
from .predictions import PredictionsPanel
from .inspector import WeightsInspector
from .boundary import DecisionBoundary
from .data_panel import DataPanel
from .data_probe import DataSummary
from .lesson_panel import LessonPanel, StartPage
from .diagram import NetworkDiagram
from .document import ProjectDocument
from .palette import LayerPalette
from .panel import ParameterPanel
from .runs_view import RunList
from .stack_view import LayerStackView
from .training import TrainedState, TrainingController
from .training_panel import TrainingControls, TrainingSettings

MAX_RECENT = 8
PROJECT_FILTER = f"nnbuilder projects (*{PROJECT_SUFFIX});;All files (*)"
MODEL_FILTER = "Keras models (*.keras);;All files (*)"


def starter_project() -> Project:
    """File → New: the course's first model, a single linear unit, on a built-in table."""
    project = Project(title="Untitled", layers=[LayerSpec("Dense", {"units": 1})])
    project.data.source = "builtin:diabetes"
    project.training.loss = "mae"
    return project


def _scrollable(page: QWidget) -> QScrollArea:
    """A tab page that scrolls on a small screen instead of widening the whole window."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings("nnbuilder", "nnbuilder")
        self.document = ProjectDocument(starter_project(), None, self)
        self.data_summary: DataSummary | None = None
        self._panel_shows: tuple[int, str] | None = None  # which layer's form the panel holds
        self.data_panel = DataPanel(self)
        self.data_panel.summary_changed.connect(self._data_ready)
        self.data_panel.data_spec_changed.connect(lambda data: self.document.set_section("data", data))
        self.lesson: Lesson | None = None
        self.training = TrainingController(self)
        self.runs: list[RunRecord] = []
        self.last_result: Any = None
        self.last_error: str | None = None
        self._run_info: Any = None
        self.snapshots = SnapshotStore()
        self.file_task = BackgroundTask(self)  # reports, model exports and imports
        self.file_task.done.connect(self._file_task_done)
        self.file_task.failed.connect(lambda message: self.show_error("Could not finish", message))
        self.trained_loader = BackgroundTask(self)
        self.trained_loader.done.connect(self._trained_restored)
        self.trained_loader.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.model_loader = BackgroundTask(self)
        self.model_loader.done.connect(self._model_loaded)
        self.model_loader.failed.connect(lambda message: self.show_error("Cannot open model", message))

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
        self._connect_training()
        self.resize(1280, 760)
        self._project_loaded()

    # Layout ----------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.palette = LayerPalette()
        palette_dock = self.palette_dock = QDockWidget("Layers", self)
        palette_dock.setObjectName("palette")
        palette_dock.setWidget(self.palette)
        palette_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, palette_dock)

        self.lesson_panel = LessonPanel()
        self.lesson_panel.apply_requested.connect(self.apply_lesson_step)
        lesson_dock = self.lesson_dock = QDockWidget("Lesson", self)
        lesson_dock.setObjectName("lesson")
        lesson_dock.setWidget(self.lesson_panel)
        lesson_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, lesson_dock)
        lesson_dock.hide()
        self.resizeDocks([palette_dock, lesson_dock], [160, 280], Qt.Orientation.Horizontal)

        stack_panel = QWidget()
        column = QVBoxLayout(stack_panel)
        column.setContentsMargins(8, 8, 8, 8)
        input_row = QHBoxLayout()
        self.input_label = QLabel()
        self.input_label.setWordWrap(True)
        # Wrapped rich text would otherwise claim its whole length as minimum width.
        self.input_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.input_spin = QSpinBox()
        self.input_spin.setRange(1, 100_000)
        self.input_spin.setAccessibleName("Input width")
        self.input_spin.setToolTip("How many numbers go into the network (set by the data once it loads)")
        self.input_spin.valueChanged.connect(self._input_width_typed)
        self.input_label.setBuddy(self.input_spin)
        input_row.addWidget(self.input_label, 1)
        input_row.addWidget(self.input_spin)
        column.addLayout(input_row)
        self.mismatch = QFrame()
        self.mismatch.setObjectName("mismatch")
        self.mismatch.setStyleSheet("#mismatch { background: #fdecea; border: 1px solid #c62828; border-radius: 4px; }")
        banner = QHBoxLayout(self.mismatch)
        banner.setContentsMargins(6, 4, 6, 4)
        self.mismatch_label = QLabel()
        self.mismatch_label.setWordWrap(True)
        self.mismatch_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.mismatch_label.setStyleSheet("color: #8e1b1b;")
        self.mismatch_fix = QPushButton("Fix it")
        self.mismatch_fix.setAccessibleName("Fix the network's output")
        self.mismatch_fix.clicked.connect(self.fix_output)
        banner.addWidget(self.mismatch_label, 1)
        banner.addWidget(self.mismatch_fix)
        self.mismatch.hide()
        column.addWidget(self.mismatch)
        self.stack = LayerStackView()
        self.stack.setModel(self.document.model)
        column.addWidget(self.stack, 1)
        self.total_label = QLabel()
        self.total_label.setAccessibleName("Total parameters")
        font = QFont(self.total_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.total_label.setFont(font)
        self.total_label.setWordWrap(True)
        self.total_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        column.addWidget(self.total_label)

        # The selected layer's settings sit under the stack, so the diagram keeps the width.
        self.panel = ParameterPanel()
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(stack_panel)
        left.addWidget(self.panel)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setChildrenCollapsible(False)
        left.setMinimumWidth(300)  # the stack's rows need room for their counts
        self.builder_column = left

        self.diagram = NetworkDiagram()
        self.tabs = QTabWidget()
        self.start_page = StartPage()
        self.start_page.open_requested.connect(self.open_lesson)
        self.tabs.addTab(self.start_page, "Start")
        self.tabs.addTab(self.diagram, "Network")
        self.tabs.addTab(self.data_panel, "Data")
        self.training_tab = self._build_training_tab()
        self.tabs.addTab(self.training_tab, "Training")
        self.inspector = WeightsInspector()
        self.weights_tab = _scrollable(self.inspector)
        self.tabs.addTab(self.weights_tab, "Weights")
        self.predictions = PredictionsPanel()
        self.tabs.addTab(_scrollable(self.predictions), "Predictions")
        self.code_view = CodeView()
        self.tabs.addTab(self.code_view, "Code")
        self.boundary = DecisionBoundary()  # its tab shows only for two-feature, two-class data
        self.tabs.currentChanged.connect(self._tab_changed)
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

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        """The palette and the stack are for building; the other tabs get the whole width."""
        building = self.tabs.currentWidget() in (self.diagram, self.start_page)
        self.palette_dock.setVisible(building)
        self.builder_column.setVisible(building)

    def _build_training_tab(self) -> QWidget:
        self.training_settings = TrainingSettings()
        self.training_controls = TrainingControls()
        self.curves = LearningCurves()
        self.run_list = RunList()
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.training_controls)
        plots = QSplitter(Qt.Orientation.Vertical)
        plots.addWidget(self.curves)
        plots.addWidget(self.run_list)
        plots.setStretchFactor(0, 3)
        plots.setStretchFactor(1, 1)
        column.addWidget(plots, 1)
        tab = QSplitter(Qt.Orientation.Horizontal)
        tab.addWidget(self.training_settings)
        tab.addWidget(right)
        tab.setStretchFactor(1, 1)
        tab.setSizes([330, 600])
        return _scrollable(tab)

    def _connect_training(self) -> None:
        controls, controller = self.training_controls, self.training
        controls.train_clicked.connect(lambda: self.start_training())
        controls.continue_clicked.connect(lambda epochs: self.start_training(resume=True, epochs=epochs))
        controls.pause_toggled.connect(controller.pause)
        controls.stop_clicked.connect(controller.stop)
        controller.began.connect(self._training_began)
        controller.batch.connect(self._training_batch)
        controller.epoch.connect(self._training_epoch)
        controller.finished.connect(self._training_finished)
        controller.weights.connect(self._weights_arrived)
        controller.prepared.connect(self._training_data_prepared)
        controller.boundary.connect(self._boundary_arrived)
        controller.running_changed.connect(lambda running: self.lesson_panel.set_apply_enabled(not running))
        controller.failed.connect(self._training_failed)
        self.training_settings.training_changed.connect(lambda spec: self.document.set_section("training", spec))
        self.document.section_changed.connect(self._section_changed)
        self.document.changed.connect(self._update_training_controls)
        self.document.changed.connect(self._update_code)
        self.run_list.checked_changed.connect(lambda *_: self.curves.set_overlays(self.run_list.checked_runs()))

    # Training ---------------------------------------------------------------------------------
    def start_training(self, resume: bool = False, epochs: int | None = None) -> None:
        """Train from scratch, or continue the last run for ``epochs`` more epochs."""
        if self.training.running:
            return
        if resume and self.training.can_continue(self.document.project) is not None:
            return
        self.predictions.wait()  # fit and predict must never run on one model at once
        self.predictions.clear()
        self.last_error = None
        self._run_info = None
        self._run_started = datetime.datetime.now()
        self.training.start(self.document.project, self._base_dir(), epochs=epochs, resume=resume)
        self.training_controls.set_running(True)
        self.training_controls.status.setText("Preparing the data and loading Keras…")
        self.tabs.setCurrentWidget(self.training_tab)

    @Slot(object)
    def _training_began(self, info: Any) -> None:
        training = self.document.project.training
        self._run_info = info
        if info.initial_epoch == 0:
            self.curves.start_run(info, training.early_stopping, list(training.metrics), training.loss)
            self.snapshots.clear()
            self.inspector.set_snapshots(self.snapshots, self._feature_names(), self._target_name())
        else:
            self.curves.continue_run(info, training.early_stopping)
        self.training_controls.began(info, time.perf_counter())

    @Slot(object)
    def _training_data_prepared(self, data: Any) -> None:
        """Before training: the data points of the decision boundary, when the data has one."""
        index = self.tabs.indexOf(self.boundary)
        if not has_boundary(data):
            if index >= 0:
                self.tabs.removeTab(index)
            return
        if index < 0:
            self.tabs.insertTab(self.tabs.indexOf(self.weights_tab), self.boundary, "Boundary")
        self.boundary.set_points(data.x_train, data.y_train.ravel(), data.feature_names, tuple(data.task.classes))

    @Slot(int, object, object)
    def _boundary_arrived(self, epoch: int, grid: Any, probabilities: Any) -> None:
        self.boundary.set_grid(grid.xs, grid.ys, probabilities)

    @Slot(int, object)
    def _weights_arrived(self, epoch: int, tensors: list[Any]) -> None:
        self.snapshots.add(epoch, tensors)
        self.inspector.refresh()

    def _feature_names(self) -> list[str] | None:
        state = self.training.state
        if state is not None:
            return list(state.data.feature_names)
        summary = self.data_summary
        return list(summary.features) if summary is not None and summary.features else None

    def _target_name(self) -> str | None:
        summary = self.data_summary
        details = getattr(summary, "task_details", None) if summary is not None else None
        return self.document.project.data.target or (details.target if details is not None else None)

    @Slot(int, int, object)
    def _training_batch(self, epoch: int, step: int, logs: dict[str, float]) -> None:
        self.curves.add_batch(epoch, step, logs)
        self.training_controls.advanced(epoch, step, time.perf_counter())

    @Slot(int, object)
    def _training_epoch(self, epoch: int, logs: dict[str, float]) -> None:
        self.curves.add_epoch(epoch, logs)
        info = self.training_controls.info
        if info is not None:
            self.training_controls.advanced(epoch, info.steps_per_epoch, time.perf_counter())

    @Slot(object)
    def _training_finished(self, result: Any) -> None:
        self.last_result = result
        self.curves.finish_run(result)
        self.training_controls.set_running(False, self.training.can_continue(self.document.project))
        self.training_controls.finished(result)
        self.training_controls.status.setText(self._result_text(result))
        run = RunRecord.from_result(
            next_run_number(self.runs), self.training.state.project, result, self._run_started,
            first_epoch=self._run_info.initial_epoch + 1 if self._run_info else 1,
        )  # fmt: skip
        self.runs.append(run)
        self.run_list.add_run(run)
        if not result.diverged:
            self.predictions.show_results(self.training.state.model, self.training.state.data)
        self._save_runs()
        if result.diverged:
            self.last_error = result.diverged
            self.show_error("Training stopped", result.diverged[0].upper() + result.diverged[1:] + ".")

    def _result_text(self, result: Any) -> str:
        parts = result.outcome()
        if result.history.get("val_loss"):
            parts.insert(1, f"Best validation loss {min(result.history['val_loss']):.4g}.")
        return " ".join(parts)

    @Slot(str)
    def _training_failed(self, message: str) -> None:
        self.last_error = message
        self.training_controls.set_running(False, self.training.can_continue(self.document.project))
        self.training_controls.status.setText(f"Training failed: {message}")
        self.show_error("Training failed", message)

    def _runs_file(self) -> Path | None:
        """Where this project's runs are kept; shipped examples and lessons keep them in memory only."""
        path = self.document.path
        if path is None or path.resolve().is_relative_to(resource_path().resolve()):
            return None
        return runs_path(path)

    def _save_runs(self) -> None:
        if self._runs_file() is None:
            return
        try:
            save_runs(self._runs_file(), self.runs)
        except OSError as error:
            self.statusBar().showMessage(f"The runs could not be saved beside the project ({error.strerror}).", 8000)

    def _load_runs(self) -> None:
        self.runs = []
        if self._runs_file() is not None:
            try:
                self.runs = load_runs(self._runs_file())
            except NNBuilderError as error:
                self.statusBar().showMessage(str(error), 8000)
        self.run_list.set_runs(self.runs)
        self.curves.set_overlays([])

    @Slot(str)
    def _section_changed(self, section: str) -> None:
        if section == "training":
            self._show_training()
        self._give_data_panel_the_spec()  # the loss decides between a number and classes too

    @Slot()
    def _update_code(self) -> None:
        self.code_view.set_project(self.document.project, self._base_dir())

    def _update_training_controls(self) -> None:
        if not self.training.running:
            self.training_controls.set_running(False, self.training.can_continue(self.document.project))

    def _show_training(self) -> None:
        data = self.document.project.data
        has_validation = isinstance(data.validation_split, (int, float)) and data.validation_split > 0
        self.training_settings.set_training(self.document.project.training, has_validation)

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
        self.open_model_action = self._action(
            "Open &Model…", lambda: self.open_model(), None, "Look inside any .keras model file saved by Keras"
        )
        self.save_action = self._action("&Save", self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action("Save &As…", self.save_as, QKeySequence.StandardKey.SaveAs)
        self.report_action = self._action(
            "Save Lab &Report…", self.save_report, None, "A self-contained HTML page of the last run to hand in"
        )
        self.export_model_action = self._action(
            "E&xport Trained Model…", self.export_model, None, "Save the trained network as a .keras file"
        )
        self.import_model_action = self._action(
            "&Import Model as Project…", lambda: self.import_model(), None,
            "Turn a .keras model built from the palette's layers into an editable project",
        )  # fmt: skip
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
        file_menu.addActions([self.new_action, self.open_action, self.open_model_action])
        file_menu.addAction(self.data_panel.open_action)
        file_menu.addMenu(self.data_panel.builtin_menu)
        self.recent_menu = QMenu("Open &Recent", self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions([self.report_action, self.export_model_action, self.import_model_action])
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
        lessons_menu = bar.addMenu("Le&ssons")
        lessons_menu.addAction("&Start Page", lambda: self.tabs.setCurrentWidget(self.start_page))
        lessons_menu.addSeparator()
        for number, info in enumerate(list_lessons(), start=1):
            action = lessons_menu.addAction(f"&{number}. {info.title}")
            action.setStatusTip(info.summary)
            action.triggered.connect(lambda _=False, lesson_id=info.id: self.open_lesson(lesson_id))
        help_menu = bar.addMenu("&Help")
        help_menu.addAction("&About nnbuilder", self._about)
        self._rebuild_recent_menu()

    # Reacting to the document -----------------------------------------------------------------
    def _project_loaded(self) -> None:
        self.data_summary = None
        self.training.state = None  # a trained model belongs to the project it was trained on
        self.predictions.clear()
        self._show_training()
        self._load_runs()
        self.training_controls.set_running(self.training.running, self.training.can_continue(self.document.project))
        self._refresh_input_row()
        self._give_data_panel_the_spec()
        index = self.tabs.indexOf(self.boundary)
        if index >= 0:
            self.tabs.removeTab(index)
        if self.document.project.layers:
            self.select_row(0)
        self._refresh()
        self._retitle()

    def _base_dir(self) -> Path | None:
        return self.document.path.parent if self.document.path else Path.cwd()

    def _give_data_panel_the_spec(self) -> None:
        project = self.document.project
        self.data_panel.set_data_spec(project.data, self._base_dir(), project.training.loss)

    @Slot(object)
    def _data_ready(self, summary: DataSummary) -> None:
        self.data_summary = summary
        if summary.input_width is not None:
            self.document.set_input_width(summary.input_width)
        self._refresh_input_row()
        self._check_output_fits()

    def _check_output_fits(self) -> None:
        """Flag a network whose output or loss does not fit the target, with a one-click fix."""
        summary, model = self.data_summary, self.document.model
        task = summary.task_details if summary is not None else None
        problems = []
        if task is not None and model.input_width is not None and model.total_params() is not None and model.layers:
            problems = check_fits_task(model.layers, self.document.project.training.loss, task, model.input_width)
        self.mismatch_label.setText(problems[0][0].upper() + problems[0][1:] + "." if problems else "")
        if problems:
            from ..engine.data import suggest_output  # loaded by then: the data was read to know the task

            self.mismatch_fix.setToolTip(suggest_output(task, self.document.project.training.loss).describe())
        self.mismatch.setVisible(bool(problems))

    def fix_output(self) -> None:
        """Make the last Dense layer, its activation and the loss fit the target, as one undo step."""
        task = self.data_summary.task_details if self.data_summary is not None else None
        layers = self.document.project.layers
        dense_rows = [row for row, layer in enumerate(layers) if layer.class_name == "Dense"]
        if task is None or not dense_rows:
            return
        from ..engine.data import suggest_output

        training = self.document.project.training
        fix = suggest_output(task, training.loss)
        last = dense_rows[-1]
        stack = self.document.undo_stack
        stack.beginMacro("Fix the output for " + task.describe())
        self.document.set_setting(last, "units", fix.units)
        self.document.set_setting(last, "activation", fix.activation)
        for row in range(last + 1, len(layers)):  # an activation after the output would undo the fix
            if layers[row].class_name == "Activation":
                self.document.set_setting(row, "activation", "linear")
        new_training = copy.deepcopy(training)
        new_training.loss = fix.loss
        new_training.metrics = list(dict.fromkeys([*training.metrics, *fix.metrics]))
        if new_training.early_stopping is not None and new_training.early_stopping.monitor not in (
            "loss", "val_loss", *new_training.metrics, *(f"val_{m}" for m in new_training.metrics)
        ):  # fmt: skip
            new_training.early_stopping.monitor = "val_loss"
        self.document.set_section("training", new_training)
        stack.endMacro()

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
            target = self.document.project.data.target or summary.target or "its target"
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
        count = len(model.layers)
        self.statusBar().showMessage(problems[0] if problems else f"{count} layer{'s' if count != 1 else ''}")
        shapes = [model.shape(row) for row in range(len(model.layers))]
        self.diagram.set_network(
            model.input_width,
            model.layers,
            [s for s in shapes] if all(s is not None for s in shapes) else [],
            self.selected_row(),
        )
        self._show_selected()
        self._check_output_fits()
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
            self.inspector.select_layer(keras_layer_names(self.document.project.layers)[row])

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
            self.lesson = None
            self.lesson_dock.hide()
            self._project_loaded()
            self.tabs.setCurrentWidget(self.diagram)

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
        self.lesson = None
        self.lesson_dock.hide()
        self._remember_recent(Path(path).resolve())
        self.tabs.setCurrentWidget(self.diagram)
        self._project_loaded()
        self._restore_trained(project, self.document.path)
        return True

    def _restore_trained(self, project: Project, path: Path) -> None:
        """Reopening a project shows its trained state when its weights were kept beside it."""
        from ..engine.model_import import trained_path

        if not trained_path(path).exists():
            return
        base_dir = path.parent

        def load() -> Any:
            from ..engine.model_import import load_trained
            from ..engine.train import prepare_project

            data = prepare_project(project, base_dir)
            model, reason = load_trained(path, project, data.input_width)
            return TrainedState(model, data, project, 0) if model is not None else reason

        self.trained_loader.start(load)

    @Slot(object)
    def _trained_restored(self, value: Any) -> None:
        if isinstance(value, str):
            self.statusBar().showMessage(f"The kept trained weights were not loaded: {value}", 8000)
            return
        self.training.state = value
        self.predictions.show_results(value.model, value.data)
        self.training_controls.set_running(False, self.training.can_continue(self.document.project))
        self.statusBar().showMessage("Loaded the trained weights kept beside the project.", 8000)

    def open_lesson(self, lesson_id: str) -> bool:
        """Open a built-in lesson as an untitled copy (the shipped files stay as they are)."""
        if not self.maybe_save():
            return False
        try:
            lesson = load_lesson(lesson_id)
        except NNBuilderError as error:
            self.show_error("Cannot open lesson", str(error))
            return False
        self.lesson = lesson
        self.document.replace(lesson.project, None)
        self.lesson_panel.show_lesson(lesson)
        self.lesson_dock.setWindowTitle(f"Lesson: {lesson.title}")
        self.lesson_dock.show()
        self.resizeDocks([self.lesson_dock], [280], Qt.Orientation.Horizontal)
        self._project_loaded()
        self.tabs.setCurrentWidget(self.diagram)
        return True

    @Slot(dict)
    def apply_lesson_step(self, change: dict) -> None:
        try:
            changed = apply_change(self.document.project, change)
        except NNBuilderError as error:
            self.show_error("Cannot apply this step", str(error))
            return
        self.document.replace_contents(changed, "Apply lesson step: " + describe_change(change))

    def _trained_or_explain(self) -> Any:
        state = self.training.state
        if state is None or self.last_result is None:
            self.show_error("Nothing trained yet", "Train the network first (Training tab → Train).")
            return None
        return state

    def _ask_path(self, title: str, suggestion: str, file_filter: str) -> Path | None:
        """A file to write (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path(self._base_dir() or ".") / suggestion), file_filter)
        return Path(name) if name else None

    def save_report(self, path: Path | None = None) -> None:
        state = self._trained_or_explain()
        if state is None:
            return
        path = path or self._ask_path("Save lab report", f"{self.document.project.title}.html", "HTML (*.html)")
        if path is None:
            return
        result = self.last_result
        self.predictions.wait()

        def write() -> str:
            from ..engine.report import write_report

            return f"Wrote the report {write_report(path, state.project, result, state.data, state.model)}"

        self.file_task.start(write)

    def export_model(self, path: Path | None = None) -> None:
        state = self._trained_or_explain()
        if state is None:
            return
        path = path or self._ask_path("Export trained model", "model.keras", MODEL_FILTER)
        if path is None:
            return
        path = path if path.suffix == ".keras" else path.with_suffix(".keras")
        self.predictions.wait()

        def export() -> str:
            from ..engine.outputs import save_model_atomic

            save_model_atomic(state.model, path)
            return f"Saved the trained model as {path}"

        self.file_task.start(export)

    def import_model(self, path: Path | None = None) -> None:
        """A .keras model built from catalogue layers becomes an editable, untitled project."""
        if not self.maybe_save():
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, "Import model", str(self._base_dir() or ""), MODEL_FILTER)
            path = Path(name) if name else None
        if path is None:
            return

        def load() -> Any:
            from ..engine.model_import import project_from_model

            return project_from_model(path)

        self.file_task.start(load)

    @Slot(object)
    def _file_task_done(self, value: Any) -> None:
        if isinstance(value, str):
            self.statusBar().showMessage(value, 8000)
            return
        imported = value  # ImportedModel(project, weights, input_width)
        self.document.replace(imported.project, None)
        self.lesson = None
        self.lesson_dock.hide()
        self._project_loaded()
        self.input_spin.setValue(imported.input_width)
        self.document.set_input_width(imported.input_width)
        self.tabs.setCurrentWidget(self.diagram)
        self.statusBar().showMessage("Imported the model's layers; choose its data in the Data tab.", 8000)

    def open_model(self, path: Path | None = None) -> None:
        """Show every weight of a .keras file in the Weights tab (read-only; Keras loads in the background)."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, "Open model", str(self._base_dir() or ""), MODEL_FILTER)
            path = Path(name) if name else None
        if path is None:
            return
        self.statusBar().showMessage(f"Loading {path.name}…")

        def load() -> tuple[str, list[Any]]:
            from ..engine.weights import load_keras_model, weight_tensors

            return path.name, weight_tensors(load_keras_model(path))

        self.model_loader.start(load)

    @Slot(object)
    def _model_loaded(self, loaded: tuple[str, list[Any]]) -> None:
        name, tensors = loaded
        self.inspector.show_model(tensors, name)
        self.tabs.setCurrentWidget(self.weights_tab)
        self.statusBar().showMessage(f"{name}: {len(tensors)} weight tensors", 8000)

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        return path is not None and self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        old_dir = self._base_dir()
        if old_dir is not None and path.parent.resolve() != old_dir.resolve():
            from ..engine.outputs import relocated

            # A data path relative to the old folder must still find the data from the new one.
            source = relocated(self.document.project, old_dir, path.parent).data.source
            self.document.project.data.source = source
        try:
            self.document.save(path)
        except OSError as error:
            self.show_error("Cannot save project", f"{path} could not be written ({error.strerror or error}); "
                            "choose another folder with Save As")
            return False
        self._remember_recent(path.resolve())
        self.statusBar().showMessage(f"Saved {path}", 5000)
        state = self.training.state
        if state is not None and self.training.can_continue(self.document.project) is None:
            self.predictions.wait()

            def keep_weights() -> str:
                from ..engine.model_import import save_trained

                return f"Saved {path.name} with its trained weights ({save_trained(path, state.model).name})"

            self.file_task.start(keep_weights)
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
            self.training.shutdown()
            self.data_panel.wait()
            self.model_loader.wait()
            self.predictions.wait()
            self.file_task.wait()
            self.trained_loader.wait()
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
