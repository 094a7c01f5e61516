"""The classroom in the window: the teacher makes an assignment, a student opens it (name, locks,
limit), trains, sees the verdict, answers the questions and hands in; the teacher collects."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from nnbuilder.app.class_table import ClassTableDialog
from nnbuilder.app.dialogs import ScriptedDialogs
from nnbuilder.app.make_assignment import AssignmentAnswer, MakeAssignmentDialog
from nnbuilder.cli import main
from nnbuilder.spec import load_project
from nnbuilder.spec.assignment import AssignmentSpec, GoalSpec

from .conftest import answered, train_and_wait
from .test_classroom import assignment_dict, write_table


def plain_project(folder: Path) -> Path:
    write_table(folder)
    raw = assignment_dict()
    del raw["assignment"]
    path = folder / "plants.nnb"
    path.write_text(json.dumps(raw))
    return path


def teacher_answer(locked: list[str], limit: int = 60) -> AssignmentAnswer:
    goal = GoalSpec("val_mae", at_most=0.5)
    assignment = AssignmentSpec("Predict the **height**.", goal, limit, locked)
    return AssignmentAnswer(assignment, ["Which input matters most?", "What did the curves show?"])


def test_the_teacher_makes_an_assignment_and_the_window_opens_it_as_a_student_sees_it(make_window, tmp_path, qtbot):
    dialogs = ScriptedDialogs(texts=["Ada Lovelace"])
    win = make_window(dialogs)
    assert win.open_project(plain_project(tmp_path))
    assert win.assignment_dock.isHidden() and not win.hand_in_action.isEnabled()
    dialogs.assignments.append(teacher_answer(["data", "training.loss"]))
    dialogs.paths.append(tmp_path / "task.nnb")
    assert win.make_assignment()
    saved = load_project(tmp_path / "task.nnb")
    assert saved.assignment.locked == ["data", "training.loss"] and saved.questions[0] == "Which input matters most?"
    assert win.document.path == (tmp_path / "task.nnb").resolve()
    # the student's side: the dock, the name asked once and kept, the locks, the limit
    assert win.assignment_dock.isVisible() and "Your name" in dialogs.asked
    assert win.settings.value("classroom/student") == "Ada Lovelace"
    panel = win.assignment_panel
    assert "height" in panel.instructions.toPlainText() and "val_mae ≤ 0.5" in panel.goal.text()
    assert "Ada Lovelace" in panel.student.text() and len(panel.answer_boxes) == 2
    assert not win.training_settings.loss_combo.isEnabled() and win.training_settings.loss_label.text() == "&loss (locked)"
    assert "Locked by the assignment" in win.training_settings.loss_combo.toolTip()
    assert win.training_settings.optimizer_combo.isEnabled()  # only what is locked is locked
    assert not win.data_panel.open_button.isEnabled() and not win.data_panel.preprocessing.editor("split_seed").isEnabled()
    assert not win.data_panel.open_action.isEnabled() and not win.data_panel.builtin_menu.isEnabled()  # File menu too
    assert win.palette.isEnabled()
    qtbot.waitUntil(lambda: win.builder_column.limit_label.text().endswith("33 of 60 weights</span>"))  # data read
    win.add_layer("Dense")  # 8 → 16 → 1: over the limit, shown in red
    assert "over the assignment's limit" in win.builder_column.limit_label.text()


def test_a_locked_setting_refuses_every_edit_and_says_why(make_window, tmp_path):
    write_table(tmp_path)
    raw = assignment_dict()
    raw["assignment"]["locked"] = ["data", "layers", "training.loss"]
    (tmp_path / "task.nnb").write_text(json.dumps(raw))
    dialogs = ScriptedDialogs(texts=["Ada"])
    win = make_window(dialogs)
    assert win.open_project(tmp_path / "task.nnb")
    assert not win.palette.isEnabled() and not win.panel.editor("units").isEnabled()
    win.add_layer("Dropout")
    win.delete_selected()
    changed = copy.deepcopy(win.document.project.training)
    changed.loss = "mae"
    win.document.set_section("training", changed)
    assert [layer.class_name for layer in win.document.project.layers] == ["Dense", "Dense"]
    assert win.document.project.training.loss == "mse" and not win.document.dirty
    assert dialogs.error_titles == ["Locked by the assignment"] * 3
    assert "locked the layers in this" in dialogs.errors[0] and "locked the loss in this" in dialogs.errors[2]
    win.document.set_setting(0, "units", 4)  # the epochs are not locked, the layers are
    assert win.document.project.layers[0].config["units"] == 8


def test_a_student_trains_sees_the_verdict_answers_and_hands_in(make_window, tmp_path, qtbot, capsys):
    write_table(tmp_path)
    raw = assignment_dict()
    raw["questions"] = ["Which input matters most?"]
    (tmp_path / "task.nnb").write_text(json.dumps(raw))
    dialogs = ScriptedDialogs(texts=["Ada"])
    win = make_window(dialogs)
    assert win.open_project(tmp_path / "task.nnb")
    panel = win.assignment_panel
    assert panel.verdict.text() == "Train the network to see whether it meets the goal."
    train_and_wait(qtbot, win)
    qtbot.waitUntil(lambda: panel.verdict.text().startswith(("Goal met", "Not yet")), timeout=60_000)
    assert "val_mae" in panel.verdict.text() and "(33 of 60 weights)" in panel.verdict.text()
    panel.answer_boxes[0].setPlainText("water")
    panel.store_answers()
    assert win.document.project.answers == ["water"] and win.document.dirty
    share = tmp_path / "share"
    win.hand_in(share)
    answered(qtbot, win)
    folder = share / "Ada"
    assert sorted(p.name for p in folder.iterdir()) == ["history.csv", "model.keras", "project.nnb", "report.html", "result.json"]
    assert dialogs.shown[-1][0] == "Handed in" and not dialogs.errors
    assert load_project(folder / "project.nnb").answers == ["water"]
    report = (folder / "report.html").read_text()
    assert "Lab report by Ada" in report and "water" in report
    win.hand_in(share)  # handing in again replaces one's own hand-in
    answered(qtbot, win)
    assert not dialogs.errors
    win.settings.setValue("classroom/student", "Ada.")  # another student whose name makes the same folder
    win.hand_in(share)
    answered(qtbot, win)
    assert dialogs.errors == [f"{folder} already holds the hand-in of Ada; hand in under your full name, or ask your teacher"]
    win.settings.setValue("classroom/student", "Ada")
    capsys.readouterr()
    assert main(["check", str(folder), "--assignment", str(tmp_path / "task.nnb")]) == 0
    assert capsys.readouterr().out.startswith("verified: Ada,")
    # the teacher collects the class in the window
    dialogs.paths.append(tmp_path / "class.csv")
    win.collect_hand_ins(share, tmp_path / "task.nnb")
    answered(qtbot, win)
    table: ClassTableDialog = win.class_table
    assert table.table.rowCount() == 1 and table.table.item(0, 0).text() == "Ada"
    assert table.table.item(0, 5).text() == "yes"  # verified
    assert (tmp_path / "class.html").is_file()
    table.close()


def test_answers_undo_as_one_step_per_question_and_come_back_with_the_file(make_window, tmp_path, qtbot):
    write_table(tmp_path)
    raw = assignment_dict()
    raw["questions"] = ["Why?", "How?"]
    (tmp_path / "task.nnb").write_text(json.dumps(raw))
    win = make_window(ScriptedDialogs(texts=["Ada"]))
    assert win.open_project(tmp_path / "task.nnb")
    boxes = win.assignment_panel.answer_boxes
    for text in ("B", "Be", "Because"):
        boxes[1].setPlainText(text)
    qtbot.waitUntil(lambda: win.document.project.answers == ["", "Because"], timeout=5000)
    win.undo_action.trigger()
    assert win.document.project.answers == [] and boxes[1].toPlainText() == ""
    win.redo_action.trigger()
    assert boxes[1].toPlainText() == "Because"
    assert win.save()
    win2 = make_window(ScriptedDialogs())
    assert win2.open_project(tmp_path / "task.nnb")
    assert [box.toPlainText() for box in win2.assignment_panel.answer_boxes] == ["", "Because"]
    assert "Your name" not in win2.dialogs.asked  # the name was kept in the settings


def test_a_project_with_its_own_notes_opens_with_the_lesson_dock(make_window, tmp_path):
    write_table(tmp_path)
    raw = assignment_dict()
    del raw["assignment"]
    raw["notes"] = "# Plants\nWater makes them grow.\n\n## Try this\n- Train longer.\n  change: {\"training.epochs\": 60}"
    (tmp_path / "own.nnb").write_text(json.dumps(raw))
    win = make_window()
    assert win.open_project(tmp_path / "own.nnb")
    assert win.lesson_dock.isVisible() and win.lesson_panel.title.text() == "Plants"
    assert "Water makes them grow." in win.lesson_panel.notes.toPlainText()
    win.lesson_panel.apply_buttons[0].click()
    assert win.document.project.training.epochs == 60


def test_the_make_assignment_dialog_reads_back_what_the_teacher_ticked(qtbot, tmp_path):
    write_table(tmp_path)
    project = load_project(plain_project(tmp_path))
    dialog = MakeAssignmentDialog(project)
    qtbot.addWidget(dialog)
    dialog.instructions.setPlainText("Beat 0.3.")
    dialog.goal_on.setChecked(True)
    dialog.metric.setCurrentText("val_mae")
    assert dialog.direction.currentText() == "at most"
    dialog.threshold.setValue(0.3)
    dialog.limit_on.setChecked(True)
    dialog.limit.setValue(500)
    dialog.lock_boxes["layers"].setChecked(True)
    dialog.questions.setPlainText("One?\n\nTwo?")
    answer = dialog.answer()
    assert answer.assignment.goal == GoalSpec("val_mae", 0.3) and answer.assignment.max_parameters == 500
    assert answer.assignment.locked == ["data", "layers"] and answer.questions == ["One?", "Two?"]
    dialog.notes.setPlainText("## Try this\n- Go.\n  change: {broken")
    dialog.accept()
    assert not dialog.problem.isHidden() and "not valid JSON" in dialog.problem.text()
    assert dialog.result() != dialog.DialogCode.Accepted


def test_questions_without_an_assignment_are_answered_in_the_dock(make_window, tmp_path):
    write_table(tmp_path)
    raw = assignment_dict()
    del raw["assignment"]
    raw["questions"] = ["What is an epoch?"]
    (tmp_path / "q.nnb").write_text(json.dumps(raw))
    dialogs = ScriptedDialogs()
    win = make_window(dialogs)
    assert win.open_project(tmp_path / "q.nnb")
    assert win.assignment_dock.isVisible() and win.assignment_dock.windowTitle() == "Questions"
    assert win.assignment_panel.hand_in.isHidden() and "Your name" not in dialogs.asked
    win.assignment_panel.answer_boxes[0].setPlainText("One pass over the training rows.")
    assert win.save()
    assert load_project(tmp_path / "q.nnb").answers == ["One pass over the training rows."]
