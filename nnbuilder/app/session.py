"""The window's one session state: what the open project's training has produced so far.

Qt-free and evented, in the manner of napari's evented models. The views keep no copy of the
trained state: they connect to the session's events and render from it. Every change is one of the
transitions below, so New, Open, Save As, restoring kept weights, training, stopping and early
stopping's restore change every view the same way, and a test can walk through them without a
window.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable

from ..engine.jobs import DataView, Stepped, TrainedSummary
from ..engine.reporting import TrainResult
from ..engine.runs import RunRecord
from ..engine.snapshots import SnapshotStore
from ..engine.weights import WeightTensor


class Change(enum.Enum):
    """What a transition changed; a view listens to the changes it shows."""

    RESET = "reset"  # another project: nothing of the last one's training stays
    RUN_STARTED = "run_started"  # a run began: from scratch (snapshots cleared) or continuing
    PREPARED = "prepared"  # the run's data is split and scaled: ``prepared`` holds it
    SNAPSHOT = "snapshot"  # one more epoch's weights in ``snapshots``
    TRAINED = "trained"  # ``trained`` and ``held_epoch`` changed: a run ended, or kept weights loaded
    RUNS = "runs"  # ``runs`` changed
    STEPPED = "stepped"  # single steps were taken: ``last_step`` holds the last one


@dataclasses.dataclass
class Session:
    """The trained state of the open project; change it only through its transitions."""

    trained: TrainedSummary | None = None  # the model the engine keeps for this window
    result: TrainResult | None = None  # how the last run here ended (None after a restore)
    runs: list[RunRecord] = dataclasses.field(default_factory=list)
    snapshots: SnapshotStore = dataclasses.field(default_factory=SnapshotStore)
    held_epoch: int | None = None  # the epoch whose weights the trained model really holds
    restored_best: bool = False  # early stopping went back to ``held_epoch``
    prepared: DataView | None = None  # the data as the last run (or the restore) prepared it
    error: str | None = None  # why the last run failed or stopped short
    last_step: Stepped | None = None  # the single steps taken last, while no run came after them
    _listeners: dict[Change, list[Callable[[], None]]] = dataclasses.field(default_factory=dict, repr=False)

    def connect(self, change: Change, listener: Callable[[], None]) -> None:
        self._listeners.setdefault(change, []).append(listener)

    def _tell(self, *changes: Change) -> None:
        for change in changes:
            for listener in list(self._listeners.get(change, [])):
                listener()

    # Transitions ----------------------------------------------------------------------------
    def start_over(self, runs: list[RunRecord]) -> None:
        """Another project is open (New, Open, a lesson, an import): only its own runs are kept."""
        self.trained = self.result = self.prepared = self.error = self.held_epoch = self.last_step = None
        self.restored_best = False
        self.runs = list(runs)
        self.snapshots.clear()
        self._tell(Change.RESET)

    def begin_run(self, resume: bool) -> None:
        """A run was asked for; a fresh one forgets the old model before the engine builds the new one."""
        self.error = self.last_step = None
        if not resume:
            self.trained = self.result = self.held_epoch = None
            self.restored_best = False
            self.snapshots.clear()
        self._tell(Change.RUN_STARTED)

    def data_prepared(self, data: DataView) -> None:
        self.prepared = data
        self._tell(Change.PREPARED)

    def add_snapshot(self, epoch: int, tensors: list[WeightTensor]) -> None:
        """Keep a training epoch's weights: fresh copies the engine handed over, kept as they are."""
        self.snapshots.add(epoch, tensors, owned=True)
        self._tell(Change.SNAPSHOT)

    def run_finished(self, result: TrainResult, trained: TrainedSummary, run: RunRecord) -> None:
        """A run ended (done, stopped, early-stopped or diverged): the model holds what Keras left."""
        self.result = result
        self.trained = dataclasses.replace(trained, diverged=bool(result.diverged))
        self.restored_best = bool(result.restored_best and result.best_epoch is not None)
        self.held_epoch = result.best_epoch if self.restored_best else trained.epochs_done
        self.error = result.diverged
        self.runs.append(run)
        self._tell(Change.TRAINED, Change.RUNS)

    def add_runs(self, runs: list[RunRecord]) -> None:
        """Runs that left no model here (a race's copies): only the list of runs changes."""
        self.runs.extend(runs)
        self._tell(Change.RUNS)

    def run_failed(self, message: str) -> None:
        """The run raised: the model of the run before it (if any) is what the engine still holds."""
        self.error = message
        self._tell(Change.TRAINED)

    def stepped(self, stepped: Stepped) -> None:
        """Single steps changed the model: one kept from before, or one built for them from the
        project's initial weights (which then replace the old run's epochs: epoch 0 is all there is)."""
        if stepped.initial is not None:
            self.result = None
            self.snapshots.clear()
            self.snapshots.add(0, stepped.initial)
            self.held_epoch = 0
            self.prepared = stepped.summary.data
        self.restored_best = False  # whatever early stopping restored, the model has moved on since
        self.trained = stepped.summary
        self.last_step = stepped
        self.error = None
        self._tell(Change.STEPPED, Change.SNAPSHOT, Change.TRAINED)

    def restored(self, summary: TrainedSummary, tensors: list[WeightTensor]) -> None:
        """Weights kept beside a reopened project are loaded: it is trained, with the last epoch's weights."""
        self.trained = summary
        self.result = None
        self.prepared = summary.data
        self.held_epoch = summary.epochs_done
        self.restored_best = False
        self.snapshots.clear()
        self.snapshots.add(summary.epochs_done, tensors)
        self._tell(Change.PREPARED, Change.SNAPSHOT, Change.TRAINED)
