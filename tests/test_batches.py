"""The batches training reads: every row once an epoch, a new order each epoch, repeatable."""

from __future__ import annotations

import numpy as np

from nnbuilder.engine.batches import ordered_batches, shuffled_batches


def epochs_of(dataset, count: int) -> list[list[np.ndarray]]:
    """``count`` passes over ``dataset`` (as fit makes them), each a list of its batches' x."""
    return [[x.numpy() for x, _ in dataset] for _ in range(count)]


def table(rows: int) -> tuple[np.ndarray, np.ndarray]:
    x = np.arange(rows * 2, dtype="float32").reshape(rows, 2)  # row i holds 2i, 2i+1
    y = np.arange(rows, dtype="int32")  # sparse class codes: a 1-D target
    return x, y


def test_every_row_once_an_epoch_in_batches_with_the_rest_last():
    x, y = table(10)
    for batches in epochs_of(shuffled_batches(x, y, batch_size=4, seed=0), 3):
        assert [len(b) for b in batches] == [4, 4, 2]
        rows = np.concatenate(batches)
        assert sorted(rows[:, 0] // 2) == list(range(10))


def test_targets_stay_with_their_rows():
    x, y = table(9)
    for batch_x, batch_y in shuffled_batches(x, y, batch_size=4, seed=3):
        assert (batch_x.numpy()[:, 0] // 2 == batch_y.numpy()).all()


def test_each_epoch_has_a_new_order_and_the_same_seed_the_same_orders():
    x, y = table(50)
    first = [np.concatenate(e)[:, 0] for e in epochs_of(shuffled_batches(x, y, 8, seed=1), 3)]
    again = [np.concatenate(e)[:, 0] for e in epochs_of(shuffled_batches(x, y, 8, seed=1), 3)]
    other = [np.concatenate(e)[:, 0] for e in epochs_of(shuffled_batches(x, y, 8, seed=2), 3)]
    assert not np.array_equal(first[0], first[1]) and not np.array_equal(first[1], first[2])
    assert all(np.array_equal(a, b) for a, b in zip(first, again))
    assert not np.array_equal(first[0], other[0])


def test_fit_knows_the_number_of_steps():
    x, y = table(10)
    assert int(shuffled_batches(x, y, batch_size=4, seed=0).cardinality()) == 3
    assert int(shuffled_batches(x, y, batch_size=5, seed=0).cardinality()) == 2


def test_validation_batches_keep_the_row_order():
    x, y = table(7)
    batches = [b.numpy() for b, _ in ordered_batches(x, y, batch_size=3)]
    assert [len(b) for b in batches] == [3, 3, 1]
    assert np.array_equal(np.concatenate(batches), x)
