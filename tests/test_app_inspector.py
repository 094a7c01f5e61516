"""The weights inspector: what a student sees of real Keras weights, replayed epoch by epoch."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QFileDialog

from nnbuilder.app.inspector import WeightsInspector
from nnbuilder.app.weights_pictures import block_mean, histogram
from nnbuilder.engine.backend import keras
from nnbuilder.engine.snapshots import SnapshotStore
from nnbuilder.engine.train import SilentReporter, train
from nnbuilder.engine.weights import WeightTensor, load_keras_model, tensor_stats, weight_tensors
from nnbuilder.spec.io import project_from_dict

from .conftest import project_dict


class SnapshotReporter(SilentReporter):
    def __init__(self, store: SnapshotStore) -> None:
        self.store = store

    def wants_weights(self) -> bool:
        return True

    def weights(self, epoch, tensors) -> None:
        self.store.add(epoch, tensors)


@pytest.fixture(scope="module")
def trained():
    """TINY (Dense, Dropout, BatchNormalization, Dense, Activation, Dense) trained for 3 epochs."""
    store = SnapshotStore()
    result = train(project_from_dict(project_dict()), None, SnapshotReporter(store))
    return result, store


@pytest.fixture
def inspector(qtbot) -> WeightsInspector:
    widget = WeightsInspector()
    qtbot.addWidget(widget)
    widget.resize(900, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def combo_items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText().replace("\u00a0", " ")


def show(inspector: WeightsInspector, layer: str, tensor: str) -> np.ndarray:
    inspector.select_layer(layer)
    inspector.tensor_combo.setCurrentText(tensor)
    return inspector.table_model.matrix


def linear_model(weights: list[float], bias: float):
    k = keras()
    model = k.Sequential([k.Input((len(weights),)), k.layers.Dense(1, name="dense")])
    model.set_weights([np.array(weights, dtype=np.float32).reshape(-1, 1), np.array([bias], dtype=np.float32)])
    return model


# What is shown ---------------------------------------------------------------------------------
def test_every_layer_with_weights_is_offered_with_keras_tensor_names(inspector, trained):
    result, store = trained
    inspector.set_snapshots(store, result.data.feature_names, "progression")
    assert combo_items(inspector.layer_combo) == ["dense", "batch_normalization", "dense_1", "dense_2"]
    assert combo_items(inspector.tensor_combo) == ["kernel", "bias"]
    assert "shape 10 × 8 (80 numbers)" in inspector.shape_label.text()
    inspector.select_layer("batch_normalization")
    assert combo_items(inspector.tensor_combo) == ["gamma", "beta", "moving_mean", "moving_variance"]


def test_the_newest_values_are_the_trained_models_weights(inspector, trained):
    result, store = trained
    inspector.set_snapshots(store, result.data.feature_names, "progression")
    expected = iter(result.model.get_weights())
    for layer, tensor in [(t.layer, t.name) for t in store.latest()]:
        values = next(expected)
        shown = show(inspector, layer, tensor)
        np.testing.assert_array_equal(shown, values.reshape(1, -1) if values.ndim == 1 else values)
        assert inspector.image.image.shape == shown.shape  # a bias is a 1 × n strip


def test_statistics_and_colour_levels_describe_the_shown_tensor(inspector, trained):
    result, store = trained
    inspector.set_snapshots(store, result.data.feature_names, "progression")
    kernel = result.model.get_weights()[0].astype(np.float64)
    text = inspector.stats_label.text()
    assert text.startswith("After epoch 3:")
    for word, value in [("mean", kernel.mean()), ("std", kernel.std()), ("min", kernel.min()),
                        ("max", kernel.max()), ("L2 norm", np.linalg.norm(kernel))]:  # fmt: skip
        assert f"{word} {value:.4g}".replace("-", "\u2212") in text
    limit = np.abs(kernel).max()
    np.testing.assert_allclose(inspector.image.levels, [-limit, limit], rtol=1e-6)  # white is zero
    np.testing.assert_allclose(inspector.colour_bar.values, [-limit, limit], rtol=1e-6)
    assert inspector.bars.yData.sum() == kernel.size


def test_fast_statistics_agree_with_numpy_in_float64():
    rng = np.random.default_rng(1)
    for values in (rng.normal(size=(300, 40)), 1 + 1e-3 * rng.normal(size=500), np.array([2.5])):
        values = values.astype(np.float32)
        exact = values.astype(np.float64)
        got = tensor_stats(values)
        np.testing.assert_allclose(
            [got["mean"], got["std"], got["min"], got["max"], got["l2"]],
            [exact.mean(), exact.std(), exact.min(), exact.max(), np.linalg.norm(exact)],
            rtol=1e-5,
            atol=1e-9,
        )


def test_histogram_counts_as_numpy_does():
    values = np.random.default_rng(2).normal(size=5000).astype(np.float32)
    low, high = float(values.min()), float(values.max())
    np.testing.assert_array_equal(histogram(values, low, high, 40), np.histogram(values, 40, (low, high))[0])


def test_a_big_kernel_is_averaged_down_to_the_screen_and_sharp_when_zoomed_in(inspector):
    values = np.random.default_rng(3).normal(size=(1500, 1200)).astype(np.float32)
    inspector.show_model([WeightTensor("dense", "kernel", values)], "big.keras")
    covered = QRectF(-0.5, -0.5, 1200, 1500)  # cell (i, j) centred on (j, i)
    rows, columns = inspector.image.image.shape
    assert rows < 1500 / 2 and columns < 1200 / 2  # a few cells per screen pixel
    assert inspector.image.mapRectToParent(inspector.image.boundingRect()) == covered
    inspector.heat_plot.setRange(xRange=(100, 140), yRange=(10, 40), padding=0)
    np.testing.assert_array_equal(inspector.image.image, values)  # every cell its own colour
    assert inspector.image.mapRectToParent(inspector.image.boundingRect()) == covered
    expected = f"kernel[1499, 1199] = {values[-1, -1]:.6g}   from input 1499 to unit 1199"
    assert inspector.describe_cell(1499, 1199) == expected.replace("-", "\u2212")  # the full matrix, not the picture


def test_block_mean_averages_each_block():
    matrix = np.arange(7 * 5, dtype=np.float32).reshape(7, 5)
    expected = matrix[:6, :4].reshape(3, 2, 2, 2).mean(axis=(1, 3))
    np.testing.assert_allclose(block_mean(matrix, 2, 2), expected)
    assert block_mean(matrix, 1, 1) is matrix
    assert block_mean(matrix[:1], 3, 9).shape == (1, 1)  # a factor beyond the size takes it all


def test_hovering_a_cell_names_the_input_feature_and_the_unit(inspector, trained):
    result, store = trained
    inspector.set_snapshots(store, result.data.feature_names, "progression")
    kernel = result.model.get_weights()[0]
    position = inspector.heat_plot.vb.mapViewToScene(QPointF(3, 2))  # column 3, row 2
    inspector.heatmap_view.scene().sigMouseMoved.emit(position)
    expected = f"kernel[2, 3] = {kernel[2, 3]:.6g}   from input “bmi” to unit 3"
    assert inspector.hover_label.text() == expected.replace("-", "\u2212")
    show(inspector, "dense_1", "kernel")  # a later layer's inputs are the units before it
    assert inspector.describe_cell(5, 1).endswith("from input 5 to unit 1")
    bias = show(inspector, "dense", "bias")
    assert inspector.describe_cell(0, 4) == f"bias[4] = {bias[0, 4]:.6g}   unit 4".replace("-", "\u2212")


def test_a_layer_without_weights_is_explained(inspector, trained):
    result, store = trained
    inspector.set_snapshots(store, result.data.feature_names, "progression")
    inspector.select_layer("dense_1")
    inspector.select_layer("dropout")
    assert inspector.layer_note.isVisible()
    assert "dropout has no weights" in inspector.layer_note.text()
    assert inspector.layer_combo.currentText() == "dense_1"
    inspector.select_layer("dense")
    assert not inspector.layer_note.isVisible()


def test_nothing_to_show_until_the_first_snapshot_arrives(inspector, trained):
    store = SnapshotStore()
    inspector.set_snapshots(store, None, None)
    assert inspector.pages.currentWidget() is inspector.empty_label
    inspector.select_layer("dense_1")  # chosen in the stack before training
    store.add(0, trained[1].at(0))
    inspector.refresh()
    assert inspector.pages.currentWidget() is not inspector.empty_label
    assert inspector.layer_combo.currentText() == "dense_1"
    assert inspector.epoch_label.text() == "epoch 0 of 0"
    assert inspector.stats_label.text().startswith("Before training:")


def test_weights_that_blew_up_are_shown_without_breaking_the_views(inspector):
    values = np.array([[1.0, np.nan], [-3.0, np.inf]], dtype=np.float32)
    inspector.show_model([WeightTensor("dense", "kernel", values)], "nan")
    assert "mean nan" in inspector.stats_label.text()
    np.testing.assert_array_equal(inspector.image.levels, [-3, 3])
    assert inspector.bars.yData.sum() == 2  # the finite values


# The linear unit -----------------------------------------------------------------------------
def test_a_one_unit_dense_layer_is_written_as_an_equation_with_the_feature_names(inspector):
    store = SnapshotStore()
    store.add(0, weight_tensors(linear_model([0.12, -0.31, 0.05], 5.63)))
    inspector.set_snapshots(store, ["alcohol", "volatile acidity", "pH"], "quality")
    assert inspector.equation_label.isVisible()
    first_line = plain(inspector.equation_label.text()).splitlines()[0]
    assert first_line == "quality ≈ \u22120.31·volatile acidity + 0.12·alcohol + 0.05·pH + 5.63"


def test_a_wide_linear_unit_lists_the_largest_weights_and_counts_the_rest(inspector):
    weights = [0.01 * (i + 1) * (-1) ** i for i in range(15)]
    store = SnapshotStore()
    store.add(0, weight_tensors(linear_model(weights, -2.0)))
    inspector.set_snapshots(store, None, None)
    text = plain(inspector.equation_label.text()).splitlines()[0]
    assert text.startswith("output ≈ 0.15·x14 \u2212 0.14·x13 + 0.13·x12")
    assert text.endswith("\u2212 0.04·x3 + … (3 smaller terms) \u2212 2")


def test_the_equation_follows_the_replayed_epoch_and_is_hidden_for_wider_layers(inspector, trained):
    result, store = trained
    inspector.set_snapshots(store, result.data.feature_names, "progression")
    assert not inspector.equation_label.isVisible()  # dense has 8 units
    inspector.select_layer("dense_2")  # the output unit: its inputs are dense_1's units
    latest = plain(inspector.equation_label.text())
    assert latest.startswith("progression ≈ ") and "·h3" in latest and "outputs of the layer before" in latest
    inspector.epoch_slider.setValue(0)
    assert plain(inspector.equation_label.text()) != latest
    bias = store.at(0)[-1].values[0]
    assert f"{abs(bias):.3g}" in plain(inspector.equation_label.text()).splitlines()[0]


# Replay ----------------------------------------------------------------------------------------
def test_the_slider_replays_each_epochs_values(inspector, trained):
    result, store = trained
    inspector.set_snapshots(store, result.data.feature_names, "progression")
    assert inspector.epoch_label.text() == "epoch 3 of 3"
    for position, epoch in enumerate(store.epochs()):
        inspector.epoch_slider.setValue(position)
        np.testing.assert_array_equal(inspector.table_model.matrix, store.at(epoch)[0].values)
    assert inspector.epoch_label.text() == "epoch 3 of 3"
    inspector.epoch_slider.setValue(1)
    assert inspector.epoch_label.text() == "epoch 1 of 3"
    assert inspector.stats_label.text().startswith("After epoch 1:")


def test_new_epochs_are_followed_only_when_the_slider_is_at_the_end(inspector, trained):
    _, finished = trained
    store = SnapshotStore()
    store.add(0, finished.at(0))
    store.add(1, finished.at(1))
    inspector.set_snapshots(store, None, None)
    store.add(2, finished.at(2))
    inspector.refresh()
    assert inspector.epoch_label.text() == "epoch 2 of 2"
    np.testing.assert_array_equal(inspector.table_model.matrix, finished.at(2)[0].values)
    inspector.epoch_slider.setValue(0)
    store.add(3, finished.at(3))
    inspector.refresh()
    assert inspector.epoch_label.text() == "epoch 0 of 3"
    np.testing.assert_array_equal(inspector.table_model.matrix, finished.at(0)[0].values)


def test_change_modes_show_the_difference(inspector, trained):
    result, store = trained
    inspector.set_snapshots(store, result.data.feature_names, "progression")
    kernel = {epoch: store.at(epoch)[0].values for epoch in store.epochs()}
    inspector.epoch_slider.setValue(2)
    inspector.mode_combo.setCurrentIndex(1)
    np.testing.assert_array_equal(inspector.table_model.matrix, kernel[2] - kernel[0])
    assert inspector.stats_label.text().startswith("Change from epoch 0 to 2:")
    inspector.mode_combo.setCurrentIndex(2)
    np.testing.assert_array_equal(inspector.table_model.matrix, kernel[2] - kernel[1])
    assert inspector.stats_label.text().startswith("Change from epoch 1 to 2:")
    assert inspector.describe_cell(0, 0).startswith("change of kernel[0, 0] = ")
    inspector.epoch_slider.setValue(0)
    assert not inspector.table_model.matrix.any()  # nothing before epoch 0
    assert inspector.hist_plot.getAxis("bottom").labelText == "change"


def test_a_thinned_store_says_which_epochs_it_kept(inspector, trained):
    _, finished = trained
    one_snapshot = sum(t.values.nbytes for t in finished.at(0))
    store = SnapshotStore(max_bytes=3 * one_snapshot)
    for epoch in range(9):
        store.add(epoch, finished.at(min(epoch, 3)))
    inspector.set_snapshots(store, None, None)
    assert store.nbytes <= store.max_bytes
    assert inspector.thinned_label.isVisible()
    megabytes = f"{3 * one_snapshot / 2**20:.3g}"
    assert inspector.thinned_label.text() == f"Kept every 4th epoch to stay under {megabytes} MB of memory."
    assert store.epochs() == [0, 4, 8]
    assert inspector.epoch_slider.maximum() == 2
    assert inspector.epoch_label.text() == "epoch 8 of 8"


def test_drawing_waits_while_hidden_and_happens_when_shown(qtbot, trained):
    result, store = trained
    widget = WeightsInspector()
    qtbot.addWidget(widget)
    widget.set_snapshots(store, result.data.feature_names, "progression")
    assert widget.table_model.matrix.size == 0
    widget.show()
    qtbot.waitExposed(widget)
    np.testing.assert_array_equal(widget.table_model.matrix, store.latest()[0].values)


# Table, copy and export ------------------------------------------------------------------------
def test_ctrl_c_copies_the_selected_cells_as_tab_separated_text(inspector, trained, qtbot):
    result, store = trained
    inspector.set_snapshots(store, result.data.feature_names, "progression")
    inspector.views.setCurrentIndex(1)
    table = inspector.table
    matrix = inspector.table_model.matrix
    assert inspector.table_model.headerData(2, Qt.Orientation.Vertical) == "bmi"
    assert inspector.table_model.headerData(3, Qt.Orientation.Horizontal) == "unit 3"
    table.selectAll()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    rows = [line.split("\t") for line in copied.splitlines()]
    np.testing.assert_array_equal(np.array(rows, dtype=np.float32), matrix)
    table.clearSelection()
    model = inspector.table_model
    selection = table.selectionModel()
    selection.select(model.index(1, 2), selection.SelectionFlag.Select)
    selection.select(model.index(2, 4), selection.SelectionFlag.Select)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == f"{matrix[1, 2]!s}\t\t\n\t\t{matrix[2, 4]!s}"  # float32 digits


def test_export_csv_writes_the_shown_numbers_with_their_names(inspector, trained, tmp_path, monkeypatch):
    result, store = trained
    inspector.set_snapshots(store, result.data.feature_names, "progression")
    inspector.mode_combo.setCurrentIndex(1)
    path = tmp_path / "kernel.csv"
    asked = {}

    def save_dialog(parent, caption, directory, filters):
        asked["name"] = directory
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    inspector.export_button.click()
    assert asked["name"].endswith("dense_kernel_change_epoch3.csv")
    table = pd.read_csv(path, index_col=0)
    assert list(table.index) == result.data.feature_names
    assert list(table.columns) == [f"unit {j}" for j in range(8)]
    np.testing.assert_array_equal(table.to_numpy(np.float32), store.at(3)[0].values - store.at(0)[0].values)


# A model from a file -------------------------------------------------------------------------
def test_a_saved_plain_keras_model_shows_every_tensor_without_replay(inspector, tmp_path):
    k = keras()
    model = k.Sequential(
        [k.Input((4,)), k.layers.Dense(3, name="hidden"), k.layers.LayerNormalization(name="norm"), k.layers.Dense(2)]
    )
    path = tmp_path / "plain.keras"
    model.save(path)
    loaded = load_keras_model(path)
    inspector.show_model(weight_tensors(loaded), "plain.keras")
    assert inspector.title_label.text() == "plain.keras" and inspector.title_label.isVisible()
    assert not inspector.replay_box.isVisible()
    assert combo_items(inspector.layer_combo) == ["hidden", "norm", model.layers[-1].name]
    inspector.select_layer("norm")
    assert combo_items(inspector.tensor_combo) == ["gamma", "beta"]
    expected = iter(model.get_weights())
    for layer, tensor in [(t.layer, t.name) for t in weight_tensors(loaded)]:
        values = next(expected)
        shown = show(inspector, layer, tensor)
        np.testing.assert_array_equal(shown, values.reshape(1, -1) if values.ndim == 1 else values)
    assert inspector.stats_label.text().startswith("Values:")
    show(inspector, "hidden", "kernel")
    assert inspector.describe_cell(1, 0).endswith("from input 1 to unit 0")
