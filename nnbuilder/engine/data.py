"""From a project's DataSpec to the float arrays Keras trains on.

Students bring tables made in spreadsheets: semicolons and decimal commas, Windows encodings,
numbers a spreadsheet turned into dates. Reading is forgiving where the intent is clear and stops
with a one-line DataError (what is wrong, where, and the fix) where it is not. Everything learned
from the data (imputed values, scaling, categories) is fitted on the training split only.
"""

from __future__ import annotations

import copy
import difflib
import math
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, OneToOneFeatureMixin, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MinMaxScaler, OneHotEncoder, StandardScaler

from nnbuilder.i18n import QT_TRANSLATE_NOOP, translate
from nnbuilder.spec.catalogue import REGRESSION_LOSSES
from nnbuilder.spec.errors import DataError
from nnbuilder.spec.project import BUILTIN_PREFIX, MISSING_POLICIES, SCALINGS, DataSpec

# LoadCancelled, ProgressCallback and read_table are read from here by the window and the command line.
from .csv_reading import (  # noqa: F401
    DOT_DECIMAL,
    LoadCancelled,
    ProgressCallback,
    ReadProgress,
    read_table,
    rows_text,
)
from .datasets import get_builtin

DESCRIBE_THREADS = 2  # the lab PCs' cores
MANY_DISTINCT = 10_000  # the column list says "over 10,000" different values rather than the count
DISTINCT_SAMPLE = 20_000  # the rows whose different values are counted first, to tell "over 10,000"
MAX_CATEGORIES = 20  # more distinct text values than this looks like names or ids, not categories
MAX_CLASSES = 50
CATEGORICAL_LOSSES = ("sparse_categorical_crossentropy", "categorical_crossentropy")

