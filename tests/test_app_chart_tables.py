"""Every chart in words and numbers: a one-sentence summary a screen reader says, and a table."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication
from sklearn import metrics

from nnbuilder.engine.datasets import get_builtin
from nnbuilder.engine.lessons import boundary_grid

from .conftest import answered, train_and_wait

pytestmark = pytest.mark.usefixtures("qapp")


def test_learning_curves_say_where_the_loss_was_lowest_and_list_every_epoch(make_window, qtbot, write_project):
    window = make_window()
    assert window.open_project(write_project(training={"epochs": 4}))
    assert "No epoch" in window.curves.chart_data().summary
    assert not window.curves.access.table_button.isEnabled()
    train_and_wait(qtbot, window)
    window.curves.redraw_now()
    data = window.curves.chart_data()
    history = window.session.result.history
    best = min(range(4), key=lambda i: history["val_loss"][i])
    assert data.summary.startswith(f"val_loss lowest at epoch {best + 1}: ")
    assert window.curves.access.summary.text() == data.summary
    assert window.curves.loss_plot.accessibleDescription() == data.summary
    assert [row[0] for row in data.rows] == [1, 2, 3, 4]
    assert data.columns[:3] == ["epoch", "loss", "val_loss"]
    assert data.rows[best][2] == pytest.approx(history["val_loss"][best])

    window.curves.access.table_button.click()
    dialog = window.curves.access.dialog
    assert dialog.table.rowCount() == 4 and dialog.table.columnCount() == len(data.columns)
    dialog.copy_all()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0].split("\t") == data.columns and len(copied) == 5
    dialog.close()


def data_shown(qtbot, window, source: str) -> None:
    """Wait until the Data tab shows the project's table (read on a worker thread)."""
    panel = window.data_panel
    qtbot.waitUntil(lambda: not panel.is_loading() and panel.histogram_data() is not None, timeout=30_000)
    assert source in panel.source_label.text()


def choose_column(panel, name: str) -> None:
    """Click a column in the Data tab's list of columns."""
    panel.columns_view.setCurrentIndex(panel.columns_model.index(panel.columns_model.column_names().index(name), 0))


def test_data_histogram_says_the_range_and_the_tallest_bar_and_lists_every_bar(make_window, qtbot, write_project):
    window = make_window()
    assert window.open_project(write_project())
    data_shown(qtbot, window, "diabetes")
    panel = window.data_panel
    choose_column(panel, "bmi")
    bmi = get_builtin("diabetes").load()["bmi"].to_numpy()
    counts, edges = np.histogram(bmi, bins=30)
    tallest = int(np.argmax(counts))
    data = panel.histogram_data()
    # The bars are 0.81 wide: two decimals tell one edge from the next.
    assert data.summary == (
        f"bmi: {len(bmi)} values from {edges[0]:.2f} to {edges[-1]:.2f}; the tallest bar, "
        f"{edges[tallest]:.2f} to {edges[tallest + 1]:.2f}, holds {counts[tallest]} of them."
    )
    assert data.title == "Histogram of bmi" and data.columns == ["from", "to", "rows"]
    assert [row[2] for row in data.rows] == list(counts) == list(panel.histogram_item.opts["height"])
    assert np.allclose([row[0] for row in data.rows], edges[:-1]) and np.allclose([row[1] for row in data.rows], edges[1:])
    assert panel.histogram_access.summary.text() == data.summary
    assert panel.histogram.accessibleDescription() == data.summary

    panel.histogram_access.table_button.click()
    dialog = panel.histogram_access.dialog
    assert dialog.table.rowCount() == 30 and dialog.table.item(tallest, 2).text() == str(counts[tallest])
    dialog.close()

    # A column of text: one bar per category, the most frequent on top.
    assert window.open_project(write_project("iris.nnb", data={"source": "builtin:iris"}))
    data_shown(qtbot, window, "iris")
    species = get_builtin("iris").load()["species"].value_counts()
    data = panel.histogram_data()
    assert data.summary == (
        f"species: {species.sum()} values in {len(species)} categories; the most common, "
        f"'{species.index[0]}', is in {species.iloc[0]} rows."
    )
    assert data.rows == [[name, count] for name, count in species.items()]


