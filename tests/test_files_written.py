"""Files nnbuilder writes can be read by others on a shared lab folder, and suggested names work everywhere."""

from __future__ import annotations

import os
import stat

import pytest

from nnbuilder.cli import main
from nnbuilder.engine.build import build_project_model
from nnbuilder.engine.outputs import save_model_atomic
from nnbuilder.engine.runs import save_runs
from nnbuilder.spec import project_from_dict, save_project
from nnbuilder.spec.io import safe_file_name, write_text_atomic

from .conftest import project_dict


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_every_written_file_gets_the_mode_a_normal_write_gives(tmp_path, umask_022, capsys):
    project = project_from_dict(project_dict(training={"epochs": 1}))
    save_project(project, tmp_path / "lab.nnb")
    write_text_atomic(tmp_path / "report.html", "<html></html>")
    save_runs(tmp_path / "lab.runs.json", [])
    save_model_atomic(build_project_model(project, 10), tmp_path / "lab.weights.keras")
    assert main(["train", str(tmp_path / "lab.nnb"), "--out", str(tmp_path / "run")]) == 0
    assert main(["step", str(tmp_path / "lab.nnb"), "--out", str(tmp_path / "step")]) == 0
    assert main(["lr-find", str(tmp_path / "lab.nnb"), "--out", str(tmp_path / "step")]) == 0
    written = [*tmp_path.glob("lab*"), tmp_path / "report.html", *(tmp_path / "run").iterdir(), *(tmp_path / "step").iterdir()]
    assert len(written) >= 12
    assert {path.name: oct(mode(path)) for path in written} == {path.name: "0o644" for path in written}


@pytest.mark.parametrize(
    ("title", "suffix", "name"),
    [
        ("Lesson 1: the linear unit", ".nnb", "Lesson 1 - the linear unit.nnb"),
        ("Lesson 6: binary classification", ".html", "Lesson 6 - binary classification.html"),
        ('a/b\\c*d?e"f<g>h|i', ".nnb", "a b c d e f g h i.nnb"),
        ("  . ", ".nnb", "Untitled.nnb"),
        ("con", ".nnb", "con project.nnb"),
    ],
)
def test_suggested_file_names_are_valid_on_windows_macos_and_linux(title, suffix, name):
    assert safe_file_name(title, suffix) == name
