"""The window in Turkish: every text translated, numbers the Turkish way, View → Language and the
high-contrast theme reopen the window on the same project."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QGroupBox, QLabel, QWidget

from nnbuilder import i18n
from nnbuilder.app.language import apply_language
from nnbuilder.app.curves import training_colour
from nnbuilder.app.theme import apply_theme

pytestmark = pytest.mark.usefixtures("qapp")

# Words that are the same in both languages: Keras and project-file names, the lesson table's columns.
SAME_IN_BOTH = re.compile(
    r"^(nnbuilder|Dense|Dropout|BatchNormalization|Activation|relu|linear|sigmoid|tanh|softmax|Adam|SGD|RMSprop|"
    r"mae|mse|loss|val_loss|val_mae|val_mse|accuracy|binary_crossentropy|bmi|bp|age|sex|s[1-6]|target|diabetes|"
    r"standard|none|auto|English|Türkçe|Keras|kernel|bias|beta|epsilon|rho|x|y|w|b|z|[A-Z]|on|off|\W*)$",
    re.IGNORECASE,
)


def shown_texts(window: QWidget) -> set[str]:
    """Every text a person reads in the window: labels, buttons, group titles, tabs, menus, tooltips."""
    texts: set[str] = set()
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel):
            texts.add(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        texts.add(widget.toolTip())
    texts.update(window.tabs.tabText(index) for index in range(window.tabs.count()))
    for action in window.menuBar().actions():
        texts.add(action.text())
        texts.update(item.text() for item in action.menu().actions())
    return {text for text in texts if text}


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-zÇĞİÖŞÜçğıöşü_]{3,}", re.sub(r"<[^>]+>", " ", text).replace("&", ""))


def test_the_whole_window_speaks_turkish(make_window):
    english = shown_texts(make_window())
    try:
        apply_language("tr")
        window = make_window()
        turkish = shown_texts(window)
        menus = [action.text() for action in window.menuBar().actions()]
    finally:
        apply_language("en")
    untranslated = sorted(
        text for text in turkish & english if any(not SAME_IN_BOTH.match(word) for word in _words(text))
    )
    assert not untranslated, "still English in the Turkish window:\n" + "\n".join(untranslated)
    assert "&Dosya" in menus


def test_turkish_spin_boxes_write_decimals_with_a_comma(make_window, qtbot):
    try:
        apply_language("tr")
        window = make_window()
        window.open_lesson("dropout-batchnorm")
        boxes = [box for box in window.findChildren(QAbstractSpinBox) if "," in box.text()]
    finally:
        apply_language("en")
    assert boxes, "no decimal number in a spin box was written the Turkish way"


def test_view_language_reopens_the_same_lesson(make_window):
    window = make_window()
    window.open_lesson("sgd")
    assert window.switch_language("tr")
    assert window.reopen is not None and window.reopen.lesson_id == "sgd"
    assert window.settings.value("language") == "tr"
    assert not window.isVisible()
    assert i18n.language() == "en"  # the next window speaks it: main.run_window applies the settings


def test_view_language_keeps_the_window_when_saving_is_cancelled(make_window, scripted):
    window = make_window(scripted)
    window.add_layer("Dense")  # unsaved work
    scripted.unsaved = "cancel"
    assert not window.switch_language("tr")
    assert window.reopen is None and window.isVisible()
    assert window.language_actions["en"].isChecked()


def test_high_contrast_theme_reaches_the_charts(make_window):
    try:
        apply_theme(True)
        window = make_window()
        palette = QApplication.instance().palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        assert base.lightness() < 20 and text.lightness() > 235
        chart_background = window.curves.loss_plot.backgroundBrush().color()
        sheet = QApplication.instance().styleSheet()
    finally:
        apply_theme(False)
    assert chart_background.lightness() < 20
    assert "QCheckBox::indicator" in sheet  # Fusion's own check boxes vanish on black
    assert training_colour(chart_background).lightness() > training_colour(QColor("white")).lightness()
    assert QApplication.instance().styleSheet() == ""


def test_text_follows_the_systems_font_size(make_window):
    app = QApplication.instance()
    original = app.font()
    bigger = app.font()
    bigger.setPointSizeF(original.pointSizeF() * 1.6)
    try:
        app.setFont(bigger)
        window = make_window()
        sizes = [label.font().pointSizeF() for label in window.findChildren(QLabel) if label.isVisible()]
    finally:
        app.setFont(original)
    assert sizes and min(sizes) >= bigger.pointSizeF() * 0.7  # small print stays relative to the system's


def test_start_language_takes_lang_then_the_remembered_choice_then_the_system(tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from nnbuilder.app.language import start_language

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setenv("LANGUAGE", "tr")
    try:
        assert start_language(None, settings) == "tr"  # the system's
        settings.setValue("language", "en")
        assert start_language(None, settings) == "en"  # View → Language remembered
        assert start_language("tr", settings) == "tr"  # --lang
        assert i18n.language() == "tr"
    finally:
        apply_language("en")


def test_qts_own_dialogs_speak_turkish_too():
    from PySide6.QtCore import QCoreApplication

    try:
        apply_language("tr")
        cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
        decimal = QLocale().toString(0.001)
    finally:
        apply_language("en")
    assert cancel == "İptal"
    assert decimal == "0,001"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_turkish_spin_boxes_take_a_typed_point_as_the_decimal_mark(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from nnbuilder.app.panel import _DecimalSpinBox

    try:
        apply_language("tr")
        box = _DecimalSpinBox()
        qtbot.addWidget(box)
        box.setRange(0, 1)
        seen = []
        for typed in ("0.3", "0,25", ".5"):  # the lessons write 0.5; a Turkish keyboard writes 0,5
            box.lineEdit().selectAll()
            QTest.keyClicks(box, typed)
            QTest.keyClick(box, Qt.Key.Key_Return)
            seen.append((box.value(), box.text()))
    finally:
        apply_language("en")
    assert seen == [(0.3, "0,3"), (0.25, "0,25"), (0.5, "0,5")]
