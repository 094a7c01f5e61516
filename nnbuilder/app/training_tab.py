"""The Training tab: settings, controls, live learning curves and the list of runs kept beside the project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ..engine.runs import RunRecord, load_runs, runs_path, save_runs
from ..engine.reporting import TrainResult
from ..paths import resource_path
from ..spec import NNBuilderError
from .curves import LearningCurves
from .runs_view import RunList
from .training_panel import TrainingControls, TrainingSettings


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
        parts.insert(1, f"Best validation loss {min(result.history['val_loss']):.4g}.")
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
        self.runs: list[RunRecord] = []
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(4, 4, 4, 4)
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

    def add_run(self, run: RunRecord, project_path: Path | None) -> str | None:
        """Show a finished run and keep it beside the project; returns a problem to report, if any."""
        self.runs.append(run)
        self.run_list.add_run(run)
        return self.save_runs(project_path)

    def save_runs(self, project_path: Path | None) -> str | None:
        path = runs_file(project_path)
        if path is None:
            return None
        try:
            save_runs(path, self.runs)
        except OSError as error:
            return f"The runs could not be saved beside the project ({error.strerror})."
        return None

    def load_runs(self, project_path: Path | None) -> str | None:
        """The runs kept beside a project just opened (none for an untitled one)."""
        self.runs = []
        problem = None
        path = runs_file(project_path)
        if path is not None:
            try:
                self.runs = load_runs(path)
            except NNBuilderError as error:
                problem = str(error)
        self.run_list.set_runs(self.runs)
        self.curves.set_overlays([])
        return problem
