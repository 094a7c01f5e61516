"""`nnbuilder --self-test`: a teacher checks in seconds that a lab machine can run the course.

Reads the lessons, prepares a built-in table, builds, trains, saves and reloads a tiny network
that uses every layer type, then opens the window (offscreen when there is no display). Prints
one line per check, "ok" or "FAILED: reason", and returns 0 only when every check passed.
Everything is written into a temporary folder, never beside the program.
"""

from __future__ import annotations

import ctypes
import io
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .i18n import translate
from .spec.errors import NNBuilderError
from .spec.project import LayerSpec

SELF_TEST_LESSON = "linear-unit"  # its table ships inside scikit-learn: the bundle must carry it
SELF_TEST_EPOCHS = 2
SELF_TEST_LAYERS = [
    LayerSpec("Dense", {"units": 8, "activation": "relu"}),
    LayerSpec("Dropout", {"rate": 0.1}),
    LayerSpec("BatchNormalization", {}),
    LayerSpec("Activation", {"activation": "tanh"}),
    LayerSpec("Dense", {"units": 1}),
]


class _Checks:
    """The checks in order; each returns what it found, or raises with the reason it failed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.project: Any = None
        self.data: Any = None
        self.model: Any = None
        self.result: Any = None
        self.model_file: Path | None = None

    def run_order(self) -> list[tuple[str, Callable[[], str]]]:
        # The window comes last: a missing system graphics library makes Qt abort the whole
        # process, and every other line should be on screen by then.
        return [
            (translate("Selftest", "lessons"), self.lessons),
            (translate("Selftest", "data"), self.prepare_data),
            (translate("Selftest", "keras"), self.import_keras),
            (translate("Selftest", "build"), self.build),
            (translate("Selftest", "train"), self.train),
            (translate("Selftest", "save"), self.save),
            (translate("Selftest", "reload"), self.reload),
            (translate("Selftest", "window"), self.open_window),
        ]

    def lessons(self) -> str:
        from .engine.lessons import list_lessons, load_lesson
        from .paths import resource_path

        lessons = list_lessons()
        self.project = load_lesson(SELF_TEST_LESSON).project
        self.project.layers = [LayerSpec(layer.class_name, dict(layer.config)) for layer in SELF_TEST_LAYERS]
        return translate("Selftest", "{count} lessons in {folder}").format(
            count=len(lessons), folder=resource_path("lessons")
        )

    def prepare_data(self) -> str:
        from .engine.train import prepare_project

        project = _require(self.project, translate("Selftest", "lessons"))
        self.data = prepare_project(project, None)
        validation = 0 if self.data.x_val is None else len(self.data.x_val)
        return translate("Selftest", "{source}: {training} training rows, {validation} validation rows").format(
            source=project.data.source, training=len(self.data.x_train), validation=validation
        )

    def import_keras(self) -> str:
        from .engine.backend import keras, tensorflow

        return f"TensorFlow {tensorflow().__version__}, Keras {keras().__version__}"

    def build(self) -> str:
        from .engine.backend import seed_everything
        from .engine.build import build_project_model

        project = _require(self.project, translate("Selftest", "lessons"))
        data = _require(self.data, translate("Selftest", "data"))
        seed_everything(project.training.seed)
        self.model = build_project_model(project, data.input_width)
        return translate("Selftest", "{layers} layers, {parameters} parameters").format(
            layers=len(self.model.layers), parameters=self.model.count_params()
        )

    def train(self) -> str:
        from .engine.train import fit

        model = _require(self.model, translate("Selftest", "build"))
        self.result = fit(model, self.data, self.project, epochs=SELF_TEST_EPOCHS)
        if self.result.diverged:
            raise NNBuilderError(self.result.diverged)
        losses = self.result.history["loss"]
        return translate("Selftest", "{epochs} epochs, loss {first:.5g} → {last:.5g}").format(
            epochs=len(losses), first=losses[0], last=losses[-1]
        )

    def save(self) -> str:
        from .engine.outputs import MODEL_FILE, write_run

        project = _require(self.project, translate("Selftest", "lessons"))
        result, model = _require(self.result, translate("Selftest", "train")), self.model
        written = write_run(self.folder / "trained", project, None, result, model)
        self.model_file = self.folder / "trained" / MODEL_FILE
        return translate("Selftest", "{files} in a temporary folder").format(
            files=", ".join(path.name for path in written)
        )

    def reload(self) -> str:
        import numpy as np

        from .engine.weights import load_keras_model

        model_file = _require(self.model_file, translate("Selftest", "save"))
        data = _require(self.data, translate("Selftest", "data"))
        reloaded = load_keras_model(model_file)
        inputs = data.x_train[:32]
        before = np.asarray(self.model(inputs, training=False))
        after = np.asarray(reloaded(inputs, training=False))
        if not np.allclose(before, after, rtol=1e-5, atol=1e-6):
            raise NNBuilderError(
                translate("Selftest", "the reloaded model predicts differently from the one that was saved")
            )
        return translate("Selftest", "the reloaded model predicts the same")

    def open_window(self) -> str:
        from .app.main import check_display

        try:
            check_display()
        except NNBuilderError:  # no display: draw into memory, which is all a check needs
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        problem = _x11_plugin_problem()
        if problem is not None:
            raise NNBuilderError(
                translate(
                    "Selftest",
                    "Qt cannot draw on this X11 display ({problem}); install the system packages the README's "
                    "\"For teachers\" section lists",
                ).format(problem=problem)
            )
        from PySide6.QtCore import QSettings, qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        from .app.recovery import RecoveryStore
        from .app.window import MainWindow

        app = QApplication.instance() or QApplication([sys.argv[0]])
        # Offscreen, Qt warns about window features nobody can see; those lines would split the report.
        offscreen = QApplication.platformName() == "offscreen"
        previous_handler = qInstallMessageHandler(_only_serious_qt_messages) if offscreen else None
        try:
            # Its own settings file, so the check leaves the user's recent files alone.
            settings = QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)
            window = MainWindow(settings, recovery=RecoveryStore(self.folder / "recovery"))
            window.show()
            app.processEvents()
            image = window.grab()
            closed = window.close()  # waits for the window's background work
            window.deleteLater()
            app.processEvents()
        finally:
            if offscreen:
                qInstallMessageHandler(previous_handler)
        if image.isNull():
            raise NNBuilderError(translate("Selftest", "the window could not be drawn"))
        if not closed:
            raise NNBuilderError(translate("Selftest", "the window did not close"))
        return translate("Selftest", "{width}×{height} on the {platform} platform").format(
            width=image.width(), height=image.height(), platform=QApplication.platformName()
        )


def _only_serious_qt_messages(kind: Any, context: Any, message: str) -> None:
    from PySide6.QtCore import QtMsgType

    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) and sys.stderr is not None:
        print(message, file=sys.stderr, flush=True)


def _x11_plugin_problem() -> str | None:
    """Why Qt's X11 plugin cannot load, found before Qt aborts the whole process over it."""
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    if os.environ.get("QT_QPA_PLATFORM", "xcb").split(":")[0] != "xcb":
        return None
    from PySide6.QtCore import QLibraryInfo

    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath), "platforms", "libqxcb.so")
    if not plugin.is_file():
        return None  # a Qt built without it: Qt's own message says which plugins there are
    # The plugin's libraries, then the cursor library Qt 6.5+ loads by name.
    for library in (str(plugin), "libxcb-cursor.so.0"):
        try:
            ctypes.CDLL(library)
        except OSError as error:  # a bundle's ctypes re-raises the loader's own words as the cause
            return " ".join(str(error.__cause__ or error).split())
    return None


