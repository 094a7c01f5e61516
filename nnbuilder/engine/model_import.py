""".keras models back into projects, and a project's trained weights kept beside it.

A model imports when every layer is one the catalogue offers and its settings are ones a project
can hold; the project then builds the same network, and the model's weights fit it one to one.
The trained weights of a project live in ``NAME.weights.keras`` (a whole Keras model, so any
Keras or ``nnbuilder inspect`` opens it) and come back only while the network still matches.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from ..i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from ..spec import CATALOGUE, LOSSES, OPTIMIZERS, LayerSpec, NNBuilderError, Project
from ..spec.diff import describe_changes
from ..spec.project import OptimizerSpec, TrainingSpec
from ..spec.validate import check_layers
from .backend import keras
from .build import build_project_model
from .outputs import save_model_atomic
from .weights import load_keras_model

TRAINED_SUFFIX = ".weights.keras"
# Shown through translate_marked("ModelImport", OPEN_MODEL_INSTEAD).
OPEN_MODEL_INSTEAD = QT_TRANSLATE_NOOP("ModelImport", "open it with File → Open Model to look at its weights instead")
# Loss names Keras also accepts, as the project file writes them.
LOSS_ALIASES = {"mean_absolute_error": "mae", "mean_squared_error": "mse", "huber_loss": "huber"}


class ImportedModel(NamedTuple):
    project: Project  # the network and training settings; data.source is empty for the user to choose
    weights: list[np.ndarray]  # in model.get_weights() order, fitting the project's model
    input_width: int  # from the model's input shape (a project takes it from its data)


def _instead() -> str:
    return translate_marked("ModelImport", OPEN_MODEL_INSTEAD)


def _plain(value: Any) -> Any:
    """A config value as the project file holds it: float32 noise such as 0.05000000074505806 removed."""
    if isinstance(value, float):
        return float(str(np.float32(value))) if float(np.float32(value)) == value else value
    return value


def _shown(value: Any) -> str:
    """A Keras setting in a message: a serialized object by its class name ("L2"), anything else as written."""
    return str(value["class_name"]) if isinstance(value, dict) and "class_name" in value else repr(value)


def _chain(model: Any) -> list[Any]:
    """The model's layers in order, when each one feeds only the next (a Sequential, or a functional chain)."""
    k = keras()
    if isinstance(model, k.Sequential):
        return list(model.layers)
    layers = [layer for layer in model.layers if not isinstance(layer, k.layers.InputLayer)]
    if len(model.inputs) != 1 or len(model.outputs) != 1:
        raise NNBuilderError(
            translate(
                "ModelImport",
                "the model has {inputs} inputs and {outputs} outputs; nnbuilder networks have one of each: {instead}",
            ).format(inputs=len(model.inputs), outputs=len(model.outputs), instead=_instead())
        )
    flowing = model.inputs[0]
    for layer in layers:
        try:
            feeds_on = layer.input
        except (AttributeError, ValueError):  # a layer used twice has no single input
            feeds_on = None
        if feeds_on is not flowing:
            raise NNBuilderError(
                translate(
                    "ModelImport",
                    "layer '{layer}' does not simply follow the layer before it (a branch or a shared layer); "
                    "nnbuilder networks are one stack of layers: {instead}",
                ).format(layer=layer.name, instead=_instead())
            )
        flowing = layer.output
    return layers


def _layer_spec(layer: Any) -> LayerSpec:
    """The catalogue's arguments of a Keras layer, only those that differ from Keras's defaults."""
    class_name = type(layer).__name__
    kind = CATALOGUE[class_name]
    config = layer.get_config()
    required = {param.name: config[param.name] for param in kind.params if param.required}
    defaults = type(layer)(**required).get_config()
    # The weights are imported, so how they were first drawn no longer matters.
    offered = {param.name for param in kind.params}
    foreign = [
        key
        for key, value in config.items()
        if key not in offered and key != "name" and not key.endswith("_initializer") and value != defaults.get(key)
    ]
    if foreign:
        shown = ", ".join(f"{key}={_shown(config[key])}" for key in foreign)
        raise NNBuilderError(
            translate("ModelImport", "layer '{layer}' ({kind}) sets {settings}, which nnbuilder does not offer; {instead}").format(
                layer=layer.name, kind=class_name, settings=shown, instead=_instead()
            )
        )
    settings = {}
    for param in kind.params:
        value = _plain(config.get(param.name))
        if param.required or value != param.default:
            settings[param.name] = value
    return LayerSpec(class_name, settings)


def layers_of(model: Any) -> tuple[list[LayerSpec], int]:
    """The model's layers as the project holds them, and its input width; NNBuilderError when a project cannot."""
    layers = _chain(model)
    unknown = [f"{type(layer).__name__} ('{layer.name}')" for layer in layers if type(layer).__name__ not in CATALOGUE]
    if unknown:
        offered = ", ".join(CATALOGUE)
        raise NNBuilderError(
            translate(
                "ModelImport",
                "the model has layers nnbuilder does not offer: {unknown}; nnbuilder builds networks of {offered}: {instead}",
            ).format(unknown=", ".join(unknown), offered=offered, instead=_instead())
        )
    if not getattr(model, "inputs", None):
        raise NNBuilderError(
            translate("ModelImport", "the model was saved before it knew its input shape; {instead}").format(
                instead=_instead()
            )
        )
    shape = tuple(model.inputs[0].shape)
    if len(shape) != 2 or shape[1] is None:
        any_size = translate("ModelImport", "any")
        described = "(" + ", ".join(any_size if size is None else str(size) for size in shape[1:]) + ")"
        raise NNBuilderError(
            translate(
                "ModelImport",
                "the model takes inputs of shape {shape}; nnbuilder networks take one row of numbers: {instead}",
            ).format(shape=described, instead=_instead())
        )
    specs = [_layer_spec(layer) for layer in layers]
    problems = check_layers(specs)
    if problems:
        raise NNBuilderError(f"{problems[0]}; {_instead()}")
    return specs, int(shape[1])


