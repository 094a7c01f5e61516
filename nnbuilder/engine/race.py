"""A race: two to four copies of the network, from the same initial weights, trained side by side
with different learning rates (or batch sizes), epoch by epoch, so their curves grow together.

Everything but the raced setting is the same: the data, its split, the initial weights, the order of
the batches. Each copy ends with a verdict a student can read: "0.3 diverged at epoch 2",
"0.01 reached the lowest validation loss, 0.41 at epoch 18".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from ..spec import Project
from ..spec.errors import TrainingError
from .build import build_project_model
from .reporting import Reporter, SilentReporter, TrainResult
from .train import choose_steps_per_execution, fit, initial_model, prepare_project

SETTINGS = ("learning_rate", "batch_size")
MIN_COPIES, MAX_COPIES = 2, 4
LABELS = {  # a copy's name, by the setting raced
    "learning_rate": QT_TRANSLATE_NOOP("Race", "learning rate {value:g}"),
    "batch_size": QT_TRANSLATE_NOOP("Race", "batch size {value:g}"),
}


@dataclass
class RaceCopy:
    label: str  # "learning rate 0.3"
    value: float
    project: Project
    result: TrainResult


def race_projects(project: Project, setting: str, values: list[float]) -> list[Project]:
    """The copies of ``project``, one per value of ``setting``; early stopping is off, so every copy
    runs the same epochs and the curves compare."""
    if setting not in SETTINGS:
        raise TrainingError(
            translate("Race", "a race changes the learning rate or the batch size, not {setting}").format(setting=setting)
        )
    if not MIN_COPIES <= len(values) <= MAX_COPIES:
        raise TrainingError(translate("Race", "a race has {low} to {high} copies; got {count}").format(
            low=MIN_COPIES, high=MAX_COPIES, count=len(values)))
    if len(set(values)) != len(values):
        raise TrainingError(translate("Race", "two copies of the race have the same value; give each copy its own"))
    if not all(math.isfinite(value) for value in values):
        raise TrainingError(
            translate("Race", "each copy needs a number such as 0.01, not infinity or NaN; type one in each box")
        )
    copies = []
    for value in values:
        copy = project.copy()
        copy.training.early_stopping = None
        if setting == "learning_rate":
            if not 0 < value <= 10:
                raise TrainingError(
                    translate("Race", "learning rate {value:g} must be more than 0 and at most 10; choose another").format(
                        value=value)
                )
            copy.training.optimizer.config["learning_rate"] = float(value)
        else:
            if value != int(value) or value < 1:
                raise TrainingError(
                    translate("Race", "batch size {value:g} is not a whole number of rows; choose another").format(
                        value=value)
                )
            copy.training.batch_size = int(value)
        copies.append(copy)
    return copies


def label(setting: str, value: float) -> str:
    if setting in LABELS:
        return translate_marked("Race", LABELS[setting]).format(value=value)
    return f"{setting.replace('_', ' ')} {value:g}"


def verdicts(copies: list[RaceCopy]) -> list[str]:
    """One sentence a copy: diverged, the winner, or how far behind it stayed."""
    monitor = "val_loss" if any(c.result.history.get("val_loss") for c in copies) else "loss"
    finals: dict[int, float] = {}
    for index, copy in enumerate(copies):
        values = [v for v in copy.result.history.get(monitor, []) if math.isfinite(v)]
        if values and not copy.result.diverged:
            finals[index] = min(values)
    best = min(finals, key=finals.get) if finals else None
    words = []
    for index, copy in enumerate(copies):
        history = copy.result.history.get(monitor, [])
        name = translate("Race", "validation loss") if monitor == "val_loss" else translate("Race", "loss")
        if copy.result.diverged:
            epoch = next((i + 1 for i, v in enumerate(copy.result.history.get("loss", [])) if not math.isfinite(v)),
                         len(history))  # fmt: skip
            words.append(translate("Race", "{value:g} diverged at epoch {epoch}: the loss became NaN").format(
                value=copy.value, epoch=epoch))
            continue
        lowest = finals.get(index)
        if lowest is None:
            words.append(translate("Race", "{value:g} trained no epoch").format(value=copy.value))
            continue
        at = history.index(lowest) + 1
        if index == best:
            words.append(translate("Race", "{value:g} won: the lowest {name}, {lowest:.4g} at epoch {epoch}").format(
                value=copy.value, name=name, lowest=lowest, epoch=at))
        elif history and history[0] - lowest < 0.05 * abs(history[0]):
            words.append(translate("Race", "{value:g} hardly learned: its {name} went from {first:.4g} to {lowest:.4g}")
                         .format(value=copy.value, name=name, first=history[0], lowest=lowest))
        else:
            words.append(translate("Race", "{value:g} reached {lowest:.4g} at epoch {epoch}").format(
                value=copy.value, lowest=lowest, epoch=at))
    return words


def run_race(
    projects: list[Project], values: list[float], setting: str, base_dir: Path | None,
    reporters: list[Reporter] | None = None,
) -> list[RaceCopy]:  # fmt: skip
    """Train every copy one epoch at a time, in turn, each from the same initial weights."""
    first = projects[0]
    data = prepare_project(first, base_dir)
    reporters = reporters or [SilentReporter() for _ in projects]
    initial = initial_model(first, data).get_weights()
    models = []
    for project in projects:
        steps = math.ceil(len(data.x_train) / project.training.batch_size)
        model = build_project_model(project, data.input_width, choose_steps_per_execution(steps))
        model.set_weights(initial)
        models.append(model)
    results = [TrainResult() for _ in projects]
    running = list(range(len(projects)))
    for epoch in range(first.training.epochs):
        for index in list(running):
            part = fit(models[index], data, projects[index], _OneEpoch(reporters[index], epoch), epochs=1,
                       initial_epoch=epoch)  # fmt: skip
            _add(results[index], part)
            if part.diverged or part.stop_requested:
                running.remove(index)
        if not running:
            break
    for reporter, result in zip(reporters, results):
        reporter.train_end(result)
    return [RaceCopy(label(setting, v), v, p, r) for v, p, r in zip(values, projects, results)]


def _add(total: TrainResult, part: TrainResult) -> None:
    for key, values in part.history.items():
        total.history.setdefault(key, []).extend(values)
    total.epochs_run += part.epochs_run
    total.seconds += part.seconds
    total.diverged = total.diverged or part.diverged
    total.stop_requested = total.stop_requested or part.stop_requested


class _OneEpoch(SilentReporter):
    """A copy's reporter for one epoch of the race: its epochs pass through; its run starts once."""

    def __init__(self, reporter: Reporter, epoch: int) -> None:
        self.reporter, self.epoch = reporter, epoch

    def train_begin(self, info: object) -> None:
        if self.epoch == 0:
            self.reporter.train_begin(info)

    def batch_end(self, epoch: int, step: int, logs: dict[str, float]) -> None:
        self.reporter.batch_end(epoch, step, logs)

    def epoch_end(self, epoch: int, logs: dict[str, float]) -> None:
        self.reporter.epoch_end(epoch, logs)

    def stop_requested(self) -> bool:
        return self.reporter.stop_requested()
