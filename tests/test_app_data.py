"""The Data tab: what a student sees and changes when they open a table or a built-in set."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QComboBox

from nnbuilder.app.data_panel import DataPanel
from nnbuilder.app.table_model import ColumnListModel
from nnbuilder.spec import DataSpec

WINE_LIKE = "alcohol,acidity,colour,quality\n" + "".join(
    f"{9 + i % 5}.{i % 10},{i % 7 / 10:.1f},{('red', 'white', 'rose')[i % 3]},{3 + i % 4}\n" for i in range(40)
)


@pytest.fixture
def panel(qtbot, tmp_path):
    """A panel wired as the main window wires it: each DataSpec it asks for is applied and shown."""
    widget = DataPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 650)
    widget.show()
    widget.asked = []
    widget.loss = "mse"

    def apply(data: DataSpec) -> None:
        widget.asked.append(data)
        widget.set_data_spec(data, tmp_path, widget.loss)

    widget.data_spec_changed.connect(apply)
    widget.set_data_spec(DataSpec(), tmp_path, widget.loss)  # a new project: no data chosen yet
    settle(qtbot, widget)
    yield widget
    widget.wait()


def settle(qtbot, panel: DataPanel) -> None:
    qtbot.waitUntil(lambda: not panel.is_loading(), timeout=20_000)


def write(folder: Path, text: str, name: str = "data.csv") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def open_file(qtbot, panel: DataPanel, path: Path) -> None:
    panel.ask_data_path = lambda: path
    panel.open_action.trigger()
    settle(qtbot, panel)
    settle(qtbot, panel)  # the project's new DataSpec is prepared after the file was read


def column_rows(panel: DataPanel) -> dict[str, tuple[str, ...]]:
    model = panel.columns_model
    return {
        model.index(row, 0).data(): tuple(model.index(row, column).data() for column in range(1, model.columnCount()))
        for row in range(model.rowCount())
    }


def show(qtbot, panel: DataPanel, data: DataSpec, tmp_path: Path) -> None:
    panel.set_data_spec(data, tmp_path, panel.loss)
    settle(qtbot, panel)


def test_opening_a_csv_lists_its_columns_and_rows(qtbot, panel, tmp_path):
    text = "height,colour,label\n1.5,red,0\n2.5,,1\n1.5,blue,1\n3,red,0\n2,blue,1\n2.5,red,0\n"
    path = write(tmp_path, text)
    open_file(qtbot, panel, path)

    assert panel.asked[-1].source == "data.csv"  # relative: it sits in the project's folder
    assert panel.asked[-1].target == "label"  # the last column, until the student picks another
    assert column_rows(panel) == {
        "height": ("number", "0", "4", "feature"),
        "colour": ("text", "1", "2", "feature"),
        "label": ("whole number", "0", "2", "target"),
    }
    preview = panel.table_model
    assert (preview.rowCount(), preview.columnCount()) == (6, 3)
    assert preview.index(1, 0).data() == "2.5" and preview.index(1, 1).data() == ""
    assert preview.headerData(0, Qt.Orientation.Horizontal) == "height"
    assert "data.csv" in panel.source_label.text() and "6 rows × 3 columns" in panel.source_label.text()
    assert path.read_text(encoding="utf-8") == text  # reading never changes the file


def test_a_dropped_file_is_opened(qtbot, panel, tmp_path):
    path = write(tmp_path, WINE_LIKE, "wine.csv")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    panel.dropEvent(drop)
    settle(qtbot, panel)
    settle(qtbot, panel)
    assert drop.isAccepted()
    assert panel.asked[-1].source == "wine.csv"
    assert panel.columns_model.column_names() == ["alcohol", "acidity", "colour", "quality"]


def test_choosing_a_role_asks_for_a_new_target_and_features(qtbot, panel, tmp_path):
    open_file(qtbot, panel, write(tmp_path, WINE_LIKE))
    model = panel.columns_model
    names = model.column_names()

    # The role cell is a drop-down; picking "target" for alcohol makes the old target a feature.
    combo = panel.columns_view.indexWidget(model.index(names.index("alcohol"), ColumnListModel.ROLE_COLUMN))
    assert isinstance(combo, QComboBox)
    combo.setCurrentText("target")
    combo.activated.emit(combo.currentIndex())
    settle(qtbot, panel)
    assert panel.asked[-1].target == "alcohol"
    assert panel.asked[-1].features is None  # still every other column
    assert model.role("quality") == "feature" and model.role("alcohol") == "target"

    model.setData(model.index(names.index("colour"), ColumnListModel.ROLE_COLUMN), "ignored")
    settle(qtbot, panel)
    assert panel.asked[-1].target == "alcohol"
    assert panel.asked[-1].features == ["acidity", "quality"]
    assert panel.summary().input_columns == ["acidity", "quality"]

    # The target keeps its role until another column takes it, and the panel says so.
    before = len(panel.asked)
    model.setData(model.index(names.index("alcohol"), ColumnListModel.ROLE_COLUMN), "ignored")
    assert len(panel.asked) == before
    assert "stays the target" in panel.notice_label.text()


def test_semicolons_and_decimal_commas_show_as_numbers(qtbot, panel, tmp_path):
    european = "fixed acidity;pH;quality\n7,4;3,51;5\n7,8;3,2;5\n11,2;3,16;6\n8,1;3,3;6\n"
    open_file(qtbot, panel, write(tmp_path, european))
    assert panel.error_label.isHidden()
    assert column_rows(panel)["fixed acidity"][0] == "number"
    assert [panel.table_model.index(row, 0).data() for row in range(4)] == ["7.4", "7.8", "11.2", "8.1"]
    assert panel.table_model.index(0, 1).data() == "3.51"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"a,b,c\n1,2,3\n4,5,6,7\n", ["line 3", "4 fields", "header has 3"]),
        (b"PK\x03\x04\x14\x00\x06\x00binary workbook", ["not a text table", "CSV"]),
    ],
)
def test_a_bad_file_is_explained_and_the_table_shown_stays(qtbot, panel, tmp_path, content, words):
    open_file(qtbot, panel, write(tmp_path, WINE_LIKE, "good.csv"))
    good_frame = panel.table_model.frame()
    asked = len(panel.asked)

    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    open_file(qtbot, panel, bad)

    assert panel.error_label.isVisible()
    message = panel.error_label.text()
    assert all(word in message for word in words), message
    assert "still good.csv" in message
    assert len(panel.asked) == asked  # the project keeps its data
    assert panel.table_model.frame() is good_frame
    assert bad.read_bytes() == content

    open_file(qtbot, panel, write(tmp_path, WINE_LIKE, "again.csv"))  # and the panel stays usable
    assert panel.error_label.isHidden() and panel.asked[-1].source == "again.csv"


def test_cancelling_a_long_load_keeps_the_previous_data(qtbot, panel, tmp_path):
    open_file(qtbot, panel, write(tmp_path, WINE_LIKE, "small.csv"))
    shown = panel.summary()
    rng = np.random.default_rng(0)
    numbers = rng.normal(size=(200_000, 4)).round(3)
    big = tmp_path / "big.csv"
    np.savetxt(big, numbers, delimiter=",", header="a,b,c,d", comments="", fmt="%.3f")

    # Hold the reader at its first report, so the test presses Cancel while reading goes on.
    reading = threading.Event()
    go_on = threading.Event()

    def hold(fraction: float) -> None:  # runs in the reading thread
        if not reading.is_set():
            reading.set()
            go_on.wait(20)

    panel.probe.progress.connect(hold, Qt.ConnectionType.DirectConnection)
    panel.ask_data_path = lambda: big
    panel.open_action.trigger()
    qtbot.waitUntil(lambda: reading.is_set() and panel.cancel_button.isVisible(), timeout=20_000)
    assert "Reading big.csv" in panel.progress_label.text()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    go_on.set()
    settle(qtbot, panel)

    assert panel.progress_row.isHidden()
    assert "cancelled" in panel.notice_label.text() and "still small.csv" in panel.notice_label.text()
    assert panel.asked[-1].source == "small.csv"
    assert panel.summary() is shown
    assert panel.table_model.rowCount() == 40


def test_the_built_in_chooser_lists_every_set_with_its_sentence(qtbot, panel, tmp_path):
    actions = panel.builtin_menu.actions()
    names = [action.data() for action in actions]
    assert names == ["circles", "xor", "spiral", "gaussians", "sine", "noisy-measurements", "diabetes", "breast-cancer",
                     "wine", "iris"]
    assert actions[0].text().startswith("circles: Two rings of points")
    assert all(len(action.text()) > len(action.data()) + 30 for action in actions)

    next(action for action in actions if action.data() == "iris").trigger()
    settle(qtbot, panel)
    assert panel.asked[-1].source == "builtin:iris" and panel.asked[-1].target is None
    assert panel.summary().input_width == 4
    assert panel.columns_model.role("species") == "target"


@pytest.mark.parametrize(
    ("source", "loss", "words", "suggested"),
    [
        ("builtin:diabetes", "mse", "predicting a number", "Dense(1, linear), loss mse, metric mae"),
        ("builtin:breast-cancer", "mse", "one of two classes", "Dense(1, sigmoid), loss binary_crossentropy, metric accuracy"),
        ("builtin:iris", "mse", "one of 3 classes", "Dense(3, softmax), loss sparse_categorical_crossentropy, metric accuracy"),
    ],
)  # fmt: skip
def test_the_task_is_said_in_words_with_a_suggested_ending(qtbot, panel, tmp_path, source, loss, words, suggested):
    panel.loss = loss
    show(qtbot, panel, DataSpec(source=source), tmp_path)
    text = panel.task_label.text()
    assert words in text and f"Suggested</b>: last layer {suggested}" in text
    assert panel.summary().task == words
    assert panel.summary().task_details.kind in ("regression", "binary", "multiclass")


def test_histogram_and_scatter_show_the_chosen_columns(qtbot, panel, tmp_path):
    show(qtbot, panel, DataSpec(source="builtin:iris"), tmp_path)
    model = panel.columns_model
    names = model.column_names()

    # The target is selected first: a text column gets one bar per class, lying on its side.
    assert list(panel.histogram_item.opts["width"]) == [50, 50, 50]
    ticks = panel.histogram.getAxis("left")._tickLevels[0]
    assert sorted(label for _, label in ticks) == ["setosa", "versicolor", "virginica"]

    panel.columns_view.setCurrentIndex(model.index(names.index("petal length (cm)"), 0))
    assert sum(panel.histogram_item.opts["height"]) == 150
    assert "petal length (cm)" in panel.histogram_title.text()

    panel.scatter_x.setCurrentText("petal length (cm)")
    panel.scatter_y.setCurrentText("sepal width (cm)")
    assert [item.name() for item in panel.scatter_items] == ["setosa", "versicolor", "virginica"]
    assert sum(len(item.getData()[0]) for item in panel.scatter_items) == 150
    x, y = panel.scatter_items[0].getData()
    frame = panel.summary().frame
    setosa = frame[frame["species"] == "setosa"]
    assert list(x) == list(setosa["petal length (cm)"]) and list(y) == list(setosa["sepal width (cm)"])
    assert "species" not in [panel.scatter_x.itemText(i) for i in range(panel.scatter_x.count())]

    # A number to predict colours the points along a ramp instead of by class.
    show(qtbot, panel, DataSpec(source="builtin:sine"), tmp_path)
    assert panel.scatter_x.count() == 1  # only x: y is the target
    assert len(panel.scatter_items) == 1 and len(panel.scatter_items[0].getData()[0]) == 500
    assert "coloured by 'y'" in panel.scatter_caption.text()


def test_preprocessing_editors_ask_for_a_changed_data_spec(qtbot, panel, tmp_path):
    show(qtbot, panel, DataSpec(source="builtin:circles"), tmp_path)
    scaling = panel.preprocessing.editor("scaling")
    scaling.setCurrentText("minmax")
    assert panel.asked[-1].scaling == "minmax" and panel.asked[-1].source == "builtin:circles"
    settle(qtbot, panel)

    panel.preprocessing.editor("stratify").setChecked(False)
    assert panel.asked[-1].stratify is False and panel.asked[-1].scaling == "minmax"
    settle(qtbot, panel)

    # Generated sets also offer how many points and how much noise.
    panel.preprocessing.editor("samples").setValue(200)
    settle(qtbot, panel)
    assert panel.asked[-1].samples == 200
    summary = panel.summary()
    assert summary.train_rows + summary.validation_rows == 200
    assert panel.table_model.rowCount() == 200

    show(qtbot, panel, DataSpec(source="builtin:iris"), tmp_path)
    with pytest.raises(KeyError):
        panel.preprocessing.editor("samples")  # a real table has the rows it has


def test_one_hot_encoding_widens_the_input(qtbot, panel, tmp_path):
    open_file(qtbot, panel, write(tmp_path, WINE_LIKE))
    summary = panel.summary()
    assert summary.input_width == 2 + 3  # alcohol, acidity, and colour as three 0/1 inputs
    assert summary.features[-3:] == ["colour=red", "colour=rose", "colour=white"]
    assert "one-hot encoded: 'colour' → 3" in panel.inputs_label.text()
    assert "<b>5</b> network inputs" in panel.inputs_label.text()


def test_changing_settings_does_not_read_the_file_again(qtbot, panel, tmp_path, monkeypatch):
    open_file(qtbot, panel, write(tmp_path, WINE_LIKE))
    import nnbuilder.engine.data as engine_data

    reads = []
    original = engine_data.read_table
    monkeypatch.setattr(engine_data, "read_table", lambda *args, **kw: reads.append(args) or original(*args, **kw))
    panel.preprocessing.editor("missing").setCurrentText("impute")
    settle(qtbot, panel)
    assert panel.summary().spec.missing == "impute" and reads == []


def test_problems_and_warnings_show_in_the_panel(qtbot, panel, tmp_path):
    ids = "".join(f"id{i},{i % 3},{i % 2}\n" for i in range(30))
    open_file(qtbot, panel, write(tmp_path, "name,x,label\n" + ids))
    assert panel.warnings_label.isVisible()
    assert "'name' has 30 different text values" in panel.warnings_label.text()
    assert panel.columns_model.index(0, ColumnListModel.ROLE_COLUMN).data() == "feature (left out)"

    show(qtbot, panel, DataSpec(source="data.csv", target="missing"), tmp_path)
    assert panel.error_label.isVisible() and "target column 'missing' is not in data.csv" in panel.error_label.text()
    assert panel.summary().input_width is None
    assert panel.table_model.rowCount() == 30  # the table is read; only the choice of target is wrong


def test_a_file_that_is_not_a_table_is_explained_in_sentences_and_the_shown_table_stays(qtbot, panel, tmp_path):
    open_file(qtbot, panel, write(tmp_path, "a,b\n1,2\n3,4\n"))
    workbook = tmp_path / "book.xlsx"
    workbook.write_bytes(b"PK\x03\x04\x00\x00binary\x00workbook")
    open_file(qtbot, panel, workbook)
    text = panel.error_label.text()
    assert "use that file. The data shown is still data.csv." in text
    assert text[0].isupper()


def test_a_column_of_measurements_says_over_ten_thousand_values(qtbot, panel, tmp_path) -> None:
    rows = 12_000
    path = write(tmp_path, "reading,hour\n" + "".join(f"{i * 0.25},{i % 24}\n" for i in range(rows)), "sensor.csv")
    open_file(qtbot, panel, path)
    assert column_rows(panel)["reading"][1:3] == ("0", "over 10,000")
    assert column_rows(panel)["hour"][1:3] == ("0", "24")
    row = [panel.columns_model.index(r, 0).data() for r in range(2)].index("reading")
    tip = panel.columns_model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "More than 10,000 different values: measurements or names, not categories."
