"""The View menu: the window's language, and the high-contrast theme."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenuBar

from ..i18n import LANGUAGES, language, translate
from .language import LANGUAGE_KEY

if TYPE_CHECKING:
    from .window import MainWindow


@dataclass(frozen=True)
class Reopen:
    """What the window reopens in another language: its project file, or its lesson."""

    language: str
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
            action.triggered.connect(self._language_chosen)
            group.addAction(action)
            self.language_actions[code] = action

    @Slot()
    def _language_chosen(self: MainWindow) -> None:
        self.switch_language(self.sender().data())

    def switch_language(self: MainWindow, code: str) -> bool:
        """Remember ``code``, then reopen the window in it with the same project; unsaved work is
        saved or discarded first, as when opening another project. False when the user cancelled
        (the choice still holds from the next start)."""
        self.settings.setValue(LANGUAGE_KEY, code)
        if code == language():
            return False
        if not self.maybe_save():
            self.language_actions[language()].setChecked(True)
            return False
        lesson_id = self.lesson.id if self.lesson is not None and self.document.path is None else None
        self.reopen = Reopen(code, self.document.path, lesson_id)
        self.close()
        return True
