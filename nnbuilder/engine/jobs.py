"""The work the window sends to the engine thread, one function a job.

Each takes the engine's ``Workspace`` and the asking window's ``owner`` key, uses the trained model
kept there, and returns only what may cross to another thread: numpy copies, summaries, messages.
Nothing here imports Qt, so every job can be tested, and run by the command line, without a window.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..i18n import translate
from ..spec import NNBuilderError, Project
from ..spec.errors import TrainingError
from .service import Workspace

if TYPE_CHECKING:
    from .data import PreparedData, Task
    from .lessons import BoundaryGrid
    from .landscape import Landscape
    from .lr_find import LRFinding
    from .race import RaceCopy
    from .one_step import StepResult
    from .trace import RowTrace
    from .model_import import ImportedModel
    from .predict import Predictions
    from .reporting import Reporter, TrainResult
    from .weights import WeightTensor


@dataclass
class TrainedState:
    """What a finished run leaves on the engine thread: the model to continue from, its data, its project."""

    model: Any  # keras.Sequential: never leaves the engine thread
    data: PreparedData
    project: Project
    epochs_done: int
    batches: Any = None  # the training batches single steps take, one after another (an iterator)
    steps_taken: int = 0  # single steps taken since the model was built or last trained
    table: Any = None  # the source table (pandas), read once for row traces


@dataclass(frozen=True)
class DataView:
    """The part of the prepared data the window draws: copies, safe on any thread."""

    x_train: np.ndarray
    y_train: np.ndarray
    feature_names: list[str]
    task: Task

    @property
    def input_width(self) -> int:
        return int(self.x_train.shape[1])

    @classmethod
    def of(cls, data: PreparedData) -> DataView:
        return cls(data.x_train.copy(), data.y_train.copy(), list(data.feature_names), data.task)


@dataclass(frozen=True)
class TrainedSummary:
    """What the window knows of the trained model the engine keeps for it."""

    project: Project  # as trained
    epochs_done: int
    data: DataView
    diverged: bool = False  # the run ended on a NaN loss: its weights are no use to go on from


def _summary(state: TrainedState) -> TrainedSummary:
    return TrainedSummary(state.project.copy(), state.epochs_done, DataView.of(state.data))


def trained_state(workspace: Workspace, owner: str) -> TrainedState:
    state = workspace.trained.get(owner)
    if not isinstance(state, TrainedState):
        raise NNBuilderError(translate("Jobs", "nothing is trained yet; train the network first (Training tab → Train)"))
    return state


def train_run(
    workspace: Workspace,
    owner: str,
    project: Project,
    base_dir: Path | None,
    reporter: Reporter,
    epochs: int | None = None,
    resume: bool = False,
) -> tuple[TrainResult, TrainedSummary]:
    """Train from scratch, or continue the kept model for ``epochs`` more epochs."""
    from .train import fit, prepare_project, train

    if resume:
        previous = trained_state(workspace, owner)
        reporter.data_prepared(DataView.of(previous.data))
        result = fit(previous.model, previous.data, project, reporter, epochs=epochs,
                     initial_epoch=previous.epochs_done)  # fmt: skip
        state = TrainedState(previous.model, previous.data, project, previous.epochs_done + result.epochs_run)
    else:
        workspace.forget(owner)  # the old model's memory is freed before the new one is built
        data = prepare_project(project, base_dir)
        reporter.data_prepared(DataView.of(data))
        trained = train(project, base_dir, reporter, epochs=epochs, data=data)
        result = trained.result
        state = TrainedState(trained.model, trained.data, project, result.epochs_run)
    workspace.trained[owner] = state
    return result, _summary(state)


@dataclass(frozen=True)
class Restored:
    """A kept model, loaded: what the window shows of it."""

    summary: TrainedSummary
    tensors: list[WeightTensor]  # every weight, as copies
    boundary: tuple[BoundaryGrid, np.ndarray] | None  # its decision boundary, for two-input, two-class data


def restore_trained(
    workspace: Workspace, owner: str, project: Project, project_path: Path, epochs_done: int = 0
) -> Restored:
    """Load the trained weights kept beside a project (``lab.weights.keras``) as the owner's model.

    ``epochs_done``: how far the kept model was trained (from the project's runs), so that Continue
    numbers its epochs on from there.
    """
    from .lessons import boundary_grid, boundary_probabilities, has_boundary
    from .model_import import load_trained
    from .train import prepare_project
    from .weights import weight_tensors

    data = prepare_project(project, project_path.parent)
    model, reason = load_trained(project_path, project, data.input_width)
    if model is None:
        raise TrainingError(reason or translate("Jobs", "the kept weights could not be loaded"))
    state = TrainedState(model, data, project.copy(), epochs_done)
    workspace.trained[owner] = state
    boundary = None
    if has_boundary(data):
        grid = boundary_grid(data.x_train)
        boundary = (grid, boundary_probabilities(model, grid))
    return Restored(_summary(state), weight_tensors(model), boundary)


def keep_trained_weights(workspace: Workspace, owner: str, project_path: Path) -> str:
    """Save the owner's trained model beside its project file; returns what was done, in words."""
    from .model_import import save_trained

    written = save_trained(project_path, trained_state(workspace, owner).model)
    return translate("Jobs", "Saved {project} with its trained weights ({file})").format(
        project=project_path.name, file=written.name
    )


def validation_predictions(workspace: Workspace, owner: str) -> Predictions:
    from .predict import validation_predictions as predict

    state = trained_state(workspace, owner)
    return predict(state.model, state.data)


def predict_csv(workspace: Workspace, owner: str, path: Path, out: Path, threshold: float) -> tuple[Path, int, list[str]]:
    """Predict every row of a table and save it with the predictions added: (out, rows, notes)."""
    from ..spec.io import write_text_atomic
    from .data import read_table
    from .predict import predict_frame

    state = trained_state(workspace, owner)
    frame, notes = read_table(path)
    predicted = predict_frame(state.model, state.data, frame, threshold, path.name, notes.append)
    write_text_atomic(out, predicted.to_csv(index=False))
    return out, len(predicted), notes


def export_model(workspace: Workspace, owner: str, path: Path) -> str:
    from .outputs import save_model_atomic

    save_model_atomic(trained_state(workspace, owner).model, path)
    return translate("Jobs", "Saved the trained model as {path}").format(path=path)


def import_model(workspace: Workspace, path: Path) -> ImportedModel:
    """A .keras model built from catalogue layers, as a project and its weights (numpy)."""
    from .model_import import project_from_model

    return project_from_model(path)


def model_weights(workspace: Workspace, path: Path) -> tuple[str, list[WeightTensor]]:
    """Every weight tensor of any .keras file, as numpy copies."""
    from .weights import load_keras_model, weight_tensors

    return path.name, weight_tensors(load_keras_model(path))


# Looking inside one step ------------------------------------------------------------------------


@dataclass(frozen=True)
class Stepped:
    """What single steps did, for the window: the last step whole, every step's loss, the weights after."""

    summary: TrainedSummary
    step: StepResult  # the last step: its batch, losses, gradients and updates
    losses: list[tuple[float, float]]  # (before, after) of each step taken just now
    number: int  # how many single steps this model has taken, this one included
    tensors: list[WeightTensor]  # every weight after the steps
    initial: list[WeightTensor] | None  # every weight before them, when the model was built for them


def _fresh_state(workspace: Workspace, owner: str, project: Project, base_dir: Path | None) -> TrainedState:
    """The model training would start from: the project's seeded initial weights."""
    from .train import initial_model, prepare_project

    workspace.forget(owner)
    data = prepare_project(project, base_dir)
    return TrainedState(initial_model(project, data), data, project.copy(), 0)


def take_steps(
    workspace: Workspace, owner: str, project: Project, base_dir: Path | None, count: int, go_on: bool
) -> Stepped:
    """``count`` single training steps, each on the next training batch.

    ``go_on``: step the owner's kept model (trained, or stepped before); otherwise start from the
    project's seeded initial weights, which the owner then keeps, so Continue trains on from there.
    """
    from .batches import shuffled_batches
    from .one_step import take_step
    from .weights import weight_tensors

    state = workspace.trained.get(owner) if go_on else None
    initial = None
    if not isinstance(state, TrainedState):
        state = _fresh_state(workspace, owner, project, base_dir)
        workspace.trained[owner] = state
        initial = weight_tensors(state.model)
    if state.batches is None:
        training = state.project.training
        batches = shuffled_batches(state.data.x_train, state.data.y_train, training.batch_size,
                                   training.seed + state.epochs_done)  # fmt: skip
        state.batches = iter(batches.repeat())
    losses = []
    for _ in range(count):
        x, y = next(state.batches)
        step = take_step(state.model, np.array(x), np.array(y))
        state.steps_taken += 1
        losses.append((step.loss_before, step.loss_after))
    return Stepped(_summary(state), step, losses, state.steps_taken, weight_tensors(state.model), initial)


def _model_to_look_at(
    workspace: Workspace, owner: str, project: Project, base_dir: Path | None, go_on: bool
) -> TrainedState:
    """The owner's kept model (``go_on``), or one with the project's seeded initial weights (what
    Train would start from), built once for this version of the project and never trained."""
    state = workspace.trained.get(owner) if go_on else None
    if isinstance(state, TrainedState):
        return state
    described = {"project": project.to_dict(), "table": _table_identity(project, base_dir)}
    kept = workspace.untrained.get(owner)
    if kept is not None and kept[0] == described and isinstance(kept[1], TrainedState):
        return kept[1]
    from .train import initial_model, prepare_project

    data = prepare_project(project, base_dir)
    state = TrainedState(initial_model(project, data), data, project.copy(), 0)
    workspace.untrained[owner] = (described, state)
    return state


def _table_identity(project: Project, base_dir: Path | None) -> tuple[str, float] | None:
    """Where the project's table is and when it last changed: the same project elsewhere, or an
    edited CSV, is not the data a cached model was prepared with."""
    if project.data.is_builtin or not project.data.source.strip():
        return None
    from .data import source_path

    path = source_path(project.data, base_dir)
    try:
        return str(path.resolve()), path.stat().st_mtime
    except OSError:
        return str(path), 0.0


def find_rate(workspace: Workspace, owner: str, project: Project, base_dir: Path | None, go_on: bool) -> LRFinding:
    """The learning-rate finder on the owner's kept model (``go_on``) or on the project's seeded
    initial weights; either way the weights are left as they were."""
    from .lr_find import find_learning_rate

    state = _model_to_look_at(workspace, owner, project, base_dir, go_on)
    return find_learning_rate(state.model, state.data, project)


def trace_row(
    workspace: Workspace, owner: str, project: Project, base_dir: Path | None, go_on: bool, row: int,
    dropout_training: bool,
) -> RowTrace:  # fmt: skip
    """Row ``row`` of the source table through the owner's kept model (``go_on``), or through the
    project's seeded initial weights: what the network does with it before any training."""
    from .data import load_source
    from .trace import trace_table_row

    state = _model_to_look_at(workspace, owner, project, base_dir, go_on)
    if state.table is None:
        state.table = load_source(project.data, base_dir).frame
    return trace_table_row(state.model, state.data, state.table, row, dropout_training)


def loss_landscape(workspace: Workspace, owner: str, project: Project, base_dir: Path | None) -> Landscape:
    """The linear unit's loss over (w, b), and SGD's and Adam's paths from its seeded start (no model is kept)."""
    from .landscape import landscape

    return landscape(project, base_dir)


def race(
    workspace: Workspace, owner: str, project: Project, base_dir: Path | None, setting: str, values: list[float],
    reporters: list[Reporter],
) -> list[RaceCopy]:  # fmt: skip
    """Copies of the project with different learning rates (or batch sizes), trained side by side
    from the same initial weights; none is kept (each becomes a run in the window)."""
    from .race import race_projects, run_race

    return run_race(race_projects(project, setting, values), values, setting, base_dir, reporters)
