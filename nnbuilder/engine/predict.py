"""What a trained network predicts: for the validation rows, with their figures, and for new tables.

New rows go through the preprocessing fitted on the training rows (PreparedData.preprocessor),
so they reach the network exactly as the training rows did. The figures are scikit-learn's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn import metrics

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..spec import Project, load_project
from ..spec.errors import DataError, NNBuilderError
from .data import PreparedData, Task
from .lessons import resolve_project_argument
from .model_import import load_trained, trained_path
from .outputs import MODEL_FILE, PROJECT_FILE
from .train import prepare_project
from .weights import load_keras_model

PREDICT_BATCH = 4096  # rows per call into the network: large enough to be quick, small enough for memory
MAX_LISTED = 8  # columns or values named in one message
# The names of Figures.values, as people read them (the keys stay as scikit-learn and Keras name them;
# MAE, RMSE and R² read the same in every language): translate_marked("Predict", name).
FIGURE_NAMES = (
    QT_TRANSLATE_NOOP("Predict", "accuracy"),
    QT_TRANSLATE_NOOP("Predict", "precision"),
    QT_TRANSLATE_NOOP("Predict", "recall"),
)


def _names(items: list[str]) -> str:
    shown = ", ".join(f"'{item}'" for item in items[:MAX_LISTED])
    if len(items) <= MAX_LISTED:
        return shown
    return translate("Predict", "{names} and {count} more").format(names=shown, count=len(items) - MAX_LISTED)


def _table_word(source: str | None) -> str:
    """The table a message names: its file name, or 'the table'."""
    return source if source is not None else translate("Predict", "the table")


def network_outputs(model: Any, x: np.ndarray) -> np.ndarray:
    """The network's outputs for rows of inputs, (n, units) float64.

    Up to one batch of rows is a single call of the model: predict() would first build a tf.data
    pipeline, which takes longer than the arithmetic for the course's validation sets."""
    if len(x) <= PREDICT_BATCH:
        outputs = model(np.asarray(x, dtype=np.float32), training=False)
    else:
        outputs = model.predict(x, batch_size=PREDICT_BATCH, verbose=0)
    return np.asarray(outputs, dtype=np.float64).reshape(len(x), -1)


def scores_of(task: Task, outputs: np.ndarray) -> np.ndarray:
    """Regression: the predicted numbers; binary: the probability of the second class, task.classes[1]
    (from one sigmoid unit or two softmax units); multiclass: one probability per class, (n, k)."""
    if task.kind == "multiclass":
        return outputs
    if task.kind == "binary" and outputs.shape[1] == 2:
        return outputs[:, 1]
    return outputs[:, 0]


def class_codes(task: Task, scores: np.ndarray, threshold: float = 0.5) -> np.ndarray:
    """The predicted class of each row: above ``threshold`` means task.classes[1] (binary), else the likeliest."""
    if task.kind == "binary":
        return (scores > threshold).astype(np.int64)  # '>' as Keras's accuracy counts
    return np.argmax(scores, axis=1)


@dataclass(frozen=True)
class Figures:
    """How good the predictions are, in the words a course uses."""

    values: dict[str, float]  # "MAE", "RMSE", "R²" (regression); "accuracy", "precision", "recall"
    confusion: np.ndarray | None  # rows: actual class, columns: predicted class (classification)
    labels: list[str]  # the classes, in the confusion matrix's order
    note: str  # what precision and recall are of, or '' for regression


