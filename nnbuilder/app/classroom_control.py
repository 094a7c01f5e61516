"""The window's classroom: the student's assignment dock, locks, the goal's verdict, Hand In…, and
for the teacher File → Make Assignment… and File → Collect Hand-ins…. The work that touches the
model or the files runs on the engine thread (``engine.classroom_jobs``)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QDockWidget

from ..engine import classroom_jobs
from ..i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from ..spec import Project, save_project
from ..spec.assignment import AssignmentSpec
from ..spec.io import PROJECT_SUFFIX, safe_file_name
from .assignment_panel import AssignmentPanel, locked_tip
from .session import Change

if TYPE_CHECKING:
    from ..engine.classroom import CheckedRun, Verdict
    from .window import MainWindow

STUDENT_SETTING = "classroom/student"
PROJECT_FILTER = QT_TRANSLATE_NOOP("ClassroomControl", "nnbuilder projects (*.nnb)")
TABLE_FILTER = QT_TRANSLATE_NOOP("ClassroomControl", "Class table (*.csv)")
DATA_LOCKS = {  # the data panel's preprocessing fields, by the lock that holds them
    "validation_split": "data.validation_split", "split_seed": "data.split_seed", "scaling": "data.scaling",
    "missing": "data", "stratify": "data", "samples": "data", "noise": "data",
}  # fmt: skip
BATCH_LOCKS = {"batch_size": "training.batch_size", "epochs": "training.epochs", "seed": "training.seed"}


def _locks_of(assignment: AssignmentSpec | None, fields: dict[str, str]) -> dict[str, str]:
    """{field: why} for the fields whose section the assignment locks."""
    if assignment is None:
        return {}
    return {name: locked_tip(section) for name, section in fields.items() if assignment.is_locked(section)}


class ClassroomMixin:
    def _build_classroom(self: MainWindow) -> None:
        panel = self.assignment_panel = AssignmentPanel()
        dock = self.assignment_dock = QDockWidget(translate("ClassroomControl", "Assignment"), self)
        dock.setObjectName("assignment")
        dock.setWidget(panel)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        self.make_assignment_action = self._action(
            translate("ClassroomControl", "Make &Assignment…"), self._make_assignment_clicked, None,
            translate("ClassroomControl",
                      "Turn this project into an assignment: instructions, a goal, limits and locked settings"),
        )  # fmt: skip
        self.collect_action = self._action(
            translate("ClassroomControl", "&Collect Hand-ins…"), self._collect_clicked, None,
            translate("ClassroomControl", "Check every hand-in in a folder and show the class table"),
        )  # fmt: skip
        self.hand_in_action = self._action(
            translate("ClassroomControl", "&Hand In…"), self._hand_in_clicked, None,
            translate("ClassroomControl", "Write the trained run into a folder for the teacher"),
        )  # fmt: skip
        panel.hand_in_clicked.connect(self.hand_in_action.trigger)
        panel.change_name_clicked.connect(self._change_name_clicked)
        panel.answer_edited.connect(self.document.set_answer)
        self.document.answer_changed.connect(panel.set_answer)
        self.document.refused.connect(self._lock_refused)
        for change in (Change.RESET, Change.RUN_STARTED):
            self.session.connect(change, self._verdict_forgotten)
        self.session.connect(Change.TRAINED, self._judge)
        self.session.connect(Change.STEPPED, self._judge)
        self._verdict: Verdict | None = None
        self._collected_from: list[Path] = []  # the folders the class table was collected from

    # Opening a project ------------------------------------------------------------------------
    def _classroom_opened(self: MainWindow, project: Project) -> None:
        """Show the assignment (and its locks) of the project just opened, or hide both."""
        assignment = project.assignment
        if assignment is not None or project.questions:
            if assignment is not None and not self.student_name():
                self._ask_name()
            self.assignment_panel.show_assignment(project, self.student_name())
            self.assignment_dock.setWindowTitle(
                translate("ClassroomControl", "Assignment") if assignment is not None
                else translate("ClassroomControl", "Questions")
            )  # fmt: skip
            self.assignment_dock.show()
            if self.lesson_dock.isVisible():
                self.tabifyDockWidget(self.lesson_dock, self.assignment_dock)
            self.assignment_dock.raise_()
        else:
            self.assignment_dock.hide()
        self.hand_in_action.setEnabled(assignment is not None)
        self._show_locks(assignment)
        self._show_weight_limit()

    def _show_locks(self: MainWindow, assignment: AssignmentSpec | None) -> None:
        def locked(section: str) -> bool:
            return assignment is not None and assignment.is_locked(section)

        self.data_panel.set_locked(
            source=locked_tip("data.source") if locked("data.source") else None,
            roles=locked_tip("data.target") if locked("data.target") or locked("data.features") else None,
            fields=_locks_of(assignment, DATA_LOCKS),
        )  # fmt: skip
        self.training_settings.set_locked({
            part: locked_tip(f"training.{part}")
            for part in ("optimizer", "loss", "metrics", "early_stopping") if locked(f"training.{part}")
        }, _locks_of(assignment, BATCH_LOCKS))  # fmt: skip
        layers = locked_tip("layers") if locked("layers") else None
        self.palette.setEnabled(layers is None)
        self.palette.setToolTip(layers or "")
        self.stack.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if layers else
                                   QAbstractItemView.DragDropMode.DragDrop)  # fmt: skip
        self.stack.setToolTip(layers or "")
        self.panel.set_locked({"*": layers} if layers else {})
        for action in (self.delete_action, self.duplicate_action, self.move_up_action, self.move_down_action):
            action.setVisible(layers is None)

    def _show_weight_limit(self: MainWindow) -> None:
        """'12,345 of 20,000 weights' beside the total, red when over."""
        assignment = self.document.project.assignment
        limit = assignment.max_parameters if assignment is not None else None
        total = self.document.model.total_params()
        if limit is None or total is None:
            self.builder_column.limit_label.hide()
            return
        over = total > limit
        colour = "#c62828" if over else "#1a7f37"
        if over:
            words = translate("ClassroomControl", "{total:,} of {limit:,} weights: over the assignment's limit")
        else:
            words = translate("ClassroomControl", "{total:,} of {limit:,} weights")
        words = words.format(total=total, limit=limit)
        self.builder_column.limit_label.setText(f"<span style='color:{colour}'>{words}</span>")
        self.builder_column.limit_label.show()

    @Slot(str)
    def _lock_refused(self: MainWindow, message: str) -> None:
        self.dialogs.error(translate("ClassroomControl", "Locked by the assignment"), message)

    # The student ------------------------------------------------------------------------------
    def student_name(self: MainWindow) -> str:
        return " ".join(str(self.settings.value(STUDENT_SETTING, "") or "").split())

    def _ask_name(self: MainWindow) -> bool:
        name = self.dialogs.text(translate("ClassroomControl", "Your name"),
                                 translate("ClassroomControl", "Your name, as your teacher should see it on your hand-in:"),
                                 self.student_name())  # fmt: skip
        if name is None or not name.strip():
            return False
        self.settings.setValue(STUDENT_SETTING, " ".join(name.split()))
        self.assignment_panel.set_student(self.student_name())
        return True

    @Slot()
    def _change_name_clicked(self: MainWindow) -> None:
        self._ask_name()

    # The goal's verdict -----------------------------------------------------------------------
    def _verdict_forgotten(self: MainWindow) -> None:
        self._verdict = None
        if self.document.project.assignment is not None:
            running = self.training.running
            self.assignment_panel.set_verdict(translate("ClassroomControl", "Training…") if running else None,
                                              waiting=running)  # fmt: skip

    def _judge(self: MainWindow) -> None:
        trained = self.session.trained
        if self.document.project.assignment is None or trained is None or trained.diverged:
            return
        self.assignment_panel.set_verdict(translate("ClassroomControl", "Measuring the goal on the validation rows…"),
                                          waiting=True)  # fmt: skip
        self.engine.submit(functools.partial(classroom_jobs.judge_trained, owner=self.engine.owner),
                           self._judged, self._not_judged)  # fmt: skip

    def _judged(self: MainWindow, verdict: Verdict) -> None:
        self._verdict = verdict
        self.assignment_panel.set_verdict(
            translate("ClassroomControl", "{verdict} ({weights})").format(
                verdict=verdict.sentence(), weights=verdict.weights_phrase()
            ),
            met=verdict.goal_met,
        )

    def _not_judged(self: MainWindow, message: str) -> None:
        self.assignment_panel.set_verdict(
            translate("ClassroomControl", "The goal could not be measured: {message}").format(message=message)
        )

    # Hand in ----------------------------------------------------------------------------------
    @Slot()
    def _hand_in_clicked(self: MainWindow) -> None:
        self.hand_in()

    def hand_in(self: MainWindow, folder: Path | None = None) -> None:
        """Write the trained run into ``folder``/STUDENT (asked when not given)."""
        if self.document.project.assignment is None:
            self.dialogs.error(translate("ClassroomControl", "Not an assignment"),
                               translate("ClassroomControl", "Only an assignment is handed in; open the assignment file "
                                                             "your teacher gave you."))  # fmt: skip
            return
        if not self._trained_or_explain():
            return
        if not self.student_name() and not self._ask_name():
            return
        folder = folder or self.dialogs.folder_path(
            translate("ClassroomControl", "Hand in: choose the class folder (a share or a USB stick)"), self._base_dir()
        )
        if folder is None:
            return
        self.assignment_panel.store_answers()
        work = functools.partial(
            classroom_jobs.hand_in, owner=self.engine.owner, folder=folder, base_dir=self._base_dir(),
            result=self._last_result(), student=self.student_name(), runs=list(self.session.runs),
            answers=list(self.document.project.answers),
        )  # fmt: skip
        self.engine.submit(work, self._handed_in, self._could_not_finish, keep_when_stale=True)

    def _handed_in(self: MainWindow, answer: tuple[Path, Verdict]) -> None:
        out, verdict = answer
        self.statusBar().showMessage(
            translate("ClassroomControl", "Handed in to {folder}: {verdict}").format(folder=out, verdict=verdict.sentence()),
            10000,
        )
        self.dialogs.info(
            translate("ClassroomControl", "Handed in"),
            translate("ClassroomControl", "Your run is in <b>{folder}</b>.<br>{verdict}").format(
                folder=out, verdict=verdict.sentence()
            ),
        )

    # The teacher ------------------------------------------------------------------------------
    @Slot()
    def _make_assignment_clicked(self: MainWindow) -> None:
        self.make_assignment()

    def make_assignment(self: MainWindow) -> bool:
        """Save the open project as an assignment file, then open that file as a student sees it."""
        answer = self.dialogs.assignment(self.document.project)
        if answer is None:
            return False
        made = answer.applied_to(self.document.project)
        # "Untitled" is the title a project has when nobody named it
        title = made.title if made.title != "Untitled" else translate("ClassroomControl", "Assignment")
        name = translate("ClassroomControl", "{title} assignment").format(title=title)
        suggestion = Path(self._base_dir() or ".") / safe_file_name(name, PROJECT_SUFFIX)
        path = self.dialogs.save_path(translate("ClassroomControl", "Save assignment"), suggestion,
                                      translate_marked("ClassroomControl", PROJECT_FILTER))  # fmt: skip
        if path is None:
            return False
        path = path if path.suffix else path.with_suffix(PROJECT_SUFFIX)
        from ..engine.outputs import relocated

        try:
            save_project(relocated(made, self._base_dir(), path.parent), path)
        except OSError as error:
            self.dialogs.error(
                translate("ClassroomControl", "Cannot save assignment"),
                translate("ClassroomControl", "{path} could not be written ({reason}); choose another folder").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return False
        self.statusBar().showMessage(
            translate("ClassroomControl", "Saved the assignment {path}; give this file (and its data) to the class").format(
                path=path
            ),
            10000,
        )
        return self.open_project(path)

    @Slot()
    def _collect_clicked(self: MainWindow) -> None:
        self.collect_hand_ins()

    def collect_hand_ins(self: MainWindow, folder: Path | None = None, assignment: Path | None = None,
                         table: Path | None = None) -> None:  # fmt: skip
        """Check every hand-in under ``folder`` against the assignment and show the class table."""
        folder = folder or self.dialogs.folder_path(
            translate("ClassroomControl", "Collect hand-ins: the folder they were handed in to"), self._base_dir()
        )
        if folder is None:
            return
        if assignment is None and self.document.project.assignment is not None and self.document.path is not None:
            assignment = self.document.path  # the open assignment is the one to check against
        assignment = assignment or self.dialogs.open_path(
            translate("ClassroomControl", "The assignment to check against"), folder,
            translate_marked("ClassroomControl", PROJECT_FILTER),
        )  # fmt: skip
        if assignment is None:
            return
        table = table or self.dialogs.save_path(
            translate("ClassroomControl", "Save the class table"), folder / "class.csv",
            translate_marked("ClassroomControl", TABLE_FILTER),
        )  # fmt: skip
        if table is None:
            return
        self.statusBar().showMessage(translate("ClassroomControl", "Checking the hand-ins in {folder}…").format(folder=folder))
        self._collected_from = [folder]
        work = functools.partial(classroom_jobs.collect_hand_ins, roots=[folder], out_csv=table,
                                 assignment_path=assignment)  # fmt: skip
        self.engine.submit(work, self._collected, self._could_not_finish, keep_when_stale=True)

    def _collected(self: MainWindow, answer: tuple[list[CheckedRun], Path, Path]) -> None:
        from .class_table import ClassTableDialog

        runs, csv_path, html_path = answer
        self.statusBar().showMessage(
            translate("ClassroomControl", "Wrote {csv} and {page}").format(csv=csv_path, page=html_path), 10000
        )
        self.class_table = ClassTableDialog(runs, self._collected_from, csv_path, html_path, self)
        self.class_table.open_page.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(html_path))))
        self.class_table.show()

