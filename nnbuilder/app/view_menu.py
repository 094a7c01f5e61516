"""The View and Run menus: the window's language, the high-contrast theme, and keys for what a
keyboard user cannot reach by Tab alone: each tab (Ctrl+1…), the layer palette, Train and Stop."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

from ..i18n import LANGUAGES, language, translate
from .language import LANGUAGE_KEY
from .theme import HIGH_CONTRAST_KEY, high_contrast_wanted

if TYPE_CHECKING:
    from .window import MainWindow


@dataclass(frozen=True)
class Reopen:
    """What the window reopens in another language or theme: its project file, or its lesson."""

    path: Path | None
    lesson_id: str | None


class ViewMenuMixin:
    """MainWindow's View menu (a mixin: it reads and changes the window's state)."""

    reopen: Reopen | None = None

    def _build_view_menu(self: MainWindow, bar: QMenuBar) -> None:
        view_menu = bar.addMenu(translate("ViewMenu", "&View"))
        language_menu = view_menu.addMenu(translate("ViewMenu", "&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():  # each language by its own name, so anyone finds theirs
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == language())
            action.setData(code)
            action.triggered.connect(functools.partial(self.switch_language, code))
            group.addAction(action)
            self.language_actions[code] = action
        self.high_contrast_action = view_menu.addAction(translate("ViewMenu", "&High Contrast"))
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(high_contrast_wanted(self.settings))
        self.high_contrast_action.setStatusTip(translate("ViewMenu", "White and yellow on black, for low vision"))
        self.high_contrast_action.toggled.connect(self.switch_high_contrast)
        view_menu.addSeparator()
        # Ctrl+1 … Ctrl+7: the tabs, left to right, each key tied to its page (the Boundary tab comes
        # and goes between Training and Weights: it has Ctrl+8, so the others keep their keys).
        pages = [(self.tabs.widget(index), self.tabs.tabText(index)) for index in range(self.tabs.count())]
        pages.append((self.boundary, translate("TrainingTab", "Boundary")))
        for number, (page, name) in enumerate(pages, start=1):
            action = view_menu.addAction(name.replace("&", ""))
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(functools.partial(self.go_to_tab, page))
        palette_action = view_menu.addAction(translate("ViewMenu", "Layer &Palette"))
        palette_action.setShortcut(QKeySequence("Ctrl+L"))
        palette_action.setStatusTip(translate("ViewMenu", "Move the keyboard focus to the layers, to add one with Enter"))
        palette_action.triggered.connect(self._focus_palette)
        self._build_run_menu(bar)

    def _build_run_menu(self: MainWindow, bar: QMenuBar) -> None:
        run_menu = bar.addMenu(translate("ViewMenu", "&Run"))
        self.train_action = run_menu.addAction(translate("ViewMenu", "&Train"))
        self.train_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.train_action.setStatusTip(translate("ViewMenu", "Build the network with fresh random weights and train it"))
        self.train_action.triggered.connect(self._train_key)
        self.stop_action = run_menu.addAction(translate("ViewMenu", "&Stop"))
        self.stop_action.setShortcut(QKeySequence("Shift+F5"))
        self.stop_action.setStatusTip(translate("ViewMenu", "Finish the current step and keep the weights trained so far"))
        self.stop_action.setEnabled(False)
        self.stop_action.triggered.connect(self._stop_key)
        self.training.running_changed.connect(self._run_keys_follow)

    @Slot(bool)
    def _run_keys_follow(self: MainWindow, running: bool) -> None:
        self.train_action.setEnabled(not running)
        self.stop_action.setEnabled(running)

    @Slot()
    def _train_key(self: MainWindow) -> None:
        self.start_training()

    @Slot()
    def _stop_key(self: MainWindow) -> None:
        self.training.stop()

    def go_to_tab(self: MainWindow, page: QWidget, _checked: bool = False) -> None:
        """Show ``page`` and put the keyboard on its first control (nothing when it is not shown,
        as the Boundary tab for data without two inputs and two classes)."""
        if self.tabs.indexOf(page) < 0:
            self.statusBar().showMessage(translate("ViewMenu", "This page is not shown for this project."), 4000)
            return
        self.tabs.setCurrentWidget(page)
        first = page.nextInFocusChain()  # the page's first control that Tab would reach
        while first is not page and not (page.isAncestorOf(first) and _takes_tab_focus(first)):
            first = first.nextInFocusChain()
        (first if first is not page else self.tabs.tabBar()).setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _focus_palette(self: MainWindow) -> None:
        self.palette_dock.show()
        self.palette.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def switch_language(self: MainWindow, code: str, _checked: bool = False) -> bool:
        """Remember ``code``, then reopen the window in it with the same project. False when the
        user cancelled (the choice still holds from the next start)."""
        self.settings.setValue(LANGUAGE_KEY, code)
        if code == language():
            return False
        if not self._reopen_window():
            self.language_actions[language()].setChecked(True)
            return False
        return True

    def switch_high_contrast(self: MainWindow, wanted: bool) -> bool:
        """Remember the theme, then reopen the window in it with the same project."""
        self.settings.setValue(HIGH_CONTRAST_KEY, wanted)
        return self._reopen_window()

    def _reopen_window(self: MainWindow) -> bool:
        """Close this window so that the program opens it again with the same project, in the
        language and theme the settings now hold. Unsaved work is saved or discarded first, as when
        opening another project; False when the user cancelled."""
        self.settings.sync()
        if not self.maybe_save():
            return False
        lesson_id = self.lesson.id if self.lesson is not None and self.document.path is None else None
        self.reopen = Reopen(self.document.path, lesson_id)
        self.close()
        return True


def _takes_tab_focus(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
