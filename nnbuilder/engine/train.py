"""Training a project: data → model → fit, reporting through a plain protocol (no Qt here).

The window wraps a Reporter in Qt signals; the command line prints from one. Stopping is a
request the reporter answers at the next reporting point; the weights trained so far are kept.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..i18n import translate
from ..spec import Project, check_project
from ..spec.errors import TrainingError
from .backend import keras, seed_everything, tensorflow
from .batches import ordered_batches, shuffled_batches
from .build import build_project_model
from .checks import check_fits_task
from .data import PreparedData, prepare
from .lessons import BoundaryGrid, boundary_grid, boundary_probabilities, has_boundary
from .reporting import Reporter, SilentReporter, TrainInfo, TrainResult  # noqa: F401 - their old home
from .weights import weight_tensors

# Batch progress is reported at most this often: enough for a live trace redrawn 5 times a second,
# cheap for training.
BATCH_REPORT_SECONDS = 0.1
# Steps the compiled training loop runs between two Python callbacks (see choose_steps_per_execution).
MAX_STEPS_PER_EXECUTION = 16
DISTRIBUTIONS = ("mirrored",)  # tf.distribute strategies `train --distribute` offers


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic cyclic garbage collection while Keras trains: with many small batches it ran
    hundreds of times a run, a tenth of the time (the window already collects only between jobs,
    on its own thread). What piled up is collected once, afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
            gc.collect(1)  # the young garbage of the run; older generations at their usual pace


def choose_steps_per_execution(steps_per_epoch: int) -> int:
    """Run several steps per call into the compiled loop; Python callbacks between steps cost time."""
    return max(1, min(MAX_STEPS_PER_EXECUTION, steps_per_epoch))


def _divergence_message(epoch: int, project: Project) -> str:
    rate = project.training.optimizer.config.get("learning_rate")
    if rate is not None:
        hints = [translate("Train", "lower the learning rate (now {rate:g})").format(rate=rate)]
    else:
        hints = [translate("Train", "lower the learning rate")]
    if project.data.scaling == "none":
        hints.append(translate("Train", "scale the data (its scaling is 'none'; choose 'standard')"))
    hints.append(translate("Train", "or add BatchNormalization"))
    return translate("Train", "the loss became NaN or infinite in epoch {epoch}: the weights blew up; {hints}").format(
        epoch=epoch, hints=", ".join(hints)
    )


@functools.cache
def _reporter_callback_class() -> type:
    """The Keras callback class, made once: a class made anew for every run is cyclic garbage."""
    k = keras()

    class ReporterCallback(k.callbacks.Callback):
        """Forwards Keras's progress to the reporter and turns its answers into stop_training."""

        def __init__(
            self, reporter: Reporter, state: dict[str, Any], project: Project, initial_epoch: int,
            grid: BoundaryGrid | None,
        ) -> None:  # fmt: skip
            super().__init__()
            self.reporter, self.state, self.project = reporter, state, project
            self.initial_epoch, self.grid = initial_epoch, grid
            self.epoch = 0
            self.last_batch_report = 0.0
            self.unreported: tuple[int, int, dict[str, float]] | None = None  # a batch report skipped to save time

        def _check(self, logs: dict[str, Any] | None) -> dict[str, float]:
            values = {key: float(value) for key, value in (logs or {}).items()}
            loss = values.get("loss")
            if loss is not None and not math.isfinite(loss) and self.state["diverged"] is None:
                self.state["diverged"] = _divergence_message(self.epoch, self.project)
                self.model.stop_training = True
            if self.reporter.stop_requested():
                self.state["stop_requested"] = True
                self.model.stop_training = True
            return values

        def _show_weights_and_boundary(self, epoch: int) -> None:
            if self.reporter.wants_weights():
                self.reporter.weights(epoch, weight_tensors(self.model))
            if self.grid is not None:
                self.reporter.boundary(epoch, self.grid, boundary_probabilities(self.model, self.grid))

        def on_train_begin(self, logs: dict[str, Any] | None = None) -> None:
            self._show_weights_and_boundary(self.initial_epoch)

        def on_epoch_begin(self, epoch: int, logs: dict[str, Any] | None = None) -> None:
            self.epoch = epoch + 1

        def on_train_batch_end(self, batch: int, logs: dict[str, Any] | None = None) -> None:
            values = self._check(logs)
            # Run several steps at a time, Keras counts the last call of an epoch past its end (step
            # 96 of 83): the step reported is where the epoch really is.
            step = min(batch + 1, self.params.get("steps") or batch + 1)
            now = time.perf_counter()
            if now - self.last_batch_report >= BATCH_REPORT_SECONDS:
                self.last_batch_report = now
                self.reporter.batch_end(self.epoch, step, values)
                self.unreported = None
            else:
                self.unreported = (self.epoch, step, values)

        def on_epoch_end(self, epoch: int, logs: dict[str, Any] | None = None) -> None:
            if self.unreported is not None:  # the epoch's last batch always reaches the live trace
                self.reporter.batch_end(*self.unreported)
                self.unreported = None
            values = self._check(logs)
            self.state["epochs_run"] = epoch + 1 - self.initial_epoch
            self.reporter.epoch_end(epoch + 1, values)
            self._show_weights_and_boundary(epoch + 1)

    return ReporterCallback


