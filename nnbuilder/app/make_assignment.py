"""File → Make Assignment…: the teacher writes the instructions, picks the goal and the limits,
ticks what is locked, and may add questions and lesson notes. The open project is the start."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..engine.lessons import lesson_from_notes
from ..i18n import translate, translate_marked
from ..spec import NNBuilderError, Project
from ..spec.assignment import (
    LOCK_WORDS,
    LOCKABLE,
    AssignmentSpec,
    GoalSpec,
    check_assignment,
    goal_metrics,
)
from ..spec.words import sentence

HIGHER_IS_BETTER = ("accuracy", "auc", "precision", "recall")
DEFAULT_LIMIT = 20_000


@dataclass
class AssignmentAnswer:
    """What the teacher filled in."""

    assignment: AssignmentSpec
    questions: list[str] = field(default_factory=list)
    notes: str | None = None

    def applied_to(self, project: Project) -> Project:
        made = project.copy()
        made.assignment = self.assignment
        made.questions = list(self.questions)
        made.answers = []
        made.notes = self.notes
        return made


def _text_box(text: str, placeholder: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class MakeAssignmentDialog(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MakeAssignment", "Make assignment"))
        self.project = project
        start = project.assignment or AssignmentSpec(locked=["data"])
        column = QVBoxLayout(self)
        intro = QLabel(translate("MakeAssignment", "An assignment made from <b>{title}</b>: students open it, train, "
                                 "and hand in. Their results are recomputed from their models when you collect them.")
                       .format(title=project.title))  # fmt: skip
        intro.setWordWrap(True)
        column.addWidget(intro)

        self.instructions = _text_box(
            start.instructions, translate("MakeAssignment", "What should the students do? (Markdown: **bold**, - lists)"), 5
        )
        self.instructions.setAccessibleName(translate("MakeAssignment", "Instructions"))
        form = QFormLayout()
        form.addRow(translate("MakeAssignment", "&Instructions"), self.instructions)

        goal_row = QHBoxLayout()
        self.goal_on = QCheckBox(translate("MakeAssignment", "&Goal"))
        self.metric = QComboBox()
        self.metric.addItems(goal_metrics(project))
        self.metric.setAccessibleName(translate("MakeAssignment", "Goal metric"))
        self.direction = QComboBox()
        self.direction.addItems([translate("MakeAssignment", "at most"), translate("MakeAssignment", "at least")])
        self.direction.setAccessibleName(translate("MakeAssignment", "Goal direction"))
        self.threshold = QDoubleSpinBox()
        self.threshold.setDecimals(4)
        self.threshold.setRange(-1e9, 1e9)
        self.threshold.setAccessibleName(translate("MakeAssignment", "Goal value"))
        for widget in (self.metric, self.direction, self.threshold):
            goal_row.addWidget(widget)
        goal_row.addStretch(1)
        self.metric.currentTextChanged.connect(self._metric_chosen)
        self.goal_on.toggled.connect(self._enable)
        goal = start.goal
        self.goal_on.setChecked(goal is not None)
        if goal is not None and goal.metric in goal_metrics(project):
            self.metric.setCurrentText(goal.metric)
            self.direction.setCurrentIndex(0 if goal.direction == "at_most" else 1)
            self.threshold.setValue(goal.threshold)
        else:
            self._metric_chosen(self.metric.currentText())
        form.addRow(self.goal_on, goal_row)

        self.limit_on = QCheckBox(translate("MakeAssignment", "&Weight limit"))
        self.limit = QSpinBox()
        self.limit.setRange(1, 1_000_000_000)
        self.limit.setGroupSeparatorShown(True)
        self.limit.setValue(start.max_parameters or DEFAULT_LIMIT)
        self.limit.setAccessibleName(translate("MakeAssignment", "Most weights allowed"))
        self.limit_on.setChecked(start.max_parameters is not None)
        self.limit_on.toggled.connect(self._enable)
        form.addRow(self.limit_on, self.limit)
        column.addLayout(form)

        locks = QGroupBox(translate("MakeAssignment", "Locked: students see these but cannot change them"))
        grid = QGridLayout(locks)
        self.lock_boxes: dict[str, QCheckBox] = {}
        for index, section in enumerate(LOCKABLE):
            box = QCheckBox(translate_marked("Assignment", LOCK_WORDS[section]))
            box.setToolTip(translate("MakeAssignment", "\"{section}\" in the project file").format(section=section))
            box.setChecked(section in start.locked)
            grid.addWidget(box, index % 8, index // 8)
            self.lock_boxes[section] = box
        column.addWidget(locks)

        self.questions = _text_box(
            "\n".join(project.questions), translate("MakeAssignment", "One question a line (optional)"), 3
        )
        self.questions.setAccessibleName(translate("MakeAssignment", "Questions"))
        self.notes = _text_box(project.notes or "", translate("MakeAssignment", "Lesson notes in the lessons' Markdown, "
                               "with '## Try this' steps (optional)"), 3)  # fmt: skip
        self.notes.setAccessibleName(translate("MakeAssignment", "Lesson notes"))
        more = QFormLayout()
        more.addRow(translate("MakeAssignment", "&Questions"), self.questions)
        more.addRow(translate("MakeAssignment", "Lesson &notes"), self.notes)
        column.addLayout(more)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828")
        self.problem.hide()
        column.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("MakeAssignment", "Save Assignment…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self._enable()
        self.resize(620, 640)

    def _metric_chosen(self, metric: str) -> None:
        higher = metric.removeprefix("val_") in HIGHER_IS_BETTER
        self.direction.setCurrentIndex(1 if higher else 0)

    def _enable(self) -> None:
        for widget in (self.metric, self.direction, self.threshold):
            widget.setEnabled(self.goal_on.isChecked())
        self.limit.setEnabled(self.limit_on.isChecked())

    def answer(self) -> AssignmentAnswer:
        goal = None
        if self.goal_on.isChecked():
            value = self.threshold.value()
            goal = GoalSpec(self.metric.currentText(), *((value, None) if self.direction.currentIndex() == 0 else (None, value)))
        assignment = AssignmentSpec(
            instructions=self.instructions.toPlainText().strip(),
            goal=goal,
            max_parameters=self.limit.value() if self.limit_on.isChecked() else None,
            locked=[section for section, box in self.lock_boxes.items() if box.isChecked()],
        )
        questions = [line.strip() for line in self.questions.toPlainText().splitlines() if line.strip()]
        notes = self.notes.toPlainText().strip() or None
        return AssignmentAnswer(assignment, questions, notes)

    def accept(self) -> None:
        made = self.answer().applied_to(self.project)
        problems = check_assignment(made)
        try:
            lesson_from_notes(made)
        except NNBuilderError as error:
            problems.append(translate("MakeAssignment", "the lesson notes: {error}").format(error=error))
        if problems:
            self.problem.setText(sentence(problems[0]))
            self.problem.show()
            return
        super().accept()
