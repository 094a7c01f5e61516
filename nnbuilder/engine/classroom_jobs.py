"""The window's classroom work on the engine thread: the goal's verdict of the trained model, a
student's hand-in folder, a lab report with the student's name, and the class table of hand-ins.

Like ``jobs``, each takes the engine's ``Workspace`` and returns only plain data.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import translate
from ..spec import NNBuilderError
from ..spec.io import safe_file_name
from .jobs import trained_state
from .service import Workspace

if TYPE_CHECKING:
    from .classroom import CheckedRun, Verdict
    from .reporting import TrainResult
    from .runs import RunRecord


def judge_trained(workspace: Workspace, owner: str) -> Verdict:
    """The kept model against its project's assignment (measured on the validation rows)."""
    from .classroom import judge

    state = trained_state(workspace, owner)
    return judge(state.model, state.project, state.data)


def write_lab_report(
    workspace: Workspace, owner: str, path: Path, result: TrainResult, student: str, runs: list[RunRecord],
    answers: list[str],
) -> str:  # fmt: skip
    """The window's lab report: the trained run, with the student's name, answers, verdict and runs."""
    from .classroom import judge
    from .report import ForLab, write_report

    state = trained_state(workspace, owner)
    project = replace(state.project.copy(), answers=list(answers))
    verdict = judge(state.model, state.project, state.data) if state.project.assignment is not None else None
    lab = ForLab(student=student, verdict=verdict, runs=tuple(runs))
    written = write_report(path, project, result, state.data, state.model, lab=lab)
    return translate("ClassroomJobs", "Wrote the report {path}").format(path=written)


def hand_in(
    workspace: Workspace, owner: str, folder: Path, base_dir: Path | None, result: TrainResult, student: str,
    runs: list[RunRecord], answers: list[str],
) -> tuple[Path, Verdict]:  # fmt: skip
    """Write the student's folder inside ``folder``: project.nnb, model.keras, history.csv,
    result.json and report.html, as `nnbuilder check` expects them."""
    from .classroom import (
        REPORT_FILE,
        check_student_name,
        judge,
        result_record,
        write_result,
    )
    from .outputs import write_run
    from .report import ForLab, write_report

    student = check_student_name(student)
    state = trained_state(workspace, owner)
    # the project as trained (check rebuilds the model from it), with the answers as they are now
    project = replace(state.project.copy(), answers=list(answers))
    out = folder / safe_file_name(student)
    _refuse_someone_elses(out, student)
    write_run(out, project, base_dir, result, state.model)
    verdict = judge(state.model, project, state.data)
    write_result(out, result_record(student, project, verdict, result.epochs_run, out))
    write_report(out / REPORT_FILE, project, result, state.data, state.model,
                 lab=ForLab(student=student, verdict=verdict, runs=tuple(runs)))  # fmt: skip
    return out, verdict


def _refuse_someone_elses(out: Path, student: str) -> None:
    """A hand-in replaces the same student's earlier one, never a classmate's (two names that make
    the same folder name, or a name typed on purpose)."""
    from .classroom import RESULT_FILE

    try:
        earlier = json.loads((out / RESULT_FILE).read_text(encoding="utf-8")).get("student")
    except (OSError, ValueError, AttributeError):
        earlier = None
    if out.exists() and any(out.iterdir()) and earlier != student:
        if isinstance(earlier, str) and earlier:
            message = translate("ClassroomJobs", "{folder} already holds the hand-in of {student}; hand in under your "
                                                 "full name, or ask your teacher").format(folder=out, student=earlier)
        else:
            message = translate("ClassroomJobs", "{folder} already holds other files; hand in under your full name, or "
                                                 "ask your teacher").format(folder=out)
        raise NNBuilderError(message)


def collect_hand_ins(
    workspace: Workspace, roots: list[Path], out_csv: Path, assignment_path: Path | None
) -> tuple[list[CheckedRun], Path, Path]:
    """Check every hand-in under the roots and write class.csv and class.html."""
    from .classroom import load_assignment
    from .collect import check_table_path, collect_runs, write_class_table

    assignment = load_assignment(assignment_path) if assignment_path is not None else None
    check_table_path(out_csv, roots, assignment, assignment_path)
    runs = collect_runs(roots, assignment, assignment_path)
    csv_path, html_path = write_class_table(out_csv, runs, assignment, roots)
    return runs, csv_path, html_path
