"""Classroom commands: `nnbuilder check` and `nnbuilder collect`, and what `train --student` adds."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import translate
from ..spec import Project
from ..spec.errors import NNBuilderError
from ..spec.words import counted
from .common import EXIT_ERROR, EXIT_OK, Parser, say

if TYPE_CHECKING:
    from ..engine.classroom import Verdict
    from ..engine.train import TrainedModel


def hand_in_files(out_dir: Path, project: Project, student: str, trained: TrainedModel) -> tuple[Verdict, list[Path]]:
    """After `train --student` wrote the run: result.json (the verdict, measured on the saved model)
    and report.html, so the folder is a whole hand-in."""
    from ..engine.classroom import REPORT_FILE, judge, result_record, write_result
    from ..engine.report import ForLab, write_report

    verdict = judge(trained.model, project, trained.data)
    record = result_record(student, project, verdict, trained.result.epochs_run, out_dir)
    written = [write_result(out_dir, record)]
    lab = ForLab(student=student, verdict=verdict)
    written.append(write_report(out_dir / REPORT_FILE, project, trained.result, trained.data, trained.model, lab=lab))
    return verdict, written


def _assignment(argument: str | None) -> tuple[Project | None, Path | None]:
    if argument is None:
        return None, None
    from ..engine.classroom import load_assignment

    return load_assignment(argument), Path(argument)


def command_check(args: argparse.Namespace) -> int:
    from ..engine.classroom import check_run

    assignment, assignment_path = _assignment(args.assignment)
    checked = check_run(Path(args.run), assignment, assignment_path, retrain=args.retrain)
    if not checked.verified:
        say("error", checked.summary())
        return EXIT_ERROR
    if assignment is None:
        say("note", translate("Classroom", "without --assignment TASK.nnb the locked sections and the limit are the "
                              "run's own, not the teacher's"))
    print("verified: " + checked.summary())  # the word scripts look for, like error:, stays English
    return EXIT_OK


def command_collect(args: argparse.Namespace) -> int:
    from ..engine.collect import (
        check_table_path,
        collect_runs,
        goal_met_count,
        write_class_table,
    )

    roots = [Path(folder) for folder in args.folders]
    for root in roots:
        if not root.exists():
            raise NNBuilderError(
                translate("Classroom", "{folder} does not exist; name the folders the hand-ins were copied into").format(
                    folder=root
                )
            )
    out = Path(args.out)
    if out.is_dir():
        raise NNBuilderError(
            translate("Classroom", "{out} is a folder; give the table a file name, such as {example}").format(
                out=out, example=out / "class.csv"
            )
        )
    assignment, assignment_path = _assignment(args.assignment)
    check_table_path(out, roots, assignment, assignment_path)
    if assignment is None:
        say("note", translate("Classroom", "without --assignment TASK.nnb each hand-in is held to its own goal, limit "
                              "and locks, which a student could have loosened"))  # fmt: skip

    def progress(index: int, count: int, folder: Path) -> None:
        print(
            translate("Classroom", "checking {number}/{count}: {folder}").format(
                number=index + 1, count=count, folder=folder
            ),
            flush=True,
        )

    runs = collect_runs(roots, assignment, assignment_path, progress, retrain=args.retrain)
    try:
        csv_path, html_path = write_class_table(out, runs, assignment, roots)
    except OSError as error:
        raise NNBuilderError(
            translate("Classroom", "cannot write {out} ({reason}); choose another file with -o").format(
                out=out, reason=error.strerror or error
            )
        ) from None
    for run in runs:
        if not run.verified:
            say("warning", run.summary())
    verified = sum(run.verified for run in runs)
    hand_ins = counted(len(runs), translate("Classroom", "hand-in"), translate("Classroom", "hand-ins"))
    print(translate("Classroom", "wrote {csv} and {html}: {hand_ins}, {verified} verified, {goal_met} verified with "
                    "the goal met").format(csv=csv_path, html=html_path, hand_ins=hand_ins, verified=verified,
                                           goal_met=goal_met_count(runs)))  # fmt: skip
    return EXIT_OK


def _retrain_help() -> str:
    return translate("Classroom", "also train each run's project again here from its seed and show the value it "
                     "reaches: a model trained otherwise (longer than the locked epochs, on the validation rows) "
                     "reaches another; so does a run stopped or continued by hand. Takes as long as the training did")


def classroom_parser(subcommand: str | None) -> Parser | None:
    """The parser of a command of this module, or None for another command."""
    if subcommand == "check":
        parser = Parser(
            prog="nnbuilder check",
            description=translate(
                "Classroom",
                "Verify a handed-in run: load its model.keras, rebuild the validation split from its "
                "project.nnb, and recompute the value result.json claims. Also checks that the model's layers match "
                "the project, the weight limit, and (with --assignment) that the locked sections are the teacher's.",
            ),
        )
        parser.add_argument("run", help=translate("Classroom", "the folder 'nnbuilder train --student' or Hand in… "
                            "wrote"))
        parser.add_argument("--assignment", metavar="TASK.nnb", help=translate("Classroom", "the teacher's assignment: "
                            "its goal, limit and locked sections are the ones checked, on its own table (beside it)"))
        parser.add_argument("--retrain", action="store_true", help=_retrain_help())
    elif subcommand == "collect":
        parser = Parser(
            prog="nnbuilder collect",
            description=translate(
                "Classroom",
                "Check every hand-in under the folders (as 'nnbuilder check' does) and write the class table: CSV, "
                "and beside it a self-contained HTML page with a sortable table and every validation curve.",
            ),
        )
        parser.add_argument("folders", nargs="+", metavar="DIR", help=translate("Classroom", "folders holding the "
                            "hand-ins (searched through, subfolders too)"))
        parser.add_argument("-o", "--out", metavar="CSV", required=True, help=translate("Classroom", "the class table "
                            "to write, such as class.csv (class.html is written beside it)"))
        parser.add_argument("--assignment", metavar="TASK.nnb",
                            help=translate("Classroom", "the teacher's assignment (see 'check')"))
        parser.add_argument("--retrain", action="store_true", help=_retrain_help())
    else:
        return None
    return parser


CLASSROOM_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": command_check,
    "collect": command_collect,
}
