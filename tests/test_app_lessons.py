"""The lessons in the window: the start page, the lesson panel and the decision boundary view."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QPushButton

from nnbuilder.app.boundary import CLASS_COLOURS, HINT, DecisionBoundary
from nnbuilder.app.lesson_panel import FIGURES, LessonPanel, StartPage, draw_figure
from nnbuilder.engine.lessons import LESSON_IDS, load_lesson


def test_start_page_lists_the_six_lessons_and_opens_the_one_clicked(qtbot):
    page = StartPage()
    qtbot.addWidget(page)
    assert [info.id for info in page.lessons] == list(LESSON_IDS)
    assert len(page.open_buttons) == 6
    assert page.open_buttons[2].accessibleName() == "Open lesson 3: Stochastic gradient descent"
    with qtbot.waitSignal(page.open_requested) as opened:
        page.open_buttons[2].click()
    assert opened.args == ["sgd"]


def test_lesson_panel_shows_the_notes_and_one_apply_button_per_change(qtbot):
    panel = LessonPanel()
    qtbot.addWidget(panel)
    lesson = load_lesson("sgd")
    panel.show_lesson(lesson)
    assert panel.title.text() == "Lesson 3: Stochastic gradient descent"
    assert "One pass through all the training rows is an epoch" in panel.notes.toPlainText()
    assert len(panel.step_labels) == len(lesson.steps)
    assert len(panel.apply_buttons) == sum(step.change is not None for step in lesson.steps)
    assert "learning rate 0.01" in panel.apply_buttons[0].toolTip()

    with qtbot.waitSignal(panel.apply_requested) as applied:
        panel.apply_buttons[0].click()
    assert applied.args == [{"training.optimizer.config.learning_rate": 0.01}]
    applied.args[0]["training.optimizer.config.learning_rate"] = 5  # the receiver owns its copy
    assert lesson.steps[0].change == {"training.optimizer.config.learning_rate": 0.01}

    panel.set_apply_enabled(False)
    assert not any(button.isEnabled() for button in panel.apply_buttons)


def test_showing_another_lesson_replaces_the_steps(qtbot):
    panel = LessonPanel()
    qtbot.addWidget(panel)
    panel.show_lesson(load_lesson("deep-network"))
    overfitting = load_lesson("overfitting")
    panel.show_lesson(overfitting)
    qtbot.waitUntil(lambda: len(panel.findChildren(QPushButton)) == len(overfitting.steps))  # old rows are gone
    assert [label.text() for label in panel.step_labels] == [step.html for step in overfitting.steps]
    with qtbot.waitSignal(panel.apply_requested) as applied:
        panel.apply_buttons[0].click()
    applied.args[0]["training.early_stopping"]["patience"] = 99  # the receiver owns nested settings too
    assert overfitting.steps[0].change["training.early_stopping"]["patience"] == 5


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_every_picture_the_notes_show_is_drawn(qtbot, lesson_id):
    panel = LessonPanel()
    qtbot.addWidget(panel)
    lesson = load_lesson(lesson_id)
    panel.show_lesson(lesson)
    for name in lesson.figures:
        image = panel.notes.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(f"figure:{name}"))
        assert isinstance(image, QImage) and not image.isNull()
        assert image.size().width() == round(FIGURES[name][0][0] * panel.notes.devicePixelRatioF())


def test_a_figure_is_drawn_in_the_palettes_text_colour(qtbot):
    panel = LessonPanel()
    qtbot.addWidget(panel)
    image = draw_figure("relu", panel.palette())
    text = panel.palette().color(panel.palette().ColorRole.Text).rgb()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert text in colours  # the axes and caption
    assert draw_figure("no-such-picture", panel.palette()) is None


def _circle_points() -> tuple[np.ndarray, np.ndarray]:
    angles = np.linspace(0, 2 * np.pi, 40, endpoint=False)
    radius = np.where(np.arange(40) % 2 == 0, 0.5, 1.5)
    points = np.column_stack([radius * np.cos(angles), radius * np.sin(angles)]).astype(np.float32)
    labels = (radius < 1).astype(np.float32).reshape(-1, 1)  # as PreparedData.y_train holds them
    return points, labels


def test_boundary_draws_the_points_by_class_and_the_network_output_behind_them(qtbot):
    view = DecisionBoundary()
    qtbot.addWidget(view)
    points, labels = _circle_points()
    view.set_points(points, labels, ["x1", "x2"], ["0", "1"])
    spots = view.points.data
    assert len(spots) == 40
    assert [spot["brush"].color().name() for spot in spots[:2]] == [CLASS_COLOURS[1].name(), CLASS_COLOURS[0].name()]
    assert view.plot.getPlotItem().getAxis("bottom").labelText == "x1"
    assert not view.image.isVisible() and HINT in view.legend.text()
    assert "class 0" in view.legend.text() and "class 1" in view.legend.text()

    xs = ys = np.linspace(-2, 2, 60)
    grid_x, grid_y = np.meshgrid(xs, ys)
    inside = 1 / (1 + np.exp(8 * (np.hypot(grid_x, grid_y) - 1)))  # class 1 within radius 1
    view.set_grid(xs, ys, inside)
    assert view.image.isVisible() and view.has_grid and HINT not in view.legend.text()
    np.testing.assert_array_equal(view.image.image, inside)
    placed = view.image.mapRectToParent(view.image.boundingRect())
    assert placed.left() == pytest.approx(-2 - 2 / 59) and placed.right() == pytest.approx(2 + 2 / 59)
    line = view.image.mapRectToParent(view.contour.mapRectToParent(view.contour.boundingRect()))
    assert line.left() == pytest.approx(-1, abs=0.1) and line.top() == pytest.approx(-1, abs=0.1)  # 50:50 at r = 1
    assert line.width() == pytest.approx(2, abs=0.1) and line.height() == pytest.approx(2, abs=0.1)

    view.set_grid(xs, ys, 1 - inside)
    np.testing.assert_array_equal(view.image.image, 1 - inside)  # the picture follows each new epoch

    view.clear_grid()
    assert not view.image.isVisible() and HINT in view.legend.text()


def test_boundary_names_text_classes_as_they_are(qtbot):
    view = DecisionBoundary()
    qtbot.addWidget(view)
    points, labels = _circle_points()
    view.set_points(points, labels, ["mean radius", "mean texture"], ["benign", "malignant"])
    assert "benign" in view.legend.text() and "class benign" not in view.legend.text()
    assert view.plot.getPlotItem().getAxis("left").labelText == "mean texture"


def test_short_notes_leave_the_room_to_the_steps_and_long_notes_scroll(qtbot):
    panel = LessonPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 650)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_lesson(load_lesson("sgd"))
    notes, steps = panel.splitter.sizes()
    assert notes < 0.6 * (notes + steps)
    assert panel.notes.verticalScrollBar().maximum() == 0  # every word of the notes shows

    panel.show_lesson(load_lesson("linear-unit"))  # a picture and five paragraphs: more than fits
    notes, steps = panel.splitter.sizes()
    assert notes == round(0.62 * (notes + steps))
    assert panel.notes.verticalScrollBar().maximum() > 0


def _every_step_applies_from_the_lessons_start(qtbot, make_window, order):
    from nnbuilder.engine.lessons import LESSON_IDS, apply_change, load_lesson

    win = make_window()
    for lesson_id in LESSON_IDS:
        assert win.open_lesson(lesson_id)
        lesson = load_lesson(lesson_id)
        steps = [step for step in lesson.steps if step.change is not None]
        for step in order(steps):
            win.lesson_panel.apply_requested.emit(step.change)
            expected = apply_change(lesson.project, step.change)
            shown, wanted = win.document.project.to_dict(), expected.to_dict()
            for section in ("data", "layers", "training"):
                assert shown[section] == wanted[section], (lesson_id, step.text, section)
        assert not win.dialogs.errors, win.dialogs.errors


def test_every_step_of_every_lesson_in_order_gives_what_its_text_promises(qtbot, make_window):
    _every_step_applies_from_the_lessons_start(qtbot, make_window, list)


def test_every_step_of_every_lesson_out_of_order_gives_what_its_text_promises(qtbot, make_window):
    _every_step_applies_from_the_lessons_start(qtbot, make_window, lambda steps: list(reversed(steps)))
