"""The Training tab: settings, controls, live learning curves and the list of runs kept beside the
project; and the window's side of a run (``TrainingViewMixin``): what each event of the engine's
run changes in the curves, the weights, the boundary and the predictions."""

from __future__ import annotations

import datetime
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ..engine.jobs import DataView, TrainedSummary
from ..engine.lessons import BoundaryGrid, has_boundary
from ..engine.reporting import TrainInfo, TrainResult
from ..engine.runs import RunRecord, load_runs, next_run_number, runs_path, save_runs
from ..engine.weights import WeightTensor
from ..i18n import translate, upper
from ..paths import resource_path
from ..spec import NNBuilderError
from .builder_column import MismatchBanner
from .curves import LearningCurves
from .runs_view import RunList
from .session import Change
from .training_panel import TrainingControls, TrainingSettings

if TYPE_CHECKING:
    from .window import MainWindow


def scrollable(page: QWidget) -> QScrollArea:
    """A tab page that scrolls on a small screen instead of widening the whole window."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


def result_text(result: TrainResult) -> str:
    """The status line under the controls when a run ends."""
    parts = result.outcome()
    if result.history.get("val_loss"):
        parts.insert(1, translate("TrainingTab", "Best validation loss {loss:.4g}.").format(loss=min(result.history["val_loss"])))
    accuracy = [value for value in result.history.get("val_accuracy", []) if value == value]  # NaN-free
    if accuracy:  # what a classification lesson talks about
        parts.insert(2, translate("TrainingTab", "Best validation accuracy {accuracy:.1%}.").format(accuracy=max(accuracy)))
    return " ".join(parts)


def runs_file(project_path: Path | None) -> Path | None:
    """Where a project's runs are kept; shipped examples and lessons keep them in memory only."""
    if project_path is None or project_path.resolve().is_relative_to(resource_path().resolve()):
        return None
    return runs_path(project_path)


class TrainingTab(QScrollArea):
    """Settings on the left; controls, curves and runs on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = TrainingSettings()
        self.controls = TrainingControls()
        self.curves = LearningCurves()
        self.run_list = RunList()
        # The same output/target problem the Network tab flags: a loss changed here shows it here.
        self.mismatch = MismatchBanner()
        self.mismatch_label, self.mismatch_fix = self.mismatch.label, self.mismatch.fix
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.mismatch)
        column.addWidget(self.controls)
        plots = QSplitter(Qt.Orientation.Vertical)
        plots.addWidget(self.curves)
        plots.addWidget(self.run_list)
        plots.setStretchFactor(0, 3)
        plots.setStretchFactor(1, 1)
        column.addWidget(plots, 1)
        tab = QSplitter(Qt.Orientation.Horizontal)
        tab.addWidget(self.settings)
        tab.addWidget(right)
        tab.setStretchFactor(1, 1)
        tab.setSizes([330, 600])
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(tab)
        self.run_list.checked_changed.connect(lambda *_: self.curves.set_overlays(self.run_list.checked_runs()))

    def show_runs(self, runs: list[RunRecord]) -> None:
        """The session's runs: a run just added joins the list (the checked ones stay checked);
        another project's runs replace it."""
        shown = self.run_list.runs()
        if shown and shown == runs[: len(shown)]:
            for run in runs[len(shown) :]:
                self.run_list.add_run(run)
            return
        self.run_list.set_runs(runs)
        self.curves.set_overlays([])


def read_runs(project_path: Path | None) -> tuple[list[RunRecord], str | None]:
    """The runs kept beside a project just opened (none for an untitled one), and a problem reading them."""
    path = runs_file(project_path)
    if path is None:
        return [], None
    try:
        return load_runs(path), None
    except NNBuilderError as error:
        return [], str(error)


def write_runs(project_path: Path | None, runs: list[RunRecord]) -> str | None:
    """Keep the runs beside the project; returns a problem to report, if any."""
    path = runs_file(project_path)
    if path is None:
        return None
    try:
        save_runs(path, runs)
    except OSError as error:
        return translate("TrainingTab", "The runs could not be saved beside the project ({reason}).").format(
            reason=error.strerror
        )
    return None


