"""A lab report of one trained network: a single HTML file a student hands in.

Everything is inside the file: styles, the diagram and curves as inline SVG, the weight heatmaps
as PNG images in data: URLs (encoded here with zlib, as neither matplotlib nor Qt is at hand in
the engine). It opens in any browser, offline.
"""

from __future__ import annotations

import base64
import csv
import datetime
import html
import math
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .. import __version__, colours
from ..i18n import language, number_text, translate, translate_marked, upper
from ..spec import OPTIMIZERS, NNBuilderError, Project, stack_shapes
from ..spec.diff import describe_layer
from ..spec.io import write_text_atomic
from ..spec.words import counted
from .build import keras_layer_names
from .data import PreparedData
from .export import literal
from .predict import Predictions, validation_predictions
from .train import TrainResult
from .weights import WeightTensor, tensor_stats, weight_tensors

if TYPE_CHECKING:
    from .classroom import Verdict
    from .runs import RunRecord

TRAINING_COLOUR = colours.TRAINING  # the window's learning-curve colours (colour-blind safe)
VALIDATION_COLOUR = colours.VALIDATION
NEGATIVE, ZERO, POSITIVE = (33, 102, 172), (247, 247, 247), (178, 24, 43)  # the weights inspector's map
RIGHT_RGB, WRONG_RGB = "52,120,230", "230,80,60"  # confusion matrix cells, as the predictions panel has them
LAYER_COLOURS = {"Dense": "#3478e6", "Activation": "#2ea043", "Dropout": "#8b949e", "BatchNormalization": "#9650c8"}
HEATMAP_SIDE = 240  # pixels the longer side of a small weight matrix is enlarged to
MAX_SCATTER_POINTS = 2000  # beyond this the scatter shows an even sample (the figures use every row)

STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 60rem;
       margin: 2rem auto; padding: 0 1rem; color: #1f2328; line-height: 1.45; }
