"""Checks a project and says what is wrong in words a student understands, naming where."""

from __future__ import annotations

import math
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, translate
from .catalogue import CATALOGUE, LOSSES, OPTIMIZERS, Param
from .project import (
    BUILTIN_DATASET_NAMES,
    BUILTIN_PREFIX,
    MISSING_POLICIES,
    SCALINGS,
    LayerSpec,
    Project,
)
from .words import did_you_mean

# Settings outside layers and optimizers, described like layer arguments so one check serves all.
SPLIT = Param(
    "validation_split", "float", 0.3, QT_TRANSLATE_NOOP("Validate", "Fraction of rows held out to validate."),
    0.0, 1.0, True, context="Validate",
)
SPLIT_SEED = Param(
    "split_seed", "int", 0, QT_TRANSLATE_NOOP("Validate", "Fixes which rows are held out."),
    0, 2**31 - 1, context="Validate",
)
BATCH_SIZE = Param(
    "batch_size", "int", 32,
    QT_TRANSLATE_NOOP(
        "Validate",
        "Rows per weight update: each minibatch gives one step of SGD; small batches take noisier, more frequent steps.",
    ),
    1, 1_000_000, context="Validate",
)
EPOCHS = Param(
    "epochs", "int", 10, QT_TRANSLATE_NOOP("Validate", "How many times the network sees the whole training set."),
    1, 100_000, context="Validate",
)
SEED = Param(
    "seed", "int", 0,
    QT_TRANSLATE_NOOP("Validate", "Fixes the initial weights and the shuffling, so a run repeats exactly."),
    0, 2**31 - 1, context="Validate",
)
MIN_DELTA = Param(
    "min_delta", "float", 0.0,
    QT_TRANSLATE_NOOP("Validate", "The least improvement that counts; smaller changes count as none."),
    0.0, None, context="Validate",
)
PATIENCE = Param(
    "patience", "int", 5, QT_TRANSLATE_NOOP("Validate", "How many epochs to wait for an improvement before stopping."),
    0, 100_000, context="Validate",
)
SAMPLES = Param(
    "samples", "int", None, QT_TRANSLATE_NOOP("Validate", "How many points a generated data set has."),
    20, 100_000, optional=True, context="Validate",
)
NOISE = Param(
    "noise", "float", None, QT_TRANSLATE_NOOP("Validate", "How much scatter a generated data set has."),
    0.0, 5.0, optional=True, context="Validate",
)
STRATIFY = Param(
    "stratify", "bool", True, QT_TRANSLATE_NOOP("Validate", "Keep each class's share in both parts of the split."),
    context="Validate",
)
RESTORE = Param(
    "restore_best_weights", "bool", True,
    QT_TRANSLATE_NOOP("Validate", "After stopping, go back to the weights of the best epoch."),
    context="Validate",
)  # fmt: skip


def _number(value: float) -> str:
    return f"{value:g}"


def _range_phrase(param: Param) -> str:
    low = high = ""
    if param.minimum is not None:
        if param.min_exclusive:
            low = translate("Validate", "more than {value}").format(value=_number(param.minimum))
        else:
            low = translate("Validate", "at least {value}").format(value=_number(param.minimum))
    if param.maximum is not None:
        if param.max_exclusive:
            high = translate("Validate", "less than {value}").format(value=_number(param.maximum))
        else:
            high = translate("Validate", "at most {value}").format(value=_number(param.maximum))
    if low and high:
        return translate("Validate", "{low} and {high}").format(low=low, high=high)
    return low or high


