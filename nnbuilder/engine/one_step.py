"""One step of training, taken apart: a batch, the loss, the gradient, and the update applied.

Training repeats three moves: take a batch, measure the loss, adjust the weights. ``take_step``
does exactly one, as Keras's own training step does (the loss and its gradient with the network
in training mode, then the model's optimizer applies it), and keeps every number on the way.
The update is measured (weights after minus before), so it is −lr·g for SGD and Adam's actual
step for Adam.
"""

from __future__ import annotations

import io
import json
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..i18n import translate
from ..spec import Project
from ..spec.errors import NNBuilderError
from ..spec.io import write_bytes_atomic, write_text_atomic
from .backend import tensorflow
from .batches import shuffled_batches
from .data import PreparedData
from .model_import import load_trained
from .outputs import save_model_atomic
from .train import initial_model, prepare_project


@dataclass
class TensorStep:
    """One trainable tensor's part in the step."""

    layer: str
    name: str  # kernel, bias, gamma, beta
    before: np.ndarray
    gradient: np.ndarray
    update: np.ndarray  # after − before

    def to_json(self) -> dict[str, Any]:
        return {
            "layer": self.layer,
            "name": self.name,
            "shape": list(self.before.shape),
            "gradient": self.gradient.tolist(),
            "update": self.update.tolist(),
        }


@dataclass
class StepResult:
    x: np.ndarray  # the batch, exactly as fed
    y: np.ndarray
    loss_before: float  # on this batch, the network as it predicts (Dropout off)
    loss_after: float
    optimizer: str
    learning_rate: float
    tensors: list[TensorStep]  # in the order of model.trainable_weights

    def to_json(self) -> dict[str, Any]:
        return {
            "loss_before": self.loss_before,
            "loss_after": self.loss_after,
            "optimizer": self.optimizer,
            "learning_rate": self.learning_rate,
            "tensors": [tensor.to_json() for tensor in self.tensors],
        }


# model → its compiled single step. A step run op by op takes ~50 ms on the course's networks; the
# compiled one a few, once traced. Held weakly: a model the engine forgets takes its step with it.
_COMPILED_STEPS: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def _compiled_step(model: Any) -> Any:
    step = _COMPILED_STEPS.get(model)
    if step is not None:
        return step
    tf = tensorflow()
    if not model.optimizer.built:
        model.optimizer.build(list(model.trainable_weights))  # its slots must exist before a compiled step
    # The function holds the model weakly: a strong hold would keep the dictionary's key alive forever.
    held = weakref.ref(model)

    def loss_as_it_predicts(net: Any, x: Any, y: Any) -> Any:
        return net.compute_loss(x=x, y=y, y_pred=net(x, training=False), training=False)

    @tf.function(reduce_retracing=True)
    def step(x: Any, y: Any) -> Any:
        net = held()
        variables = list(net.trainable_weights)
        loss_before = loss_as_it_predicts(net, x, y)
        with tf.GradientTape() as tape:  # as Keras's own train_step: the network in training mode
            loss = net.compute_loss(x=x, y=y, y_pred=net(x, training=True), training=True)
        gradients = tape.gradient(loss, variables)
        net.optimizer.apply_gradients(zip(gradients, variables))
        return loss_before, gradients, loss_as_it_predicts(net, x, y)

    _COMPILED_STEPS[model] = step
    return step


def take_step(model: Any, x: np.ndarray, y: np.ndarray) -> StepResult:
    """One optimizer step of ``model`` (compiled) on the batch ``x``, ``y``; the model keeps the new weights."""
    variables = list(model.trainable_weights)
    before = [np.array(v.numpy()) for v in variables]
    loss_before, gradients, loss_after = _compiled_step(model)(x, y)
    owner = {id(weight): layer.name for layer in model.layers for weight in layer.trainable_weights}
    tensors = []
    for variable, old, gradient in zip(variables, before, gradients):
        update = np.array(variable.numpy()) - old
        tensors.append(TensorStep(owner.get(id(variable), ""), variable.name, old, np.array(gradient), update))
    optimizer = model.optimizer
    return StepResult(
        x=np.array(x), y=np.array(y),
        loss_before=float(loss_before), loss_after=float(loss_after),
        optimizer=type(optimizer).__name__, learning_rate=float(optimizer.learning_rate.numpy()),
        tensors=tensors,
    )  # fmt: skip


def first_batch(data: PreparedData, project: Project, initial_epoch: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """The batch training starts with: the first of the epoch's shuffled batches, for the project's seed."""
    training = project.training
    batches = shuffled_batches(data.x_train, data.y_train, training.batch_size, training.seed + initial_epoch)
    x, y = next(iter(batches))
    return np.array(x), np.array(y)


def step_project(project: Project, base_dir: Path | None, out_dir: Path, from_run: Path | None = None) -> StepResult:
    """`nnbuilder step PROJECT --out DIR [--from RUN_DIR]`: one step on the first training batch.

    It starts from the project's seeded initial weights (those `nnbuilder train` starts from), or
    from a run's trained weights with a fresh optimizer. Writes before.keras, after.keras,
    batch.npz and step.json into ``out_dir``.
    """
    data = prepare_project(project, base_dir)
    model = initial_model(project, data)
    if from_run is not None:
        trained, reason = load_trained(from_run / "project.nnb", project, data.input_width, from_run / "model.keras")
        if trained is None:
            raise NNBuilderError(
                translate(
                    "OneStep", "--from {run}: {reason}, or pass a folder that 'nnbuilder train --out' wrote for this project"
                ).format(run=from_run, reason=reason)
            )
        model.set_weights(trained.get_weights())
    x, y = first_batch(data, project)
    out_dir.mkdir(parents=True, exist_ok=True)
    save_model_atomic(model, out_dir / "before.keras")
    result = take_step(model, x, y)
    save_model_atomic(model, out_dir / "after.keras")
    batch = io.BytesIO()
    np.savez(batch, x=result.x, y=result.y)
    write_bytes_atomic(out_dir / "batch.npz", batch.getvalue())
    write_text_atomic(out_dir / "step.json", json.dumps(result.to_json(), indent=1) + "\n")
    return result

