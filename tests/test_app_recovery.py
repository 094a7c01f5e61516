"""Nothing a student made is lost: a crash leaves a copy the next start offers back; a failed save keeps the work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from nnbuilder.app.dialogs import ScriptedDialogs
from nnbuilder.app.recovery import AutoCopier, RecoveryStore
from nnbuilder.spec import load_project

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
QCoreApplication.setOrganizationName("nnbuilder")
QCoreApplication.setApplicationName("nnbuilder")
app = QApplication([])
from nnbuilder.app.dialogs import ScriptedDialogs
from nnbuilder.app.window import MainWindow
win = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat), ScriptedDialogs())
win.show()
assert win.open_project(Path(sys.argv[2]))
win.document.set_setting(0, "units", 77)
edited = time.monotonic()
folder = win.recovery.store.folder
while not list(folder.glob("*.nnb")):
    app.processEvents()
    time.sleep(0.02)
print(f"copied after {time.monotonic() - edited:.1f} s", flush=True)
while True:  # as if the student went on working: the test kills this process here
    app.processEvents()
    time.sleep(0.05)
"""


def test_after_sigkill_the_next_start_offers_the_unsaved_edit_back(qtbot, make_window, write_project, tmp_path):
    project_path = write_project()
    xdg = tmp_path / "xdg-child"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(xdg)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "child.ini"), str(project_path)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)  # fmt: skip
    try:
        line = child.stdout.readline()
        assert line.startswith("copied after"), child.stderr.read()
        assert float(line.split()[2]) <= 10
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    (folder,) = xdg.rglob("recovery")
    assert load_project(project_path).layers[0].config["units"] == 8  # the edit never reached the file

    dialogs = ScriptedDialogs(recovery="restore")
    win = make_window(dialogs)
    win.recovery.store = RecoveryStore(folder)
    assert win.offer_lost_work()
    assert dialogs.asked[-1].startswith("recover: “Tiny” (") and str(project_path) in dialogs.asked[-1]
    assert win.document.project.layers[0].config["units"] == 77
    assert win.document.path == project_path and win.document.dirty  # restored as unsaved changes
    win.undo_action.trigger()  # and Undo shows what was saved on disk
    assert win.document.project.layers[0].config["units"] == 8
    assert not list(folder.glob("*.nnb"))  # offered once: the window copies it again as its own


def test_lost_work_can_be_discarded_and_a_running_windows_copy_is_never_offered(make_window, write_project, tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    project = load_project(write_project())
    store.write("mine", project, None)  # this process is alive: its copy is not lost
    assert store.lost() == []
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (tmp_path / "recovery" / "mine.json").write_text((tmp_path / "recovery" / "mine.json").read_text().replace(
        f'"pid": {os.getpid()}', f'"pid": {int(dead.stdout)}'))  # fmt: skip
    assert [lost.key for lost in store.lost()] == ["mine"]
    win = make_window(ScriptedDialogs(recovery="discard"))
    win.recovery.store = store
    assert not win.offer_lost_work()
    assert store.lost() == [] and not list((tmp_path / "recovery").iterdir())


def test_unsaved_changes_are_copied_and_the_copy_goes_when_saved(qtbot, make_window, write_project, tmp_path):
    win = make_window(ScriptedDialogs())
    assert win.open_project(write_project())
    copier = AutoCopier(win.document, RecoveryStore(tmp_path / "copies"), interval_ms=50)
    assert not (tmp_path / "copies").exists()  # nothing unsaved yet, nothing copied
    win.document.set_setting(0, "units", 5)
    qtbot.waitUntil(lambda: (tmp_path / "copies" / f"{copier.key}.nnb").exists(), timeout=5000)
    assert '"units": 5' in (tmp_path / "copies" / f"{copier.key}.nnb").read_text()
    assert win.save()
    assert not (tmp_path / "copies" / f"{copier.key}.nnb").exists()


def test_a_save_to_a_stick_that_was_pulled_out_says_so_and_keeps_the_work(make_window, write_project, tmp_path):
    stick = tmp_path / "stick"
    dialogs = ScriptedDialogs(paths=[stick / "lab" / "lab.nnb"])
    win = make_window(dialogs)
    assert win.open_project(write_project())
    win.document.set_setting(0, "units", 5)
    win.recovery.copy_now()
    stick.write_text("the stick's folder is gone; a file stands where it was")
    assert not win.save_as()
    assert "could not be written" in dialogs.errors[-1] and "Save As" in dialogs.errors[-1]
    assert win.document.dirty and win.document.project.layers[0].config["units"] == 5
    assert win.document.path.name == "tiny.nnb"  # still the file it came from
    assert (win.recovery.store.folder / f"{win.recovery.key}.nnb").exists()
