"""The open project in the window: the spec, its file, its undo history and the layer list model.

Every edit goes through an undo command, and every command changes the spec through the layer
model's own methods, so the list view, the totals and the diagram all hear about it.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..i18n import translate
from ..spec import LayerSpec, Project, save_project
from ..spec.assignment import LOCK_WORDS, section_value
from ..spec.diff import describe_changes
from .layer_model import LayerListModel


def default_layer(class_name: str) -> LayerSpec:
    """A new layer as the palette adds it: the settings a student would start from."""
    starters: dict[str, dict[str, Any]] = {
        "Dense": {"units": 16, "activation": "relu"},
        "Activation": {"activation": "relu"},
        "Dropout": {"rate": 0.3},
        "BatchNormalization": {},
    }
    return LayerSpec(class_name, dict(starters.get(class_name, {})))


UNTITLED = Project().title  # the title a new project has: data, shown in the window's language


def locked_message(section: str) -> str:
    words = LOCK_WORDS.get(section, section)
    return translate(
        "Document", "Your teacher locked {section} in this assignment, so this stays as it is; change what is not locked."
    ).format(section=words)


def _describe_value(value: Any) -> str:
    return translate("Document", "auto") if value is None else f"{value:g}" if isinstance(value, float) else str(value)


class InsertLayers(QUndoCommand):
    def __init__(self, model: LayerListModel, row: int, layers: list[LayerSpec], duplicate: bool = False) -> None:
        names = ", ".join(layer.class_name for layer in layers)
        if duplicate:
            super().__init__(translate("Document", "Duplicate {layers}").format(layers=names))
        else:
            super().__init__(translate("Document", "Add {layers}").format(layers=names))
        self.model, self.row, self.layers = model, row, [copy.deepcopy(layer) for layer in layers]

    def redo(self) -> None:
        self.model.insert_layers(self.row, copy.deepcopy(self.layers))

    def undo(self) -> None:
        self.model.remove_layers(self.row, len(self.layers))


class RemoveLayers(QUndoCommand):
    def __init__(self, model: LayerListModel, rows: list[int]) -> None:
        self.rows = sorted(set(rows))
        self.model = model
        self.removed = [copy.deepcopy(model.layers[row]) for row in self.rows]
        names = ", ".join(layer.class_name for layer in self.removed)
        super().__init__(translate("Document", "Delete {layers}").format(layers=names))

    def redo(self) -> None:
        for row in reversed(self.rows):
            self.model.remove_layers(row, 1)

    def undo(self) -> None:
        for row, layer in zip(self.rows, self.removed):
            self.model.insert_layers(row, [copy.deepcopy(layer)])


class MoveLayer(QUndoCommand):
    """Move one layer from ``source`` so that it lands at index ``target`` of the new order."""

    def __init__(self, model: LayerListModel, source: int, target: int) -> None:
        super().__init__(translate("Document", "Move {layer}").format(layer=model.layers[source].class_name))
        self.model, self.source, self.target = model, source, target

    def redo(self) -> None:
        self.model.move_layer(self.source, self.target)

    def undo(self) -> None:
        self.model.move_layer(self.target, self.source)


class SetLayerSetting(QUndoCommand):
    """Change one argument of one layer; quick successive edits of the same field undo as one."""

    MERGE_ID = 1

    def __init__(self, model: LayerListModel, row: int, name: str, value: Any) -> None:
        self.model, self.row, self.name, self.new = model, row, name, value
        config = model.layers[row].config
        self.had_old, self.old = name in config, config.get(name)
        super().__init__()
        self._update_text()

    def _update_text(self) -> None:
        layer = self.model.layers[self.row].class_name
        old = _describe_value(self.old) if self.had_old else translate("Document", "default")
        self.setText(
            translate("Document", "Change {layer} {setting} {old} → {new}").format(
                layer=layer, setting=self.name, old=old, new=_describe_value(self.new)
            )
        )

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetLayerSetting) or (other.row, other.name) != (self.row, self.name):
            return False
        self.new = other.new
        self._update_text()
        return True

    def redo(self) -> None:
        self.model.set_setting(self.row, self.name, self.new, present=self.new is not None)

    def undo(self) -> None:
        self.model.set_setting(self.row, self.name, self.old, present=self.had_old)


class ReplaceSection(QUndoCommand):
    """Replace the project's whole data or training section (their panels edit them as a unit)."""

    def __init__(self, document: ProjectDocument, section: str, value: Any, text: str) -> None:
        super().__init__(text)
        self.document, self.section = document, section
        self.old, self.new = copy.deepcopy(getattr(document.project, section)), copy.deepcopy(value)

    def redo(self) -> None:
        self.document._set_section(self.section, copy.deepcopy(self.new))

    def undo(self) -> None:
        self.document._set_section(self.section, copy.deepcopy(self.old))


class ReplaceContents(QUndoCommand):
    """Swap the data, layers and training at once (a lesson step may touch all three)."""

    def __init__(self, document: ProjectDocument, project: Project, text: str) -> None:
        super().__init__(text)
        self.document, self.old, self.new = document, document.project.copy(), project.copy()

    def redo(self) -> None:
        self.document._set_contents(self.new.copy())

    def undo(self) -> None:
        self.document._set_contents(self.old.copy())


class SetAnswer(QUndoCommand):
    """The student's answer to one question; typing on in the same answer undoes as one."""

    MERGE_ID = 2

    def __init__(self, document: ProjectDocument, number: int, text: str) -> None:
        super().__init__(translate("Document", "Answer question {number}").format(number=number + 1))
        answers = document.project.answers
        self.document, self.number = document, number
        self.old, self.new = answers[number] if number < len(answers) else "", text

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetAnswer) or other.number != self.number:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.document._set_answer(self.number, self.new)

    def undo(self) -> None:
        self.document._set_answer(self.number, self.old)


