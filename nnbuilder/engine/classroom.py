"""Assignments on the engine side: measure a trained model against the goal, write result.json, and
check a handed-in run by recomputing its claim from the model itself.

Nothing is trusted: `check_run` reloads model.keras into the run's project, rebuilds the seeded
validation split, and recomputes the value. No Qt.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..i18n import translate
from ..spec import NNBuilderError, Project, load_project
from ..spec.assignment import AssignmentSpec, GoalSpec, locked_differences
from ..spec.errors import SpecError
from ..spec.io import write_text_atomic
from ..spec.words import counted
from .data import PreparedData, source_path
from .model_import import project_model_from
from .outputs import HISTORY_FILE, MODEL_FILE, PROJECT_FILE
from .weights import load_keras_model

RESULT_FILE = "result.json"
REPORT_FILE = "report.html"
RESULT_FORMAT = "nnbuilder/result"
RESULT_VERSION = 1
TOLERANCE = 1e-4  # how far a claimed value may be from the recomputed one (relative above 1)
DEFAULT_METRIC = "val_loss"  # what an assignment without a goal records


def measured_value(model: Any, data: PreparedData, loss: str, metric: str, batch_size: int) -> float:
    """``metric`` ("val_mae", "val_loss") of ``model`` on the validation rows, as Keras's evaluate
    gives it, with ``loss`` as the loss. Measured on a copy compiled for it: the model itself keeps
    its own compilation and optimizer state (the window may train it on)."""
    if data.x_val is None or data.y_val is None:
        raise NNBuilderError(translate("Classroom", "{metric} is measured on the validation rows, but this project "
                                                    "holds none back; set data.validation_split above 0").format(metric=metric))
    name = metric.removeprefix("val_")
    measuring = type(model).from_config(model.get_config())  # the same layers, not compiled
    measuring.set_weights(model.get_weights())
    try:
        measuring.compile(loss=loss, metrics=[] if name == "loss" else [name])
    except (ValueError, TypeError):
        raise NNBuilderError(
            translate("Classroom", "Keras cannot measure {metric}; use a metric such as val_mae or val_accuracy").format(
                metric=metric)
        ) from None
    figures = measuring.evaluate(data.x_val, data.y_val, batch_size=batch_size, verbose=0, return_dict=True)
    if name not in figures:
        raise NNBuilderError(
            translate("Classroom", "Keras did not report {metric}; use a metric such as val_mae or val_accuracy").format(
                metric=metric)
        )
    return float(figures[name])


@dataclass(frozen=True)
class Verdict:
    """How a trained network stands against an assignment's goal and limits."""

    metric: str
    value: float
    goal: GoalSpec | None
    parameters: int
    max_parameters: int | None
    broken_limits: tuple[str, ...] = ()

    @property
    def goal_met(self) -> bool:
        reached = self.goal is None or self.goal.met_by(self.value)
        return reached and not self.broken_limits and math.isfinite(self.value)

    def weights_phrase(self) -> str:
        """'12,345 of 20,000 weights', or '12,345 weights' without a limit."""
        if self.max_parameters is None:
            return counted(self.parameters, translate("Classroom", "weight"), translate("Classroom", "weights"))
        return translate("Classroom", "{count:,} of {limit:,} weights").format(
            count=self.parameters, limit=self.max_parameters)

    def sentence(self) -> str:
        """'Goal met: val_mae 0.58 ≤ 0.65', or 'Not yet: …' naming what is missing."""
        measured = self.goal.phrase(self.value) if self.goal is not None else f"{self.metric} {self.value:.4g}"
        if self.goal_met:
            if self.goal is not None:
                return translate("Classroom", "Goal met: {measured}").format(measured=measured)
            return translate("Classroom", "Done: {measured}").format(measured=measured)
        missing = "; ".join([*self.broken_limits, *([measured] if self.goal is not None else [])])
        return translate("Classroom", "Not yet: {missing}").format(missing=missing)


def limit_problems(parameters: int, assignment: AssignmentSpec | None) -> tuple[str, ...]:
    limit = None if assignment is None else assignment.max_parameters
    if limit is not None and parameters > limit:
        return (translate("Classroom", "the network has {count:,} weights, over the limit of {limit:,}").format(
            count=parameters, limit=limit),)
    return ()


