"""Predictions: validation figures equal scikit-learn's, new tables are prepared exactly as the training
rows were, and `nnbuilder predict` finds the trained model a project belongs with."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from sklearn import metrics
from sklearn.model_selection import train_test_split

from nnbuilder.cli import main
from nnbuilder.engine.data import load_source
from nnbuilder.engine.model_import import save_trained
from nnbuilder.engine.predict import predict_frame, predict_plain, validation_predictions
from nnbuilder.engine.train import train
from nnbuilder.spec import DataError, NNBuilderError, project_from_dict

from .conftest import project_dict

DENSE_RELU = {"class_name": "Dense", "config": {"units": 8, "activation": "relu"}}


def classifier(source: str, units: int, activation: str, loss: str, epochs: int = 3) -> dict:
    return project_dict(
        data={"source": source},
        layers=[DENSE_RELU, {"class_name": "Dense", "config": {"units": units, "activation": activation}}],
        training={"loss": loss, "metrics": ["accuracy"], "epochs": epochs},
    )


PROJECTS = {
    "regression": project_dict(),
    "binary": classifier("builtin:breast-cancer", 1, "sigmoid", "binary_crossentropy"),
    "binary-softmax": classifier("builtin:breast-cancer", 2, "softmax", "sparse_categorical_crossentropy"),
    "multiclass": classifier("builtin:iris", 3, "softmax", "sparse_categorical_crossentropy", epochs=5),
}


@pytest.fixture(scope="module")
def runs():
    """Each kind of project trained once, for the whole module."""
    trained = {}

    def run(kind: str):
        if kind not in trained:
            project = project_from_dict(PROJECTS[kind])
            trained[kind] = (project, train(project, None))
        return trained[kind]

    return run


def keras_outputs(run) -> np.ndarray:
    return run.model.predict(run.data.x_val, verbose=0)


def test_regression_figures_are_scikit_learns(runs):
    _, run = runs("regression")
    actual = run.data.y_val[:, 0]
    predicted = keras_outputs(run)[:, 0]

    figures = validation_predictions(run.model, run.data).figures()

    assert figures.values == pytest.approx({
        "MAE": metrics.mean_absolute_error(actual, predicted),
        "RMSE": metrics.root_mean_squared_error(actual, predicted),
        "R²": metrics.r2_score(actual, predicted),
    }, rel=1e-6)  # fmt: skip
    assert figures.confusion is None


@pytest.mark.parametrize("threshold", [0.5, 0.3, 0.8])
def test_binary_figures_are_scikit_learns_at_each_threshold(runs, threshold):
    _, run = runs("binary")
    actual = run.data.y_val[:, 0].astype(int)
    predicted = (keras_outputs(run)[:, 0] > threshold).astype(int)

    figures = validation_predictions(run.model, run.data).figures(threshold)

    assert figures.values == pytest.approx({
        "accuracy": metrics.accuracy_score(actual, predicted),
        "precision": metrics.precision_score(actual, predicted),
        "recall": metrics.recall_score(actual, predicted),
    })  # fmt: skip
    np.testing.assert_array_equal(figures.confusion, metrics.confusion_matrix(actual, predicted))
    assert figures.labels == ["benign", "malignant"]
    assert "'malignant'" in figures.note and f"{threshold:.2f}" in figures.note


def test_at_one_half_the_accuracy_is_kerass_own(runs):
    _, run = runs("binary")
    figures = validation_predictions(run.model, run.data).figures(0.5)
    assert figures.values["accuracy"] == pytest.approx(run.result.history["val_accuracy"][-1], abs=1e-6)


def test_two_softmax_outputs_give_the_second_class_probability(runs):
    _, run = runs("binary-softmax")
    predictions = validation_predictions(run.model, run.data)
    np.testing.assert_allclose(predictions.scores, keras_outputs(run)[:, 1], rtol=1e-6)
    np.testing.assert_array_equal(predictions.actual, run.data.y_val.reshape(-1))


def test_multiclass_confusion_matrix_and_averages_are_scikit_learns(runs):
    _, run = runs("multiclass")
    actual = run.data.y_val
    predicted = np.argmax(keras_outputs(run), axis=1)

    figures = validation_predictions(run.model, run.data).figures()

    np.testing.assert_array_equal(figures.confusion, metrics.confusion_matrix(actual, predicted, labels=[0, 1, 2]))
    assert figures.values["precision"] == pytest.approx(metrics.precision_score(actual, predicted, average="macro", zero_division=0))
    assert figures.values["recall"] == pytest.approx(metrics.recall_score(actual, predicted, average="macro", zero_division=0))
    assert figures.labels == ["setosa", "versicolor", "virginica"]


def test_new_rows_get_exactly_the_training_preprocessing(runs):
    project, run = runs("regression")
    frame = load_source(project.data, None).frame
    _, validation = train_test_split(np.arange(len(frame)), test_size=0.25, random_state=0)
    rows = frame.iloc[validation].drop(columns="progression").reset_index(drop=True)

    predicted = predict_frame(run.model, run.data, rows)

    assert list(predicted.columns) == [*rows.columns, "predicted progression"]
    pd.testing.assert_frame_equal(predicted[rows.columns], rows)  # the table's own columns stay as they were
    np.testing.assert_allclose(predicted["predicted progression"], keras_outputs(run)[:, 0], rtol=1e-5)


def test_classes_get_probabilities_and_labels(runs):
    project, run = runs("multiclass")
    rows = load_source(project.data, None).frame.head(12)

    predicted = predict_frame(run.model, run.data, rows)

    probabilities = predicted[["probability of 'setosa'", "probability of 'versicolor'", "probability of 'virginica'"]]
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, rtol=1e-5)
    likeliest = np.array(["setosa", "versicolor", "virginica"])[probabilities.to_numpy().argmax(axis=1)]
    assert predicted["predicted species"].tolist() == likeliest.tolist()

    _, binary = runs("binary")
    cancer = load_source(project_from_dict(PROJECTS["binary"]).data, None).frame.head(30)
    strict = predict_frame(binary.model, binary.data, cancer, threshold=0.9)
    probability = strict["probability of 'malignant'"]
    assert strict["predicted diagnosis"].tolist() == np.where(probability > 0.9, "malignant", "benign").tolist()


def test_missing_columns_are_named_and_extra_ones_ignored_with_a_warning(runs):
    project, run = runs("regression")
    frame = load_source(project.data, None).frame.head(5)

    with pytest.raises(DataError) as raised:
        predict_frame(run.model, run.data, frame.drop(columns=["bmi", "s5"]), source="new.csv")
    assert str(raised.value).startswith("new.csv lacks the columns 'bmi', 's5' the network was trained on; add them")

    warnings: list[str] = []
    predicted = predict_frame(run.model, run.data, frame.assign(notes="x", ward=3), warn=warnings.append)
    assert warnings == ["'notes', 'ward' are not inputs of the network, so they were ignored"]
    assert {"notes", "ward", "predicted progression"} <= set(predicted.columns)


SHOP = "size,colour,weight,price\n" + "".join(
    f"{1 + i % 9},{('red', 'green', 'blue')[i % 3]},{1 + (i * 7 % 13) / 4},{10 + i % 17 + 3 * (i % 3)}\n"
    for i in range(60)
)


def test_text_values_never_seen_gaps_and_bad_numbers_are_explained(tmp_path):
    (tmp_path / "shop.csv").write_text(SHOP)
    project = project_from_dict(project_dict(
        data={"source": "shop.csv", "target": "price"},
        layers=[DENSE_RELU, {"class_name": "Dense", "config": {"units": 1}}],
        training={"epochs": 1, "batch_size": 16},
    ))  # fmt: skip
    run = train(project, tmp_path)
    new = pd.DataFrame({"size": [2, None, 4], "colour": ["red", "purple", None], "weight": [1.5, 2.0, 2.5]})

    warnings: list[str] = []
    predicted = predict_frame(run.model, run.data, new, warn=warnings.append)

    assert predicted["predicted price"].notna().all()
    assert warnings == [
        "column 'colour' holds 'purple', which the training rows never had; the network treats such rows as "
        "having none of the values it knows",
        "2 rows with missing values were filled in from the training rows (median for numbers, most frequent "
        "value for text)",
    ]
    with pytest.raises(DataError, match=r"column 'weight' of shop2.csv should hold numbers.*row 2 holds 'heavy'"):
        predict_frame(run.model, run.data, new.assign(weight=["1", "heavy", "2"]), source="shop2.csv")


def test_a_model_without_its_project_takes_the_columns_as_they_are(runs):
    _, run = runs("regression")
    inputs = pd.DataFrame(run.data.x_val[:4], columns=run.data.feature_names)

    predicted = predict_plain(run.model, inputs)

    np.testing.assert_allclose(predicted["output"], keras_outputs(run)[:4, 0], rtol=1e-5)
    with pytest.raises(DataError, match="has 9 columns but the model takes 10 inputs"):
        predict_plain(run.model, inputs.iloc[:, :9])


def test_no_validation_rows_is_explained(runs):
    _, run = runs("regression")
    data = run.data
    without = type(data)(**{**data.__dict__, "x_val": None, "y_val": None})
    with pytest.raises(NNBuilderError, match="no validation rows.*validation_split is 0"):
        validation_predictions(run.model, without)


# ---------------------------------------------------------------------------------------------
# nnbuilder predict


@pytest.fixture(scope="module")
def lab(tmp_path_factory, runs):
    """A project with its trained weights kept beside it, a `train --out` folder, and tables to predict."""
    root = tmp_path_factory.mktemp("lab")
    (root / "lab.nnb").write_text(json.dumps(PROJECTS["regression"]))
    (root / "untrained.nnb").write_text(json.dumps(PROJECTS["regression"]))
    project, run = runs("regression")
    save_trained(root / "lab.nnb", run.model)
    assert main(["train", str(root / "lab.nnb"), "--out", str(root / "run")]) == 0
    frame = load_source(project.data, None).frame
    frame.drop(columns="progression").head(7).to_csv(root / "new.csv", index=False)
    frame.drop(columns=["progression", "bmi"]).head(3).to_csv(root / "no-bmi.csv", index=False)
    return root, run


@pytest.mark.parametrize(
    "source, extra",
    [("lab.nnb", []), ("run", []), ("run/project.nnb", []), ("untrained.nnb", ["--model", "run/model.keras"])],
    ids=["kept-weights", "train-out-folder", "its-project", "model-option"],
)
def test_predict_writes_the_table_with_its_predictions(lab, source, extra, monkeypatch, capsys):
    root, run = lab
    monkeypatch.chdir(root)

    assert main(["predict", source, "new.csv", *extra]) == 0

    assert "wrote" in capsys.readouterr().out
    written = pd.read_csv(root / "new-predictions.csv")
    assert len(written) == 7 and written.columns[-1] == "predicted progression"
    if source == "lab.nnb":  # the very model trained above
        rows = pd.read_csv(root / "new.csv")
        expected = predict_frame(run.model, run.data, rows)["predicted progression"]
        np.testing.assert_allclose(written["predicted progression"], expected, rtol=1e-6)


def test_predict_with_a_bare_model_uses_the_columns_as_they_are(lab, tmp_path, capsys):
    root, run = lab
    pd.DataFrame(run.data.x_val[:3], columns=run.data.feature_names).to_csv(tmp_path / "scaled.csv", index=False)
    out = tmp_path / "out.csv"

    assert main(["predict", str(root / "run" / "model.keras"), str(tmp_path / "scaled.csv"), "-o", str(out)]) == 0

    assert "must already be preprocessed" in capsys.readouterr().err
    assert pd.read_csv(out).columns[-1] == "output"


def assert_one_error_line(stderr: str, *words: str) -> None:
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, stderr
    for word in words:
        assert word in errors[0], errors[0]


@pytest.mark.parametrize(
    "arguments, words",
    [
        (["lab.nnb", "no-bmi.csv"], ["no-bmi.csv lacks the column 'bmi'", "add it"]),
        (["untrained.nnb", "new.csv"], ["untrained.nnb has no trained model", "nnbuilder train", "--model"]),
        (["lab.nnb", "gone.csv"], ["gone.csv", "does not exist"]),
        (["lab.nnb", "new.csv", "-o", "new.csv"], ["new.csv is one of the files this command reads", "-o"]),
        (["untrained.nnb", "new.csv", "--model", "new.csv"], ["not a Keras model file"]),
    ],
    ids=["missing-column", "no-model", "no-table", "overwrite-input", "not-a-model"],
)
def test_predict_problems_are_one_error_line_and_write_nothing(lab, arguments, words, monkeypatch, capsys):
    root, _ = lab
    monkeypatch.chdir(root)
    before = {p.name: p.stat().st_mtime_ns for p in root.iterdir()}

    assert main(["predict", *arguments]) != 0

    assert_one_error_line(capsys.readouterr().err, *words)
    assert {p.name: p.stat().st_mtime_ns for p in root.iterdir()} == before


def test_a_threshold_outside_zero_to_one_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["predict", "lab.nnb", "new.csv", "--threshold", "2"])
    assert exited.value.code == 2
    assert_one_error_line(capsys.readouterr().err, "--threshold", "must be between 0 and 1")
