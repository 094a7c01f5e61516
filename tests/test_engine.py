"""Training a project with the engine: determinism, stopping, NaN, early stopping, task checks."""

from __future__ import annotations

import numpy as np
import pytest

from nnbuilder.engine.train import SilentReporter, train
from nnbuilder.spec import TrainingError, project_from_dict

from .conftest import project_dict


def trained(reporter=None, **changes):
    return train(project_from_dict(project_dict(**changes)), None, reporter)


def test_every_layer_type_trains_and_reports_each_epoch():
    class Recorder(SilentReporter):
        def __init__(self):
            self.epochs = []
            self.info = None

        def train_begin(self, info):
            self.info = info

        def epoch_end(self, epoch, logs):
            self.epochs.append((epoch, sorted(logs)))

    recorder = Recorder()
    result = trained(recorder).result
    assert result.epochs_run == 3
    assert result.history_columns() == ["loss", "val_loss", "mse", "val_mse"]
    assert recorder.info.epochs == 3 and recorder.info.train_rows + recorder.info.validation_rows == 442
    assert [e for e, _ in recorder.epochs] == [1, 2, 3]
    assert recorder.epochs[0][1] == ["loss", "mse", "val_loss", "val_mse"]
    assert result.history["loss"][-1] < result.history["loss"][0]


def test_same_seed_gives_the_same_history_and_another_seed_does_not():
    first = trained().result.history
    again = trained().result.history
    other = trained(training={"seed": 1}).result.history
    assert first == again
    assert first != other


def test_stop_request_ends_the_run_after_the_current_step():
    class StopAtOnce(SilentReporter):
        def stop_requested(self):
            return True

    run = trained(StopAtOnce(), training={"epochs": 50})
    assert run.result.stop_requested
    assert run.result.epochs_run == 1
    assert len(run.result.history["loss"]) == 1


def test_nan_loss_stops_training_and_explains_it():
    run = trained(
        data={"scaling": "none"},
        training={"optimizer": {"class_name": "SGD", "config": {"learning_rate": 10.0}}, "loss": "mse", "epochs": 20},
    )
    message = run.result.diverged
    assert message is not None
    assert "NaN" in message and "learning rate (now 10)" in message and "scaling" in message
    assert run.result.epochs_run < 20


def test_early_stopping_stops_and_restores_the_best_epoch():
    run = trained(
        training={
            "epochs": 30,
            # nothing after epoch 1 counts as better, so patience 2 stops at epoch 3
            "early_stopping": {"monitor": "val_loss", "min_delta": 1e6, "patience": 2, "restore_best_weights": True},
        }
    )
    result = run.result
    assert result.stopped_early and result.epochs_run == 3
    assert result.best_epoch == 1 and result.restored_best
    # the model now holds epoch 1's weights: it scores epoch 1's validation loss again
    restored = run.model.evaluate(run.data.x_val, run.data.y_val, verbose=0, return_dict=True)["loss"]
    assert restored == pytest.approx(result.history["val_loss"][0], rel=1e-5)
    assert result.history["val_loss"][-1] != pytest.approx(restored, rel=1e-5)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"training": {"loss": "binary_crossentropy"}}, ["is for classes", "'mae'"]),
        (
            {"layers": [{"class_name": "Dense", "config": {"units": 3}}]},
            ["3 outputs", "one number", "units to 1"],
        ),
        (
            {"layers": [{"class_name": "Dense", "config": {"units": 1, "activation": "sigmoid"}}]},
            ["'sigmoid' only gives values from 0 to 1", "'linear'"],
        ),
        ({"data": {"source": "builtin:breast-cancer"}}, ["two classes", "binary_crossentropy"]),
        (
            {"data": {"source": "builtin:iris"}, "training": {"loss": "sparse_categorical_crossentropy"}},
            ["needs 3 units", "'softmax'"],
        ),
        ({"training": {"metrics": ["acuracy"]}}, ["no metric 'acuracy'"]),
    ],
)
def test_a_network_that_does_not_fit_the_target_is_refused_before_training(changes, words):
    with pytest.raises(TrainingError) as caught:
        trained(**changes)
    for word in words:
        assert word in str(caught.value)


def test_binary_and_multiclass_projects_train():
    binary = trained(
        data={"source": "builtin:circles"},
        layers=[
            {"class_name": "Dense", "config": {"units": 8, "activation": "relu"}},
            {"class_name": "Dense", "config": {"units": 1, "activation": "sigmoid"}},
        ],
        training={"loss": "binary_crossentropy", "metrics": ["accuracy"]},
    )
    assert "val_accuracy" in binary.result.history
    multi = trained(
        data={"source": "builtin:iris"},
        layers=[{"class_name": "Dense", "config": {"units": 3, "activation": "softmax"}}],
        training={"loss": "categorical_crossentropy", "metrics": ["accuracy"]},
    )
    assert multi.data.y_train.shape[1] == 3
    predictions = multi.model.predict(multi.data.x_val, verbose=0)
    assert np.allclose(predictions.sum(axis=1), 1.0, atol=1e-5)


def test_weights_are_reported_before_training_and_after_each_epoch():
    class Snapshots(SilentReporter):
        def __init__(self):
            self.seen = []

        def wants_weights(self):
            return True

        def weights(self, epoch, tensors):
            self.seen.append((epoch, [(t.layer, t.name, t.shape) for t in tensors], tensors[0].values.copy()))

    recorder = Snapshots()
    run = trained(recorder)
    assert [epoch for epoch, _, _ in recorder.seen] == [0, 1, 2, 3]
    assert recorder.seen[0][1][:2] == [("dense", "kernel", (10, 8)), ("dense", "bias", (8,))]
    assert not np.array_equal(recorder.seen[0][2], recorder.seen[1][2])  # training moved the kernel
    assert np.array_equal(recorder.seen[-1][2], run.model.layers[0].get_weights()[0])


def test_two_classes_train_with_two_softmax_outputs_and_categorical_crossentropy():
    run = trained(
        data={"source": "builtin:circles"},
        layers=[
            {"class_name": "Dense", "config": {"units": 8, "activation": "relu"}},
            {"class_name": "Dense", "config": {"units": 2, "activation": "softmax"}},
        ],
        training={"loss": "categorical_crossentropy", "metrics": ["accuracy"]},
    )
    assert run.data.y_train.shape[1] == 2 and run.result.epochs_run == 3
