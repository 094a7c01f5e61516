"""`nnbuilder export`: a script on pandas, scikit-learn and Keras alone that trains what nnbuilder trains."""

from __future__ import annotations

import ast
import csv
import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from nnbuilder.cli import main
from nnbuilder.engine.datasets import get_builtin
from nnbuilder.engine.export import export_script
from nnbuilder.engine.outputs import history_csv
from nnbuilder.engine.train import train
from nnbuilder.spec import DataError, SpecError, load_project, project_from_dict

from .conftest import project_dict

DENSE_RELU = {"class_name": "Dense", "config": {"units": 8, "activation": "relu"}}
EARLY_STOPPING = {"monitor": "val_loss", "min_delta": 50.0, "patience": 1, "restore_best_weights": True}


def shop_csv() -> bytes:
    """What a European spreadsheet saves: ';' between fields, decimal commas, Windows-1252, CRLF, a gap."""
    colours = ["red", "green", "bleu clair", "vert foncé"]
    rows = ["size;colour;weight;price"]
    for i in range(90):
        weight = "" if i == 7 else f"{1 + (i * 37 % 80) / 10:.1f}".replace(".", ",")
        price = f"{10 + (i * 53 % 900) / 10 + (i % 4) * 7:.2f}".replace(".", ",")
        rows.append(f"{1 + i % 20};{colours[i % 4]};{weight};{price}")
    return ("\r\n".join(rows) + "\r\n").encode("cp1252")


# The four kinds of project a course meets, each trained by `nnbuilder train` and by its script.
PROJECTS = {
    "regression": project_dict(
        training={"early_stopping": EARLY_STOPPING, "epochs": 4},  # stops after epoch 2, restores epoch 1
    ),
    "binary": project_dict(
        data={"source": "builtin:breast-cancer"},
        layers=[DENSE_RELU, {"class_name": "Dense", "config": {"units": 1, "activation": "sigmoid"}}],
        training={"loss": "binary_crossentropy", "metrics": ["accuracy"], "epochs": 2},
    ),
    "multiclass": project_dict(
        data={"source": "builtin:iris", "validation_split": 0.3, "split_seed": 3},
        layers=[DENSE_RELU, {"class_name": "Dense", "config": {"units": 3, "activation": "softmax"}}],
        training={"loss": "sparse_categorical_crossentropy", "metrics": ["accuracy"], "epochs": 3, "seed": 7},
    ),
    "csv": project_dict(
        data={"source": "data/shop.csv", "target": "price"},
        layers=[DENSE_RELU, {"class_name": "Dense", "config": {"units": 1}}],
        training={"loss": "mse", "metrics": ["mae"], "epochs": 2, "batch_size": 16},
    ),
}


def clean_env() -> dict[str, str]:
    """The environment of a student's terminal: no PYTHONPATH leading to this repository."""
    return {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}


# Runs exported scripts one after another in one Python, each in its own folder as `python
# script.py` would: one TensorFlow start-up instead of one per script keeps this file fast.
ONE_AFTER_ANOTHER = """
import os, runpy, sys
for script, folder in zip(sys.argv[1::2], sys.argv[2::2]):
    os.chdir(folder)
    runpy.run_path(script, run_name="__main__")
"""


