"""The weights in words and numbers: the summaries and tables (ChartData) of the inspector's heatmap
and histogram, the names of the cells they describe ("the weight from bmi to unit 3"), and a linear
unit written out as an equation."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ..i18n import number_text, translate
from .chart_table import ChartData

MINUS = "\u2212"
MAX_TABLE_ROWS = 5_000  # rows a chart's table (ChartData) lists; the Table tab shows them all
MAX_EQUATION_TERMS = 12  # the rest of a wide linear unit is summarised as "+ … (n smaller terms)"


def value_text(value: float, digits: int = 4) -> str:
    """A value as a student reads it: a few significant digits, a real minus sign, and the
    language's decimal mark (0,53 in Turkish)."""
    return number_text(f"{value:.{digits}g}").replace("-", MINUS)


def as_matrix(values: np.ndarray) -> np.ndarray:
    """Rows × columns as drawn: a vector is a 1 × n strip; higher ranks keep their last axis as columns."""
    if values.ndim <= 1:
        return values.reshape(1, -1)
    return values.reshape(-1, values.shape[-1])


class MatrixRows(Sequence):
    """A matrix as a chart table's rows, [row name, value, value, …], made only when read: the
    summary under the heatmap is refreshed every epoch, the table is seldom opened."""

    def __init__(self, matrix: np.ndarray, row_label: Callable[[int], str], limit: int = MAX_TABLE_ROWS) -> None:
        self.matrix = matrix
        self.row_label = row_label
        self.count = min(matrix.shape[0], limit)

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index: int | slice) -> list:  # an int or a slice, as a list takes
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.count))]
        if index < 0:
            index += self.count
        if not 0 <= index < self.count:
            raise IndexError(index)
        return [self.row_label(index), *(float(v) for v in self.matrix[index])]


@dataclass(frozen=True)
class ShownTensor:
    """The tensor on screen as a student names it: its layer and tensor, its shape, the data's column
    names for the first layer's inputs, and whether (and over what) a change is shown."""

    layer_title: str  # "1. Dense" as the stack says it, or Keras's name for the layer
    tensor: str  # "kernel", "bias", …
    shape: tuple[int, ...]
    input_names: list[str] | None  # a first Dense kernel's rows, when the data's columns match them
    change: bool  # a change between epochs (or in a step) rather than the values themselves
    change_span: str = ""  # "between epoch 0 and epoch 3" or "in single step 2", when a change

    @property
    def is_kernel(self) -> bool:
        """A Dense-like kernel: rows are the layer's inputs, columns its units."""
        return self.tensor == "kernel" and len(self.shape) == 2

    def title(self) -> str:
        """'1. Dense kernel': the layer as the stack names it (Keras's name otherwise) and the tensor."""
        return translate("Inspector", "{layer} {tensor}").format(layer=self.layer_title, tensor=self.tensor)

    def row_namer(self) -> Callable[[int], str]:
        """The rows' names, kept as they are now (a chart table reads them later)."""
        shape = self.shape
        tensor = self.tensor
        if len(shape) <= 1:
            return lambda row: tensor
        if self.is_kernel:
            names = self.input_names
            if names:
                return lambda row: names[row]
            return lambda row: translate("Inspector", "input {row}").format(row=row)
        if len(shape) == 2:
            return lambda row: translate("Inspector", "row {row}").format(row=row)
        return lambda row: "[" + ", ".join(map(str, np.unravel_index(row, shape[:-1]))) + "]"

    def row_label(self, row: int) -> str:
        return self.row_namer()(row)

    def column_label(self, column: int) -> str:
        if self.is_kernel or len(self.shape) == 1:
            return translate("Inspector", "unit {column}").format(column=column)
        return translate("Inspector", "column {column}").format(column=column)

    def where(self, row: int, column: int) -> str:
        """Which weight the cell (row, column) is, in words: 'the weight from bmi to unit 3'."""
        shape = self.shape
        tensor = self.tensor
        if self.is_kernel:
            names = self.input_names
            return translate("Inspector", "the weight from {source} to unit {unit}").format(
                source=names[row] if names else translate("Inspector", "input {row}").format(row=row), unit=column
            )
        if len(shape) == 1:
            return translate("Inspector", "the {tensor} of unit {unit}").format(tensor=tensor, unit=column)
        index = ", ".join(map(str, (*np.unravel_index(row, shape[:-1]), column))) if len(shape) > 1 else ""
        return f"{tensor}[{index}]"

    def describe_cell(self, matrix: np.ndarray, row: int, column: int) -> str:
        """What hovering the heatmap cell (row, column) says: index, value and what connects there."""
        value = float(matrix[row, column])
        shape = self.shape
        if len(shape) <= 1:
            index = f"[{column}]" if shape else ""
        else:
            index = "[" + ", ".join(map(str, (*np.unravel_index(row, shape[:-1]), column))) + "]"
        if self.change:
            text = translate("Inspector", "change of {tensor}{index} = {value}")
        else:
            text = translate("Inspector", "{tensor}{index} = {value}")
        text = text.format(tensor=self.tensor, index=index, value=value_text(value, 6))
        if self.is_kernel:
            names = self.input_names
            source = translate("Inspector", "input “{name}”").format(name=names[row]) if names else self.row_label(row)
            return translate("Inspector", "{cell}   from {source} to unit {column}").format(
                cell=text, source=source, column=column
            )
        if len(shape) == 1:
            return translate("Inspector", "{cell}   unit {column}").format(cell=text, column=column)
        return text