@dataclass
class Predictions:
    """The network's answers for rows whose true answers are known."""

    task: Task
    actual: np.ndarray  # regression: the true numbers; classification: the true class codes
    scores: np.ndarray  # see scores_of
    rows: np.ndarray | None = None  # each row's place in the source table (from 0), when known

    def predicted(self, threshold: float = 0.5) -> np.ndarray:
        """Predicted numbers (regression) or class codes."""
        return self.scores if self.task.kind == "regression" else class_codes(self.task, self.scores, threshold)

    def figures(self, threshold: float = 0.5) -> Figures:
        task, actual, predicted = self.task, self.actual, self.predicted(threshold)
        if task.kind == "regression":
            return Figures(
                {
                    "MAE": float(metrics.mean_absolute_error(actual, predicted)),
                    "RMSE": float(metrics.root_mean_squared_error(actual, predicted)),
                    "R²": float(metrics.r2_score(actual, predicted)),
                },
                None,
                [],
                "",
            )
        codes = list(range(len(task.classes)))
        if task.kind == "binary":
            options: dict[str, Any] = {"average": "binary", "pos_label": 1}
            note = translate("Predict", "precision and recall of class '{label}', above a probability of {threshold:.2f}"
                             ).format(label=task.classes[1], threshold=threshold)
        else:
            options = {"average": "macro", "labels": codes}
            note = translate("Predict", "precision and recall averaged over the classes")
        return Figures(
            {
                "accuracy": float(metrics.accuracy_score(actual, predicted)),
                "precision": float(metrics.precision_score(actual, predicted, zero_division=0, **options)),
                "recall": float(metrics.recall_score(actual, predicted, zero_division=0, **options)),
            },
            metrics.confusion_matrix(actual, predicted, labels=codes),
            list(task.classes),
            note,
        )

    def table(self, threshold: float = 0.5) -> pd.DataFrame:
        """One row per validation row: the true answer beside the predicted one; for classes also the
        probability (of the second class, P(LABEL), when there are two; else of the predicted one)
        and whether the answer is right. The first column, "row", numbers the rows as the Data tab
        does (from 1), when the source rows are known."""
        task, predicted = self.task, self.predicted(threshold)
        rows = {} if self.rows is None else {"row": self.rows + 1}
        if task.kind == "regression":
            return pd.DataFrame({**rows, "actual": self.actual, "predicted": predicted, "error": predicted - self.actual})
        labels = np.asarray(task.classes, dtype=object)
        if task.kind == "binary":
            likelihood = {f"P({task.classes[1]})": self.scores}
        else:
            likelihood = {"probability": self.scores[np.arange(len(predicted)), predicted]}
        return pd.DataFrame(
            {
                **rows,
                "actual": labels[self.actual],
                "predicted": labels[predicted],
                **likelihood,
                "right": np.where(self.actual == predicted, "yes", "no"),
            }
        )


def validation_predictions(model: Any, data: PreparedData) -> Predictions:
    """The network's predictions for the validation rows (runs the network: call it off the main thread)."""
    if data.x_val is None or data.y_val is None:
        raise NNBuilderError(
            translate("Predict", "there are no validation rows to check the predictions on (data.validation_split is 0); "
                                 "set a validation split such as 0.2 and train again")
        )  # fmt: skip
    task = data.task
    y = data.y_val
    if task.kind == "regression":
        actual = y.reshape(-1).astype(np.float64)
    elif y.ndim == 2 and y.shape[1] > 1:  # one-hot, for categorical_crossentropy
        actual = np.argmax(y, axis=1)
    else:
        actual = y.reshape(-1).astype(np.int64)
    return Predictions(task, actual, scores_of(task, network_outputs(model, data.x_val)), data.validation_rows)


# ---------------------------------------------------------------------------------------------
# New rows


def _fitted_columns(data: PreparedData) -> tuple[list[str], list[str]]:
    """(number columns, text columns) as the preprocessor was fitted."""
    chosen = {name: list(columns) for name, _, columns in data.preprocessor.transformers_ if name in ("numbers", "text")}
    return chosen.get("numbers", []), chosen.get("text", [])


def _as_numbers(series: pd.Series, column: str, source: str) -> pd.Series:
    if pd.api.types.is_bool_dtype(series) or pd.api.types.is_numeric_dtype(series):
        return series.astype("float64")
    numbers = pd.to_numeric(series, errors="coerce")
    bad = series.notna() & numbers.isna()
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0])
        raise DataError(
            translate("Predict", "column '{column}' of {source} should hold numbers, as it did in training, but row "
                                 "{row} holds '{value}'; correct that cell (or leave it empty to fill it in)").format(
                column=column, source=source, row=row + 1, value=series.iloc[row])
        )  # fmt: skip
    return numbers


