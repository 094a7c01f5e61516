"""Looking inside one step: the row trace, the single step and the learning-rate finder agree with
plain Keras, and their commands write what they promise."""

from __future__ import annotations

import csv
import json
import math

import numpy as np
import pytest

from nnbuilder.cli import main
from nnbuilder.engine.backend import keras, seed_everything, tensorflow
from nnbuilder.engine.build import build_project_model
from nnbuilder.engine.lessons import load_lesson
from nnbuilder.engine.lr_find import find_learning_rate
from nnbuilder.engine.one_step import first_batch, take_step
from nnbuilder.engine.trace import trace_inputs
from nnbuilder.engine.train import fit, prepare_project, train
from nnbuilder.spec import loads_project

from .conftest import project_dict


@pytest.fixture(scope="module")
def tiny_trained():
    """TINY (Dense, Dropout, BatchNormalization, Activation) trained 3 epochs."""
    project = loads_project(json.dumps(project_dict()))
    return project, train(project, None)


def test_the_trace_gives_every_layers_output_as_keras_computes_it(tiny_trained):
    project, trained = tiny_trained
    model, x = trained.model, trained.data.x_val[:1]
    k = keras()
    every_output = k.Model(model.inputs, [layer.output for layer in model.layers])
    expected = [np.asarray(values)[0] for values in every_output([x], training=False)]
    traces = trace_inputs(model, x[0])
    assert [t.class_name for t in traces] == ["Dense", "Dropout", "BatchNormalization", "Dense", "Activation", "Dense"]
    for trace, keras_output in zip(traces, expected):
        np.testing.assert_allclose(trace.output, keras_output, rtol=1e-5, atol=1e-6, err_msg=trace.name)
    first = model.layers[0]
    z = x[0] @ first.kernel.numpy() + first.bias.numpy()
    np.testing.assert_allclose(traces[0].pre_activation, z, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(traces[0].output, np.maximum(z, 0), rtol=1e-5, atol=1e-6)  # relu(z)
    assert traces[0].activation == "relu" and traces[5].activation == "linear"
    norm = traces[2].normalization  # (x − mean)/std·γ + β, with the layer's own numbers
    np.testing.assert_allclose(
        (traces[1].output - norm["mean"]) / norm["std"] * norm["gamma"] + norm["beta"], traces[2].output, rtol=1e-4, atol=1e-5
    )


def test_a_dropout_trace_in_training_mode_shows_its_mask(tiny_trained):
    _project, trained = tiny_trained
    traces = trace_inputs(trained.model, trained.data.x_val[0], dropout_training=True, seed=3)
    dense, dropout = traces[0], traces[1]
    mask = dropout.mask
    assert mask is not None and set(mask) <= {0, 1}
    np.testing.assert_allclose(dropout.output, dense.output * mask / (1 - 0.1), rtol=1e-6)


def test_one_step_is_the_gradient_tape_step_of_plain_keras():
    project = load_lesson("deep-network").project
    project.training.optimizer.class_name = "SGD"
    project.training.optimizer.config = {"learning_rate": 0.05}
    data = prepare_project(project, None)
    seed_everything(project.training.seed)
    model = build_project_model(project, data.input_width)
    x, y = first_batch(data, project)
    assert len(x) == project.training.batch_size
    twin = keras().models.clone_model(model)  # the same network, computed by hand below
    twin.set_weights(model.get_weights())
    loss_function = keras().losses.get(project.training.loss)
    tf = tensorflow()
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(loss_function(y, twin(x, training=True)))  # Keras's mean over the batch
    expected = tape.gradient(loss, twin.trainable_weights)
    before = [w.numpy().copy() for w in model.trainable_weights]

    step = take_step(model, x, y)

    assert step.optimizer == "SGD" and step.learning_rate == pytest.approx(0.05)
    assert [(t.layer, t.name) for t in step.tensors] == [
        (layer, name) for layer in ("dense", "dense_1", "dense_2") for name in ("kernel", "bias")
    ]
    for tensor, gradient, old, now in zip(step.tensors, expected, before, model.trainable_weights):
        np.testing.assert_allclose(tensor.gradient, gradient.numpy(), rtol=1e-4, atol=1e-7)
        np.testing.assert_allclose(tensor.update, -0.05 * gradient.numpy(), rtol=1e-3, atol=1e-7)  # SGD: −lr·g
        np.testing.assert_allclose(now.numpy() - old, tensor.update, atol=1e-7)
    assert step.loss_after < step.loss_before, "a small SGD step downhill lowers the batch's loss"


def test_the_finder_leaves_the_weights_and_its_rate_beats_a_tiny_and_a_huge_one():
    project = load_lesson("sgd").project
    data = prepare_project(project, None)
    seed_everything(project.training.seed)
    model = build_project_model(project, data.input_width)
    initial = model.get_weights()
    finding = find_learning_rate(model, data, project)
    for kept, now in zip(initial, model.get_weights()):
        np.testing.assert_array_equal(kept, now)
    assert finding.suggestion is not None and 1e-6 < finding.suggestion < 10
    assert finding.learning_rates == sorted(finding.learning_rates) and finding.learning_rates[0] == 1e-6

    def final_validation_loss(rate: float) -> float:
        project.training.optimizer.config["learning_rate"] = rate
        seed_everything(project.training.seed)
        trial = build_project_model(project, data.input_width)
        loss = fit(trial, data, project, epochs=5).history["val_loss"][-1]
        return loss if math.isfinite(loss) else math.inf

    suggested = final_validation_loss(finding.suggestion)
    assert suggested < final_validation_loss(1e-6) and suggested < final_validation_loss(10.0)


def test_nnbuilder_trace_prints_a_row_as_json(tiny_trained, tmp_path, write_project, capsys):
    project_path = write_project()
    assert main(["train", str(project_path), "--out", str(tmp_path / "run")]) == 0
    capsys.readouterr()
    assert main(["trace", str(tmp_path / "run"), "--row", "5", "--json"]) == 0
    trace = json.loads(capsys.readouterr().out)
    assert set(trace) == {"row", "raw", "input", "layers", "prediction", "target"}
    assert trace["row"] == 5 and len(trace["raw"]) == 10 and len(trace["input"]) == 10
    assert [layer["class_name"] for layer in trace["layers"]][0] == "Dense" and "pre_activation" in trace["layers"][0]
    assert "pre_activation" not in trace["layers"][1]
    assert trace["prediction"] == pytest.approx(trace["layers"][-1]["output"][0], rel=1e-5)
    assert isinstance(trace["target"], float)
    assert main(["trace", str(tmp_path / "run"), "--row", "5"]) == 0
    text = capsys.readouterr().out
    assert "z = w·x + b" in text and "relu(z)" in text and text.splitlines()[-1].startswith("prediction:")
    assert main(["trace", str(tmp_path / "run"), "--row", "442"]) == 1
    assert capsys.readouterr().err.strip() == "error: row 442 is not in the table: it has rows 0 to 441; choose one of them"


def test_nnbuilder_step_writes_the_step_and_its_batch(tmp_path, capsys):
    out = tmp_path / "step"
    assert main(["step", "builtin:lesson/linear-unit", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "loss on the batch:" in printed
    assert sorted(path.name for path in out.iterdir()) == ["after.keras", "batch.npz", "before.keras", "step.json"]
    step = json.loads((out / "step.json").read_text())
    assert set(step) == {"loss_before", "loss_after", "optimizer", "learning_rate", "tensors"}
    assert [(t["layer"], t["name"], t["shape"]) for t in step["tensors"]] == [("dense", "kernel", [1, 1]), ("dense", "bias", [1])]
    batch = np.load(out / "batch.npz")
    k = keras()
    before, after = k.models.load_model(out / "before.keras"), k.models.load_model(out / "after.keras")
    kernel_change = after.layers[0].kernel.numpy() - before.layers[0].kernel.numpy()
    np.testing.assert_allclose(kernel_change, step["tensors"][0]["update"], rtol=1e-5)
    assert step["optimizer"] == "SGD"
    np.testing.assert_allclose(kernel_change, -step["learning_rate"] * np.array(step["tensors"][0]["gradient"]), rtol=1e-4)
    loss_function = k.losses.get(load_lesson("linear-unit").project.training.loss)
    loss = float(np.mean(loss_function(batch["y"], before.predict(batch["x"], verbose=0))))
    assert step["loss_before"] == pytest.approx(loss, rel=1e-5)


def test_nnbuilder_step_from_a_run_of_another_network_says_so(tmp_path, write_project, capsys):
    assert main(["train", str(write_project()), "--out", str(tmp_path / "run")]) == 0
    capsys.readouterr()
    assert main(["step", "builtin:lesson/linear-unit", "--out", str(tmp_path / "s"), "--from", str(tmp_path / "run")]) == 1
    error = capsys.readouterr().err
    assert error.startswith("error: --from ") and "trained on 10 inputs but the data now gives 1" in error
    assert len(error.strip().splitlines()) == 1


def test_nnbuilder_lr_find_writes_the_curve_and_suggests_a_rate(tmp_path, capsys):
    assert main(["lr-find", "builtin:lesson/deep-network", "--out", str(tmp_path)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("suggested learning rate: ")
    rate = float(last.split(": ")[1])
    with open(tmp_path / "lr_find.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["step", "learning_rate", "loss", "smoothed_loss"]
    rates = [float(row["learning_rate"]) for row in rows]
    assert rates[0] == 1e-6 and all(b > a for a, b in zip(rates, rates[1:]))
    assert rates[0] < rate < rates[-1]


def test_the_landscape_is_the_loss_keras_computes_and_sgd_walks_down_to_least_squares():
    from nnbuilder.engine.landscape import landscape, losses_at

    project = load_lesson("linear-unit").project
    data = prepare_project(project, None)
    land = landscape(project, None, data)
    assert land.loss.shape == (len(land.bs), len(land.ws)) and land.feature == "bmi"
    seed_everything(project.training.seed)
    model = build_project_model(project, 1)
    start = [model.get_weights()[0].item(), 0.0]
    w, b = land.ws[17], land.bs[42]
    model.set_weights([np.array([[w]], np.float32), np.array([b], np.float32)])
    keras_loss = model.evaluate(data.x_train, data.y_train, batch_size=len(data.x_train), verbose=0, return_dict=True)
    assert land.loss[42, 17] == pytest.approx(keras_loss["loss"], rel=1e-4)
    sgd, adam = land.paths
    assert (sgd.optimizer, adam.optimizer) == ("SGD", "Adam")
    np.testing.assert_allclose(sgd.points[0], adam.points[0])  # one start for both: the seeded initial weights
    np.testing.assert_allclose(sgd.points[0], start, rtol=1e-6)
    assert len(sgd.points) == project.training.epochs + 1, "one batch an epoch here: a point per step"
    np.testing.assert_allclose(sgd.points[-1], land.best, rtol=0.01)  # least squares: the valley's floor
    steps = np.linalg.norm(np.diff(adam.points, axis=0), axis=1)
    assert steps.max() < 0.2, "Adam's steps are about the learning rate (0.1) long, whatever the slope"
    np.testing.assert_allclose(sgd.losses, losses_at(data, "mse", sgd.points), rtol=1e-6)
    assert sgd.losses[-1] < adam.losses[-1]


def test_the_landscape_is_only_for_one_linear_unit_and_says_why():
    from nnbuilder.engine.checks import is_linear_unit

    assert is_linear_unit(load_lesson("linear-unit").project, 1) is None
    assert "one Dense layer of 1 unit" in is_linear_unit(load_lesson("deep-network").project, 1)
    assert "one input feature, not 2" in is_linear_unit(load_lesson("linear-unit").project, 2)


def test_a_race_trains_copies_from_the_same_start_and_says_who_won():
    from nnbuilder.engine.race import race_projects, run_race, verdicts

    project = load_lesson("sgd").project
    project.training.epochs = 4
    values = [1e-4, 0.3, 10.0]
    copies = run_race(race_projects(project, "learning_rate", values), values, "learning_rate", None)
    assert [c.label for c in copies] == ["learning rate 0.0001", "learning rate 0.3", "learning rate 10"]
    assert [c.project.training.optimizer.config["learning_rate"] for c in copies] == values
    assert copies[0].result.epochs_run == copies[1].result.epochs_run == 4
    assert copies[2].result.diverged and copies[2].result.epochs_run == 1
    said = verdicts(copies)
    assert said[0].startswith("0.0001 hardly learned") and said[1].startswith("0.3 won: the lowest validation loss")
    assert said[2] == "10 diverged at epoch 1: the loss became NaN"

    # The same start: one epoch of the race is one epoch of plain training from the seeded weights.
    single = project.copy()
    single.training.optimizer.config["learning_rate"] = 0.3
    single.training.epochs = 1
    alone = train(single, None).result.history["loss"][0]
    assert copies[1].result.history["loss"][0] == pytest.approx(alone, rel=1e-5)


def test_a_race_refuses_what_it_cannot_race():
    from nnbuilder.engine.race import race_projects
    from nnbuilder.spec.errors import TrainingError

    project = load_lesson("sgd").project
    for values, words in (([0.1], "2 to 4 copies"), ([0.1, 0.1], "the same value"), ([0.1, 0], "must be more than 0")):
        with pytest.raises(TrainingError, match=words):
            race_projects(project, "learning_rate", values)
    with pytest.raises(TrainingError, match="not a whole number"):
        race_projects(project, "batch_size", [16, 2.5])
    assert [p.training.batch_size for p in race_projects(project, "batch_size", [8, 64])] == [8, 64]


def test_the_landscape_of_a_big_table_is_exact_for_mse_and_sampled_for_other_losses():
    from nnbuilder.engine.landscape import MAX_SURFACE_ROWS, losses_for

    rng = np.random.default_rng(0)
    x = rng.normal(size=200_000).astype(np.float32)
    y = (3 * x + 1 + rng.normal(size=x.size)).astype(np.float32)
    ws, bs = np.array([0.0, 3.0, -2.0]), np.array([0.0, 1.0, 5.0])
    exact = [float(np.mean((y.astype(np.float64) - w * x - b) ** 2)) for w, b in zip(ws, bs)]
    np.testing.assert_allclose(losses_for(x, y, "mse", ws, bs), exact, rtol=1e-6)  # five sums, any size
    full = [float(np.mean(np.abs(y.astype(np.float64) - w * x - b))) for w, b in zip(ws, bs)]
    np.testing.assert_allclose(losses_for(x, y, "mae", ws, bs), full, rtol=0.02)  # on an even sample of the rows
    assert MAX_SURFACE_ROWS < x.size
