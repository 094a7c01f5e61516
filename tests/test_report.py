"""The lab report: one self-contained HTML file whose figures are scikit-learn's; and training with
--distribute mirrored, which the report's command-line run uses."""

from __future__ import annotations

import base64
import json
import re
import runpy
import sys

import numpy as np
import pytest
from PySide6.QtGui import QImage
from sklearn import metrics

from nnbuilder.cli import main
from nnbuilder.engine.export import export_script
from nnbuilder.engine.report import heatmap_rgb, png_bytes, read_history, write_report
from nnbuilder.engine.train import train
from nnbuilder.spec import NNBuilderError, project_from_dict, total_params

from .conftest import project_dict

BINARY = project_dict(
    title="Breast <cancer>",
    data={"source": "builtin:breast-cancer"},
    layers=[
        {"class_name": "Dense", "config": {"units": 8, "activation": "relu"}},
        {"class_name": "Dense", "config": {"units": 1, "activation": "sigmoid"}},
    ],
    training={"loss": "binary_crossentropy", "metrics": ["accuracy"], "epochs": 3},
)


def decode_png(data: bytes) -> QImage:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image


def embedded_pngs(page: str) -> list[QImage]:
    return [decode_png(base64.b64decode(data)) for data in re.findall(r'src="data:image/png;base64,([^"]+)"', page)]


def figure(page: str, name: str) -> float:
    """A figure as the Results section prints it (the learning-curve table names some of the same measures)."""
    results = page.split("<h2>Results</h2>", 1)[1]
    return float(re.search(rf"<td>{re.escape(name)}</td><td class=\"num\">([^<]+)</td>", results).group(1))


def printed(value: float) -> pytest.approx:
    """Equal to ``value`` as printed with four decimals (float32 outputs may round the last one either way)."""
    return pytest.approx(value, abs=1.01e-4)


def assert_standalone(page: str) -> None:
    text = re.sub(r"data:[\w/+.;=-]+,[A-Za-z0-9+/=]*", "data:", page)  # base64 may hold "//" by chance
    assert "http:" not in text and "https:" not in text and "//" not in text.replace("<!--", "")
    assert "<script" not in page and "<link" not in page
    assert all(src.startswith("data:") for src in re.findall(r'src="([^"]*)"', page))


def test_png_files_hold_exactly_the_pixels(qapp):
    pixels = np.array([[[255, 0, 0], [0, 255, 0], [0, 0, 255]], [[10, 20, 30], [0, 0, 0], [255, 255, 255]]], np.uint8)
    image = decode_png(png_bytes(pixels))
    assert (image.width(), image.height()) == (3, 2)
    read = [[list(image.pixelColor(x, y).getRgb()[:3]) for x in range(3)] for y in range(2)]
    assert read == pixels.tolist()


def test_heatmaps_are_blue_below_zero_white_at_zero_red_above():
    colours = heatmap_rgb(np.array([[-2.0, 0.0, 2.0, 1.0]]))[0].tolist()
    assert colours[:3] == [[33, 102, 172], [247, 247, 247], [178, 24, 43]]
    assert colours[3] == [round((247 + 178) / 2), round((247 + 24) / 2), round((247 + 43) / 2)]


def test_a_regression_report_holds_the_run_and_scikit_learns_figures(tmp_path, qapp):
    project = project_from_dict(project_dict())
    run = train(project, None)
    actual, predicted = run.data.y_val[:, 0], run.model.predict(run.data.x_val, verbose=0)[:, 0]

    path = write_report(tmp_path / "report.html", project, run.result, run.data, run.model)

    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # written atomically, nothing left over
    page = path.read_text(encoding="utf-8")
    assert_standalone(page)
    assert figure(page, "MAE") == printed(metrics.mean_absolute_error(actual, predicted))
    assert figure(page, "RMSE") == printed(metrics.root_mean_squared_error(actual, predicted))
    assert figure(page, "R²") == printed(metrics.r2_score(actual, predicted))
    assert f"<b>{total_params(project.layers, 10):,}</b>" in page and total_params(project.layers, 10) == run.model.count_params()
    assert page.count("<svg") == 1 + 2 + 1  # the network, the loss and mse curves, the scatter
    assert "learning curve of loss" in page and "learning curve of mse" in page
    kernels = [w.shape for w in run.model.get_weights() if w.ndim == 2]
    images = embedded_pngs(page)
    assert len(images) == len(kernels) == 3
    for image, (rows, columns) in zip(images, kernels):
        assert image.width() * rows == image.height() * columns  # whole pixels per weight, rows kept as rows
    assert "age, sex, bmi" in page  # the first kernel's rows are the inputs, by name


def test_a_classification_report_holds_scikit_learns_figures_and_confusion_matrix(tmp_path):
    project = project_from_dict(BINARY)
    run = train(project, None)
    actual = run.data.y_val[:, 0].astype(int)
    predicted = (run.model.predict(run.data.x_val, verbose=0)[:, 0] > 0.5).astype(int)

    page = write_report(tmp_path / "r.html", project, run.result, run.data, run.model).read_text(encoding="utf-8")

    assert "<title>Breast &lt;cancer&gt; — lab report</title>" in page
    assert figure(page, "accuracy") == printed(metrics.accuracy_score(actual, predicted))
    assert figure(page, "precision") == printed(metrics.precision_score(actual, predicted))
    assert figure(page, "recall") == printed(metrics.recall_score(actual, predicted))
    counts = [int(c.replace(",", "")) for c in re.findall(r'<td class="num" style="background: [^"]+">([\d,]+)</td>', page)]
    assert counts == metrics.confusion_matrix(actual, predicted).ravel().tolist()
    assert "predicted malignant" in page and "actual benign" in page


