"""The linear unit's loss landscape: the loss over every (w, b), and the path an optimizer takes
across it, batch by batch.

For one Dense(1) on one feature the whole of training fits in a picture. The loss is a surface over
the weight w and the bias b; training starts somewhere on it and walks downhill one batch at a
time. SGD's steps follow the slope (long where it is steep); Adam's steps are about the learning
rate long whatever the slope, so the two take very different paths to the same valley.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..spec import OptimizerSpec, Project
from ..spec.errors import TrainingError
from .backend import keras, tensorflow
from .batches import shuffled_batches
from .build import build_project_model
from .checks import is_linear_unit
from .data import PreparedData
from .train import initial_model, prepare_project

OPTIMIZERS = ("SGD", "Adam")  # side by side
GRID = 80  # points a side of the loss surface
MAX_PATH_STEPS = 4000  # a path longer than this is cut: enough to see where it heads


@dataclass
class Path2D:
    optimizer: str
    learning_rate: float
    points: np.ndarray  # (steps + 1, 2): (w, b) at the start and after each batch
    losses: np.ndarray  # the training loss at each point
    epochs: int


@dataclass
class Landscape:
    ws: np.ndarray  # the grid's weights (GRID,)
    bs: np.ndarray  # the grid's biases (GRID,)
    loss: np.ndarray  # (len(bs), len(ws)): the training loss at each (w, b)
    best: tuple[float, float]  # the lowest point of the surface (least squares for mse)
    paths: list[Path2D] = field(default_factory=list)
    feature: str = "x"
    target: str = "y"


MAX_SURFACE_ROWS = 20_000  # rows the surface is computed on (a map needs no more; a million would not fit)


def _rows_for_the_map(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The training rows, or an even sample of MAX_SURFACE_ROWS of them for a big table."""
    x, y = x.ravel(), y.ravel()
    if len(x) <= MAX_SURFACE_ROWS:
        return x, y
    picked = np.linspace(0, len(x) - 1, MAX_SURFACE_ROWS).astype(np.int64)
    return x[picked], y[picked]


def losses_for(x: np.ndarray, y: np.ndarray, loss: str, ws: np.ndarray, bs: np.ndarray) -> np.ndarray:
    """The loss of y ≈ w·x + b at each pair (ws[i], bs[i]).

    mse has a closed form in five sums over the rows, exact for any table; other losses are
    computed row by row, a few hundred points at a time, on the map's rows."""
    if loss == "mse":
        x, y = x.ravel().astype(np.float64), y.ravel().astype(np.float64)
        xx, xy, yy, sx, sy = (x * x).mean(), (x * y).mean(), (y * y).mean(), x.mean(), y.mean()
        return yy - 2 * ws * xy - 2 * bs * sy + ws * ws * xx + 2 * ws * bs * sx + bs * bs
    x, y = _rows_for_the_map(x, y)
    loss_function = keras().losses.get(loss)
    out = np.empty(len(ws))
    chunk = max(1, 2_000_000 // max(1, len(x)))  # ~8 MB of predictions at a time
    for start in range(0, len(ws), chunk):
        w, b = ws[start : start + chunk, None], bs[start : start + chunk, None]
        predicted = (w * x[None, :] + b).astype(np.float32)
        targets = np.broadcast_to(y[None, :], predicted.shape).astype(np.float32)
        out[start : start + chunk] = np.array(loss_function(targets, predicted), dtype=np.float64)
    return out


def loss_surface(x: np.ndarray, y: np.ndarray, loss: str, ws: np.ndarray, bs: np.ndarray) -> np.ndarray:
    """The loss of y ≈ w·x + b over the training rows, for every (w, b) of the grid: (len(bs), len(ws))."""
    w_grid, b_grid = np.meshgrid(ws, bs)
    return losses_for(x, y, loss, w_grid.ravel(), b_grid.ravel()).reshape(len(bs), len(ws))


def optimizer_path(
    project: Project, data: PreparedData, optimizer: str, initial: list[np.ndarray], max_steps: int = MAX_PATH_STEPS
) -> Path2D:
    """Train a copy of the linear unit from ``initial`` with ``optimizer`` at the project's learning
    rate, for the project's epochs, and keep (w, b) after every batch."""
    tf = tensorflow()
    copy = project.copy()
    rate = float(project.training.optimizer.config.get("learning_rate", 0.01))
    copy.training.optimizer = OptimizerSpec(optimizer, {"learning_rate": rate})
    model = build_project_model(copy, 1)
    model.set_weights(initial)
    variables = list(model.trainable_weights)

    @tf.function(reduce_retracing=True)
    def step(x: Any, y: Any) -> Any:
        with tf.GradientTape() as tape:
            predicted = model(x, training=True)
            loss = model.compute_loss(x=x, y=y, y_pred=predicted, training=True)
        model.optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
        return loss

    def point() -> list[float]:
        kernel, bias = (v.numpy() for v in variables)
        return [float(kernel.ravel()[0]), float(bias.ravel()[0])]

    training = project.training
    batches = shuffled_batches(data.x_train, data.y_train, training.batch_size, training.seed)
    points = [point()]
    going = True
    for _epoch in range(training.epochs):
        for x, y in batches:
            loss = float(step(x, y))
            points.append(point())
            if len(points) > max_steps or not np.isfinite(loss):
                going = False
                break
        if not going:
            break
    path = np.asarray(points)
    return Path2D(optimizer, rate, path, losses_at(data, project.training.loss, path), training.epochs)


def losses_at(data: PreparedData, loss: str, points: np.ndarray) -> np.ndarray:
    """The training loss at each (w, b) of ``points`` (n, 2)."""
    return losses_for(data.x_train, data.y_train, loss, points[:, 0], points[:, 1])


def landscape(project: Project, base_dir: Path | None, data: PreparedData | None = None) -> Landscape:
    """The loss surface of the project's linear unit, with SGD's and Adam's paths from its seeded start."""
    data = data if data is not None else prepare_project(project, base_dir)
    reason = is_linear_unit(project, data.input_width)
    if reason is not None:
        raise TrainingError(reason)
    initial = initial_model(project, data).get_weights()
    paths = [optimizer_path(project, data, name, initial) for name in OPTIMIZERS]
    x, y = data.x_train.ravel().astype(np.float64), data.y_train.ravel().astype(np.float64)
    slope, intercept = np.polyfit(x, y, 1)  # the valley's floor for mse: least squares
    # The map frames the start and the valley; a path that blows up leaves the map, not the map's scale.
    corners = np.array([paths[0].points[0], [slope, intercept]])
    low, high = corners.min(axis=0), corners.max(axis=0)
    reach = np.maximum(high - low, 1e-3)
    points = np.vstack([p.points[np.isfinite(p.points).all(axis=1)] for p in paths])
    near = points[(np.abs(points - (low + high) / 2) <= 2 * reach).all(axis=1)]
    low, high = np.minimum(low, near.min(axis=0)), np.maximum(high, near.max(axis=0))
    span = np.maximum(high - low, 1e-3)
    low, high = low - 0.15 * span, high + 0.15 * span
    ws, bs = np.linspace(low[0], high[0], GRID), np.linspace(low[1], high[1], GRID)
    surface = loss_surface(data.x_train, data.y_train, project.training.loss, ws, bs)
    row, column = np.unravel_index(int(np.argmin(surface)), surface.shape)
    best = (float(slope), float(intercept)) if project.training.loss == "mse" else (float(ws[column]), float(bs[row]))
    return Landscape(ws, bs, surface, best, paths, data.feature_names[0], data.task.target)
