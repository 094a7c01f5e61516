"""Every training run, kept beside its project: the settings it ran with, its curves and outcome.

"NAME.nnb" keeps its runs in "NAME.runs.json". The file is plain JSON written atomically; one that
cannot be read is set aside under a new name rather than overwritten by the next save. No Keras here:
the run list shows before TensorFlow loads.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from ..spec.errors import NNBuilderError
from ..spec.io import PROJECT_SUFFIX, write_text_atomic

if TYPE_CHECKING:  # the training module brings pandas and scikit-learn along
    from ..spec import Project
    from .train import TrainResult

RUNS_FORMAT = "nnbuilder/runs"
RUNS_VERSION = 1
RUNS_SUFFIX = ".runs.json"
# A run's note is kept in the runs file as written here, in English (train_result compares it), and
# translated where it is shown: shown_note.
DIVERGED_NOTE = QT_TRANSLATE_NOOP("Runs", "the loss became NaN or infinite")
STOPPED_NOTE = QT_TRANSLATE_NOOP("Runs", "stopped by you")


def shown_note(note: str) -> str:
    """A run's note in the interface's language (a note nnbuilder did not write is shown as it is)."""
    return translate_marked("Runs", note) if note in (DIVERGED_NOTE, STOPPED_NOTE) else note


class RunsFileError(NNBuilderError):
    """The runs file could not be read; the message says where its content was kept."""


@dataclass
class RunRecord:
    number: int  # 1, 2, 3... in the order the runs were trained
    project: dict[str, Any]  # Project.to_dict() as trained
    history: dict[str, list[float]]  # Keras's history: one value per epoch for loss, val_loss, metrics
    best_epoch: int | None  # as watched by early stopping (None: no early stopping)
    stopped_early: bool
    restored_best: bool
    seconds: float
    started: str  # ISO 8601 local time
    note: str = ""
    first_epoch: int = 1  # a run that continued an earlier one starts later

    @classmethod
    def from_result(
        cls, number: int, project: Project, result: TrainResult, started: datetime, first_epoch: int = 1
    ) -> RunRecord:
        """The record of a run that just ended; stops by the user and blown-up losses become its note.

        ``first_epoch``: TrainInfo.initial_epoch + 1 of a run that continued an earlier one.
        """
        if result.diverged is not None:
            note = DIVERGED_NOTE
        elif result.stop_requested:
            note = STOPPED_NOTE
        else:
            note = ""
        return cls(
            number=number,
            project=project.to_dict(),
            history={key: list(values) for key, values in result.history.items()},
            best_epoch=result.best_epoch,
            stopped_early=result.stopped_early,
            restored_best=result.restored_best,
            seconds=result.seconds,
            started=started.isoformat(timespec="seconds"),
            note=note,
            first_epoch=first_epoch,
        )

    @property
    def loss(self) -> str:
        """The loss function's name ("mae"), for labels."""
        training = self.project.get("training")
        return str(training.get("loss", "")) if isinstance(training, dict) else ""

    @property
    def epochs(self) -> int:
        """How many epochs this run trained."""
        return len(self.history.get("loss", []))

    @property
    def last_epoch(self) -> int:
        return self.first_epoch + self.epochs - 1

    @property
    def best_val_loss(self) -> float | None:
        """The lowest validation loss of any epoch (None: the run had no validation data)."""
        finite = [value for value in self.history.get("val_loss", []) if math.isfinite(value)]
        return min(finite) if finite else None

    @property
    def final_val_loss(self) -> float | None:
        """The validation loss after the last epoch trained."""
        values = self.history.get("val_loss", [])
        return values[-1] if values else None

    def train_result(self) -> TrainResult:
        """The run as the training that made it reported it (for a report of a saved project)."""
        from .reporting import TrainResult

        return TrainResult(
            history={key: list(values) for key, values in self.history.items()},
            epochs_run=self.epochs,
            stopped_early=self.stopped_early,
            best_epoch=self.best_epoch,
            restored_best=self.restored_best,
            stop_requested=self.note == STOPPED_NOTE,
            seconds=self.seconds,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "started": self.started,
            "seconds": self.seconds,
            "best_epoch": self.best_epoch,
            "stopped_early": self.stopped_early,
            "restored_best": self.restored_best,
            "note": self.note,
            "first_epoch": self.first_epoch,
            "project": self.project,
            # JSON has no NaN: a blown-up loss is written as null
            "history": {
                key: [value if math.isfinite(value) else None for value in values]
                for key, values in self.history.items()
            },
        }


def next_run_number(runs: list[RunRecord]) -> int:
    return max((run.number for run in runs), default=0) + 1


