"""The predictions panel: validation rows beside their answers, figures a student can trust (scikit-learn's),
a threshold that recounts the confusion matrix, and predictions for a new CSV."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from sklearn import metrics

from nnbuilder.app.engine_client import EngineClient
from nnbuilder.app.predictions import POINT_COLOUR, PredictionsPanel
from nnbuilder.engine.data import PreparedData, load_source
from nnbuilder.engine.datasets import get_builtin
from nnbuilder.engine.jobs import TrainedState
from nnbuilder.engine.service import shared_engine
from nnbuilder.engine.train import train
from nnbuilder.spec import project_from_dict

from .conftest import project_dict

BINARY = project_dict(
    data={"source": "builtin:breast-cancer"},
    layers=[
        {"class_name": "Dense", "config": {"units": 8, "activation": "relu"}},
        {"class_name": "Dense", "config": {"units": 1, "activation": "sigmoid"}},
    ],
    training={"loss": "binary_crossentropy", "metrics": ["accuracy"], "epochs": 3},
)


@dataclass
class EngineRun:
    """A model trained and kept on the engine thread, as the window's are; the test sees copies."""

    owner: str
    data: PreparedData
    predicted: np.ndarray  # the model's outputs for the validation rows


def train_on_engine(project, owner: str) -> EngineRun:
    def work(workspace):
        trained = train(project, None)
        workspace.trained[owner] = TrainedState(trained.model, trained.data, project, trained.result.epochs_run)
        return EngineRun(owner, trained.data, trained.model.predict(trained.data.x_val, verbose=0))

    return shared_engine().call(work)


@pytest.fixture(scope="module")
def regression():
    project = project_from_dict(project_dict(training={"epochs": 3}))
    yield project, train_on_engine(project, "predictions-regression")
    shared_engine().call(lambda workspace: workspace.trained.clear())


@pytest.fixture(scope="module")
def binary():
    project = project_from_dict(BINARY)
    yield project, train_on_engine(project, "predictions-binary")
    shared_engine().call(lambda workspace: workspace.forget("predictions-binary"))


def new_panel(qtbot, owner: str) -> PredictionsPanel:
    client = EngineClient()
    client.owner = owner  # the panel predicts with the model kept under this key
    panel = PredictionsPanel(client)
    client.setParent(panel)
    qtbot.addWidget(panel)
    return panel


def shown_panel(qtbot, run) -> PredictionsPanel:
    panel = new_panel(qtbot, run.owner)
    panel.resize(800, 550)
    panel.show()
    panel.show_results()
    qtbot.waitUntil(lambda: panel.results.isVisible(), timeout=20_000)
    return panel


def cell(panel: PredictionsPanel, row: int, column: int) -> str:
    return panel.table_model.index(row, column).data()


