"""The student's side of an assignment, in a dock like the lesson's: the instructions, the goal and
the limits, who is handing in, the goal's verdict after training, Hand In…, and the questions with
a box for each answer."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..engine.lessons import markdown_html
from ..i18n import translate, translate_marked
from ..spec import Project
from ..spec.assignment import LOCK_WORDS

MET, NOT_YET, WAITING = "#1a7f37", "#9a6700", "#59636e"
ANSWER_PAUSE_MS = 400  # an answer is stored when typing pauses (and before any save)


class AssignmentPanel(QWidget):
    hand_in_clicked = Signal()
    change_name_clicked = Signal()
    answer_edited = Signal(int, str)  # question number (from 0), the whole answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.instructions = QTextBrowser()
        self.instructions.setAccessibleName(translate("AssignmentPanel", "Instructions"))
        self.instructions.setOpenExternalLinks(False)
        self.goal = QLabel()
        self.goal.setWordWrap(True)
        self.goal.setAccessibleName(translate("AssignmentPanel", "Goal and limits"))
        self.student = QLabel()
        self.student.setAccessibleName(translate("AssignmentPanel", "Student"))
        self.change_name = QPushButton(translate("AssignmentPanel", "Change &Name…"))
        self.change_name.clicked.connect(self.change_name_clicked)
        name_row = QHBoxLayout()
        name_row.addWidget(self.student, 1)
        name_row.addWidget(self.change_name)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(translate("AssignmentPanel", "Goal verdict"))
        self.verdict.setFrameShape(QFrame.Shape.StyledPanel)
        self.hand_in = QPushButton(translate("AssignmentPanel", "&Hand In…"))
        self.hand_in.setToolTip(
            translate("AssignmentPanel", "Write the trained run (model, curves, result and report) into a folder for the teacher")
        )
        self.hand_in.clicked.connect(self.hand_in_clicked)

        self._questions_body = QWidget()
        self._questions_layout = QVBoxLayout(self._questions_body)
        self._questions_layout.setContentsMargins(0, 0, 4, 0)
        self.answer_boxes: list[QPlainTextEdit] = []
        self.questions_scroll = QScrollArea()
        self.questions_scroll.setAccessibleName(translate("AssignmentPanel", "Questions"))
        self.questions_scroll.setWidgetResizable(True)
        self.questions_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.questions_scroll.setWidget(self._questions_body)
        self._pending: dict[int, str] = {}
        self._answer_timer = QTimer(self)
        self._answer_timer.setSingleShot(True)
        self._answer_timer.setInterval(ANSWER_PAUSE_MS)
        self._answer_timer.timeout.connect(self.store_answers)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.instructions, 2)
        layout.addWidget(self.goal)
        layout.addLayout(name_row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.hand_in)
        layout.addWidget(self.questions_scroll, 2)

    def show_assignment(self, project: Project, student: str) -> None:
        """The project's assignment and questions; a project with questions but no assignment
        shows only its questions."""
        assignment = project.assignment
        self.title.setText(html.escape(project.title))
        for widget in (self.instructions, self.goal, self.student, self.change_name, self.verdict, self.hand_in):
            widget.setVisible(assignment is not None)
        self._fill_questions(project.questions, project.answers)
        if assignment is None:
            return
        nothing = html.escape(translate("AssignmentPanel", "No instructions."))
        self.instructions.setHtml(markdown_html(assignment.instructions) or f"<p>{nothing}</p>")
        self.goal.setText("<br>".join(f"<b>{heading}</b>: {html.escape(text)}" for heading, text in assignment.rules()))
        self.set_student(student)
        self.set_verdict(None)

    def set_student(self, student: str) -> None:
        if student:
            self.student.setText(translate("AssignmentPanel", "<b>Student</b>: {name}").format(name=html.escape(student)))
        else:
            self.student.setText(translate("AssignmentPanel", "<b>Student</b>: (no name yet)"))

    def set_verdict(self, sentence: str | None, met: bool = False, waiting: bool = False) -> None:
        """The banner: the goal's verdict of the trained model, or what to do first."""
        if sentence is None:
            sentence, colour = translate("AssignmentPanel", "Train the network to see whether it meets the goal."), WAITING
        else:
            colour = WAITING if waiting else MET if met else NOT_YET
        self.verdict.setText(html.escape(sentence))
        self.verdict.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: 600; padding: 6px; }}")

    def _fill_questions(self, questions: list[str], answers: list[str]) -> None:
        self._answer_timer.stop()
        self._pending.clear()
        while self._questions_layout.count():
            item = self._questions_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.answer_boxes = []
        self.questions_scroll.setVisible(bool(questions))
        if not questions:
            return
        heading = QLabel(translate("AssignmentPanel", "<b>Questions</b>"))
        self._questions_layout.addWidget(heading)
        for number, question in enumerate(questions):
            label = QLabel(f"{number + 1}. {html.escape(question)}")
            label.setWordWrap(True)
            box = QPlainTextEdit(answers[number] if number < len(answers) else "")
            box.setAccessibleName(translate("AssignmentPanel", "Answer to question {number}").format(number=number + 1))
            box.setPlaceholderText(translate("AssignmentPanel", "Your answer"))
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
            box.setTabChangesFocus(True)  # Tab moves on, as in every other field
            box.textChanged.connect(lambda number=number, box=box: self._typed(number, box.toPlainText()))
            label.setBuddy(box)
            self._questions_layout.addWidget(label)
            self._questions_layout.addWidget(box)
            self.answer_boxes.append(box)
        self._questions_layout.addStretch(1)

    def _typed(self, number: int, text: str) -> None:
        self._pending[number] = text
        self._answer_timer.start()

    @Slot()
    def store_answers(self) -> None:
        """Hand every answer typed since the last pause to the window (it also calls this before saving)."""
        self._answer_timer.stop()
        pending, self._pending = self._pending, {}
        for number, text in sorted(pending.items()):
            self.answer_edited.emit(number, text)

    def set_answer(self, number: int, text: str) -> None:
        """Show an answer changed elsewhere (undo), without treating it as typed."""
        if number < len(self.answer_boxes) and self.answer_boxes[number].toPlainText() != text:
            box = self.answer_boxes[number]
            box.blockSignals(True)
            box.setPlainText(text)
            box.blockSignals(False)


def locked_tip(section: str) -> str:
    what = translate_marked("Assignment", LOCK_WORDS[section]) if section in LOCK_WORDS else section
    return translate("AssignmentPanel", "Locked by the assignment ({what}): your teacher set this").format(what=what)

