"""Run one slow call (loading Keras, reading a model) off the main thread and hear the answer on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..spec import NNBuilderError


class _Call(QRunnable):
    def __init__(self, task: BackgroundTask, work: Callable[[], Any]) -> None:
        super().__init__()
        self.task, self.work = task, work

    def run(self) -> None:
        try:
            self.task._done.emit(self.work())
        except NNBuilderError as error:
            self.task._failed.emit(str(error))
        except Exception as error:  # a background failure must still reach the user
            self.task._failed.emit(f"unexpected {type(error).__name__}: {error}")


class BackgroundTask(QObject):
    """``start(work)`` calls ``work()`` in a worker thread; ``done``/``failed`` arrive on the main thread."""

    done = Signal(object)
    failed = Signal(str)
    _done = Signal(object)
    _failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._done.connect(self._deliver_done)
        self._failed.connect(self._deliver_failed)

    def start(self, work: Callable[[], Any]) -> None:
        self._pool.start(_Call(self, work))

    def wait(self) -> None:
        self._pool.waitForDone()

    @Slot(object)
    def _deliver_done(self, value: Any) -> None:
        self.done.emit(value)

    @Slot(str)
    def _deliver_failed(self, message: str) -> None:
        self.failed.emit(message)
