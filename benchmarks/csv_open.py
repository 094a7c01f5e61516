"""csv: opening a 1,000,000 × 20 table in the data panel, against `pandas.read_csv` alone.

The table is generated once into the temporary folder and reused. Each side is a fresh process
with pandas already imported (the window has imported it by the time a student opens a file):
the panel is timed from Open to the table shown with its summary and painted, as the window
drives it (the candidate file is read, accepted, then prepared); the reference reads the file
with a bare `pandas.read_csv(path)`. Runs alternate, and the ratio is the median of the pairs' ratios.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np

from common import Figure, answer, main, median, number, run_child

ROWS = 1_000_000
COLUMNS = 20
RUNS = 5  # this machine's speed drifts: the ratio is the median of five side-by-side pairs
SIZE = (1200, 760)
GOAL_RATIO = 1.5  # the table shown with its summary, against a bare read_csv (issue 19)


def table_path(rows: int) -> Path:
    """A regression table of ``rows`` rows: 19 numeric features and a numeric target, written once."""
    folder = Path(tempfile.gettempdir()) / "nnbuilder-benchmarks"
    path = folder / f"table-{rows}x{COLUMNS}.csv"
    if path.exists():
        return path
    import pandas as pd

    folder.mkdir(exist_ok=True)
    rng = np.random.default_rng(0)
    features = rng.normal(size=(rows, COLUMNS - 1)).round(4)
    frame = pd.DataFrame(features, columns=[f"x{i}" for i in range(1, COLUMNS)])
    frame["y"] = (features @ rng.normal(size=COLUMNS - 1)).round(4)
    partial = path.with_suffix(".partial")
    frame.to_csv(partial, index=False)
    partial.rename(path)  # an interrupted run never leaves half a table to be reused
    return path


def measure(quick: bool) -> list[Figure]:
    rows, runs = (10_000, 1) if quick else (ROWS, RUNS)
    path = table_path(rows)
    panel, pandas = [], []
    for _ in range(runs):
        panel.append(run_child(Path(__file__), "panel", str(path))["seconds"])
        pandas.append(run_child(Path(__file__), "pandas", str(path))["seconds"])
    value, reference = median(panel), median(pandas)
    ratio = median([a / b for a, b in zip(panel, pandas, strict=True)])
    return [
        Figure(
            "csv", value, "s", f"pandas.read_csv {number(reference)} s ({number(ratio)} ×)",
            details={"rows": rows, "columns": COLUMNS, "megabytes": path.stat().st_size / 2**20,
                     "read_csv_s": reference, "panel_runs_s": panel, "read_csv_runs_s": pandas},
        ),
        Figure("csv_over_read_csv", ratio, "× pandas.read_csv", f"the panel {number(value)} s, read_csv "
               f"{number(reference)} s", f"≤ {GOAL_RATIO}", ratio <= GOAL_RATIO),
    ]  # fmt: skip


def child(args: list[str]) -> None:
    mode, path = args
    answer({"seconds": {"panel": open_in_panel, "pandas": read_with_pandas}[mode](Path(path))})


def read_with_pandas(path: Path) -> float:
    import pandas as pd

    started = time.perf_counter()
    pd.read_csv(path)
    return time.perf_counter() - started


def open_in_panel(path: Path) -> float:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    import nnbuilder.engine.data  # noqa: F401  (pandas and scikit-learn, loaded at the window's start)
    from nnbuilder.app.data_panel import DataPanel
    from nnbuilder.spec import DataSpec

    app = QApplication.instance() or QApplication([])
    panel = DataPanel()
    panel.resize(*SIZE)
    panel.set_data_spec(DataSpec(source="builtin:diabetes"), path.parent, "mse")  # the project's data before
    panel.wait()
    app.processEvents()
    panel.show()
    app.processEvents()

    loop = QEventLoop()
    # As the window does: the panel asks for the file it read, the project takes it and hands it back.
    panel.data_spec_changed.connect(lambda spec: panel.set_data_spec(spec, path.parent, "mse"))
    panel.summary_changed.connect(lambda summary: loop.quit())
    started = time.perf_counter()
    panel.open_file(path)
    loop.exec()
    panel.grab()  # the table, its columns and their summary painted
    seconds = time.perf_counter() - started
    summary = panel.summary()
    if summary is None or summary.error or summary.frame is None or Path(summary.source).name != path.name:
        raise RuntimeError(f"the panel did not show the table: {summary.error if summary else 'no answer'}")
    return seconds


if __name__ == "__main__":
    main(measure, child)
