"""Training in a worker thread: the engine's train/fit, reporting through Qt signals.

The worker owns nothing the window shows. It emits copies of what the engine reports; the
controller re-emits them on the main thread (queued connections to @Slot receivers). Stop and
pause are flags the engine's reporter checks between compiled steps.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..spec import NNBuilderError, Project


@dataclass
class TrainedState:
    """What a finished run leaves: the model to continue from, its data, and the project it came from."""

    model: Any
    data: Any  # engine PreparedData
    project: Project
    epochs_done: int


class _SignalReporter:
    """The engine's Reporter protocol, answered with Qt signals and thread-safe flags."""

    def __init__(self, worker: TrainingWorker, want_weights: bool) -> None:
        self.worker = worker
        self.want_weights = want_weights

    def train_begin(self, info: Any) -> None:
        self.worker.began.emit(info)

    def batch_end(self, epoch: int, step: int, logs: dict[str, float]) -> None:
        self.worker.batch.emit(epoch, step, dict(logs))

    def epoch_end(self, epoch: int, logs: dict[str, float]) -> None:
        self.worker.epoch.emit(epoch, dict(logs))

    def train_end(self, result: Any) -> None:
        pass

    def stop_requested(self) -> bool:
        # Pausing blocks here, between two compiled steps; Stop ends the pause as well.
        while self.worker.pause_flag.is_set() and not self.worker.stop_flag.is_set():
            time.sleep(0.05)
        return self.worker.stop_flag.is_set()

    def wants_weights(self) -> bool:
        return self.want_weights

    def weights(self, epoch: int, tensors: list[Any]) -> None:
        self.worker.weights.emit(epoch, tensors)  # fresh numpy copies, owned by the receiver

    def wants_boundary(self) -> bool:
        return True  # the engine computes it only for two-feature, two-class data

    def boundary(self, epoch: int, grid: Any, probabilities: Any) -> None:
        self.worker.boundary.emit(epoch, grid, probabilities)


class TrainingWorker(QObject):
    began = Signal(object)  # TrainInfo
    batch = Signal(int, int, object)  # epoch, step, logs
    epoch = Signal(int, object)  # epoch, logs
    weights = Signal(int, object)  # epoch, list[WeightTensor]
    boundary = Signal(int, object, object)  # epoch, BoundaryGrid, probabilities
    prepared = Signal(object)  # PreparedData, before training starts
    finished = Signal(object, object)  # TrainResult, TrainedState
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.stop_flag = threading.Event()
        self.pause_flag = threading.Event()
        self.job: tuple[Project, Path | None, TrainedState | None, int | None, bool] | None = None

    @Slot()
    def run(self) -> None:
        project, base_dir, previous, epochs, want_weights = self.job
        reporter = _SignalReporter(self, want_weights)
        try:
            from ..engine.train import fit, prepare_project, train

            if previous is None:
                data = prepare_project(project, base_dir)
                self.prepared.emit(data)
                trained = train(project, base_dir, reporter, epochs=epochs, data=data)
                state = TrainedState(trained.model, trained.data, project, trained.result.epochs_run)
                result = trained.result
            else:
                self.prepared.emit(previous.data)
                result = fit(previous.model, previous.data, project, reporter, epochs=epochs,
                             initial_epoch=previous.epochs_done)
                state = TrainedState(previous.model, previous.data, project, previous.epochs_done + result.epochs_run)
        except NNBuilderError as error:
            self.failed.emit(str(error))
            return
        except Exception as error:  # the thread must never die silently
            self.failed.emit(f"training failed unexpectedly ({type(error).__name__}: {error})")
            return
        self.finished.emit(result, state)


class TrainingController(QObject):
    """Starts, pauses, stops and continues training; at most one run at a time."""

    began = Signal(object)
    batch = Signal(int, int, object)
    epoch = Signal(int, object)
    weights = Signal(int, object)
    boundary = Signal(int, object, object)
    prepared = Signal(object)
    finished = Signal(object)  # TrainResult
    failed = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state: TrainedState | None = None
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None
        self.want_weights = True

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def paused(self) -> bool:
        return self._worker is not None and self._worker.pause_flag.is_set()

    def can_continue(self, project: Project) -> str | None:
        """None when the trained model can go on with ``project``; otherwise why not, in words."""
        if self.state is None:
            return "nothing has been trained yet"
        trained, now = self.state.project.to_dict(), project.to_dict()
        for section in ("data", "layers"):
            if trained[section] != now[section]:
                return f"the {'network' if section == 'layers' else 'data'} changed since it was trained"
        if trained["training"]["optimizer"] != now["training"]["optimizer"] or trained["training"]["loss"] != now["training"]["loss"]:
            return "the optimizer or loss changed since it was trained"
        return None

    def start(self, project: Project, base_dir: Path | None, epochs: int | None = None, resume: bool = False) -> None:
        """Train from scratch, or (``resume``) go on from the last run for ``epochs`` more epochs."""
        if self.running:
            return
        previous = self.state if resume else None
        worker = TrainingWorker()
        worker.job = (project.copy(), base_dir, previous, epochs, self.want_weights)
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.began.connect(self._began)
        worker.batch.connect(self._batch)
        worker.epoch.connect(self._epoch)
        worker.weights.connect(self._weights)
        worker.boundary.connect(self._boundary)
        worker.prepared.connect(self._prepared)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        self._thread, self._worker = thread, worker
        thread.start()
        self.running_changed.emit(True)

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.stop_flag.set()

    def pause(self, paused: bool) -> None:
        if self._worker is not None:
            (self._worker.pause_flag.set if paused else self._worker.pause_flag.clear)()

    def shutdown(self) -> None:
        """Window closing: stop, and wait for the thread so it is never destroyed while running."""
        thread, worker = self._thread, self._worker
        if thread is None or worker is None:
            return
        signals = (worker.began, worker.batch, worker.epoch, worker.weights, worker.boundary, worker.prepared,
                   worker.finished, worker.failed)  # fmt: skip
        for signal in signals:
            signal.disconnect()  # the window is going: nobody is left to hear the last reports
        self.stop()
        thread.quit()
        thread.wait()
        self._cleanup()

    def _cleanup(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        if worker is not None:
            worker.deleteLater()
        self.running_changed.emit(False)

    @Slot(object)
    def _began(self, info: Any) -> None:
        self.began.emit(info)

    @Slot(int, int, object)
    def _batch(self, epoch: int, step: int, logs: dict[str, float]) -> None:
        self.batch.emit(epoch, step, logs)

    @Slot(int, object)
    def _epoch(self, epoch: int, logs: dict[str, float]) -> None:
        self.epoch.emit(epoch, logs)

    @Slot(int, object)
    def _weights(self, epoch: int, tensors: list[Any]) -> None:
        self.weights.emit(epoch, tensors)

    @Slot(int, object, object)
    def _boundary(self, epoch: int, grid: Any, probabilities: Any) -> None:
        self.boundary.emit(epoch, grid, probabilities)

    @Slot(object)
    def _prepared(self, data: Any) -> None:
        self.prepared.emit(data)

    @Slot(object, object)
    def _finished(self, result: Any, state: TrainedState) -> None:
        self.state = state
        self._cleanup()
        self.finished.emit(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._cleanup()
        self.failed.emit(message)