class ProjectDocument(QObject):
    """The project being edited, where it lives on disk, and whether it has unsaved changes."""

    changed = Signal()  # the spec changed: redraw totals, diagram, panels
    section_changed = Signal(str)  # "data" or "training" was replaced
    file_changed = Signal()  # path or clean/dirty state changed: retitle the window
    refused = Signal(str)  # an edit an assignment's lock forbids, and why
    answer_changed = Signal(int, str)  # a question's answer, changed by typing, undo or redo

    def __init__(self, project: Project | None = None, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.model = LayerListModel(self)
        self.project = Project()
        self.path: Path | None = None
        self.model.layers_edited.connect(self.changed)
        self.model.move_requested.connect(self.move_layer)
        self.model.insert_requested.connect(self.insert_layer)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.replace(project or Project(title=UNTITLED), path)

    @Slot(bool)
    def _clean_changed(self, _clean: bool) -> None:
        self.file_changed.emit()

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        if self.path:
            return self.path.name
        # The default title is data (saved in the file); the window shows it in its own language.
        return translate("Document", "Untitled") if self.project.title == UNTITLED else self.project.title

    def replace(self, project: Project, path: Path | None) -> None:
        """Show another project (New, Open): a fresh undo history, nothing unsaved."""
        self.project = project
        self.path = path
        self.model.set_layers(project.layers)
        self.undo_stack.clear()
        self.changed.emit()
        self.file_changed.emit()

    def save(self, path: Path | None = None) -> None:
        """Save (atomically) to ``path`` or the current file; OSError reaches the caller."""
        target = path or self.path
        if target is None:
            raise ValueError("save needs a path for a project that was never saved")
        save_project(self.project, target)
        self.path = target
        self.undo_stack.setClean()
        self.file_changed.emit()

    def set_input_width(self, width: int | None) -> None:
        """How many values flow into the first layer: the data's feature count, or typed in."""
        self.model.set_input_width(width)

    # Locks: an assignment's locked sections refuse every edit, whichever view or step asks.
    def broken_lock(self, changed: Project) -> str | None:
        """The locked section ``changed`` would alter ("training.loss"), or None."""
        assignment = self.project.assignment
        if assignment is None or not assignment.locked:
            return None
        before, after = self.project.to_dict(), changed.to_dict()
        return next((s for s in assignment.locked if section_value(before, s) != section_value(after, s)), None)

    def _allowed(self, changed: Project) -> bool:
        section = self.broken_lock(changed)
        if section is not None:
            self.refused.emit(locked_message(section))
        return section is None

    def _layers_allowed(self) -> bool:
        assignment = self.project.assignment
        if assignment is not None and assignment.is_locked("layers"):
            self.refused.emit(locked_message("layers"))
            return False
        return True

    # Edits: each one is an undoable command.
    def set_section(self, section: str, value: Any) -> None:
        """Replace project.data or project.training, undoably, naming what changed."""
        if getattr(self.project, section) == value:
            return
        changed = self.project.copy()
        setattr(changed, section, copy.deepcopy(value))
        if not self._allowed(changed):
            self.section_changed.emit(section)  # the view that asked shows the locked value again
            return
        words = describe_changes(self.project, changed)
        text = translate("Document", "Change {settings}").format(settings=", ".join(words) if words else section)
        self.undo_stack.push(ReplaceSection(self, section, value, text))

    def replace_contents(self, project: Project, text: str) -> None:
        if self._allowed(project):
            self.undo_stack.push(ReplaceContents(self, project, text))

    def set_answer(self, number: int, text: str) -> None:
        answers = self.project.answers
        if number < len(self.project.questions) and (answers[number] if number < len(answers) else "") != text:
            self.undo_stack.push(SetAnswer(self, number, text))

    def _set_answer(self, number: int, text: str) -> None:
        answers = self.project.answers
        answers.extend([""] * (number + 1 - len(answers)))
        answers[number] = text
        while answers and not answers[-1]:  # no trailing empty answers in the file
            answers.pop()
        self.answer_changed.emit(number, text)

    def _set_contents(self, project: Project) -> None:
        self.project.data, self.project.training = project.data, project.training
        self.project.layers = project.layers
        self.model.set_layers(self.project.layers)
        for section in ("data", "training"):
            self.section_changed.emit(section)
        self.changed.emit()

    def _set_section(self, section: str, value: Any) -> None:
        setattr(self.project, section, value)
        self.section_changed.emit(section)
        self.changed.emit()

    def insert_layer(self, row: int, class_name: str) -> None:
        if not self._layers_allowed():
            return
        row = max(0, min(row, len(self.project.layers)))
        self.undo_stack.push(InsertLayers(self.model, row, [default_layer(class_name)]))

    def remove_layers(self, rows: list[int]) -> None:
        if rows and self._layers_allowed():
            self.undo_stack.push(RemoveLayers(self.model, rows))

    def duplicate_layer(self, row: int) -> None:
        if not self._layers_allowed():
            return
        layer = self.project.layers[row]
        self.undo_stack.push(InsertLayers(self.model, row + 1, [layer], duplicate=True))

    def move_layer(self, source: int, target: int) -> None:
        if source != target and 0 <= source < len(self.project.layers) and self._layers_allowed():
            self.undo_stack.push(MoveLayer(self.model, source, target))

    def set_setting(self, row: int, name: str, value: Any) -> None:
        if self.project.layers[row].config.get(name) != value or name not in self.project.layers[row].config:
            if not self._layers_allowed():
                self.changed.emit()  # the panel shows the locked value again
                return
            self.undo_stack.push(SetLayerSetting(self.model, row, name, value))