class TrainingViewMixin:
    """MainWindow's training: start a run, hand the engine's events to the session, and render every
    view from the session's changes (a mixin over the window)."""

    def _connect_training(self: MainWindow) -> None:
        controls, controller = self.training_controls, self.training
        controls.train_clicked.connect(self._train_clicked)
        controls.continue_clicked.connect(self._continue_clicked)
        controls.pause_toggled.connect(controller.pause)
        controls.stop_clicked.connect(controller.stop)
        self.engine.follow_runs(self)
        controller.finished.connect(self._training_finished)
        controller.failed.connect(self._training_failed)
        controller.running_changed.connect(self._running_changed)
        self.training_settings.training_changed.connect(self._training_spec_edited)
        session = self.session
        session.connect(Change.RESET, self._session_reset)
        session.connect(Change.RUN_STARTED, self._session_run_started)
        session.connect(Change.PREPARED, self._session_prepared)
        session.connect(Change.SNAPSHOT, self.inspector.refresh)
        session.connect(Change.TRAINED, self._session_trained)
        session.connect(Change.RUNS, self._session_runs)

    # What each change of the session shows -------------------------------------------------
    def _session_reset(self: MainWindow) -> None:
        self.predictions.clear()
        self.curves.clear()
        self.training_controls.reset()
        self.inspector.set_snapshots(self.session.snapshots, None, None)
        self.training_tab.show_runs(self.session.runs)
        index = self.tabs.indexOf(self.boundary)
        if index >= 0:
            self.tabs.removeTab(index)
        self._update_training_controls()

    def _session_run_started(self: MainWindow) -> None:
        self.predictions.clear()
        if not self.session.snapshots.epochs():  # from scratch: the old epochs are gone
            self.inspector.set_snapshots(self.session.snapshots, self._feature_names(), self._target_name())

    def _session_prepared(self: MainWindow) -> None:
        data = self.session.prepared
        if data is not None:
            self.inspector.set_axis_names(list(data.feature_names), self._target_name())
            self.show_boundary_points(data)

    def _session_trained(self: MainWindow) -> None:
        session = self.session
        self.inspector.show_held_epoch(session.held_epoch if session.restored_best else None)
        if session.trained is not None and not session.trained.diverged:
            self.predictions.show_results()
        self._update_training_controls()

    def _session_runs(self: MainWindow) -> None:
        self.training_tab.show_runs(self.session.runs)
        problem = write_runs(self.document.path, self.session.runs)
        if problem:
            self.statusBar().showMessage(problem, 8000)

    # Starting a run, and its events -----------------------------------------------------------
    @Slot()
    def _train_clicked(self: MainWindow) -> None:
        self.start_training()

    @Slot(int)
    def _continue_clicked(self: MainWindow, epochs: int) -> None:
        self.start_training(resume=True, epochs=epochs)

    @Slot(bool)
    def _running_changed(self: MainWindow, running: bool) -> None:
        self.lesson_panel.set_apply_enabled(not running)

    def start_training(self: MainWindow, resume: bool = False, epochs: int | None = None) -> None:
        """Train from scratch, or continue the last run for ``epochs`` more epochs."""
        if self.busy:
            return
        if resume and self.training.can_continue(self.document.project) is not None:
            return
        self._run_info = None
        self._run_started = datetime.datetime.now()
        self.training.start(self.document.project, self._base_dir(), epochs=epochs, resume=resume)
        self.session.begin_run(resume)
        self.training_controls.set_running(True)
        self.training_controls.status.setText(translate("TrainingTab", "Preparing the data and loading Keras…"))
        self.tabs.setCurrentWidget(self.training_tab)

    def run_data_prepared(self: MainWindow, run: int, data: DataView) -> None:
        """Before training: the data as split and scaled (the boundary's points, the weights' row names)."""
        if self.training.is_current(run):
            self.session.data_prepared(data)

    def show_boundary_points(self: MainWindow, data: DataView) -> None:
        """The Boundary tab, with the training points, when the data has two inputs and two classes."""
        index = self.tabs.indexOf(self.boundary)
        if not has_boundary(data):
            if index >= 0:
                self.tabs.removeTab(index)
            return
        if index < 0:
            self.tabs.insertTab(self.tabs.indexOf(self.weights_tab), self.boundary, translate("TrainingTab", "Boundary"))
        self.boundary.set_points(data.x_train, data.y_train.ravel(), data.feature_names, tuple(data.task.classes))

    def run_began(self: MainWindow, run: int, info: TrainInfo) -> None:
        if not self.training.is_current(run):
            return
        training = self.document.project.training
        self._run_info = info
        if info.initial_epoch == 0:
            self.curves.start_run(info, training.early_stopping, list(training.metrics), training.loss)
        else:
            self.curves.continue_run(info, training.early_stopping)
        self.training_controls.began(info, time.perf_counter())

    def run_boundary(self: MainWindow, run: int, epoch: int, grid: BoundaryGrid, probabilities: object) -> None:
        if self.training.is_current(run):
            self.boundary.set_grid(grid.xs, grid.ys, probabilities)

    def run_weights(self: MainWindow, run: int, epoch: int, tensors: list[WeightTensor]) -> None:
        if self.training.is_current(run):
            self.session.add_snapshot(epoch, tensors)

    def _feature_names(self: MainWindow) -> list[str] | None:
        data = self.session.prepared
        if data is not None:
            return list(data.feature_names)
        summary = self.data_summary
        return list(summary.features) if summary is not None and summary.features else None

    def _target_name(self: MainWindow) -> str | None:
        summary = self.data_summary
        details = summary.task_details if summary is not None else None
        return self.document.project.data.target or (details.target if details is not None else None)

    def run_batch(self: MainWindow, run: int, epoch: int, step: int, logs: dict[str, float]) -> None:
        if self.training.is_current(run):
            self.curves.add_batch(epoch, step, logs)
            self.training_controls.advanced(epoch, step, time.perf_counter())

    def run_epoch(self: MainWindow, run: int, epoch: int, logs: dict[str, float]) -> None:
        if self.race_epoch(run, epoch, logs) or not self.training.is_current(run):
            return
        self.curves.add_epoch(epoch, logs)
        info = self.training_controls.info
        if info is not None:
            self.training_controls.advanced(epoch, info.steps_per_epoch, time.perf_counter())

    @Slot(object, object)
    def _training_finished(self: MainWindow, result: TrainResult, trained: TrainedSummary) -> None:
        self.curves.finish_run(result)
        self.training_controls.finished(result)
        self.training_controls.status.setText(result_text(result))
        run = RunRecord.from_result(
            next_run_number(self.session.runs), trained.project, result, self._run_started,
            first_epoch=self._run_info.initial_epoch + 1 if self._run_info else 1,
        )  # fmt: skip
        self.session.run_finished(result, trained, run)
        if result.diverged:
            self.dialogs.error(translate("TrainingTab", "Training stopped"), upper(result.diverged[0]) + result.diverged[1:] + ".")

    @Slot(str)
    def _training_failed(self: MainWindow, message: str) -> None:
        self.session.run_failed(message)
        self.training_controls.status.setText(translate("TrainingTab", "Training failed: {message}").format(message=message))
        self.dialogs.error(translate("TrainingTab", "Training failed"), message)

    @Slot(object)
    def _training_spec_edited(self: MainWindow, spec: object) -> None:
        self.document.set_section("training", spec)

    @Slot()
    def _update_training_controls(self: MainWindow) -> None:
        if not self.busy:
            self.training_controls.set_running(False, self.training.can_continue(self.document.project))

    def _show_training(self: MainWindow) -> None:
        data = self.document.project.data
        has_validation = isinstance(data.validation_split, (int, float)) and data.validation_split > 0
        self.training_settings.set_training(self.document.project.training, has_validation)
        self._show_batch_hint()

    def _show_batch_hint(self: MainWindow) -> None:
        """The batch size weighed against the training rows the data gives."""
        rows = self.data_summary.train_rows if self.data_summary is not None else None
        self.training_settings.set_train_rows(rows, self.document.project.training.batch_size)