class Running:
    """A script process whose output may be awaited by several tests."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process
        self.output: tuple[str, str] | None = None

    def finish(self) -> tuple[str, str]:
        """(stdout, stderr), after checking the process succeeded."""
        if self.output is None:
            self.output = self.process.communicate(timeout=600)
        assert self.process.returncode == 0, self.output[1][-3000:]
        return self.output


@pytest.fixture(scope="module")
def scripts_running(tmp_path_factory):
    """Every project exported by `nnbuilder export`; the scripts start running at once, in their own folders.

    The CSV project's script runs exactly as a student runs it, `python lab.py`; the others share one process.
    """
    exported = {}
    for name, raw in PROJECTS.items():
        root = tmp_path_factory.mktemp(name)
        (root / "data").mkdir()
        (root / "data" / "shop.csv").write_bytes(shop_csv())
        project = root / "lab.nnb"
        project.write_text(json.dumps(raw))
        script = root / "scripts" / "lab.py"
        assert main(["export", str(project), "-o", str(script)]) == 0
        (root / "run").mkdir()
        exported[name] = (project, script, root / "run")

    def start(*arguments: object, cwd: Path) -> Running:
        command = [sys.executable, *map(str, arguments)]
        pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
        return Running(subprocess.Popen(command, cwd=cwd, env=clean_env(), text=True, **pipes))

    alone = start(exported["csv"][1], cwd=exported["csv"][2])
    others = [name for name in exported if name != "csv"]
    script_and_folder = [path for name in others for path in exported[name][1:]]
    shared = start("-c", ONE_AFTER_ANOTHER, *script_and_folder, cwd=tmp_path_factory.getbasetemp())
    runs = {name: (*exported[name], alone if name == "csv" else shared) for name in exported}
    yield runs
    for running in (alone, shared):
        running.process.kill()
        running.process.communicate()


def read_history(path: Path) -> list[dict[str, str]]:
    with open(path, newline="") as file:
        return list(csv.DictReader(file))


def assert_same_history(expected: list[dict[str, str]], actual: list[dict[str, str]]) -> None:
    assert len(actual) == len(expected)
    assert list(actual[0]) == list(expected[0])
    for want, got in zip(expected, actual):
        numbers = {k: float(v) for k, v in want.items()}
        assert {k: float(v) for k, v in got.items()} == pytest.approx(numbers, abs=1e-4, rel=1e-4)


@pytest.mark.parametrize("kind", PROJECTS)
def test_the_script_reproduces_nnbuilder_train(kind, scripts_running, capsys):
    project, script, run_dir, running = scripts_running[kind]
    trained = project.parent / "trained"
    assert main(["train", str(project), "--out", str(trained)]) == 0
    capsys.readouterr()
    stdout, _ = running.finish()

    assert sorted(p.name for p in run_dir.iterdir()) == ["history.csv", "model.keras"]
    assert_same_history(read_history(trained / "history.csv"), read_history(run_dir / "history.csv"))
    assert "Epoch 1/" in stdout  # a student sees training progress

    text = script.read_text()
    imported = {
        (node.module if isinstance(node, ast.ImportFrom) else alias.name).split(".")[0]
        for node in ast.walk(ast.parse(text))
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }
    assert imported <= {"argparse", "keras", "tensorflow", "pandas", "numpy", "sklearn", "math", "pathlib", "matplotlib"}


def test_early_stopping_restores_the_same_weights(scripts_running):
    import keras

    project, _, run_dir, running = scripts_running["regression"]
    running.finish()
    trained = project.parent / "trained"
    if not (trained / "model.keras").exists():
        assert main(["train", str(project), "--out", str(trained)]) == 0
    assert len(read_history(trained / "history.csv")) == 2  # min_delta 50 with patience 1: stops after epoch 2
    ours = keras.saving.load_model(trained / "model.keras").get_weights()
    theirs = keras.saving.load_model(run_dir / "model.keras").get_weights()
    assert len(ours) == len(theirs)
    for a, b in zip(ours, theirs):
        assert a == pytest.approx(b, abs=1e-6)


def test_the_network_is_written_as_a_student_would_write_it(write_project):
    project = write_project(training={"early_stopping": EARLY_STOPPING})
    text = export_script(load_project(project), project.parent)
    start = text.index("model = keras.Sequential([")
    assert text[start : text.index("])", start) + 2].splitlines() == [
        "model = keras.Sequential([",
        "    keras.Input(shape=(10,)),",
        '    keras.layers.Dense(8, activation="relu"),',
        "    keras.layers.Dropout(0.1),",
        "    keras.layers.BatchNormalization(),",
        "    keras.layers.Dense(4),",
        '    keras.layers.Activation("relu"),',
        "    keras.layers.Dense(1),",
        "])",
    ]
    assert "optimizer=keras.optimizers.Adam(learning_rate=0.01)," in text
    assert "keras.utils.set_random_seed(0)" in text and "enable_op_determinism()" in text
    assert "steps_per_execution = min(16, math.ceil(len(x_train) / batch_size))" in text
    assert "restore_best_weights=True" in text and "validation_data=ordered_batches(x_val, y_val)" in text
    assert "nnbuilder" not in "".join(line for line in text.splitlines() if not line.startswith("#"))


def test_the_data_path_starts_at_the_scripts_folder(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "shop.csv").write_bytes(shop_csv())
    project = project_from_dict(PROJECTS["csv"])
    beside = export_script(project, tmp_path)
    elsewhere = export_script(project, tmp_path, tmp_path / "scripts" / "week1")
    assert 'DATA = Path(__file__).parent / "data/shop.csv"' in beside
    assert 'DATA = Path(__file__).parent / "../../data/shop.csv"' in elsewhere
    assert 'pd.read_csv(DATA, sep=";", decimal=",", encoding="cp1252")' in beside
    assert '("text", OneHotEncoder(handle_unknown="ignore", sparse_output=False), text_columns)' in beside
    assert "dropped 1 row with missing feature values" in beside  # what nnbuilder noticed, as a comment


GENERATED = ["circles", "xor", "spiral", "gaussians", "sine", "noisy-measurements"]


@pytest.mark.parametrize("name", GENERATED)
@pytest.mark.parametrize("samples, noise", [(None, None), (41, 0.3)])
def test_generated_sets_give_the_same_rows(name, samples, noise, tmp_path):
    target = "y" if name == "sine" else "label"
    layers = [{"class_name": "Dense", "config": {"units": 1, "activation": "linear" if name == "sine" else "sigmoid"}}]
    raw = project_dict(data={"source": f"builtin:{name}", "samples": samples, "noise": noise}, layers=layers)
    if name != "sine":
        raw["training"].update(loss="binary_crossentropy", metrics=["accuracy"])
    text = export_script(project_from_dict(raw), tmp_path)
    data_section = text[: text.index("# What the network sees")]
    namespace: dict = {}
    exec(compile(data_section, "script.py", "exec"), namespace)
    expected = get_builtin(name).load(samples, noise)
    pd.testing.assert_frame_equal(namespace["df"], expected, check_dtype=False)
    labels = expected[target]
    if not pd.api.types.is_numeric_dtype(labels):  # named classes reach the network as numbers, in sorted order
        labels = labels.map({label: code for code, label in enumerate(sorted(labels.unique()))})
    assert list(namespace["y"]) == list(labels)


VARIANTS = {
    # categorical_crossentropy on a text target, gaps filled in, min-max scaling, no stratification
    "impute": dict(
        data={
            "source": "data/shop.csv", "target": "colour", "missing": "impute", "scaling": "minmax", "stratify": False
        },
        layers=[DENSE_RELU, {"class_name": "Dense", "config": {"units": 4, "activation": "softmax"}}],
        training={"loss": "categorical_crossentropy", "metrics": ["accuracy", "mse"], "epochs": 2},
    ),
    # no validation rows, raw inputs, early stopping on the training loss, SGD with momentum
    "no validation": dict(
        data={"source": "builtin:xor", "samples": 60, "validation_split": 0, "scaling": "none"},
        layers=[DENSE_RELU, {"class_name": "Dense", "config": {"units": 1, "activation": "sigmoid"}}],
        training={
            "loss": "binary_crossentropy",
            "optimizer": {"class_name": "SGD", "config": {"learning_rate": 0.1, "momentum": 0.9}},
            "early_stopping": {"monitor": "loss", "min_delta": 0.0, "patience": 2, "restore_best_weights": False},
            "epochs": 3,
        },
    ),
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_other_settings_train_the_same_in_process(variant, tmp_path, monkeypatch):
    """The rarer settings, run in this process (runpy) to keep the file fast."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "shop.csv").write_bytes(shop_csv())
    project = project_from_dict(project_dict(**VARIANTS[variant]))
    expected = history_csv(train(project, tmp_path).result)
    script = tmp_path / "script.py"
    script.write_text(export_script(project, tmp_path))
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    monkeypatch.chdir(run_dir)
    runpy.run_path(str(script), run_name="__main__")
    assert_same_history(
        list(csv.DictReader(expected.splitlines())), read_history(run_dir / "history.csv")
    )


