"""The lessons in the window: a start page that lists them, and a side panel with a lesson's notes.

The panel shows the notes as rich text, with pictures drawn here with QPainter (no image files),
and the "try this" steps, each with an Apply button when the step carries a change. Applying is
the window's job (through the undo stack): the panel only says which change was asked for.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..engine.lessons import FIGURE_SCHEME, LESSON_IDS, Lesson, LessonInfo, describe_change, list_lessons
from ..i18n import translate

# Hues of the network diagram: inputs green, neurons blue, the bias orange.
INPUT_HUE = QColor(46, 160, 67)
NEURON_HUE = QColor(52, 120, 230)
BIAS_HUE = QColor(230, 160, 20)
MAX_NOTES_SHARE = 0.62  # of the panel's height; the steps keep the rest


def _heading_font(widget: QWidget, scale: float) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font


# ---------------------------------------------------------------------------------------------
# Pictures in the notes


def _arrow(painter: QPainter, start: QPointF, end: QPointF, colour: QColor) -> None:
    painter.setPen(QPen(colour, 1.6))
    painter.drawLine(start, end)
    angle = math.atan2(end.y() - start.y(), end.x() - start.x())
    head = [end] + [
        QPointF(end.x() - 9 * math.cos(angle + turn), end.y() - 9 * math.sin(angle + turn)) for turn in (0.4, -0.4)
    ]
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF(head))


def _node(painter: QPainter, centre: QPointF, radius: float, hue: QColor, text_colour: QColor, label: str) -> None:
    fill = QColor(hue)
    fill.setAlpha(70)
    painter.setPen(QPen(hue, 2))
    painter.setBrush(fill)
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(text_colour)
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)


def _draw_linear_unit(painter: QPainter, size: QRectF, text: QColor) -> None:
    """x and the constant 1 feed one neuron through the weights w and b; out comes y = w·x + b."""
    x_in, one_in = QPointF(34, 34), QPointF(34, 104)
    neuron = QPointF(170, 70)
    _node(painter, x_in, 20, INPUT_HUE, text, "x")
    _node(painter, one_in, 16, BIAS_HUE, text, "1")
    _node(painter, neuron, 24, NEURON_HUE, text, "Σ")
    _arrow(painter, QPointF(56, 40), QPointF(145, 62), text)
    _arrow(painter, QPointF(52, 100), QPointF(146, 80), text)
    _arrow(painter, QPointF(196, 70), QPointF(258, 70), text)
    painter.setPen(text)
    italic = QFont(painter.font())
    italic.setItalic(True)
    painter.setFont(italic)
    painter.drawText(QPointF(96, 42), "w")
    painter.drawText(QPointF(96, 104), "b")
    painter.drawText(QRectF(256, 58, size.width() - 256, 24), Qt.AlignmentFlag.AlignCenter, "y")
    painter.drawText(QRectF(120, 104, 130, 24), Qt.AlignmentFlag.AlignCenter, "y = w·x + b")


def _draw_activation(
    painter: QPainter,
    size: QRectF,
    text: QColor,
    function: Callable[[float], float],
    x_range: tuple[float, float],
    y_range: tuple[float, float],
    caption: str,
    guides: tuple[float, ...] = (),
) -> None:
    """An activation function's curve over its axes, dashed lines at the ``guides`` heights, a caption."""
    left, right, top, bottom = 24.0, size.width() - 16, 12.0, size.height() - 30

    def at(x: float, y: float) -> QPointF:
        return QPointF(
            left + (x - x_range[0]) / (x_range[1] - x_range[0]) * (right - left),
            bottom - (y - y_range[0]) / (y_range[1] - y_range[0]) * (bottom - top),
        )

    axis = QColor(text)
    axis.setAlpha(140)
    _arrow(painter, at(x_range[0], 0), at(x_range[1], 0), axis)
    _arrow(painter, at(0, y_range[0]), at(0, y_range[1]), axis)
    painter.setPen(QPen(axis, 1, Qt.PenStyle.DashLine))
    for value in guides:
        painter.drawLine(at(x_range[0], value), at(x_range[1], value))
        painter.drawText(at(x_range[0], value) + QPointF(2, -3), f"{value:g}")
    samples = [x_range[0] + (x_range[1] - x_range[0]) * i / 100 for i in range(96)]
    curve = QPainterPath(at(samples[0], function(samples[0])))
    for x in samples[1:]:
        curve.lineTo(at(x, function(x)))
    painter.setPen(QPen(NEURON_HUE, 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(curve)
    painter.setPen(text)
    painter.drawText(QRectF(0, bottom + 6, size.width(), 24), Qt.AlignmentFlag.AlignCenter, caption)
    axis_end = at(x_range[1], 0)
    painter.drawText(QPointF(axis_end.x() - 10, axis_end.y() - 8), "x")


def _draw_relu(painter: QPainter, size: QRectF, text: QColor) -> None:
    """The rectifier: flat at 0 for negative inputs, the input itself for positive ones."""
    _draw_activation(painter, size, text, lambda x: max(0.0, x), (-3, 3), (-0.6, 3), "relu(x) = max(0, x)")


def _draw_sigmoid(painter: QPainter, size: QRectF, text: QColor) -> None:
    """The sigmoid squeezes every number between 0 and 1, crossing 0.5 at x = 0."""
    _draw_activation(
        painter, size, text, lambda x: 1 / (1 + math.exp(-x)), (-6, 6), (-0.15, 1.25),
        "sigmoid(x) = 1 / (1 + e⁻ˣ)", guides=(0.5, 1.0),
    )  # fmt: skip


FIGURES: dict[str, tuple[tuple[int, int], Callable[[QPainter, QRectF, QColor], None]]] = {
    "linear-unit": ((320, 130), _draw_linear_unit),
    "relu": ((260, 150), _draw_relu),
    "sigmoid": ((260, 150), _draw_sigmoid),
}


def draw_figure(name: str, palette: QPalette, ratio: float = 1.0) -> QImage | None:
    """The picture called ``name`` in the palette's colours, or None when there is no such picture."""
    if name not in FIGURES:
        return None
    (width, height), draw = FIGURES[name]
    image = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter, QRectF(0, 0, width, height), palette.color(QPalette.ColorRole.Text))
    painter.end()
    return image


class _NotesBrowser(QTextBrowser):
    """Rich-text notes whose figure: pictures are drawn on demand."""

    def loadResource(self, kind: int, name: QUrl) -> object:
        url = name.toString()
        if kind == QTextDocument.ResourceType.ImageResource.value and url.startswith(FIGURE_SCHEME):
            image = draw_figure(url[len(FIGURE_SCHEME) :], self.palette(), self.devicePixelRatioF())
            if image is not None:
                return image
        return super().loadResource(kind, name)


# ---------------------------------------------------------------------------------------------
# The lesson panel


class LessonPanel(QWidget):
    """A lesson's notes and its "try this" steps; Apply asks the window to apply a step's change."""

    apply_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lesson: Lesson | None = None
        self.apply_buttons: list[QPushButton] = []
        self.step_labels: list[QLabel] = []
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setFont(_heading_font(self, 1.35))
        self.notes = _NotesBrowser()
        self.notes.setAccessibleName(translate("LessonPanel", "Lesson notes"))
        self.notes.setOpenExternalLinks(False)

        steps_panel = QWidget()
        steps_column = QVBoxLayout(steps_panel)
        steps_column.setContentsMargins(0, 4, 0, 0)
        try_this = QLabel(translate("LessonPanel", "Try this"))
        try_this.setFont(_heading_font(self, 1.1))
        steps_column.addWidget(try_this)
        self._steps_body = QWidget()
        self._steps_layout = QVBoxLayout(self._steps_body)
        self._steps_layout.setContentsMargins(0, 0, 4, 0)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("LessonPanel", "Try this"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._steps_body)
        steps_column.addWidget(scroll, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.notes)
        self.splitter.addWidget(steps_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.splitter, 1)

    def show_lesson(self, lesson: Lesson) -> None:
        self.lesson = lesson
        if lesson.id in LESSON_IDS:
            self.title.setText(
                translate("LessonPanel", "Lesson {number}: {title}").format(
                    number=LESSON_IDS.index(lesson.id) + 1, title=lesson.title
                )
            )
        else:  # a teacher's own lesson, carried by the project
            self.title.setText(lesson.title)
        self.notes.setHtml(lesson.notes_html)
        self._fill_steps(lesson)
        self._share_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._share_height()

    def _share_height(self) -> None:
        """Short notes take only the height they need, so more steps show without scrolling."""
        total = sum(self.splitter.sizes())
        if total <= 0 or self.lesson is None:  # not laid out yet: showEvent comes back here
            return
        document = self.notes.document()
        document.setTextWidth(self.notes.viewport().width())
        wanted = math.ceil(document.size().height()) + 2 * self.notes.frameWidth()
        notes = min(wanted, round(total * MAX_NOTES_SHARE))
        self.splitter.setSizes([notes, total - notes])

    def set_apply_enabled(self, enabled: bool) -> None:
        """Off while training runs: the network must not change under a running fit."""
        for button in self.apply_buttons:
            button.setEnabled(enabled)

    def _fill_steps(self, lesson: Lesson) -> None:
        while (item := self._steps_layout.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().deleteLater()
        self.apply_buttons, self.step_labels = [], []
        for number, step in enumerate(lesson.steps, start=1):
            row = QFrame()
            row.setFrameShape(QFrame.Shape.StyledPanel)
            line = QHBoxLayout(row)
            line.setContentsMargins(6, 6, 6, 6)
            count = QLabel(f"{number}.")
            count.setAlignment(Qt.AlignmentFlag.AlignTop)
            words = QLabel(step.html)
            words.setWordWrap(True)
            words.setTextFormat(Qt.TextFormat.RichText)
            words.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            # The words take the row's whole width and the button sits under them: a narrow dock
            # (a 1024-pixel projector) then wraps the text instead of pushing Apply out of sight.
            text = QVBoxLayout()
            text.setContentsMargins(0, 0, 0, 0)
            text.addWidget(words)
            line.addWidget(count, 0, Qt.AlignmentFlag.AlignTop)
            line.addLayout(text, 1)
            self.step_labels.append(words)
            if step.change is not None:
                button = QPushButton(translate("LessonPanel", "Apply"))
                button.setToolTip(
                    translate(
                        "LessonPanel",
                        "Starts again from the lesson's own network and settings, then changes: {change} "
                        "(Ctrl+Z undoes it)",
                    ).format(change=describe_change(step.change))
                )
                button.setAccessibleName(translate("LessonPanel", "Apply step {number}").format(number=number))
                button.clicked.connect(lambda _=False, change=step.change: self._ask_to_apply(change))
                text.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                self.apply_buttons.append(button)
            self._steps_layout.addWidget(row)
        self._steps_layout.addStretch(1)

    def _ask_to_apply(self, change: dict[str, Any]) -> None:
        self.apply_requested.emit(copy.deepcopy(change))  # the receiver owns its copy, nested dicts too


# ---------------------------------------------------------------------------------------------
# The start page


class StartPage(QWidget):
    """The six lessons with their summaries; Open asks the window to open one."""

    open_requested = Signal(str)

    def __init__(self, lessons: list[LessonInfo] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lessons = list_lessons() if lessons is None else lessons
        self.open_buttons: list[QPushButton] = []
        heading = QLabel(translate("LessonPanel", "Lessons"))
        heading.setFont(_heading_font(self, 1.5))
        intro = QLabel(
            translate(
                "LessonPanel",
                "Six lessons that follow the course step by step. Each one opens a network that is ready "
                "to train, with notes to read and things to try.",
            )
        )
        intro.setWordWrap(True)

        body = QWidget()
        cards = QVBoxLayout(body)
        cards.setContentsMargins(0, 0, 4, 0)
        for number, info in enumerate(self.lessons, start=1):
            cards.addWidget(self._card(number, info))
        cards.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("LessonPanel", "Lessons"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)

    def _card(self, number: int, info: LessonInfo) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(card)
        column.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        title = QLabel(f"{number}. {info.title}")
        title.setWordWrap(True)
        title.setFont(_heading_font(self, 1.1))
        button = QPushButton(translate("LessonPanel", "Open"))
        button.setAccessibleName(
            translate("LessonPanel", "Open lesson {number}: {title}").format(number=number, title=info.title)
        )
        button.clicked.connect(lambda _=False, lesson_id=info.id: self.open_requested.emit(lesson_id))
        self.open_buttons.append(button)
        top.addWidget(title, 1)
        top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        summary = QLabel(info.summary)
        summary.setWordWrap(True)
        column.addLayout(top)
        column.addWidget(summary)
        return card
