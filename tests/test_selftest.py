"""`nnbuilder --self-test`: a teacher's one-command check of a lab machine."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from nnbuilder import selftest
from nnbuilder.selftest import run_self_test

ROOT = Path(__file__).resolve().parents[1]
CHECKS = ("lessons", "data", "keras", "build", "train", "save", "reload", "window")


def test_every_check_passes_and_leaves_nothing_behind(qtbot, tmp_path, monkeypatch):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()

    assert run_self_test(out) == 0

    lines = out.getvalue().splitlines()
    assert lines[0].startswith("nnbuilder ") and "self-test" in lines[0]
    assert [line.split(":")[0] for line in lines[1:-1]] == list(CHECKS)
    assert all(": ok (" in line for line in lines[1:-1]), lines
    assert lines[-1].startswith(f"all {len(CHECKS)} checks passed")
    assert lines[1 + CHECKS.index("train")].startswith(f"train: ok ({selftest.SELF_TEST_EPOCHS} epochs, loss ")
    assert list(temp.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["temp"]


def test_a_failed_check_names_its_reason_and_the_others_still_run(qtbot, monkeypatch):
    monkeypatch.setattr(selftest, "SELF_TEST_LESSON", "linear-unti")
    out = io.StringIO()

    assert run_self_test(out) == 1

    report = dict(line.split(": ", 1) for line in out.getvalue().splitlines()[1:-1])
    assert report["lessons"].startswith("FAILED: there is no lesson 'linear-unti'")
    assert report["train"] == "FAILED: not run, because the build check failed"
    assert report["keras"].startswith("ok (TensorFlow ")
    assert report["window"].startswith("ok (")
    assert out.getvalue().splitlines()[-1] == f"6 of {len(CHECKS)} checks FAILED"


def test_an_unusable_temporary_folder_is_reported(monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "gone"))
    out = io.StringIO()

    assert run_self_test(out) == 1

    assert out.getvalue().splitlines()[1] == f"temporary folder: FAILED: No such file or directory ({tmp_path / 'gone'})"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's X11 plugin is Linux's")
def test_missing_x11_libraries_are_named_instead_of_qt_aborting(qtbot, monkeypatch):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)

    def missing_library(name, *args, **kwargs):
        raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(selftest.ctypes, "CDLL", missing_library)
    out = io.StringIO()

    assert run_self_test(out) == 1

    window = out.getvalue().splitlines()[1 + CHECKS.index("window")]
    assert window.startswith("window: FAILED: Qt cannot draw on this X11 display (libxcb-icccm.so.4: cannot open")
    assert "README" in window
    assert out.getvalue().splitlines()[-1] == f"1 of {len(CHECKS)} checks FAILED"


def test_a_windowed_program_without_console_or_display_passes(tmp_path):
    """No stdout/stderr objects and no display, as in a bundle started by double-click."""
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    program = (
        "import sys\n"
        "sys.stdout = sys.stderr = None\n"
        "from nnbuilder.selftest import run_self_test\n"
        "sys.exit(run_self_test())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)}, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.iterdir()) == []