def judge(model: Any, project: Project, data: PreparedData, teacher: Project | None = None) -> Verdict:
    """The verdict of ``model`` (trained from ``project``) on the teacher's assignment (by default the
    project's own), measured with the teacher's loss."""
    teacher = teacher if teacher is not None else project
    assignment = teacher.assignment
    goal = None if assignment is None else assignment.goal
    metric = goal.metric if goal is not None else DEFAULT_METRIC
    parameters = int(model.count_params())
    return Verdict(
        metric,
        measured_value(model, data, teacher.training.loss, metric, project.training.batch_size),
        goal,
        parameters,
        None if assignment is None else assignment.max_parameters,
        limit_problems(parameters, assignment),
    )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def result_record(student: str, project: Project, verdict: Verdict, epochs: int, run_dir: Path) -> dict[str, Any]:
    """result.json's object, for a run folder that already holds project.nnb and model.keras."""
    return {
        "format": RESULT_FORMAT,
        "version": RESULT_VERSION,
        "student": student,
        "assignment": project.title,
        "goal": None if verdict.goal is None else verdict.goal.to_dict(),
        "metric": verdict.metric,
        "value": verdict.value,
        "goal_met": verdict.goal_met,
        "verdict": verdict.sentence(),
        "parameters": verdict.parameters,
        "max_parameters": verdict.max_parameters,
        "epochs": epochs,
        "trained_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "project_sha256": file_sha256(run_dir / PROJECT_FILE),
        "model_sha256": file_sha256(run_dir / MODEL_FILE),
        "nnbuilder": __version__,
    }


def write_result(run_dir: Path, record: dict[str, Any]) -> Path:
    path = run_dir / RESULT_FILE
    write_text_atomic(path, json.dumps(record, indent=2, ensure_ascii=False) + "\n")
    return path


def check_student_name(name: str) -> str:
    """The name as it goes into result.json and a folder name; a clear error when it is empty."""
    name = " ".join(str(name).split())
    if not name:
        raise NNBuilderError(translate("Classroom", "the student's name is empty; give it with --student \"First Last\""))
    return name


# ---------------------------------------------------------------------------------------------
# Checking a handed-in run


@dataclass
class CheckedRun:
    """What `check` found in one run folder. ``record`` is result.json as read (or empty)."""

    folder: Path
    record: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    verdict: Verdict | None = None
    unreadable: str | None = None  # why the folder could not be checked at all
    history: dict[str, list[float]] = field(default_factory=dict)
    retrained: float | None = None  # with retrain: the goal's value of the project trained again here
    model_sha256: str | None = None  # of model.keras as found in the folder

    @property
    def verified(self) -> bool:
        return self.unreadable is None and not self.problems and self.verdict is not None

    @property
    def student(self) -> str:
        student = self.record.get("student")
        return student if isinstance(student, str) and student else self.folder.name

    def summary(self) -> str:
        """The `check` command's last line, without its 'verified:' or 'error:' prefix."""
        if self.unreadable is not None:
            return f"{self.folder}: {self.unreadable}"
        if self.problems:
            return f"{self.folder}: " + "; ".join(self.problems)
        assert self.verdict is not None
        again = "" if self.retrained is None else translate("Classroom", "; trained again here: {metric} {value:.4g}").format(
            metric=self.verdict.metric, value=self.retrained)
        return f"{self.student}, {self.verdict.sentence()} ({self.verdict.weights_phrase()}, {self.folder}){again}"


class Unreadable(Exception):
    """A run folder whose files cannot be read: the reason is the message."""


def _read_record(folder: Path) -> dict[str, Any]:
    path = folder / RESULT_FILE
    if not path.is_file():
        raise Unreadable(
            translate("Classroom", "it has no {file}; hand in the whole folder nnbuilder wrote").format(file=RESULT_FILE)
        )
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise Unreadable(
            translate("Classroom", "{file} is damaged ({error}); hand in again").format(file=RESULT_FILE, error=error)
        ) from None
    if not isinstance(record, dict) or record.get("format") != RESULT_FORMAT:
        raise Unreadable(translate("Classroom", "{file} is not an nnbuilder result; hand in again").format(file=RESULT_FILE))
    return record