_INTEGER = re.compile(r"^[+-]?\d+$")
_NUMBER_LIKE = re.compile(r"^\s*[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?\s*$")
_MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
# What a spreadsheet makes of 7.4 or 3/12 when it decides they are dates: "7-Apr", "Mar-12", "12 Jan 2021".
_SPREADSHEET_DATE = re.compile(rf"^\d{{1,2}}[-/ ]{_MONTHS}([-/ ]\d{{2,4}})?$|^{_MONTHS}[-/ ]\d{{1,4}}$", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Sources


@dataclass
class Table:
    frame: pd.DataFrame
    name: str  # file name or "builtin:circles"
    default_target: str | None  # built-in sets bring one; None for files
    warnings: list[str]
    _missing: dict[str, int] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def missing(self) -> dict[str, int]:
        """Each column's number of missing values: counted once, as a big table is looked at often."""
        if self._missing is None:
            self._missing = missing_counts(self.frame)
        return self._missing

    def describe(self) -> list[ColumnInfo]:
        """describe_columns of the frame; the missing values it counts are kept for ``missing``."""
        columns = describe_columns(self.frame)
        self._missing = {info.name: info.missing for info in columns}
        return columns


def load_source(data: DataSpec, base_dir: Path | None, progress: ProgressCallback | None = None) -> Table:
    """The table ``data.source`` names: ``builtin:NAME``, or a file relative to ``base_dir`` or absolute.

    ``progress`` hears how far reading has got and may stop it (LoadCancelled).
    """
    source = (data.source or "").strip()
    if not source:
        raise DataError(
            translate("Data", "data.source is empty; name a CSV file or a built-in data set such as 'builtin:circles'")
        )
    if source.startswith(BUILTIN_PREFIX):
        dataset = get_builtin(source[len(BUILTIN_PREFIX) :])
        steps = ReadProgress(progress)
        steps(0.0)
        frame = dataset.load(data.samples, data.noise)
        steps(1.0)
        return Table(frame, f"{BUILTIN_PREFIX}{dataset.name}", dataset.target, [])
    path = source_path(data, base_dir)
    frame, warnings = read_table(path, progress)
    return Table(frame, path.name, None, warnings)


def source_path(data: DataSpec, base_dir: Path | None) -> Path:
    """The file ``data.source`` names (not for built-in sets), relative paths starting at ``base_dir``."""
    path = Path(data.source.strip()).expanduser()
    return path if path.is_absolute() else (base_dir if base_dir is not None else Path.cwd()) / path


@dataclass(frozen=True)
class ColumnInfo:
    """What the column list shows about one column of a table."""

    name: str
    kind: str  # "number", "whole number", "true/false" or "text"; show it with translate_marked("Data", kind)
    dtype: str  # pandas' name for it, e.g. "float64"
    missing: int
    distinct: int  # different values, missing ones not counted; at most MANY_DISTINCT
    many_distinct: bool = False  # more than MANY_DISTINCT different values (``distinct`` is then MANY_DISTINCT)


def missing_counts(frame: pd.DataFrame) -> dict[str, int]:
    """Each column's number of missing values, by column name."""
    return {str(column): int(series.isna().sum()) for column, series in frame.items()}


def describe_columns(frame: pd.DataFrame) -> list[ColumnInfo]:
    """What the column list shows of each column."""

    def count(series: pd.Series) -> tuple[int, int]:
        return int(series.isna().sum()), _distinct(series)

    # Counting is most of the time on a big table, and pandas lets go of the GIL while it counts:
    # both cores of a lab PC share the columns.
    with ThreadPoolExecutor(max_workers=min(DESCRIBE_THREADS, max(len(frame.columns), 1))) as pool:
        counts = list(pool.map(count, (series for _, series in frame.items())))
    return [
        ColumnInfo(str(column), _kind(series), str(series.dtype), missing, min(distinct, MANY_DISTINCT),
                   distinct > MANY_DISTINCT)
        for (column, series), (missing, distinct) in zip(frame.items(), counts)
    ]  # fmt: skip


def _distinct(series: pd.Series, limit: int = MANY_DISTINCT) -> int:
    """The number of different values (missing ones not counted), exact up to ``limit``; above it,
    any number above it.

    A column of measurements has about as many values as rows, and counting a million of them
    takes longer than reading them; its first rows already show it has more than ``limit``.
    """
    if len(series) > DISTINCT_SAMPLE and (first := int(series.iloc[:DISTINCT_SAMPLE].nunique(dropna=True))) > limit:
        return first
    return int(series.nunique(dropna=True))


def _kind(series: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(series) or (
        pd.api.types.is_object_dtype(series) and pd.api.types.infer_dtype(series, skipna=True) == "boolean"
    ):
        return QT_TRANSLATE_NOOP("Data", "true/false")
    if pd.api.types.is_integer_dtype(series):
        return QT_TRANSLATE_NOOP("Data", "whole number")
    if _is_numeric(series):
        return QT_TRANSLATE_NOOP("Data", "number")
    return QT_TRANSLATE_NOOP("Data", "text")


# ---------------------------------------------------------------------------------------------
# The task


@dataclass
class Task:
    kind: str  # "regression" | "binary" | "multiclass"
    target: str
    classes: list[str]  # labels in encoded order 0..n-1; [] for regression
    target_min: float | None = None  # regression only
    target_max: float | None = None

    def describe(self) -> str:
        if self.kind == "regression":
            return translate("Data", "predicting a number")
        if self.kind == "binary":
            return translate("Data", "one of two classes")
        return translate("Data", "one of {count} classes").format(count=len(self.classes))


def _label(value: Any) -> str:
    """A class label as text: 1.0 -> "1" (a float column only because of missing values)."""
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    return str(value)


def _is_numeric(series: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)


def _class_labels(values: pd.Series) -> list[str]:
    """Distinct labels, sorted by value for numbers (3 before 10) and alphabetically for text."""
    if _is_numeric(values):
        return [_label(value) for value in sorted(values.unique())]
    return sorted({_label(value) for value in values})


def infer_task(y: pd.Series, loss: str | None = None) -> Task:
    """Regression or classification, from the target's values (and the loss, for small integer ranges)."""
    target = str(y.name)
    values = y.dropna()
    distinct = _distinct(values, limit=max(MAX_CLASSES, MAX_CATEGORIES))  # only small counts decide
    if distinct == 0:
        raise DataError(
            translate("Data", "target column '{target}' has no values; choose a column that has them").format(target=target)
        )
    if distinct == 1:
        raise DataError(
            translate(
                "Data",
                "target column '{target}' has only one value ('{value}'); "
                "a network cannot learn a target that never changes: choose another target column",
            ).format(target=target, value=_label(values.iloc[0]))
        )
    if not _is_numeric(values):
        if distinct > MAX_CLASSES:
            raise DataError(
                translate(
                    "Data",
                    "target column '{target}' has {count} different text values, so it looks like ids or names; "
                    "choose a column with numbers or at most {most} classes",
                ).format(target=target, count=values.nunique(), most=MAX_CLASSES)
            )
        return Task("binary" if distinct == 2 else "multiclass", target, _class_labels(values))
    numbers = values.to_numpy(dtype=np.float64)
    if distinct == 2:
        return Task("binary", target, _class_labels(values))
    # Small integer ranges (wine quality 3..8) could be classes or a number: the loss decides.
    if distinct <= MAX_CATEGORIES and np.all(np.mod(numbers, 1) == 0) and loss in CATEGORICAL_LOSSES:
        return Task("multiclass", target, _class_labels(values))
    return Task("regression", target, [], float(numbers.min()), float(numbers.max()))


@dataclass(frozen=True)
class Suggestion:
    """The network end and training settings that fit a task."""

    units: int  # of the last Dense layer
    activation: str  # of the last Dense layer
    loss: str
    metrics: tuple[str, ...]

    def describe(self) -> str:
        if self.metrics:
            return translate("Data", "last layer Dense({units}, {activation}), loss {loss}, metric {metrics}").format(
                units=self.units, activation=self.activation, loss=self.loss, metrics=", ".join(self.metrics)
            )
        return translate("Data", "last layer Dense({units}, {activation}), loss {loss}").format(
            units=self.units, activation=self.activation, loss=self.loss
        )


def suggest_output(task: Task, loss: str | None = None) -> Suggestion:
    """What the network should end with for ``task``, keeping ``loss`` when it already fits."""
    if task.kind == "regression":
        loss = loss if loss in REGRESSION_LOSSES else "mse"
        return Suggestion(1, "linear", loss, () if loss == "mae" else ("mae",))
    if loss in CATEGORICAL_LOSSES:  # also fits two classes, with two softmax outputs
        return Suggestion(len(task.classes), "softmax", loss, ("accuracy",))
    if task.kind == "binary":
        return Suggestion(1, "sigmoid", "binary_crossentropy", ("accuracy",))
    return Suggestion(len(task.classes), "softmax", "sparse_categorical_crossentropy", ("accuracy",))


# ---------------------------------------------------------------------------------------------
# Preparing arrays


@dataclass
class PreparedData:
    x_train: np.ndarray  # float32 (n, input_width)
    y_train: np.ndarray  # float32 (n, 1) for regression/binary; int32 (n,) or one-hot float32 (n, k) multiclass
    x_val: np.ndarray | None  # None when validation_split == 0
    y_val: np.ndarray | None
    feature_names: list[str]  # network inputs after one-hot, e.g. "colour=red"
    input_columns: list[str]  # table columns used as features
    task: Task
    warnings: list[str]
    rows_dropped: int
    preprocessor: Any  # fitted ColumnTransformer, to turn new rows into inputs the same way
    validation_rows: np.ndarray | None = None  # the source table's row of each validation row (from 0)

    @property
    def input_width(self) -> int:
        return int(self.x_train.shape[1])


def _no_such_column(column: str, role: str, table: Table) -> DataError:
    columns = [str(c) for c in table.frame.columns]
    close = difflib.get_close_matches(column, columns, n=3, cutoff=0.6)
    if close:
        hint = translate("Data", "did you mean {columns}?").format(
            columns=translate("Data", " or ").join(f"'{c}'" for c in close)
        )
    else:
        hint = translate("Data", "the columns are: {columns}").format(columns=", ".join(columns))
    if role == "target":
        message = translate("Data", "target column '{column}' is not in {table}; {hint}")
    else:
        message = translate("Data", "feature column '{column}' is not in {table}; {hint}")
    return DataError(message.format(column=column, table=table.name, hint=hint))


def _spoiled_example(series: pd.Series) -> str | None:
    """A sample bad cell if a text column is mostly numbers (some turned into dates or text), else None."""
    # Each distinct value once, with how often it occurs: a million rows often hold only a few.
    counts = series.dropna().value_counts(sort=False)
    values = [str(value).strip() for value in counts.index]
    numberish = sum(
        count for value, count in zip(values, counts) if _NUMBER_LIKE.match(value) or _SPREADSHEET_DATE.match(value)
    )
    if not values or numberish < counts.sum() / 2:
        return None
    # Show the worst cell: a date or word first, else a number Python cannot read as one (e.g. "7,4").
    return next(
        (v for v in values if not _NUMBER_LIKE.match(v)),
        next((v for v in values if not DOT_DECIMAL.match(v) and not _INTEGER.match(v)), values[0]),
    )


def _onehot_name(column: str, category: object) -> str:
    return f"{column}={category}"


def _choose_features(
    frame: pd.DataFrame, columns: list[str], missing: dict[str, int]
) -> tuple[list[str], list[str], list[str]]:
    """(numeric, text, warnings): which feature columns can become inputs, and how (``missing``: each
    column's missing values in ``frame``)."""
    numeric, text, warnings = [], [], []
    for column in columns:
        series = frame[column]
        if missing[column] == len(frame):
            warnings.append(translate("Data", "column '{column}' is empty, so it was left out").format(column=column))
        elif pd.api.types.is_bool_dtype(series) or _is_numeric(series) or pd.api.types.infer_dtype(
            series, skipna=True
        ) == "boolean":
            numeric.append(column)
        elif (example := _spoiled_example(series)) is not None:
            warnings.append(
                translate(
                    "Data",
                    "column '{column}' is mostly numbers but has cells like '{example}' "
                    "(a spreadsheet may have turned numbers into dates or text), so it was left out; "
                    "re-export the sheet with the column formatted as numbers",
                ).format(column=column, example=example)
            )
        elif (distinct := series.nunique()) > MAX_CATEGORIES:
            warnings.append(
                translate(
                    "Data",
                    "column '{column}' has {count} different text values, so it looks like ids or names "
                    "and was left out (one-hot encoding takes at most {most})",
                ).format(column=column, count=distinct, most=MAX_CATEGORIES)
            )
        else:
            text.append(column)
    return numeric, text, warnings


class MedianImputer(OneToOneFeatureMixin, TransformerMixin, BaseEstimator):
    """Fills gaps with each column's median, as ``SimpleImputer(strategy="median",
    keep_empty_features=True)`` does, but seconds faster on a million rows: numpy's nanmedian
    partitions where scikit-learn sorts a masked copy of the whole table."""

    def fit(self, x: Any, y: Any = None) -> MedianImputer:
        values = np.asarray(x, dtype=np.float64)
        empty = np.isnan(values).all(axis=0)
        medians = np.zeros(values.shape[1])
        if not empty.all():
            medians[~empty] = np.nanmedian(values[:, ~empty], axis=0)
        self.statistics_ = medians  # an empty column is filled with 0, as keep_empty_features does
        self.n_features_in_ = values.shape[1]
        if hasattr(x, "columns"):
            self.feature_names_in_ = np.asarray([str(c) for c in x.columns], dtype=object)
        return self

    def transform(self, x: Any) -> np.ndarray:
        values = np.array(x, dtype=np.float64)  # a copy: the caller's table stays as it is
        rows, columns = np.nonzero(np.isnan(values))
        values[rows, columns] = self.statistics_[columns]
        return values


def _preprocessor(numeric: list[str], text: list[str], scaling: str) -> ColumnTransformer:
    scaler: Any = {"standard": StandardScaler(), "minmax": MinMaxScaler(), "none": "passthrough"}[scaling]
    # Imputers are there even when rows with gaps were dropped: new rows to predict may have gaps.
    number_steps = Pipeline(
        [("impute", MedianImputer()), ("scale", scaler)]
    )
    text_steps = Pipeline(
        [
            ("impute", SimpleImputer(strategy="most_frequent", keep_empty_features=True)),
            (
                "onehot",
                OneHotEncoder(handle_unknown="ignore", sparse_output=False, feature_name_combiner=_onehot_name),
            ),
        ]
    )
    return ColumnTransformer(
        [("numbers", number_steps, numeric), ("text", text_steps, text)],
        sparse_threshold=0.0,
        verbose_feature_names_out=False,
    )


def _check_split(n_rows: int, codes: np.ndarray | None, task: Task, data: DataSpec) -> int:
    """The number of validation rows the split will take, after checking the split can be made."""
    share = data.validation_split
    if share == 0:
        if n_rows < 2:
            raise DataError(
                translate("Data", "only {rows} row of data is left; training needs at least 2: add rows").format(rows=n_rows)
            )
        return 0
    n_val = math.ceil(share * n_rows)  # as train_test_split counts
    n_train = n_rows - n_val
    if n_train < 2 or n_val < 2:
        raise DataError(
            translate(
                "Data",
                "{rows} rows with validation_split {share:g} leave {train} for training and {val} for "
                "validation; each needs at least 2: add rows or change data.validation_split",
            ).format(rows=n_rows, share=share, train=n_train, val=n_val)
        )
    stratify = codes if data.stratify else None
    if stratify is not None:
        counts = np.bincount(stratify, minlength=len(task.classes))
        if counts.min() < 2:
            lonely = task.classes[int(counts.argmin())]
            raise DataError(
                translate(
                    "Data",
                    "class '{label}' of target '{target}' has only {count} row, but a split that keeps "
                    "class proportions needs at least 2 per class: add rows of that class, turn off data.stratify "
                    "or set data.validation_split to 0",
                ).format(label=lonely, target=task.target, count=counts.min())
            )
        classes = len(task.classes)
        if min(n_train, n_val) < classes:
            raise DataError(
                translate(
                    "Data",
                    "validation_split {share:g} of {rows} rows leaves {train} for training and {val} for "
                    "validation, fewer than the {classes} classes (each split needs one of each): "
                    "add rows or change data.validation_split",
                ).format(share=share, rows=n_rows, train=n_train, val=n_val, classes=classes)
            )
    return n_val


def _split_rows(n_rows: int, codes: np.ndarray | None, data: DataSpec) -> tuple[np.ndarray, np.ndarray | None]:
    """Row positions for training and validation (None when validation_split is 0)."""
    rows = np.arange(n_rows)
    if data.validation_split == 0:
        return rows, None
    stratify = codes if data.stratify else None
    train, val = train_test_split(
        rows, test_size=data.validation_split, random_state=data.split_seed, shuffle=True, stratify=stratify
    )
    return train, val


def _encode_target(codes: np.ndarray | None, y: pd.Series, task: Task, loss: str | None) -> np.ndarray:
    if task.kind == "regression":
        return y.to_numpy(dtype=np.float32).reshape(-1, 1)
    assert codes is not None
    if loss == "categorical_crossentropy":  # two classes too: two softmax outputs want two columns
        return np.eye(len(task.classes), dtype=np.float32)[codes]
    if task.kind == "binary":
        return codes.astype(np.float32).reshape(-1, 1)
    return codes.astype(np.int32)


def _check_settings(data: DataSpec) -> None:
    if data.scaling not in SCALINGS:
        raise DataError(
            translate("Data", "data.scaling '{value}' is not known; choose one of: {choices}").format(
                value=data.scaling, choices=", ".join(SCALINGS)
            )
        )
    if data.missing not in MISSING_POLICIES:
        raise DataError(
            translate("Data", "data.missing '{value}' is not known; choose one of: {choices}").format(
                value=data.missing, choices=", ".join(MISSING_POLICIES)
            )
        )
    if not 0 <= data.validation_split < 1:
        raise DataError(
            translate("Data", "data.validation_split must be at least 0 and less than 1; got {value}").format(
                value=data.validation_split
            )
        )


def prepare(data: DataSpec, base_dir: Path | None, loss: str | None = None) -> PreparedData:
    """Load the table, pick target and features, split, fit preprocessing on training rows, encode."""
    _check_settings(data)
    return prepare_table(load_source(data, base_dir), data, loss)


def target_column(table: Table, data: DataSpec) -> str | None:
    """The column the network predicts: the chosen one, else a built-in set's own."""
    return data.target or table.default_target


def column_roles(columns: list[str], data: DataSpec, default_target: str | None = None) -> dict[str, str]:
    """Each column's role: the target, a feature (data.features, or every other column) or ignored."""
    target = data.target or default_target
    features = set(columns) if data.features is None else set(data.features)
    return {c: "target" if c == target else "feature" if c in features else "ignored" for c in columns}


def with_role(
    data: DataSpec, columns: list[str], column: str, role: str, default_target: str | None = None
) -> DataSpec:
    """A copy of ``data`` in which ``column`` has ``role`` ("feature", "target" or "ignored");
    a new target makes the old one a feature."""
    roles = column_roles(columns, data, default_target)
    if role == "target":
        roles = {c: "feature" if r == "target" else r for c, r in roles.items()}
    roles[column] = role
    changed = copy.deepcopy(data)
    target = next((c for c in columns if roles[c] == "target"), None)
    # A built-in set's own target stays implicit, as the project file leaves it.
    changed.target = None if target == default_target and data.target is None else target
    features = [c for c in columns if roles[c] == "feature"]
    changed.features = None if features == [c for c in columns if c != target] else features
    return changed


@dataclass
class TablePlan:
    """What preparing a table decides before fitting anything: the rows, the columns, the task and
    the split. The Data tab's summary needs only this; training goes on to fit and transform."""

    frame: pd.DataFrame  # the rows kept, renumbered from 0
    inputs: list[str]
    numeric: list[str]
    text: list[str]
    target: str
    task: Task
    codes: np.ndarray | None  # class codes (classification)
    train_rows: int
    validation_rows: int
    warnings: list[str]
    rows_dropped: int
    source_rows: np.ndarray  # the source table's row of each kept row
    split_settings: DataSpec  # validation_split, split_seed and stratify decide the split

    @cached_property
    def _rows_split(self) -> tuple[np.ndarray, np.ndarray | None]:
        # Shuffling a million row numbers is a fifth of planning: only training needs them.
        return _split_rows(len(self.frame), self.codes, self.split_settings)

    @property
    def train(self) -> np.ndarray:
        """Row positions (in ``frame``) for training."""
        return self._rows_split[0]

    @property
    def val(self) -> np.ndarray | None:
        """Row positions for validation; None when validation_split is 0."""
        return self._rows_split[1]

    def feature_names(self, scaling: str) -> list[str]:
        """The network's inputs, as prepare_table names them: the number columns, then one per
        category of each text column seen in the training rows."""
        if not self.text:
            return list(self.numeric)
        text_only = _preprocessor([], self.text, scaling).fit(self.frame[self.text].iloc[self.train])
        return list(self.numeric) + [str(name) for name in text_only.get_feature_names_out()]


def plan_table(table: Table, data: DataSpec, loss: str | None = None) -> TablePlan:
    """Every check and choice of ``prepare_table``, without fitting or transforming a value."""
    _check_settings(data)
    frame = table.frame
    warnings = list(table.warnings)
    columns = [str(c) for c in frame.columns]

    target = target_column(table, data)
    if not target:
        raise DataError(
            translate("Data", "no target column chosen; set data.target to one of: {columns}").format(
                columns=", ".join(columns)
            )
        )
    if target not in columns:
        raise _no_such_column(target, "target", table)
    if data.features is None:
        features = [c for c in columns if c != target]
    else:
        features = list(dict.fromkeys(data.features))
        for column in features:
            if column not in columns:
                raise _no_such_column(column, "feature", table)
        if target in features:
            raise DataError(
                translate(
                    "Data", "data.features includes the target '{target}'; remove it: a network may not see the answer"
                ).format(target=target)
            )

    rows_dropped = 0
    missing = table.missing
    if missing[target]:
        no_target = frame[target].isna()
        count = int(no_target.sum())
        rows_dropped += count
        frame = frame.loc[~no_target]
        missing = missing_counts(frame)  # of the rows left
        warnings.append(
            translate("Data", "dropped {rows} with no value in the target '{target}'").format(rows=rows_text(count), target=target)
        )
    if pd.api.types.is_string_dtype(frame[target]) and (example := _spoiled_example(frame[target])) is not None:
        raise DataError(
            translate(
                "Data",
                "target column '{column}' is mostly numbers but has cells like '{example}' "
                "(a spreadsheet may have turned numbers into dates or text); "
                "re-export the sheet with the column formatted as numbers",
            ).format(column=target, example=example)
        )

    numeric, text, feature_warnings = _choose_features(frame, features, missing)
    warnings += feature_warnings
    inputs = [c for c in features if c in numeric or c in text]
    if not inputs:
        raise DataError(
            translate(
                "Data",
                "no usable feature columns in {table} (see the warnings); "
                "set data.features to columns holding numbers or a few text categories",
            ).format(table=table.name)
        )

    gapped = [column for column in inputs if missing[column]]
    gaps = frame[gapped].isna().any(axis=1) if gapped else pd.Series(False, index=frame.index)
    if gapped:
        count = int(gaps.sum())
        if data.missing == "drop":
            rows_dropped += count
            frame = frame.loc[~gaps]
            warnings.append(
                translate(
                    "Data", "dropped {rows} with missing feature values; set data.missing to 'impute' to fill them in"
                ).format(rows=rows_text(count))
            )
        else:
            warnings.append(
                translate(
                    "Data",
                    "filled in missing feature values in {rows} from the training rows "
                    "(median for numbers, most frequent value for text)",
                ).format(rows=rows_text(count))
            )
    if frame.empty:
        raise DataError(
            translate(
                "Data",
                "no rows of {table} are left after dropping rows with missing values; "
                "set data.missing to 'impute' or fill in the gaps",
            ).format(table=table.name)
        )

    source_rows = table.frame.index.get_indexer(frame.index)  # where the rows left after dropping came from
    frame = frame.reset_index(drop=True)
    y = frame[target]
    task = infer_task(y, loss)
    codes = None
    if task.kind != "regression":
        code_of = {label: index for index, label in enumerate(task.classes)}
        codes = y.map({value: code_of[_label(value)] for value in y.unique()}).to_numpy(dtype=np.int64)
    n_val = _check_split(len(frame), codes, task, data)
    numbers = [c for c in inputs if c in numeric]  # in the order of the inputs, as the network sees them
    words = [c for c in inputs if c in text]
    return TablePlan(
        frame, inputs, numbers, words, target, task, codes, len(frame) - n_val, n_val, warnings, rows_dropped, source_rows,
        copy.deepcopy(data),
    )  # fmt: skip


def prepare_table(table: Table, data: DataSpec, loss: str | None = None) -> PreparedData:
    """``prepare`` for a table already read (its frame is left as it is)."""
    plan = plan_table(table, data, loss)
    frame, inputs, numeric, train, val = plan.frame, plan.inputs, plan.numeric, plan.train, plan.val
    x = frame[inputs].copy()
    for column in numeric:
        x[column] = x[column].astype("float64")  # bool columns become 0/1
    preprocessor = _preprocessor(numeric, plan.text, data.scaling)
    x_train = preprocessor.fit_transform(x.iloc[train]).astype(np.float32)
    y_all = _encode_target(plan.codes, frame[plan.target], plan.task, loss)
    return PreparedData(
        x_train=x_train,
        y_train=y_all[train],
        x_val=None if val is None else preprocessor.transform(x.iloc[val]).astype(np.float32),
        y_val=None if val is None else y_all[val],
        feature_names=[str(name) for name in preprocessor.get_feature_names_out()],
        input_columns=inputs,
        task=plan.task,
        warnings=plan.warnings,
        rows_dropped=plan.rows_dropped,
        preprocessor=preprocessor,
        validation_rows=None if val is None else plan.source_rows[val],
    )
