"""What a traced row adds to the network diagram: each value as a colour and a number, and each
neuron's sum written out with its numbers (z = w·x + b, then the activation)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtGui import QColor

from ..i18n import translate

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
            raw = translate("DiagramTrace", " (the table says {value})").format(value=trace.raw[name]) if name in trace.raw else ""
            return translate("DiagramTrace", "input {number}, {name}: {value} as fed to the network{raw}").format(
                number=i + 1, name=name, value=number(float(trace.input[i])), raw=raw
            )

        summary = translate("DiagramTrace", "Row {row}'s inputs: {values}").format(row=trace.row + 1, values=_spread(trace.input))
        return ColumnValues(trace.input, summary, input_tip)
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
        summary = translate("DiagramTrace", "{activation} of each value: {values}").format(
            activation=layer.activation, values=_spread(layer.output))
        return ColumnValues(layer.output, summary,
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
        text += translate("DiagramTrace", " + … ({count} smaller terms)").format(count=more)
    return text + translate("DiagramTrace", " {sign} {bias} (bias) = {z}").format(
        sign="−" if bias < 0 else "+", bias=number(abs(bias)), z=number(z)
    )


def _factor(value: float) -> str:
    """A number after a multiplication dot: a negative one in brackets, as written by hand."""
    return f"({number(value)})" if value < 0 else number(value)


def _dense(layer: LayerTrace, inputs: np.ndarray) -> ColumnValues:
    assert layer.kernel is not None and layer.bias is not None and layer.pre_activation is not None
    kernel, bias, z = layer.kernel, layer.bias, layer.pre_activation

    def tip(unit: int) -> str:
        text = translate("DiagramTrace", "neuron {number}: {sum}").format(
            number=unit + 1, sum=sum_text(kernel[:, unit], inputs, float(bias[unit]), float(z[unit])))  # fmt: skip
        if layer.activation not in (None, "linear"):
            text += f"; {layer.activation}(z) = {number(float(layer.output[unit]))}"
        return text

    summary = translate("DiagramTrace", "z = w·x + b for each neuron, then {activation}: {values}").format(
        activation=layer.activation, values=_spread(layer.output))  # fmt: skip
    return ColumnValues(layer.output, summary, tip)


def _dropout(layer: LayerTrace, inputs: np.ndarray) -> ColumnValues:
    rate, mask = layer.rate or 0.0, layer.mask
    if mask is None:
        return ColumnValues(
            layer.output, translate("DiagramTrace", "Dropout is off when the network predicts: every value passes unchanged"),
            lambda i: translate("DiagramTrace", "{value} passes unchanged: Dropout is off when the network predicts").format(
                value=number(inputs[i])),
        )  # fmt: skip
    dropped = int(len(mask) - mask.sum())
    summary = translate("DiagramTrace", "As in training: {dropped} of {count} values dropped this time (rate {rate:g}); "
                                        "the kept ones are scaled up by 1/(1 − {rate:g})").format(
        dropped=dropped, count=len(mask), rate=rate)  # fmt: skip

    def tip(i: int) -> str:
        if mask[i]:
            return translate("DiagramTrace", "kept: {value} × 1/(1 − {rate:g}) = {result}").format(
                value=number(inputs[i]), rate=rate, result=number(layer.output[i]))  # fmt: skip
        return translate("DiagramTrace", "dropped: {value} becomes 0").format(value=number(inputs[i]))

    return ColumnValues(layer.output, summary, tip)


def _normalization(layer: LayerTrace, inputs: np.ndarray) -> ColumnValues:
    norm = layer.normalization

    def tip(i: int) -> str:
        return (f"({number(inputs[i])} − {number(norm['mean'][i])}) / {number(norm['std'][i])} · "
                f"{number(norm['gamma'][i])} + {number(norm['beta'][i])} = {number(layer.output[i])}")  # fmt: skip

    summary = translate("DiagramTrace", "(x − mean)/std·γ + β for each value: {values}").format(values=_spread(layer.output))
    return ColumnValues(layer.output, summary, tip)


def _spread(values: np.ndarray) -> str:
    if not values.size:
        return translate("DiagramTrace", "no values")
    if values.size == 1:
        return number(float(values[0]))
    return translate("DiagramTrace", "{count} values from {low} to {high}").format(
        count=values.size, low=number(float(values.min())), high=number(float(values.max()))
    )
