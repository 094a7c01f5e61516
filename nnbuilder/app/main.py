"""Starting the window: display checks, the QApplication, and the --screenshot mode."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..spec.errors import NNBuilderError

SCREENSHOT_SIZE = (1280, 760)


def check_display() -> None:
    """Fail with a sentence instead of Qt's platform-plugin abort when there is nowhere to draw."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise NNBuilderError(
            "no display to open the window on; run nnbuilder on a desktop, or set QT_QPA_PLATFORM=offscreen "
            "for --screenshot, or train without a window: 'nnbuilder train PROJECT'"
        )


def _import_qt() -> None:
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as error:
        raise NNBuilderError(
            f"Qt could not load ({error}); install the system's graphics libraries (on Debian/Ubuntu: 'make system-deps')"
        ) from None


def run_window(project: str | None, screenshot: str | None = None) -> int:
    check_display()
    _import_qt()
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication

    from .window import MainWindow

    QCoreApplication.setOrganizationName("nnbuilder")
    QCoreApplication.setApplicationName("nnbuilder")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = MainWindow()
    if project is not None:
        if screenshot is not None:  # headless: a bad project is an error line, not a dialog nobody sees
            from ..spec import load_project

            load_project(project)
        window.open_project(Path(project))
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    if screenshot is None:
        return app.exec()
    window.probe.wait()
    for _ in range(3):  # deliver the probe's answer, then let the layouts settle
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if not window.grab().save(screenshot):
        raise NNBuilderError(f"could not write the screenshot to {screenshot}; check the folder and the .png name")
    window.document.undo_stack.setClean()  # a screenshot never asks to save
    window.close()
    return 0
