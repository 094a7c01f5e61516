"""The training progress bar: what it says while a run goes, and how often it is painted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from nnbuilder.app.training_panel import PROGRESS_INTERVAL, TrainingControls
from nnbuilder.engine.train import TrainInfo

INFO = TrainInfo(epochs=10, initial_epoch=0, steps_per_epoch=20, train_rows=1000, validation_rows=300)


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_progress_is_shown_at_most_every_interval_and_painted_with_the_next_frame(qtbot):
    controls = TrainingControls()
    qtbot.addWidget(controls)
    controls.show()
    qtbot.waitExposed(controls)
    controls.began(INFO, now=100.0)
    QApplication.processEvents()
    counter = PaintCounter()
    controls.progress.installEventFilter(counter)

    controls.advanced(3, 10, now=100.0 + PROGRESS_INTERVAL)  # 2 epochs and 10 steps done: 50 of 200
    assert controls.progress.value() == 50
    assert controls.progress.format().startswith("epoch 3/10 · batch 10/20")
    assert counter.paints == 0  # not painted at once, a flush of its own
    qtbot.waitUntil(lambda: counter.paints >= 1)  # but with the next frame

    controls.advanced(3, 11, now=100.0 + PROGRESS_INTERVAL + 0.01)  # too soon: kept for later
    assert controls.progress.value() == 50
    qtbot.waitUntil(lambda: controls.progress.value() == 51, timeout=2000)  # the flush timer shows it
