"""Output widths and parameter counts per layer, computed without TensorFlow.

The builder shows these while the user edits; a test cross-checks them with Keras's count_params().
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import translate
from .catalogue import CATALOGUE
from .project import LayerSpec
from .words import counted


@dataclass(frozen=True)
class LayerShape:
    input_width: int
    output_width: int
    params: int  # every weight Keras counts, trainable or not
    trainable_params: int
    explanation: str  # how the count comes about, in words


def _setting(layer: LayerSpec, name: str):
    value = layer.config.get(name)
    if value is None:
        param = CATALOGUE[layer.class_name].param(name)
        value = param.default if param is not None else None
    return value


def layer_shape(layer: LayerSpec, input_width: int) -> LayerShape:
    """Shape and parameter count of one valid layer given the width of what flows into it."""
    if layer.class_name == "Dense":
        units = int(layer.config["units"])
        biases = units if _setting(layer, "use_bias") else 0
        params = input_width * units + biases
        inputs = counted(input_width, translate("Shapes", "input"), translate("Shapes", "inputs"))
        neurons = counted(units, translate("Shapes", "unit"), translate("Shapes", "units"))
        if biases:
            explanation = translate("Shapes", "{inputs} × {units} + {biases} = {total:,}").format(
                inputs=inputs,
                units=neurons,
                biases=counted(biases, translate("Shapes", "bias"), translate("Shapes", "biases")),
                total=params,
            )
        else:
            explanation = translate("Shapes", "{inputs} × {units} = {total:,}").format(
                inputs=inputs, units=neurons, total=params
            )
        return LayerShape(input_width, units, params, params, explanation)
    if layer.class_name == "BatchNormalization":
        learned = [name for name, on in (("gamma", _setting(layer, "scale")), ("beta", _setting(layer, "center"))) if on]
        tensors = [*learned, translate("Shapes", "moving mean"), translate("Shapes", "moving variance")]
        params = input_width * len(tensors)
        explanation = translate(
            "Shapes",
            "{features} × {count} ({tensors}) = {total:,}; the moving mean and variance are tracked, not trained",
        ).format(
            features=counted(input_width, translate("Shapes", "feature"), translate("Shapes", "features")),
            count=len(tensors),
            tensors=", ".join(tensors),
            total=params,
        )
        return LayerShape(input_width, input_width, params, input_width * len(learned), explanation)
    # Activation, Dropout: values pass through one to one, nothing is learned.
    return LayerShape(
        input_width, input_width, 0, 0, translate("Shapes", "nothing to learn: values pass straight through")
    )


def stack_shapes(layers: list[LayerSpec], input_width: int) -> list[LayerShape]:
    shapes = []
    width = input_width
    for layer in layers:
        shape = layer_shape(layer, width)
        shapes.append(shape)
        width = shape.output_width
    return shapes


def total_params(layers: list[LayerSpec], input_width: int) -> int:
    return sum(shape.params for shape in stack_shapes(layers, input_width))