def check_value(param: Param, value: Any) -> str | None:
    """The problem with ``value`` for ``param`` ("must be ...; got ..."), or None when it is fine."""
    if value is None and param.optional:
        return None
    if param.kind == "bool":
        if isinstance(value, bool):
            return None
        return translate("Validate", "must be true or false; got {value!r}").format(value=value)
    if param.kind == "choice":
        if isinstance(value, str) and value in param.choices:
            return None
        return translate("Validate", "'{value}' is not one of the choices").format(value=value) + did_you_mean(
            str(value), param.choices
        )
    is_int = isinstance(value, int) and not isinstance(value, bool)
    limits = _range_phrase(param)
    if param.kind == "int" and not is_int:
        if limits:
            return translate("Validate", "must be a whole number {range}; got {value!r}").format(range=limits, value=value)
        return translate("Validate", "must be a whole number; got {value!r}").format(value=value)
    if param.kind == "float" and (
        not (is_int or isinstance(value, float)) or not math.isfinite(value)
    ):
        if limits:
            return translate("Validate", "must be a number {range}; got {value!r}").format(range=limits, value=value)
        return translate("Validate", "must be a number; got {value!r}").format(value=value)
    low_ok = param.minimum is None or (
        value > param.minimum if param.min_exclusive else value >= param.minimum
    )
    high_ok = param.maximum is None or (
        value < param.maximum if param.max_exclusive else value <= param.maximum
    )
    if low_ok and high_ok:
        return None
    return translate("Validate", "must be {range}; got {value!r}").format(range=limits, value=value)


def layer_label(index: int, layer: LayerSpec) -> str:
    """How messages name a layer: by its 1-based position in the stack and its type."""
    return translate("Validate", "layer {number} ({class_name})").format(number=index + 1, class_name=layer.class_name)


def check_layer(index: int, layer: LayerSpec) -> list[str]:
    where = layer_label(index, layer)
    kind = CATALOGUE.get(layer.class_name)
    if kind is None:
        return [
            translate("Validate", "{where}: nnbuilder has no layer type '{class_name}'").format(
                where=where, class_name=layer.class_name
            )
            + did_you_mean(layer.class_name, list(CATALOGUE))
        ]
    if not isinstance(layer.config, dict):
        return [
            translate("Validate", "{where}: its config must be an object of settings; got {config!r}").format(
                where=where, config=layer.config
            )
        ]
    problems = []
    names = [p.name for p in kind.params]
    for key, value in layer.config.items():
        param = kind.param(key)
        if param is None:
            problems.append(
                translate("Validate", "{where}: {class_name} has no setting '{key}'").format(
                    where=where, class_name=layer.class_name, key=key
                )
                + did_you_mean(key, names)
            )
            continue
        problem = check_value(param, value)
        if problem:
            problems.append(f"{where}: {layer.class_name} {key} {problem}")
    for param in kind.params:
        if param.required and param.name not in layer.config:
            problems.append(
                translate("Validate", "{where}: {class_name} needs a value for '{name}' ({help})").format(
                    where=where, class_name=layer.class_name, name=param.name, help=param.help
                )
            )
    return problems


def check_layers(layers: list[LayerSpec]) -> list[str]:
    problems = [p for i, layer in enumerate(layers) for p in check_layer(i, layer)]
    if not layers:
        problems.append(translate("Validate", "the network has no layers; add at least one Dense layer for the output"))
    elif not any(layer.class_name == "Dense" for layer in layers):
        problems.append(translate("Validate", "the network needs at least one Dense layer to produce its output"))
    return problems


def _check_setting(where: str, param: Param, value: Any) -> list[str]:
    problem = check_value(param, value)
    return [f"{where}.{param.name} {problem}"] if problem else []


def check_data(project: Project) -> list[str]:
    data = project.data
    problems = []
    if not isinstance(data.source, str) or not data.source.strip():
        problems.append(
            translate(
                "Validate", "data.source is empty; name a CSV file or a built-in data set such as 'builtin:circles'"
            )
        )
    elif data.source.startswith(BUILTIN_PREFIX):
        name = data.source[len(BUILTIN_PREFIX) :]
        if name not in BUILTIN_DATASET_NAMES:
            problems.append(
                translate("Validate", "data.source: there is no built-in data set '{name}'").format(name=name)
                + did_you_mean(name, BUILTIN_DATASET_NAMES)
            )
    elif data.target is None:
        problems.append(translate("Validate", "data.target is not set; name the column the network should predict"))
    if data.target is not None and (not isinstance(data.target, str) or not data.target):
        problems.append(translate("Validate", "data.target must be a column name; got {value!r}").format(value=data.target))
    if data.features is not None:
        if not isinstance(data.features, list) or not all(isinstance(f, str) for f in data.features):
            problems.append(
                translate(
                    "Validate", "data.features must be a list of column names or null (all columns); got {value!r}"
                ).format(value=data.features)
            )
        elif not data.features:
            problems.append(
                translate("Validate", "data.features is empty; list at least one column, or use null for all columns")
            )
        elif data.target in data.features:
            problems.append(
                translate(
                    "Validate", "data.features includes the target '{target}'; a network may not see the answer"
                ).format(target=data.target)
            )
    problems += _check_setting("data", SPLIT, data.validation_split)
    problems += _check_setting("data", SPLIT_SEED, data.split_seed)
    problems += _check_setting("data", STRATIFY, data.stratify)
    problems += _check_setting("data", SAMPLES, data.samples)
    problems += _check_setting("data", NOISE, data.noise)
    if data.scaling not in SCALINGS:
        problems.append(
            translate("Validate", "data.scaling '{value}' is not known").format(value=data.scaling)
            + did_you_mean(str(data.scaling), SCALINGS)
        )
    if data.missing not in MISSING_POLICIES:
        problems.append(
            translate("Validate", "data.missing '{value}' is not known").format(value=data.missing)
            + did_you_mean(str(data.missing), MISSING_POLICIES)
        )
    return problems