def test_problems_are_the_projects_own_messages(tmp_path):
    missing = project_from_dict(project_dict(data={"source": "gone.csv", "target": "y"}))
    with pytest.raises(DataError, match="does not exist"):
        export_script(missing, tmp_path)
    invalid = project_from_dict(project_dict())
    invalid.layers[0].config["units"] = 0
    with pytest.raises(SpecError, match="units"):
        export_script(invalid, tmp_path)


def assert_one_error_line(stderr: str, *words: str) -> None:
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, stderr
    for word in words:
        assert word in errors[0], errors[0]


def test_cli_writes_beside_the_current_folder_by_default(write_project, tmp_path, monkeypatch, capsys):
    project = write_project("week 3.nnb")
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(project)]) == 0
    assert "wrote" in capsys.readouterr().out
    assert (tmp_path / "week 3.py").read_text() == export_script(load_project(project), tmp_path)


@pytest.mark.parametrize(
    "case, words",
    [
        ("missing project", ["no such project file"]),
        ("broken project", ["not valid JSON"]),
        ("missing data", ["does not exist"]),
        ("network does not fit", ["units to 1"]),
        ("output is a folder", ["is a folder"]),
        ("output is the project", ["project's own files"]),
    ],
)
def test_cli_problems_are_one_error_line_and_write_nothing(case, words, write_project, tmp_path, capsys):
    out = tmp_path / "out.py"
    project = write_project()
    if case == "missing project":
        project = tmp_path / "nope.nnb"
    elif case == "broken project":
        project.write_text('{"format": "nnbuilder/project", "version": 1, "layers": [')
    elif case == "missing data":
        project = write_project(data={"source": "gone.csv", "target": "y"})
    elif case == "network does not fit":
        project = write_project(layers=[{"class_name": "Dense", "config": {"units": 3}}])
    elif case == "output is a folder":
        out = tmp_path
    elif case == "output is the project":
        out = project
    before = {path: path.read_bytes() for path in tmp_path.iterdir() if path.is_file()}
    assert main(["export", str(project), "-o", str(out)]) == 1
    assert_one_error_line(capsys.readouterr().err, *words)
    assert {path: path.read_bytes() for path in tmp_path.iterdir() if path.is_file()} == before


