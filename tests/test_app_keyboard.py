"""Without a mouse: build lesson 1's network, train it, stop a run and look at the weights from the
keyboard alone; and every control a keyboard reaches has a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QWidget

from .conftest import FINISH, answered

pytestmark = pytest.mark.usefixtures("qapp")


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key, sent where the keyboard focus is, as a person's key press would be."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key, modifier)
    qtbot.wait(10)


def type_text(qtbot, text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def tab_to(qtbot, found, limit: int = 60) -> QWidget:
    """Press Tab until the focused control is the one ``found`` accepts; fail if Tab never gets there."""
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget is not None and found(widget):
            return widget
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; stuck on {QApplication.focusWidget()!r}")


@pytest.fixture
def keyboard_window(make_window, qtbot):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_lesson_one_built_trained_stopped_and_inspected_from_the_keyboard(keyboard_window, qtbot):
    window = keyboard_window
    window.open_lesson("linear-unit")  # opening a lesson from its menu is tested elsewhere; the rest is keys
    # Start over without a network: Ctrl+2 goes to the Network tab, Delete removes the selected layer.
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.network_page
    window.stack.setFocus()  # the stack is the Network tab's first control (checked just below)
    while window.document.project.layers:
        press(qtbot, Qt.Key.Key_Delete)
    assert window.document.project.layers == []

    # Ctrl+L reaches the layer palette; the arrows pick Dense, Enter adds it.
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.palette
    press(qtbot, Qt.Key.Key_Home)
    while window.palette.currentItem().data(Qt.ItemDataRole.UserRole) != "Dense":
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert [layer.class_name for layer in window.document.project.layers] == ["Dense"]

    # Tab reaches the layer's settings: one unit, typed.
    units = tab_to(qtbot, lambda widget: isinstance(widget, QAbstractSpinBox) and window.panel.isAncestorOf(widget)
                   and "units" in widget.accessibleName())  # fmt: skip
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "1")
    press(qtbot, Qt.Key.Key_Return)
    assert units.hasFocus()
    assert window.document.project.layers[0].config["units"] == 1

    # F5 trains; the run ends by itself.
    with qtbot.waitSignal(window.training.running_changed, timeout=FINISH, check_params_cb=lambda r: not r):
        press(qtbot, Qt.Key.Key_F5)
    assert window.session.runs and not window.session.error
    assert window.session.result.epochs_run == window.document.project.training.epochs

    # F5 again, then Shift+F5 stops the run early.
    window.document.project.training.epochs = 10_000  # long enough to be stopped by a key
    with qtbot.waitSignal(window.training.running_changed, timeout=FINISH):
        press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(window.session.snapshots.epochs()) >= 2, timeout=FINISH)  # a few epochs in
    with qtbot.waitSignal(window.training.running_changed, timeout=FINISH, check_params_cb=lambda r: not r):
        press(qtbot, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert window.session.result.stop_requested
    assert window.session.result.epochs_run < 10_000

    # Ctrl+5 shows the trained weights, and the keyboard lands inside that tab.
    press(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    answered(qtbot, window)
    assert window.tabs.currentWidget() is window.weights_tab
    assert window.weights_tab.isAncestorOf(QApplication.focusWidget())
    assert window.inspector.tensor_combo.count() >= 1, "the weights tab offers the trained kernel and bias"


def _speaks_for_itself(widget: QWidget) -> bool:
    """False for the parts a screen reader names through their owner: a spin box's text field
    (focus proxy) and a scroll area's or chart's viewport."""
    parent = widget.parentWidget()
    if widget.focusProxy() is not None:
        return False
    return not (isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget)


def _spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def test_every_control_the_keyboard_reaches_has_a_spoken_name(keyboard_window, qtbot):
    window = keyboard_window
    window.open_lesson("linear-unit")
    unnamed = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        for widget in window.findChildren(QWidget):
            reachable = widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if reachable and _speaks_for_itself(widget) and not _spoken_name(widget):
                unnamed.append(f"{window.tabs.tabText(index)}: {type(widget).__name__} {widget.objectName()!r}")
    assert not sorted(set(unnamed)), "\n".join(sorted(set(unnamed)))


def test_page_keys_stay_on_their_pages_when_the_boundary_tab_appears(keyboard_window, qtbot):
    from .conftest import train_and_wait

    window = keyboard_window
    window.open_lesson("binary-classification")
    press(qtbot, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)  # no Boundary tab before training
    assert window.tabs.indexOf(window.boundary) < 0
    train_and_wait(qtbot, window)
    assert window.tabs.indexOf(window.boundary) >= 0  # inserted before the Weights tab
    press(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.weights_tab
    press(qtbot, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.code_view
    press(qtbot, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.boundary


def test_tab_goes_from_the_optimizer_into_its_settings(keyboard_window, qtbot):
    window = keyboard_window
    window.open_lesson("sgd")
    window.go_to_tab(window.training_tab)
    window.training_settings.optimizer_combo.setFocus()
    window.training_settings.optimizer_combo.setCurrentText("Adam")  # the form is rebuilt for Adam
    press(qtbot, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert window.training_settings.optimizer_params.isAncestorOf(focused), focused
    assert "learning rate" in focused.accessibleName()
