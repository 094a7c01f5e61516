"""startup: launch to the first painted main window, against a bare `import tensorflow`.

Both are fresh processes timed from just before the launch to the moment they are done: the
window child when its first Paint event has been handled, the reference after its import. Runs
alternate (A B A B) and the medians are compared.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from common import REPO, Figure, child_env, main, median, number, wall_clock

EXAMPLE = REPO / "resources" / "examples" / "diabetes.nnb"
RUNS = 5
GOAL_SHARE = 0.5


def launch_seconds(mode: str) -> float:
    started = wall_clock()
    completed = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(EXAMPLE)],
        env=child_env(), cwd=REPO, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    lines = completed.stdout.strip().splitlines()
    if completed.returncode != 0 or not lines:
        raise RuntimeError(f"startup child '{mode}' failed:\n{completed.stderr[-3000:]}")
    return float(lines[-1]) - started


def measure(quick: bool) -> list[Figure]:
    runs = 1 if quick else RUNS
    window, tensorflow = [], []
    for _ in range(runs):
        window.append(launch_seconds("paint"))
        tensorflow.append(launch_seconds("import-tensorflow"))
    value, reference = median(window), median(tensorflow)
    return [
        Figure(
            "startup", value, "s", f"import tensorflow {number(reference)} s", f"≤ {GOAL_SHARE} × reference",
            value <= GOAL_SHARE * reference,
            {"import_tensorflow_s": reference, "window_runs_s": window, "import_tensorflow_runs_s": tensorflow},
        )
    ]  # fmt: skip


def child(args: list[str]) -> None:
    mode, project = args
    if mode == "import-tensorflow":
        import tensorflow  # noqa: F401

        print(wall_clock(), flush=True)
        return
    paint_and_exit(Path(project))


def paint_and_exit(project: Path) -> None:
    """Start the window as `nnbuilder PROJECT` does; print the time its first paint is done and quit."""
    import os
    import tempfile

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from nnbuilder.app.main import SCREENSHOT_SIZE
    from nnbuilder.app.window import MainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, done)  # runs once this paint has been handled
                window.removeEventFilter(self)
            return False

    def done() -> None:
        print(wall_clock(), flush=True)
        os._exit(0)  # the time is taken; tearing down Qt and the data thread is not part of it

    QCoreApplication.setOrganizationName("nnbuilder")
    QCoreApplication.setApplicationName("nnbuilder")
    app = QApplication([sys.argv[0]])
    # A throw-away settings file: the benchmark must not fill the user's recent-projects list.
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.open_project(project)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app.exec()


if __name__ == "__main__":
    main(measure, child)
