"""What training reports, and to whom: the run's facts and the Reporter protocol.

Light on purpose (no Keras, no pandas): the window imports it while it paints, before the engine
thread has loaded anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from ..i18n import translate
from ..spec.words import counted

if TYPE_CHECKING:
    import numpy as np

    from .lessons import BoundaryGrid
    from .weights import WeightTensor


@dataclass(frozen=True)
class TrainInfo:
    epochs: int  # the last epoch number this run reaches (1-based)
    initial_epoch: int  # epochs already done before this run
    steps_per_epoch: int
    train_rows: int
    validation_rows: int


@dataclass
class TrainResult:
    history: dict[str, list[float]] = field(default_factory=dict)  # Keras's history, one value per epoch
    epochs_run: int = 0  # epochs this run trained (a continued run counts from its own start)
    stopped_early: bool = False  # early stopping ended the run
    best_epoch: int | None = None  # 1-based, as watched by early stopping
    restored_best: bool = False
    stop_requested: bool = False  # the user pressed Stop
    diverged: str | None = None  # why training stopped on a NaN/infinite loss
    seconds: float = 0.0

    def outcome(self) -> list[str]:
        """What happened in the run, in sentences: the window, the lab report and the command line say it alike."""
        epochs = counted(self.epochs_run, translate("Reporting", "epoch"), translate("Reporting", "epochs"))
        if self.seconds:
            lines = [translate("Reporting", "Trained {epochs} in {seconds:.1f} s.").format(epochs=epochs, seconds=self.seconds)]
        else:
            lines = [translate("Reporting", "Trained {epochs}.").format(epochs=epochs)]
        if self.stop_requested:
            lines.append(translate("Reporting", "Stopped on request; the weights trained so far were kept."))
        if self.stopped_early:
            lines.append(
                translate("Reporting", "Early stopping ended the run; the best epoch was {epoch}.").format(epoch=self.best_epoch)
            )
        if self.restored_best:
            lines.append(translate("Reporting", "Restored the weights of epoch {epoch}.").format(epoch=self.best_epoch))
        return lines

    def history_columns(self) -> list[str]:
        """loss, val_loss, then each metric followed by its val_ twin."""
        names = [k for k in self.history if not k.startswith("val_")]
        names.sort(key=lambda k: k != "loss")
        columns = []
        for name in names:
            columns.append(name)
            if f"val_{name}" in self.history:
                columns.append(f"val_{name}")
        return columns


class Reporter(Protocol):
    """What training tells its watcher. Epochs are 1-based; logs are plain dicts of floats."""

    def data_prepared(self, data: Any) -> None: ...
    def train_begin(self, info: TrainInfo) -> None: ...
    def batch_end(self, epoch: int, step: int, logs: dict[str, float]) -> None: ...
    def epoch_end(self, epoch: int, logs: dict[str, float]) -> None: ...
    def train_end(self, result: TrainResult) -> None: ...
    def stop_requested(self) -> bool: ...
    def wants_weights(self) -> bool: ...
    def weights(self, epoch: int, tensors: list[WeightTensor]) -> None: ...
    def wants_boundary(self) -> bool: ...
    def boundary(self, epoch: int, grid: BoundaryGrid, probabilities: np.ndarray) -> None: ...


class SilentReporter:
    """A Reporter that listens to nothing; subclass it and override what you need."""

    def data_prepared(self, data: Any) -> None:
        """The data is read and prepared (an engine.jobs.DataView), before the model is built."""

    def train_begin(self, info: TrainInfo) -> None:
        pass

    def batch_end(self, epoch: int, step: int, logs: dict[str, float]) -> None:
        pass

    def epoch_end(self, epoch: int, logs: dict[str, float]) -> None:
        pass

    def train_end(self, result: TrainResult) -> None:
        pass

    def stop_requested(self) -> bool:
        return False

    def wants_weights(self) -> bool:
        """True: hear every weight tensor before training (epoch 0) and after each epoch."""
        return False

    def weights(self, epoch: int, tensors: list[WeightTensor]) -> None:
        pass

    def wants_boundary(self) -> bool:
        """True: hear the decision boundary before training and after each epoch (two-input, two-class data)."""
        return False

    def boundary(self, epoch: int, grid: BoundaryGrid, probabilities: np.ndarray) -> None:
        pass