def test_cli_usage_mistake_exits_2(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["export"])
    assert stop.value.code == 2
    assert_one_error_line(capsys.readouterr().err, "project")


MESSY = (
    "\ufeffid, size, weight, smoker, colour,\r\n"  # BOM, spaces after commas, a comma ending each line
    + "".join(
        f'p{i}, {1 + i % 9}, "{i % 7},{i % 10}", {"True" if i % 3 else "False"}, {["red", "blue"][i % 2]},\r\n'
        for i in range(40)
    )
    + ",,,,,\r\n"  # a line of nothing
    + 'p99, ?, "1,5", True, red,\r\n'  # '?' marks a missing value
)


def test_a_messy_table_becomes_the_same_arrays(tmp_path):
    from nnbuilder.engine.data import prepare

    (tmp_path / "messy.csv").write_text(MESSY, encoding="utf-8")
    raw = project_dict(data={"source": "messy.csv", "target": "colour"})
    raw["layers"][-1]["config"].update(activation="sigmoid")
    raw["training"].update(loss="binary_crossentropy", metrics=["accuracy"])
    project = project_from_dict(raw)
    script = tmp_path / "scripts" / "messy.py"
    script.parent.mkdir()
    text = export_script(project, tmp_path, script.parent)
    assert 'pd.read_csv(DATA, skipinitialspace=True, index_col=False, na_values=["?"])' in text
    namespace: dict = {"__file__": str(script)}
    exec(compile(text[: text.index("# The network ")], str(script), "exec"), namespace)

    prepared = prepare(project.data, tmp_path, loss="binary_crossentropy")
    assert prepared.input_columns == ["size", "weight", "smoker"]  # 'id' has too many values to one-hot
    for name in ("x_train", "y_train", "x_val", "y_val"):
        assert namespace[name].dtype == getattr(prepared, name).dtype, name
        assert (namespace[name] == getattr(prepared, name)).all(), name


def test_without_a_folder_the_data_path_is_absolute(tmp_path):
    (tmp_path / "shop.csv").write_bytes(shop_csv())
    project = project_from_dict(project_dict(data={"source": str(tmp_path / "shop.csv"), "target": "price"}))
    assert f'DATA = Path("{(tmp_path / "shop.csv").resolve().as_posix()}")' in export_script(project, None)
