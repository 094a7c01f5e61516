"""A Turkish machine reads and writes the same numbers: the C library's locale (which Qt sets from
the system at start) never reaches CSV reading or history.csv, and the command line speaks Turkish."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .conftest import project_dict

LOCALE_CHECK = "import locale; locale.setlocale(locale.LC_ALL, ''); print(locale.localeconv()['decimal_point'])"
# What the window does at start (QCoreApplication calls setlocale(LC_ALL, "")), then `nnbuilder train`.
TRAIN_LIKE_THE_WINDOW = textwrap.dedent(
    """
    import locale, sys
    locale.setlocale(locale.LC_ALL, "")
    from nnbuilder.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


@pytest.fixture(scope="module")
def turkish_locale(tmp_path_factory) -> dict[str, str]:
    """The environment of a Turkish desktop. Lab images often lack the generated locale, so it is
    compiled into a temporary folder (glibc's LOCPATH) from the system's locale sources."""
    if shutil.which("localedef") is None or not Path("/usr/share/i18n/locales/tr_TR").exists():
        pytest.skip("needs glibc's localedef and its tr_TR source (Debian: the locales package)")
    folder = tmp_path_factory.mktemp("locales")
    subprocess.run(
        ["localedef", "-i", "tr_TR", "-f", "UTF-8", str(folder / "tr_TR.UTF-8")], check=False, capture_output=True
    )
    environment = {**os.environ, "LOCPATH": str(folder), "LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"}
    environment.pop("LANGUAGE", None)
    decimal = subprocess.run([sys.executable, "-c", LOCALE_CHECK], env=environment, capture_output=True, text=True)
    assert decimal.stdout.strip() == ",", f"the Turkish locale did not load: {decimal.stderr}"
    return environment


def _csv_project(folder: Path) -> Path:
    rows = ["x1,x2,y"] + [f"{i * 0.137:.3f},{(i % 7) / 3:.4f},{i * 0.25 + (i % 5) * 0.1:.2f}" for i in range(60)]
    (folder / "table.csv").write_text("\n".join(rows) + "\n")
    raw = project_dict(
        data={"source": "table.csv", "target": "y", "features": None},
        training={"epochs": 3, "batch_size": 16},
    )
    path = folder / "decimals.nnb"
    path.write_text(__import__("json").dumps(raw))
    return path


def test_history_is_the_same_under_a_turkish_locale(tmp_path, turkish_locale):
    project = _csv_project(tmp_path)
    plain = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    histories = []
    for name, environment in (("c", plain), ("tr", turkish_locale)):
        out = tmp_path / name
        done = subprocess.run(
            [sys.executable, "-c", TRAIN_LIKE_THE_WINDOW, "train", str(project), "--out", str(out)],
            env=environment, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        histories.append((out / "history.csv").read_bytes())
    assert b"," in histories[0] and b"." in histories[0]  # a comma between columns, a point in numbers
    assert histories[0] == histories[1]


def test_turkish_system_gets_turkish_lessons_and_errors(tmp_path):
    """Only the environment's words decide: this needs no generated locale."""
    turkish = {**os.environ, "LANG": "tr_TR.UTF-8"}
    turkish.pop("LANGUAGE", None)
    turkish.pop("LC_ALL", None)
    turkish.pop("LC_MESSAGES", None)
    lessons = subprocess.run([sys.executable, "-m", "nnbuilder", "lessons"], env=turkish, capture_output=True, text=True)
    assert lessons.returncode == 0, lessons.stderr
    assert "1. linear-unit            Tek bir nöron: doğrusal birim" in lessons.stdout
    missing = subprocess.run(
        [sys.executable, "-m", "nnbuilder", "train", str(tmp_path / "missing.nnb")],
        env=turkish, capture_output=True, text=True,
    )  # fmt: skip
    assert missing.returncode != 0
    line = missing.stderr.strip().splitlines()[-1]
    assert line.startswith("error: ")  # the machine-readable word stays
    assert "missing.nnb" in line and line != _english_error(tmp_path)


def _english_error(tmp_path: Path) -> str:
    english = subprocess.run(
        [sys.executable, "-m", "nnbuilder", "train", str(tmp_path / "missing.nnb"), "--lang", "en"],
        capture_output=True, text=True,
    )  # fmt: skip
    return english.stderr.strip().splitlines()[-1]
