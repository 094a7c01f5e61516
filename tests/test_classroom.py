"""Assignments on the command line: `train --student`, `check` and `collect`, and the three cheats
each of them must catch (a faked number, a changed locked setting, a network over the limit)."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from nnbuilder.cli import main
from nnbuilder.spec import SpecError, load_project, loads_project

TABLE = "plants.csv"


def assignment_dict(**changes) -> dict:
    raw = {
        "format": "nnbuilder/project",
        "version": 3,
        "title": "Plant height",
        "assignment": {
            "instructions": "Predict the height.\n\nStay under 60 weights.",
            "goal": {"metric": "val_mae", "at_most": 0.5},
            "max_parameters": 60,
            "locked": ["data", "training.loss"],
        },
        "data": {"source": TABLE, "target": "height", "validation_split": 0.25, "split_seed": 0},
        "layers": [
            {"class_name": "Dense", "config": {"units": 8, "activation": "relu"}},
            {"class_name": "Dense", "config": {"units": 1}},
        ],
        "training": {"loss": "mse", "metrics": ["mae"], "epochs": 30, "batch_size": 16, "seed": 1,
                     "optimizer": {"class_name": "Adam", "config": {"learning_rate": 0.03}}},
    }  # fmt: skip
    for key, value in changes.items():
        raw[key] = value
    return raw


def write_table(folder: Path) -> None:
    rng = np.random.default_rng(0)
    water, light = rng.uniform(0, 1, 240), rng.uniform(0, 1, 240)
    height = 2 * water + light + rng.normal(0, 0.1, 240)
    lines = ["water,light,height"] + [f"{w:.4f},{li:.4f},{h:.4f}" for w, li, h in zip(water, light, height)]
    (folder / TABLE).write_text("\n".join(lines) + "\n")


def files_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def classroom(tmp_path_factory):
    """The teacher's folder (task.nnb beside its table) and four hand-ins: one honest, three cheats."""
    teacher = tmp_path_factory.mktemp("teacher")
    write_table(teacher)
    task = teacher / "task.nnb"
    task.write_text(json.dumps(assignment_dict()))
    hand_ins = tmp_path_factory.mktemp("share")

    def train_as(student: str, raw: dict) -> Path:
        work = teacher / f"{student}.nnb"
        work.write_text(json.dumps(raw))
        out = hand_ins / student
        assert main(["train", str(work), "--student", student, "--out", str(out)]) == 0
        return out

    train_as("ada", assignment_dict())
    faked = train_as("bo", assignment_dict())  # an honest run whose number was then made better by hand
    record = json.loads((faked / "result.json").read_text())
    record.update(value=record["value"] / 3)
    (faked / "result.json").write_text(json.dumps(record))
    loss_changed = assignment_dict()
    loss_changed["training"]["loss"] = "mae"  # locked by the teacher
    train_as("cem", loss_changed)
    too_big = assignment_dict(layers=[
        {"class_name": "Dense", "config": {"units": 64, "activation": "relu"}},
        {"class_name": "Dense", "config": {"units": 1}},
    ])  # fmt: skip
    too_big["assignment"]["max_parameters"] = 100_000  # the student's own copy, loosened
    train_as("deniz", too_big)
    return teacher, task, hand_ins


def check(capsys, run: Path, task: Path | None) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["check", str(run), *(["--assignment", str(task)] if task else [])])
    out, err = capsys.readouterr()
    return code, out, err


def test_train_student_writes_a_result_the_check_verifies(classroom, capsys):
    _, task, hand_ins = classroom
    record = json.loads((hand_ins / "ada" / "result.json").read_text())
    assert record["student"] == "ada" and record["metric"] == "val_mae"
    assert record["goal"] == {"metric": "val_mae", "at_most": 0.5}
    assert record["parameters"] == 3 * 8 + 8 + 1 == 33
    assert record["epochs"] == 30 and record["trained_at"]
    assert record["project_sha256"] == hashlib.sha256((hand_ins / "ada" / "project.nnb").read_bytes()).hexdigest()
    # the value is the saved model's own: the last validation epoch of history.csv (no early stopping)
    with open(hand_ins / "ada" / "history.csv") as file:
        last = list(csv.DictReader(file))[-1]
    assert record["value"] == pytest.approx(float(last["val_mae"]), abs=1e-5)
    assert record["goal_met"] is (record["value"] <= 0.5)
    assert (hand_ins / "ada" / "report.html").is_file()
    code, out, err = check(capsys, hand_ins / "ada", task)
    assert code == 0, err
    assert out.startswith("verified: ada,") and "val_mae" in out and "33 of 60 weights" in out