h1 { margin-bottom: 0.2rem; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; margin-top: 2rem; }
.meta { color: #59636e; margin-top: 0; }
table { border-collapse: collapse; margin: 0.6rem 0; }
th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.figures td.num { font-size: 1.15rem; font-weight: 600; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
figure { margin: 0.6rem 0; } figcaption { color: #59636e; font-size: 0.9rem; max-width: 34rem; }
img.heatmap { image-rendering: pixelated; border: 1px solid #d0d7de; }
.note { color: #59636e; font-size: 0.9rem; }
svg text { font-family: inherit; }
@media print { .charts { display: block; } }
"""


# ---------------------------------------------------------------------------------------------
# Pictures


def png_bytes(rgb: np.ndarray) -> bytes:
    """A PNG file of an (height, width, 3) uint8 image: 8-bit RGB, every row unfiltered."""
    height, width, _ = rgb.shape
    rows = np.concatenate([np.zeros((height, 1), np.uint8), rgb.reshape(height, width * 3)], axis=1)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows.tobytes(), 9))
        + chunk(b"IEND", b"")
    )


def heatmap_rgb(matrix: np.ndarray) -> np.ndarray:
    """Weights as colours: blue below zero, white at zero, red above, the same scale both ways."""
    finite = np.where(np.isfinite(matrix), matrix, 0.0)
    limit = float(np.abs(finite).max()) or 1.0
    share = np.clip(finite / limit, -1.0, 1.0)[..., None]
    zero, negative, positive = (np.asarray(c, np.float64) for c in (ZERO, NEGATIVE, POSITIVE))
    colours = np.where(share < 0, zero + (negative - zero) * -share, zero + (positive - zero) * share)
    return np.round(colours).astype(np.uint8)


def _enlarged(rgb: np.ndarray) -> np.ndarray:
    """Small matrices blown up by whole pixels, so every weight shows as a square even without CSS."""
    factor = max(1, HEATMAP_SIDE // max(rgb.shape[:2]))
    return np.repeat(np.repeat(rgb, factor, axis=0), factor, axis=1)


def _data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round numbers spanning low..high: 0, 0.5, 1 rather than 0.037, 0.52..."""
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return [low] if math.isfinite(low) else []
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.ceil(low / step - 1e-9) * step
    return [first + i * step for i in range(int((high - first) / step + 1e-9) + 1)]


def _number(value: float) -> str:
    """Four significant digits, but 12,345 rather than 1.234e+04."""
    return number_text(f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.4g}")  # 3.336 and 0,53 in Turkish


@dataclass
class _Frame:
    """The plotting area of a chart and its value ranges."""

    width: int
    height: int
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    left: int = 62
    right: int = 14
    top: int = 30
    bottom: int = 42

    def x(self, value: float) -> float:
        low, high = self.x_range
        return self.left + (value - low) / ((high - low) or 1.0) * (self.width - self.left - self.right)

    def y(self, value: float) -> float:
        low, high = self.y_range
        return self.height - self.bottom - (value - low) / ((high - low) or 1.0) * (self.height - self.top - self.bottom)

    def axes(self, x_label: str, y_label: str, x_ticks: list[float], y_ticks: list[float]) -> list[str]:
        bottom, right = self.height - self.bottom, self.width - self.right
        parts = [f'<rect x="{self.left}" y="{self.top}" width="{right - self.left}" height="{bottom - self.top}" '
                 'fill="#ffffff" stroke="#8c959f"/>']
        for value in y_ticks:
            y = self.y(value)
            parts.append(f'<line x1="{self.left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="#eaeef2"/>')
            parts.append(f'<text x="{self.left - 5}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{_number(value)}</text>')
        for value in x_ticks:
            x = self.x(value)
            parts.append(f'<text x="{x:.1f}" y="{bottom + 15}" text-anchor="middle" font-size="11">{_number(value)}</text>')
        parts.append(f'<text x="{(self.left + right) / 2:.1f}" y="{self.height - 6}" text-anchor="middle" '
                     f'font-size="12">{html.escape(x_label)}</text>')
        parts.append(f'<text x="14" y="{(self.top + bottom) / 2:.1f}" text-anchor="middle" font-size="12" '
                     f'transform="rotate(-90 14 {(self.top + bottom) / 2:.1f})">{html.escape(y_label)}</text>')
        return parts


def _svg(width: int, height: int, parts: list[str], label: str) -> str:
    return (f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{html.escape(label)}">' + "".join(parts) + "</svg>")


def _padded(low: float, high: float) -> tuple[float, float]:
    pad = (high - low) * 0.06 or abs(high) * 0.1 or 1.0
    return low - pad, high + pad


def curve_svg(name: str, history: dict[str, list[float]], best_epoch: int | None = None) -> str:
    """One learning curve, training and validation, over the epochs (1-based)."""
    series = [(key, history[key], colour) for key, colour in ((name, TRAINING_COLOUR), (f"val_{name}", VALIDATION_COLOUR))
              if history.get(key)]
    finite = [v for _, values, _ in series for v in values if math.isfinite(v)]
    epochs = max(len(values) for _, values, _ in series)
    frame = _Frame(460, 270, (1, max(epochs, 2)), _padded(min(finite), max(finite)) if finite else (0.0, 1.0))
    parts = frame.axes(translate("Report", "epoch"), name, _nice_ticks(1, max(epochs, 2), 6), _nice_ticks(*frame.y_range))
    if best_epoch is not None and 1 <= best_epoch <= epochs:
        x = frame.x(best_epoch)
        parts.append(f'<line x1="{x:.1f}" y1="{frame.top}" x2="{x:.1f}" y2="{frame.height - frame.bottom}" '
                     'stroke="#2ea043" stroke-dasharray="4 3"/>')
        right_half = x > (frame.left + frame.width - frame.right) / 2  # the label goes where there is room
        best = html.escape(translate("Report", "best epoch {epoch}").format(epoch=best_epoch))
        parts.append(f'<text x="{x - 4 if right_half else x + 4:.1f}" y="{frame.top + 13}" font-size="11" fill="#2ea043" '
                     f'text-anchor="{"end" if right_half else "start"}">{best}</text>')
    for key, values, colour in series:
        points = [(frame.x(i + 1), frame.y(v)) for i, v in enumerate(values) if math.isfinite(v)]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        if len(points) == 1:
            parts.append(f'<circle cx="{points[0][0]:.1f}" cy="{points[0][1]:.1f}" r="3" fill="{colour}"/>')
    x = frame.left
    for key, _, colour in series:
        if key.startswith("val_"):
            label = translate("Report", "validation {name}").format(name=name)
        else:
            label = translate("Report", "training {name}").format(name=name)
        parts.append(f'<line x1="{x}" y1="16" x2="{x + 18}" y2="16" stroke="{colour}" stroke-width="2"/>')
        parts.append(f'<text x="{x + 22}" y="20" font-size="12">{html.escape(label)}</text>')
        x += 30 + 7 * len(label)
    return _svg(frame.width, frame.height, parts, translate("Report", "learning curve of {name}").format(name=name))


def scatter_svg(actual: np.ndarray, predicted: np.ndarray, target: str) -> str:
    """Predicted against actual values, with the line where they would be equal."""
    if len(actual) > MAX_SCATTER_POINTS:
        chosen = np.linspace(0, len(actual) - 1, MAX_SCATTER_POINTS).astype(int)
        actual, predicted = actual[chosen], predicted[chosen]
    values = np.concatenate([actual, predicted])
    values = values[np.isfinite(values)]
    limits = _padded(float(values.min()), float(values.max())) if values.size else (0.0, 1.0)
    frame = _Frame(400, 380, limits, limits)
    ticks = _nice_ticks(*limits)
    parts = frame.axes(translate("Report", "actual {target}").format(target=target),
                       translate("Report", "predicted {target}").format(target=target), ticks, ticks)  # fmt: skip
    low, high = limits
    parts.append(f'<line x1="{frame.x(low):.1f}" y1="{frame.y(low):.1f}" x2="{frame.x(high):.1f}" y2="{frame.y(high):.1f}" '
                 'stroke="#59636e" stroke-dasharray="5 4"/>')
    perfect = html.escape(translate("Report", "perfect predictions"))
    parts.append(f'<text x="{frame.x(high) - 4:.1f}" y="{frame.y(high) + 14:.1f}" text-anchor="end" font-size="11" '
                 f'fill="#59636e">{perfect}</text>')
    parts.extend(
        f'<circle cx="{frame.x(a):.1f}" cy="{frame.y(p):.1f}" r="2.6" fill="{TRAINING_COLOUR}" fill-opacity="0.55"/>'
        for a, p in zip(actual.tolist(), predicted.tolist())
        if math.isfinite(a) and math.isfinite(p)
    )
    return _svg(frame.width, frame.height, parts, translate("Report", "predicted against actual values"))


def network_svg(project: Project, input_width: int) -> str:
    """The stack from the inputs to the output, one bar per layer, its length growing with its width."""
    shapes = stack_shapes(project.layers, input_width)
    inputs = counted(input_width, translate("Report", "input"), translate("Report", "inputs"))
    rows = [(translate("Report", "Input"), inputs, input_width, "#2ea043")] + [
        (describe_layer(layer),
         counted(shape.output_width, translate("Report", "output"), translate("Report", "outputs")), shape.output_width,
         LAYER_COLOURS.get(layer.class_name, "#59636e"))
        for layer, shape in zip(project.layers, shapes)
    ]
    widest = max(math.log2(width + 1) for _, _, width, _ in rows)
    row_height, gap, width = 30, 16, 520
    parts = []
    for index, (label, output, units, colour) in enumerate(rows):
        y = index * (row_height + gap) + 4
        bar = 200 + 300 * math.log2(units + 1) / widest
        x = (width - bar) / 2
        if index:
            parts.append(f'<line x1="{width / 2}" y1="{y - gap}" x2="{width / 2}" y2="{y - 3}" stroke="#8c959f" stroke-width="2"/>')
            parts.append(f'<path d="M{width / 2 - 4} {y - 8} L{width / 2} {y - 2} L{width / 2 + 4} {y - 8}" fill="none" stroke="#8c959f" stroke-width="2"/>')
        parts.append(f'<rect x="{x:.1f}" y="{y}" width="{bar:.1f}" height="{row_height}" rx="6" fill="{colour}" fill-opacity="0.14" stroke="{colour}"/>')
        parts.append(f'<text x="{width / 2}" y="{y + 19}" text-anchor="middle" font-size="13">{html.escape(label)} → {output}</text>')
    return _svg(width, len(rows) * (row_height + gap) - gap + 8, parts,
                translate("Report", "the network from inputs to output"))  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Sections


def _table(headers: list[str], rows: list[list[str]], numeric: tuple[int, ...] = (), css: str = "") -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td class="num">{cell}</td>' if i in numeric else f"<td>{cell}</td>" for i, cell in enumerate(row)) + "</tr>"
        for row in rows
    )
    kind = f' class="{css}"' if css else ""
    return f"<table{kind}><tr>{head}</tr>{body}</table>"


def _heading(text: str) -> str:
    return f"<h2>{text}</h2>"


def _pairs(rows: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><th>{html.escape(k)}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"


def _data_section(project: Project, data: PreparedData) -> str:
    spec, task = project.data, data.task
    validation = 0 if data.x_val is None else len(data.x_val)
    rows = [
        (translate("Report", "Source"), html.escape(spec.source)),
        (translate("Report", "Target"), f"{html.escape(task.target)}: {html.escape(task.describe())}"
         + (f" ({html.escape(', '.join(task.classes))})" if task.classes else "")),
        (translate("Report", "Input columns"), f"{len(data.input_columns)}: {html.escape(', '.join(data.input_columns))}"),
        (translate("Report", "Network inputs"),
         translate("Report", "{count} after preprocessing (text columns become one 0/1 input per value)").format(
             count=data.input_width)),
        (translate("Report", "Rows"),
         translate("Report", "{training:,} for training, {validation:,} for validation").format(
             training=len(data.x_train), validation=validation)
         + (translate("Report", "; {dropped:,} dropped").format(dropped=data.rows_dropped) if data.rows_dropped else "")),
        (translate("Report", "Split"),
         translate("Report", "validation share {share:g}, seed {seed}").format(
             share=spec.validation_split, seed=spec.split_seed)
         + (translate("Report", ", stratified by class") if spec.stratify and task.kind != "regression" else "")),
        (translate("Report", "Scaling"),
         translate("Report", "{scaling} (fitted on the training rows only); missing values: {missing}").format(
             scaling=spec.scaling, missing=spec.missing)),
    ]  # fmt: skip
    notes = "".join(f"<li>{html.escape(w)}</li>" for w in data.warnings)
    noticed = translate("Report", "What nnbuilder noticed:")
    return (_heading(translate("Report", "Data")) + _pairs(rows)
            + (f'<p class="note">{noticed}</p><ul class="note">{notes}</ul>' if notes else ""))  # fmt: skip


def _network_section(project: Project, input_width: int) -> str:
    shapes = stack_shapes(project.layers, input_width)
    names = keras_layer_names(project.layers)
    rows = [["", translate("Report", "Input"), number_text(f"{input_width:,}"), "0",
             translate("Report", "the data's columns after preprocessing")]] + [
        [str(i + 1), f"{html.escape(describe_layer(layer))} <span class=\"note\">{names[i]}</span>",
         number_text(f"{shape.output_width:,}"), number_text(f"{shape.params:,}"), html.escape(shape.explanation)]
        for i, (layer, shape) in enumerate(zip(project.layers, shapes))
    ]
    total = sum(s.params for s in shapes)
    trainable = sum(s.trainable_params for s in shapes)
    tracked = translate("Report", ", {count:,} tracked (not trained)").format(count=total - trainable)
    rows.append(["", "<b>" + translate("Report", "Total") + "</b>", "", f"<b>{number_text(f'{total:,}')}</b>",
                 translate("Report", "{count:,} trained").format(count=trainable) + (tracked if total != trainable else "")])
    headers = ["#", translate("Report", "Layer"), translate("Report", "Output"), translate("Report", "Parameters"),
               translate("Report", "How the count comes about")]  # fmt: skip
    return (_heading(translate("Report", "Network")) + _table(headers, rows, (2, 3))
            + f"<figure>{network_svg(project, input_width)}</figure>")


def _settings_section(project: Project, epochs_run: int) -> str:
    training = project.training
    optimizer = training.optimizer
    # The learning rate is always shown, Keras's default when the project leaves it out.
    rate = {p.name: p.default for p in OPTIMIZERS.get(optimizer.class_name, ()) if p.name == "learning_rate"}
    arguments = ", ".join(f"{name}={literal(value)}" for name, value in {**rate, **optimizer.config}.items())
    stopping = training.early_stopping
    if stopping is None:
        stopping_text = translate("Report", "off")
    else:
        stopping_text = html.escape(
            translate("Report", "watch {monitor}, patience {patience}, min_delta {min_delta:g}").format(
                monitor=stopping.monitor, patience=stopping.patience, min_delta=stopping.min_delta)
            + (translate("Report", ", restore the best weights") if stopping.restore_best_weights else ""))  # fmt: skip
    rows = [
        (translate("Report", "Optimizer"), html.escape(f"{optimizer.class_name}({arguments})")),
        (translate("Report", "Loss"), html.escape(training.loss)),
        (translate("Report", "Metrics"), html.escape(", ".join(training.metrics) or translate("Report", "none"))),
        (translate("Report", "Batch size"), str(training.batch_size)),
        (translate("Report", "Epochs"),
         translate("Report", "{run} trained ({set} set)").format(run=epochs_run, set=training.epochs)),
        (translate("Report", "Seed"), str(training.seed)),
        (translate("Report", "Early stopping"), stopping_text),
    ]  # fmt: skip
    return _heading(translate("Report", "Training settings")) + _pairs(rows)


def _training_section(result: TrainResult) -> str:
    lines = result.outcome()
    if result.diverged:
        lines.append(html.escape(upper(result.diverged[:1]) + result.diverged[1:] + "."))
    names = [c for c in result.history_columns() if not c.startswith("val_")]
    charts = "".join(f"<figure>{curve_svg(name, result.history, result.best_epoch)}</figure>" for name in names)
    best = result.best_epoch
    columns = [c for c in result.history_columns() if result.history[c]]
    headers = [translate("Report", "Measure"), translate("Report", "Last epoch")]
    final = [[html.escape(c), _number(result.history[c][-1])] for c in columns]
    if best is not None and 1 <= best <= len(result.history.get("loss", [])):
        headers.append(translate("Report", "Epoch {epoch} (best)").format(epoch=best))
        for row, c in zip(final, columns):
            row.append(_number(result.history[c][best - 1]))
    table = _table(headers, final, (1, 2))
    heading = translate("Report", "Learning curves")
    return f"<h2>{heading}</h2><p>{' '.join(lines)}</p><div class=\"charts\">{charts}</div>{table}"


def _results_section(predictions: Predictions, threshold: float) -> str:
    task = predictions.task
    figures = predictions.figures(threshold)
    rows = [[html.escape(translate_marked("Predict", name)), number_text(f"{value:.4f}")] for name, value in figures.values.items()]
    intro = translate("Report", "On the {count:,} validation rows, which the network never trained on.").format(
        count=len(predictions.actual))
    text = (_heading(translate("Report", "Results")) + f"<p>{intro}</p>"
            + _table([translate("Report", "Figure"), translate("Report", "Value")], rows, (1,), "figures"))  # fmt: skip
    if figures.note:
        text += f'<p class="note">{html.escape(upper(figures.note[:1]) + figures.note[1:])}.</p>'
    if figures.confusion is not None:
        labels = [html.escape(label) for label in figures.labels]
        most = max(int(figures.confusion.max()), 1)
        body = ""
        for row, (label, counts) in enumerate(zip(labels, figures.confusion)):
            cells = "".join(
                # right answers in blue, wrong ones in red, as the window shows them; darker for more rows
                f'<td class="num" style="background: rgba({RIGHT_RGB if row == column else WRONG_RGB},'
                f'{0.08 + 0.55 * count / most if count else 0:.2f}); text-align: center">{number_text(f"{count:,}")}</td>'
                for column, count in enumerate(counts.tolist())
            )
            actual = translate("Report", "actual {label}").format(label=label)
            body += f"<tr><th>{actual}</th>{cells}</tr>"
        head = "".join("<th>" + translate("Report", "predicted {label}").format(label=label) + "</th>" for label in labels)
        matrix = translate("Report", "Confusion matrix")
        text += f"<h3>{matrix}</h3><table><tr><th></th>{head}</tr>{body}</table>"
        explained = translate("Report", "Each row counts the validation rows of one true class by the class the network "
                                        "predicted; the diagonal holds the right answers.")  # fmt: skip
        text += f'<p class="note">{explained}</p>'
    else:
        text += f"<figure>{scatter_svg(predictions.actual, predictions.predicted(threshold), task.target)}"
        caption = translate("Report", "Each dot is a validation row; on the dashed line the prediction would be exact.")
        text += f"<figcaption>{caption}</figcaption></figure>"
    return text


def _weights_section(tensors: list[WeightTensor], feature_names: list[str]) -> str:
    figures = []
    matrices = [tensor for tensor in tensors if tensor.values.ndim == 2]
    for tensor in matrices:
        stats = tensor_stats(tensor.values)
        rows, columns = tensor.values.shape
        image = _enlarged(heatmap_rgb(tensor.values))
        if rows == len(feature_names) and tensor is matrices[0]:
            inputs = translate("Report", "the {count} inputs ({names})").format(
                count=rows, names=html.escape(", ".join(feature_names[:12])) + (", …" if rows > 12 else ""))
        else:
            inputs = translate("Report", "its {count} inputs").format(count=rows)
        caption = translate(
            "Report",
            "<b>{layer}/{name}</b>: {rows} × {columns}; a row per one of {inputs}, a column per unit. Blue is "
            "negative, red positive, white zero (scale ±{scale}). Mean {mean}, std {std}, min {min}, max {max}.",
        ).format(
            layer=html.escape(tensor.layer), name=html.escape(tensor.name), rows=rows, columns=columns, inputs=inputs,
            scale=_number(max(abs(stats["min"]), abs(stats["max"]))), mean=_number(stats["mean"]),
            std=_number(stats["std"]), min=_number(stats["min"]), max=_number(stats["max"]),
        )  # fmt: skip
        alt = html.escape(translate("Report", "weights of {layer}").format(layer=tensor.layer))
        figures.append(
            f'<figure><img class="heatmap" alt="{alt}" '
            f'width="{image.shape[1]}" height="{image.shape[0]}" src="{_data_url(png_bytes(image))}">'
            f"<figcaption>{caption}</figcaption></figure>"
        )
    none = translate("Report", "This network has no weight matrices.")
    return _heading(translate("Report", "Weights")) + ("".join(figures) or f"<p>{none}</p>")


def read_history(path: str | Path) -> TrainResult:
    """The run `nnbuilder train` recorded in history.csv: its figures per epoch (not its timing)."""
    path = Path(path)
    try:
        with path.open(newline="", encoding="utf-8") as file:
            rows = list(csv.DictReader(file))
    except FileNotFoundError:
        raise NNBuilderError(
            translate("Report", "{path} does not exist; a report describes a run of 'nnbuilder train --out DIR': "
                                "pass that DIR").format(path=path)
        ) from None
    try:
        history = {column: [float(row[column]) for row in rows] for column in (rows[0] if rows else {}) if column != "epoch"}
    except (TypeError, ValueError):
        raise NNBuilderError(
            translate("Report", "{path} is not a history written by 'nnbuilder train'; train again to rewrite it").format(
                path=path)
        ) from None
    if not history.get("loss"):
        raise NNBuilderError(translate("Report", "{path} holds no epochs; train again to rewrite it").format(path=path))
    return TrainResult(history=history, epochs_run=len(history["loss"]))


@dataclass(frozen=True)
class ForLab:
    """What a lab's report adds: who handed it in, the goal's verdict, and every kept run."""

    student: str = ""
    verdict: Verdict | None = None
    runs: tuple[RunRecord, ...] = ()


def report_html(
    project: Project,
    result: TrainResult,
    data: PreparedData,
    model: Any,
    created: datetime.datetime | None = None,
    threshold: float = 0.5,
    lab: ForLab | None = None,
) -> str:
    """The whole report as one HTML page (runs the network on the validation rows: not on the main thread)."""
    from .report_classroom import assignment_section, boundary_section, runs_section

    lab = lab or ForLab()
    created = created or datetime.datetime.now()
    title = html.escape(project.title or translate("Report", "Untitled"))
    when = {"version": __version__, "date": f"{created:%Y-%m-%d}", "time": f"{created:%H:%M}"}
    if lab.student:
        written = translate("Report", "Lab report by {student} written by nnbuilder {version} on {date} at {time}").format(
            student=html.escape(lab.student), **when)
    else:
        written = translate("Report", "Lab report written by nnbuilder {version} on {date} at {time}").format(**when)
    page_title = translate("Report", "{title} — lab report").format(title=title)
    sections = [
        assignment_section(project, lab.verdict),
        _data_section(project, data),
        _network_section(project, data.input_width),
        _settings_section(project, result.epochs_run),
        _training_section(result),
    ]
    if data.x_val is not None:
        sections.append(_results_section(validation_predictions(model, data), threshold))
    else:
        held_out = translate("Report", "No validation rows were held out (validation share 0), so there are no figures "
                                       "on unseen rows.")  # fmt: skip
        sections.append(_heading(translate("Report", "Results")) + f"<p>{held_out}</p>")
    sections.append(boundary_section(model, data))
    sections.append(runs_section(list(lab.runs)))
    sections.append(_weights_section(weight_tensors(model), data.feature_names))
    return (
        f'<!DOCTYPE html>\n<html lang="{language()}"><head><meta charset="utf-8">'
        f"<title>{page_title}</title>"
        f"<style>{STYLE}</style></head><body><h1>{title}</h1>"
        f'<p class="meta">{written}</p>'
        + "".join(sections)
        + "</body></html>\n"
    )


def write_report(
    path: str | Path,
    project: Project,
    result: TrainResult,
    data: PreparedData,
    model: Any,
    created: datetime.datetime | None = None,
    threshold: float = 0.5,
    lab: ForLab | None = None,
) -> Path:
    """Write the report atomically (a crash leaves no half file); returns the path."""
    path = Path(path)
    write_text_atomic(path, report_html(project, result, data, model, created, threshold, lab))
    return path
