"""inside: how long the window takes to show a row trace and a single step, on the course's networks.

For each lesson the window is open on the Network tab with its data read and Keras loaded; a row is
traced (through the initial weights, then the trained ones) and a single step taken, each several
times. The figure is the time from the request to the view showing the answer, event loop included
(work the answer sets off afterwards, such as the Predictions tab's refresh, is not counted).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import Figure, answer, main, median, run_child

LESSONS = ("linear-unit", "deep-network", "overfitting", "dropout-batchnorm")
REPEATS = 8
GOAL_MS = 100.0


def measure(quick: bool) -> list[Figure]:
    lessons, repeats = (LESSONS[:1], 2) if quick else (LESSONS, REPEATS)
    with tempfile.TemporaryDirectory() as folder:
        found = run_child(Path(__file__), folder, str(repeats), *lessons)
    figures = []
    for name, words in (("trace", "row trace"), ("trace_trained", "row trace, trained"), ("step", "single step")):
        worst = max(median(found[lesson][name]) for lesson in lessons)
        details = {lesson: round(median(found[lesson][name]), 1) for lesson in lessons} | {"repeats": repeats}
        figures.append(Figure(f"inside_{name}", worst, "ms", "", f"≤ {GOAL_MS:g} ms (median, slowest lesson)",
                              worst <= GOAL_MS, details | {"what": words}))  # fmt: skip
    return figures


def child(args: list[str]) -> None:
    import os

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from nnbuilder.app.dialogs import ScriptedDialogs
    from nnbuilder.app.gc_control import install_gui_collector
    from nnbuilder.app.recovery import RecoveryStore
    from nnbuilder.app.window import MainWindow
    from nnbuilder.engine.backend import keras

    folder, repeats, *lessons = args
    app = QApplication.instance() or QApplication([])
    install_gui_collector()
    keras()
    window = MainWindow(QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat),
                        ScriptedDialogs(), RecoveryStore(Path(folder) / "recovery"))  # fmt: skip
    window.resize(1280, 760)
    window.show()

    def until(done: object, timeout: float = 120.0) -> float:
        started = time.perf_counter()
        while not done():  # type: ignore[operator]
            app.processEvents()
            if time.perf_counter() - started > timeout:
                raise RuntimeError("no answer")
        return 1000 * (time.perf_counter() - started)

    def timed(action: object, done: object) -> float:
        until(lambda: not window.engine.waiting())  # what the last action set off is over: not counted
        started = time.perf_counter()
        action()  # type: ignore[operator]
        until(done)
        return 1000 * (time.perf_counter() - started)

    found: dict[str, dict[str, list[float]]] = {}
    for lesson in lessons:
        window.open_lesson(lesson)
        window.document.project.training.epochs = 2
        window.data_panel.wait()
        until(lambda: window.data_summary is not None)
        window.tabs.setCurrentWidget(window.network_page)
        times: dict[str, list[float]] = {"trace": [], "trace_trained": [], "step": []}
        for kind in ("trace", "trace_trained"):
            if kind == "trace_trained":
                window.start_training()
                until(lambda: window.session.result is not None and not window.engine.waiting())
                window.tabs.setCurrentWidget(window.network_page)
            for repeat in range(int(repeats) + 1):  # the first builds what the others reuse: not counted
                took = timed(lambda r=repeat: (window.diagram.set_trace(None), window.trace_bar.trace_row(r)),
                             lambda: window.diagram.trace is not None)  # fmt: skip
                if repeat:
                    times[kind].append(took)
        for repeat in range(int(repeats) + 1):
            number = window.session.last_step.number if window.session.last_step else 0
            took = timed(lambda: window.take_steps(1), lambda n=number: window.session.last_step is not None
                         and window.session.last_step.number == n + 1)  # fmt: skip
            if repeat:
                times["step"].append(took)
        found[lesson] = times
        window.document.undo_stack.setClean()
        window.session.runs.clear()
    window.close()
    answer(found)


if __name__ == "__main__":
    main(measure, child)
