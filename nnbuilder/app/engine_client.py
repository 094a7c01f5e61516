"""The window's side of the engine thread: answers and training events, as queued Qt signals.

``EngineRelay`` is the one QObject the engine thread ever touches. It is made once, on the GUI
thread, and never freed, so no job can drop the last reference to a Qt object on the engine
thread. It declares the training events once, each tagged with the run's job id.

``EngineClient`` is one window's handle (after Orange's ``FutureWatcher`` and napari's
``create_worker``): ``submit(work, on_done, on_failed)`` queues a job on the engine thread and
calls back on the GUI thread. An answer is dropped when its job id is not one this client is
waiting for, or when the project it was asked for is no longer the open one (``generation``), or
when the window has closed.
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from ..engine.service import Answer, EngineService, Workspace, shared_engine

T = TypeVar("T")
_owners = itertools.count(1)


class EngineRelay(QObject):
    """Signals sent from the engine thread, received on the GUI thread (queued connections)."""

    answered = Signal(object)  # Answer
    began = Signal(int, object)  # run id, TrainInfo
    prepared = Signal(int, object)  # run id, DataView
    batch = Signal(int, int, int, object)  # run id, epoch, step, logs
    epoch = Signal(int, int, object)  # run id, epoch, logs
    weights = Signal(int, int, object)  # run id, epoch, list[WeightTensor]
    boundary = Signal(int, int, object, object)  # run id, epoch, BoundaryGrid, probabilities


_relay: EngineRelay | None = None


def engine_relay() -> EngineRelay:
    """The process's relay, made on the GUI thread the first time a window asks for it."""
    global _relay
    if _relay is None:
        _relay = EngineRelay(QCoreApplication.instance())  # lives as long as the application
    return _relay


class RunListener(Protocol):
    """What hears a window's training runs (the window); ``run`` tells which run the event belongs to."""

    def run_data_prepared(self, run: int, data: Any) -> None: ...
    def run_began(self, run: int, info: Any) -> None: ...
    def run_batch(self, run: int, epoch: int, step: int, logs: dict[str, float]) -> None: ...
    def run_epoch(self, run: int, epoch: int, logs: dict[str, float]) -> None: ...
    def run_weights(self, run: int, epoch: int, tensors: list[Any]) -> None: ...
    def run_boundary(self, run: int, epoch: int, grid: Any, probabilities: Any) -> None: ...


@dataclass
class _Waiting:
    on_done: Callable[[Any], None] | None
    on_failed: Callable[[str], None] | None
    generation: int
    keep_when_stale: bool


class EngineClient(QObject):
    """One window's jobs on the shared engine thread."""

    def __init__(self, parent: QObject | None = None, engine: EngineService | None = None) -> None:
        super().__init__(parent)
        self.engine = engine or shared_engine()
        self.relay = engine_relay()
        self.owner = f"window-{next(_owners)}"  # the key of this window's models in the engine's workspace
        self.generation = 0
        self.closed = False
        self._waiting: dict[int, _Waiting] = {}
        self._listener: weakref.ref[RunListener] | None = None
        # Only this client, a child of its window, is connected to the relay, which outlives every
        # window: when the window goes, Qt cuts these connections with the client.
        relay = self.relay
        relay.answered.connect(self._answered)
        relay.prepared.connect(self._prepared)
        relay.began.connect(self._began)
        relay.batch.connect(self._batch)
        relay.epoch.connect(self._epoch)
        relay.weights.connect(self._weights)
        relay.boundary.connect(self._boundary)

    def follow_runs(self, listener: RunListener) -> None:
        """Hand training events to ``listener`` (held weakly: the window owns this client)."""
        self._listener = weakref.ref(listener)

    def _listening(self) -> RunListener | None:
        return None if self.closed or self._listener is None else self._listener()

    @Slot(int, object)
    def _prepared(self, run: int, data: Any) -> None:
        if (listener := self._listening()) is not None:
            listener.run_data_prepared(run, data)

    @Slot(int, object)
    def _began(self, run: int, info: Any) -> None:
        if (listener := self._listening()) is not None:
            listener.run_began(run, info)

    @Slot(int, int, int, object)
    def _batch(self, run: int, epoch: int, step: int, logs: dict[str, float]) -> None:
        if (listener := self._listening()) is not None:
            listener.run_batch(run, epoch, step, logs)

    @Slot(int, int, object)
    def _epoch(self, run: int, epoch: int, logs: dict[str, float]) -> None:
        if (listener := self._listening()) is not None:
            listener.run_epoch(run, epoch, logs)

    @Slot(int, int, object)
    def _weights(self, run: int, epoch: int, tensors: list[Any]) -> None:
        if (listener := self._listening()) is not None:
            listener.run_weights(run, epoch, tensors)

    @Slot(int, int, object, object)
    def _boundary(self, run: int, epoch: int, grid: Any, probabilities: Any) -> None:
        if (listener := self._listening()) is not None:
            listener.run_boundary(run, epoch, grid, probabilities)

    def new_generation(self) -> int:
        """A new project is open: answers asked for the old one are dropped from now on."""
        self.generation += 1
        return self.generation

    def submit(
        self,
        work: Callable[[Workspace], T],
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        keep_when_stale: bool = False,
    ) -> int:
        """Queue ``work(workspace)`` on the engine thread. ``keep_when_stale``: deliver the answer even
        if another project was opened meanwhile (a file written for the old project is still news)."""
        job = self.engine.submit(work, self.relay.answered.emit, self.owner, self.generation)
        self._waiting[job] = _Waiting(on_done, on_failed, self.generation, keep_when_stale)
        return job

    def waiting(self) -> bool:
        return bool(self._waiting)

    def wait(self, timeout: float = 120.0) -> bool:
        """Block until the engine has finished every job queued so far (closing, tests)."""
        return self.engine.wait_idle(timeout)

    def close(self) -> None:
        """The window is going: forget its models on the engine thread and drop every later answer."""
        if self.closed:
            return
        self.closed = True
        self._waiting.clear()
        owner = self.owner
        self.engine.submit(lambda workspace: workspace.forget(owner), _ignore, owner)

    @Slot(object)
    def _answered(self, answer: Answer[Any]) -> None:
        if answer.owner != self.owner or self.closed:
            return
        waiting = self._waiting.pop(answer.job, None)
        if waiting is None:
            return
        if answer.generation != self.generation and not waiting.keep_when_stale:
            return
        if answer.ok:
            if waiting.on_done is not None:
                waiting.on_done(answer.value)
        elif waiting.on_failed is not None:
            waiting.on_failed(answer.error or "")


def _ignore(_answer: Answer[Any]) -> None:
    pass