def _with_data_found(
    project: Project, folder: Path, teacher: Project | None, assignment_path: Path | None
) -> tuple[Project, Path]:
    """The run's project and the folder its data path starts at.

    With the teacher's assignment, the table is the teacher's: a table the student handed in under
    the same name is never used. Without it, the run's own table; a handed-in folder seldom sits
    where it was trained, so it is also looked for by its name in the run's folder."""
    if teacher is not None and assignment_path is not None and not teacher.data.is_builtin:
        table = source_path(teacher.data, assignment_path.parent)
        if not table.is_file():
            raise Unreadable(translate("Classroom", "the assignment's table {table} was not found beside {assignment}; "
                                                    "put it in {folder}").format(
                table=teacher.data.source, assignment=assignment_path.name, folder=assignment_path.parent))  # fmt: skip
        moved = project.copy()
        moved.data.source = str(table.resolve())
        return moved, folder
    if project.data.is_builtin or source_path(project.data, folder).is_file():
        return project, folder
    name = Path(project.data.source.replace("\\", "/")).name
    if (folder / name).is_file():
        moved = project.copy()
        moved.data.source = name
        return moved, folder
    raise Unreadable(translate("Classroom", "its data {name} was not found; put {name} in {folder}, or name the "
                                            "assignment with --assignment TASK.nnb and put the table beside it").format(
        name=name, folder=folder))  # fmt: skip


DataCache = dict[str, PreparedData]


def _prepared(project: Project, base: Path, cache: DataCache | None) -> PreparedData:
    from .train import prepare_project

    data_path = "" if project.data.is_builtin else str(source_path(project.data, base).resolve())
    # prepare_project also checks that the network's output fits the target: the layers are part of the key
    described = project.to_dict()
    key = json.dumps([described["data"], data_path, project.training.loss, described["layers"]], sort_keys=True)
    if cache is not None and key in cache:
        return cache[key]
    data = prepare_project(project, base)
    if cache is not None:
        cache[key] = data
    return data


def _same_value(claimed: float, value: float) -> bool:
    if math.isnan(claimed) or math.isnan(value):  # a blown-up model claims NaN honestly
        return math.isnan(claimed) and math.isnan(value)
    return math.isclose(claimed, value, rel_tol=TOLERANCE, abs_tol=TOLERANCE)


def _claim_problems(record: dict[str, Any], verdict: Verdict) -> list[str]:
    problems = []
    claimed = record.get("value")
    if isinstance(claimed, bool) or not isinstance(claimed, (int, float)):
        problems.append(translate("Classroom", "{file} has no value for {metric}").format(
            file=RESULT_FILE, metric=verdict.metric))
    elif not _same_value(float(claimed), verdict.value):
        problems.append(
            translate("Classroom", "{file} claims {metric} {claimed:.6g}, but the model gives {value:.6g}").format(
                file=RESULT_FILE, metric=verdict.metric, claimed=claimed, value=verdict.value)
        )
    if record.get("metric") != verdict.metric:
        problems.append(translate("Classroom", "{file} reports {claimed}, but the goal is {metric}").format(
            file=RESULT_FILE, claimed=repr(record.get("metric")), metric=verdict.metric))
    claimed_met = record.get("goal_met")
    if not isinstance(claimed_met, bool):
        problems.append(translate("Classroom", "{file} gives goal_met as {claimed}, not true or false").format(
            file=RESULT_FILE, claimed=repr(claimed_met)))
    elif claimed_met is not verdict.goal_met:
        said = (translate("Classroom", "{file} says the goal was met, but it was not met") if claimed_met else
                translate("Classroom", "{file} says the goal was not met, but it was met"))
        problems.append(said.format(file=RESULT_FILE))
    if record.get("parameters") != verdict.parameters:
        problems.append(translate("Classroom", "{file} claims {claimed} weights, but the model has {count:,}").format(
            file=RESULT_FILE, claimed=repr(record.get("parameters")), count=verdict.parameters))
    return problems


def _hash_problems(checked: CheckedRun) -> list[str]:
    """Whether project.nnb and model.keras are the files result.json was written for; the model's
    hash is kept on ``checked`` (a collection compares it across hand-ins)."""
    problems = []
    for key, name in (("project_sha256", PROJECT_FILE), ("model_sha256", MODEL_FILE)):
        digest = file_sha256(checked.folder / name)
        if name == MODEL_FILE:
            checked.model_sha256 = digest
        if checked.record.get(key) != digest:
            problems.append(translate("Classroom", "{file} is not the file {result} was written for").format(
                file=name, result=RESULT_FILE))
    return problems


