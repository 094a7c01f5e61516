"""The batches training reads: tf.data pipelines that start an epoch cheaply.

`model.fit(x, y, shuffle=True)` on NumPy arrays builds, for every epoch and again for the
validation pass, a tf.data pipeline whose start-up takes ~10 ms; on the course's tables
(a thousand rows, a few batches an epoch) it is about as long as the arithmetic, and a plain
script spends close to half its time there. These pipelines do the same thing — every row once per epoch, in a
new random order, in batches of ``batch_size`` with the rest in a last smaller batch — by
shuffling row numbers once per epoch and gathering whole batches, which is cheap to start and
as fast as Keras's own on a million rows. The exported script carries the same functions
(engine/export.py), so it reproduces the same history.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .backend import tensorflow


def shuffled_batches(x: np.ndarray, y: np.ndarray, batch_size: int, seed: int) -> Any:
    """Every epoch (each new pass over the dataset) all rows in a new order; the same orders for the same seed."""
    tf = tensorflow()
    rows = len(x)
    x, y = tf.constant(x), tf.constant(y)

    # Plain tensor code: AutoGraph, which tf.data would otherwise run over it, has nothing to convert.
    @tf.autograph.experimental.do_not_convert
    def one_epoch(epoch_seed: Any) -> Any:
        shuffle_seed = tf.stack([epoch_seed, 0])
        order = tf.random.experimental.stateless_shuffle(tf.range(rows), seed=shuffle_seed)
        return _in_batches(tf, x, y, order, batch_size)

    epoch_seeds = tf.data.Dataset.random(seed=seed, rerandomize_each_iteration=True).take(1)
    steps = -(-rows // batch_size)
    batches = epoch_seeds.flat_map(one_epoch)
    return batches.apply(tf.data.experimental.assert_cardinality(steps)).prefetch(2)


def ordered_batches(x: np.ndarray, y: np.ndarray, batch_size: int) -> Any:
    """All rows in their order, in batches (the validation pass)."""
    tf = tensorflow()
    return _in_batches(tf, tf.constant(x), tf.constant(y), tf.range(len(x)), batch_size)


def _in_batches(tf: Any, x: Any, y: Any, order: Any, batch_size: int) -> Any:
    """The rows ``order`` names, ``batch_size`` at a time; what is left over makes a last, smaller batch.

    One gather per batch, none per row: this is what keeps a million-row epoch as fast as Keras's own.
    """
    split = order.shape[0] // batch_size * batch_size
    full = tf.reshape(order[:split], (-1, batch_size))
    batches = tf.data.Dataset.from_tensor_slices((tf.gather(x, full), tf.gather(y, full)))
    if order.shape[0] > split:
        rest = order[split:]
        last = tf.data.Dataset.from_tensors((tf.gather(x, rest), tf.gather(y, rest)))
        batches = batches.concatenate(last)
    return batches
