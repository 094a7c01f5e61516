"""The Code tab: the project's script, highlighted, to copy or save."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QFileDialog

from nnbuilder.app.code_view import CodeView
from nnbuilder.spec import project_from_dict

from .conftest import project_dict

ROOT = Path(__file__).resolve().parents[1]


def make_view(qtbot) -> CodeView:
    view = CodeView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    return view


def formats_on_line(view: CodeView, starts_with: str) -> list[tuple[str, QColor, bool]]:
    """(text, colour, italic) of every highlighted stretch on the first line starting with ``starts_with``."""
    block = view.editor.document().begin()
    while block.isValid() and not block.text().startswith(starts_with):
        block = block.next()
    assert block.isValid(), starts_with
    return [
        (block.text()[r.start : r.start + r.length], r.format.foreground().color(), r.format.fontItalic())
        for r in block.layout().formats()
    ]


def test_the_text_follows_the_project(qtbot, tmp_path):
    view = make_view(qtbot)
    project = project_from_dict(project_dict())
    view.set_project(project, tmp_path)
    assert '    keras.layers.Dense(8, activation="relu"),' in view.editor.toPlainText().splitlines()
    assert view.copy_button.isEnabled() and view.save_button.isEnabled()

    project.layers[0].config["units"] = 32
    view.set_project(project, tmp_path)
    assert '    keras.layers.Dense(32, activation="relu"),' in view.editor.toPlainText().splitlines()
    assert view.editor.isReadOnly()


def test_a_hidden_view_writes_the_script_when_shown(qtbot, tmp_path):
    view = CodeView()
    qtbot.addWidget(view)
    view.set_project(project_from_dict(project_dict()), tmp_path)
    assert view.editor.toPlainText() == ""  # a hidden tab costs nothing
    view.show()
    assert "model = keras.Sequential([" in view.editor.toPlainText()


def test_copy_puts_the_whole_script_on_the_clipboard(qtbot, tmp_path):
    view = make_view(qtbot)
    view.set_project(project_from_dict(project_dict()), tmp_path)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == view.editor.toPlainText()
    assert "Copied" in view.status.text() and view.status.isVisible()


def test_keywords_strings_comments_and_numbers_are_coloured(qtbot, tmp_path):
    view = make_view(qtbot)
    view.set_project(project_from_dict(project_dict()), tmp_path)
    formats = view.highlighter.formats

    [(text, colour, italic)] = formats_on_line(view, "# The same seed")
    assert text.startswith("# The same seed") and colour == formats["comment"].foreground().color() and italic
    assert ("import", formats["keyword"].foreground().color(), False) in formats_on_line(view, "import keras")
    assert ('"progression"', formats["string"].foreground().color(), False) in formats_on_line(view, "y = df[")
    assert ("0.25", formats["number"].foreground().color(), False) in formats_on_line(view, "x_train, x_val")
    # a '#' inside a string starts no comment
    assert not any(italic for *_, italic in formats_on_line(view, "    keras.layers.Dense(8"))


def test_a_project_that_cannot_be_read_is_explained(qtbot, tmp_path):
    view = make_view(qtbot)
    view.set_project(project_from_dict(project_dict(data={"source": "gone.csv", "target": "y"})), tmp_path)
    assert view.editor.toPlainText() == ""
    assert "gone.csv" in view.status.text() and view.status.isVisible()
    assert not view.copy_button.isEnabled() and not view.save_button.isEnabled()

    view.set_project(project_from_dict(project_dict()), tmp_path)  # fixed: the code comes back
    assert view.editor.toPlainText() and not view.status.isVisible()


def test_save_as_writes_the_data_path_for_the_chosen_folder(qtbot, tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "table.csv").write_text("a,b,y\n" + "".join(f"{i % 7},{i % 3},{i * 0.5}\n" for i in range(40)))
    project = project_from_dict(
        project_dict(data={"source": "data/table.csv", "target": "y"}, title="Week 2: my first net")
    )
    view = make_view(qtbot)
    view.set_project(project, tmp_path)
    assert 'DATA = Path(__file__).parent / "data/table.csv"' in view.editor.toPlainText()

    chosen = tmp_path / "scripts" / "mine.py"
    offered = []

    def dialog(parent, caption, suggestion, filters):
        offered.append(Path(suggestion).name)
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    view.save_button.click()
    assert offered == ["week_2_my_first_net.py"]
    assert 'DATA = Path(__file__).parent / "../data/table.csv"' in chosen.read_text()
    assert "mine.py" in view.status.text()


def test_the_view_loads_neither_keras_nor_pandas_until_it_writes(tmp_path):
    check = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from nnbuilder.app.code_view import CodeView
assert "pandas" not in sys.modules, "pandas at import"
from nnbuilder.spec import project_from_dict
sys.path.insert(0, {str(ROOT)!r})
from tests.conftest import project_dict
view = CodeView()
view.show()
view.set_project(project_from_dict(project_dict()), None)
assert "keras.layers.Dropout(0.1)" in view.editor.toPlainText()
assert "keras" not in sys.modules and "tensorflow" not in sys.modules, "keras while writing"
"""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]


def has_colour_near(image: QImage, colour: QColor, tolerance: int = 40) -> bool:
    for y in range(0, image.height(), 2):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            distance = sum(abs(a - b) for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3]))
            if distance < tolerance:
                return True
    return False


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_renders_highlighted_on_light_and_dark_backgrounds(qtbot, tmp_path, dark):
    view = make_view(qtbot)
    if dark:
        palette = view.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
        palette.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
        view.setPalette(palette)
    view.set_project(project_from_dict(project_dict()), tmp_path)
    path = tmp_path / "code.png"
    assert view.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (800, 600)
    background = view.editor.palette().color(QPalette.ColorRole.Base).lightness()
    for kind in ("keyword", "string", "comment", "number"):
        colour = view.highlighter.formats[kind].foreground().color()
        assert abs(colour.lightness() - background) > 70, kind  # readable on this background
        assert has_colour_near(image, colour), kind
