"""Commands that look inside one step: `nnbuilder trace`, `nnbuilder step` and `nnbuilder lr-find`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ..spec import Project
from ..spec.errors import NNBuilderError
from .common import EXIT_ERROR, EXIT_OK, Parser, say


def command_trace(args: argparse.Namespace) -> int:
    from ..engine.trace import describe, trace_run_row

    trace = trace_run_row(args.run, args.row)
    if args.json:
        print(json.dumps(trace.to_json(), indent=1))
    else:
        for line in describe(trace, "the run's table"):
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
        raise NNBuilderError(f"cannot write into {out} ({error.strerror or error}); choose another folder with --out") from None


def command_step(args: argparse.Namespace) -> int:
    from ..engine.one_step import step_project

    project, path = _project(args.project)
    out = Path(args.out)
    start = Path(args.from_run) if args.from_run else None
    result = _writable(out, lambda: step_project(project, path.parent, out, start))
    origin = f"the trained weights of {start}" if start else "the project's seeded initial weights"
    print(f"one {result.optimizer} step (learning rate {result.learning_rate:g}) from {origin}, "
          f"on the first training batch of {len(result.x)} rows")  # fmt: skip
    for tensor in result.tensors:
        print(f"{tensor.layer} {tensor.name} {tuple(tensor.before.shape)}: largest gradient "
              f"{abs(tensor.gradient).max():.4g}, largest change {abs(tensor.update).max():.4g}")  # fmt: skip
    print(f"loss on the batch: {result.loss_before:.6g} before, {result.loss_after:.6g} after")
    print(f"wrote {out / 'before.keras'}, {out / 'after.keras'}, {out / 'batch.npz'}, {out / 'step.json'}")
    return EXIT_OK


def command_lr_find(args: argparse.Namespace) -> int:
    from ..engine.lr_find import find_for_project

    project, path = _project(args.project)
    out = Path(args.out)
    finding = _writable(out, lambda: find_for_project(project, path.parent, out))
    print(f"{len(finding.losses)} batches, learning rate {finding.learning_rates[0]:.0e} to "
          f"{finding.learning_rates[-1]:.2g}; wrote {out / 'lr_find.csv'}")  # fmt: skip
    if finding.suggestion is None:
        say("error", "the loss never fell below its start at any rate; check the data (its scaling) and the loss")
        return EXIT_ERROR
    print(f"suggested learning rate: {finding.suggestion:g}")
    return EXIT_OK


def _row(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a row number (0 is the first data row), got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"rows are counted from 0, got {value}")
    return value


def inside_parser(subcommand: str | None) -> Parser | None:
    """The parser of a command of this module, or None for another command."""
    if subcommand == "trace":
        parser = Parser(prog="nnbuilder trace", description="Follow one row of the table through a trained "
                        "network: each Dense layer's z = w·x + b and its activation, each other layer's output.")
        parser.add_argument("run", help="the folder 'nnbuilder train --out' wrote")
        parser.add_argument("--row", type=_row, required=True, metavar="N",
                            help="the N-th data row of the run's table, counted from 0")
        parser.add_argument("--json", action="store_true", help="print the trace as JSON")
    elif subcommand == "step":
        parser = Parser(prog="nnbuilder step", description="Take one training step on the first training batch "
                        "and keep every number: the batch, the loss before and after, each weight's gradient "
                        "and the update applied.")
        parser.add_argument("project", help="the project file (.nnb or builtin:lesson/ID)")
        parser.add_argument("--out", metavar="DIR", required=True,
                            help="folder for before.keras, after.keras, batch.npz and step.json")
        parser.add_argument("--from", dest="from_run", metavar="RUN_DIR",
                            help="start from this run's trained weights ('nnbuilder train --out' folder) "
                            "instead of the project's seeded initial weights")
    elif subcommand == "lr-find":
        parser = Parser(prog="nnbuilder lr-find", description="Find a learning rate: raise it every batch, from "
                        "1e-6, until the loss explodes, and suggest a tenth of the rate where the loss was lowest.")
        parser.add_argument("project", help="the project file (.nnb or builtin:lesson/ID)")
        parser.add_argument("--out", metavar="DIR", required=True, help="folder for lr_find.csv")
    else:
        return None
    return parser


INSIDE_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "trace": command_trace,
    "step": command_step,
    "lr-find": command_lr_find,
}
