"""The Data tab's column plots: a histogram of the selected column and a scatter plot of two number
columns coloured by the target, each with its summary in words and its table (ChartData)."""

from __future__ import annotations

import html
import math
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..i18n import translate
from .. import colours
from .chart_table import LazyRows, Cell, ChartAccess, ChartData
from .plots import themed_plot
from .table_model import format_value, kind_words

if TYPE_CHECKING:
    import pandas as pd

    from ..engine.data import ColumnInfo, Task

HISTOGRAM_BINS = 30
MAX_BARS = 20  # bars in a histogram of categories; the rarest share the last one, "(N others)"
SCATTER_POINTS = 5000  # more points only hide each other, and slow the drawing
CLASS_COLORS = colours.CATEGORICAL  # apart for colour-blind readers too (tests/test_colours.py)


def _escape(text: str) -> str:
    """``text`` for a rich-text label (a label is no attribute: quotes need no escaping)."""
    return html.escape(text, quote=False)


def _edge_text(value: float, width: float) -> str:
    """A bar's edge with just enough decimals to tell it from the next one (24.1, not 24.1333)."""
    decimals = min(max(0, 1 - math.floor(math.log10(width))), 10) if width > 0 and math.isfinite(width) else 3
    return f"{value:,.{decimals}f}"


