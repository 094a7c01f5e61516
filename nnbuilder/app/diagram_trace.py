"""What a traced row adds to the network diagram: each value as a colour and a number, and each
neuron's sum written out with its numbers (z = w·x + b, then the activation)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtGui import QColor

if TYPE_CHECKING:  # the engine's modules behind these load pandas; the window paints first
    from ..engine.trace import LayerTrace, RowTrace


INPUT_INDEX = -1
MAX_TERMS = 6  # a sum with more inputs shows its largest terms and "+ … (n more)"
MINUS = "\u2212"

# Blue for negative, white for zero, red for positive, as the weights' heatmaps.
_NEGATIVE, _ZERO, _POSITIVE = QColor(33, 102, 172), QColor(247, 247, 247), QColor(178, 24, 43)


def number(value: float) -> str:
    return f"{value:.3g}".replace("-", MINUS)


def value_colour(value: float, scale: float) -> QColor:
    """The diverging colour of ``value`` on a scale where ±``scale`` is the strongest."""
    t = 0.0 if scale <= 0 else max(-1.0, min(1.0, value / scale))
    end = _POSITIVE if t >= 0 else _NEGATIVE
    t = abs(t)
    return QColor(
        round(_ZERO.red() + (end.red() - _ZERO.red()) * t),
        round(_ZERO.green() + (end.green() - _ZERO.green()) * t),
        round(_ZERO.blue() + (end.blue() - _ZERO.blue()) * t),
    )


@dataclass(frozen=True)
class ColumnValues:
    """One column of the diagram for the traced row."""

    values: np.ndarray  # what the column passes on
    summary: str  # the whole column in a sentence
    tip_of: Callable[[int], str]  # how value i was computed, with the numbers (written when asked:
    # a 512-unit layer's sums are read one at a time, never all at once)

    @property
    def scale(self) -> float:
        return float(np.abs(self.values).max()) if self.values.size else 0.0

    def tips(self, most: int) -> list[str]:
        return [self.tip_of(i) for i in range(min(most, len(self.values)))]


def column_values(trace: RowTrace, index: int) -> ColumnValues | None:
    """The traced row at column ``index`` (INPUT_INDEX: the inputs), or None when the trace does not
    fit (the network changed since it was traced)."""
    if index == INPUT_INDEX:

        def input_tip(i: int) -> str:
            name = trace.feature_names[i]
            raw = f" (the table says {trace.raw[name]})" if name in trace.raw else ""
            return f"input {i + 1}, {name}: {number(float(trace.input[i]))} as fed to the network{raw}"

        return ColumnValues(trace.input, f"Row {trace.row + 1}'s inputs: {_spread(trace.input)}", input_tip)
    if not 0 <= index < len(trace.layers):
        return None
    layer = trace.layers[index]
    inputs = trace.input if index == 0 else trace.layers[index - 1].output
    if layer.class_name == "Dense":
        return _dense(layer, inputs)
    if layer.class_name == "Dropout":
        return _dropout(layer, inputs)
    if layer.class_name == "BatchNormalization":
        return _normalization(layer, inputs)
    if layer.class_name == "Activation":
        return ColumnValues(layer.output, f"{layer.activation} of each value: {_spread(layer.output)}",
                            lambda i: f"{layer.activation}({number(inputs[i])}) = {number(layer.output[i])}")  # fmt: skip
    return ColumnValues(layer.output, _spread(layer.output), lambda i: number(layer.output[i]))


def sum_text(weights: np.ndarray, inputs: np.ndarray, bias: float, z: float) -> str:
    """z = w₁·x₁ + w₂·x₂ + … + b with the numbers, signs written as by hand ("− 0.13", not "+ −0.13");
    the largest terms first when there are many."""
    order = np.arange(len(inputs))
    if len(inputs) > MAX_TERMS:
        order = np.argsort(-np.abs(weights * inputs))[:MAX_TERMS]
    text = "z = "
    for position, i in enumerate(order):
        weight = float(weights[i])
        sign = ("−" if weight < 0 else "") if position == 0 else (" − " if weight < 0 else " + ")
        text += f"{sign}{number(abs(weight))}·{_factor(float(inputs[i]))}"
    more = len(inputs) - len(order)
    if more:
        text += f" + … ({more} smaller terms)"
    return text + f" {'−' if bias < 0 else '+'} {number(abs(bias))} (bias) = {number(z)}"


def _factor(value: float) -> str:
    """A number after a multiplication dot: a negative one in brackets, as written by hand."""
    return f"({number(value)})" if value < 0 else number(value)


def _dense(layer: LayerTrace, inputs: np.ndarray) -> ColumnValues:
    assert layer.kernel is not None and layer.bias is not None and layer.pre_activation is not None
    kernel, bias, z = layer.kernel, layer.bias, layer.pre_activation

    def tip(unit: int) -> str:
        text = f"neuron {unit + 1}: " + sum_text(kernel[:, unit], inputs, float(bias[unit]), float(z[unit]))
        if layer.activation not in (None, "linear"):
            text += f"; {layer.activation}(z) = {number(float(layer.output[unit]))}"
        return text

    return ColumnValues(layer.output, f"z = w·x + b for each neuron, then {layer.activation}: {_spread(layer.output)}", tip)


def _dropout(layer: LayerTrace, inputs: np.ndarray) -> ColumnValues:
    rate, mask = layer.rate or 0.0, layer.mask
    if mask is None:
        return ColumnValues(layer.output, "Dropout is off when the network predicts: every value passes unchanged",
                            lambda i: f"{number(inputs[i])} passes unchanged: Dropout is off when the network predicts")
    dropped = int(len(mask) - mask.sum())
    summary = (f"As in training: {dropped} of {len(mask)} values dropped this time (rate {rate:g}); the kept "
               f"ones are scaled up by 1/(1 − {rate:g})")  # fmt: skip

    def tip(i: int) -> str:
        if mask[i]:
            return f"kept: {number(inputs[i])} × 1/(1 − {rate:g}) = {number(layer.output[i])}"
        return f"dropped: {number(inputs[i])} becomes 0"

    return ColumnValues(layer.output, summary, tip)


def _normalization(layer: LayerTrace, inputs: np.ndarray) -> ColumnValues:
    norm = layer.normalization

    def tip(i: int) -> str:
        return (f"({number(inputs[i])} − {number(norm['mean'][i])}) / {number(norm['std'][i])} · "
                f"{number(norm['gamma'][i])} + {number(norm['beta'][i])} = {number(layer.output[i])}")  # fmt: skip

    return ColumnValues(layer.output, f"(x − mean)/std·γ + β for each value: {_spread(layer.output)}", tip)


def _spread(values: np.ndarray) -> str:
    if not values.size:
        return "no values"
    if values.size == 1:
        return number(float(values[0]))
    return f"{values.size} values from {number(float(values.min()))} to {number(float(values.max()))}"