# ---------------------------------------------------------------------------------------------
# From the command line, trained with --distribute mirrored


def test_train_with_mirrored_strategy_then_report(tmp_path, capsys):
    project = tmp_path / "lab.nnb"
    project.write_text(json.dumps(project_dict(training={"epochs": 4})))
    run_dir = tmp_path / "run"

    assert main(["train", str(project), "--out", str(run_dir), "--distribute", "mirrored"]) == 0
    assert main(["report", str(run_dir), "-o", str(tmp_path / "lab.html")]) == 0

    assert len(read_history(run_dir / "history.csv").history["loss"]) == 4
    page = (tmp_path / "lab.html").read_text(encoding="utf-8")
    assert "Trained 4 epochs." in page and "4 trained (4 set)" in page and "Adam(learning_rate=0.01)" in page
    assert_standalone(page)
    capsys.readouterr()
    assert main(["report", str(project)]) == 1
    assert "lab.nnb has no trained model" in capsys.readouterr().err


def test_a_mirrored_model_is_built_under_the_strategy():
    import tensorflow as tf

    project = project_from_dict(project_dict(training={"epochs": 2}))
    run = train(project, None, distribute="mirrored")
    assert isinstance(run.model.distribute_strategy, tf.distribute.MirroredStrategy)
    assert len(run.result.history["loss"]) == len(run.result.history["val_loss"]) == 2
    with pytest.raises(NNBuilderError, match="no distribution 'ring'; choose one of: mirrored"):
        train(project, None, distribute="ring")


def test_the_exported_script_takes_the_same_switch(tmp_path, monkeypatch):
    import tensorflow as tf

    project = project_from_dict(project_dict(training={"epochs": 2}))
    script = tmp_path / "lab.py"
    script.write_text(export_script(project, None))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", [str(script), "--distribute", "mirrored"])
    try:
        runpy.run_path(str(script), run_name="__main__")
        assert isinstance(tf.distribute.get_strategy(), tf.distribute.MirroredStrategy)
    finally:
        tf.distribute.experimental_set_strategy(None)  # the script set it for the whole process
    assert len((tmp_path / "history.csv").read_text().splitlines()) == 1 + 2


def test_a_history_that_is_not_one_is_explained(tmp_path):
    with pytest.raises(NNBuilderError, match="does not exist; a report describes a run of 'nnbuilder train --out DIR'"):
        read_history(tmp_path / "history.csv")
    (tmp_path / "history.csv").write_text("epoch,loss\n1,abc\n")
    with pytest.raises(NNBuilderError, match="is not a history written by 'nnbuilder train'"):
        read_history(tmp_path / "history.csv")


def test_a_saved_project_reports_every_kept_run_with_its_boundary_and_the_students_answers(tmp_path, capsys):
    from datetime import datetime

    from nnbuilder.engine.model_import import save_trained
    from nnbuilder.engine.runs import RunRecord, runs_path, save_runs
    from nnbuilder.spec import save_project

    raw = project_dict(
        title="Circles",
        data={"source": "builtin:circles"},
        layers=[{"class_name": "Dense", "config": {"units": 6, "activation": "tanh"}},
                {"class_name": "Dense", "config": {"units": 1, "activation": "sigmoid"}}],
        training={"loss": "binary_crossentropy", "metrics": ["accuracy"], "epochs": 2},
        assignment={"instructions": "Separate the rings.", "goal": {"metric": "val_accuracy", "at_least": 0.99},
                    "max_parameters": None, "locked": ["data"]},
        questions=["Why does one Dense layer fail?", "What did Dropout change?"],
        answers=["It draws a straight line."],
    )  # fmt: skip
    raw["version"] = 3
    path = tmp_path / "lab.nnb"
    first = project_from_dict(raw)
    second = first.copy()
    second.training.epochs = 3
    save_project(second, path)
    runs = []
    for number, project in enumerate((first, second), start=1):
        trained = train(project, tmp_path)
        runs.append(RunRecord.from_result(number, project, trained.result, datetime(2026, 11, 30, 9, number)))
    save_trained(path, trained.model)
    save_runs(runs_path(path), runs)
    out = tmp_path / "report.html"
    assert main(["report", str(path), "-o", str(out), "--student", "Zeynep  Kaya"]) == 0, capsys.readouterr().err
    page = out.read_text()
    assert "Lab report by Zeynep Kaya" in page
    assert "Separate the rings." in page and "Not yet: val_accuracy" in page  # 3 epochs do not reach 0.99
    assert "Why does one Dense layer fail?" in page and "It draws a straight line." in page and "(no answer)" in page
    every_run = page.split("<h2>Every kept run</h2>", 1)[1].split("<h2>", 1)[0]
    assert "the first run" in every_run and "epochs 2 → 3" in every_run
    assert "<h2>Decision boundary</h2>" in page and "Confusion matrix" in page


def test_a_saved_project_without_runs_is_explained(tmp_path, write_project, capsys):
    path = write_project()
    from nnbuilder.engine.model_import import save_trained

    trained = train(project_from_dict(project_dict()), tmp_path)
    save_trained(path, trained.model)
    assert main(["report", str(path), "-o", str(tmp_path / "r.html")]) == 1
    assert "has no kept runs to report on" in capsys.readouterr().err


def test_export_without_o_never_overwrites_a_script(tmp_path, write_project, capsys, monkeypatch):
    path = write_project()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tiny.py").write_text("# my edits\n")
    assert main(["export", str(path)]) == 1
    assert "tiny.py already exists; name the script with -o" in capsys.readouterr().err
    assert (tmp_path / "tiny.py").read_text() == "# my edits\n"
    assert main(["export", str(path), "-o", str(tmp_path / "tiny.py")]) == 0
    assert "import keras" in (tmp_path / "tiny.py").read_text()
