"""The built-in data sets load offline, with the target, task and class labels a lesson expects."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from nnbuilder.engine.data import load_source
from nnbuilder.engine.datasets import BUILTIN_DATASETS, get_builtin
from nnbuilder.spec.errors import DataError
from nnbuilder.spec.project import BUILTIN_DATASET_NAMES, DataSpec

EXPECTED = {
    # name: (target, task, feature columns, class labels or None)
    "circles": ("label", "binary", ["x1", "x2"], [0, 1]),
    "xor": ("label", "binary", ["x1", "x2"], [0, 1]),
    "spiral": ("label", "binary", ["x1", "x2"], [0, 1]),
    "gaussians": ("label", "binary", ["x1", "x2"], [0, 1]),
    "sine": ("y", "regression", ["x"], None),
    "noisy-measurements": ("label", "binary", [f"m{i}" for i in range(1, 31)], ["A", "B"]),
    "diabetes": ("progression", "regression", None, None),
    "breast-cancer": ("diagnosis", "binary", None, ["benign", "malignant"]),
    "wine": ("cultivar", "multiclass", None, ["class_0", "class_1", "class_2"]),
    "iris": ("species", "multiclass", None, ["setosa", "versicolor", "virginica"]),
}
GENERATED = ["circles", "xor", "spiral", "gaussians", "sine", "noisy-measurements"]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test: built-in sets must never download."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a built-in data set tried to use the network")

    monkeypatch.setattr("socket.socket.connect", refuse)
    monkeypatch.setattr("socket.create_connection", refuse)


def test_keys_are_the_spec_names_in_order() -> None:
    assert tuple(BUILTIN_DATASETS) == BUILTIN_DATASET_NAMES
    assert set(EXPECTED) == set(BUILTIN_DATASET_NAMES)


@pytest.mark.parametrize("name", BUILTIN_DATASET_NAMES)
def test_each_set_loads_with_its_target_task_and_labels(name: str) -> None:
    target, task, features, labels = EXPECTED[name]
    dataset = get_builtin(name)
    frame = dataset.load()
    assert dataset.name == name
    assert (dataset.target, dataset.task) == (target, task)
    assert dataset.description.strip().endswith(".")
    assert isinstance(frame, pd.DataFrame) and target in frame.columns
    assert len(frame) >= 100 and not frame.isna().any().any()
    if features is not None:
        assert list(frame.columns) == [*features, target]
    if labels is None:
        assert pd.api.types.is_float_dtype(frame[target])
    else:
        assert sorted(frame[target].unique().tolist()) == labels
    if name not in GENERATED:
        assert frame.drop(columns=target).dtypes.map(pd.api.types.is_numeric_dtype).all()


@pytest.mark.parametrize("name", ["breast-cancer", "wine", "iris"])
def test_sklearn_class_labels_are_readable_text(name: str) -> None:
    dataset = get_builtin(name)
    labels = dataset.load()[dataset.target]
    assert pd.api.types.is_string_dtype(labels)
    assert all(isinstance(value, str) for value in labels)


@pytest.mark.parametrize("name", BUILTIN_DATASET_NAMES)
def test_loading_is_deterministic(name: str) -> None:
    dataset = get_builtin(name)
    pd.testing.assert_frame_equal(dataset.load(seed=3), dataset.load(seed=3))


@pytest.mark.parametrize("name", GENERATED)
def test_generated_sets_follow_samples_noise_and_seed(name: str) -> None:
    dataset = get_builtin(name)
    assert 400 <= len(dataset.load()) <= 600
    assert len(dataset.load(samples=101)) == 101
    assert not dataset.load(seed=1).equals(dataset.load(seed=2))
    assert not dataset.load(noise=0.0).equals(dataset.load(noise=0.3))


@pytest.mark.parametrize("name", ["circles", "xor", "spiral", "gaussians"])
def test_generated_classes_are_balanced(name: str) -> None:
    counts = get_builtin(name).load()["label"].value_counts()
    assert counts.min() / counts.max() > 0.8


def test_sine_without_noise_is_the_sine_curve() -> None:
    frame = get_builtin("sine").load(noise=0.0)
    np.testing.assert_allclose(frame["y"], np.sin(frame["x"]))


def test_xor_without_noise_is_the_quadrant_rule() -> None:
    frame = get_builtin("xor").load(noise=0.0)
    assert ((frame["x1"] * frame["x2"] > 0).astype(int) == frame["label"]).all()


def test_unknown_name_lists_the_choices() -> None:
    with pytest.raises(DataError, match=r"unknown built-in data set 'foo'; choose one of: circles, xor, "):
        get_builtin("foo")


def test_bad_samples_and_noise_are_data_errors() -> None:
    with pytest.raises(DataError, match="at least 2 samples"):
        get_builtin("circles").load(samples=1)
    with pytest.raises(DataError, match="negative"):
        get_builtin("sine").load(noise=-0.1)


def test_only_the_drawn_sets_are_generated() -> None:
    assert [name for name, dataset in BUILTIN_DATASETS.items() if dataset.generated] == GENERATED


def test_a_project_sets_samples_and_noise_of_a_generated_set() -> None:
    table = load_source(DataSpec(source="builtin:sine", samples=120, noise=0.0), None)
    assert len(table.frame) == 120
    np.testing.assert_allclose(table.frame["y"], np.sin(table.frame["x"]))
    assert len(load_source(DataSpec(source="builtin:sine"), None).frame) == 500
    assert len(load_source(DataSpec(source="builtin:iris", samples=120), None).frame) == 150  # a real table