def runs_path(project_path: str | os.PathLike[str]) -> Path:
    """Where a project's runs are kept: "NAME.nnb" → "NAME.runs.json" in the same folder."""
    path = Path(project_path)
    stem = path.name.removesuffix(PROJECT_SUFFIX)
    return path.with_name(stem + RUNS_SUFFIX)


def save_runs(path: str | os.PathLike[str], runs: list[RunRecord]) -> None:
    """Write atomically: a crash mid-save leaves the previous runs file whole."""
    document = {"format": RUNS_FORMAT, "version": RUNS_VERSION, "runs": [run.to_dict() for run in runs]}
    write_text_atomic(Path(path), json.dumps(document, indent=1, ensure_ascii=False, allow_nan=False) + "\n")


def load_runs(path: str | os.PathLike[str]) -> list[RunRecord]:
    """The runs kept at ``path`` ([] when there are none yet).

    A file that cannot be read is renamed out of the way, so that saving the next run does not
    destroy it; RunsFileError says what was wrong and where the file went.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        if isinstance(error, OSError) and error.strerror:
            problem = error.strerror
        else:
            problem = translate("Runs", "it is not text")
        raise RunsFileError(
            translate("Runs", "the earlier runs in {file} cannot be read ({problem}); check the file").format(
                file=path.name, problem=problem)
        ) from None
    try:
        return _runs_from_text(text)
    except ValueError as error:
        raise RunsFileError(
            translate("Runs", "the earlier runs in {file} cannot be read: {error}; {kept}").format(
                file=path.name, error=error, kept=_set_aside(path))
        ) from None


def _set_aside(path: Path) -> str:
    for attempt in range(1, 1000):
        suffix = ".damaged" if attempt == 1 else f".damaged-{attempt}"
        target = path.with_name(path.name.removesuffix(".json") + suffix + ".json")
        if not target.exists():
            break
    try:
        path.rename(target)
    except OSError as error:
        return translate("Runs", "move or delete it before the next run is saved, or it will be replaced "
                                 "({reason})").format(reason=error.strerror)  # fmt: skip
    return translate("Runs", "the file was kept as {file} and a new list of runs begins").format(file=target.name)


def _runs_from_text(text: str) -> list[RunRecord]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(
            translate("Runs", "it is not valid JSON (line {line}, column {column}: {problem})").format(
                line=error.lineno, column=error.colno, problem=error.msg)
        ) from None
    if not isinstance(document, dict) or document.get("format") != RUNS_FORMAT:
        raise ValueError(
            translate("Runs", "it is not an nnbuilder runs file (no \"format\": \"{format}\")").format(format=RUNS_FORMAT)
        )
    version = document.get("version")
    if version != RUNS_VERSION:
        raise ValueError(
            translate("Runs", "it has version {version}, and this nnbuilder reads version {readable}").format(
                version=repr(version), readable=RUNS_VERSION)
        )
    items = document.get("runs")
    if not isinstance(items, list):
        raise ValueError(translate("Runs", "\"runs\" must be a list [...]"))
    return [_run_from_dict(item, index + 1) for index, item in enumerate(items)]


def _run_from_dict(item: Any, position: int) -> RunRecord:
    where = translate("Runs", "run {number}").format(number=position)
    if not isinstance(item, dict):
        raise ValueError(translate("Runs", "{where} must be an object {{...}}").format(where=where))

    def take(key: str, kinds: tuple[type, ...], optional: bool = False) -> Any:
        value = item.get(key)
        if value is None and optional:
            return None
        # bool is an int in Python; a number field holding true/false is damage too
        if isinstance(value, bool) and bool not in kinds or not isinstance(value, kinds):
            raise ValueError(
                translate("Runs", "{where}: \"{key}\" is missing or has the wrong type ({value})").format(
                    where=where, key=key, value=repr(value))
            )
        return value

    history = take("history", (dict,))
    series: dict[str, list[float]] = {}
    for key, values in history.items():
        if not isinstance(values, list) or not all(
            value is None or isinstance(value, (int, float)) and not isinstance(value, bool) for value in values
        ):
            raise ValueError(
                translate("Runs", "{where}: history \"{key}\" must be a list of numbers").format(where=where, key=key)
            )
        series[key] = [math.nan if value is None else float(value) for value in values]
    return RunRecord(
        number=take("number", (int,)),
        project=take("project", (dict,)),
        history=series,
        best_epoch=take("best_epoch", (int,), optional=True),
        stopped_early=take("stopped_early", (bool,)),
        restored_best=take("restored_best", (bool,)),
        seconds=float(take("seconds", (int, float))),
        started=take("started", (str,)),
        note=take("note", (str,), optional=True) or "",
        first_epoch=take("first_epoch", (int,), optional=True) or 1,
    )