def _compile_config(path: Path) -> dict[str, Any]:
    """How the model was compiled, as Keras saved it (loading with compile=False leaves it out)."""
    try:
        with zipfile.ZipFile(path) as archive:
            saved = json.loads(archive.read("config.json"))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return {}
    return saved.get("compile_config") or {}


def _training(compiled: dict[str, Any], layers: list[LayerSpec]) -> TrainingSpec:
    """The saved optimizer, loss and metrics where the project offers them; otherwise what fits the last layer."""
    training = TrainingSpec()
    optimizer = compiled.get("optimizer")
    if isinstance(optimizer, dict) and optimizer.get("class_name") in OPTIMIZERS:
        name, saved = optimizer["class_name"], optimizer.get("config") or {}
        config = {
            param.name: _plain(saved[param.name])
            for param in OPTIMIZERS[name]
            # a learning-rate schedule is saved as a dict: the project holds plain rates only
            if param.name in saved and isinstance(saved[param.name], (int, float)) and saved[param.name] != param.default
        }
        training.optimizer = OptimizerSpec(name, config)
    loss = compiled.get("loss")
    loss = LOSS_ALIASES.get(loss, loss) if isinstance(loss, str) else None
    if loss in LOSSES:
        training.loss = loss
    else:
        last = next((layer for layer in reversed(layers) if layer.class_name == "Dense"), None)
        activation = last.config.get("activation") if last is not None else None
        training.loss = {"sigmoid": "binary_crossentropy", "softmax": "sparse_categorical_crossentropy"}.get(
            activation, "mse"
        )
    metrics = compiled.get("metrics")
    if isinstance(metrics, list):
        training.metrics = [metric for metric in metrics if isinstance(metric, str)]
    return training


def project_from_model(path: str | Path) -> ImportedModel:
    """An editable project holding the network of a .keras file, and its weights.

    NNBuilderError names each layer or setting a project cannot hold. The data is left for the
    user to choose; the input width comes from the model.
    """
    path = Path(path)
    model = load_keras_model(path)
    try:
        layers, input_width = layers_of(model)
    except NNBuilderError as error:
        raise NNBuilderError(f"{path.name}: {error}") from None
    project = Project(title=path.name.removesuffix(".keras"), layers=layers, training=_training(_compile_config(path), layers))
    return ImportedModel(project, [np.asarray(w) for w in model.get_weights()], input_width)


# ---------------------------------------------------------------------------------------------
# The trained weights beside a project


def trained_path(project_path: str | Path) -> Path:
    """Where a project's trained weights are kept: lab.nnb → lab.weights.keras beside it."""
    project_path = Path(project_path)
    return project_path.with_name(project_path.stem + TRAINED_SUFFIX)


def save_trained(project_path: str | Path, model: Any) -> Path:
    """Keep the trained model beside the project (atomically: a crash leaves the previous file whole)."""
    path = trained_path(project_path)
    save_model_atomic(model, path)
    return path


def load_trained(
    project_path: str | Path,
    project: Project,
    input_width: int,
    model_path: str | Path | None = None,
    steps_per_execution: int = 1,
) -> tuple[Any | None, str | None]:
    """(the project's compiled model holding the trained weights, None), or (None, why not) when no
    trained model is kept or its network no longer matches the project's.

    ``model_path`` (default: beside the project) may be any .keras file, such as a
    ``nnbuilder train --out`` folder's model.keras.
    """
    path = Path(model_path) if model_path is not None else trained_path(project_path)
    if not path.is_file():
        return None, translate("ModelImport", "no trained model is kept for {project} ({file} does not exist)").format(
            project=Path(project_path).name, file=path.name
        )
    try:
        saved = load_keras_model(path)
    except NNBuilderError as error:
        return None, translate("ModelImport", "{name} cannot be used: {error}").format(name=path.name, error=error)
    return project_model_from(saved, path.name, project, input_width, steps_per_execution)


def project_model_from(
    saved: Any, name: str, project: Project, input_width: int, steps_per_execution: int = 1
) -> tuple[Any | None, str | None]:
    """The project's compiled model with the weights of ``saved`` (a loaded .keras file called
    ``name``), or (None, why not) when its network is not the project's."""
    try:
        layers, saved_width = layers_of(saved)
    except NNBuilderError as error:
        return None, translate("ModelImport", "{name} cannot be used: {error}").format(name=name, error=error)
    if saved_width != input_width:
        return None, translate(
            "ModelImport", "{name} was trained on {saved} inputs but the data now gives {now}; train again"
        ).format(name=name, saved=saved_width, now=input_width)
    changes = describe_changes(Project(layers=layers), Project(layers=project.layers))
    if changes:
        return None, translate("ModelImport", "the network changed since {name} was trained ({changes}); train again").format(
            name=name, changes="; ".join(changes)
        )
    model = build_project_model(project, input_width, steps_per_execution)
    model.set_weights(saved.get_weights())
    return model, None
