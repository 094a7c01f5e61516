"""The learning-rate finder: raise the rate every batch, from 1e-6, until the loss explodes.

The loss against the rate (on a log axis) falls slowly where the rate is too small, fast where it
is right, and shoots up where it is too large. The suggestion is a tenth of the rate where the
smoothed loss was lowest: the fastest rate that is still safely below the blow-up. The finder
trains a copy of the weights with an optimizer of its own and puts the weights back after, so the
model is left as it was.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..i18n import translate
from ..spec import Project
from ..spec.errors import TrainingError
from ..spec.io import write_text_atomic
from .backend import tensorflow
from .batches import shuffled_batches
from .build import make_optimizer
from .data import PreparedData
from .train import initial_model, prepare_project

START_RATE = 1e-6
STOP_RATE = 10.0
STEPS = 200  # batches from START_RATE to STOP_RATE: seven decades, about 28 batches each
SMOOTHING = 0.95  # of the loss curve's running average; the raw loss of one batch is noisy
EXPLODED = 4.0  # the smoothed loss this many times its lowest: the rate is past any use


@dataclass
class LRFinding:
    learning_rates: list[float]
    losses: list[float]
    smoothed: list[float]
    suggestion: float | None  # None when the loss never fell

    def csv(self) -> str:
        lines = ["step,learning_rate,loss,smoothed_loss"]
        for step, (rate, loss, smooth) in enumerate(zip(self.learning_rates, self.losses, self.smoothed), start=1):
            lines.append(f"{step},{rate:.6g},{loss:.6g},{smooth:.6g}")
        return "\n".join(lines) + "\n"


def find_learning_rate(
    model: Any, data: PreparedData, project: Project, progress: Callable[[int, float, float], bool] | None = None
) -> LRFinding:
    """Run the finder on ``model`` (compiled) and give its weights back unchanged.

    ``progress(step, rate, loss)`` hears each batch; returning False stops the finder there.
    """
    tf = tensorflow()
    training = project.training
    kept = model.get_weights()
    optimizer = make_optimizer(training)  # the model's own optimizer (and its Adam moments) stays untouched
    variables = list(model.trainable_weights)
    optimizer.build(variables)
    factor = (STOP_RATE / START_RATE) ** (1 / STEPS)

    @tf.function(reduce_retracing=True)
    def step(x: Any, y: Any) -> Any:
        with tf.GradientTape() as tape:
            predicted = model(x, training=True)
            loss = model.compute_loss(x=x, y=y, y_pred=predicted, training=True)
        optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
        return loss

    rates, losses, smoothed = [], [], []
    average, best = 0.0, math.inf
    batches = shuffled_batches(data.x_train, data.y_train, training.batch_size, training.seed)
    try:
        number, going = 0, True
        while going:
            for x, y in batches:  # one epoch after another, as many as the steps need
                rate = START_RATE * factor**number
                optimizer.learning_rate.assign(rate)
                loss = float(step(x, y))
                number += 1
                average = SMOOTHING * average + (1 - SMOOTHING) * loss
                smooth = average / (1 - SMOOTHING**number)  # early values unbiased
                rates.append(rate)
                losses.append(loss)
                smoothed.append(smooth)
                wanted = progress is None or progress(number, rate, loss)
                exploded = not math.isfinite(smooth) or smooth > EXPLODED * best
                best = min(best, smooth)
                if exploded or not wanted or number >= STEPS:
                    going = False
                    break
    finally:
        model.set_weights(kept)
    return LRFinding(rates, losses, smoothed, suggest(rates, smoothed))


def suggest(rates: list[float], smoothed: list[float]) -> float | None:
    """A tenth of the rate at the lowest smoothed loss; None when the loss never fell below its start."""
    finite = [(loss, rate) for loss, rate in zip(smoothed, rates) if math.isfinite(loss)]
    if len(finite) < 2:
        return None
    lowest, rate = min(finite)
    if lowest >= finite[0][0]:
        return None
    return float(f"{rate / 10:.1g}")  # a round number a student can type


def find_for_project(project: Project, base_dir: Path | None, out_dir: Path) -> LRFinding:
    """`nnbuilder lr-find PROJECT --out DIR`: the finder from the project's seeded initial weights."""
    data = prepare_project(project, base_dir)
    model = initial_model(project, data)
    finding = find_learning_rate(model, data, project)
    if not finding.losses:
        raise TrainingError(translate("LrFind", "the finder took no step; the data has no training rows"))
    write_text_atomic(out_dir / "lr_find.csv", finding.csv())
    return finding
