"""The window's files: new, open, save, recent, lessons, trained weights kept beside a project,
lab reports, model export and import, and opening any .keras file to look inside.

Everything that touches a model goes to the engine thread as a job; the answers come back with the
project generation they were asked for and are dropped if another project was opened meanwhile.
"""

from __future__ import annotations

import dataclasses
import functools
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from ..engine import classroom_jobs, jobs
from ..engine.lessons import (
    Lesson,
    apply_change,
    describe_change,
    lesson_from_notes,
    load_lesson,
)
from ..engine.model_import import trained_path
from ..i18n import translate
from ..spec import NNBuilderError, Project, SpecError, load_project
from ..spec.io import PROJECT_SUFFIX, safe_file_name
from .race_control import RACE_NOTE
from .training_tab import runs_file, write_runs

if TYPE_CHECKING:
    from ..engine.model_import import ImportedModel
    from ..engine.reporting import TrainResult
    from ..engine.weights import WeightTensor
    from .recovery import LostWork
    from .window import MainWindow

MAX_RECENT = 8


def project_filter() -> str:
    """The file dialogs' filter for project files; only its words are translated."""
    projects, everything = translate("ProjectFiles", "nnbuilder projects"), translate("ProjectFiles", "All files")
    return f"{projects} (*{PROJECT_SUFFIX});;{everything} (*)"


def model_filter() -> str:
    """The file dialogs' filter for Keras model files."""
    models, everything = translate("ProjectFiles", "Keras models"), translate("ProjectFiles", "All files")
    return f"{models} (*.keras);;{everything} (*)"