def _cell(value: Any) -> Cell:
    """A table cell for the chart's table: numbers stay numbers, a missing value is an empty cell."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (bool, np.bool_)):
        return format_value(bool(value))
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        value = float(value)
        return int(value) if value.is_integer() and abs(value) < 1e15 else value
    return format_value(value)


class _ChartPage(QWidget):
    """A chart on a tab page: drawn when its page is seen (or its drawing is asked for), not every
    time the data behind it changes; a hidden page redrawn for each change slowed opening a big table."""

    _stale = False

    def _draw(self) -> None:
        raise NotImplementedError

    def _redraw_when_seen(self) -> None:
        self._stale = True
        if not self.isHidden():  # the current page (or no tabs at all): draw now
            self.ensure_drawn()

    def ensure_drawn(self) -> None:
        if self._stale:
            self._stale = False
            self._draw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_drawn()


class ColumnHistogram(_ChartPage):
    """How the values of one column spread: bins for numbers, a bar per value for a few whole numbers,
    and lying bars for categories (the most frequent on top)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.plot = themed_plot(on_window=True)
        self.plot.setAccessibleName(translate("DataPanel", "Histogram of the selected column"))
        self.plot.setAccessibleDescription(
            translate("DataPanel", "How many rows hold each value of the column selected in the list of columns.")
        )
        self._item: pg.BarGraphItem | None = None
        self._column: pd.Series | None = None
        self._info: ColumnInfo | None = None
        # What the histogram draws, for its summary and table (None: nothing).
        self._shown: dict[str, Any] | None = None
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.plot, 1)
        self.access = ChartAccess(self.plot, self.chart_data)
        column.addWidget(self.access)

    def show_column(self, column: pd.Series | None, info: ColumnInfo | None) -> None:
        """Draw the histogram of ``column`` (described by ``info``); None: ask for a column."""
        self._column, self._info = column, info
        self._redraw_when_seen()

    @property
    def item(self) -> pg.BarGraphItem | None:
        """The bars drawn."""
        self.ensure_drawn()
        return self._item

    def _draw(self) -> None:
        self._shown = None
        self._paint(self._column, self._info)
        self.access.refresh()

    def _paint(self, column: pd.Series | None, info: ColumnInfo | None) -> None:
        self.plot.clear()
        self._item = None
        left = self.plot.getAxis("left")
        left.setTicks(None)
        if column is None or info is None:
            self.title.setText(translate("DataPanel", "Select a column in the list to see how its values spread."))
            return
        name = info.name
        values = column.dropna()
        brush = pg.mkBrush(CLASS_COLORS[0])
        if info.kind == "number" or (info.kind == "whole number" and info.distinct > MAX_BARS):
            counts, edges = np.histogram(values.to_numpy(dtype=np.float64), bins=HISTOGRAM_BINS)
            self._item = pg.BarGraphItem(x0=edges[:-1], x1=edges[1:], height=counts, brush=brush)
            self._axis_titles(name, translate("DataPanel", "rows"))
            bars = [[float(edges[i]), float(edges[i + 1]), int(counts[i])] for i in range(len(counts))]
            shown = {"kind": "bins", "bars": bars, "distinct": info.distinct}
        elif info.kind == "whole number":  # a bar for each value: wine quality 3, 4, ... 8
            counts = values.value_counts().sort_index()
            x = counts.index.to_numpy(dtype=np.float64)
            self._item = pg.BarGraphItem(x=x, height=counts.to_numpy(), width=0.8, brush=brush)
            self._axis_titles(name, translate("DataPanel", "rows"))
            bars = [[_cell(value), int(count)] for value, count in counts.items()]
            shown = {"kind": "values", "bars": bars, "distinct": len(counts)}
        else:  # categories lie on their side, so long names stay readable; the most frequent on top
            counts = values.value_counts()
            labels = [format_value(value) for value in counts.index[: MAX_BARS - 1]]
            heights = counts.to_numpy()[: MAX_BARS - 1].tolist()
            if len(counts) > MAX_BARS - 1:
                labels.append(translate("DataPanel", "({count:,} others)").format(count=len(counts) - MAX_BARS + 1))
                heights.append(int(counts.iloc[MAX_BARS - 1 :].sum()))
            y = np.arange(len(labels), 0, -1, dtype=np.float64)
            self._item = pg.BarGraphItem(x0=0, y=y, width=heights, height=0.8, brush=brush)
            left.setTicks([[(float(position), label) for position, label in zip(y, labels, strict=True)]])
            self._axis_titles(translate("DataPanel", "rows"), None)
            bars = [[label, int(height)] for label, height in zip(labels, heights, strict=True)]
            shown = {"kind": "categories", "bars": bars, "distinct": len(counts)}
        self._shown = {**shown, "name": name, "count": len(values), "missing": info.missing}
        self.plot.addItem(self._item)
        self.plot.autoRange()
        missing = ", " + translate("DataPanel", "{count:,} missing").format(count=info.missing) if info.missing else ""
        self.title.setText(
            translate("DataPanel", "{name} ({kind}): {count:,} values").format(
                name=f"<b>{_escape(name)}</b>", kind=kind_words(info.kind), count=len(values)
            )
            + missing
        )

    def chart_data(self) -> ChartData | None:
        """The histogram in words and numbers: the column's range and its tallest bar, and every bar."""
        self.ensure_drawn()
        shown = self._shown
        if shown is None:
            return None
        name, count, bars = shown["name"], shown["count"], shown["bars"]
        title = translate("DataPanel", "Histogram of {name}").format(name=name)
        rows_word = translate("DataPanel", "rows")
        missing = translate("DataPanel", " ({count:,} missing)").format(count=shown["missing"]) if shown["missing"] else ""
        if shown["kind"] == "bins":
            columns = [translate("DataPanel", "from"), translate("DataPanel", "to"), rows_word]
        else:
            columns = [name, rows_word]
        if not count or not bars:
            return ChartData(title, translate("DataPanel", "{name} has no values to count.").format(name=name), columns, bars)
        if shown["kind"] == "bins":
            start, end, most = max(bars, key=lambda bar: bar[2])
            width = bars[0][1] - bars[0][0]
            summary = translate(
                "DataPanel", "{name}: {count:,} values{missing} from {low} to {high}; the tallest bar, {start} to {end}, "
                "holds {most:,} of them."
            ).format(
                name=name, count=count, missing=missing, low=_edge_text(bars[0][0], width),
                high=_edge_text(bars[-1][1], width), start=_edge_text(start, width), end=_edge_text(end, width), most=most,
            )  # fmt: skip
        elif shown["kind"] == "values":
            value, most = max(bars, key=lambda bar: bar[1])
            summary = translate(
                "DataPanel", "{name}: {count:,} values{missing} from {low} to {high}; the most common, {value}, "
                "is in {most:,} rows."
            ).format(
                name=name, count=count, missing=missing, low=format_value(bars[0][0]), high=format_value(bars[-1][0]),
                value=format_value(value), most=most,
            )  # fmt: skip
        else:
            value, most = bars[0]  # the most frequent category is on top (the last bar may group the rarest)
            summary = translate(
                "DataPanel", "{name}: {count:,} values{missing} in {kinds:,} categories; the most common, '{value}', "
                "is in {most:,} rows."
            ).format(name=name, count=count, missing=missing, kinds=shown["distinct"], value=value, most=most)
        return ChartData(title, summary, columns, bars)

    def _axis_titles(self, bottom: str, left: str | None) -> None:
        self.plot.setLabel("bottom", bottom)
        self.plot.setLabel("left", left or "")
        self.plot.getAxis("left").showLabel(left is not None)


