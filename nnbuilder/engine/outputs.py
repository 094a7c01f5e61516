"""What a training run leaves behind: model.keras, history.csv and the project as trained."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..spec import Project, save_project
from ..spec.io import PROJECT_SUFFIX, give_normal_mode, write_text_atomic

if TYPE_CHECKING:  # train brings pandas and scikit-learn; saving a model must not
    from .train import TrainResult

MODEL_FILE = "model.keras"
HISTORY_FILE = "history.csv"
PROJECT_FILE = "project" + PROJECT_SUFFIX


def history_csv(result: TrainResult) -> str:
    """One row per epoch run: epoch (1-based), loss, val_loss, then metrics and their val_ twins."""
    columns = result.history_columns()
    rows = len(result.history.get("loss", []))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["epoch", *columns])
    for index in range(rows):
        # repr keeps every digit, so two identical runs give identical files
        writer.writerow([index + 1, *(repr(result.history[c][index]) for c in columns)])
    return buffer.getvalue()


MAX_STEPS_UP = 2  # "../../data/x.csv" still travels with a copied folder tree; further up, an absolute path is plainer


def relocated(project: Project, base_dir: Path | None, new_dir: Path) -> Project:
    """The project with its data path written as seen from ``new_dir``: relative where the data is
    near (in the folder, below it, or at most two folders up), so a copied folder keeps its data;
    absolute otherwise."""
    moved = project.copy()
    source = project.data.source.strip()
    if project.data.is_builtin or not source:
        return moved
    path = Path(source).expanduser()
    if not path.is_absolute():
        if base_dir is None:
            return moved
        path = base_dir / path
    absolute = path.resolve()
    try:
        relative = Path(os.path.relpath(absolute, new_dir.resolve()))
    except ValueError:  # another drive on Windows: only an absolute path reaches it
        moved.data.source = str(absolute)
        return moved
    steps_up = sum(part == ".." for part in relative.parts)
    moved.data.source = relative.as_posix() if steps_up <= MAX_STEPS_UP else str(absolute)
    return moved


def save_model_atomic(model: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".model-", suffix=".keras", dir=path.parent)
    os.close(handle)
    try:
        model.save(temp_name)
        give_normal_mode(temp_name)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def write_run(
    out_dir: Path, project: Project, base_dir: Path | None, result: TrainResult, model: Any | None
) -> list[Path]:
    """Write the run's files into ``out_dir`` (the model only when there is one worth keeping)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    if model is not None:
        save_model_atomic(model, out_dir / MODEL_FILE)
        written.append(out_dir / MODEL_FILE)
    write_text_atomic(out_dir / HISTORY_FILE, history_csv(result))
    written.append(out_dir / HISTORY_FILE)
    save_project(relocated(project, base_dir, out_dir), out_dir / PROJECT_FILE)
    written.append(out_dir / PROJECT_FILE)
    return written