def check_training(project: Project) -> list[str]:
    training = project.training
    problems = []
    optimizer = training.optimizer
    params = OPTIMIZERS.get(optimizer.class_name)
    if params is None:
        problems.append(
            translate("Validate", "training.optimizer '{class_name}' is not offered").format(
                class_name=optimizer.class_name
            )
            + did_you_mean(optimizer.class_name, list(OPTIMIZERS))
        )
    elif not isinstance(optimizer.config, dict):
        problems.append(
            translate("Validate", "training.optimizer.config must be an object of settings; got {config!r}").format(
                config=optimizer.config
            )
        )
    else:
        by_name = {p.name: p for p in params}
        for key, value in optimizer.config.items():
            if key not in by_name:
                problems.append(
                    translate("Validate", "training.optimizer: {class_name} has no setting '{key}'").format(
                        class_name=optimizer.class_name, key=key
                    )
                    + did_you_mean(key, list(by_name))
                )
            else:
                problems += _check_setting(f"training.optimizer.{optimizer.class_name}", by_name[key], value)
    if training.loss not in LOSSES:
        problems.append(
            translate("Validate", "training.loss '{loss}' is not offered").format(loss=training.loss)
            + did_you_mean(str(training.loss), LOSSES)
        )
    if not isinstance(training.metrics, list) or not all(isinstance(m, str) and m for m in training.metrics):
        problems.append(
            translate(
                "Validate", "training.metrics must be a list of metric names such as [\"accuracy\"]; got {value!r}"
            ).format(value=training.metrics)
        )
    problems += _check_setting("training", BATCH_SIZE, training.batch_size)
    problems += _check_setting("training", EPOCHS, training.epochs)
    problems += _check_setting("training", SEED, training.seed)
    stopping = training.early_stopping
    if stopping is not None:
        where = "training.early_stopping"
        problems += _check_setting(where, MIN_DELTA, stopping.min_delta)
        problems += _check_setting(where, PATIENCE, stopping.patience)
        problems += _check_setting(where, RESTORE, stopping.restore_best_weights)
        metrics = training.metrics if isinstance(training.metrics, list) else []
        watched = ["loss", *metrics]
        has_validation = isinstance(project.data.validation_split, (int, float)) and project.data.validation_split > 0
        choices = [*watched, *(f"val_{m}" for m in watched)] if has_validation else watched
        if stopping.monitor not in choices:
            if str(stopping.monitor).startswith("val_") and not has_validation:
                problems.append(
                    translate(
                        "Validate",
                        "training.early_stopping.monitor '{monitor}' needs validation data, but "
                        "data.validation_split is 0; set a validation split above 0 or monitor 'loss'",
                    ).format(monitor=stopping.monitor)
                )
            else:
                problems.append(
                    translate(
                        "Validate", "training.early_stopping.monitor '{monitor}' is neither the loss nor a chosen metric"
                    ).format(monitor=stopping.monitor)
                    + did_you_mean(str(stopping.monitor), choices)
                )
    return problems


def validate(project: Project) -> list[str]:
    """Every problem in the project, each a sentence naming where it is and how to fix it."""
    return check_data(project) + check_layers(project.layers) + check_training(project)
