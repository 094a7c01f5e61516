"""memory: peak resident memory of a 200-epoch run that keeps every epoch's weights for replay
(on disk but for the newest, engine/snapshots.py), against the same run keeping none.

Headless engine training of the course-sized project in a fresh process, with a reporter that
keeps the weight snapshots in a SnapshotStore as the window does; the reference is the same run
keeping none.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from common import Figure, answer, main, number, run_child, training_project, write_project

EPOCHS = 200
GOAL_RATIO = 1.2  # peak memory with every epoch's weights kept, against keeping none (issue 19)


def measure(quick: bool) -> list[Figure]:
    epochs = 2 if quick else EPOCHS
    with tempfile.TemporaryDirectory() as folder:
        project = write_project(training_project(epochs), Path(folder))
        kept = run_child(Path(__file__), "snapshots", str(project))
        bare = run_child(Path(__file__), "none", str(project))
    ratio = kept["peak_mb"] / bare["peak_mb"]
    return [
        Figure(
            "memory", kept["peak_mb"], "MB",
            f"same run keeping no snapshots {number(bare['peak_mb'])} MB; "
            f"{kept['epochs_kept']} snapshots kept, {number(kept['snapshot_mb'])} MB, "
            f"{number(kept['in_memory_mb'])} MB of them in memory",
            details={"epochs": epochs, "without_snapshots_mb": bare["peak_mb"], **kept},
        ),
        Figure("memory_snapshots", ratio, "× without snapshots", f"{number(kept['peak_mb'])} MB against "
               f"{number(bare['peak_mb'])} MB", f"≤ {GOAL_RATIO}", ratio <= GOAL_RATIO),
    ]  # fmt: skip


def child(args: list[str]) -> None:
    import resource
    import sys

    from nnbuilder.engine.snapshots import SnapshotStore
    from nnbuilder.engine.train import SilentReporter, train
    from nnbuilder.engine.weights import WeightTensor
    from nnbuilder.spec import load_project

    mode, project = args
    store = SnapshotStore()

    class KeepSnapshots(SilentReporter):
        def wants_weights(self) -> bool:
            return True

        def weights(self, epoch: int, tensors: list[WeightTensor]) -> None:
            store.add(epoch, tensors)

    reporter = KeepSnapshots() if mode == "snapshots" else SilentReporter()
    train(load_project(project), Path(project).parent, reporter)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    peak_bytes = peak if sys.platform == "darwin" else peak * 1024
    answer({
        "peak_mb": peak_bytes / 2**20, "snapshot_mb": store.nbytes / 2**20, "in_memory_mb": store.memory_bytes / 2**20,
        "epochs_kept": len(store.epochs()), "stride": store.stride,
    })  # fmt: skip


if __name__ == "__main__":
    main(measure, child)
