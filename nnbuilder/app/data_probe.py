"""The one background pipeline for the project's data: read the table, then prepare it.

pandas and scikit-learn take a moment to import and a table a moment to read: the window paints
first and the input row fills in when the answer arrives. The table read last is kept, so a change
of target or scaling prepares it again without reading the file again. Reading reports progress
and can be cancelled; only the newest request's answer counts.
"""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..i18n import translate
from ..spec import DataSpec, NNBuilderError

if TYPE_CHECKING:  # pandas and the engine load in the worker, after the window has painted
    import pandas as pd

    from ..engine.data import ColumnInfo, Table, Task

PROGRESS_STEP = 0.01  # report reading progress in steps of 1%: enough for a bar, few signals


@dataclass(frozen=True)
class DataSummary:
    source: str
    input_width: int | None
    features: list[str]  # network inputs after one-hot encoding, e.g. "colour=red"
    task: str  # "predicting a number", "one of two classes", ...
    warnings: list[str]
    error: str | None = None  # why the data could not be used
    task_details: Task | None = None
    table: Table | None = None  # as read; the probe's own copy, shared rather than copied
    columns: list[ColumnInfo] = field(default_factory=list)
    input_columns: list[str] = field(default_factory=list)  # table columns that became inputs
    train_rows: int = 0
    validation_rows: int = 0
    rows_dropped: int = 0
    spec: DataSpec | None = None  # the settings this summary answers
    cancelled: bool = False  # the user stopped reading; nothing was read

    @property
    def frame(self) -> pd.DataFrame | None:
        return None if self.table is None else self.table.frame

    @property
    def target(self) -> str | None:
        """The column the network predicts, when the data says which."""
        if self.task_details is not None:
            return self.task_details.target
        if self.spec is None:
            return None
        return self.spec.target or (self.table.default_target if self.table is not None else None)


def _cancelled(data: DataSpec) -> DataSummary:
    name = Path(data.source).name or data.source
    error = translate("DataProbe", "reading {name} was cancelled").format(name=name)
    return DataSummary(data.source, None, [], "", [], error, spec=data, cancelled=True)


def _table_key(data: DataSpec, base_dir: Path | None) -> tuple[Any, ...]:
    """What decides the table read: the source (and, for a file, its size and time, so an edited
    file is read again), and the generated sets' samples and noise."""
    from ..engine.data import source_path

    if data.is_builtin:
        return (data.source.strip(), data.samples, data.noise)
    try:
        path = source_path(data, base_dir).resolve()
        stat = path.stat()
    except (OSError, RuntimeError):
        return (data.source, base_dir)  # reading it will say what is wrong
    return (str(path), stat.st_mtime_ns, stat.st_size)


class _Job(QRunnable):
    def __init__(
        self, probe: DataProbe, request: int, data: DataSpec, base_dir: Path | None, loss: str | None, read_only: bool
    ):
        super().__init__()
        self.probe, self.request, self.data, self.base_dir, self.loss = probe, request, data, base_dir, loss
        self.read_only = read_only
        self.reported = -1.0

    def run(self) -> None:
        if self.probe._is_stale(self.request):
            return  # a newer request is queued behind this one
        summary = self.summarize()
        try:
            self.probe._answered.emit(self.request, summary)
        except RuntimeError:  # the probe's window was deleted while this ran: nobody is left to tell
            pass

    def summarize(self) -> DataSummary:
        from ..engine.data import LoadCancelled, load_source, plan_table

        data = self.data
        table, columns = None, []
        try:
            key = _table_key(data, self.base_dir)
            cached = self.probe._cache  # only the pool's one thread reads and writes it
            if cached is not None and cached[0] == key:
                table, columns = cached[1], cached[2]
            else:
                read = load_source(data, self.base_dir, progress=self.progress)
                columns = read.describe()
                self.probe._cache = (key, read, columns)
                table = read
            self.probe._table_read.emit(self.request, table, columns)
            if self.read_only:
                return DataSummary(data.source, None, [], "", list(table.warnings), table=table, columns=columns, spec=data)
            # What training will decide, without fitting the scaling to every row: the summary needs
            # the inputs, the task and the split, not the scaled values.
            plan = plan_table(table, data, loss=self.loss)
            feature_names = plan.feature_names(data.scaling)
        except LoadCancelled:
            return _cancelled(data)
        except NNBuilderError as error:
            return self.failed(str(error), table, columns)
        except Exception as error:  # a surprise in a background thread must still reach the user
            message = translate("DataProbe", "unexpected {kind}: {error}").format(kind=type(error).__name__, error=error)
            return self.failed(message, table, columns)
        return DataSummary(
            data.source,
            len(feature_names),
            feature_names,
            plan.task.describe(),
            plan.warnings,
            task_details=plan.task,
            table=table,
            columns=columns,
            input_columns=plan.inputs,
            train_rows=plan.train_rows,
            validation_rows=plan.validation_rows,
            rows_dropped=plan.rows_dropped,
            spec=data,
        )

    def failed(self, error: str, table: Table | None, columns: list[ColumnInfo]) -> DataSummary:
        warnings = list(table.warnings) if table is not None else []
        data = self.data
        return DataSummary(data.source, None, [], "", warnings, error, table=table, columns=columns, spec=data)

    def progress(self, fraction: float) -> bool:
        """Called while reading: report, and say whether to go on."""
        if fraction >= 1.0 or fraction - self.reported >= PROGRESS_STEP:
            self.reported = fraction
            self.probe.progress.emit(fraction)
        return not self.probe._is_stale(self.request)


class DataProbe(QObject):
    """Reads and prepares DataSpecs one at a time in a background thread."""

    finished = Signal(object)  # DataSummary of the newest request (cancelled ones included)
    # While reading the newest request's table: the fraction done. Sent from the worker thread.
    progress = Signal(float)
    table_read = Signal(object, object)  # (Table, list[ColumnInfo]) of the newest request, before preparing it
    _answered = Signal(int, object)
    _table_read = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._request = 0
        self._cancelled = 0  # requests up to this one were cancelled
        self._lock = threading.Lock()
        self._cache: tuple[tuple[Any, ...], Table, list[ColumnInfo]] | None = None
        self.busy = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._answered.connect(self._deliver)
        self._table_read.connect(self._deliver_table)

    def probe(self, data: DataSpec, base_dir: Path | None, loss: str | None, read_only: bool = False) -> None:
        """Read ``data``'s table and plan the network's inputs from it; ``read_only`` stops after reading
        (a file being opened: the project takes it, and asks again, only if it reads)."""
        with self._lock:
            self._request += 1
            request = self._request
        self.busy = True
        self._pool.start(_Job(self, request, copy.deepcopy(data), base_dir, loss, read_only))

    def cancel(self) -> None:
        """Stop reading the newest request's table; its answer comes back with ``cancelled`` set."""
        with self._lock:
            self._cancelled = self._request

    def _is_stale(self, request: int) -> bool:
        with self._lock:
            return request != self._request or request <= self._cancelled

    @Slot(int, object, object)
    def _deliver_table(self, request: int, table: Table, columns: list[ColumnInfo]) -> None:
        if not self._is_stale(request):
            self.table_read.emit(table, columns)

    @Slot(int, object)
    def _deliver(self, request: int, summary: DataSummary) -> None:
        if request != self._request:
            return
        self.busy = False
        if request <= self._cancelled and not summary.cancelled and summary.spec is not None:
            summary = _cancelled(summary.spec)  # Cancel came after reading: the answer is still dropped, as asked
        self.finished.emit(summary)

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._pool.waitForDone(milliseconds)
