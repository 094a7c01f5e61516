"""The project as a Python script: what the student takes home, read-only, to copy or save.

The script comes from nnbuilder.engine.export, which reads the data to know its columns, so it is
written only while the view is on screen (and again when the project changes under it); a
hidden Code tab costs nothing, and the window still paints before pandas is imported.
"""

from __future__ import annotations

import keyword
import re
from pathlib import Path

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPalette,
    QShowEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from ..spec import NNBuilderError, Project
from .panel import PROBLEM_COLOR

HINT = QT_TRANSLATE_NOOP(
    "CodeView",
    "The same training in plain pandas, scikit-learn and Keras. Run it with python: it writes "
    "history.csv and model.keras where it runs. The data path is written for where you save it.",
)
SCRIPT_FILTER = QT_TRANSLATE_NOOP("CodeView", "Python scripts (*.py);;All files (*)")

_PREFIX = "[rRbBfF]{0,2}"  # f"...", r"...", b"..."
_TOKENS = QRegularExpression(
    "|".join(
        [
            r"(?<comment>#.*)",
            rf"""(?<triple>{_PREFIX}("{{3}}.*?"{{3}}|'{{3}}.*?'{{3}}))""",
            rf"""(?<open>{_PREFIX}("{{3}}|'{{3}}))""",  # a triple-quoted string that goes on below
            rf"""(?<string>{_PREFIX}("(\\.|[^"\\])*"|'(\\.|[^'\\])*'))""",
            r"(?<number>\b(0[xX][0-9a-fA-F_]+|\d[\d_]*\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)\b)",
            r"(?<word>\b[A-Za-z_]\w*\b)",
        ]
    )
)
_TOKEN_KINDS = ("comment", "triple", "open", "string", "number", "word")
_KEYWORDS = frozenset(keyword.kwlist)
# Block states: which triple quote a line leaves open.
_CLOSED, _IN_DOUBLE, _IN_SINGLE = 0, 1, 2
_QUOTES = {_IN_DOUBLE: '"""', _IN_SINGLE: "'''"}


def _format(color: str, bold: bool, italic: bool) -> QTextCharFormat:
    text_format = QTextCharFormat()
    text_format.setForeground(QColor(color))
    if bold:
        text_format.setFontWeight(QFont.Weight.Bold)
    text_format.setFontItalic(italic)
    return text_format


# (light background, dark background) colours of each kind of token.
COLOURS = {
    "keyword": ("#0033b3", "#6ca8ff"),
    "string": ("#067d17", "#8fd18f"),
    "comment": ("#6a737d", "#9da5ae"),
    "number": ("#b5520b", "#f0a35e"),
}


class PythonHighlighter(QSyntaxHighlighter):
    """Keywords, strings, comments and numbers, in colours readable on the editor's background."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats: dict[str, QTextCharFormat] = {}
        self.set_dark(False)

    def set_dark(self, dark: bool) -> None:
        self.formats = {
            kind: _format(colours[dark], bold=kind == "keyword", italic=kind == "comment")
            for kind, colours in COLOURS.items()
        }
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        start = 0
        self.setCurrentBlockState(_CLOSED)
        state = self.previousBlockState()
        if state in _QUOTES:  # inside a triple-quoted string from an earlier line
            end = text.find(_QUOTES[state])
            if end < 0:
                self.setFormat(0, len(text), self.formats["string"])
                self.setCurrentBlockState(state)
                return
            start = end + 3
            self.setFormat(0, start, self.formats["string"])
        matches = _TOKENS.globalMatch(text, start)
        while matches.hasNext():
            match = matches.next()
            kind = next(name for name in _TOKEN_KINDS if match.capturedLength(name))
            begin, length = match.capturedStart(), match.capturedLength()
            if kind == "open":
                self.setFormat(begin, len(text) - begin, self.formats["string"])
                self.setCurrentBlockState(_IN_DOUBLE if match.captured().endswith('"') else _IN_SINGLE)
                return
            if kind == "word":
                if match.captured() in _KEYWORDS:
                    self.setFormat(begin, length, self.formats["keyword"])
            else:
                self.setFormat(begin, length, self.formats["string" if kind == "triple" else kind])


def script_file_name(project: Project) -> str:
    """A file name from the project's title: "Red wine quality" -> red_wine_quality.py."""
    stem = re.sub(r"\W+", "_", project.title.strip().lower()).strip("_")
    return f"{stem or 'network'}.py"


