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


def relocated(project: Project, base_dir: Path | None, new_dir: Path) -> Project:
    """The project with its data path rewritten so it still finds the data from ``new_dir``."""
    moved = project.copy()
    source = project.data.source
    if not project.data.is_builtin and base_dir is not None and not Path(source).is_absolute():
        absolute = (base_dir / source).resolve()
        try:
            moved.data.source = Path(os.path.relpath(absolute, new_dir.resolve())).as_posix()
        except ValueError:  # another drive on Windows: only an absolute path reaches it
            moved.data.source = str(absolute)
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
