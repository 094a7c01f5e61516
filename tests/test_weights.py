"""Every weight of a Keras model, copied and named as Keras names it."""

from __future__ import annotations

import numpy as np

from nnbuilder.engine.backend import keras
from nnbuilder.engine.weights import weight_tensors


def test_weight_tensors_are_named_copies_of_every_weight():
    k = keras()
    model = k.Sequential([k.Input((3,)), k.layers.Dense(4, name="hidden"), k.layers.BatchNormalization(name="norm"),
                          k.layers.Dense(1, name="out")])  # fmt: skip
    tensors = weight_tensors(model)
    assert [(t.layer, t.name) for t in tensors] == [
        ("hidden", "kernel"), ("hidden", "bias"),
        ("norm", "gamma"), ("norm", "beta"), ("norm", "moving_mean"), ("norm", "moving_variance"),
        ("out", "kernel"), ("out", "bias"),
    ]  # fmt: skip
    for tensor, weights in zip(tensors, model.get_weights(), strict=True):
        np.testing.assert_array_equal(tensor.values, weights)
    before = tensors[0].values.copy()
    model.layers[0].kernel.assign(np.full((3, 4), 7.0))
    np.testing.assert_array_equal(tensors[0].values, before)  # a copy: training on does not change it
    assert weight_tensors(model)[0].values[0, 0] == 7.0