class CodeView(QWidget):
    """The project's script in a read-only editor, with Copy and Save as…"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._project_dir: Path | None = None
        self._stale = False  # the project changed while the view was hidden

        self.hint = QLabel(translate_marked("CodeView", HINT))
        self.hint.setWordWrap(True)
        self.copy_button = QPushButton(translate("CodeView", "Copy"))
        self.copy_button.setToolTip(translate("CodeView", "Put the whole script on the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(translate("CodeView", "Save as…"))
        self.save_button.setToolTip(
            translate("CodeView", "Save the script as a .py file; its data path is written for that folder")
        )
        self.save_button.clicked.connect(self._save_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editor = QPlainTextEdit()
        self.editor.setReadOnly(True)
        self.editor.setAccessibleName(translate("CodeView", "Python script"))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.highlighter = PythonHighlighter(self.editor.document())
        self._follow_palette()

        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.copy_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.editor, 1)
        self._show_problem(translate("CodeView", "Open or build a project to see its code."))

    # The script ------------------------------------------------------------------------------
    def set_project(self, project: Project, project_dir: Path | None) -> None:
        """Show ``project``'s script; written now if the view is on screen, else when it is shown."""
        self._project, self._project_dir = project.copy(), project_dir
        self._stale = True
        if self.isVisible():
            self._regenerate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._regenerate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._follow_palette()

    def _follow_palette(self) -> None:
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128  # the editor's, inherited
        self.highlighter.set_dark(dark)

    def script(self) -> str:
        """The script shown ('' while the project has a problem)."""
        if self._stale:
            self._regenerate()
        return self.editor.toPlainText()

    def _regenerate(self) -> None:
        from ..engine.export import export_script  # pandas and scikit-learn, once the window is up

        self._stale = False
        if self._project is None:
            return
        try:
            text = export_script(self._project, self._project_dir)
        except NNBuilderError as error:
            self._show_problem(translate("CodeView", "The code appears when this is fixed: {error}").format(error=error))
            return
        self.status.hide()
        self.copy_button.setEnabled(True)
        self.save_button.setEnabled(True)
        if text != self.editor.toPlainText():
            scroll = self.editor.verticalScrollBar()
            position = scroll.value()  # an edit elsewhere should not jump the reader back to the top
            self.editor.setPlainText(text)
            scroll.setValue(position)

    def _show_problem(self, message: str) -> None:
        self.editor.clear()
        self.copy_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self._set_status(message, problem=True)

    def _set_status(self, message: str, problem: bool = False) -> None:
        self.status.setStyleSheet(f"color: {PROBLEM_COLOR};" if problem else "")
        self.status.setText(message)
        self.status.show()

    # Copy and save ---------------------------------------------------------------------------
    @Slot()
    def copy(self) -> None:
        text = self.script()
        if text:
            QGuiApplication.clipboard().setText(text)
            self._set_status(translate("CodeView", "Copied the whole script to the clipboard."))

    def save_to(self, path: Path) -> None:
        """Write the script to ``path``, its data path relative to that folder (OSError, NNBuilderError)."""
        from ..engine.export import export_script
        from ..spec.io import write_text_atomic

        if self._project is None:
            return
        path = Path(path)
        write_text_atomic(path, export_script(self._project, self._project_dir, path.parent))
        self._set_status(translate("CodeView", "Saved {path}. Run it with: python {name}").format(path=path, name=path.name))

    @Slot()
    def _save_clicked(self) -> None:
        if self._project is None:
            return
        folder = self._project_dir or Path.home()
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("CodeView", "Save the script"),
            str(folder / script_file_name(self._project)),
            translate_marked("CodeView", SCRIPT_FILTER),
        )
        if not path:
            return
        try:
            self.save_to(Path(path))
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("CodeView", "Save the script"),
                translate("CodeView", "{path} could not be written: {reason}.").format(
                    path=path, reason=error.strerror or error
                ),
            )
        except NNBuilderError as error:
            QMessageBox.warning(self, translate("CodeView", "Save the script"), str(error))