def _require(value: Any, check: str) -> Any:
    """What an earlier check made, or the reason this one cannot run."""
    if value is None:
        raise NNBuilderError(translate("Selftest", "not run, because the {check} check failed").format(check=check))
    return value


def _reason(error: BaseException) -> str:
    text = str(error) if isinstance(error, NNBuilderError) else f"{type(error).__name__}: {error}"
    return " ".join(text.split())


def _where() -> str:
    if getattr(sys, "frozen", False):
        return translate("Selftest", "bundle in {folder}").format(folder=Path(sys.executable).parent)
    return translate("Selftest", "Python {version}, nnbuilder in {folder}").format(
        version=platform.python_version(), folder=Path(__file__).parent
    )


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each to ``out`` (default: stdout), return 0 if all passed."""
    stream = out if out is not None else sys.stdout
    if stream is None:  # a windowed program on Windows has no stdout at all; the exit code still tells
        stream = io.StringIO()

    def say(line: str) -> None:
        print(line, file=stream, flush=True)

    say(
        translate("Selftest", "nnbuilder {version} self-test on {system} {machine} ({where})").format(
            version=__version__, system=platform.system(), machine=platform.machine(), where=_where()
        )
    )
    started = time.perf_counter()
    try:
        temporary = tempfile.TemporaryDirectory(prefix="nnbuilder-self-test-", ignore_cleanup_errors=True)
    except OSError as error:
        say(
            translate("Selftest", "temporary folder: FAILED: {reason} ({folder})").format(
                reason=error.strerror or error, folder=tempfile.gettempdir()
            )
        )
        return 1
    failed = 0
    with temporary as folder:
        order = _Checks(Path(folder)).run_order()
        for name, check in order:
            check_started = time.perf_counter()
            try:
                found = check()
            except Exception as error:  # every failure is a line of the report, not a traceback
                failed += 1
                say(translate("Selftest", "{check}: FAILED: {reason}").format(check=name, reason=_reason(error)))
            else:
                say(
                    translate("Selftest", "{check}: ok ({found}; {seconds:.1f} s)").format(
                        check=name, found=found, seconds=time.perf_counter() - check_started
                    )
                )
    if failed:
        say(translate("Selftest", "{failed} of {total} checks FAILED").format(failed=failed, total=len(order)))
        return 1
    say(
        translate("Selftest", "all {total} checks passed in {seconds:.1f} s").format(
            total=len(order), seconds=time.perf_counter() - started
        )
    )
    return 0
