"""The nnbuilder command: the window, `nnbuilder train`, `inspect`, `export`, `predict`, `report` and
`lessons`; `trace`, `step` and `lr-find` live in ``inside``.

Every failure the user can fix ends as one `error: ...` line and a non-zero exit; `--debug` shows
the traceback instead.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

from .. import __version__
from ..i18n import LANGUAGES, choose_language, set_language, translate
from ..spec.errors import NNBuilderError
from .classroom import CLASSROOM_COMMANDS, classroom_parser, hand_in_files
from .common import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, Parser, positive_int, say
from .inside import INSIDE_COMMANDS, inside_parser

SUBCOMMANDS = ("train", "inspect", "export", "lessons", "predict", "report", *INSIDE_COMMANDS, *CLASSROOM_COMMANDS)


def _format_logs(logs: dict[str, float], columns: list[str]) -> str:
    return "  ".join(f"{name} {logs[name]:.4f}" for name in columns if name in logs)


class ConsoleReporter:
    """Prints one line per epoch, and a progress bar on a terminal; Ctrl+C asks training to stop."""

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream or sys.stdout
        self.live = bool(getattr(self.stream, "isatty", lambda: False)())
        self.stop = False
        self.epochs = 0
        self.steps = 0
        self.started = 0.0
        self.epoch_started = 0.0

    def request_stop(self, *_: Any) -> None:
        if self.stop:  # second Ctrl+C: the user really wants out
            raise KeyboardInterrupt
        self.stop = True
        say("warning", translate("Cli", "stopping after the current step (press Ctrl+C again to abort)"))

    def train_begin(self, info: Any) -> None:
        self.epochs, self.steps = info.epochs, info.steps_per_epoch
        self.started = self.epoch_started = time.perf_counter()
        if info.validation_rows:
            line = translate(
                "Cli", "training on {rows:,} rows, {validation:,} validation rows; {epochs} epochs of {steps} steps"
            )
        else:
            line = translate("Cli", "training on {rows:,} rows, no validation rows; {epochs} epochs of {steps} steps")
        print(
            line.format(rows=info.train_rows, validation=info.validation_rows, epochs=self.epochs, steps=self.steps),
            file=self.stream,
            flush=True,
        )

    def batch_end(self, epoch: int, step: int, logs: dict[str, float]) -> None:
        if not self.live:
            return
        done = int(20 * step / max(self.steps, 1))
        bar = "#" * done + "." * (20 - done)
        loss = f"  loss {logs['loss']:.4f}" if "loss" in logs else ""
        progress = translate("Cli", "epoch {epoch}/{epochs} [{bar}] {step}/{steps}").format(
            epoch=epoch, epochs=self.epochs, bar=bar, step=step, steps=self.steps
        )
        print(f"\r{progress}{loss}", end="", file=self.stream, flush=True)

    def epoch_end(self, epoch: int, logs: dict[str, float]) -> None:
        now = time.perf_counter()
        columns = sorted(logs, key=lambda k: (k.removeprefix("val_") != "loss", k.removeprefix("val_"), k))
        prefix = "\r\033[K" if self.live else ""
        line = translate("Cli", "epoch {epoch}/{epochs}  {logs}  ({seconds:.1f} s)").format(
            epoch=epoch, epochs=self.epochs, logs=_format_logs(logs, columns), seconds=now - self.epoch_started
        )
        print(prefix + line, file=self.stream, flush=True)
        self.epoch_started = now

    def train_end(self, result: Any) -> None:
        pass

    def stop_requested(self) -> bool:
        return self.stop

    def wants_weights(self) -> bool:
        return False

    def wants_boundary(self) -> bool:
        return False

    def boundary(self, epoch: int, grid: Any, probabilities: Any) -> None:
        pass

    def weights(self, epoch: int, tensors: list[Any]) -> None:
        pass


def command_train(args: argparse.Namespace) -> int:
    from ..engine.lessons import resolve_project_argument
    from ..engine.outputs import write_run
    from ..engine.train import train
    from ..spec import load_project

    project_path = resolve_project_argument(args.project)
    project = load_project(project_path)
    student = None
    if args.student is not None:
        from ..engine.classroom import check_student_name

        student = check_student_name(args.student)
        if project.assignment is None:
            raise NNBuilderError(
                translate(
                    "Cli",
                    '{project} is not an assignment (it has no "assignment" section), so there is no goal '
                    "to hand in against; leave out --student",
                ).format(project=project_path)
            )
    if args.epochs is not None:
        project.training.epochs = args.epochs
    out_dir = Path(args.out) if args.out else Path.cwd() / f"{project_path.stem}-trained"
    reporter = ConsoleReporter()
    previous = signal.signal(signal.SIGINT, reporter.request_stop)
    try:
        trained = train(
            project, project_path.parent, reporter, warn=lambda text: say("warning", text), distribute=args.distribute
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    result = trained.result
    model = None if result.diverged else trained.model  # a NaN model is worth nothing
    try:
        written = write_run(out_dir, project, project_path.parent, result, model)
    except OSError as error:
        raise NNBuilderError(
            translate("Cli", "cannot write the results to {folder} ({reason}); choose another folder with --out").format(
                folder=out_dir, reason=error.strerror or error
            )
        ) from None
    verdict = None
    if student is not None and model is not None:
        verdict, more = hand_in_files(out_dir, project, student, trained)
        written += more
    for line in result.outcome():
        print(line)
    print(translate("Cli", "wrote {files}").format(files=", ".join(str(path) for path in written)))
    if result.diverged:
        say("error", result.diverged)
        return EXIT_ERROR
    if verdict is not None:
        print(f"{verdict.sentence()} ({verdict.weights_phrase()})")
    return EXIT_OK


def command_inspect(args: argparse.Namespace) -> int:
    from ..engine.weights import load_keras_model, weight_tensors

    tensors = weight_tensors(load_keras_model(args.model))
    if not tensors:
        print(translate("Cli", "{model}: this model has no weights").format(model=args.model))
        return EXIT_OK
    rows = [
        (t.layer, t.name, "(" + ", ".join(map(str, t.shape)) + ("," if len(t.shape) == 1 else "") + ")", t.stats())
        for t in tensors
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    layer_, weight_, shape_ = translate("Cli", "layer"), translate("Cli", "weight"), translate("Cli", "shape")
    mean_, std_, min_, max_ = (
        translate("Cli", "mean"),
        translate("Cli", "std"),
        translate("Cli", "min"),
        translate("Cli", "max"),
    )
    print(f"{layer_:<{widths[0]}}  {weight_:<{widths[1]}}  {shape_:<{widths[2]}}  {mean_:>10} {std_:>10} {min_:>10} {max_:>10}")
    for layer, name, shape, stats in rows:
        figures = " ".join(f"{stats[key]:>10.4g}" for key in ("mean", "std", "min", "max"))
        print(f"{layer:<{widths[0]}}  {name:<{widths[1]}}  {shape:<{widths[2]}}  {figures}")
    return EXIT_OK


def command_export(args: argparse.Namespace) -> int:
    from ..engine.data import source_path
    from ..engine.export import export_script
    from ..engine.lessons import resolve_project_argument
    from ..engine.train import prepare_project
    from ..spec import load_project
    from ..spec.io import write_text_atomic

    project_path = resolve_project_argument(args.project)
    project = load_project(project_path)
    out = Path(args.out) if args.out else Path.cwd() / f"{project_path.stem}.py"
    if out.is_dir():
        raise NNBuilderError(
            translate("Cli", "{out} is a folder; give the script a file name, such as {example}").format(
                out=out, example=f"{out / project_path.stem}.py"
            )
        )
    inputs = [project_path]
    if not project.data.is_builtin:
        inputs.append(source_path(project.data, project_path.parent))
    if any(out.resolve() == path.resolve() for path in inputs):
        raise NNBuilderError(
            translate("Cli", "{out} is one of the project's own files; write the script to another file with -o").format(
                out=out
            )
        )
    if args.out is None and out.exists():  # an edited script must never be lost to a default name
        raise NNBuilderError(
            translate("Cli", "{out} already exists; name the script with -o (the same name replaces it)").format(out=out)
        )
    # A script that stops where `nnbuilder train` would stop helps nobody: refuse the same projects.
    for warning in prepare_project(project, project_path.parent).warnings:
        say("warning", warning)
    text = export_script(project, project_path.parent, out.parent)
    try:
        write_text_atomic(out, text)
    except OSError as error:
        raise NNBuilderError(
            translate("Cli", "cannot write {out} ({reason}); choose another file with -o").format(
                out=out, reason=error.strerror or error
            )
        ) from None
    print(translate("Cli", "wrote {out}").format(out=out))
    return EXIT_OK


def _refuse_own_file(out: Path, inputs: list[Path | None], option: str) -> None:
    if any(path is not None and out.resolve() == path.resolve() for path in inputs):
        raise NNBuilderError(
            translate("Cli", "{out} is one of the files this command reads; write to another file with {option}").format(
                out=out, option=option
            )
        )


def command_predict(args: argparse.Namespace) -> int:
    from ..engine.data import read_table
    from ..engine.predict import open_predictor
    from ..spec.io import write_text_atomic

    table = Path(args.data)
    out = Path(args.out) if args.out else Path.cwd() / f"{table.stem}-predictions.csv"
    if out.is_dir():
        raise NNBuilderError(
            translate("Cli", "{out} is a folder; give the predictions a file name, such as {example}").format(
                out=out, example=out / (table.stem + "-predictions.csv")
            )
        )
    frame, warnings = read_table(table)  # before loading Keras: a wrong path is told at once
    predictor = open_predictor(args.source, args.model)
    _refuse_own_file(out, [table, predictor.model_path, predictor.project_path], "-o")
    for warning in warnings:
        say("warning", warning)
    predicted = predictor.predict(frame, args.threshold, table.name, warn=lambda text: say("warning", text))
    try:
        write_text_atomic(out, predicted.to_csv(index=False))
    except OSError as error:
        raise NNBuilderError(
            translate("Cli", "cannot write {out} ({reason}); choose another file with -o").format(
                out=out, reason=error.strerror or error
            )
        ) from None
    print(
        translate("Cli", "wrote {out}: {rows:,} rows predicted by {model}").format(
            out=out, rows=len(predicted), model=predictor.model_path.name
        )
    )
    return EXIT_OK


def command_report(args: argparse.Namespace) -> int:
    from ..engine.outputs import HISTORY_FILE, PROJECT_FILE
    from ..engine.predict import open_predictor
    from ..engine.report import ForLab, read_history, write_report
    from ..engine.runs import load_runs, runs_path

    predictor = open_predictor(args.run, args.model)
    if predictor.project is None or predictor.project_path is None or predictor.data is None:
        raise NNBuilderError(translate("Cli", "a report needs the project as well: pass a saved project (.nnb) or the "
                                       "folder 'nnbuilder train --out' wrote"))  # fmt: skip
    project_path = predictor.project_path
    runs = load_runs(runs_path(project_path))
    if project_path.name == PROJECT_FILE and (project_path.parent / HISTORY_FILE).is_file():
        name, result = project_path.parent.name, read_history(project_path.parent / HISTORY_FILE)
    elif runs:  # a project saved by the window: its kept runs, the last one is the model's
        name, result = project_path.stem, runs[-1].train_result()
    else:
        raise NNBuilderError(
            translate("Cli", "{name} has no kept runs to report on; train it in the window and save, or run "
                      "'nnbuilder train PROJECT --out DIR' and report on DIR").format(name=project_path.name)
        )  # fmt: skip
    out = Path(args.out) if args.out else Path.cwd() / f"{name}-report.html"
    _refuse_own_file(out, [predictor.model_path, project_path], "-o")
    verdict = None
    if predictor.project.assignment is not None:
        from ..engine.classroom import judge

        verdict = judge(predictor.model, predictor.project, predictor.data)
    lab = ForLab(student=" ".join((args.student or "").split()), verdict=verdict, runs=tuple(runs))
    try:
        write_report(out, predictor.project, result, predictor.data, predictor.model, lab=lab)
    except OSError as error:
        raise NNBuilderError(
            translate("Cli", "cannot write {out} ({reason}); choose another file with -o").format(
                out=out, reason=error.strerror or error
            )
        ) from None
    print(translate("Cli", "wrote {out}").format(out=out))
    return EXIT_OK


def command_lessons(args: argparse.Namespace) -> int:
    from ..engine.lessons import list_lessons

    for number, lesson in enumerate(list_lessons(), start=1):
        print(f"{number}. {lesson.id:<22} {lesson.title}")
        print(f"   {lesson.summary}")
    print(translate("Cli", "Open one with: nnbuilder builtin:lesson/ID   (or train it: nnbuilder train builtin:lesson/ID)"))
    return EXIT_OK


def command_window(args: argparse.Namespace) -> int:
    if args.self_test:
        from ..selftest import run_self_test

        return run_self_test()
    from ..app.main import run_window

    if args.quit_when_done and not args.train:
        raise NNBuilderError(translate("Cli", "--quit-when-done only makes sense with --train"))
    return run_window(
        args.project, args.screenshot, train=args.train, quit_when_done=args.quit_when_done, language=args.lang
    )


def _probability(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "expected a number between 0 and 1, got {text!r}").format(text=text)
        ) from None
    if not 0 < value < 1:
        raise argparse.ArgumentTypeError(translate("Cli", "must be between 0 and 1, got {value:g}").format(value=value))
    return value


def build_parser(subcommand: str | None) -> argparse.ArgumentParser:
    parser = inside_parser(subcommand) or classroom_parser(subcommand) or _parser_of(subcommand)
    parser.add_argument("--debug", action="store_true", help=translate("Cli", "show the full traceback of an error"))
    parser.add_argument("--lang", choices=list(LANGUAGES), help=translate("Cli", "the language to speak: en or tr "
                        "(default: the system's, or the window's last choice)"))
    return parser


def requested_language(argv: list[str]) -> str | None:
    """``--lang X`` or ``--lang=X`` from the arguments, read before the parsers are built so that
    their help is in that language too."""
    for index, argument in enumerate(argv):
        if argument == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if argument.startswith("--lang="):
            return argument.partition("=")[2]
    return None


def _parser_of(subcommand: str | None) -> argparse.ArgumentParser:
    if subcommand == "train":
        parser = Parser(prog="nnbuilder train", description=translate("Cli", "Train a project without the window."))
        parser.add_argument("project", help=translate("Cli", "the project file (.nnb)"))
        parser.add_argument("--out", metavar="DIR", help=translate("Cli", "folder for model.keras, history.csv, "
                            "project.nnb (default: ./PROJECT-trained)"))
        parser.add_argument("--epochs", type=positive_int, metavar="N",
                            help=translate("Cli", "train N epochs instead of the project's"))
        parser.add_argument("--student", metavar="NAME", help=translate("Cli", "an assignment: also write result.json "
                            "(the goal's verdict, measured on the saved model) and report.html, ready to hand in"))
        parser.add_argument("--distribute", choices=["mirrored"], help=translate("Cli", "mirrored: train on every GPU "
                            "of this machine at once (tf.distribute.MirroredStrategy; one replica without a GPU)"))
    elif subcommand == "predict":
        parser = Parser(
            prog="nnbuilder predict",
            description=translate(
                "Cli",
                "Add a trained network's predictions to a table. With a project (or a 'nnbuilder train "
                "--out' folder) the table needs the columns the network was trained on, which are prepared exactly "
                "as in training; with a bare .keras model it must hold exactly the model's inputs, already "
                "preprocessed.",
            ),
        )
        parser.add_argument("source", help=translate("Cli", "a project (.nnb or builtin:lesson/ID), a 'nnbuilder "
                            "train --out' folder, or a .keras model"))
        parser.add_argument("data", help=translate("Cli", "the table to predict (.csv)"))
        parser.add_argument("-o", "--out", metavar="CSV", help=translate("Cli", "the table with predictions to write "
                            "(default: ./DATA-predictions.csv)"))
        parser.add_argument("--model", metavar="MODEL", help=translate("Cli", "the trained .keras model to use "
                            "(default: PROJECT.weights.keras saved by the window, or the folder's model.keras)"))
        parser.add_argument("--threshold", type=_probability, default=0.5, metavar="P", help=translate("Cli", "two "
                            "classes: predict the second class above this probability (default 0.5)"))
    elif subcommand == "report":
        parser = Parser(
            prog="nnbuilder report",
            description=translate(
                "Cli",
                "Write a lab report (one HTML file: the assignment and its verdict, questions and answers, "
                "data, network, settings, learning curves, results, the decision boundary, every kept run and the "
                "weights) of a saved project or of a run of 'nnbuilder train --out DIR'.",
            ),
        )
        parser.add_argument("run", help=translate("Cli", "a saved project (.nnb, with the runs the window kept beside "
                            "it) or the folder 'nnbuilder train --out' wrote"))
        parser.add_argument("-o", "--out", metavar="HTML",
                            help=translate("Cli", "the report to write (default: ./RUN-report.html)"))
        parser.add_argument("--model", metavar="MODEL",
                            help=translate("Cli", "another .keras model of the same network"))
        parser.add_argument("--student", metavar="NAME", help=translate("Cli", "the student's name, shown at the top"))
    elif subcommand == "inspect":
        parser = Parser(
            prog="nnbuilder inspect", description=translate("Cli", "List every weight tensor of a .keras model.")
        )
        parser.add_argument("model", help=translate("Cli", "a .keras file"))
    elif subcommand == "lessons":
        parser = Parser(prog="nnbuilder lessons", description=translate("Cli", "List the built-in lessons."))
    elif subcommand == "export":
        parser = Parser(
            prog="nnbuilder export",
            description=translate(
                "Cli", "Write the project as a Python script that trains it with pandas, scikit-learn and Keras alone."
            ),
        )
        parser.add_argument("project", help=translate("Cli", "the project file (.nnb)"))
        parser.add_argument("-o", "--out", metavar="SCRIPT",
                            help=translate("Cli", "the script to write (default: ./PROJECT.py)"))
    else:
        parser = Parser(
            prog="nnbuilder",
            description=translate("Cli", "Build, train and look inside Keras networks. Commands: {commands}.").format(
                commands="'nnbuilder train PROJECT', 'nnbuilder inspect MODEL.keras', "
                "'nnbuilder export PROJECT -o script.py', 'nnbuilder predict PROJECT DATA.csv', "
                "'nnbuilder report RUN_DIR', 'nnbuilder lessons', 'nnbuilder trace RUN_DIR --row N', "
                "'nnbuilder step PROJECT --out DIR', 'nnbuilder lr-find PROJECT --out DIR', "
                "'nnbuilder train TASK.nnb --student NAME --out DIR', 'nnbuilder check RUN_DIR --assignment TASK.nnb', "
                "'nnbuilder collect DIR... -o class.csv --assignment TASK.nnb'"
            ),
        )
        parser.add_argument("project", nargs="?", help=translate("Cli", "a project file to open in the window"))
        parser.add_argument("--screenshot", metavar="PNG", help=translate("Cli", "render the window into PNG after "
                            "loading (after training, with --train), then exit"))
        parser.add_argument("--train", action="store_true",
                            help=translate("Cli", "start training as soon as the window opens"))
        parser.add_argument("--quit-when-done", action="store_true", help=translate("Cli", "with --train: exit when "
                            "training ends (non-zero if it failed)"))
        parser.add_argument("--self-test", action="store_true", help=translate("Cli", "check that this machine can "
                            "train, save and show the window (in a temporary folder), then exit"))
        parser.add_argument("--version", action="version", version=f"nnbuilder {__version__}",
                            help=translate("Cli", "show program's version number and exit"))
    return parser


COMMANDS = {
    "train": command_train,
    "inspect": command_inspect,
    "export": command_export,
    "lessons": command_lessons,
    "predict": command_predict,
    "report": command_report,
    **INSIDE_COMMANDS,
    **CLASSROOM_COMMANDS,
    None: command_window,
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        set_language(choose_language(requested_language(argv)))
    except ValueError as error:
        say("error", str(error))
        return EXIT_USAGE
    subcommand = argv[0] if argv and argv[0] in SUBCOMMANDS else None
    args = build_parser(subcommand).parse_args(argv[1:] if subcommand else argv)
    try:
        return COMMANDS[subcommand](args)
    except NNBuilderError as error:
        if args.debug:
            raise
        say("error", str(error))
        return EXIT_ERROR
    except BrokenPipeError:  # `nnbuilder lessons | head -1`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return EXIT_OK
    except KeyboardInterrupt:
        say("error", translate("Cli", "interrupted"))
        return EXIT_INTERRUPTED
    except Exception as error:
        if args.debug:
            raise
        say(
            "error",
            translate("Cli", "unexpected {kind}: {error}; run again with --debug and report it").format(
                kind=type(error).__name__, error=error
            ),
        )
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