def heatmap_data(shown: ShownTensor | None, matrix: np.ndarray) -> ChartData:
    """The heatmap in a sentence (the range and the strongest weight, and where it sits) and its
    numbers; ``shown`` is None before any weights arrived."""
    title = translate("Inspector", "Heatmap of the weights")
    if shown is None or not matrix.size:
        return ChartData(title, translate("Inspector", "No weights yet."))
    name = shown.title()
    title = translate("Inspector", "Heatmap of {name}").format(name=name)
    finite = np.isfinite(matrix)
    shape = " × ".join(map(str, shown.shape)) or "1"
    if not finite.any():
        summary = translate("Inspector", "{name}: none of its {shape} numbers is finite: the training blew up.").format(
            name=name, shape=shape
        )
    else:
        sizes = np.where(finite, np.abs(matrix), -1.0)
        row, column = np.unravel_index(int(np.argmax(sizes)), matrix.shape)
        low, high = float(matrix[finite].min()), float(matrix[finite].max())
        words = {
            "name": name,
            "shape": shape,
            "low": value_text(low),
            "high": value_text(high),
            "value": value_text(float(matrix[row, column])),
            "where": shown.where(int(row), int(column)),
        }
        if shown.change:
            summary = translate(
                "Inspector",
                "{name}: {span} its {shape} weights changed by {low} to {high}; the largest change, {value}, "
                "was {where}.",
            ).format(span=shown.change_span, **words)
        else:
            summary = translate(
                "Inspector", "{name}: {shape} weights from {low} to {high}; the strongest, {value}, is {where}."
            ).format(**words)
    first = translate("Inspector", "input") if shown.is_kernel else translate("Inspector", "row")
    columns = [first, *(shown.column_label(j) for j in range(matrix.shape[1]))]
    rows = MatrixRows(matrix, shown.row_namer())
    if len(rows) < matrix.shape[0]:
        summary += translate("Inspector", " This table lists the first {shown:,} of {rows:,} rows; the Table tab "
                                          "lists them all.").format(rows=matrix.shape[0], shown=len(rows))  # fmt: skip
    return ChartData(title, summary, columns, rows)


def histogram_data(shown: ShownTensor | None, bars: tuple[np.ndarray, np.ndarray] | None) -> ChartData:
    """The histogram in a sentence (its tallest bar) and its ``bars`` (edges, counts): from, to, how
    many; ``shown`` is None before any weights arrived."""
    title = translate("Inspector", "Histogram of the weights")
    if shown is None or bars is None:
        return ChartData(title, translate("Inspector", "No weights yet."))
    edges, counts = bars
    title = translate("Inspector", "Histogram of {name}").format(name=shown.title())
    tallest = int(np.argmax(counts))
    words = {
        "count": int(counts[tallest]),
        "total": int(counts.sum()),
        "low": value_text(float(edges[tallest])),
        "high": value_text(float(edges[tallest + 1])),
    }
    if shown.change:
        summary = translate("Inspector", "The tallest bar: {count} of {total} changes lie between {low} and {high}.")
    else:
        summary = translate("Inspector", "The tallest bar: {count} of {total} weights lie between {low} and {high}.")
    rows = [[float(edges[i]), float(edges[i + 1]), int(counts[i])] for i in range(len(counts))]
    columns = [translate("Inspector", "from"), translate("Inspector", "to"), translate("Inspector", "how many")]
    return ChartData(title, summary.format(**words), columns, rows)


def linear_equation(weights: np.ndarray, bias: float | None, inputs: list[str], target: str) -> str:
    """``target ≈ 0.12·alcohol − 0.31·volatile acidity + … + 5.63`` as rich text, largest |w| first."""
    order = np.argsort(-np.abs(weights), kind="stable")
    terms = []
    for position, i in enumerate(order[:MAX_EQUATION_TERMS]):
        weight = float(weights[i])
        sign = MINUS if weight < 0 else "+"
        # a line may break before a sign, never inside a term such as "− 0.31·volatile acidity"
        term = f"{abs(weight):.3g}·{html.escape(inputs[i])}".replace(" ", "&nbsp;")
        if position == 0:
            terms.append(term if weight >= 0 else f"{MINUS}{term}")
        else:
            terms.append(f" {sign}&nbsp;{term}")
    hidden = len(order) - MAX_EQUATION_TERMS
    if hidden > 0:
        if hidden > 1:
            words = translate("Inspector", "({count} smaller terms)").format(count=hidden)
        else:
            words = translate("Inspector", "({count} smaller term)").format(count=hidden)
        terms.append(" +&nbsp;…&nbsp;" + words.replace(" ", "&nbsp;"))
    if bias is not None:
        terms.append(f" {MINUS if bias < 0 else '+'}&nbsp;{abs(bias):.3g}")
    return f"<b>{html.escape(target)}</b> ≈ " + "".join(terms)
