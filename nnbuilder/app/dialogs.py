"""Every question the window asks the person, in one object the window is given.

The window never opens a dialog itself: it asks its ``Dialogs``. Tests give it a ``ScriptedDialogs``
with the answers written down, and headless runs (``--screenshot``) one that prints problems as
``error:`` lines, instead of patching methods on the window (which also made reference cycles).
"""

from __future__ import annotations

import sys
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ..i18n import translate

if TYPE_CHECKING:
    from ..spec import Project
    from .make_assignment import AssignmentAnswer

UnsavedAnswer = Literal["save", "discard", "cancel"]
RecoveryAnswer = Literal["restore", "discard", "later"]


class Dialogs:
    """The real dialogs, parented to the window that asks."""

    def __init__(self) -> None:
        self._parent: weakref.ref[QWidget] | None = None

    # A weak reference: the window holds its dialogs, so a strong one back would be a cycle.
    @property
    def parent(self) -> QWidget | None:
        return None if self._parent is None else self._parent()

    @parent.setter
    def parent(self, widget: QWidget | None) -> None:
        self._parent = None if widget is None else weakref.ref(widget)

    def unsaved_changes(self, name: str) -> UnsavedAnswer:
        answer = QMessageBox.question(
            self.parent,
            translate("Dialogs", "Unsaved changes"),
            translate("Dialogs", "{name} has changes that are not saved. Save them first?").format(name=name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        return "discard" if answer == QMessageBox.StandardButton.Discard else "cancel"

    def open_path(self, title: str, folder: Path | None, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, title, str(folder or ""), file_filter)
        return Path(name) if name else None

    def save_path(self, title: str, suggestion: Path, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggestion), file_filter)
        return Path(name) if name else None

    def folder_path(self, title: str, folder: Path | None) -> Path | None:
        name = QFileDialog.getExistingDirectory(self.parent, title, str(folder or ""))
        return Path(name) if name else None

    def text(self, title: str, label: str, text: str = "") -> str | None:
        """One line of text, such as the student's name; None when cancelled."""
        answer, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal, text)
        return answer if ok else None

    def assignment(self, project: Project) -> AssignmentAnswer | None:
        """The teacher's assignment made from ``project``; None when cancelled."""
        from .make_assignment import MakeAssignmentDialog

        dialog = MakeAssignmentDialog(project, self.parent)
        try:
            return dialog.answer() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.parent, title, message)

    def info(self, title: str, rich_text: str) -> None:
        QMessageBox.information(self.parent, title, rich_text)

    def recover(self, description: str) -> RecoveryAnswer:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Dialogs", "Recover unsaved work"))
        box.setText(translate("Dialogs", "nnbuilder closed without saving {work}.").format(work=description))
        box.setInformativeText(translate("Dialogs", "Restore it now, or discard it for good?"))
        restore = box.addButton(translate("Dialogs", "Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(translate("Dialogs", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(translate("Dialogs", "Decide later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        return "restore" if clicked is restore else "discard" if clicked is discard else "later"


class ConsoleDialogs(Dialogs):
    """No one is there to answer (``--screenshot``, ``--train --quit``): problems become error lines."""

    def unsaved_changes(self, name: str) -> UnsavedAnswer:
        return "discard"

    def open_path(self, title: str, folder: Path | None, file_filter: str) -> Path | None:
        return None

    def save_path(self, title: str, suggestion: Path, file_filter: str) -> Path | None:
        return None

    def folder_path(self, title: str, folder: Path | None) -> Path | None:
        return None

    def text(self, title: str, label: str, text: str = "") -> str | None:
        return None

    def assignment(self, project: Project) -> AssignmentAnswer | None:
        return None

    def error(self, title: str, message: str) -> None:
        print("error: " + " ".join(message.split()), file=sys.stderr)

    def info(self, title: str, rich_text: str) -> None:
        pass

    def recover(self, description: str) -> RecoveryAnswer:
        return "later"


@dataclass
class ScriptedDialogs(Dialogs):
    """Answers written down in advance; every error shown is kept in ``errors``."""

    unsaved: UnsavedAnswer = "discard"
    paths: list[Path] = field(default_factory=list)  # handed out in order to open and save questions
    recovery: RecoveryAnswer = "restore"
    errors: list[str] = field(default_factory=list)
    error_titles: list[str] = field(default_factory=list)  # the title of each error, in the same order
    asked: list[str] = field(default_factory=list)
    shown: list[tuple[str, str]] = field(default_factory=list)  # (title, text) of information shown
    texts: list[str] = field(default_factory=list)  # handed out in order to text questions (a name)
    assignments: list[AssignmentAnswer] = field(default_factory=list)  # handed out to "Make assignment…"

    def __post_init__(self) -> None:
        super().__init__()

    def unsaved_changes(self, name: str) -> UnsavedAnswer:
        self.asked.append(f"unsaved: {name}")
        return self.unsaved

    def open_path(self, title: str, folder: Path | None, file_filter: str) -> Path | None:
        self.asked.append(title)
        return self.paths.pop(0) if self.paths else None

    def save_path(self, title: str, suggestion: Path, file_filter: str) -> Path | None:
        self.asked.append(f"{title}: {suggestion.name}")
        return self.paths.pop(0) if self.paths else None

    def folder_path(self, title: str, folder: Path | None) -> Path | None:
        self.asked.append(title)
        return self.paths.pop(0) if self.paths else None

    def text(self, title: str, label: str, text: str = "") -> str | None:
        self.asked.append(title)
        return self.texts.pop(0) if self.texts else None

    def assignment(self, project: Project) -> AssignmentAnswer | None:
        self.asked.append("make assignment")
        return self.assignments.pop(0) if self.assignments else None

    def error(self, title: str, message: str) -> None:
        self.errors.append(message)
        self.error_titles.append(title)

    def recover(self, description: str) -> RecoveryAnswer:
        self.asked.append(f"recover: {description}")
        return self.recovery

    def info(self, title: str, rich_text: str) -> None:
        self.shown.append((title, rich_text))