def new_inputs(
    data: PreparedData, frame: pd.DataFrame, source: str | None = None, warn: Callable[[str], None] | None = None
) -> np.ndarray:
    """The rows of ``frame`` as network inputs, preprocessed exactly as the training rows were.

    DataError names the input columns the table lacks; ``warn`` hears about columns that are
    ignored, filled-in gaps and text values the training rows never had.
    """
    warn = warn or (lambda _: None)
    source = _table_word(source)
    columns = [str(c) for c in frame.columns]
    missing = [c for c in data.input_columns if c not in columns]
    if missing:
        if len(missing) > 1:
            message = translate("Predict", "{source} lacks the columns {missing} the network was trained on; add them "
                                           "(the network's inputs are {inputs})")  # fmt: skip
        else:
            message = translate("Predict", "{source} lacks the column {missing} the network was trained on; add it "
                                           "(the network's inputs are {inputs})")  # fmt: skip
        raise DataError(message.format(source=source, missing=_names(missing), inputs=_names(data.input_columns)))
    extra = [c for c in columns if c not in data.input_columns and c != data.task.target]
    if extra:
        if len(extra) > 1:
            warn(translate("Predict", "{columns} are not inputs of the network, so they were ignored").format(
                columns=_names(extra)))
        else:
            warn(translate("Predict", "{columns} is not an input of the network, so it was ignored").format(
                columns=_names(extra)))
    if frame.empty:
        raise DataError(translate("Predict", "{source} has no rows to predict; add rows below its header").format(
            source=source))
    numeric, text = _fitted_columns(data)
    x = frame[data.input_columns].copy()
    for column in numeric:
        x[column] = _as_numbers(x[column], column, source)
    encoder = data.preprocessor.named_transformers_["text"].named_steps["onehot"] if text else None
    for position, column in enumerate(text):
        series = x[column]
        x[column] = series.where(series.isna(), series.astype(str)).astype(object)
        unknown = sorted(set(x[column].dropna()) - {str(value) for value in encoder.categories_[position]})
        if unknown:
            warn(translate("Predict", "column '{column}' holds {values}, which the training rows never had; the network "
                                      "treats such rows as having none of the values it knows").format(
                column=column, values=_names(unknown)))  # fmt: skip
    gaps = int(x.isna().any(axis=1).sum())
    if gaps > 1:
        warn(translate("Predict", "{count} rows with missing values were filled in from the training rows (median for "
                                  "numbers, most frequent value for text)").format(count=gaps))  # fmt: skip
    elif gaps:
        warn(translate("Predict", "1 row with missing values was filled in from the training rows (median for numbers, "
                                  "most frequent value for text)"))  # fmt: skip
    return data.preprocessor.transform(x).astype(np.float32)


def predict_frame(
    model: Any,
    data: PreparedData,
    frame: pd.DataFrame,
    threshold: float = 0.5,
    source: str | None = None,
    warn: Callable[[str], None] | None = None,
) -> pd.DataFrame:
    """``frame`` with the network's predictions added as columns on the right.

    Regression: ``predicted TARGET``. Binary: ``probability of 'LABEL'`` (the second class) and
    ``predicted TARGET`` (that class above ``threshold``). Multiclass: one ``probability of 'LABEL'``
    per class and ``predicted TARGET``, the likeliest.
    """
    task = data.task
    scores = scores_of(task, network_outputs(model, new_inputs(data, frame, source, warn)))
    result = frame.copy()
    predicted = f"predicted {task.target}"
    if task.kind == "regression":
        result[predicted] = scores
        return result
    if task.kind == "binary":
        result[f"probability of '{task.classes[1]}'"] = scores
    else:
        for index, label in enumerate(task.classes):
            result[f"probability of '{label}'"] = scores[:, index]
    result[predicted] = np.asarray(task.classes, dtype=object)[class_codes(task, scores, threshold)]
    return result


