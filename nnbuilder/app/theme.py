"""The high-contrast theme: white and yellow on black, for students with low vision.

The window's charts, diagram and code view take their colours from the palette when they are
built, so the theme is applied before a window is made (at start, or when View → High Contrast
reopens the window)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

HIGH_CONTRAST_KEY = "high_contrast"
_BLACK, _WHITE, _YELLOW, _CYAN, _GREY = "#000000", "#ffffff", "#ffff00", "#00ffff", "#c0c0c0"
_default_style: list[str] = []  # the platform's own style, to go back to


# Fusion draws check boxes and field frames in shades of the window colour, which vanish on black:
# give them white edges, a yellow tick, and a yellow ring on whatever has the keyboard focus.
HIGH_CONTRAST_SHEET = """
QCheckBox::indicator, QGroupBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {
    width: 13px; height: 13px; border: 2px solid #ffffff; background: #000000; }
QRadioButton::indicator { border-radius: 8px; }
QCheckBox::indicator:checked, QGroupBox::indicator:checked, QRadioButton::indicator:checked,
QAbstractItemView::indicator:checked { background: #ffff00; }
QCheckBox::indicator:disabled, QGroupBox::indicator:disabled { border-color: #808080; }
QCheckBox::indicator:checked:disabled, QGroupBox::indicator:checked:disabled { background: #808080; }
QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QTextBrowser, QAbstractItemView {
    border: 1px solid #ffffff; }
QPushButton, QToolButton { border: 1px solid #ffffff; padding: 3px 8px; }
QPushButton:disabled, QToolButton:disabled { border-color: #808080; }
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus,
QAbstractItemView:focus, QPushButton:focus, QToolButton:focus, QCheckBox:focus, QTabBar::tab:focus {
    border: 2px solid #ffff00; }
"""


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, _BLACK), (roles.Base, _BLACK), (roles.AlternateBase, "#1a1a1a"), (roles.Button, _BLACK),
        (roles.WindowText, _WHITE), (roles.Text, _WHITE), (roles.ButtonText, _WHITE), (roles.BrightText, _YELLOW),
        (roles.Highlight, _YELLOW), (roles.HighlightedText, _BLACK), (roles.Link, _CYAN), (roles.LinkVisited, _CYAN),
        (roles.ToolTipBase, _BLACK), (roles.ToolTipText, _WHITE), (roles.PlaceholderText, _GREY),
        (roles.Light, _WHITE), (roles.Midlight, _GREY), (roles.Mid, _GREY), (roles.Dark, _WHITE), (roles.Shadow, _WHITE),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):  # disabled controls stay readable
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_GREY))
    return palette


def high_contrast_wanted(settings: QSettings) -> bool:
    return str(settings.value(HIGH_CONTRAST_KEY, "false")).lower() in ("true", "1")


def apply_theme(high_contrast: bool) -> None:
    """Fusion draws every control from the palette (native styles may not), so the high-contrast
    theme uses it; turning the theme off goes back to the platform's own style and palette."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not _default_style:
        _default_style.append(app.style().name())
    if high_contrast:
        app.setStyle("Fusion")
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(HIGH_CONTRAST_SHEET)
    else:
        app.setStyleSheet("")
        app.setStyle(_default_style[0])
        app.setPalette(app.style().standardPalette())
