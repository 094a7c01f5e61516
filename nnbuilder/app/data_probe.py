"""Reads the project's data off the main thread to learn the input width and the task.

pandas and scikit-learn take a moment to import and a table a moment to read: the window paints
first and the input row fills in when the answer arrives. Only the newest request's answer counts.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..spec import DataSpec, NNBuilderError


@dataclass(frozen=True)
class DataSummary:
    source: str
    input_width: int | None
    features: list[str]
    task: str  # "predicting a number", "one of two classes", ...
    warnings: list[str]
    error: str | None = None  # why the data could not be used


def summarize(data: DataSpec, base_dir: Path | None, loss: str | None) -> DataSummary:
    from ..engine.data import prepare

    try:
        prepared = prepare(data, base_dir, loss=loss)
    except NNBuilderError as error:
        return DataSummary(data.source, None, [], "", [], str(error))
    except Exception as error:  # a surprise in a background thread must still reach the user
        return DataSummary(data.source, None, [], "", [], f"unexpected {type(error).__name__}: {error}")
    return DataSummary(
        data.source, prepared.input_width, prepared.feature_names, prepared.task.describe(), prepared.warnings
    )


class _Job(QRunnable):
    def __init__(self, probe: DataProbe, request: int, data: DataSpec, base_dir: Path | None, loss: str | None):
        super().__init__()
        self.probe, self.request, self.data, self.base_dir, self.loss = probe, request, data, base_dir, loss

    def run(self) -> None:
        self.probe._answered.emit(self.request, summarize(self.data, self.base_dir, self.loss))


class DataProbe(QObject):
    finished = Signal(object)  # DataSummary of the newest request
    _answered = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._request = 0
        self.busy = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._answered.connect(self._deliver)

    def probe(self, data: DataSpec, base_dir: Path | None, loss: str | None) -> None:
        self._request += 1
        self.busy = True
        self._pool.start(_Job(self, self._request, copy.deepcopy(data), base_dir, loss))

    @Slot(int, object)
    def _deliver(self, request: int, summary: DataSummary) -> None:
        if request == self._request:
            self.busy = False
            self.finished.emit(summary)

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._pool.waitForDone(milliseconds)