def test_train_student_says_on_its_last_line_whether_the_goal_was_met(tmp_path, capsys):
    write_table(tmp_path)
    raw = assignment_dict()
    raw["assignment"]["goal"] = {"metric": "val_mae", "at_most": 0.0001}  # out of reach
    (tmp_path / "t.nnb").write_text(json.dumps(raw))
    capsys.readouterr()
    assert main(["train", str(tmp_path / "t.nnb"), "--student", "Ece", "--epochs", "2", "--out", str(tmp_path / "r")]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("Not yet: val_mae") and "> 0.0001" in last
    assert json.loads((tmp_path / "r" / "result.json").read_text())["goal_met"] is False


def test_check_catches_a_faked_number(classroom, capsys):
    _, task, hand_ins = classroom
    code, _, err = check(capsys, hand_ins / "bo", task)
    assert code == 1
    assert err.startswith("error:") and "claims val_mae" in err and "but the model gives" in err


def test_check_catches_a_changed_locked_setting(classroom, capsys):
    _, task, hand_ins = classroom
    code, _, err = check(capsys, hand_ins / "cem", task)
    assert code == 1 and "the locked 'training.loss' was changed" in err and '"mse"' in err


def test_check_catches_a_network_over_the_limit(classroom, capsys):
    _, task, hand_ins = classroom
    claimed = json.loads((hand_ins / "deniz" / "result.json").read_text())
    assert claimed["goal_met"] is True  # by the student's loosened copy
    code, _, err = check(capsys, hand_ins / "deniz", task)
    assert code == 1 and "the network has 257 weights, over the limit of 60" in err


def test_a_moved_hand_in_finds_its_data_beside_the_assignment(classroom, capsys, tmp_path):
    _, task, hand_ins = classroom
    moved = tmp_path / "usb" / "ada"
    shutil.copytree(hand_ins / "ada", moved)
    code, _out, err = check(capsys, moved, task)
    assert code == 0, err
    code, _, err = check(capsys, moved, None)  # nowhere to find the table
    assert code == 1 and "plants.csv was not found" in err


def test_collect_writes_the_class_table_and_catches_every_cheat(classroom, capsys, tmp_path):
    _, task, hand_ins = classroom
    broken = tmp_path / "more" / "emre"
    broken.mkdir(parents=True)
    (broken / "project.nnb").write_text("{ not json")
    (broken / "result.json").write_text('{"format": "nnbuilder/result", "student": "emre"}')
    damaged = broken.parent / "fay"  # a whole hand-in whose model was damaged on the way
    shutil.copytree(hand_ins / "ada", damaged)
    (damaged / "model.keras").write_bytes(b"PK\x03\x04 not a zip at all")
    record = json.loads((damaged / "result.json").read_text())
    (damaged / "result.json").write_text(json.dumps(record | {"student": "fay"}))
    before = files_digest(hand_ins) | files_digest(broken.parent)
    out = tmp_path / "class.csv"
    assert main(["collect", str(hand_ins), str(broken.parent), "-o", str(out), "--assignment", str(task)]) == 0
    assert files_digest(hand_ins) | files_digest(broken.parent) == before  # input files are never changed
    rows = {row["student"]: row for row in csv.DictReader(out.open())}
    assert set(rows) == {"ada", "bo", "cem", "deniz", "emre", "fay"}
    assert rows["ada"]["verified"] == "yes" and rows["ada"]["metric"] == "val_mae" and rows["ada"]["parameters"] == "33"
    assert rows["bo"]["verified"] == "no" and "claims val_mae" in rows["bo"]["problems"]
    assert rows["cem"]["verified"] == "no" and "training.loss" in rows["cem"]["problems"]
    assert rows["deniz"]["verified"] == "no" and rows["deniz"]["goal_met"] == "no"
    assert "over the limit of 60" in rows["deniz"]["problems"]
    assert rows["emre"]["verified"] == "unreadable" and "model.keras is missing" in rows["emre"]["problems"]
    assert rows["fay"]["verified"] == "unreadable" and "model.keras cannot be loaded" in rows["fay"]["problems"]
    page = out.with_suffix(".html").read_text()
    assert page.count("<svg") >= 4 and "aria-sort" in page and "Plant height" in page  # curves and sorting
    assert "http" not in page.replace("http://www.w3.org/2000/svg", "")  # self-contained: nothing to fetch


def test_train_student_refuses_a_project_without_an_assignment(tmp_path, capsys, write_project):
    path = write_project()
    assert main(["train", str(path), "--student", "Ada", "--out", str(tmp_path / "r")]) == 1
    assert "not an assignment" in capsys.readouterr().err


def test_the_assignment_section_is_checked_and_older_files_still_open(tmp_path):
    raw = assignment_dict()
    project = loads_project(json.dumps(raw))
    assert project.assignment.goal.phrase(0.4) == "val_mae 0.4 ≤ 0.5"
    assert project.assignment.is_locked("data.target") and not project.assignment.is_locked("layers")
    again = loads_project(json.dumps(project.to_dict()))
    assert again.assignment == project.assignment and project.to_dict()["version"] == 3
    raw["assignment"] = {"goal": {"metric": "val_accuracy", "at_least": 0.9}, "locked": ["trainig"], "max_parameters": -1}
    with pytest.raises(SpecError) as caught:
        loads_project(json.dumps(raw))
    text = str(caught.value)
    assert "add 'accuracy' to training.metrics" in text
    assert "'trainig' is not a section that can be locked; did you mean 'training'?" in text
    assert "max_parameters must be a whole number of at least 1" in text
    plain = assignment_dict()
    del plain["assignment"]
    plain["version"] = 1
    (tmp_path / "old.nnb").write_text(json.dumps(plain))
    assert load_project(tmp_path / "old.nnb").assignment is None


def test_a_table_handed_in_under_the_teachers_name_is_not_the_one_measured(classroom, capsys, tmp_path):
    teacher, task, _ = classroom
    student = tmp_path / "student"
    student.mkdir()
    write_table(student)
    table = (student / TABLE).read_text().splitlines()  # an easier table under the same name
    easier = [f"{water},{light},{2 * float(water):.4f}" for water, light, _ in (row.split(",") for row in table[1:])]
    (student / TABLE).write_text("\n".join([table[0], *easier]) + "\n")  # no noise: a lower error
    (student / "mine.nnb").write_text(json.dumps(assignment_dict()))
    out = tmp_path / "share" / "gul"
    assert main(["train", str(student / "mine.nnb"), "--student", "gul", "--out", str(out)]) == 0
    shutil.copy(student / TABLE, out / TABLE)
    claimed = json.loads((out / "result.json").read_text())["value"]
    code, _, err = check(capsys, out, task)
    assert code == 1 and f"claims val_mae {claimed:.6g}" in err  # measured on the teacher's own table


def test_a_goal_needs_the_same_rows_and_a_loss_goal_the_same_loss():
    raw = assignment_dict()
    raw["assignment"]["locked"] = ["data.source", "training.loss"]
    with pytest.raises(SpecError, match=r'lock "data" \(or data.target, data.validation_split, data.split_seed\)'):
        loads_project(json.dumps(raw))
    raw["assignment"].update(locked=["data"], goal={"metric": "val_loss", "at_most": 0.1})
    with pytest.raises(SpecError, match='lock "training.loss"'):
        loads_project(json.dumps(raw))
    raw["assignment"]["locked"] = ["data", "training"]
    assert loads_project(json.dumps(raw)).assignment.is_locked("training.loss")


def test_collect_never_writes_over_what_it_reads_and_flags_copied_models(classroom, capsys, tmp_path):
    teacher, task, hand_ins = classroom
    for target in (teacher / TABLE, task, hand_ins / "ada" / "class.csv", tmp_path / "class.html"):
        before = target.read_bytes() if target.exists() else None
        assert main(["collect", str(hand_ins), "-o", str(target), "--assignment", str(task)]) == 1
        assert (target.read_bytes() if target.exists() else None) == before
    copied = tmp_path / "copies"
    shutil.copytree(hand_ins / "ada", copied / "ada")
    shutil.copytree(hand_ins / "ada", copied / "=HYPERLINK(x)")
    record = json.loads((copied / "=HYPERLINK(x)" / "result.json").read_text())
    (copied / "=HYPERLINK(x)" / "result.json").write_text(json.dumps(record | {"student": "=HYPERLINK(x)"}))
    out = tmp_path / "class.csv"
    assert main(["collect", str(copied), str(copied / "ada"), "-o", str(out), "--assignment", str(task)]) == 0
    rows = list(csv.DictReader(out.open()))
    assert [row["student"] for row in rows] == ["'=HYPERLINK(x)", "ada"]  # each once; a name is never a formula
    assert all(row["verified"] == "no" and "byte for byte the one in the hand-in of" in row["problems"] for row in rows)
    assert all(row["goal_met"] == "no" for row in rows)  # an unverified claim counts for nothing


def test_retrain_shows_what_the_project_itself_reaches(classroom, capsys, tmp_path):
    """A student who trained longer than the locked epochs, then put the file back and fixed the
    hashes, passes the check; training the project again shows another value."""
    teacher, task, _ = classroom
    raw = assignment_dict()
    raw["assignment"]["locked"] = ["data", "training"]
    strict = teacher / "strict.nnb"
    strict.write_text(json.dumps(raw))
    out = tmp_path / "hal"
    assert main(["train", str(strict), "--student", "hal", "--epochs", "3", "--out", str(out)]) == 0
    project = json.loads((out / "project.nnb").read_text())
    project["training"]["epochs"] = 30  # back to what the assignment says
    (out / "project.nnb").write_text(json.dumps(project))
    record = json.loads((out / "result.json").read_text())
    record["project_sha256"] = hashlib.sha256((out / "project.nnb").read_bytes()).hexdigest()
    (out / "result.json").write_text(json.dumps(record))
    code, _, err = check(capsys, out, strict)
    assert code == 0, err
    capsys.readouterr()
    assert main(["check", str(out), "--assignment", str(strict), "--retrain"]) == 0
    line = capsys.readouterr().out
    retrained = float(line.rsplit("trained again here: val_mae ", 1)[1])
    assert retrained < record["value"] * 0.8  # 30 epochs reach far lower than the 3 it really had
