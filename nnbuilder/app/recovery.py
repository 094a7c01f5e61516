"""Crash recovery: unsaved work is copied to the user's data folder within seconds of each change.

Each window writes ``<folder>/<id>.nnb`` (the project as it stands) and ``<id>.json`` (which process
wrote it, the file it came from, its title, when). A save or a clean close removes both. A copy
whose process is gone was left by a crash or a power cut: the next start offers it back. Copies of
a window that is still open (another nnbuilder) are left alone.
"""

from __future__ import annotations

import datetime
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Slot

from ..i18n import translate
from ..spec import NNBuilderError, Project, dumps_project, loads_project
from ..spec.io import write_text_atomic
from .document import ProjectDocument

COPY_EVERY_MS = 5000  # within 10 s of any change, as promised, with room for a slow disk
UNTITLED = Project().title  # the title a new project has: data, shown in the window's language


def recovery_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".nnbuilder") / "recovery"


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # it exists, under another account
    return True


@dataclass(frozen=True)
class LostWork:
    """A copy left behind by a window that did not close cleanly."""

    key: str
    project: Project
    original: Path | None  # the file it was opened from, or None for an untitled project
    title: str
    saved_at: str  # local time, as the person would read it

    def describe(self) -> str:
        where = str(self.original) if self.original else translate("Recovery", "an untitled project")
        title = translate("Recovery", "Untitled") if self.title == UNTITLED else self.title
        return translate("Recovery", "“{title}” ({where}), last copied at {time}").format(
            title=title, where=where, time=self.saved_at
        )


class RecoveryStore:
    """The recovery folder: write, remove and list copies."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or recovery_folder()

    def write(self, key: str, project: Project, original: Path | None) -> None:
        write_text_atomic(self.folder / f"{key}.nnb", dumps_project(project))
        meta = {"pid": os.getpid(), "original": str(original) if original else None, "title": project.title,
                "saved_at": datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S")}  # fmt: skip
        write_text_atomic(self.folder / f"{key}.json", json.dumps(meta))

    def remove(self, key: str) -> None:
        for suffix in (".nnb", ".json"):
            (self.folder / f"{key}{suffix}").unlink(missing_ok=True)

    def lost(self) -> list[LostWork]:
        """Copies whose window's process has ended, oldest first; unreadable ones are skipped."""
        found = []
        for meta_path in sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime):
            key = meta_path.stem
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
                if _process_alive(int(meta["pid"])):
                    continue
                project = loads_project((self.folder / f"{key}.nnb").read_text(encoding="utf-8"))
            except (OSError, ValueError, KeyError, TypeError, NNBuilderError):
                continue
            original = Path(meta["original"]) if meta.get("original") else None
            found.append(LostWork(key, project, original, str(meta.get("title") or UNTITLED), str(meta.get("saved_at"))))
        return found


class AutoCopier(QObject):
    """Copies a document's unsaved changes every few seconds; forgets the copy once saved or closed."""

    def __init__(self, document: ProjectDocument, store: RecoveryStore, interval_ms: int = COPY_EVERY_MS) -> None:
        super().__init__(document)
        self.document, self.store = document, store
        self.key = uuid.uuid4().hex
        self.problem: str | None = None  # why the last copy could not be written
        self._copied_index: int | None = None  # the undo stack's index when last copied
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.copy_now)
        self.timer.start(interval_ms)
        document.file_changed.connect(self._file_changed)

    @Slot()
    def copy_now(self) -> None:
        document = self.document
        if not document.dirty:
            return
        index = document.undo_stack.index()
        if index == self._copied_index:
            return
        try:
            self.store.write(self.key, document.project, document.path)
        except OSError as error:
            self.problem = translate("Recovery", "unsaved changes could not be copied to {folder} ({reason})").format(
                folder=self.store.folder, reason=error.strerror or error
            )
            return
        self.problem = None
        self._copied_index = index

    @Slot()
    def _file_changed(self) -> None:
        if not self.document.dirty:
            self.forget()

    def forget(self) -> None:
        """Saved, reverted or closed cleanly: the copy is no longer needed."""
        self._copied_index = None
        try:
            self.store.remove(self.key)
        except OSError:
            pass