def predict_plain(model: Any, frame: pd.DataFrame, source: str | None = None) -> pd.DataFrame:
    """``frame`` with the outputs of a model that came without its project: the table's columns are
    taken as the network's inputs as they are, already preprocessed, in order."""
    source = _table_word(source)
    width = int(model.inputs[0].shape[-1])
    if frame.shape[1] != width:
        raise DataError(
            translate("Predict", "{source} has {columns} columns but the model takes {width} inputs; without its "
                                 "project the table must hold exactly the model's inputs, already scaled as in "
                                 "training (pass the project instead to predict from the original columns)").format(
                source=source, columns=frame.shape[1], width=width)
        )  # fmt: skip
    x = np.column_stack([_as_numbers(frame[c], str(c), source).to_numpy() for c in frame.columns]).astype(np.float32)
    if np.isnan(x).any():
        raise DataError(
            translate("Predict", "{source} has empty cells; without its project there is nothing to fill them in "
                                 "from").format(source=source)
        )  # fmt: skip
    outputs = network_outputs(model, x)
    result = frame.copy()
    if outputs.shape[1] == 1:
        result["output"] = outputs[:, 0]
    else:
        for index in range(outputs.shape[1]):
            result[f"output {index + 1}"] = outputs[:, index]
    return result


# ---------------------------------------------------------------------------------------------
# A trained network and the preprocessing it was trained with, from files


@dataclass
class Predictor:
    """A trained network ready for new rows."""

    model: Any
    model_path: Path
    data: PreparedData | None  # the training data, refitted from the project; None for a bare .keras model
    project: Project | None
    project_path: Path | None

    def predict(
        self, frame: pd.DataFrame, threshold: float = 0.5, source: str | None = None,
        warn: Callable[[str], None] | None = None,
    ) -> pd.DataFrame:
        """``frame`` with the predictions added (see predict_frame; predict_plain without a project)."""
        if self.data is None:
            if warn is not None:
                warn(translate("Predict", "without its project, the columns of {source} go into the network as they "
                                          "are: they must already be preprocessed (scaled, one-hot) as in "
                                          "training").format(source=_table_word(source)))  # fmt: skip
            return predict_plain(self.model, frame, source)
        return predict_frame(self.model, self.data, frame, threshold, source, warn)


def _default_model(project_path: Path) -> Path:
    """The trained model that belongs to a project: saved beside it by the window, or by `nnbuilder train --out`."""
    kept = trained_path(project_path)
    if kept.is_file():
        return kept
    trained_run = project_path.with_name(MODEL_FILE)
    if project_path.name == PROJECT_FILE and trained_run.is_file():
        return trained_run
    raise NNBuilderError(
        translate("Predict", "{project} has no trained model: train it in the window (which keeps {kept} beside it) "
                             "or run 'nnbuilder train {path} --out DIR' and pass --model DIR/{model}").format(
            project=project_path.name, kept=kept.name, path=project_path, model=MODEL_FILE)
    )  # fmt: skip


def open_predictor(source: str | Path, model_path: str | Path | None = None) -> Predictor:
    """The trained network that ``source`` names, with its data's preprocessing refitted.

    ``source``: a project (.nnb or builtin:lesson/ID), a `nnbuilder train --out` folder, or a bare
    .keras model (whose inputs then come from the table as they are). ``model_path`` overrides
    the project's own trained model. Loads Keras: call it off the main thread.
    """
    path = resolve_project_argument(str(source))
    if path.suffix == ".keras":
        if model_path is not None:
            raise NNBuilderError(
                translate("Predict", "{model} is a model already; pass either a model or --model, not both").format(
                    model=path.name)
            )
        return Predictor(load_keras_model(path), path, None, None, None)
    if path.is_dir():
        if not (path / PROJECT_FILE).is_file():
            raise NNBuilderError(
                translate("Predict", "folder {folder} holds no {project}; pass a project file or a folder written by "
                                     "'nnbuilder train --out'").format(folder=path, project=PROJECT_FILE)
            )  # fmt: skip
        model_path = model_path if model_path is not None else path / MODEL_FILE
        path = path / PROJECT_FILE
    project = load_project(path)
    model_path = Path(model_path) if model_path is not None else _default_model(path)
    data = prepare_project(project, path.parent)
    model, reason = load_trained(path, project, data.input_width, model_path)
    if model is None:
        raise NNBuilderError(reason)
    return Predictor(model, model_path, data, project, path)
