"""The command line: `nnbuilder train` and `nnbuilder inspect`, and one error line for every bad input."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nnbuilder import __version__
from nnbuilder.cli import main
from nnbuilder.spec import load_project

from .conftest import RED_WINE, TINY

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "nnbuilder", *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env
    )


def assert_one_error_line(stderr: str, *words: str) -> None:
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, stderr
    assert "Traceback" not in stderr
    for word in words:
        assert word in errors[0], errors[0]


HAND_WRITTEN = """
import json, sys
import keras
keras.utils.set_random_seed(0)
model = keras.Sequential([
    keras.Input((10,)),
    keras.layers.Dense(8, activation="relu"),
    keras.layers.Dropout(0.1),
    keras.layers.BatchNormalization(),
    keras.layers.Dense(4),
    keras.layers.Activation("relu"),
    keras.layers.Dense(1),
])
loaded = keras.saving.load_model(sys.argv[1])
def describe(m):
    return [(type(layer).__name__, layer.get_config()) for layer in m.layers]
print(json.dumps({
    "same_layers": describe(model) == describe(loaded),
    "params": [model.count_params(), loaded.count_params()],
    "classes": [type(layer).__name__ for layer in loaded.layers],
}))
"""


def test_train_writes_model_history_and_project_and_repeats_exactly(write_project, tmp_path):
    project = write_project()
    first = run_cli("train", project, "--out", tmp_path / "a")
    assert first.returncode == 0, first.stderr
    assert "epoch 3/3" in first.stdout and "val_loss" in first.stdout
    assert first.stderr.strip() == ""  # TensorFlow's start-up chatter never reaches a student

    with open(tmp_path / "a" / "history.csv", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == ["epoch", "loss", "val_loss", "mse", "val_mse"]
    assert [row[0] for row in rows[1:]] == ["1", "2", "3"]
    assert load_project(tmp_path / "a" / "project.nnb").layers == load_project(project).layers

    second = run_cli("train", project, "--out", tmp_path / "b", cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert (tmp_path / "a" / "history.csv").read_bytes() == (tmp_path / "b" / "history.csv").read_bytes()

    # plain Keras, in a fresh session, sees exactly the network a student would have written
    check = subprocess.run(
        [sys.executable, "-c", HAND_WRITTEN, str(tmp_path / "a" / "model.keras")], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr
    report = json.loads(check.stdout.strip().splitlines()[-1])
    assert report["classes"] == ["Dense", "Dropout", "BatchNormalization", "Dense", "Activation", "Dense"]
    assert report["same_layers"]
    assert report["params"][0] == report["params"][1] == 10 * 8 + 8 + 4 * 8 + 8 * 4 + 4 + 4 + 1


def test_bad_input_in_a_real_process_is_one_error_line(tmp_path):
    broken = tmp_path / "broken.nnb"
    broken.write_text('{"format": "nnbuilder/project", "version": 1, "layers": [')
    result = run_cli("train", broken)
    assert result.returncode == 1
    assert_one_error_line(result.stderr, "not valid JSON")
    assert result.stdout == ""


def test_epochs_option_and_relocated_data_path(write_project, tmp_path, capsys):
    csv_path = tmp_path / "data" / "table.csv"
    csv_path.parent.mkdir()
    csv_path.write_text("a,b,y\n" + "".join(f"{i % 7},{i % 3},{i * 0.5}\n" for i in range(60)))
    project = write_project(
        data={"source": "data/table.csv", "target": "y"},
        layers=[{"class_name": "Dense", "config": {"units": 1}}],
    )
    out = tmp_path / "elsewhere" / "run"
    assert main(["train", str(project), "--epochs", "2", "--out", str(out)]) == 0
    assert "epoch 2/2" in capsys.readouterr().out
    saved = load_project(out / "project.nnb")
    assert saved.training.epochs == 2
    assert (out / saved.data.source).resolve() == csv_path.resolve()


def test_default_output_folder_is_named_after_the_project(write_project, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["train", str(write_project("lab1.nnb"))]) == 0
    assert sorted(p.name for p in (tmp_path / "lab1-trained").iterdir()) == ["history.csv", "model.keras", "project.nnb"]


def test_nan_loss_exits_non_zero_with_an_explanation_and_keeps_the_history(write_project, tmp_path, capsys):
    project = write_project(
        data={"scaling": "none"},
        training={"optimizer": {"class_name": "SGD", "config": {"learning_rate": 10.0}}, "loss": "mse", "epochs": 20},
    )
    assert main(["train", str(project), "--out", str(tmp_path / "out")]) == 1
    assert_one_error_line(capsys.readouterr().err, "NaN", "learning rate")
    assert (tmp_path / "out" / "history.csv").exists()
    assert not (tmp_path / "out" / "model.keras").exists()


def write_csv(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


BAD_INPUTS = {
    "missing project": (lambda tmp, wp: ["train", str(tmp / "nope.nnb")], ["no such project file"]),
    "project is a folder": (lambda tmp, wp: ["train", str(tmp)], ["folder"]),
    "not json": (lambda tmp, wp: ["train", str(write_csv(tmp, "p.nnb", b"{oops"))], ["not valid JSON"]),
    "newer version": (
        lambda tmp, wp: ["train", str(wp(raw={**TINY, "version": 7}))],
        ["newer nnbuilder"],
    ),
    "impossible layer": (
        lambda tmp, wp: ["train", str(wp(layers=[{"class_name": "Dropout", "config": {"rate": 1.5}}]))],
        ["layer 1 (Dropout)", "less than 1", "got 1.5"],
    ),
    "unknown layer": (
        lambda tmp, wp: ["train", str(wp(layers=[{"class_name": "Conv2D", "config": {}}]))],
        ["no layer type 'Conv2D'"],
    ),
    "bad batch size": (lambda tmp, wp: ["train", str(wp(training={"batch_size": -3}))], ["batch_size"]),
    "bad learning rate": (
        lambda tmp, wp: ["train", str(wp(training={"optimizer": {"class_name": "Adam", "config": {"learning_rate": 0}}}))],
        ["learning_rate", "more than 0"],
    ),
    "missing data file": (
        lambda tmp, wp: ["train", str(wp(data={"source": "gone.csv", "target": "y"}))],
        ["gone.csv"],
    ),
    "empty data file": (
        lambda tmp, wp: [
            "train",
            str(wp(data={"source": str(write_csv(tmp, "empty.csv", b"")), "target": "y"})),
        ],
        ["empty"],
    ),
    "unknown target column": (
        lambda tmp, wp: [
            "train",
            str(wp(data={"source": str(write_csv(tmp, "t.csv", b"a,b\n1,2\n3,4\n5,6\n7,8\n")), "target": "c"})),
        ],
        ["'c'"],
    ),
    "output does not fit target": (
        lambda tmp, wp: ["train", str(wp(layers=[{"class_name": "Dense", "config": {"units": 2}}]))],
        ["units to 1"],
    ),
    "output folder is a file": (
        lambda tmp, wp: ["train", str(wp()), "--out", str(write_csv(tmp, "taken", b"x"))],
        ["--out"],
    ),
    "inspect a missing model": (lambda tmp, wp: ["inspect", str(tmp / "none.keras")], ["no such model file"]),
    "inspect a non-model": (
        lambda tmp, wp: ["inspect", str(write_csv(tmp, "x.keras", b"hello"))],
        ["not a Keras model file"],
    ),
    "inspect a damaged model": (
        lambda tmp, wp: ["inspect", str(write_csv(tmp, "d.keras", b"PK\x05\x06" + b"\x00" * 18))],
        ["could not be loaded"],
    ),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_every_kind_of_bad_input_is_one_error_line_and_a_non_zero_exit(case, tmp_path, write_project, capsys):
    make_args, words = BAD_INPUTS[case]
    args = make_args(tmp_path, write_project)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert main(args) == 1
    assert_one_error_line(capsys.readouterr().err, *words)
    assert {p: p.read_bytes() for p in before} == before  # input files are never modified


@pytest.mark.parametrize(
    "args",
    [["train"], ["train", "p.nnb", "--epochs", "0"], ["train", "p.nnb", "--epochs", "many"], ["--frobnicate"]],
)
def test_usage_mistakes_exit_2_with_one_error_line(args, capsys):
    with pytest.raises(SystemExit) as caught:
        main(args)
    assert caught.value.code == 2
    assert_one_error_line(capsys.readouterr().err)


def test_debug_shows_the_traceback(tmp_path):
    with pytest.raises(Exception, match="no such project file"):
        main(["train", str(tmp_path / "nope.nnb"), "--debug"])


def test_version(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"nnbuilder {__version__}"


def test_inspect_lists_every_tensor_of_a_plain_keras_model(tmp_path, capsys):
    import keras

    keras.backend.clear_session()  # fresh layer names, whatever other tests built before
    model = keras.Sequential(
        [keras.Input((3,)), keras.layers.Dense(4), keras.layers.LayerNormalization(), keras.layers.BatchNormalization()]
    )
    model.save(tmp_path / "plain.keras")
    assert main(["inspect", str(tmp_path / "plain.keras")]) == 0
    lines = capsys.readouterr().out.splitlines()
    names = [line.split()[:3] for line in lines[1:]]
    assert names == [
        ["dense", "kernel", "(3,"],
        ["dense", "bias", "(4,)"],
        ["layer_normalization", "gamma", "(4,)"],
        ["layer_normalization", "beta", "(4,)"],
        ["batch_normalization", "gamma", "(4,)"],
        ["batch_normalization", "beta", "(4,)"],
        ["batch_normalization", "moving_mean", "(4,)"],
        ["batch_normalization", "moving_variance", "(4,)"],
    ]
    kernel = model.layers[0].get_weights()[0]
    mean, std, low, high = map(float, lines[1].split()[-4:])
    assert mean == pytest.approx(kernel.mean(), abs=1e-4) and high == pytest.approx(kernel.max(), abs=1e-4)


@pytest.mark.skipif(not RED_WINE.exists(), reason="the shared red wine table is not beside the checkout")
def test_the_course_red_wine_project_trains(write_project, tmp_path):
    project = write_project(
        data={"source": str(RED_WINE), "target": "quality"},
        layers=[
            {"class_name": "Dense", "config": {"units": 16, "activation": "relu"}},
            {"class_name": "Dense", "config": {"units": 1}},
        ],
        training={"batch_size": 256, "epochs": 2},
    )
    assert main(["train", str(project), "--out", str(tmp_path / "wine")]) == 0
    with open(tmp_path / "wine" / "history.csv") as file:
        assert len(file.read().splitlines()) == 3


def test_lessons_are_listed_and_train_from_their_builtin_name(tmp_path, capsys):
    assert main(["lessons"]) == 0
    listing = capsys.readouterr().out
    for lesson_id in ("linear-unit", "deep-network", "sgd", "overfitting", "dropout-batchnorm", "binary-classification"):
        assert lesson_id in listing
    assert main(["train", "builtin:lesson/linear-unit", "--epochs", "1", "--out", str(tmp_path / "lesson")]) == 0
    assert (tmp_path / "lesson" / "model.keras").exists()
    assert main(["train", "builtin:lesson/nope"]) == 1
    assert_one_error_line(capsys.readouterr().err, "nope")


def test_a_whole_number_learning_rate_trains(tmp_path, write_project, capsys):
    path = write_project(training={"optimizer": {"class_name": "SGD", "config": {"learning_rate": 1}}, "epochs": 1})
    assert main(["train", str(path), "--out", str(tmp_path / "run")]) == 0, capsys.readouterr().err
    saved = json.loads((tmp_path / "run" / "project.nnb").read_text())
    assert saved["training"]["optimizer"]["config"]["learning_rate"] == 1.0
