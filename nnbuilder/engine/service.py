"""The engine thread: one thread owns every Keras and TensorFlow object for the life of the app.

Why one thread. TensorFlow's eager context is not safe against one thread freeing functions
(``AtomicFunction.__del__`` → ``remove_function``) while another traces a graph: that crashed the
window's tests (tensorflow/tensorflow#59242). Five executors used to touch models: a training
thread, three file tasks and two prediction tasks; a Continue could fit a model another thread
was saving. Here every piece of work that touches a model is a job in one queue, run in order on
one thread, so two jobs can never meet on one model.

How the window uses it. ``submit(work, deliver)`` queues ``work(workspace)`` and returns the job's
id at once. The workspace is the engine thread's own store of trained models, keyed by owner (one
window, one owner); nothing outside this thread ever holds a model, only what the job returns:
numpy copies, summaries, messages. When the job ends, ``deliver(Answer)`` is called *on the engine
thread*; the window's adapter turns that into a queued Qt signal and drops answers whose id or
project generation is no longer current.

Why garbage collection holds. Python's cyclic collector runs on whichever thread happens to
allocate, and frees whatever it finds: Qt objects on a pool thread (a deadlock with shiboken's
deferred deletions) or TensorFlow objects while this thread builds graphs (the crash above). So the
app switches automatic collection off (see ``collect_garbage``) and collects on the GUI thread
only, and only while this thread is between jobs: ``busy`` is held for the whole of every job and
``collect_garbage`` only collects when it can take it. A run of 200 epochs leaves the same ~1,800
cyclic objects as a run of 5 (measured), so waiting for the job to end costs no memory worth
naming. This thread never collects itself, so it never frees a Qt object.
"""

from __future__ import annotations

import gc
import itertools
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ..i18n import translate
from ..spec import NNBuilderError

T = TypeVar("T")
STOP = object()  # the queue's last item


@dataclass(frozen=True)
class Answer(Generic[T]):
    """What a job came back with: its value, or the sentence saying why it failed."""

    job: int
    owner: str
    generation: int  # the owner's project generation when the job was asked for
    value: T | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class Workspace:
    """The engine thread's own things. Only jobs (running on the engine thread) see it."""

    trained: dict[str, object] = field(default_factory=dict)  # owner → engine.train state
    # owner → (the project and its table's identity, a model with its seeded initial weights): what an
    # untrained network is traced and searched with, built once per version of the project, never trained.
    untrained: dict[str, tuple[dict, object]] = field(default_factory=dict)

    def forget(self, owner: str) -> None:
        self.trained.pop(owner, None)
        self.untrained.pop(owner, None)


@dataclass
class _Job:
    id: int
    owner: str
    generation: int
    work: Callable[[Workspace], object]
    deliver: Callable[[Answer[object]], None]


class EngineService:
    """One thread, one queue of jobs, run in the order they were asked for."""

    def __init__(self, name: str = "nnbuilder-engine") -> None:
        self._queue: queue.Queue[_Job | object] = queue.Queue()
        self._ids = itertools.count(1)
        self._pending = 0  # queued or running
        self._pending_lock = threading.Condition()
        self.busy = threading.Lock()  # held by the engine thread for the whole of each job
        self._workspace = Workspace()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    @property
    def thread(self) -> threading.Thread:
        return self._thread

    def on_engine_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def submit(
        self,
        work: Callable[[Workspace], T],
        deliver: Callable[[Answer[T]], None],
        owner: str = "",
        generation: int = 0,
    ) -> int:
        """Queue ``work``; ``deliver`` hears its Answer on the engine thread. Returns the job's id."""
        if not self._thread.is_alive():
            raise RuntimeError("the engine has shut down")
        job = _Job(next(self._ids), owner, generation, work, deliver)  # type: ignore[arg-type]
        with self._pending_lock:
            self._pending += 1
        self._queue.put(job)
        return job.id

    def call(self, work: Callable[[Workspace], T], timeout: float | None = 120.0) -> T:
        """Run ``work`` on the engine thread and wait for its value (command line, tests, start-up)."""
        if self.on_engine_thread():
            return work(self._workspace)
        done = threading.Event()
        box: list[Answer[T]] = []

        def deliver(answer: Answer[T]) -> None:
            box.append(answer)
            done.set()

        self.submit(work, deliver)
        if not done.wait(timeout):
            raise TimeoutError(translate("Service", "the engine did not answer within {seconds} s").format(seconds=timeout))
        answer = box[0]
        if answer.error is not None:
            raise NNBuilderError(answer.error)
        return answer.value  # type: ignore[return-value]

    def wait_idle(self, timeout: float = 120.0) -> bool:
        """Block until no job is queued or running; False when ``timeout`` passed first."""
        deadline = time.monotonic() + timeout
        with self._pending_lock:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._pending_lock.wait(left)
        return True

    def shutdown(self, timeout: float = 60.0) -> None:
        """Finish the queued jobs, then end the thread (the app is quitting)."""
        if self._thread.is_alive() and not self.on_engine_thread():
            self._queue.put(STOP)
            self._thread.join(timeout)

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is STOP:
                return
            assert isinstance(job, _Job)
            with self.busy:
                answer = self._run(job)
                try:
                    job.deliver(answer)
                except Exception:  # noqa: BLE001 - a receiver that is gone must not end the engine
                    pass
                del job, answer  # freed here, on this thread, before the lock is given back
            with self._pending_lock:
                self._pending -= 1
                self._pending_lock.notify_all()

    def _run(self, job: _Job) -> Answer[object]:
        try:
            value = job.work(self._workspace)
        except NNBuilderError as error:
            return Answer(job.id, job.owner, job.generation, error=str(error))
        except Exception as error:  # noqa: BLE001 - the engine thread must never die silently
            message = translate("Service", "unexpected {kind}: {error}").format(kind=type(error).__name__, error=error)
            return Answer(job.id, job.owner, job.generation, error=message)
        return Answer(job.id, job.owner, job.generation, value=value)


_shared: EngineService | None = None
_shared_lock = threading.Lock()


def shared_engine() -> EngineService:
    """The process's one engine thread, started on first use."""
    global _shared
    with _shared_lock:
        if _shared is None or not _shared.thread.is_alive():
            _shared = EngineService()
        return _shared


def running_engine() -> EngineService | None:
    """The engine thread if one was started, without starting one."""
    return _shared


def due_generation(thresholds: tuple[int, int, int]) -> int | None:
    """The generation automatic collection would collect now, from the allocation counts (or None)."""
    first, second, third = gc.get_count()
    if first <= thresholds[0]:
        return None
    if second <= thresholds[1]:
        return 0
    return 2 if third > thresholds[2] else 1


def collect_garbage(generation: int = 2, wait: float = 0.0) -> bool:
    """Run Python's cyclic collector on this thread, but only while the engine is between jobs.

    Returns False (and collects nothing) when the engine stayed busy for ``wait`` seconds. Call it
    from the GUI thread only: that is the one thread where freeing a Qt object is safe.
    """
    engine = _shared
    if engine is None:
        gc.collect(generation)
        return True
    acquired = engine.busy.acquire(timeout=wait) if wait > 0 else engine.busy.acquire(blocking=False)
    if not acquired:
        return False
    try:
        gc.collect(generation)
    finally:
        engine.busy.release()
    return True
