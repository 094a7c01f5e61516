"""Starting the window: display checks, the QApplication, and the --screenshot mode."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from ..i18n import translate
from ..spec.errors import NNBuilderError

SCREENSHOT_SIZE = (1280, 760)


def check_display() -> None:
    """Fail with a sentence instead of Qt's platform-plugin abort when there is nowhere to draw."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise NNBuilderError(
            translate(
                "Main",
                "no display to open the window on; run nnbuilder on a desktop, or set QT_QPA_PLATFORM=offscreen "
                "for --screenshot, or train without a window: 'nnbuilder train PROJECT'",
            )
        )


def _import_qt() -> None:
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as error:
        raise NNBuilderError(
            translate(
                "Main",
                "Qt could not load ({error}); install the system's graphics libraries "
                "(on Debian/Ubuntu: 'make system-deps')",
            ).format(error=error)
        ) from None


def run_window(
    project: str | None,
    screenshot: str | None = None,
    train: bool = False,
    quit_when_done: bool = False,
    language: str | None = None,
) -> int:
    """Open the window; with ``train`` start training at once; ``quit_when_done`` exits when it ends
    (0, or 1 when training failed); ``screenshot`` is then taken after training. ``language`` is
    --lang; without it the window speaks the language last chosen in View → Language, or the system's."""
    check_display()
    _import_qt()
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from ..engine.lessons import LESSON_PREFIX
    from ..engine.service import shared_engine
    from .dialogs import ConsoleDialogs, Dialogs
    from .gc_control import install_gui_collector
    from .language import start_language
    from .theme import apply_theme, high_contrast_wanted
    from .window import MainWindow

    QCoreApplication.setOrganizationName("nnbuilder")
    QCoreApplication.setApplicationName("nnbuilder")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_gui_collector()
    settings = QSettings("nnbuilder", "nnbuilder")
    start_language(language, settings)
    apply_theme(high_contrast_wanted(settings))
    if os.environ.get("NNBUILDER_CHECK_THREADS") == "1":
        from ..engine.ownership import guard_keras_models

        shared_engine().call(lambda _workspace: guard_keras_models())
    headless = screenshot is not None or quit_when_done
    # Nobody is there to answer a dialog in a headless run: problems become error lines.
    window = MainWindow(dialogs=ConsoleDialogs() if headless else Dialogs())
    if project is not None and project.startswith(LESSON_PREFIX):
        window.open_lesson(project[len(LESSON_PREFIX) :])
    elif project is not None and Path(project).suffix == ".keras":
        window.open_model(Path(project))
        if headless:
            window.engine.wait()
            app.processEvents()
    elif project is not None and not window.open_project(Path(project)) and headless:
        return 1
    if headless:
        window.resize(*SCREENSHOT_SIZE)
    else:
        window.resize(*fitted_size(app.primaryScreen().availableGeometry().size()))
    window.show()
    if not headless:
        window.offer_lost_work()
    if train:
        window.start_training()
        if headless:
            _wait_for_training(window)
    if screenshot is None:
        if train and quit_when_done:
            window.document.undo_stack.setClean()
            window.close()
            return 1 if window.session.error else 0
        code = app.exec()
        while window.reopen is not None:  # View → Language or High Contrast: the same project, anew
            reopen = window.reopen
            start_language(None, settings)
            apply_theme(high_contrast_wanted(settings))
            window = MainWindow(dialogs=Dialogs())
            window.resize(*fitted_size(app.primaryScreen().availableGeometry().size()))
            if reopen.path is not None:
                window.open_project(reopen.path)
            elif reopen.lesson_id is not None:
                window.open_lesson(reopen.lesson_id)
            window.show()
            code = app.exec()
        shared_engine().shutdown()
        return code
    window.data_panel.wait()
    window.engine.wait()  # what the views asked for after training (the goal's verdict, predictions)
    for _ in range(3):  # deliver the answers, then let the layouts settle
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if not window.grab().save(screenshot):
        raise NNBuilderError(
            translate("Main", "could not write the screenshot to {path}; check the folder and the .png name").format(
                path=screenshot
            )
        )
    window.document.undo_stack.setClean()  # a screenshot never asks to save
    window.close()
    return 1 if train and window.session.error else 0


def fitted_size(available: Any) -> tuple[int, int]:
    """The window's first size: 1280×760, or the screen's free area when that is smaller (a 1024×768
    lab projector), so no part of the window starts off screen."""
    width, height = SCREENSHOT_SIZE
    return min(width, available.width()), min(height, available.height())


def _wait_for_training(window: Any) -> None:
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    window.training.running_changed.connect(lambda running: None if running else loop.quit())
    if window.training.running:
        loop.exec()