def test_data_scatter_says_how_the_columns_go_together_and_lists_every_point(make_window, qtbot, write_project):
    window = make_window()
    assert window.open_project(write_project())
    data_shown(qtbot, window, "diabetes")
    panel = window.data_panel
    panel.tabs.setCurrentIndex(2)
    panel.scatter_x.setCurrentText("bmi")
    panel.scatter_y.setCurrentText("bp")
    frame = get_builtin("diabetes").load()
    correlation = np.corrcoef(frame["bmi"], frame["bp"])[0, 1]
    assert correlation > 0.3
    data = panel.scatter_data()
    assert data.summary == f"bp tends to rise with bmi across all {len(frame)} rows (correlation {correlation:.2f})."
    assert data.columns == ["row", "bmi", "bp", "progression"]  # coloured by the target, so listed with it
    assert [row[0] for row in data.rows] == list(range(1, len(frame) + 1))
    x, y = panel.scatter_items[0].getData()  # a number to predict: one ramp-coloured set of points
    assert [row[1] for row in data.rows] == list(x) == list(frame["bmi"])
    assert [row[2] for row in data.rows] == list(y) == list(frame["bp"])
    assert [row[3] for row in data.rows] == list(frame["progression"])
    assert panel.scatter_access.summary.text() == data.summary
    assert panel.scatter.accessibleName() == "Scatter plot of bp against bmi"

    panel.scatter_y.setCurrentText("s3")  # falls as bmi rises
    correlation = np.corrcoef(frame["bmi"], frame["s3"])[0, 1]
    assert correlation < -0.3
    assert panel.scatter_access.summary.text() == (
        f"s3 tends to fall as bmi rises across all {len(frame)} rows (correlation {correlation:.2f})."
    )


def test_predicted_against_actual_says_how_far_off_the_network_is_and_lists_each_point(make_window, qtbot, write_project):
    window = make_window()
    assert window.open_project(write_project(training={"epochs": 2}))
    predictions = window.predictions
    assert predictions.chart_data() is None and not predictions.scatter_access.summary.isVisible()
    train_and_wait(qtbot, window)
    answered(qtbot, window)
    qtbot.waitUntil(lambda: predictions.chart_data() is not None, timeout=30_000)
    data = predictions.chart_data()
    assert data.columns == ["row", "actual progression", "predicted progression", "error"]
    progression = get_builtin("diabetes").load()["progression"].to_numpy()
    rows = np.array([row[0] for row in data.rows])
    actual, predicted = progression[rows - 1], np.array([row[2] for row in data.rows])  # the table's own rows
    drawn_x, drawn_y = predictions.points.getData()
    assert np.allclose(drawn_x, actual) and np.allclose(drawn_y, predicted)
    assert len(set(rows)) == len(rows) == int(np.ceil(len(progression) * 0.25))  # a quarter kept to validate
    mae = metrics.mean_absolute_error(actual, predicted)
    worst = np.abs(predicted - actual).max()
    assert data.summary == (
        f"On {len(rows)} validation rows the predictions are off by {mae:.3g} on average (MAE) and by {worst:.3g} at most."
    )
    assert f"MAE <b>{mae:.3f}</b>" in predictions.figures_label.text()  # the same figure as the one above the chart
    assert predictions.scatter_access.summary.text() == data.summary
    assert predictions.scatter_view.accessibleDescription() == data.summary

    window.new_project()
    assert predictions.chart_data() is None and predictions.scatter_access.summary.text() == ""


BINARY = {
    "data": {"source": "builtin:breast-cancer"},
    "layers": [{"class_name": "Dense", "config": {"units": 1, "activation": "sigmoid"}}],
    "training": {"loss": "binary_crossentropy", "metrics": ["accuracy"], "epochs": 2},
}