class ColumnScatter(_ChartPage):
    """Two number columns against each other, one point per row (at most SCATTER_POINTS), coloured by
    the target: a colour ramp for a number to predict, a colour per class otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frame: pd.DataFrame | None = None
        self._task: Task | None = None  # the target the points are coloured by (None: one colour)
        self.x_combo = QComboBox()
        self.x_combo.setAccessibleName(translate("DataPanel", "Scatter plot: horizontal axis"))
        self.y_combo = QComboBox()
        self.y_combo.setAccessibleName(translate("DataPanel", "Scatter plot: vertical axis"))
        for combo in (self.x_combo, self.y_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _: self._redraw_when_seen())
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.plot = themed_plot(on_window=True)
        self.plot.setAccessibleName(translate("DataPanel", "Scatter plot"))
        self.plot.setAccessibleDescription(
            translate("DataPanel", "One point per row: the two chosen columns, coloured by the target.")
        )
        self.legend = self.plot.addLegend(
            offset=(-10, 10), labelTextColor=self.palette().color(QPalette.ColorRole.WindowText)
        )
        self._items: list[pg.ScatterPlotItem] = []
        # What the scatter plot draws, for its summary and table (None: nothing).
        self._shown: dict[str, Any] | None = None
        axes = QHBoxLayout()
        x_label, y_label = QLabel("x:"), QLabel("y:")
        x_label.setBuddy(self.x_combo)
        y_label.setBuddy(self.y_combo)
        axes.addWidget(x_label)
        axes.addWidget(self.x_combo)
        axes.addSpacing(12)
        axes.addWidget(y_label)
        axes.addWidget(self.y_combo)
        axes.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(axes)
        column.addWidget(self.caption)
        column.addWidget(self.plot, 1)
        self.access = ChartAccess(self.plot, self.chart_data)
        column.addWidget(self.access)

    def show_columns(self, frame: pd.DataFrame | None, numbers: list[str], task: Task | None) -> None:
        """Offer the ``numbers`` columns of ``frame`` as axes, keeping the choice made, and draw the
        points coloured by ``task``'s target (None: one colour)."""
        if frame is self._frame and task == self._task and numbers == [self.x_combo.itemText(i) for i in range(self.x_combo.count())]:
            return  # asked again as the roles are shown, with nothing new to draw
        self._frame, self._task = frame, task
        for combo, default in ((self.x_combo, 0), (self.y_combo, 1)):
            if [combo.itemText(i) for i in range(combo.count())] == numbers:
                continue
            chosen = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(numbers)
            combo.setCurrentIndex(numbers.index(chosen) if chosen in numbers else min(default, len(numbers) - 1))
            combo.blockSignals(False)
        self._redraw_when_seen()

    @property
    def items(self) -> list[pg.ScatterPlotItem]:
        """The sets of points drawn (one per class)."""
        self.ensure_drawn()
        return self._items

    def _draw(self) -> None:
        self._shown = None
        self._paint()
        self.access.refresh()

    def _paint(self) -> None:
        self.plot.clear()
        self.legend.clear()
        self._items = []
        x_name, y_name = self.x_combo.currentText(), self.y_combo.currentText()
        if self._frame is None or not x_name or not y_name:
            self.caption.setText(translate("DataPanel", "A scatter plot needs two columns of numbers."))
            return
        frame = self._frame
        rows = np.arange(len(frame))
        if len(rows) > SCATTER_POINTS:
            rows = np.sort(np.random.default_rng(0).choice(len(frame), SCATTER_POINTS, replace=False))
        x = frame[x_name].to_numpy(dtype=np.float64, na_value=np.nan)[rows]
        y = frame[y_name].to_numpy(dtype=np.float64, na_value=np.nan)[rows]
        if len(rows) < len(frame):
            shown = translate("DataPanel", "{shown:,} of {rows:,} rows").format(shown=len(rows), rows=len(frame))
        else:
            shown = translate("DataPanel", "all {rows:,} rows").format(rows=len(frame))
        task = self._task
        self._shown = {
            "x_name": x_name, "y_name": y_name, "rows": rows, "x": x, "y": y, "all": len(frame), "shown": shown,
            "target": None if task is None else task.target,
            "classes": None if task is None else frame[task.target].iloc[rows].tolist(),
        }  # fmt: skip
        self.plot.setLabel("bottom", x_name)
        self.plot.setLabel("left", y_name)
        if task is None:
            self._add_points(x, y, pg.mkBrush(CLASS_COLORS[0]), None)
            self.caption.setText(
                translate("DataPanel", "{shown}; choose a target to colour the points by it.").format(shown=shown)
            )
        elif task.kind == "regression":
            target = frame[task.target].to_numpy(dtype=np.float64, na_value=np.nan)[rows]
            low, high = np.nanmin(target), np.nanmax(target)
            ramp = pg.colormap.get("viridis")
            brushes = [pg.mkBrush(color) for color in ramp.getLookupTable(nPts=64, mode=pg.ColorMap.QCOLOR)]
            steps = np.nan_to_num((target - low) / ((high - low) or 1.0) * 63).astype(int)
            self._add_points(x, y, [brushes[step] for step in steps], None)
            self.caption.setText(
                translate("DataPanel", "{shown}, coloured by '{target}': dark purple = {low} … yellow = {high}").format(
                    shown=shown, target=_escape(task.target), low=format_value(float(low)), high=format_value(float(high))
                )
            )
        else:
            labels = frame[task.target].iloc[rows]
            for number, value in enumerate(sorted(labels.dropna().unique(), key=lambda v: (str(type(v)), v))):
                color = CLASS_COLORS[number % len(CLASS_COLORS)]
                chosen = (labels == value).to_numpy()
                self._add_points(x[chosen], y[chosen], pg.mkBrush(color), format_value(value))
            self.caption.setText(
                translate("DataPanel", "{shown}, coloured by the class in '{target}'").format(
                    shown=shown, target=_escape(task.target)
                )
            )

    def chart_data(self) -> ChartData | None:
        """The scatter plot in words and numbers: how the two columns go together, and every point drawn."""
        self.ensure_drawn()
        shown = self._shown
        if shown is None:
            return None
        x_name, y_name, x, y = shown["x_name"], shown["y_name"], shown["x"], shown["y"]
        title = translate("DataPanel", "Scatter plot of {y} against {x}").format(y=y_name, x=x_name)
        columns = [translate("DataPanel", "row"), x_name, y_name]
        if shown["target"] is not None:
            columns.append(shown["target"])

        def rows() -> list[list[Cell]]:
            made: list[list[Cell]] = []
            for place, row in enumerate(shown["rows"]):
                cells = [int(row) + 1, _cell(x[place]), _cell(y[place])]  # rows numbered from 1, as the Table tab does
                if shown["classes"] is not None:
                    cells.append(_cell(shown["classes"][place]))
                made.append(cells)
            return made

        finite = np.isfinite(x) & np.isfinite(y)
        correlation = None
        if finite.sum() >= 2 and np.ptp(x[finite]) > 0 and np.ptp(y[finite]) > 0:
            correlation = float(np.corrcoef(x[finite], y[finite])[0, 1])
        if correlation is None:
            summary = translate("DataPanel", "{y} against {x} across {shown}.")
        elif correlation >= 0.3:
            summary = translate("DataPanel", "{y} tends to rise with {x} across {shown} (correlation {r}).")
        elif correlation <= -0.3:
            summary = translate("DataPanel", "{y} tends to fall as {x} rises across {shown} (correlation {r}).")
        else:
            summary = translate("DataPanel", "{y} shows no clear straight-line link to {x} across {shown} (correlation {r}).")
        r = f"{correlation:.2f}" if correlation is not None else ""
        summary = summary.format(y=y_name, x=x_name, shown=shown["shown"], r=r)
        return ChartData(title, summary, columns, LazyRows(len(shown["rows"]), rows))

    def _add_points(self, x: np.ndarray, y: np.ndarray, brush: Any, name: str | None) -> None:
        item = pg.ScatterPlotItem(x=x, y=y, size=6, pen=None, brush=brush, name=name)
        self.plot.addItem(item)
        self._items.append(item)