class ProjectFilesMixin:
    """MainWindow's file commands (a mixin: they read and change the window's state)."""

    def maybe_save(self: MainWindow) -> bool:
        """True when it is fine to drop the current project (saved, discarded or unchanged).

        Training runs of a project with no file yet (a lesson, an untitled project) count as
        unsaved work too: they are kept only when the project is saved."""
        self.assignment_panel.store_answers()  # an answer typed a moment ago is unsaved work too
        runs_only_in_memory = bool(self.session.runs) and runs_file(self.document.path) is None
        if not self.document.dirty and not runs_only_in_memory:
            return True
        answer = self.dialogs.unsaved_changes(self.document.display_name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new_project(self: MainWindow) -> None:
        if self.maybe_save():
            from .window import starter_project

            self._show_project(starter_project(), None)
            self.tabs.setCurrentWidget(self.network_page)

    def open_project(self: MainWindow, path: Path | None = None) -> bool:
        """Open a project file; a bad file shows why and leaves the current project as it was."""
        if not self.maybe_save():
            return False
        path = path or self.dialogs.open_path(translate("ProjectFiles", "Open project"), self._base_dir(), project_filter())
        if path is None:
            return False
        try:
            project = load_project(path)
        except SpecError as error:
            self.dialogs.error(translate("ProjectFiles", "Cannot open project"), str(error))
            return False
        path = Path(path).resolve()
        self._show_project(project, path, self._lesson_of(project))
        self._remember_recent(path)
        self.tabs.setCurrentWidget(self.network_page)
        self._restore_trained(project, path)
        return True

    def open_lesson(self: MainWindow, lesson_id: str) -> bool:
        """Open a built-in lesson as an untitled copy (the shipped files stay as they are)."""
        if not self.maybe_save():
            return False
        try:
            lesson = load_lesson(lesson_id)
        except NNBuilderError as error:
            self.dialogs.error(translate("ProjectFiles", "Cannot open lesson"), str(error))
            return False
        project = lesson.project.copy()  # edits must not change the lesson's start
        project.lesson = lesson.id  # saved with the student's file, so its notes come back with it
        self._show_project(project, None, lesson)
        self.tabs.setCurrentWidget(self.network_page)
        return True

    def _lesson_of(self: MainWindow, project: Project) -> Lesson | None:
        """The lesson a saved project carries ("notes") or started from (a built-in one), for its notes and steps."""
        if project.lesson is None and project.notes is None:
            return None
        try:
            return load_lesson(project.lesson) if project.notes is None else lesson_from_notes(project)
        except NNBuilderError as error:
            self.statusBar().showMessage(
                translate("ProjectFiles", "The project's lesson cannot be shown: {error}").format(error=error), 8000
            )
            return None

    def apply_lesson_step(self: MainWindow, change: dict) -> None:
        """The lesson's start plus this step, as one undo step: each step then produces what its text
        promises, whichever steps (or edits) came before it."""
        start = self.lesson.project if self.lesson is not None else self.document.project
        try:
            changed = apply_change(start, change)
        except NNBuilderError as error:
            self.dialogs.error(translate("ProjectFiles", "Cannot apply this step"), str(error))
            return
        self.document.replace_contents(
            changed, translate("ProjectFiles", "Apply lesson step: {step}").format(step=describe_change(change))
        )

    # Crash recovery ---------------------------------------------------------------------------
    def offer_lost_work(self: MainWindow) -> bool:
        """After a crash: offer each copy of unsaved work back. One restored copy opens here, as
        unsaved changes over the file it came from (Undo shows what was on disk); the others wait."""
        for lost in self.recovery.store.lost():
            answer = self.dialogs.recover(lost.describe())
            if answer == "discard":
                self.recovery.store.remove(lost.key)
            elif answer == "restore":
                self._restore_lost(lost)
                return True
        return False

    def _restore_lost(self: MainWindow, lost: LostWork) -> None:
        base = Project(title=lost.title)
        if lost.original is not None and lost.original.is_file():
            try:
                base = load_project(lost.original)
            except SpecError:
                pass  # the file on disk is broken: the copy alone is what there is
        original = lost.original if lost.original is not None and lost.original.parent.is_dir() else None
        self._show_project(base, original)
        self.document.replace_contents(lost.project, translate("ProjectFiles", "Recover unsaved work"))
        self.recovery.store.remove(lost.key)
        self.statusBar().showMessage(translate("ProjectFiles", "Restored the unsaved work; save it to keep it."), 8000)

    # Trained weights kept beside the project ------------------------------------------------
    def _restore_trained(self: MainWindow, project: Project, path: Path) -> None:
        """Reopening a project shows its trained state when its weights were kept beside it."""
        if not trained_path(path).exists():
            return
        # The kept weights are the last run's that trained this model: a race's copies kept no model.
        runs = [run for run in self.session.runs if not run.note.startswith(RACE_NOTE)]
        epochs_done = runs[-1].first_epoch - 1 + len(runs[-1].history.get("loss", [])) if runs else 0
        work = functools.partial(jobs.restore_trained, owner=self.engine.owner, project=project.copy(),
                                 project_path=path, epochs_done=epochs_done)  # fmt: skip
        self.engine.submit(work, self._trained_restored, self._trained_not_restored)

    def _trained_not_restored(self: MainWindow, message: str) -> None:
        self.statusBar().showMessage(
            translate("ProjectFiles", "The kept trained weights were not loaded: {message}").format(message=message), 8000
        )

    def _trained_restored(self: MainWindow, restored: jobs.Restored) -> None:
        """Every view shows the kept model: Training says so and draws its last run, Weights shows it,
        Boundary draws it, Predictions use it."""
        summary = restored.summary
        kept = trained_path(self.document.path).name if self.document.path else translate("ProjectFiles", "the kept weights")
        if summary.epochs_done:
            text = translate(
                "ProjectFiles", "Trained after {epochs} epochs: the weights kept in {kept} are loaded. Continue trains them on."
            ).format(epochs=summary.epochs_done, kept=kept)
        else:
            text = translate(
                "ProjectFiles", "Trained: the weights kept in {kept} are loaded. Continue trains them on."
            ).format(kept=kept)
        self.training_controls.reset(text)
        self.session.restored(summary, restored.tensors)
        self.training_tab.run_list.check_newest()
        if restored.boundary is not None:
            grid, probabilities = restored.boundary
            self.boundary.set_grid(grid.xs, grid.ys, probabilities)
        self.statusBar().showMessage(translate("ProjectFiles", "Loaded the trained weights kept beside the project."), 8000)

    def _last_result(self: MainWindow) -> TrainResult | None:
        """How the kept model came about: this session's last run or, after reopening the project and
        its kept weights, the last kept run."""
        if self.session.result is not None:
            return self.session.result
        return self.session.runs[-1].train_result() if self.session.runs and self.session.trained is not None else None

    def _trained_or_explain(self: MainWindow) -> bool:
        if self.session.trained is None or self._last_result() is None:
            self.dialogs.error(
                translate("ProjectFiles", "Nothing trained yet"),
                translate("ProjectFiles", "Train the network first (Training tab → Train)."),
            )
            return False
        return True

    def _say_done(self: MainWindow, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _could_not_finish(self: MainWindow, message: str) -> None:
        self.dialogs.error(translate("ProjectFiles", "Could not finish"), message)

    def _file_job(self: MainWindow, work: functools.partial[str]) -> None:
        """A file written from the trained model; its news is worth hearing even after another project opened."""
        self.engine.submit(work, self._say_done, self._could_not_finish, keep_when_stale=True)

    def save_report(self: MainWindow, path: Path | None = None) -> None:
        if not self._trained_or_explain():
            return
        suggestion = Path(self._base_dir() or ".") / safe_file_name(self.document.project.title, ".html")
        path = path or self.dialogs.save_path(translate("ProjectFiles", "Save lab report"), suggestion, "HTML (*.html)")
        if path is not None:
            self.assignment_panel.store_answers()
            work = functools.partial(
                classroom_jobs.write_lab_report, owner=self.engine.owner, path=path, result=self._last_result(),
                student=self.student_name(), runs=list(self.session.runs), answers=list(self.document.project.answers),
            )  # fmt: skip
            self._file_job(work)

    def export_model(self: MainWindow, path: Path | None = None) -> None:
        if not self._trained_or_explain():
            return
        path = path or self.dialogs.save_path(translate("ProjectFiles", "Export trained model"),
                                              Path(self._base_dir() or ".") / "model.keras", model_filter())  # fmt: skip
        if path is None:
            return
        path = path if path.suffix == ".keras" else path.with_suffix(".keras")
        self._file_job(functools.partial(jobs.export_model, owner=self.engine.owner, path=path))

    def import_model(self: MainWindow, path: Path | None = None) -> None:
        """A .keras model built from catalogue layers becomes an editable, untitled project."""
        if not self.maybe_save():
            return
        path = path or self.dialogs.open_path(translate("ProjectFiles", "Import model"), self._base_dir(), model_filter())
        if path is not None:
            self.engine.submit(functools.partial(jobs.import_model, path=path), self._model_imported,
                               self._could_not_finish)  # fmt: skip

    def _model_imported(self: MainWindow, imported: ImportedModel) -> None:
        self._show_project(imported.project, None)
        self.input_spin.setValue(imported.input_width)
        self.document.set_input_width(imported.input_width)
        self.tabs.setCurrentWidget(self.network_page)
        self.statusBar().showMessage(
            translate("ProjectFiles", "Imported the model's layers; choose its data in the Data tab."), 8000
        )

    def open_model(self: MainWindow, path: Path | None = None) -> None:
        """Show every weight of a .keras file in the Weights tab (read-only; Keras loads on the engine thread)."""
        path = path or self.dialogs.open_path(translate("ProjectFiles", "Open model"), self._base_dir(), model_filter())
        if path is None:
            return
        self.statusBar().showMessage(translate("ProjectFiles", "Loading {name}…").format(name=path.name))
        self.engine.submit(functools.partial(jobs.model_weights, path=path), self._model_loaded,
                           lambda message: self.dialogs.error(translate("ProjectFiles", "Cannot open model"), message),
                           keep_when_stale=True)  # fmt: skip

    def _model_loaded(self: MainWindow, loaded: tuple[str, list[WeightTensor]]) -> None:
        name, tensors = loaded
        self.inspector.show_model(tensors, name)
        self.tabs.setCurrentWidget(self.weights_tab)
        self.statusBar().showMessage(
            translate("ProjectFiles", "{name}: {count} weight tensors").format(name=name, count=len(tensors)), 8000
        )

    # Saving -----------------------------------------------------------------------------------
    def save(self: MainWindow) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self: MainWindow) -> bool:
        title = self.document.project.title
        suggestion = self.document.path or Path(self._base_dir() or ".") / safe_file_name(title, PROJECT_SUFFIX)
        path = self.dialogs.save_path(translate("ProjectFiles", "Save project"), suggestion, project_filter())
        if path is None:
            return False
        return self._save_to(path if path.suffix else path.with_suffix(PROJECT_SUFFIX))

    def save_with_data(self: MainWindow) -> bool:
        """Save As, with the data table copied beside the project: the folder is all a copy needs."""
        data = self.document.project.data
        if data.is_builtin or not data.source.strip():
            return self.save_as()
        from ..engine.data import source_path

        table = source_path(data, self._base_dir())
        if not table.is_file():
            self.dialogs.error(
                translate("ProjectFiles", "Cannot copy the data"),
                translate("ProjectFiles", "{table} does not exist; choose the data again in the Data tab").format(table=table),
            )
            return False
        suggestion = Path(self._base_dir() or ".") / safe_file_name(self.document.project.title, PROJECT_SUFFIX)
        path = self.dialogs.save_path(translate("ProjectFiles", "Save project with its data"), suggestion, project_filter())
        if path is None:
            return False
        path = path if path.suffix else path.with_suffix(PROJECT_SUFFIX)
        copy = path.with_name(table.name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if copy.resolve() != table.resolve():
                shutil.copyfile(table, copy)
        except OSError as error:
            self.dialogs.error(
                translate("ProjectFiles", "Cannot copy the data"),
                translate("ProjectFiles", "{name} could not be copied to {folder} ({reason}); choose another folder").format(
                    name=table.name, folder=path.parent, reason=error.strerror or error
                ),
            )
            return False
        self.document.set_section("data", dataclasses.replace(data, source=str(copy)))
        return self._save_to(path)

    def _save_to(self: MainWindow, path: Path) -> bool:
        from ..engine.outputs import relocated

        self.assignment_panel.store_answers()
        previous_source = self.document.project.data.source
        # The data path is written as seen from the file's folder: relative where the data is near.
        self.document.project.data.source = relocated(self.document.project, self._base_dir(), path.parent).data.source
        try:
            self.document.save(path)
        except OSError as error:
            self.document.project.data.source = previous_source
            self.dialogs.error(
                translate("ProjectFiles", "Cannot save project"),
                translate(
                    "ProjectFiles",
                    "{path} could not be written ({reason}); your work is kept in the window: "
                    "choose another folder with Save As",
                ).format(path=path, reason=error.strerror or error),
            )
            return False
        self._remember_recent(path.resolve())
        self.statusBar().showMessage(translate("ProjectFiles", "Saved {path}").format(path=path), 5000)
        problem = write_runs(path, self.session.runs)  # the runs so far go with the project, wherever it is saved
        if problem:
            self.dialogs.error(translate("ProjectFiles", "Runs not saved"), problem)
        if self.session.trained is not None and self.training.can_continue(self.document.project) is None:
            self._file_job(functools.partial(jobs.keep_trained_weights, owner=self.engine.owner, project_path=path))
        return True

    # Recent files -----------------------------------------------------------------------------
    def recent_files(self: MainWindow) -> list[str]:
        value = self.settings.value("recent_projects", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember_recent(self: MainWindow, path: Path) -> None:
        recent = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        self.settings.setValue("recent_projects", recent[:MAX_RECENT])
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self: MainWindow) -> None:
        self.recent_menu.clear()
        for name in self.recent_files():
            action = self.recent_menu.addAction(name)
            action.triggered.connect(functools.partial(self._open_recent, name))
        self.recent_menu.setEnabled(bool(self.recent_files()))

    def _open_recent(self: MainWindow, name: str, _checked: bool = False) -> None:
        self.open_project(Path(name))

    def _show_lesson_dock(self: MainWindow, visible: bool) -> None:
        self.lesson_dock.setVisible(visible)
        if visible:
            self.resizeDocks([self.lesson_dock], [280], Qt.Orientation.Horizontal)
