"""plot: redrawing the loss curves when 100,000 batch points have been reported.

The LearningCurves widget is shown offscreen at a realistic size with a long run's batch trace
and epoch curves; before each timed redraw one more batch arrives (as during training), and the
time covers handing the arrays to the curves and painting the widget.
"""

from __future__ import annotations

import numpy as np

from common import Figure, main, median, qt_application, time_each

BATCH_POINTS = 100_000
STEPS_PER_EPOCH = 100
REPEATS = 30
GOAL_MS = 16.0
SIZE = (900, 600)


def measure(quick: bool) -> list[Figure]:
    app = qt_application()
    from nnbuilder.app.curves import LearningCurves
    from nnbuilder.engine.train import TrainInfo
    from nnbuilder.spec import EarlyStoppingSpec

    points, repeats = (2_000, 3) if quick else (BATCH_POINTS, REPEATS)
    epochs = points // STEPS_PER_EPOCH
    info = TrainInfo(epochs=epochs, initial_epoch=0, steps_per_epoch=STEPS_PER_EPOCH,
                     train_rows=STEPS_PER_EPOCH * 32, validation_rows=1000)  # fmt: skip
    curves = LearningCurves()
    curves.resize(*SIZE)
    curves.show()
    curves.start_run(info, EarlyStoppingSpec(patience=20), [])

    # A loss that falls and flattens, noisy per batch, as a real run draws it.
    rng = np.random.default_rng(0)
    progress = np.arange(points) / points
    batch_loss = 0.5 + 2.0 * np.exp(-5 * progress) + 0.15 * rng.standard_normal(points)
    epoch_loss = batch_loss.reshape(epochs, STEPS_PER_EPOCH).mean(axis=1)

    def report(batch: int) -> None:
        epoch, step = divmod(batch, STEPS_PER_EPOCH)
        curves.add_batch(epoch + 1, step + 1, {"loss": float(batch_loss[batch])})
        if step + 1 == STEPS_PER_EPOCH:
            loss = float(epoch_loss[epoch])
            curves.add_epoch(epoch + 1, {"loss": loss, "val_loss": loss * 1.1})

    for batch in range(points - repeats):
        report(batch)

    def redraw(repeat: int = 0) -> None:
        curves.redraw_now()
        curves.grab()  # paints every chart into a pixmap: the full cost of a frame

    redraw()
    app.processEvents()
    times = time_each(redraw, repeats, before=lambda repeat: report(points - repeats + repeat))
    value = median(times)
    return [
        Figure("plot", value, "ms", "", f"≤ {GOAL_MS:g} ms", value <= GOAL_MS,
               {"batch_points": points, "widget_size": SIZE, "max_ms": max(times), "runs_ms": times})
    ]  # fmt: skip


if __name__ == "__main__":
    main(measure)
