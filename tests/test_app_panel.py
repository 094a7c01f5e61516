"""The settings panel: the right editor per argument, Keras defaults, edits reported, bad values explained."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QSpinBox

from nnbuilder.app.panel import ParameterPanel
from nnbuilder.spec.catalogue import ACTIVATIONS, CATALOGUE, OPTIMIZERS

DROPOUT = CATALOGUE["Dropout"]


@pytest.fixture
def panel(qtbot):
    widget = ParameterPanel()
    qtbot.addWidget(widget)
    widget.resize(320, 360)
    return widget


def show_layer(panel: ParameterPanel, position: int, class_name: str, values: dict) -> None:
    kind = CATALOGUE[class_name]
    panel.show_params(f"Layer {position}: {class_name}", kind.summary, kind.params, values)


def show_adam(panel: ParameterPanel, values: dict) -> None:
    panel.show_params("Optimizer: Adam", "Adam: adapts each weight's step size.", OPTIMIZERS["Adam"], values)


def visible_labels(panel: ParameterPanel, name: str = "") -> list[QLabel]:
    """Labels on show; a form replaced a moment ago lingers, hidden, until the event loop deletes it."""
    return [label for label in panel.findChildren(QLabel, name) if label.isVisibleTo(panel)]


def visible_problems(panel: ParameterPanel) -> list[str]:
    return [label.text() for label in visible_labels(panel, "problem")]


def type_into(qtbot, line_edit: QLineEdit, text: str) -> None:
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line_edit, text)


def test_dense_shows_spin_box_choice_and_check_box(panel):
    show_layer(panel, 1, "Dense", {"units": 8, "activation": "relu"})
    units, activation, bias = panel.editor("units"), panel.editor("activation"), panel.editor("use_bias")
    assert isinstance(units, QSpinBox)
    assert (units.minimum(), units.maximum(), units.value()) == (1, 65536, 8)
    assert isinstance(activation, QComboBox)
    assert [activation.itemText(i) for i in range(activation.count())] == list(ACTIVATIONS)
    assert activation.itemText(0) == "relu" and activation.currentText() == "relu"
    assert isinstance(bias, QCheckBox) and bias.isChecked()


def test_missing_values_show_keras_defaults(panel):
    show_layer(panel, 1, "Dense", {"units": 4})
    assert panel.editor("activation").currentText() == "linear"
    assert panel.editor("use_bias").isChecked()
    show_layer(panel, 3, "BatchNormalization", {})
    assert panel.editor("momentum").spin.value() == pytest.approx(0.99)
    assert panel.editor("momentum").spin.text() == "0.99"
    assert panel.editor("epsilon").text() == "0.001"
    assert panel.editor("center").isChecked() and panel.editor("scale").isChecked()
    show_adam(panel, {})
    assert panel.editor("learning_rate").text() == "0.001"
    assert panel.editor("beta_2").spin.text() == "0.999"
    assert panel.editor("epsilon").text() == "1e-07"
    assert visible_problems(panel) == []


def test_dropout_slider_and_spin_box_follow_each_other_and_stay_below_one(panel):
    show_layer(panel, 2, "Dropout", {"rate": 0.3})
    rate = panel.editor("rate")
    assert rate.slider.orientation() == Qt.Orientation.Horizontal
    assert rate.spin.value() == pytest.approx(0.3) and rate.slider.value() == 300
    rate.slider.setValue(450)
    assert rate.spin.value() == pytest.approx(0.45)
    rate.spin.setValue(0.2)
    assert rate.slider.value() == 200
    rate.slider.setValue(rate.slider.maximum())
    assert rate.spin.value() == pytest.approx(0.999)
    rate.spin.setValue(1.0)
    assert 0.99 < rate.spin.value() < 1.0
    assert rate.slider.maximum() / 1000 < 1.0


def test_user_edits_emit_name_and_value(panel, qtbot):
    show_layer(panel, 1, "Dense", {"units": 8})
    with qtbot.waitSignal(panel.value_changed) as units:
        qtbot.keyClick(panel.editor("units"), Qt.Key.Key_Up)
    assert units.args == ["units", 9]
    with qtbot.waitSignal(panel.value_changed) as activation:
        panel.editor("activation").setCurrentIndex(ACTIVATIONS.index("tanh"))
    assert activation.args == ["activation", "tanh"]
    with qtbot.waitSignal(panel.value_changed) as bias:
        qtbot.keyClick(panel.editor("use_bias"), Qt.Key.Key_Space)
    assert bias.args == ["use_bias", False]


def test_slider_reports_keyboard_steps_at_once_and_a_drag_only_on_release(panel, qtbot):
    show_layer(panel, 2, "Dropout", {"rate": 0.3})
    slider = panel.editor("rate").slider
    with qtbot.waitSignal(panel.value_changed) as step:
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert step.args[0] == "rate" and step.args[1] == pytest.approx(0.31)
    seen = []
    panel.value_changed.connect(lambda name, value: seen.append((name, value)))
    slider.setSliderDown(True)
    for position in range(320, 600, 20):
        slider.setValue(position)
    assert seen == []
    slider.setSliderDown(False)
    assert seen == [("rate", pytest.approx(0.58))]


def test_set_values_and_show_params_do_not_emit(panel, qtbot):
    with qtbot.assertNotEmitted(panel.value_changed):
        show_layer(panel, 1, "Dense", {"units": 8})
        panel.set_values({"units": 32, "activation": "selu", "use_bias": False})
        show_layer(panel, 2, "Dropout", {"rate": 0.3, "seed": 7})
        panel.set_values({"rate": 0.6})
        show_adam(panel, {"learning_rate": 0.01})
        panel.set_values({"learning_rate": 0.0003})
    show_layer(panel, 1, "Dense", {"units": 8})
    panel.set_values({"units": 32, "activation": "selu", "use_bias": False})
    assert panel.editor("units").value() == 32
    assert panel.editor("activation").currentText() == "selu"
    assert not panel.editor("use_bias").isChecked()
    panel.set_values({"units": 32})
    assert panel.editor("activation").currentText() == "linear", "an argument no longer set shows Keras's default"


def test_learning_rate_accepts_small_numbers(panel, qtbot):
    show_adam(panel, {"learning_rate": 0.01})
    learning_rate = panel.editor("learning_rate")
    with qtbot.waitSignal(panel.value_changed) as typed:
        type_into(qtbot, learning_rate, "0.0003")
    assert typed.args == ["learning_rate", 0.0003]
    qtbot.keyClick(learning_rate, Qt.Key.Key_Return)
    panel.set_values({"learning_rate": 0.0003})
    assert learning_rate.text() == "0.0003"
    seen = []
    panel.value_changed.connect(lambda name, value: seen.append((name, value)))
    type_into(qtbot, learning_rate, "1e-4")
    # Each complete, valid number is reported; "1e" on the way is not a number, so the rate it had
    # before the typing holds until "1e-4" is.
    assert seen == [("learning_rate", 1.0), ("learning_rate", 0.0003), ("learning_rate", 0.0001)]
    type_into(qtbot, learning_rate, "-x2")
    assert learning_rate.text() == "2", "letters and a minus sign cannot be typed"


def test_learning_rate_of_zero_is_explained_and_not_emitted(panel, qtbot):
    show_adam(panel, {"learning_rate": 0.01})
    learning_rate = panel.editor("learning_rate")
    with qtbot.assertNotEmitted(panel.value_changed):
        type_into(qtbot, learning_rate, "0")
    assert visible_problems(panel) == ["must be more than 0 and at most 10; got 0.0. It stays 0.01"]
    assert "must be more than 0" in learning_rate.accessibleDescription()
    with qtbot.assertNotEmitted(panel.value_changed):
        qtbot.keyClicks(learning_rate, "e-")
    assert visible_problems(panel) == ["must be a number more than 0 and at most 10; got '0e-'. It stays 0.01"]
    with qtbot.waitSignal(panel.value_changed):
        type_into(qtbot, learning_rate, "0.5")
    assert visible_problems(panel) == []


def test_a_refused_learning_rate_keeps_the_rate_from_before_the_typing(panel, qtbot):
    """Typing 100 passes through 1 and 10; 100 is refused, and the setting is 0.01 again, not 10."""
    show_adam(panel, {"learning_rate": 0.01})
    learning_rate = panel.editor("learning_rate")
    seen = []
    panel.value_changed.connect(lambda name, value: seen.append(value))
    type_into(qtbot, learning_rate, "100")
    assert seen[-1] == 0.01, f"the numbers typed on the way stay committed: {seen}"
    assert visible_problems(panel) == ["must be more than 0 and at most 10; got 100.0. It stays 0.01"]
    qtbot.keyClick(learning_rate, Qt.Key.Key_Return)  # typing is over: the next edit starts from here
    type_into(qtbot, learning_rate, "0.5")
    qtbot.keyClick(learning_rate, Qt.Key.Key_Return)
    type_into(qtbot, learning_rate, "50")
    assert seen[-1] == 0.5 and visible_problems(panel) == ["must be more than 0 and at most 10; got 50.0. It stays 0.5"]


def test_optional_dropout_seed_can_be_none(panel, qtbot):
    show_layer(panel, 2, "Dropout", {"rate": 0.3})
    seed = panel.editor("seed")
    assert seed.text() == "auto"
    with qtbot.waitSignal(panel.value_changed) as chosen:
        qtbot.keyClick(seed, Qt.Key.Key_Up)
    assert chosen.args == ["seed", 0]
    with qtbot.waitSignal(panel.value_changed) as cleared:
        qtbot.keyClick(seed, Qt.Key.Key_Down)
    assert cleared.args == ["seed", None]
    panel.set_values({"rate": 0.3, "seed": 42})
    assert seed.value() == 42


def test_values_a_file_got_wrong_are_explained(panel):
    show_layer(panel, 2, "Dropout", {"rate": 1.5})
    assert visible_problems(panel) == ["must be at least 0 and less than 1; got 1.5"]
    show_layer(panel, 2, "Dropout", {})
    assert visible_problems(panel) == ["needs a value (Keras has no default for it)"]
    panel.set_values({"rate": 0.2})
    assert visible_problems(panel) == []


def test_rows_are_labelled_described_and_reachable_by_keyboard(panel, qtbot):
    show_layer(panel, 2, "Dropout", {"rate": 0.3})
    rate = panel.editor("rate")
    for widget in (rate.slider, rate.spin):
        assert widget.accessibleName() == "Layer 2: Dropout rate"
        assert widget.accessibleDescription() == widget.toolTip() == DROPOUT.param("rate").help
    show_adam(panel, {})
    labels = [label for label in visible_labels(panel) if label.buddy() is not None]
    assert [label.text().replace("&", "") for label in labels] == ["learning rate", "beta 1", "beta 2", "epsilon"]
    mnemonics = [label.text()[label.text().index("&") + 1].lower() for label in labels]
    assert len(set(mnemonics)) == len(mnemonics)
    assert [label.buddy() for label in labels] == [panel.editor(p.name) for p in OPTIMIZERS["Adam"]]
    panel.show()
    qtbot.waitExposed(panel)
    show_layer(panel, 2, "Dropout", {"rate": 0.3})
    show_adam(panel, {})
    panel.editor("learning_rate").setFocus()
    order = []
    for _ in range(5):
        qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
        order.append(panel.focusWidget())
    beta_1, beta_2 = panel.editor("beta_1"), panel.editor("beta_2")
    assert order == [beta_1.slider, beta_1.spin, beta_2.slider, beta_2.spin, panel.editor("epsilon")]


def test_message_replaces_the_form(panel):
    show_layer(panel, 1, "Dense", {"units": 8})
    panel.show_message("Select a layer to see its settings.")
    with pytest.raises(KeyError):
        panel.editor("units")
    assert [label.text() for label in visible_labels(panel)] == ["Select a layer to see its settings."]


@pytest.mark.parametrize(
    "show",
    [
        lambda panel: show_layer(panel, 1, "Dense", {"units": 64, "activation": "relu"}),
        lambda panel: show_layer(panel, 2, "Dropout", {"rate": 0.25}),
        lambda panel: show_layer(panel, 3, "BatchNormalization", {"momentum": 0.9999}),
        lambda panel: show_adam(panel, {"learning_rate": 0}),
    ],
    ids=["dense", "dropout", "batch-normalization", "adam"],
)
def test_panel_fits_and_renders_at_a_realistic_size(panel, qtbot, show, tmp_path):
    show(panel)
    hint = panel.minimumSizeHint()
    assert hint.width() <= 320 and hint.height() <= 360, hint
    panel.show()
    qtbot.waitExposed(panel)
    for spin in panel.findChildren(QDoubleSpinBox):
        text = spin.lineEdit()
        assert text.width() >= text.fontMetrics().horizontalAdvance(spin.text()), f"{spin.text()} is clipped"
    image = tmp_path / "panel.png"
    assert panel.grab().save(str(image)) and image.stat().st_size > 0
