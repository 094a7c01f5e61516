"""The builder window: palette drops, reordering, delete/duplicate, undo/redo, settings, files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView

from nnbuilder.app.layer_model import ROW_MIME
from nnbuilder.spec import load_project

from .conftest import project_dict

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def window(qtbot, make_window, write_project):
    win = make_window()
    win.errors = win.dialogs.errors
    assert win.open_project(write_project())
    wait_for_data(qtbot, win)
    return win


def wait_for_data(qtbot, win):
    qtbot.waitUntil(lambda: win.data_summary is not None, timeout=20_000)


def classes(win):
    return [layer.class_name for layer in win.document.project.layers]


def palette_item(win, class_name):
    palette = win.palette
    return next(palette.item(i) for i in range(palette.count()) if palette.item(i).text() == class_name)


def test_input_width_comes_from_the_data_and_counts_follow(window):
    assert window.document.model.input_width == 10  # the diabetes table's ten features
    assert "10 features" in window.input_label.text()
    assert not window.input_spin.isVisible()
    # 10·8+8, 0, 4·8, 8·4+4, 0, 4+1
    assert window.total_label.text() == "Total: 161 parameters (145 trainable)"
    assert window.diagram.neuron_count(0) == 8 and not window.diagram.is_block(0)
    assert window.document.model.shape(0).explanation == "10 inputs × 8 units + 8 biases = 88"


def test_palette_drop_inserts_at_the_drop_row_and_undo_redo_it(window):
    model = window.document.model
    mime = window.palette.mimeData([palette_item(window, "Dropout")])
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    assert classes(window)[:3] == ["Dense", "Dropout", "Dropout"]
    assert window.undo_action.text() == "&Undo Add Dropout"
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert classes(window) == [layer["class_name"] for layer in project_dict()["layers"]]
    window.redo_action.trigger()
    assert classes(window)[1] == "Dropout" and len(classes(window)) == 7


def test_double_click_in_the_palette_appends(window, qtbot):
    item = window.palette.item(0)
    window.palette.itemDoubleClicked.emit(item)
    assert classes(window)[-1] == "Dense"


def test_rows_move_by_drag_and_by_keyboard_and_moves_undo(window):
    model = window.document.model
    # what QListView does for an internal drag: moveRows with Qt's "before the move" destination
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert classes(window) == ["Dropout", "BatchNormalization", "Dense", "Dense", "Activation", "Dense"]
    window.undo_action.trigger()
    assert classes(window)[:3] == ["Dense", "Dropout", "BatchNormalization"]
    # the mime path moves too, and never deletes the dragged row
    mime = model.mimeData([model.index(5)])
    assert mime.hasFormat(ROW_MIME)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert classes(window)[0] == "Dense" and len(classes(window)) == 6
    assert window.document.project.layers[0].config == {"units": 1}
    window.select_row(1)
    window.move_down_action.trigger()
    assert classes(window)[2] == "Dense" and window.selected_row() == 2


def test_delete_and_duplicate_with_undo(window):
    window.select_row(1)
    window.delete_action.trigger()
    assert classes(window) == ["Dense", "BatchNormalization", "Dense", "Activation", "Dense"]
    assert window.total_label.text().startswith("Total: 161 parameters")  # Dropout holds no weights
    window.undo_action.trigger()
    assert classes(window)[1] == "Dropout"
    window.select_row(0)
    window.duplicate_action.trigger()
    assert classes(window)[:2] == ["Dense", "Dense"]
    assert window.document.model.shape(1).params == 8 * 8 + 8
    window.undo_action.trigger()
    assert len(classes(window)) == 6


def test_view_and_palette_drag_drop_modes(window):
    assert window.stack.dragDropMode() == QAbstractItemView.DragDropMode.DragDrop
    assert window.stack.defaultDropAction() == Qt.DropAction.MoveAction
    assert window.palette.dragDropMode() == QAbstractItemView.DragDropMode.DragOnly
    assert window.stack.model() is window.document.model


def test_editing_a_setting_updates_row_totals_diagram_and_undoes(window):
    window.select_row(0)
    units = window.panel.editor("units")
    units.setValue(20)
    layer = window.document.project.layers[0]
    assert layer.config["units"] == 20
    assert "20 units" in window.document.model.index(0).data()
    assert window.total_label.text().startswith(f"Total: {10 * 20 + 20 + 4 * 20 + 20 * 4 + 4 + 4 + 1:,} parameters")
    assert window.diagram.is_block(0)  # 20 units are too many circles: drawn as a block
    units.setValue(21)  # successive edits of one field undo as one step
    assert window.undo_action.text() == "&Undo Change Dense units 8 → 21"
    window.undo_action.trigger()
    assert layer.config["units"] == 8
    assert units.value() == 8  # the panel follows the undo
    assert window.total_label.text().startswith("Total: 161 parameters")


def test_an_impossible_layer_is_explained_not_counted(window):
    window.document.set_setting(1, "rate", 1.5)
    assert "less than 1" in window.document.model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    assert window.total_label.text() == "Total: – parameters"
    assert "less than 1" in window.statusBar().currentMessage()


def test_save_and_reopen_round_trip_and_title_marks_unsaved(window, tmp_path):
    window.select_row(0)
    window.panel.editor("units").setValue(12)
    assert window.isWindowModified()
    target = tmp_path / "saved.nnb"
    window.dialogs.paths = [target]
    assert window.save_as()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("saved.nnb")
    assert load_project(target).layers[0].config["units"] == 12
    assert str(target.resolve()) in window.recent_files()
    window.new_project()
    assert classes(window) == ["Dense"]
    assert window.open_project(target)
    assert window.document.project.layers[0].config["units"] == 12


def test_a_bad_file_shows_the_reason_and_keeps_the_current_project(window, tmp_path):
    before = json.dumps(window.document.project.to_dict())
    bad = tmp_path / "bad.nnb"
    bad.write_text(json.dumps(project_dict(layers=[{"class_name": "Dropout", "config": {"rate": 3}}])))
    assert not window.open_project(bad)
    assert "layer 1 (Dropout)" in window.errors[-1]
    assert json.dumps(window.document.project.to_dict()) == before


def test_closing_with_unsaved_changes_asks(window):
    window.document.insert_layer(0, "Dense")
    window.dialogs.unsaved = "cancel"
    assert not window.close()
    assert window.isVisible()  # still open: the project was not dropped
    window.dialogs.unsaved = "discard"
    assert window.close()


def test_unreadable_data_lets_the_student_type_the_input_width(qtbot, make_window, write_project):
    win = make_window()
    win.open_project(write_project(data={"source": "missing.csv", "target": "y"}))
    wait_for_data(qtbot, win)
    assert "missing.csv" in win.input_label.text()
    assert win.input_spin.isVisible()
    win.input_spin.setValue(3)
    assert win.document.model.shape(0).params == 3 * 8 + 8


def run_cli(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "nnbuilder", *map(str, args)],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )  # fmt: skip


def test_screenshot_renders_the_whole_window_without_tensorflow(tmp_path):
    shot = tmp_path / "shot.png"
    probe = (
        "import sys; from nnbuilder.cli import main; code = main(sys.argv[1:]); "
        "print('tensorflow' in sys.modules); sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(ROOT / "resources/examples/diabetes.nnb"), "--screenshot", str(shot)],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 760)


def test_no_display_is_one_error_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "nnbuilder"], capture_output=True, text=True, env={**env, "PYTHONPATH": str(ROOT)}
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: no display") and "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_project_with_screenshot_is_an_error_line(tmp_path):
    bad = tmp_path / "bad.nnb"
    bad.write_text("{")
    result = run_cli(bad, "--screenshot", tmp_path / "x.png", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1 and result.stderr.startswith("error:") and "not valid JSON" in result.stderr


def test_an_output_that_does_not_fit_the_target_is_flagged_and_fixed_in_one_click(qtbot, make_window, write_project):
    win = make_window()
    win.open_project(write_project(data={"source": "builtin:breast-cancer"}))
    wait_for_data(qtbot, win)
    assert win.mismatch.isVisible()
    assert "binary_crossentropy" in win.mismatch_label.text()
    win.mismatch_fix.click()
    last = win.document.project.layers[-1]
    assert last.config["units"] == 1 and last.config["activation"] == "sigmoid"
    assert win.document.project.training.loss == "binary_crossentropy"
    assert "accuracy" in win.document.project.training.metrics
    assert not win.mismatch.isVisible()
    win.undo_action.trigger()  # the whole fix is one step
    assert win.document.project.training.loss == "mae" and "activation" not in win.document.project.layers[-1].config
    assert win.mismatch.isVisible()


def test_choosing_a_target_in_the_data_tab_is_an_undoable_project_edit(window, qtbot):
    data = window.document.project.data
    changed = type(data)(**{**vars(data), "scaling": "minmax"})
    window.data_panel.data_spec_changed.emit(changed)
    assert window.document.project.data.scaling == "minmax"
    assert "scaling standard → minmax" in window.undo_action.text()
    window.undo_action.trigger()
    assert window.document.project.data.scaling == "standard"


def test_a_lesson_opens_with_its_notes_and_a_step_applies_as_one_undo(qtbot, make_window):
    win = make_window()
    assert win.tabs.currentWidget() is win.start_page
    assert win.open_lesson("binary-classification")
    assert win.lesson_dock.isVisible() and win.document.path is None
    assert win.tabs.currentWidget() is win.network_page
    before = [layer.class_name for layer in win.document.project.layers]
    step = next(step for step in win.lesson.steps if step.change)
    win.lesson_panel.apply_requested.emit(step.change)
    assert win.undo_action.text().startswith("&Undo Apply lesson step")
    win.undo_action.trigger()
    assert [layer.class_name for layer in win.document.project.layers] == before


def test_an_unknown_lesson_is_explained(make_window):
    win = make_window()
    assert not win.open_lesson("overfiting")
    assert "overfitting" in win.dialogs.errors[-1]


def test_the_window_module_loads_without_tensorflow_pandas_or_scikit_learn():
    # They take seconds to import; the window must paint first and load them in the background.
    code = (
        "import sys; import nnbuilder.app.window; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'tensorflow', 'keras', 'pandas', 'sklearn'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
