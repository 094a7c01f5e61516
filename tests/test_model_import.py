""".keras models back into editable projects, and a project's trained weights kept beside it."""

from __future__ import annotations

import numpy as np
import pytest

from nnbuilder.engine.backend import keras
from nnbuilder.engine.build import build_project_model
from nnbuilder.engine.model_import import load_trained, project_from_model, save_trained, trained_path
from nnbuilder.engine.outputs import save_model_atomic
from nnbuilder.engine.train import train
from nnbuilder.spec import NNBuilderError, project_from_dict

from .conftest import project_dict


@pytest.fixture(scope="module")
def trained():
    """TINY (every layer type) trained for real: BatchNormalization's moving statistics have moved."""
    project = project_from_dict(project_dict())
    return project, train(project, None)


def test_a_saved_model_comes_back_as_the_same_project_weights_and_predictions(trained, tmp_path):
    project, run = trained
    path = tmp_path / "lab.keras"
    save_model_atomic(run.model, path)

    imported = project_from_model(path)

    assert [(layer.class_name, layer.config) for layer in imported.project.layers] == [
        (layer.class_name, layer.config) for layer in project.layers
    ]
    assert imported.input_width == run.data.input_width == 10
    assert imported.project.data.source == ""  # the student picks the data
    assert imported.project.title == "lab"
    training = imported.project.training
    assert (training.optimizer.class_name, training.optimizer.config) == ("Adam", {"learning_rate": 0.01})
    assert (training.loss, training.metrics) == ("mae", ["mse"])
    original = run.model.get_weights()
    assert len(imported.weights) == len(original)
    for ours, theirs in zip(imported.weights, original):
        np.testing.assert_array_equal(ours, theirs)

    rebuilt = build_project_model(imported.project, imported.input_width)
    rebuilt.set_weights(imported.weights)
    x = run.data.x_val
    np.testing.assert_array_equal(rebuilt.predict(x, verbose=0), run.model.predict(x, verbose=0))


def test_only_settings_that_differ_from_kerass_defaults_are_kept(tmp_path):
    k = keras()
    model = k.Sequential([
        k.Input((3,)),
        k.layers.Dense(5, activation="tanh", use_bias=False),
        k.layers.BatchNormalization(momentum=0.9, center=False),
        k.layers.Dropout(0.25, seed=3),
        k.layers.Dense(2, activation="softmax"),
    ])  # fmt: skip
    model.save(tmp_path / "hand.keras")  # never compiled: the loss follows the last layer

    imported = project_from_model(tmp_path / "hand.keras")

    assert [(layer.class_name, layer.config) for layer in imported.project.layers] == [
        ("Dense", {"units": 5, "activation": "tanh", "use_bias": False}),
        ("BatchNormalization", {"momentum": 0.9, "center": False}),
        ("Dropout", {"rate": 0.25, "seed": 3}),
        ("Dense", {"units": 2, "activation": "softmax"}),
    ]
    assert imported.input_width == 3
    assert imported.project.training.loss == "sparse_categorical_crossentropy"


def test_a_compiled_sgd_model_keeps_its_optimizer_and_loss(tmp_path):
    k = keras()
    model = k.Sequential([k.Input((4,)), k.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer=k.optimizers.SGD(learning_rate=0.05, momentum=0.9), loss="binary_crossentropy",
                  metrics=["accuracy"])  # fmt: skip
    model.save(tmp_path / "sgd.keras")

    training = project_from_model(tmp_path / "sgd.keras").project.training

    assert training.optimizer.class_name == "SGD"
    assert training.optimizer.config == {"learning_rate": 0.05, "momentum": 0.9}  # not 0.05000000074505806
    assert (training.loss, training.metrics) == ("binary_crossentropy", ["accuracy"])


def test_a_functional_chain_imports_like_a_sequential(tmp_path):
    k = keras()
    inputs = k.Input((6,))
    outputs = k.layers.Dense(1)(k.layers.Dense(4, activation="relu")(inputs))
    k.Model(inputs, outputs).save(tmp_path / "chain.keras")

    imported = project_from_model(tmp_path / "chain.keras")

    assert [layer.config for layer in imported.project.layers] == [{"units": 4, "activation": "relu"}, {"units": 1}]
    assert imported.input_width == 6


def _branching(k):
    inputs = k.Input((6,))
    return k.Model(inputs, k.layers.Add()([k.layers.Dense(2)(inputs), k.layers.Dense(2)(inputs)]))


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda k: k.Sequential([k.Input((8, 8, 1)), k.layers.Conv2D(4, 3), k.layers.Flatten(), k.layers.Dense(1)]),
         ["Conv2D", "Flatten", "nnbuilder does not offer", "File → Open Model"]),
        (lambda k: k.Sequential([k.Input((5,)), k.layers.LayerNormalization(), k.layers.Dense(1)]),
         ["LayerNormalization", "File → Open Model"]),
        (lambda k: k.Sequential([k.Input((5,)), k.layers.Dense(1, kernel_regularizer="l2")]),
         ["(Dense) sets kernel_regularizer=L2,", "does not offer", "File → Open Model"]),
        (lambda k: k.Sequential([k.Input((4, 3)), k.layers.Dense(1)]),
         ["shape (4, 3)", "one row of numbers", "File → Open Model"]),
        (_branching, ["does not simply follow the layer before it", "one stack of layers", "File → Open Model"]),
    ],
    ids=["convolution", "layer-normalization", "regularizer", "image-input", "branches"],
)
def test_what_a_project_cannot_hold_is_named_with_the_fix(make, words, tmp_path):
    path = tmp_path / "foreign.keras"
    make(keras()).save(path)
    with pytest.raises(NNBuilderError) as raised:
        project_from_model(path)
    message = str(raised.value)
    assert message.startswith("foreign.keras: ") and "\n" not in message
    for word in words:
        assert word in message, message


def test_trained_weights_are_kept_beside_the_project_and_come_back(trained, tmp_path):
    project, run = trained
    project_path = tmp_path / "week 3.nnb"

    written = save_trained(project_path, run.model)

    assert written == trained_path(project_path) == tmp_path / "week 3.weights.keras"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["week 3.weights.keras"]  # no temporary file left
    model, reason = load_trained(project_path, project, run.data.input_width)
    assert reason is None
    x = run.data.x_val
    np.testing.assert_array_equal(model.predict(x, verbose=0), run.model.predict(x, verbose=0))
    assert model.optimizer is not None  # compiled: training can go on from here


def test_trained_weights_of_another_network_are_refused_with_the_reason(trained, tmp_path):
    project, run = trained
    project_path = tmp_path / "lab.nnb"

    assert load_trained(project_path, project, 10) == (None, "no trained model is kept for lab.nnb "
                                                           "(lab.weights.keras does not exist)")
    save_trained(project_path, run.model)
    changed = project.copy()
    changed.layers[0].config["units"] = 16
    model, reason = load_trained(project_path, changed, 10)
    assert model is None and "layer 1 Dense units 8 → 16" in reason and "train again" in reason
    model, reason = load_trained(project_path, project, 12)
    assert model is None and "10 inputs" in reason and "12" in reason
    explicit = project.copy()
    explicit.layers[0].config["use_bias"] = True  # Keras's default written out is the same network
    assert load_trained(project_path, explicit, 10)[1] is None
