"""The layer stack drawn as neurons and connections, left to right, like the course's figures.

Small layers show every neuron, their weights as lines and their bias as a node labelled "1";
wide layers collapse into a block joined by one strip, so the drawing stays a few items per layer
whatever the widths. Layers without neurons (Activation, Dropout, BatchNormalization) are thin
bands that the values cross one to one.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
    QShowEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QWidget,
)

from ..i18n import translate
from ..spec import CATALOGUE, LayerShape, LayerSpec
from .diagram_trace import ColumnValues, column_values, number, value_colour

if TYPE_CHECKING:  # the engine's modules behind these load pandas; the window paints first
    from ..engine.trace import RowTrace

INPUT_INDEX = -1
# Up to this many neurons a column shows each one; wider columns become a block, which also keeps
# the lines per layer (at most this squared, drawn as one path) cheap to redraw on every edit.
MAX_DRAWN_NEURONS = 16

# Captions are the narrowest part to shorten: a long class name would widen its whole column.
_SHORT_NAMES = {"BatchNormalization": "BatchNorm"}
_KEY = 0  # QGraphicsItem.data() slot holding the index of the layer an item belongs to

_FONT_POINTS = 10.0
_MIN_TEXT_POINTS = 9.0  # the view never zooms out further than this; it scrolls instead
_MAX_SCALE = 1.75  # a two-layer network should not fill a big window with giant circles
_MARGIN = 16.0

_RADIUS = 9.0
_SPACING = 26.0  # between neuron centres, until a column would grow taller than:
_MAX_BODY_HEIGHT = 240.0
_BLOCK_WIDTH = 64.0
_BAND_WIDTH = 26.0
_BIAS_SIZE = 22.0
_PAD = 14.0  # around a column's body, for bands and highlights
_GAP_INTO_DENSE = 110.0  # room for the fan of connections
_GAP_INTO_BAND = 60.0
_CAPTION_SPACE = 16.0  # least room between neighbouring captions
_STRIP = 0.7  # share of a block's height that its connection strips cover

# Hues blended into the palette's base colour, so the tints suit light and dark themes alike.
_INPUT_HUE = QColor(46, 160, 67)
_DENSE_HUE = QColor(52, 120, 230)
_BIAS_HUE = QColor(230, 160, 20)
_BAND_HUE = QColor(150, 80, 200)


def _mix(a: QColor, b: QColor, t: float, alpha: int = 255) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
        alpha,
    )


def _count(n: int | None, word: str, words: str) -> str:
    """'1 unit', '1,024 units', '? units' (``word`` and ``words``: the noun for one and for many, translated)."""
    if n is None:
        return f"? {words}"
    return f"{n:,} {word if n == 1 else words}"


def _units_count(n: int | None) -> str:
    return _count(n, translate("Diagram", "unit"), translate("Diagram", "units"))


def _inputs_count(n: int | None) -> str:
    return _count(n, translate("Diagram", "input"), translate("Diagram", "inputs"))


@dataclass(frozen=True)
class _Colours:
    text: QColor
    base: QColor
    accent: QColor

    @classmethod
    def of(cls, palette: QPalette) -> _Colours:
        return cls(palette.color(QPalette.Text), palette.color(QPalette.Base), palette.color(QPalette.Highlight))

    def fill(self, hue: QColor) -> QColor:
        return _mix(self.base, hue, 0.3)

    def line(self, hue: QColor, alpha: int = 255) -> QColor:
        return _mix(self.text, hue, 0.45, alpha)

    def wire(self, alpha: int) -> QColor:
        colour = QColor(self.text)
        colour.setAlpha(alpha)
        return colour


@dataclass
class _Column:
    """One drawn layer: what it is, where it sits, and what a click or tooltip on it means."""

    index: int
    summary: str  # for the accessible description
    tooltip: str
    caption: QGraphicsTextItem
    width: int | None  # output width, None while unknown
    neurons: int = 0  # circles drawn; 0 for a block or a band
    block: bool = False
    band_label: str = ""  # non-empty for a band
    use_bias: bool = False
    x: float = 0.0
    half_height: float = 0.0
    spacing: float = _SPACING
    radius: float = _RADIUS

    @property
    def band(self) -> bool:
        return bool(self.band_label)

    @property
    def ys(self) -> list[float]:
        return [(i - (self.neurons - 1) / 2) * self.spacing for i in range(self.neurons)]

    @property
    def footprint(self) -> float:
        body = _BAND_WIDTH if self.band else _BLOCK_WIDTH if self.block else 2 * self.radius
        return max(body, self.caption.boundingRect().width())

    @property
    def left(self) -> float:
        return self.x - (_BLOCK_WIDTH / 2 if self.block else 0.0)

    @property
    def right(self) -> float:
        return self.x + (_BLOCK_WIDTH / 2 if self.block else 0.0)

    def reach(self) -> float:
        """Half the height that connections to or from this column span."""
        if self.block:
            return self.half_height * _STRIP
        return self.half_height - self.radius


def _setting(layer: LayerSpec, name: str) -> object:
    value = layer.config.get(name)
    if value is None and layer.class_name in CATALOGUE:
        param = CATALOGUE[layer.class_name].param(name)
        value = param.default if param is not None else None
    return value


def _units(layer: LayerSpec) -> int | None:
    units = layer.config.get("units")
    return units if isinstance(units, int) and not isinstance(units, bool) and units >= 1 else None


def _describe(layer: LayerSpec, width: int | None) -> tuple[str, str]:
    """The key setting shown under a layer, and the short tag written on a band."""
    name = layer.class_name
    if name == "Dense":
        return f"{_units_count(width)}, {_setting(layer, 'activation') or 'linear'}", ""
    if name == "Activation":
        activation = str(_setting(layer, "activation") or "?")
        return activation, activation
    if name == "Dropout":
        rate = _setting(layer, "rate")
        setting = translate("Diagram", "rate {rate:g}").format(rate=rate) if isinstance(rate, (int, float)) else translate(
            "Diagram", "rate ?")  # fmt: skip
        return setting, setting
    if name == "BatchNormalization":
        return "", "BN"
    return "", name


class NetworkDiagram(QGraphicsView):
    """The network as the course draws it: an input column, then each layer, left to right.

    The diagram only reports clicks (``layer_clicked``); the window owns the selection and calls
    ``set_network`` again to show it.
    """

    layer_clicked = Signal(int)  # index into the layer list; -1 = the input column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setAlignment(Qt.AlignCenter)
        self.setAccessibleName(translate("Diagram", "Network diagram"))
        self._input_width: int | None = None
        self._layers: list[LayerSpec] = []
        self._shapes: list[LayerShape] = []
        self._selected: int | None = None
        self._columns: dict[int, _Column] = {}
        self._trace: RowTrace | None = None
        self._draw()

    # --- public API -------------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt's names
        # QGraphicsView hands Tab to the scene, which would cycle through the diagram's items for
        # ever: a keyboard user must be able to Tab past the diagram to the layer's settings.
        return QWidget.focusNextPrevChild(self, next)

    def set_trace(self, trace: RowTrace | None) -> None:
        """Show a row's values on every neuron (None: the plain diagram again)."""
        self._trace = trace
        self._draw()

    @property
    def trace(self) -> RowTrace | None:
        return self._trace

    def traced(self, index: int) -> ColumnValues | None:
        """The traced row at column ``index`` (-1: the inputs), when a trace is shown and still fits."""
        if self._trace is None:
            return None
        values = column_values(self._trace, index)
        column = self._columns.get(index)
        if values is None or column is None or column.width != len(values.values):
            return None
        return values

    def set_network(
        self, input_width: int | None, layers: list[LayerSpec], shapes: list[LayerShape], selected: int | None
    ) -> None:
        """Redraw for this stack, ``selected`` (a layer index, -1 = inputs) highlighted.

        ``shapes`` may be shorter than ``layers`` (e.g. while a layer is invalid): the rest are
        drawn from their settings, with widths that cannot be known shown as "?".
        """
        self._input_width = input_width
        self._layers = list(layers)
        self._shapes = list(shapes)
        self._selected = selected
        self._draw()

    def select(self, selected: int | None) -> None:
        """Highlight another layer (the stack's selection moved)."""
        if selected != self._selected:
            self._selected = selected
            self._draw()

    def neuron_count(self, index: int) -> int:
        """Test hook: circles drawn for layer ``index`` (-1 = input); 0 for a block or a band."""
        column = self._columns.get(index)
        return column.neurons if column is not None else 0

    def is_block(self, index: int) -> bool:
        """Test hook: whether layer ``index`` is drawn as one block labelled with its width."""
        column = self._columns.get(index)
        return column is not None and column.block

    def highlighted_index(self) -> int | None:
        """Test hook: the layer drawn as selected, None when none is."""
        return self._selected if self._selected in self._columns else None

    # --- Qt events --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.LeftButton:
            # Lines crossing a column belong to no layer; the first item under them that does
            # (a neuron, a wire, the column's backdrop) says which layer was meant.
            for item in self.items(event.position().toPoint()):
                index = item.data(_KEY)
                if index is not None:
                    self.layer_clicked.emit(int(index))
                    event.accept()
                    return
        super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.PaletteChange, QEvent.FontChange):
            self._draw()

    # --- layout -----------------------------------------------------------------------------

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(_FONT_POINTS, font.pointSizeF()))
        return font

    def _fit(self) -> None:
        """fitInView keeping the aspect ratio, but never so small that text drops below ~9 pt:
        a long network scrolls instead, with the selected layer in view."""
        rect = self.sceneRect()
        view = self.viewport().size()
        if rect.isEmpty() or view.isEmpty():
            return
        scale = min(view.width() / rect.width(), view.height() / rect.height(), _MAX_SCALE)
        scale = max(scale, _MIN_TEXT_POINTS / self._font().pointSizeF())
        self.setTransform(QTransform.fromScale(scale, scale))
        selected = self._columns.get(self._selected) if self._selected is not None else None
        if selected is not None:
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            half = selected.footprint / 2
            if selected.x - half < visible.left() or selected.x + half > visible.right():
                self.centerOn(selected.x, rect.center().y())

    def _plan(self, font: QFont, colours: _Colours) -> list[_Column]:
        """Every column's kind, width, caption and tooltip, before any geometry."""
        width = self._input_width
        if width is None:
            tip = translate("Diagram", "Inputs: how many is known once the data is loaded")
        else:
            values = _count(width, translate("Diagram", "value"), translate("Diagram", "values"))
            tip = translate("Diagram", "Inputs: {values} per example, one per feature").format(values=values)
        caption = self._caption(translate("Diagram", "Input"), [_inputs_count(width)], font, colours)
        columns = [self._neuron_column(INPUT_INDEX, _inputs_count(width), tip, caption, width)]
        for index, layer in enumerate(self._layers):
            shape = self._shapes[index] if index < len(self._shapes) else None
            dense = layer.class_name == "Dense"
            if shape is not None:
                width = shape.output_width
            elif dense:
                width = _units(layer)
            setting, tag = _describe(layer, width)
            summary = f"{layer.class_name}: {setting}" if setting else layer.class_name
            tip = summary
            if shape is not None:
                # Dense's explanation ends in its count ("... = 6,144"): say what that counts.
                suffix = translate("Diagram", " parameters") if shape.explanation.endswith(f"= {shape.params:,}") else ""
                tip = f"{summary} — {shape.explanation}{suffix}"
            caption = self._caption(_SHORT_NAMES.get(layer.class_name, layer.class_name), [setting, "→ " + _count(width, translate("Diagram", "output"), translate("Diagram", "outputs"))], font, colours)
            if dense:
                column = self._neuron_column(index, summary, tip, caption, width)
                column.use_bias = bool(_setting(layer, "use_bias"))
            else:
                column = _Column(index, summary, tip, caption, width, band_label=tag)
            columns.append(column)
        return columns

    @staticmethod
    def _neuron_column(index: int, summary: str, tip: str, caption: QGraphicsTextItem, width: int | None) -> _Column:
        if width is not None and width <= MAX_DRAWN_NEURONS:
            return _Column(index, summary, tip, caption, width, neurons=width)
        return _Column(index, summary, tip, caption, width, block=True)

    @staticmethod
    def _size(columns: list[_Column], band_font: QFont) -> None:
        """Heights: one neuron spacing for the whole drawing, tightened so no column grows taller
        than the limit; blocks grow with the log of their width; bands span what they follow."""
        most = max((column.neurons for column in columns), default=0)
        spacing = min(_SPACING, _MAX_BODY_HEIGHT / (most - 1)) if most > 1 else _SPACING
        radius = min(_RADIUS, spacing * 0.36)  # keeps a visible gap between neighbouring circles
        label_width = QFontMetricsF(band_font).horizontalAdvance
        source = columns[0]
        for column in columns:
            column.spacing, column.radius = spacing, radius
            if column.band:
                column.half_height = max(source.half_height + _PAD, label_width(column.band_label) / 2 + 12)
                continue
            if column.block:
                steps = max(0, (column.width or 0).bit_length() - MAX_DRAWN_NEURONS.bit_length())
                column.half_height = min(80.0 + 6.0 * steps, _MAX_BODY_HEIGHT / 2)
            else:
                column.half_height = (column.neurons - 1) / 2 * spacing + radius
            source = column

    @staticmethod
    def _place(columns: list[_Column]) -> None:
        """Left to right, far enough apart for the wires and for the captions not to touch."""
        for previous, column in zip(columns, columns[1:]):
            least = _GAP_INTO_DENSE if not column.band else 0.0 if previous.band else _GAP_INTO_BAND
            column.x = previous.x + max(least, (previous.footprint + column.footprint) / 2 + _CAPTION_SPACE)

    # --- drawing ----------------------------------------------------------------------------

    def _draw(self) -> None:
        scene = self.scene()
        scene.clear()
        colours = _Colours.of(self.palette())
        self.setBackgroundBrush(colours.base)
        font = self._font()
        band_font = QFont(font)
        band_font.setBold(True)
        columns = self._plan(font, colours)
        self._columns = {column.index: column for column in columns}
        self._size(columns, band_font)
        self._place(columns)
        caption_top = max(column.half_height for column in columns) + _PAD + 6
        source = columns[0]
        bands: list[_Column] = []
        for column in columns:
            if column.band:
                bands.append(column)
            elif column is not source:
                self._draw_links(source, bands, column, colours)
                source, bands = column, []
            self._draw_body(column, colours, band_font)
            self._draw_caption_and_backdrop(column, colours, caption_top)
        self._draw_flow(source, bands, colours)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN))
        self.setAccessibleDescription(" → ".join(column.summary for column in columns))
        self._fit()

    def _caption(self, title: str, lines: list[str], font: QFont, colours: _Colours) -> QGraphicsTextItem:
        body = "<br>".join([f"<b>{html.escape(title)}</b>", *(html.escape(line) for line in lines if line)])
        return self._text(f'<div align="center">{body}</div>', font, colours)

    @staticmethod
    def _text(markup: str, font: QFont, colours: _Colours) -> QGraphicsTextItem:
        item = QGraphicsTextItem()
        item.setFont(font)
        item.setDefaultTextColor(colours.text)
        item.setHtml(markup)
        item.setTextWidth(item.document().idealWidth())
        return item

    def _tag(self, item: QGraphicsItem, column: _Column, z: float) -> None:
        """Make ``item`` part of ``column``: same tooltip, and a click on it selects the layer."""
        item.setData(_KEY, column.index)
        item.setToolTip(column.tooltip)
        item.setCursor(Qt.PointingHandCursor)
        item.setZValue(z)
        if item.scene() is None:
            self.scene().addItem(item)

    def _centred_label(self, markup: str, font: QFont, colours: _Colours, column: _Column, rotated: bool) -> None:
        label = self._text(markup, font, colours)
        box = label.boundingRect()
        if rotated:
            # Reads bottom to top, so a word fits on a band narrower than the word.
            label.setRotation(-90)
            label.setPos(column.x - box.height() / 2, box.width() / 2)
        else:
            label.setPos(column.x - box.width() / 2, -box.height() / 2)
        self._tag(label, column, 3)

    def _draw_body(self, column: _Column, colours: _Colours, band_font: QFont) -> None:
        scene = self.scene()
        selected = column.index == self._selected
        hue = _BAND_HUE if column.band else _INPUT_HUE if column.index == INPUT_INDEX else _DENSE_HUE
        pen = QPen(colours.accent if selected else colours.line(hue), 2.5 if selected else 1.4)
        brush = QBrush(colours.fill(hue))
        if column.band:
            rect = QRectF(column.x - _BAND_WIDTH / 2, -column.half_height, _BAND_WIDTH, 2 * column.half_height)
            band = scene.addRect(rect, pen, brush)
            band.setOpacity(0.85)  # the values visibly pass through the band
            self._tag(band, column, 2)
            self._centred_label(html.escape(column.band_label), band_font, colours, column, rotated=True)
        elif column.block:
            path = QPainterPath()
            rect = QRectF(column.left, -column.half_height, _BLOCK_WIDTH, 2 * column.half_height)
            path.addRoundedRect(rect, 10, 10)
            self._tag(scene.addPath(path, pen, brush), column, 2)
            number = "?" if column.width is None else f"{column.width:,}"
            word = translate("Diagram", "inputs") if column.index == INPUT_INDEX else translate("Diagram", "units")
            markup = f'<div align="center">{number}<br>{word}</div>'
            self._centred_label(markup, band_font, colours, column, rotated=False)
        else:
            r = column.radius
            for y in column.ys:
                self._tag(scene.addEllipse(column.x - r, y - r, 2 * r, 2 * r, pen, brush), column, 2)
        traced = self.traced(column.index)
        if traced is not None:
            self._draw_trace(column, traced, pen)

    def _draw_trace(self, column: _Column, traced: ColumnValues, pen: QPen) -> None:
        """The row's values: each neuron filled with its value's colour and labelled with it, or a
        colour strip on a wide block; pointing at a neuron writes its sum out."""
        scene, scale = self.scene(), traced.scale
        small = QFont(self._font())
        small.setPointSizeF(max(_MIN_TEXT_POINTS - 1, small.pointSizeF() - 2))
        colours = _Colours.of(self.palette())
        if column.neurons:
            r = column.radius
            for y, value, tip in zip(column.ys, traced.values, traced.tips(len(column.ys))):
                dot = scene.addEllipse(column.x - r, y - r, 2 * r, 2 * r, pen, QBrush(value_colour(float(value), scale)))
                self._tag(dot, column, 2.5)
                dot.setToolTip(tip)
                label = self._text(number(float(value)), small, colours)
                label.setPos(column.x + r + 1, y - label.boundingRect().height() / 2)
                self._tag(label, column, 3)
                label.setToolTip(tip)
            return
        if column.band:
            top, height, left, width = -column.half_height + 4, 2 * column.half_height - 8, column.x + _BAND_WIDTH / 2 - 7, 5.0
        else:
            top, height, left, width = -column.half_height * 0.8, 1.6 * column.half_height, column.right - 14, 8.0
        cells = np.array_split(traced.values, min(len(traced.values), 64))
        step = height / len(cells)
        tip = "; ".join([traced.summary, *traced.tips(3)])
        for i, cell in enumerate(cells):
            rect = QRectF(left, top + i * step, width, step)
            item = scene.addRect(rect, QPen(Qt.NoPen), QBrush(value_colour(float(cell.mean()), scale)))
            self._tag(item, column, 2.5)
            item.setToolTip(tip)

    def _draw_caption_and_backdrop(self, column: _Column, colours: _Colours, caption_top: float) -> None:
        caption = column.caption
        box = caption.boundingRect()
        caption.setPos(column.x - box.width() / 2, caption_top)
        self._tag(caption, column, 3)
        # The backdrop makes the whole column clickable, and shows the selection.
        half = column.footprint / 2 + 6
        top = -column.half_height - _PAD
        path = QPainterPath()
        path.addRoundedRect(QRectF(column.x - half, top, 2 * half, caption_top + box.height() + 4 - top), 8, 8)
        if column.index == self._selected:
            backdrop = self.scene().addPath(path, QPen(colours.accent, 1.5), _mix(colours.base, colours.accent, 0.18))
        else:
            backdrop = self.scene().addPath(path, QPen(Qt.NoPen), QBrush(Qt.transparent))
        self._tag(backdrop, column, -10)

    def _draw_flow(self, source: _Column, bands: list[_Column], colours: _Colours) -> float:
        """Values crossing the bands one to one: a straight line per neuron (a strip from a block)
        out of ``source`` to just past the last band. Returns where the next connections start."""
        if not bands:
            return source.right
        stop = bands[-1].x + _BAND_WIDTH / 2 + 12
        if source.block:
            reach = source.reach()
            strip = QRectF(source.right, -reach, stop - source.right, 2 * reach)
            item = self.scene().addRect(strip, QPen(Qt.NoPen), colours.wire(40))
        else:
            path = QPainterPath()
            for y in source.ys:
                path.moveTo(source.x, y)
                path.lineTo(stop, y)
            item = self.scene().addPath(path, QPen(colours.wire(140), 1.4))
        item.setZValue(1)
        return stop

    def _draw_links(self, source: _Column, bands: list[_Column], target: _Column, colours: _Colours) -> None:
        """The weights of the Dense layer ``target``: every input to every neuron, and the bias."""
        start = self._draw_flow(source, bands, colours)
        selected = target.index == self._selected
        colour = QColor(colours.accent) if selected else colours.wire(255)
        if source.block or target.block:
            # One strip for the whole all-to-all connection: a few items, whatever the widths.
            colour.setAlpha(110 if selected else 40)
            src, dst = source.reach(), target.reach()
            corners = [(start, -src), (target.left, -dst), (target.left, dst), (start, src)]
            links = self.scene().addPolygon(QPolygonF([QPointF(x, y) for x, y in corners]), QPen(Qt.NoPen), colour)
        else:
            colour.setAlpha(200 if selected else 90)
            path = QPainterPath()
            for y0 in source.ys:
                for y1 in target.ys:
                    path.moveTo(start, y0)
                    path.lineTo(target.x, y1)
            links = self.scene().addPath(path, QPen(colour, 1.6 if selected else 1.0))
        self._tag(links, target, 0)
        if target.use_bias:
            self._draw_bias(start, source, target, colours)

    def _draw_bias(self, start: float, source: _Column, target: _Column, colours: _Colours) -> None:
        """The node "1" above the gap, its weights (the biases) going to each neuron."""
        centre = QPointF(start + 24, -max(source.half_height, target.half_height) - _BIAS_SIZE - 4)
        path = QPainterPath()
        for y in target.ys if not target.block else [-target.reach()]:
            path.moveTo(centre)
            path.lineTo(target.left, y)
        selected = target.index == self._selected
        pen = QPen(colours.accent if selected else colours.line(_BIAS_HUE, 170), 1.0)
        self._tag(self.scene().addPath(path, pen), target, 0)
        rect = QRectF(centre.x() - _BIAS_SIZE / 2, centre.y() - _BIAS_SIZE / 2, _BIAS_SIZE, _BIAS_SIZE)
        node = self.scene().addRect(rect, QPen(colours.line(_BIAS_HUE), 1.4), colours.fill(_BIAS_HUE))
        self._tag(node, target, 2)
        label = self._text("1", self._font(), colours)
        box = label.boundingRect()
        label.setPos(centre.x() - box.width() / 2, centre.y() - box.height() / 2)
        self._tag(label, target, 3)
