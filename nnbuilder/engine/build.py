"""From a project's layer list and training settings to a compiled keras.Sequential."""

from __future__ import annotations

import re
from typing import Any

from ..i18n import translate
from ..spec import Project
from ..spec.errors import TrainingError
from ..spec.project import LayerSpec, TrainingSpec
from .backend import keras


def keras_layer_names(layers: list[LayerSpec]) -> list[str]:
    """The names Keras gives these layers in a fresh session: dense, dense_1, dropout, ...

    Naming them explicitly keeps a saved model identical to a hand-written Sequential, however
    many models this process built before.
    """
    seen: dict[str, int] = {}
    names = []
    for layer in layers:
        base = re.sub(r"(?<!^)(?=[A-Z][a-z])", "_", layer.class_name).lower()
        count = seen.get(base, 0)
        names.append(base if count == 0 else f"{base}_{count}")
        seen[base] = count + 1
    return names


def build_model(layers: list[LayerSpec], input_width: int) -> Any:
    """keras.Sequential([keras.Input((input_width,)), ...]) with each layer's own Keras arguments."""
    k = keras()
    model_layers = [
        getattr(k.layers, layer.class_name)(name=name, **layer.config)
        for layer, name in zip(layers, keras_layer_names(layers))
    ]
    return k.Sequential([k.Input((input_width,)), *model_layers])


def make_optimizer(training: TrainingSpec) -> Any:
    return getattr(keras().optimizers, training.optimizer.class_name)(**training.optimizer.config)


def check_metrics(metrics: list[str]) -> None:
    k = keras()
    for name in metrics:
        try:
            k.metrics.get(name)
        except (ValueError, TypeError):
            raise TrainingError(
                translate(
                    "Build", "training.metrics: Keras has no metric '{name}'; use a name such as 'accuracy', 'mae' or 'mse'"
                ).format(name=name)
            ) from None


def compile_model(model: Any, training: TrainingSpec, steps_per_execution: int = 1) -> None:
    check_metrics(training.metrics)
    model.compile(
        optimizer=make_optimizer(training),
        loss=training.loss,
        metrics=list(training.metrics),
        steps_per_execution=steps_per_execution,
    )


def build_project_model(project: Project, input_width: int, steps_per_execution: int = 1) -> Any:
    model = build_model(project.layers, input_width)
    compile_model(model, project.training, steps_per_execution)
    return model
