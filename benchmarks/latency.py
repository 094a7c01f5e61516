"""latency: how long the window's main thread stalls while training runs in it.

A 5 ms timer on the main thread notes how late each tick comes while the window trains the
course-sized project with its live curves; a stall is the time beyond the 5 ms between ticks.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from common import Figure, answer, main, median, percentile, run_child, training_project, write_project

TICK_MS = 5
EPOCHS = 30
RUNS = 2
GOAL_P99_MS = 30.0


def measure(quick: bool) -> list[Figure]:
    runs, epochs = (1, 2) if quick else (RUNS, EPOCHS)
    stalls: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        project = write_project(training_project(epochs), Path(folder))
        for _ in range(runs):
            stalls += run_child(Path(__file__), str(project))["stalls_ms"]
    p50, p99, worst = median(stalls), percentile(stalls, 0.99), max(stalls)
    details = {"ticks": len(stalls), "tick_ms": TICK_MS, "epochs": epochs, "runs": runs}
    return [
        Figure("latency_p50", p50, "ms", "", "", None, details),
        Figure("latency_p99", p99, "ms", "", f"≤ {GOAL_P99_MS:g} ms", p99 <= GOAL_P99_MS, details),
        Figure("latency_max", worst, "ms", "", "", None, details),
    ]


def child(args: list[str]) -> None:
    import time

    from PySide6.QtCore import Qt, QTimer

    from training import began_stamp_class, open_window, train_in_window

    (project,) = args
    app, window = open_window(Path(project))
    stalls: list[float] = []
    last = [0.0]
    began: dict[str, float] = {}
    began_stamp_class()(window, began)  # a child of the window: it lives as long as the window

    def tick() -> None:
        now = time.perf_counter()
        if window.training.running and "began" in began and not last[0]:
            last[0] = began["began"]
        if window.training.running and last[0]:  # only while the fit runs
            stalls.append(max(0.0, 1000 * (now - last[0]) - TICK_MS))
            last[0] = now

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(tick)
    ticker.start()
    train_in_window(app, window)
    ticker.stop()
    window.document.undo_stack.setClean()
    window.close()
    answer({"stalls_ms": stalls})


if __name__ == "__main__":
    main(measure, child)
