"""Does the network's output and loss fit what the target asks for? Each mismatch comes with its fix.
And is the network the single linear unit whose loss landscape can be drawn?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import translate
from ..spec.catalogue import REGRESSION_LOSSES
from ..spec.project import LayerSpec, Project
from ..spec.shapes import stack_shapes
from ..spec.words import counted

if TYPE_CHECKING:  # the data module brings pandas and scikit-learn; the window must start without
    from .data import Task

# What an output activation can produce; a regression target outside it cannot be reached.
ACTIVATION_RANGES = {
    "sigmoid": (0.0, 1.0),
    "softmax": (0.0, 1.0),
    "hard_sigmoid": (0.0, 1.0),
    "tanh": (-1.0, 1.0),
    "softsign": (-1.0, 1.0),
    "relu": (0.0, float("inf")),
    "relu6": (0.0, 6.0),
    "softplus": (0.0, float("inf")),
    "exponential": (0.0, float("inf")),
}


def output_activation(layers: list[LayerSpec]) -> str:
    """The activation the network's outputs leave through (Dropout and normalisation do not count)."""
    for layer in reversed(layers):
        if layer.class_name in ("Activation", "Dense"):
            return layer.config.get("activation") or "linear"
    return "linear"


def output_width(layers: list[LayerSpec], input_width: int) -> int:
    return stack_shapes(layers, input_width)[-1].output_width


def _classes_phrase(task: Task) -> str:
    shown = ", ".join(f"'{c}'" for c in task.classes[:5])
    return shown + (", ..." if len(task.classes) > 5 else "")


def check_fits_task(layers: list[LayerSpec], loss: str, task: Task, input_width: int) -> list[str]:
    """Problems between the network's output, the loss and the target; empty when they fit."""
    width = output_width(layers, input_width)
    activation = output_activation(layers)
    target = task.target
    if task.kind == "regression":
        problems = []
        if loss not in REGRESSION_LOSSES:
            problems.append(
                translate(
                    "Checks", "the loss '{loss}' is for classes, but the target '{target}' is a number to predict; use 'mae' or 'mse'"
                ).format(loss=loss, target=target)
            )
        if width != 1:
            problems.append(
                translate(
                    "Checks",
                    "the network ends with {width} outputs but the target '{target}' is one number; "
                    "set the last Dense layer's units to 1",
                ).format(width=width, target=target)
            )
        low, high = ACTIVATION_RANGES.get(activation, (float("-inf"), float("inf")))
        if task.target_min is not None and task.target_max is not None and (
            task.target_min < low or task.target_max > high
        ):
            problems.append(
                translate(
                    "Checks",
                    "the output activation '{activation}' only gives values from {low:g} to {high:g}, but the target "
                    "'{target}' goes from {minimum:g} to {maximum:g}; use 'linear' on the last layer",
                ).format(
                    activation=activation, low=low, high=high, target=target, minimum=task.target_min, maximum=task.target_max
                )
            )
        return problems

    classes = len(task.classes)
    if task.kind == "binary" and loss == "binary_crossentropy":
        want_units, want_activation = 1, "sigmoid"
    elif loss in ("sparse_categorical_crossentropy", "categorical_crossentropy"):
        want_units, want_activation = classes, "softmax"
    else:
        advice = (
            translate("Checks", "use loss 'binary_crossentropy' with 1 output unit and 'sigmoid'")
            if task.kind == "binary"
            else translate(
                "Checks", "use loss 'sparse_categorical_crossentropy' with {classes} output units and 'softmax'"
            ).format(classes=classes)
        )
        return [
            translate("Checks", "the loss '{loss}' does not fit the target '{target}', which is {task} ({classes}); {advice}").format(
                loss=loss, target=target, task=task.describe(), classes=_classes_phrase(task), advice=advice
            )
        ]
    problems = []
    if width != want_units:
        problems.append(
            translate(
                "Checks",
                "the target '{target}' is {task}, so with loss '{loss}' the last Dense layer needs {units}; it has {width}",
            ).format(
                target=target,
                task=task.describe(),
                loss=loss,
                units=counted(want_units, translate("Checks", "unit"), translate("Checks", "units")),
                width=width,
            )
        )
    if activation != want_activation:
        problems.append(
            translate(
                "Checks",
                "with loss '{loss}' the output must be probabilities: give the last layer the "
                "activation '{wanted}' (it is '{activation}')",
            ).format(loss=loss, wanted=want_activation, activation=activation)
        )
    return problems


def fix_output(project: Project, task: Task) -> Project | None:
    """The project with its last Dense layer, that layer's activation and the loss made to fit ``task``.

    An Activation after the output would undo the fix, so it becomes linear; early stopping that
    watched a metric the fix removes watches val_loss instead. None when there is no Dense layer.
    """
    from .data import suggest_output

    fixed = project.copy()
    dense_rows = [row for row, layer in enumerate(fixed.layers) if layer.class_name == "Dense"]
    if not dense_rows:
        return None
    fix = suggest_output(task, fixed.training.loss)
    last = dense_rows[-1]
    moved_output = [row for row in dense_rows[:-1] if fixed.layers[row].config.get("units") == fix.units]
    if fixed.layers[last].config.get("units") != fix.units and moved_output:
        # The output layer was dragged up the stack (a Dense(1) first, say): put it back at the end
        # rather than squeeze the last hidden layer into the output and keep a bottleneck in front.
        fixed.layers.append(fixed.layers.pop(moved_output[-1]))
        last = len(fixed.layers) - 1
    fixed.layers[last].config.update(units=fix.units, activation=fix.activation)
    for layer in fixed.layers[last + 1 :]:
        if layer.class_name == "Activation":
            layer.config["activation"] = "linear"
    training = fixed.training
    training.loss = fix.loss
    training.metrics = list(dict.fromkeys([*training.metrics, *fix.metrics]))
    watched = ("loss", "val_loss", *training.metrics, *(f"val_{m}" for m in training.metrics))
    if training.early_stopping is not None and training.early_stopping.monitor not in watched:
        training.early_stopping.monitor = "val_loss"
    return fixed


def is_linear_unit(project: Project, input_width: int | None) -> str | None:
    """None when the landscape can be drawn for this project; otherwise why not, in words."""
    layers = project.layers
    if len(layers) != 1 or layers[0].class_name != "Dense" or layers[0].config.get("units") != 1:
        return translate(
            "Checks", "the landscape is drawn for a single neuron: one Dense layer of 1 unit (lesson 1's linear unit)"
        )
    if layers[0].config.get("activation", "linear") not in (None, "linear"):
        return translate("Checks", "the landscape is drawn for a linear unit: set the Dense layer's activation to linear")
    if layers[0].config.get("use_bias", True) is False:
        return translate("Checks", "the landscape's axes are the weight and the bias: turn the Dense layer's use bias on")
    if input_width is not None and input_width != 1:
        return translate("Checks", "the landscape has two axes, w and b, so it needs one input feature, not {width}").format(
            width=input_width
        )
    return None
