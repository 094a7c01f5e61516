"""Training on the engine thread, heard in the window.

A run is a job on the engine thread (``engine.jobs.train_run``); the model stays there. What the
window gets is the run's events, sent through the ``EngineRelay`` tagged with the run's id, and at
the end a ``TrainResult`` and a ``TrainedSummary``. Stop and pause are thread-safe flags the
engine's reporter checks between compiled steps.
"""

from __future__ import annotations

import functools
import itertools
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from ..engine.jobs import DataView, TrainedSummary, train_run
from ..engine.reporting import SilentReporter, TrainInfo, TrainResult
from ..i18n import translate
from ..spec import Project
from .engine_client import EngineClient, EngineRelay
from .session import Session

_run_ids = itertools.count(1)  # unique in the process, so two windows' runs never share an id


def new_run_id() -> int:
    return next(_run_ids)


class RelayReporter(SilentReporter):
    """The engine's Reporter, answered with the relay's signals (copies) and thread-safe flags."""

    def __init__(self, relay: EngineRelay, run: int, want_weights: bool) -> None:
        self.relay, self.run, self.want_weights = relay, run, want_weights
        self.stop_flag = threading.Event()
        self.pause_flag = threading.Event()

    def data_prepared(self, data: DataView) -> None:
        self.relay.prepared.emit(self.run, data)

    def train_begin(self, info: TrainInfo) -> None:
        self.relay.began.emit(self.run, info)

    def batch_end(self, epoch: int, step: int, logs: dict[str, float]) -> None:
        self.relay.batch.emit(self.run, epoch, step, dict(logs))

    def epoch_end(self, epoch: int, logs: dict[str, float]) -> None:
        self.relay.epoch.emit(self.run, epoch, dict(logs))

    def stop_requested(self) -> bool:
        # Pausing blocks here, between two compiled steps; Stop ends the pause as well.
        while self.pause_flag.is_set() and not self.stop_flag.is_set():
            time.sleep(0.05)
        return self.stop_flag.is_set()

    def wants_weights(self) -> bool:
        return self.want_weights

    def weights(self, epoch: int, tensors: list[Any]) -> None:
        self.relay.weights.emit(self.run, epoch, tensors)  # fresh numpy copies, owned by the receiver

    def wants_boundary(self) -> bool:
        return True  # the engine computes it only for two-feature, two-class data

    def boundary(self, epoch: int, grid: Any, probabilities: np.ndarray) -> None:
        self.relay.boundary.emit(self.run, epoch, grid, probabilities.copy())


class TrainingController(QObject):
    """Starts, pauses, stops and continues training; at most one run at a time.

    The progress events reach the window through its EngineClient (``follow_runs``), tagged with a
    run id; ``is_current(run)`` tells whether an event belongs to the run the window is showing.
    What the runs produced is kept in the window's ``Session``, not here.
    """

    finished = Signal(object, object)  # TrainResult, TrainedSummary
    failed = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, client: EngineClient, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.session = session
        self.events = client.relay
        self._reporter: RelayReporter | None = None
        self.want_weights = True

    @property
    def running(self) -> bool:
        return self._reporter is not None

    def is_current(self, run: int) -> bool:
        return self._reporter is not None and self._reporter.run == run

    @property
    def paused(self) -> bool:
        return self._reporter is not None and self._reporter.pause_flag.is_set()

    def can_continue(self, project: Project) -> str | None:
        """None when the trained model can go on with ``project``; otherwise why not, in words."""
        summary = self.session.trained
        if summary is None:
            return translate("Training", "nothing has been trained yet")
        if summary.diverged:
            return translate("Training", "the last run's loss became NaN; lower the learning rate and train again")
        trained, now = summary.project.to_dict(), project.to_dict()
        if trained["data"] != now["data"]:
            return translate("Training", "the data changed since it was trained")
        if trained["layers"] != now["layers"]:
            return translate("Training", "the network changed since it was trained")
        if trained["training"]["optimizer"] != now["training"]["optimizer"] or trained["training"]["loss"] != now["training"]["loss"]:
            return translate("Training", "the optimizer or loss changed since it was trained")
        return None

    def start(self, project: Project, base_dir: Path | None, epochs: int | None = None, resume: bool = False) -> None:
        """Train from scratch, or (``resume``) go on from the last run for ``epochs`` more epochs."""
        if self.running:
            return
        reporter = RelayReporter(self.events, new_run_id(), self.want_weights)
        self._reporter = reporter
        work = functools.partial(train_run, owner=self.client.owner, project=project.copy(), base_dir=base_dir,
                                 reporter=reporter, epochs=epochs, resume=resume)  # fmt: skip
        run = reporter.run
        self.client.submit(
            work,
            lambda answer: self._finished(run, answer),
            lambda message: self._failed(run, message),
        )
        self.running_changed.emit(True)

    def stop(self) -> None:
        if self._reporter is not None:
            self._reporter.stop_flag.set()

    def pause(self, paused: bool) -> None:
        if self._reporter is not None:
            (self._reporter.pause_flag.set if paused else self._reporter.pause_flag.clear)()

    def shutdown(self) -> None:
        """Stop the run and stop listening to it: its answer and last reports are dropped."""
        self.stop()
        if self._reporter is not None:
            self._reporter = None
            self.running_changed.emit(False)

    def _finished(self, run: int, answer: tuple[TrainResult, TrainedSummary]) -> None:
        if not self.is_current(run):
            return
        self._reporter = None  # first: whatever follows, the window must not stay "running"
        result, trained = answer
        self.finished.emit(result, trained)  # first, so whoever hears "not running" sees the run's end
        self.running_changed.emit(False)

    def _failed(self, run: int, message: str) -> None:
        if not self.is_current(run):
            return
        self._reporter = None
        self.running_changed.emit(False)
        self.failed.emit(message)