def test_confusion_matrix_says_how_many_rows_are_right_and_the_most_frequent_mistake(make_window, qtbot, write_project):
    window = make_window()
    assert window.open_project(write_project(**BINARY))
    train_and_wait(qtbot, window)
    answered(qtbot, window)
    predictions = window.predictions
    qtbot.waitUntil(lambda: predictions.confusion_data() is not None, timeout=30_000)
    labels = [str(label) for label in window.session.prepared.task.classes]

    def shown_counts() -> np.ndarray:  # the matrix as drawn
        matrix = predictions.confusion
        return np.array([[int(matrix.item(r, c).text().replace(",", "")) for c in range(2)] for r in range(2)])

    def expected(counts: np.ndarray) -> str:
        right, total = int(np.trace(counts)), int(counts.sum())
        if right == total:
            return f"The network gets all {total} validation rows right."
        wrong = counts * (1 - np.eye(2, dtype=int))
        actual, predicted = np.unravel_index(int(np.argmax(wrong)), wrong.shape)
        return (f"The network gets {right} of {total} validation rows right; its most frequent mistake is taking "
                f"'{labels[actual]}' for '{labels[predicted]}' ({wrong[actual, predicted]} rows).")  # fmt: skip

    assert predictions.confusion_data().rows == [[labels[0], *shown_counts()[0]], [labels[1], *shown_counts()[1]]]
    assert shown_counts().sum() == len(predictions.table_model.frame())  # every validation row
    assert predictions.confusion_access.summary.text() == expected(shown_counts())
    assert predictions.confusion.accessibleDescription() == expected(shown_counts())
    assert predictions.confusion_access.table_button.isHidden()  # the matrix is its own table

    before = shown_counts()
    predictions.threshold_slider.setValue(2)  # nearly every row is called the second class now
    assert shown_counts()[:, 1].sum() >= before[:, 1].sum()
    assert predictions.confusion_access.summary.text() == expected(shown_counts())


def test_decision_boundary_says_how_many_points_lie_on_their_own_side_and_lists_them(make_window, qtbot, write_project):
    window = make_window()
    project = write_project(
        data={"source": "builtin:circles", "samples": 200},
        layers=[
            {"class_name": "Dense", "config": {"units": 4, "activation": "relu"}},
            {"class_name": "Dense", "config": {"units": 1, "activation": "sigmoid"}},
        ],
        training={"loss": "binary_crossentropy", "metrics": ["accuracy"], "epochs": 2},
    )
    assert window.open_project(project)
    train_and_wait(qtbot, window)
    answered(qtbot, window)
    view = window.boundary
    assert window.tabs.indexOf(view) >= 0 and view.has_grid
    prepared = window.session.prepared
    x_train, labels = prepared.x_train, prepared.y_train.ravel().astype(int)
    assert len(labels) == 150  # 200 points, a quarter kept for validation

    # Where each training point lies on the drawn shading: its nearest grid point.
    grid = boundary_grid(x_train)
    shading = view.image.image
    columns = np.abs(x_train[:, :1] - grid.xs[None, :]).argmin(axis=1)
    rows = np.abs(x_train[:, 1:] - grid.ys[None, :]).argmin(axis=1)
    under = shading[rows, columns]
    right = int(((under > 0.5).astype(int) == labels).sum())
    data = view.chart_data()
    assert data.summary == f"The network puts {right} of 150 training rows on their own class's side of the line."
    assert data.columns == ["x1", "x2", "class", "probability of class 1", "on its side"]
    drawn = view.points.data
    assert np.allclose([row[0] for row in data.rows], drawn["x"]) and np.allclose([row[0] for row in data.rows], x_train[:, 0])
    assert np.allclose([row[1] for row in data.rows], drawn["y"])
    assert [row[2] for row in data.rows] == [str(label) for label in labels]
    assert np.allclose([row[3] for row in data.rows], under)
    assert [row[4] for row in data.rows].count("yes") == right
    assert view.access.summary.text() == data.summary and view.plot.accessibleDescription() == data.summary

    view.clear_grid()  # the network changed: only the points are left
    zeros = int((labels == 0).sum())
    assert view.access.summary.text() == (
        f"150 training rows, {zeros} of class 0 and {150 - zeros} of class 1; train the network to see where it "
        "draws the line between them."
    )
    assert view.chart_data().columns == ["x1", "x2", "class"]