def test_regression_shows_rows_scatter_and_scikit_learns_figures(qtbot, regression):
    _, run = regression
    actual = run.data.y_val[:, 0]
    predicted = run.predicted[:, 0]

    panel = shown_panel(qtbot, run)

    text = panel.figures_label.text()
    for name, value in (("MAE", metrics.mean_absolute_error(actual, predicted)),
                        ("RMSE", metrics.root_mean_squared_error(actual, predicted)),
                        ("R²", metrics.r2_score(actual, predicted))):  # fmt: skip
        assert f"{name} <b>{value:.3f}</b>" in text
    assert f"on {len(actual)} validation rows" in text
    assert panel.table_model.rowCount() == len(actual)
    headers = [panel.table_model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["row", "actual", "predicted", "error"]  # row: as the Data tab numbers it
    assert float(cell(panel, 0, 1)) == pytest.approx(actual[0], abs=1e-3)
    assert float(cell(panel, 0, 2)) == pytest.approx(predicted[0], abs=1e-3)
    table = get_builtin("diabetes").load()
    row = int(cell(panel, 0, 0))  # the table's own row number, as the Data tab shows it
    assert table["progression"].iloc[row - 1] == pytest.approx(actual[0])
    chosen = []
    panel.row_chosen.connect(chosen.append)
    panel.table.doubleClicked.emit(panel.table_model.index(0, 0))  # a double-click (or Enter): trace it
    assert chosen == [row - 1]
    x, y = panel.points.getData()
    assert len(x) == len(actual) and np.allclose(y, predicted, rtol=1e-5)
    assert panel.chart_pages.currentIndex() == 0 and not panel.threshold_row.isVisible()


def test_binary_threshold_recounts_the_confusion_matrix_as_scikit_learn_does(qtbot, binary):
    _, run = binary
    actual = run.data.y_val[:, 0].astype(int)
    probability = run.predicted[:, 0]
    panel = shown_panel(qtbot, run)
    assert panel.threshold_row.isVisible()

    for value in (50, 20, 85):
        panel.threshold_slider.setValue(value)
        predicted = (probability > value / 100).astype(int)
        expected = metrics.confusion_matrix(actual, predicted)
        shown = [[int(panel.confusion.item(r, c).text()) for c in range(2)] for r in range(2)]
        assert shown == expected.tolist()
        assert f"recall <b>{metrics.recall_score(actual, predicted):.3f}</b>" in panel.figures_label.text()
        assert f"{value / 100:.2f}" in panel.figures_note.text() and panel.threshold_label.text() == f"{value / 100:.2f}"
    assert panel.confusion.verticalHeaderItem(1).text() == "actual malignant"


def has_colour_near(image: QImage, colour: QColor, tolerance: int = 40) -> bool:
    return any(
        all(abs(a - b) <= tolerance for a, b in zip(image.pixelColor(x, y).getRgb()[:3], colour.getRgb()[:3]))
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


@pytest.mark.parametrize("kind", ["regression", "binary"])
def test_renders_at_a_lab_pcs_size(qtbot, kind, request, tmp_path):
    _, run = request.getfixturevalue(kind)
    panel = shown_panel(qtbot, run)
    path = tmp_path / f"predictions-{kind}.png"
    assert panel.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (800, 550)
    right_answers = panel.confusion.item(0, 0).background().color() if kind == "binary" else POINT_COLOUR
    assert has_colour_near(image, right_answers)  # the dots, or the shaded diagonal, were drawn


def test_predict_a_csv_saves_the_predictions_and_explains_extra_columns(qtbot, regression, tmp_path):
    project, run = regression
    rows = load_source(project.data, None).frame.head(6).drop(columns="progression").assign(notes="x")
    rows.to_csv(tmp_path / "new.csv", index=False)
    panel = shown_panel(qtbot, run)
    panel.ask_open_csv = lambda: tmp_path / "new.csv"
    panel.ask_save_csv = lambda suggested: suggested

    qtbot.mouseClick(panel.predict_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.predict_button.isEnabled(), timeout=20_000)

    saved = pd.read_csv(tmp_path / "new-predictions.csv")
    assert len(saved) == 6 and saved.columns[-1] == "predicted progression"
    message = panel.message.text()
    assert "Saved 6 rows" in message and "'notes' is not an input of the network, so it was ignored" in message


def test_a_csv_without_the_networks_columns_is_explained_and_nothing_is_saved(qtbot, regression, tmp_path):
    project, run = regression
    load_source(project.data, None).frame.head(3).drop(columns=["bmi", "progression"]).to_csv(tmp_path / "t.csv", index=False)
    panel = shown_panel(qtbot, run)

    panel.predict_csv(tmp_path / "t.csv", tmp_path / "out.csv")
    qtbot.waitUntil(lambda: panel.predict_button.isEnabled(), timeout=20_000)

    assert not (tmp_path / "out.csv").exists()
    assert panel.message.text().startswith("Nothing was saved: t.csv lacks the column 'bmi' the network was trained on")
    panel.predict_csv(tmp_path / "t.csv", tmp_path / "t.csv")
    assert "is the table being predicted" in panel.message.text()


def test_before_training_and_after_clear_there_is_nothing_to_predict(qtbot, regression):
    _, run = regression
    panel = new_panel(qtbot, run.owner)
    assert not panel.predict_button.isEnabled() and "Train the network" in panel.figures_label.text()
    panel.show()
    panel.show_results()
    panel.clear()  # before the background answer arrives: it must not come back
    panel.wait()
    qtbot.wait(50)
    assert not panel.results.isVisible() and not panel.predict_button.isEnabled()
    assert "Train the network" in panel.figures_label.text()


def test_no_validation_rows_is_said_in_the_panel(qtbot, regression):
    project, run = regression

    def keep_without_validation(workspace):
        state = workspace.trained[run.owner]
        data = type(state.data)(**{**state.data.__dict__, "x_val": None, "y_val": None})
        workspace.trained["predictions-no-validation"] = TrainedState(state.model, data, project, 3)

    shared_engine().call(keep_without_validation)
    panel = new_panel(qtbot, "predictions-no-validation")
    panel.show_results()
    qtbot.waitUntil(lambda: "no validation rows" in panel.figures_label.text(), timeout=20_000)
