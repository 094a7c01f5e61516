"""The project file: round trip, validation messages, versions, atomic saves, shapes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from nnbuilder.spec import (
    LayerSpec,
    SpecError,
    dumps_project,
    layer_shape,
    load_project,
    loads_project,
    project_from_dict,
    save_project,
    stack_shapes,
    total_params,
)
from nnbuilder.spec import io as spec_io

ISSUE_EXAMPLE = {
    "format": "nnbuilder/project",
    "version": 1,
    "title": "Red wine quality",
    "data": {
        "source": "red-wine.csv",
        "target": "quality",
        "features": None,
        "validation_split": 0.3,
        "split_seed": 0,
        "scaling": "standard",
    },
    "layers": [
        {"class_name": "Dense", "config": {"units": 512, "activation": "relu"}},
        {"class_name": "Dropout", "config": {"rate": 0.3}},
        {"class_name": "BatchNormalization", "config": {}},
        {"class_name": "Activation", "config": {"activation": "relu"}},
        {"class_name": "Dense", "config": {"units": 1}},
    ],
    "training": {
        "optimizer": {"class_name": "Adam", "config": {"learning_rate": 0.001}},
        "loss": "mae",
        "metrics": [],
        "batch_size": 256,
        "epochs": 10,
        "seed": 0,
        "early_stopping": {"monitor": "val_loss", "min_delta": 0.001, "patience": 20, "restore_best_weights": True},
    },
}


def edited(path: str, value) -> dict:
    """ISSUE_EXAMPLE with one value replaced, addressed like 'training.batch_size' or 'layers.1.config.rate'."""
    raw = json.loads(json.dumps(ISSUE_EXAMPLE))
    *parents, last = path.split(".")
    node = raw
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return raw


def problem_of(raw: dict) -> str:
    with pytest.raises(SpecError) as caught:
        project_from_dict(raw)
    return str(caught.value)


def test_issue_example_round_trips_exactly():
    project = project_from_dict(ISSUE_EXAMPLE)
    assert project.layers[1].config == {"rate": 0.3}
    again = json.loads(dumps_project(project))
    expected = json.loads(json.dumps(ISSUE_EXAMPLE))
    # the keys the file gains: their documented defaults
    expected["data"].update({"missing": "drop", "stratify": True, "samples": None, "noise": None})
    assert again == expected


def test_dropout_rate_message_names_layer_range_and_value():
    message = problem_of(edited("layers.1.config.rate", 1.5))
    assert message == "layer 2 (Dropout): Dropout rate must be at least 0 and less than 1; got 1.5"


@pytest.mark.parametrize(
    ("path", "value", "words"),
    [
        ("layers.0.config.units", 0, ["layer 1 (Dense)", "units", "at least 1", "got 0"]),
        ("layers.0.config.units", 2.5, ["whole number", "got 2.5"]),
        ("layers.0.config.units", True, ["whole number", "got True"]),
        ("layers.0.config.activation", "rellu", ["'rellu'", "did you mean 'relu'"]),
        ("layers.0.config", {"unit": 3}, ["no setting 'unit'", "did you mean 'units'", "needs a value for 'units'"]),
        ("layers.4.class_name", "Conv2D", ["layer 5", "no layer type 'Conv2D'"]),
        ("layers.4", {"config": {}}, ["layer 5", "class_name"]),
        ("layers", [], ["no layers"]),
        ("data.validation_split", 1, ["validation_split", "less than 1", "got 1"]),
        ("data.scaling", "zscore", ["scaling 'zscore'", "standard"]),
        ("data.samples", 5, ["data.samples", "at least 20", "got 5"]),
        ("data.noise", -0.1, ["data.noise", "at least 0"]),
        ("data.stratify", "yes", ["data.stratify", "true or false"]),
        ("data.source", "builtin:cirles", ["no built-in data set 'cirles'", "did you mean 'circles'"]),
        ("data.source", "", ["data.source is empty"]),
        ("data.features", ["alcohol", "quality"], ["includes the target"]),
        ("training.batch_size", 0, ["batch_size", "at least 1", "got 0"]),
        ("training.epochs", "ten", ["epochs", "whole number", "got 'ten'"]),
        ("training.loss", "mean_absolute_eror", ["loss", "choose one of"]),
        ("training.optimizer.class_name", "Adamw", ["optimizer 'Adamw'", "did you mean 'Adam'"]),
        ("training.optimizer.config", {"learning_rate": -1}, ["learning_rate", "more than 0", "got -1"]),
        ("training.optimizer.config", {"lr": 0.1}, ["no setting 'lr'", "learning_rate"]),
        ("training.early_stopping.monitor", "val_acc", ["monitor 'val_acc'"]),
        ("training.early_stopping.patience", -1, ["patience", "at least 0"]),
        ("training.metrics", "accuracy", ["list of metric names"]),
        ("training.lr", 0.1, ["unknown key 'lr'"]),
    ],
)
def test_each_bad_setting_gets_a_message_naming_it(path, value, words):
    message = problem_of(edited(path, value))
    for word in words:
        assert word in message, message
    assert "\n" not in message


def test_val_monitor_without_validation_says_why():
    raw = edited("data.validation_split", 0)
    message = problem_of(raw)
    assert "needs validation data" in message and "monitor 'loss'" in message


def test_all_problems_are_listed_at_once():
    raw = edited("training.batch_size", 0)
    raw["layers"][1]["config"]["rate"] = 2
    message = problem_of(raw)
    assert message.startswith("2 problems:")
    assert "batch_size" in message and "rate" in message


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{not json", ["not valid JSON", "line 1"]),
        ("[1, 2]", ["not an nnbuilder project"]),
        ('{"format": "something/else", "version": 1}', ["not an nnbuilder project", "something/else"]),
        ('{"format": "nnbuilder/project"}', ["version"]),
        ('{"format": "nnbuilder/project", "version": 99}', ["newer nnbuilder", "version 99", "update nnbuilder"]),
    ],
)
def test_broken_files_are_refused_with_a_reason(tmp_path, text, words):
    path = tmp_path / "broken.nnb"
    path.write_text(text)
    with pytest.raises(SpecError) as caught:
        load_project(path)
    for word in words:
        assert word in str(caught.value)
    assert str(path) in str(caught.value)


def test_missing_and_binary_files(tmp_path):
    with pytest.raises(SpecError, match="no such project file"):
        load_project(tmp_path / "nope.nnb")
    binary = tmp_path / "image.nnb"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    with pytest.raises(SpecError, match="not a project file"):
        load_project(binary)


def test_older_versions_are_migrated(monkeypatch):
    # Pretend the format is at version 2 and version 1 files renamed a key: the chain must apply.
    def rename_title(raw):
        raw = dict(raw)
        raw["title"] = raw.pop("name")
        return raw

    monkeypatch.setattr(spec_io, "VERSION", 2)
    monkeypatch.setattr(spec_io, "MIGRATIONS", {1: rename_title})
    old = dict(ISSUE_EXAMPLE)
    old["name"] = old.pop("title")
    migrated = spec_io.migrate(old)
    assert migrated["title"] == "Red wine quality" and migrated["version"] == 2


def test_save_is_atomic_and_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    path = tmp_path / "p.nnb"
    project = project_from_dict(ISSUE_EXAMPLE)
    save_project(project, path)
    before = path.read_bytes()
    project.title = "Changed"

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError):
        save_project(project, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.nnb"]  # no temp file left behind
    monkeypatch.undo()
    save_project(project, path)
    assert load_project(path).title == "Changed"


def test_loading_a_file_never_changes_it(tmp_path):
    path = tmp_path / "p.nnb"
    text = json.dumps(ISSUE_EXAMPLE)  # compact, different from how nnbuilder writes
    path.write_text(text)
    load_project(path)
    assert path.read_text() == text


def test_shapes_and_counts_of_the_example():
    project = loads_project(json.dumps(ISSUE_EXAMPLE))
    shapes = stack_shapes(project.layers, 11)
    assert [s.output_width for s in shapes] == [512, 512, 512, 512, 1]
    assert [s.params for s in shapes] == [6144, 0, 2048, 0, 513]
    assert shapes[0].explanation == "11 inputs × 512 units + 512 biases = 6,144"
    assert shapes[2].trainable_params == 1024
    assert total_params(project.layers, 11) == 8705


def test_dense_without_bias_and_batchnorm_without_scale():
    assert layer_shape(LayerSpec("Dense", {"units": 3, "use_bias": False}), 4).params == 12
    assert layer_shape(LayerSpec("BatchNormalization", {"scale": False}), 10).params == 30


def test_spec_imports_without_tensorflow_qt_or_pandas():
    code = (
        "import sys; import nnbuilder.spec; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'tensorflow', 'keras', 'PySide6', 'pandas', 'numpy'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