def _assignment_problems(project: Project, teacher: Project) -> list[str]:
    problems = locked_differences(project, teacher)
    mine, theirs = project.assignment, teacher.assignment
    assert theirs is not None
    if mine is None:
        problems.append(translate("Classroom", "the run's project has no assignment section: it was not made from "
                                               "this assignment"))  # fmt: skip
    else:
        if mine.goal != theirs.goal:
            problems.append(translate("Classroom", "the run's goal differs from the assignment's"))
        if mine.max_parameters != theirs.max_parameters:
            problems.append(translate("Classroom", "the run's weight limit ({mine}) differs from the assignment's "
                                                   "({theirs})").format(mine=mine.max_parameters, theirs=theirs.max_parameters))
        if sorted(mine.locked) != sorted(theirs.locked):
            problems.append(translate("Classroom", "the run's locked sections differ from the assignment's"))
    return problems


def load_assignment(path: str | Path) -> Project:
    """The teacher's assignment file; an error when the project has no assignment section."""
    project = load_project(path)
    if project.assignment is None:
        raise NNBuilderError(translate("Classroom", "{path} is a project but not an assignment (it has no "
                                                    "\"assignment\" section); make one with File → Make Assignment…").format(
            path=path))  # fmt: skip
    return project


def check_run(
    folder: str | Path,
    assignment: Project | None = None,
    assignment_path: Path | None = None,
    cache: DataCache | None = None,
    retrain: bool = False,
) -> CheckedRun:
    """Recompute a run's claim from its model and compare: see the `nnbuilder check` help.

    ``retrain``: also train the run's project again here, from its seed, and note the value that
    reaches; a model that did not come from its project's training (trained longer than the locked
    epochs, or on the validation rows) reaches a different one. Noted, not judged: a run stopped
    early by hand or continued in the window also differs."""
    from .report import read_history

    folder = Path(folder)
    checked = CheckedRun(folder)
    try:
        if not folder.is_dir():
            raise Unreadable(translate("Classroom", "it is not a folder"))
        checked.record = _read_record(folder)
        for name in (PROJECT_FILE, MODEL_FILE):
            if not (folder / name).is_file():
                raise Unreadable(
                    translate("Classroom", "{file} is missing; hand in the whole folder nnbuilder wrote").format(file=name)
                )
        try:
            project = load_project(folder / PROJECT_FILE)
        except SpecError as error:
            raise Unreadable(
                translate("Classroom", "{file} cannot be read ({error})").format(file=PROJECT_FILE, error=error)
            ) from None
        try:
            checked.history = read_history(folder / HISTORY_FILE).history
        except NNBuilderError:
            checked.history = {}
        checked.problems += _hash_problems(checked)
        if assignment is not None:  # the project as handed in, before the teacher's table replaces its own
            checked.problems += _assignment_problems(project, assignment)
        project, base = _with_data_found(project, folder, assignment, assignment_path)
        try:
            data = _prepared(project, base, cache)
        except NNBuilderError as error:
            raise Unreadable(translate("Classroom", "its data cannot be prepared ({error})").format(error=error)) from None
        try:
            saved = load_keras_model(folder / MODEL_FILE)
        except NNBuilderError as error:
            raise Unreadable(
                translate("Classroom", "{file} cannot be loaded ({error})").format(file=MODEL_FILE, error=error)
            ) from None
        model, why_not = project_model_from(saved, MODEL_FILE, project, data.input_width)
        if model is None:
            checked.problems.append(translate("Classroom", "the layers in {model} do not match {project}: {why}").format(
                model=MODEL_FILE, project=PROJECT_FILE, why=why_not))
            return checked
        try:
            verdict = judge(model, project, data, assignment)
        except NNBuilderError as error:
            checked.problems.append(translate("Classroom", "its goal cannot be measured: {error}").format(error=error))
            return checked
        checked.verdict = verdict
        if retrain:
            from .train import train

            again = train(project, base, data=data)
            checked.retrained = judge(again.model, project, data, assignment).value
        checked.problems += list(verdict.broken_limits)
        checked.problems += _claim_problems(checked.record, verdict)
        if not str(checked.record.get("student", "")).strip():
            checked.problems.append(translate("Classroom", "{file} names no student").format(file=RESULT_FILE))
    except Unreadable as error:
        checked.unreadable = str(error)
    except OSError as error:
        checked.unreadable = translate("Classroom", "a file cannot be read ({reason})").format(
            reason=error.strerror or error)
    return checked
