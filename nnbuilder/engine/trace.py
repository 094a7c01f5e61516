"""One row through the network, layer by layer: what each neuron sums (z = w·x + b) and what it
passes on.

The course draws a neuron as y = w·x + b with a "1" for the bias. A trace shows those numbers for
one real row of the student's table, so the diagram's boxes become arithmetic one can check.
Each layer's output comes from the Keras layer itself (``training=False``, as it predicts); a
Dense layer's sum before its activation is computed from its own kernel and bias. Dropout can be
traced as in training, with the mask it drew.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..i18n import translate
from ..spec.errors import NNBuilderError
from .data import PreparedData, Task, load_source
from .predict import class_codes, new_inputs, open_predictor, scores_of


@dataclass
class LayerTrace:
    """What one layer did to the row."""

    name: str  # Keras's name: dense, dense_1, dropout...
    class_name: str
    output: np.ndarray  # (units,)
    pre_activation: np.ndarray | None = None  # Dense: z = x·W + b, before the activation
    activation: str | None = None  # Dense: its activation's name
    mask: np.ndarray | None = None  # Dropout traced in training mode: 1 kept (scaled up), 0 dropped
    rate: float | None = None  # Dropout's rate
    kernel: np.ndarray | None = None  # Dense: its weights (inputs × units), to write each sum out
    bias: np.ndarray | None = None  # Dense: its biases (zeros without use_bias)
    normalization: dict[str, np.ndarray] = field(default_factory=dict)  # BatchNormalization: mean, std, gamma, beta

    def to_json(self) -> dict[str, Any]:
        item: dict[str, Any] = {"name": self.name, "class_name": self.class_name}
        if self.pre_activation is not None:
            item["pre_activation"] = [float(v) for v in self.pre_activation]
        item["output"] = [float(v) for v in self.output]
        if self.mask is not None:
            item["mask"] = [int(v) for v in self.mask]
        return item


@dataclass
class RowTrace:
    """A row of the table, as the network saw it, and what each layer made of it."""

    row: int  # the row of the source table, counted from 0
    raw: dict[str, Any]  # the table's input columns for this row, as written
    input: np.ndarray  # the values fed to the network (after scaling and one-hot)
    feature_names: list[str]
    layers: list[LayerTrace]
    prediction: Any  # what the window and `nnbuilder predict` say for the row
    target: Any  # the row's own answer, from the table

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "raw": {name: _plain(value) for name, value in self.raw.items()},
            "input": [float(v) for v in self.input],
            "layers": [layer.to_json() for layer in self.layers],
            "prediction": _plain(self.prediction),
            "target": _plain(self.target),
        }


def _plain(value: Any) -> Any:
    """A JSON-ready scalar: numpy numbers become Python ones, missing cells None."""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


def trace_inputs(
    model: Any, x: np.ndarray, dropout_training: bool = False, seed: int | None = None
) -> list[LayerTrace]:
    """Every layer's part in turning the network's input ``x`` (one row, already preprocessed) into its output.

    ``dropout_training``: Dropout layers drop as in training and report their mask; a new mask each
    time, unless ``seed`` fixes it.
    """
    values = np.asarray(x, dtype=np.float32).reshape(1, -1)
    traces = []
    for layer in model.layers:
        kind = type(layer).__name__
        trace = LayerTrace(layer.name, kind, np.empty(0))
        if kind == "Dense":
            kernel = np.asarray(layer.kernel.numpy())
            bias = np.asarray(layer.bias.numpy()) if layer.use_bias else np.zeros(kernel.shape[1], np.float32)
            trace.pre_activation = (values @ kernel + bias)[0]
            trace.kernel, trace.bias = kernel, bias
            trace.activation = getattr(layer.activation, "__name__", "activation")
            out = layer(values, training=False)
        elif kind == "Dropout":
            trace.rate = float(layer.rate)
            if dropout_training:
                out, mask = _dropout_with_mask(layer, values, seed)
                trace.mask = mask[0]
            else:
                out = layer(values, training=False)
        elif kind == "Activation":
            trace.activation = getattr(layer.activation, "__name__", "activation")
            out = layer(values, training=False)
        elif kind == "BatchNormalization":
            variance = np.asarray(layer.moving_variance.numpy())
            trace.normalization = {
                "mean": np.asarray(layer.moving_mean.numpy()),
                "std": np.sqrt(variance + layer.epsilon),
                "gamma": np.asarray(layer.gamma.numpy()) if layer.scale else np.ones_like(variance),
                "beta": np.asarray(layer.beta.numpy()) if layer.center else np.zeros_like(variance),
            }
            out = layer(values, training=False)
        else:
            out = layer(values, training=False)
        values = np.array(out, dtype=np.float32)  # a copy: an eager tensor's buffer must stay on this thread
        trace.output = values[0]
        traces.append(trace)
    return traces


def _dropout_with_mask(layer: Any, values: np.ndarray, seed: int | None) -> tuple[np.ndarray, np.ndarray]:
    """Dropout as in training: each value kept with probability 1 − rate and scaled up by 1/(1 − rate).
    Returns the values and the mask (1 kept, 0 dropped)."""
    rng = np.random.default_rng(seed)
    keep = rng.random(values.shape) >= layer.rate
    return np.where(keep, values / (1.0 - layer.rate), 0.0).astype(np.float32), keep.astype(np.int8)


def trace_table_row(model: Any, data: PreparedData, frame: pd.DataFrame, row: int, dropout_training: bool = False) -> RowTrace:
    """Row ``row`` of the source table ``frame`` (counted from 0) through ``model``, prepared as ``data`` was."""
    if not 0 <= row < len(frame):
        raise NNBuilderError(
            translate("Trace", "row {row} is not in the table: it has rows 0 to {last}; choose one of them").format(
                row=row, last=len(frame) - 1
            )
        )
    one = frame.iloc[[row]]
    x = new_inputs(data, one, translate("Trace", "the row"))[0]
    layers = trace_inputs(model, x, dropout_training)
    predicted = _prediction(data.task, layers[-1].output)
    target = frame[data.task.target].iloc[row] if data.task.target in frame.columns else None
    raw = {column: one[column].iloc[0] for column in data.input_columns}
    return RowTrace(row, raw, x, list(data.feature_names), layers, predicted, target)


def _prediction(task: Task, output: np.ndarray) -> Any:
    """What the network predicts from its last layer's output, as `nnbuilder predict` says it: a
    number, or the class (its own output is the last layer's, already traced: no second pass)."""
    scores = scores_of(task, output.reshape(1, -1))
    if task.kind == "regression":
        return float(np.ravel(scores)[0])
    return task.classes[int(class_codes(task, scores)[0])]


def trace_run_row(source: str | Path, row: int) -> RowTrace:
    """`nnbuilder trace RUN_DIR --row N`: row N of the run's own table through the run's trained model."""
    predictor = open_predictor(source)
    if predictor.data is None or predictor.project is None or predictor.project_path is None:
        raise NNBuilderError(
            translate(
                "Trace", "a model without its project has no table to trace; pass the folder 'nnbuilder train --out' wrote"
            )
        )
    table = load_source(predictor.project.data, predictor.project_path.parent)
    return trace_table_row(predictor.model, predictor.data, table.frame, row)


def describe(trace: RowTrace, source: str) -> list[str]:
    """The trace in words, a line each: the row, its inputs, every neuron's sum of a small layer."""
    lines = [
        translate("Trace", "row {row} of {source}: target {target}").format(
            row=trace.row, source=source, target=_short(trace.target)
        )
    ]
    raw = ", ".join(f"{name} {_short(value)}" for name, value in trace.raw.items())
    lines.append(translate("Trace", "its inputs: {inputs}").format(inputs=raw))
    fed = ", ".join(f"{name} {v:.4g}" for name, v in zip(trace.feature_names, trace.input))
    lines.append(translate("Trace", "as fed to the network: {inputs}").format(inputs=fed))
    for number, layer in enumerate(trace.layers, start=1):
        title = f"{number}. {layer.class_name} ({layer.name})"
        if layer.pre_activation is not None:
            lines.append(f"{title}: z = w·x + b = {_vector(layer.pre_activation)}; {layer.activation}(z) = {_vector(layer.output)}")
        elif layer.normalization:
            lines.append(f"{title}: (x − mean)/std·γ + β = {_vector(layer.output)}")
        else:
            lines.append(f"{title}: {_vector(layer.output)}")
    lines.append(
        translate("Trace", "prediction: {prediction} (target {target})").format(
            prediction=_short(trace.prediction), target=_short(trace.target)
        )
    )
    return lines


def _short(value: Any) -> str:
    value = _plain(value)
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def _vector(values: np.ndarray, most: int = 8) -> str:
    shown = ", ".join(f"{v:.4g}" for v in values[:most])
    more = ""
    if len(values) > most:
        more = ", … (" + translate("Trace", "{count} values").format(count=len(values)) + ")"
    return f"[{shown}{more}]"
