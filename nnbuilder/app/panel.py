"""The settings panel: one row per catalogue Param, for a layer's arguments or an optimizer's."""

from __future__ import annotations

import re

from typing import Any

from PySide6.QtCore import (
    QLocale,
    QRegularExpression,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette, QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnbuilder.i18n import DEFAULT_LANGUAGE, QT_TRANSLATE_NOOP, language, translate, translate_marked
from nnbuilder.spec.catalogue import Param
from nnbuilder.spec.validate import check_value
from nnbuilder.spec.words import parameter_words

# A fraction's slider moves in thousandths; its spin box keeps four decimals so values such as
# Adam's beta_2 = 0.999 show exactly and an exclusive 1 can be approached to 0.9999.
SLIDER_STEPS = 1000
FRACTION_DECIMALS = 4
# Dark enough to read on a light background, light enough to read on a dark one.
PROBLEM_COLOR = "#d32f2f"
MISSING = QT_TRANSLATE_NOOP("Panel", "needs a value (Keras has no default for it)")


def _is_fraction(param: Param) -> bool:
    """Whether a slider fits: a float spread evenly over [0, 1] that may be 0 (a rate, a momentum).

    A value that must stay above 0 (an epsilon of 1e-7, a learning rate) spans orders of magnitude
    that a linear slider cannot reach, so it is typed instead.
    """
    return param.kind == "float" and param.minimum == 0 and param.maximum == 1 and not param.min_exclusive


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class _IntEditor(QSpinBox):
    """A whole number; when the argument is optional, one step below the range means None ("auto").

    Qt quietly refuses a number outside the range (a key that would make it too big does nothing;
    a number too small goes back to the last good one). ``refused`` tells what was typed, so the
    panel can say why it was not taken.
    """

    edited = Signal(object)
    refused = Signal(int)  # a number typed that the range does not allow

    def __init__(self, param: Param) -> None:
        super().__init__()
        self._typed = ""  # what the user last typed (textEdited: never Qt's own corrections)
        self.lineEdit().textEdited.connect(self._text_typed)
        self.editingFinished.connect(self._finished)
        low = -(2**31) if param.minimum is None else int(param.minimum) + (1 if param.min_exclusive else 0)
        high = 2**31 - 1 if param.maximum is None else int(param.maximum) - (1 if param.max_exclusive else 0)
        self._optional = param.optional
        if param.optional:
            low -= 1
            self.setSpecialValueText(translate("Panel", "auto"))
        self.setRange(low, high)
        self.valueChanged.connect(lambda _: self.edited.emit(self.current()))

    def current(self) -> int | None:
        return None if self._optional and self.value() == self.minimum() else self.value()

    def validate(self, text: str, pos: int) -> object:
        result = super().validate(text, pos)
        typed = text.strip().replace(",", "")
        if result[0] == QValidator.State.Invalid and typed.lstrip("-").isdigit():
            self.refused.emit(int(typed))  # a key that made it too big: refused at once
        return result

    def _text_typed(self, text: str) -> None:
        typed = text.strip().replace(",", "")
        self._typed = typed if typed.lstrip("-").isdigit() else ""

    def _finished(self) -> None:
        typed, self._typed = self._typed, ""
        if typed and int(typed) != self.value():  # too small: Qt went back to the last good number
            self.refused.emit(int(typed))

    def show_value(self, value: Any) -> None:
        with QSignalBlocker(self):
            self.setValue(value if isinstance(value, int) and not isinstance(value, bool) else self.minimum())


class _DecimalSpinBox(QDoubleSpinBox):
    """Shows 0.5 rather than 0.5000, yet keeps the decimals needed for 0.999; the decimal mark is the
    interface's (0,5 in Turkish), while the project file always stores a number."""

    def __init__(self) -> None:
        super().__init__()
        self.setDecimals(FRACTION_DECIMALS)

    def textFromValue(self, value: float) -> str:
        point = self.locale().decimalPoint()
        text = self.locale().toString(value, "f", self.decimals())
        return text.rstrip("0").rstrip(point) if point in text else text

    # A point typed in a comma locale is a decimal point (the lessons, the course and Keras write
    # 0.5), never Qt's group mark: without this, Turkish "0.5" silently became 0.
    def _with_local_point(self, text: str) -> str:
        point = self.locale().decimalPoint()
        return text.replace(".", point) if point != "." else text

    def validate(self, text: str, pos: int) -> object:
        return super().validate(self._with_local_point(text), pos)

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(self._with_local_point(text))

    def sizeHint(self) -> QSize:
        return self._widened(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._widened(super().minimumSizeHint())

    def _widened(self, hint: QSize) -> QSize:
        # Qt sizes the box for the texts of its bounds, "0" and "1", which would clip "0.99".
        metrics = self.fontMetrics()
        widest = metrics.horizontalAdvance("0" + self.locale().decimalPoint() + "0" * self.decimals())
        measured = metrics.horizontalAdvance(self.textFromValue(self.maximum()))
        return QSize(hint.width() + max(0, widest - measured), hint.height())


class _FractionEditor(QWidget):
    """A slider for a quick, visual setting with a spin box beside it for an exact one."""

    edited = Signal(object)

    def __init__(self, param: Param) -> None:
        super().__init__()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS - 1 if param.max_exclusive else SLIDER_STEPS)
        self.slider.setSingleStep(SLIDER_STEPS // 100)
        self.slider.setPageStep(SLIDER_STEPS // 10)
        self.spin = _DecimalSpinBox()
        self.spin.setRange(0.0, 1 - 10**-FRACTION_DECIMALS if param.max_exclusive else 1.0)
        self.spin.setSingleStep(0.01)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        # A label's buddy and editor().setFocus() land on the slider; Tab then moves on to the spin box.
        self.setFocusProxy(self.slider)
        self.slider.valueChanged.connect(self._slider_moved)
        self.slider.sliderReleased.connect(lambda: self.edited.emit(self.spin.value()))
        self.spin.valueChanged.connect(self._spin_changed)

    def _slider_moved(self, step: int) -> None:
        with QSignalBlocker(self.spin):
            self.spin.setValue(step / SLIDER_STEPS)
        # While the handle is dragged only the number follows; the value is reported on release.
        if not self.slider.isSliderDown():
            self.edited.emit(self.spin.value())

    def _spin_changed(self, value: float) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setValue(round(value * SLIDER_STEPS))
        self.edited.emit(value)

    def show_value(self, value: Any) -> None:
        with QSignalBlocker(self.spin), QSignalBlocker(self.slider):
            self.spin.setValue(value if _is_number(value) else 0.0)
            self.slider.setValue(round(self.spin.value() * SLIDER_STEPS))


class _NumberEditor(QLineEdit):
    """A typed number, for values spanning orders of magnitude such as 0.0003 or 1e-7."""

    edited = Signal(object)

    def __init__(self, param: Param) -> None:
        super().__init__()
        self.param = param
        # Only number-shaped text can be typed (and no minus sign where negatives are never allowed);
        # what is still wrong, such as a learning rate of 0, the panel reports under the field.
        sign = "-?" if param.minimum is None or param.minimum < 0 else ""
        # The interface's decimal mark is taken, and '.' always (what Keras and the course write).
        self.point = QLocale().decimalPoint()
        marks = "." + (self.point if self.point != "." else "")
        pattern = QRegularExpression(rf"{sign}\d*[{re.escape(marks)}]?\d*(?:[eE][-+]?\d*)?")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.textEdited.connect(self._typed)

    def _number(self, text: str) -> float:
        return float(text.replace(self.point, "."))

    def _typed(self, text: str) -> None:
        if not text.strip() and self.param.optional:  # cleared: back to the default
            self.edited.emit(None)
            return
        try:
            self.edited.emit(self._number(text))
        except ValueError:
            # Unfinished text such as "1e-" goes on as it is, so the message says a number is needed.
            self.edited.emit(text)

    def show_value(self, value: Any) -> None:
        # Text that already means this value stays, so a refresh while the user types ("1" on the
        # way to "1e-4") does not rewrite it under the cursor. setText never emits textEdited.
        try:
            if self._number(self.text()) == value:
                return
        except ValueError:
            pass
        shown = repr(value).replace(".", self.point) if _is_number(value) else str(value)
        self.setText("" if value is None else shown)


class _BoolEditor(QCheckBox):
    edited = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.toggled.connect(self.edited.emit)

    def show_value(self, value: Any) -> None:
        with QSignalBlocker(self):
            self.setChecked(value is True)


class _ChoiceEditor(QComboBox):
    edited = Signal(object)

    def __init__(self, choices: tuple[str, ...]) -> None:
        super().__init__()
        self.addItems(list(choices))
        self.currentIndexChanged.connect(lambda _: self.edited.emit(self.currentText()))

    def show_value(self, value: Any) -> None:
        with QSignalBlocker(self):
            self.setCurrentIndex(self.findText(str(value)))


_Editor = _IntEditor | _FractionEditor | _NumberEditor | _BoolEditor | _ChoiceEditor


def _make_editor(param: Param) -> _Editor:
    if param.kind == "int":
        return _IntEditor(param)
    if param.kind == "bool":
        return _BoolEditor()
    if param.kind == "choice":
        return _ChoiceEditor(param.choices)
    return _FractionEditor(param) if _is_fraction(param) else _NumberEditor(param)


def _parts(editor: _Editor) -> tuple[QWidget, ...]:
    """The editor and the widgets inside it that a user reaches, each needing a name and description."""
    return (editor, editor.slider, editor.spin) if isinstance(editor, _FractionEditor) else (editor,)


def locked_label(words: str) -> str:
    """A field's label with the mark of a setting the assignment locks: "&loss (locked)". Words, not
    a padlock emoji: lab PCs without an emoji font would show an empty box."""
    return translate("Panel", "{label} (locked)").format(label=words)


def _with_mnemonic(words: str, taken: set[str]) -> str:
    """``words`` with '&' before its first letter no earlier row uses, so Alt+letter jumps to it.

    Letters are compared casefolded, not lower-cased: the same either way for English, and a
    Turkish 'I'/'ı' or 'İ'/'i' never counts as free when its other case is taken."""
    for i, char in enumerate(words):
        if not char.isalpha():
            continue
        keys = {char.casefold(), char.upper().casefold(), char.lower().casefold()}
        if not keys & taken:
            taken.update(keys)
            return f"{words[:i]}&{words[i:]}"
    return words


class ParameterPanel(QWidget):
    """A form generated from catalogue Params; reports each edit the user makes as it happens."""

    value_changed = Signal(str, object)  # (param name, new value): user edits only

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab_after: QWidget | None = None  # the control Tab comes from into a rebuilt form's fields
        self._hints: dict[str, str | None] = {}
        self._title = QLabel()
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._form_host = QWidget()
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self._title)
        self._layout.addWidget(self._summary)
        self._layout.addWidget(self._form_host)
        self._layout.addStretch(1)
        self._params: dict[str, Param] = {}
        self._editors: dict[str, _Editor] = {}
        self._problems: dict[str, QLabel] = {}
        self._values: dict[str, Any] = {}
        # A typed number's value before the typing began: "100" passes through "10" on the way, and
        # when the whole number is refused, the setting goes back to this rather than keeping "10".
        self._typing_from: dict[str, Any] = {}
        self._labels: dict[str, QLabel] = {}
        self._label_words: dict[str, str] = {}  # param name → its label's text without the lock mark
        self._locked: dict[str, str] = {}  # param name → why it is locked (an assignment's lock)

    def show_params(self, title: str, summary: str, params: tuple[Param, ...], values: dict[str, Any]) -> None:
        """Rebuild the form; ``values`` holds the arguments set explicitly, the rest show Keras's defaults."""
        self._title.setText(title)
        self._title.setVisible(bool(title))
        self._summary.setText(summary)
        self._summary.setVisible(bool(summary))  # an empty label would still take a line
        host = QWidget()
        form = QFormLayout(host)
        form.setContentsMargins(0, 6, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._params, self._editors, self._problems, self._values = {}, {}, {}, {}
        self._typing_from, self._labels, self._label_words = {}, {}, {}
        taken: set[str] = set()
        for param in params:
            words = parameter_words(param.name)
            # In another language the tooltip starts with the Keras argument, which the code tab
            # and the course write: "learning_rate — …".
            tip = param.help if language() == DEFAULT_LANGUAGE else f"{param.name} — {param.help}"
            editor = _make_editor(param)
            for widget in _parts(editor):
                widget.setToolTip(tip)
                widget.setAccessibleName(f"{title} {words}")
                widget.setAccessibleDescription(param.help)
            editor.edited.connect(lambda value, p=param: self._on_edited(p, value))
            if isinstance(editor, _IntEditor):
                editor.refused.connect(lambda typed, p=param: self._refused(p, typed))
            if isinstance(editor, _NumberEditor):
                editor.editingFinished.connect(lambda p=param: self._typing_from.pop(p.name, None))
            problem = QLabel()
            problem.setObjectName("problem")
            problem.setWordWrap(True)
            problem.setStyleSheet(f"color: {PROBLEM_COLOR};")
            problem.hide()
            field = QWidget()
            column = QVBoxLayout(field)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(problem)
            label_words = _with_mnemonic(words, taken)
            label = QLabel(label_words)
            label.setToolTip(param.help)
            label.setBuddy(editor)
            form.addRow(label, field)
            self._labels[param.name] = label
            self._label_words[param.name] = label_words
            self._params[param.name] = param
            self._editors[param.name] = editor
            self._problems[param.name] = problem
        self._replace_form(host)
        # A rebuilt form's fields would join the end of the window's Tab order; put them after the
        # control above the panel (tab_after: the optimizer's choice), so Tab goes straight into them.
        if self.tab_after is None:
            return self._finish_show(values)
        previous: QWidget = self.tab_after
        for editor in self._editors.values():
            for part in _parts(editor):
                QWidget.setTabOrder(previous, part)
                previous = part
        self._finish_show(values)

    def _finish_show(self, values: dict[str, Any]) -> None:
        self.set_values(values)
        self._show_locks()

    def set_locked(self, locked: dict[str, str]) -> None:
        """Params an assignment locks ({name: why}): shown read-only, a lock before their name."""
        self._locked = dict(locked)
        self._show_locks()

    def _show_locks(self) -> None:
        for name, editor in self._editors.items():
            why = self._locked.get(name) or self._locked.get("*")  # "*": every field (a locked layer stack)
            label = self._labels[name]
            words = self._label_words[name]
            label.setText(locked_label(words) if why else words)
            for widget in _parts(editor):
                widget.setEnabled(why is None)
                widget.setToolTip(why or self._params[name].help)
            label.setToolTip(why or self._params[name].help)

    def set_values(self, values: dict[str, Any]) -> None:
        """Show ``values`` (missing ones at Keras's defaults) without emitting value_changed."""
        for name, param in self._params.items():
            value = values.get(name, param.default)
            self._values[name] = value
            self._editors[name].show_value(value)
            missing = value is None and param.required
            self._show_problem(param, translate_marked("Panel", MISSING) if missing else check_value(param, value))

    def show_message(self, text: str) -> None:
        """Show ``text`` instead of a form, e.g. when nothing is selected."""
        self._title.hide()
        self._summary.setText(text)
        self._summary.show()
        self._params, self._editors, self._problems, self._values = {}, {}, {}, {}
        self._labels, self._label_words = {}, {}
        self._replace_form(QWidget())

    def editor(self, name: str) -> QWidget:
        """The editor of param ``name`` (KeyError when the panel shows no such param)."""
        return self._editors[name]

    def _replace_form(self, host: QWidget) -> None:
        old = self._form_host
        index = self._layout.indexOf(old)
        self._layout.removeWidget(old)
        old.hide()
        # Deleted later, not now: show_params may run inside a signal sent by one of the old editors.
        old.deleteLater()
        self._layout.insertWidget(index, host)
        # The layout would show it only once the event loop runs; an editor must take focus at once.
        if self.isVisible():
            host.show()
        self._form_host = host

    def _on_edited(self, param: Param, value: Any) -> None:
        if isinstance(self._editors[param.name], _NumberEditor):  # its edits are keys typed
            self._typing_from.setdefault(param.name, self._values.get(param.name))
        problem = check_value(param, value)
        if problem is not None and param.name in self._typing_from:
            # Numbers passed on the way ("10" on the way to "100") were only steps of the typing.
            value = self._typing_from[param.name]
            problem = translate("Panel", "{problem}. It stays {value}").format(problem=problem, value=value)
        self._show_problem(param, problem)
        if (problem is None or param.name in self._typing_from) and value != self._values.get(param.name):
            self._values[param.name] = value
            self.value_changed.emit(param.name, value)

    def _refused(self, param: Param, typed: int) -> None:
        """Say next to the field why a typed number was not taken, and what the setting still is."""
        reason = check_value(param, typed) or translate("Panel", "it is outside the range this field allows")
        kept = self._values.get(param.name)
        self._show_problem(
            param, translate("Panel", "{typed:,} was not taken: {reason}. It stays {kept}.").format(
                typed=typed, reason=reason, kept=kept
            )
        )  # fmt: skip

    def set_hint(self, name: str, hint: str | None) -> None:
        """A remark under a field whose value is allowed but worth a second look (shown when there is
        no problem to report instead)."""
        self._hints[name] = hint
        if name in self._params:
            param = self._params[name]
            self._show_problem(param, check_value(param, self._values.get(name)))

    def _show_problem(self, param: Param, problem: str | None) -> None:
        label = self._problems[param.name]
        hint = self._hints.get(param.name)
        label.setText(problem or hint or "")
        label.setStyleSheet(f"color: {PROBLEM_COLOR};" if problem else "")
        label.setVisible(bool(problem or hint))
        # A screen reader does not read the red line under the field, so the editor carries it too.
        if problem:
            description = translate("Panel", "{help} Problem: {problem}").format(help=param.help, problem=problem)
        else:
            description = param.help
        for widget in _parts(self._editors[param.name]):
            widget.setAccessibleDescription(description)
