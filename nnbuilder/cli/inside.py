"""Commands that look inside one step: `nnbuilder trace`, `nnbuilder step` and `nnbuilder lr-find`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ..i18n import translate
from ..spec import Project
from ..spec.errors import NNBuilderError
from .common import EXIT_ERROR, EXIT_OK, Parser, say


def command_trace(args: argparse.Namespace) -> int:
    from ..engine.trace import describe, trace_run_row

    trace = trace_run_row(args.run, args.row)
    if args.json:
        print(json.dumps(trace.to_json(), indent=1))
    else:
        for line in describe(trace, translate("Inside", "the run's table")):
            print(line)
    return EXIT_OK


Result = TypeVar("Result")


def _project(argument: str) -> tuple[Project, Path]:
    from ..engine.lessons import resolve_project_argument
    from ..spec import load_project

    path = resolve_project_argument(argument)
    return load_project(path), path


def _writable(out: Path, what: Callable[[], Result]) -> Result:
    try:
        return what()
    except OSError as error:
        raise NNBuilderError(
            translate("Inside", "cannot write into {out} ({reason}); choose another folder with --out").format(
                out=out, reason=error.strerror or error
            )
        ) from None


def command_step(args: argparse.Namespace) -> int:
    from ..engine.one_step import step_project

    project, path = _project(args.project)
    out = Path(args.out)
    start = Path(args.from_run) if args.from_run else None
    result = _writable(out, lambda: step_project(project, path.parent, out, start))
    if start:
        line = translate("Inside", "one {optimizer} step (learning rate {rate:g}) from the trained weights of "
                         "{start}, on the first training batch of {rows} rows")
    else:
        line = translate("Inside", "one {optimizer} step (learning rate {rate:g}) from the project's seeded initial "
                         "weights, on the first training batch of {rows} rows")
    print(line.format(optimizer=result.optimizer, rate=result.learning_rate, start=start, rows=len(result.x)))
    for tensor in result.tensors:
        print(translate("Inside", "{layer} {name} {shape}: largest gradient {gradient:.4g}, largest change "
                        "{change:.4g}").format(layer=tensor.layer, name=tensor.name, shape=tuple(tensor.before.shape),
                                               gradient=abs(tensor.gradient).max(),
                                               change=abs(tensor.update).max()))  # fmt: skip
    print(translate("Inside", "loss on the batch: {before:.6g} before, {after:.6g} after").format(
        before=result.loss_before, after=result.loss_after))  # fmt: skip
    files = ", ".join(str(out / name) for name in ("before.keras", "after.keras", "batch.npz", "step.json"))
    print(translate("Inside", "wrote {files}").format(files=files))
    return EXIT_OK


def command_lr_find(args: argparse.Namespace) -> int:
    from ..engine.lr_find import find_for_project

    project, path = _project(args.project)
    out = Path(args.out)
    finding = _writable(out, lambda: find_for_project(project, path.parent, out))
    print(translate("Inside", "{batches} batches, learning rate {first:.0e} to {last:.2g}; wrote {file}").format(
        batches=len(finding.losses), first=finding.learning_rates[0], last=finding.learning_rates[-1],
        file=out / "lr_find.csv"))  # fmt: skip
    if finding.suggestion is None:
        say("error", translate("Inside", "the loss never fell below its start at any rate; check the data (its "
                               "scaling) and the loss"))
        return EXIT_ERROR
    print(translate("Inside", "suggested learning rate: {rate:g}").format(rate=finding.suggestion))
    return EXIT_OK


def _row(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Inside", "expected a row number (0 is the first data row), got {text!r}").format(text=text)
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(translate("Inside", "rows are counted from 0, got {value}").format(value=value))
    return value


def inside_parser(subcommand: str | None) -> Parser | None:
    """The parser of a command of this module, or None for another command."""
    if subcommand == "trace":
        parser = Parser(prog="nnbuilder trace", description=translate("Inside", "Follow one row of the table through "
                        "a trained network: each Dense layer's z = w·x + b and its activation, each other layer's "
                        "output."))
        parser.add_argument("run", help=translate("Inside", "the folder 'nnbuilder train --out' wrote"))
        parser.add_argument("--row", type=_row, required=True, metavar="N",
                            help=translate("Inside", "the N-th data row of the run's table, counted from 0"))
        parser.add_argument("--json", action="store_true", help=translate("Inside", "print the trace as JSON"))
    elif subcommand == "step":
        parser = Parser(prog="nnbuilder step", description=translate("Inside", "Take one training step on the first "
                        "training batch and keep every number: the batch, the loss before and after, each weight's "
                        "gradient and the update applied."))
        parser.add_argument("project", help=translate("Inside", "the project file (.nnb or builtin:lesson/ID)"))
        parser.add_argument("--out", metavar="DIR", required=True,
                            help=translate("Inside", "folder for before.keras, after.keras, batch.npz and step.json"))
        parser.add_argument("--from", dest="from_run", metavar="RUN_DIR",
                            help=translate("Inside", "start from this run's trained weights ('nnbuilder train --out' "
                            "folder) instead of the project's seeded initial weights"))
    elif subcommand == "lr-find":
        parser = Parser(prog="nnbuilder lr-find", description=translate("Inside", "Find a learning rate: raise it "
                        "every batch, from 1e-6, until the loss explodes, and suggest a tenth of the rate where the "
                        "loss was lowest."))
        parser.add_argument("project", help=translate("Inside", "the project file (.nnb or builtin:lesson/ID)"))
        parser.add_argument("--out", metavar="DIR", required=True,
                            help=translate("Inside", "folder for lr_find.csv"))
    else:
        return None
    return parser


INSIDE_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "trace": command_trace,
    "step": command_step,
    "lr-find": command_lr_find,
}
