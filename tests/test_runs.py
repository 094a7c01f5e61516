"""Kept runs: the runs file beside the project, what changed between runs, and the run list."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from nnbuilder.app.runs_view import RunList, run_colour
from nnbuilder.engine.runs import RunRecord, RunsFileError, load_runs, next_run_number, runs_path, save_runs
from nnbuilder.engine.train import TrainResult
from nnbuilder.spec import EarlyStoppingSpec, LayerSpec, Project, project_from_dict
from nnbuilder.spec.diff import describe_changes

from .conftest import project_dict


def base_project() -> Project:
    return project_from_dict(project_dict())


def make_run(number: int, project: Project | None = None, val_loss: list[float] | None = None, **fields) -> RunRecord:
    val_loss = val_loss if val_loss is not None else [0.9, 0.7, 0.6, 0.65]
    record = dict(
        number=number,
        project=(project or base_project()).to_dict(),
        history={"loss": [v - 0.05 for v in val_loss], "val_loss": val_loss},
        best_epoch=None,
        stopped_early=False,
        restored_best=False,
        seconds=12.5,
        started="2026-03-02T14:05:00",
    )
    record.update(fields)
    return RunRecord(**record)


# ---- the runs file ----------------------------------------------------------------------------


def test_runs_are_kept_beside_the_project():
    assert runs_path("/labs/wine.nnb").as_posix() == "/labs/wine.runs.json"
    assert runs_path("week2.v3.nnb").name == "week2.v3.runs.json"


def test_runs_survive_a_save_and_load_round_trip_even_with_a_blown_up_loss(tmp_path):
    diverged = make_run(2, val_loss=[0.8, math.nan], note="the loss became NaN or infinite")
    runs = [make_run(1, best_epoch=3, stopped_early=True, restored_best=True), diverged]
    path = tmp_path / "tiny.runs.json"
    save_runs(path, runs)
    json.loads(path.read_text(), parse_constant=lambda name: pytest.fail(f"{name} is not JSON"))
    loaded = load_runs(path)
    assert [run.number for run in loaded] == [1, 2]
    assert loaded[0] == runs[0]
    assert loaded[1].history["val_loss"][0] == 0.8 and math.isnan(loaded[1].history["val_loss"][1])
    assert loaded[1].note == "the loss became NaN or infinite"
    assert not list(tmp_path.glob(".*.tmp"))  # the atomic write left no temporary file behind


def test_a_project_without_runs_has_an_empty_list(tmp_path):
    assert load_runs(tmp_path / "new.runs.json") == []


def test_a_damaged_runs_file_is_explained_and_set_aside_not_overwritten(tmp_path):
    path = tmp_path / "tiny.runs.json"
    path.write_text('{"format": "nnbuilder/runs", "version": 1, "runs": [')
    with pytest.raises(RunsFileError) as error:
        load_runs(path)
    message = str(error.value)
    assert "tiny.runs.json" in message and "not valid JSON" in message and "line 1" in message
    assert "tiny.runs.damaged.json" in message
    assert (tmp_path / "tiny.runs.damaged.json").read_text().startswith('{"format"')
    assert load_runs(path) == []  # the next run starts a new list without destroying the old one


def test_a_run_with_a_missing_field_names_the_run_and_the_field(tmp_path):
    path = tmp_path / "tiny.runs.json"
    save_runs(path, [make_run(1), make_run(2)])
    document = json.loads(path.read_text())
    del document["runs"][1]["seconds"]
    path.write_text(json.dumps(document))
    with pytest.raises(RunsFileError, match=r'run 2: "seconds" is missing'):
        load_runs(path)


def test_a_runs_file_from_a_newer_nnbuilder_is_refused_with_its_version(tmp_path):
    path = tmp_path / "tiny.runs.json"
    path.write_text(json.dumps({"format": "nnbuilder/runs", "version": 7, "runs": []}))
    with pytest.raises(RunsFileError, match="version 7"):
        load_runs(path)


def test_a_record_is_made_from_a_training_result():
    project = base_project()
    result = TrainResult(
        history={"loss": [1.0, 0.8, 0.7], "val_loss": [1.1, 0.9, 0.95]},
        epochs_run=3, best_epoch=2, stopped_early=True, restored_best=True, seconds=4.0,
    )  # fmt: skip
    record = RunRecord.from_result(3, project, result, datetime(2026, 3, 2, 14, 5, 7, 123))
    assert record.started == "2026-03-02T14:05:07"
    assert record.project == project.to_dict()
    assert (record.best_val_loss, record.final_val_loss, record.epochs) == (0.9, 0.95, 3)
    assert record.loss == "mae"
    assert RunRecord.from_result(4, project, TrainResult(stop_requested=True), datetime.now()).note == "stopped by you"
    assert next_run_number([make_run(1), make_run(5)]) == 6 and next_run_number([]) == 1


def test_a_run_without_validation_has_no_validation_losses():
    run = make_run(1)
    run.history = {"loss": [0.5, 0.4]}
    assert run.best_val_loss is None and run.final_val_loss is None


def test_the_runs_module_loads_without_keras_or_pandas():
    code = "import sys, nnbuilder.engine.runs; print(sorted({'keras', 'tensorflow', 'pandas'} & set(sys.modules)))"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


# ---- what changed between two runs --------------------------------------------------------------


def test_the_same_settings_give_no_changes():
    assert describe_changes(base_project(), base_project()) == []


def test_an_argument_left_at_its_keras_default_is_no_change():
    new = base_project()
    new.layers[0].config["use_bias"] = True
    assert describe_changes(base_project(), new) == []


def test_a_changed_unit_count_names_the_layer():
    new = base_project()
    new.layers[0].config["units"] = 1024
    assert describe_changes(base_project(), new) == ["layer 1 Dense units 8 → 1024"]


def test_an_inserted_layer_is_one_plus_line_not_every_later_layer_changed():
    new = base_project()
    new.layers.insert(1, LayerSpec("Dropout", {"rate": 0.3}))
    assert describe_changes(base_project(), new) == ["+ Dropout(0.3)"]
    new.layers.insert(0, LayerSpec("Dense", {"units": 64, "activation": "relu"}))
    assert describe_changes(base_project(), new) == ["+ Dense(64, relu)", "+ Dropout(0.3)"]


def test_a_removed_layer_is_a_minus_line():
    new = base_project()
    del new.layers[2]  # BatchNormalization
    assert describe_changes(base_project(), new) == ["− BatchNormalization"]


def test_insertions_removals_and_edits_together_read_like_a_person_would_say_them():
    new = base_project()
    new.layers[0].config["units"] = 16
    new.layers.insert(1, LayerSpec("Dropout", {"rate": 0.3}))
    del new.layers[3]  # BatchNormalization, now after both Dropouts
    assert describe_changes(base_project(), new) == [
        "layer 1 Dense units 8 → 16", "+ Dropout(0.3)", "− BatchNormalization",
    ]  # fmt: skip


def test_training_changes_in_the_courses_words():
    new = base_project()
    new.training.batch_size = 32
    new.training.optimizer.config["learning_rate"] = 0.001
    assert describe_changes(base_project(), new) == ["learning_rate 0.01 → 0.001", "batch_size 64 → 32"]


def test_a_new_optimizer_shows_with_the_settings_that_differ():
    new = base_project()
    new.training.optimizer.class_name = "SGD"
    new.training.optimizer.config = {"learning_rate": 0.01, "momentum": 0.9}
    assert describe_changes(base_project(), new) == ["optimizer Adam → SGD", "momentum 0.9"]


def test_early_stopping_and_data_changes():
    new = base_project()
    new.training.early_stopping = EarlyStoppingSpec(patience=20)
    new.data.scaling = "none"
    new.data.validation_split = 0.2
    assert describe_changes(base_project(), new) == [
        "early stopping on", "validation_split 0.25 → 0.2", "scaling standard → none",
    ]  # fmt: skip
    newer = new.copy()
    newer.training.early_stopping = EarlyStoppingSpec(patience=5)
    assert describe_changes(new, newer) == ["patience 20 → 5"]
    newer.training.early_stopping = None
    assert describe_changes(new, newer) == ["early stopping off"]


# ---- the run list ---------------------------------------------------------------------------------


def three_runs() -> list[RunRecord]:
    second = base_project()
    second.layers[0].config["units"] = 64
    third = second.copy()
    third.layers.insert(1, LayerSpec("Dropout", {"rate": 0.3}))
    third.training.batch_size = 32
    third.training.early_stopping = EarlyStoppingSpec(patience=10)
    return [
        make_run(1, seconds=8.2, started="2026-03-02T14:05:00"),
        make_run(2, second, val_loss=[0.8, 0.55, 0.5, 0.52], seconds=9.7, started="2026-03-02T14:09:30"),
        make_run(3, third, val_loss=[0.7, 0.5, 0.45, 0.47, 0.48], best_epoch=3, stopped_early=True,
                 restored_best=True, seconds=75, started="2026-03-02T14:12:10"),
    ]  # fmt: skip


@pytest.fixture
def run_list(qtbot) -> RunList:
    view = RunList()
    qtbot.addWidget(view)
    view.resize(1000, 180)
    view.show()
    qtbot.waitExposed(view)
    return view


def rows(view: RunList) -> list[list[str]]:
    tree = view.findChild(QTreeWidget)
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())] for r in range(tree.topLevelItemCount())]


def test_the_run_list_shows_each_run_newest_first_with_what_changed(run_list):
    run_list.set_runs(three_runs())
    shown = rows(run_list)
    assert [row[0] for row in shown] == ["Run 3", "Run 2", "Run 1"]
    run3, run2, run1 = shown
    assert run3[3] == "5 (stopped early)" and run3[4] == "0.45 (epoch 3, restored)" and run3[5] == "0.48"
    assert run3[2] == "1 min 15 s"
    assert run3[6].splitlines() == ["+ Dropout(0.3)", "batch_size 64 → 32", "early stopping on"]
    assert run2[4] == "0.5 (epoch 3)" and run2[6] == "layer 1 Dense units 8 → 64"
    assert run1[6] == "first run"


def test_rerunning_the_same_settings_says_nothing_changed_and_shows_the_note(run_list):
    run_list.set_runs([make_run(1), make_run(2, note="stopped by you")])
    assert rows(run_list)[0][6].splitlines() == ["nothing changed", "(stopped by you)"]


def test_a_run_whose_settings_cannot_be_read_still_shows(run_list):
    broken = make_run(2)
    broken.project = {"format": "something else"}
    run_list.set_runs([make_run(1), broken])
    assert "cannot be read" in rows(run_list)[0][6]


def test_checking_runs_announces_it_and_lists_them_oldest_first(run_list, qtbot):
    runs = three_runs()
    run_list.set_runs(runs)
    tree = run_list.findChild(QTreeWidget)
    with qtbot.waitSignal(run_list.checked_changed):
        tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)  # run 3
    with qtbot.waitSignal(run_list.checked_changed):
        tree.topLevelItem(2).setCheckState(0, Qt.CheckState.Checked)  # run 1
    assert [run.number for run in run_list.checked_runs()] == [1, 3]
    with qtbot.waitSignal(run_list.checked_changed):
        run_list.set_runs(runs[:1])  # another project: nothing stays checked
    assert run_list.checked_runs() == []


def test_each_run_has_its_own_colour_in_the_list(run_list):
    run_list.set_runs(three_runs())
    tree = run_list.findChild(QTreeWidget)
    colours = set()
    for row in range(3):
        item = tree.topLevelItem(row)
        number = int(item.text(0).split()[1])
        centre = item.icon(0).pixmap(14, 14).toImage().pixelColor(7, 7)
        assert centre.name() == run_colour(number).name()
        colours.add(centre.name())
    assert len(colours) == 3


def test_a_new_run_is_added_on_top_unchecked_and_compared_with_the_last(run_list):
    runs = three_runs()
    run_list.set_runs(runs[:2])
    run_list.add_run(runs[2])
    assert rows(run_list)[0][0] == "Run 3"
    assert rows(run_list)[0][6].startswith("+ Dropout(0.3)")
    assert run_list.checked_runs() == [] and [run.number for run in run_list.runs()] == [1, 2, 3]



def test_a_continued_run_counts_its_epochs_from_where_it_started(tmp_path, run_list):
    continued = make_run(2, val_loss=[0.5, 0.4, 0.45], first_epoch=21)
    path = tmp_path / "tiny.runs.json"
    save_runs(path, [make_run(1), continued])
    assert load_runs(path)[1].first_epoch == 21 and continued.last_epoch == 23
    run_list.set_runs([make_run(1), continued])
    assert rows(run_list)[0][3:5] == ["3 (21–23)", "0.4 (epoch 22)"]


def test_the_run_list_keeps_four_runs_in_sight_and_every_change_readable(run_list, qtbot):
    run_list.set_runs(three_runs())
    tree = run_list.findChild(QTreeWidget)
    row_height = tree.visualItemRect(tree.topLevelItem(2)).height()
    assert tree.minimumHeight() >= tree.header().height() + 4 * min(row_height, tree.fontMetrics().height() + 6)
    newest = tree.topLevelItem(0)
    assert newest.toolTip(6) == newest.text(6)  # the whole list of changes, when the column is narrow
    assert tree.wordWrap()