@dataclass
class TrainedModel:
    model: Any  # keras.Sequential
    data: PreparedData
    result: TrainResult


def prepare_project(project: Project, base_dir: Path | None) -> PreparedData:
    """Validate the project, load and preprocess its data, check the network fits the target."""
    check_project(project)
    data = prepare(project.data, base_dir, loss=project.training.loss)
    problems = check_fits_task(project.layers, project.training.loss, data.task, data.input_width)
    if problems:
        raise TrainingError("; ".join(problems))
    return data


def initial_model(project: Project, data: PreparedData) -> Any:
    """The compiled model training starts from: the project's network with its seeded initial
    weights. Everything that starts "from the beginning" (a step, a trace, the finder, the landscape,
    a race) starts from this same model."""
    seed_everything(project.training.seed)
    steps = math.ceil(len(data.x_train) / project.training.batch_size)
    return build_project_model(project, data.input_width, choose_steps_per_execution(steps))


def distribution_scope(distribute: str | None) -> contextlib.AbstractContextManager[Any]:
    """Where a model is built: as usual (None), or mirrored across the local GPUs ("mirrored")."""
    if distribute is None:
        return contextlib.nullcontext()
    if distribute == "mirrored":
        return tensorflow().distribute.MirroredStrategy().scope()
    raise TrainingError(
        translate("Train", "no distribution '{name}'; choose one of: {choices}").format(
            name=distribute, choices=", ".join(DISTRIBUTIONS)
        )
    )


def train(
    project: Project,
    base_dir: Path | None,
    reporter: Reporter | None = None,
    epochs: int | None = None,
    warn: Callable[[str], None] | None = None,
    data: PreparedData | None = None,
    distribute: str | None = None,
) -> TrainedModel:
    """Build a fresh model from the project and train it (deterministic for the project's seed).

    ``warn`` hears what the data preparation noticed (dropped rows, columns left out) before
    training starts; ``data`` skips the preparation when the caller already ran prepare_project.
    ``distribute="mirrored"`` trains on every local GPU at once (one replica on a CPU-only machine).
    """
    if data is None:
        data = prepare_project(project, base_dir)
        for warning in data.warnings:
            if warn is not None:
                warn(warning)
    with distribution_scope(distribute):  # the model's variables are made where the strategy places them
        model = initial_model(project, data)
    result = fit(model, data, project, reporter, epochs=epochs)
    return TrainedModel(model, data, result)


def fit(
    model: Any,
    data: PreparedData,
    project: Project,
    reporter: Reporter | None = None,
    epochs: int | None = None,
    initial_epoch: int = 0,
) -> TrainResult:
    """Train ``model`` for ``epochs`` more epochs (default: the project's) and report as it goes."""
    k = keras()
    reporter = reporter or SilentReporter()
    training = project.training
    epochs = training.epochs if epochs is None else epochs
    state: dict[str, Any] = {"diverged": None, "stop_requested": False, "epochs_run": 0}
    grid = boundary_grid(data.x_train) if reporter.wants_boundary() and has_boundary(data) else None
    callbacks = [_reporter_callback_class()(reporter, state, project, initial_epoch, grid)]
    stopper = None
    if training.early_stopping is not None:
        settings = training.early_stopping
        stopper = k.callbacks.EarlyStopping(
            monitor=settings.monitor,
            min_delta=settings.min_delta,
            patience=settings.patience,
            restore_best_weights=settings.restore_best_weights,
        )
        callbacks.append(stopper)
    # A continued run shuffles differently from the run it continues.
    train_batches = shuffled_batches(data.x_train, data.y_train, training.batch_size, training.seed + initial_epoch)
    validation = None if data.x_val is None else ordered_batches(data.x_val, data.y_val, training.batch_size)
    reporter.train_begin(
        TrainInfo(
            epochs=initial_epoch + epochs,
            initial_epoch=initial_epoch,
            steps_per_epoch=math.ceil(len(data.x_train) / training.batch_size),
            train_rows=len(data.x_train),
            validation_rows=0 if data.x_val is None else len(data.x_val),
        )
    )
    started = time.perf_counter()
    try:
        with collector_paused():
            history = model.fit(
                train_batches,
                epochs=initial_epoch + epochs,
                initial_epoch=initial_epoch,
                validation_data=validation,
                shuffle=False,  # train_batches shuffles itself
                callbacks=callbacks,
                verbose=0,  # Keras's progress bar writes to stdout, which a windowed bundle lacks
            )
    except (ValueError, TypeError) as error:
        raise TrainingError(
            translate("Train", "Keras could not train this network: {reason}").format(reason=str(error).splitlines()[0])
        ) from None
    result = TrainResult(
        history={key: [float(v) for v in values] for key, values in history.history.items()},
        epochs_run=state["epochs_run"],
        stop_requested=state["stop_requested"],
        diverged=state["diverged"],
        seconds=time.perf_counter() - started,
    )
    if stopper is not None and stopper.best is not None:
        result.best_epoch = stopper.best_epoch + 1  # Keras counts from 0, including initial_epoch
        result.stopped_early = stopper.stopped_epoch > 0
        result.restored_best = stopper.restore_best_weights and result.best_epoch != initial_epoch + result.epochs_run
    reporter.train_end(result)
    return result
