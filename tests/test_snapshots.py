"""The snapshot store: every epoch's weights for replay, the newest in memory, thinned evenly to stay within a bound."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnbuilder.engine.snapshots import SnapshotStore
from nnbuilder.engine.weights import WeightTensor

SIZE = 1000  # floats per snapshot: 4,000 bytes as float32


def snapshot(epoch: int, size: int = SIZE) -> list[WeightTensor]:
    return [
        WeightTensor("dense", "kernel", np.full((size // 10, 10), epoch, dtype=np.float64)),
        WeightTensor("dense", "bias", np.zeros(0)),
    ]


def test_snapshots_are_float32_copies_found_by_epoch():
    store = SnapshotStore()
    tensors = snapshot(0)
    store.add(0, tensors)
    tensors[0].values[:] = 99  # training goes on changing its own arrays
    kept = store.at(0)
    assert kept[0].values.dtype == np.float32
    assert (kept[0].values == 0).all()
    assert [(t.layer, t.name, t.shape) for t in kept] == [("dense", "kernel", (100, 10)), ("dense", "bias", (0,))]
    assert store.nbytes == SIZE * 4


def test_at_gives_the_nearest_kept_epoch_at_or_before():
    store = SnapshotStore()
    assert store.latest() == []
    for epoch in (0, 2, 5):
        store.add(epoch, snapshot(epoch))
    assert store.epochs() == [0, 2, 5]
    assert store.at(4)[0].values[0, 0] == 2
    assert store.at(100)[0].values[0, 0] == 5
    assert store.latest()[0].values[0, 0] == 5
    with pytest.raises(KeyError):
        store.at(-1)


def test_an_epoch_added_again_replaces_the_kept_one():
    store = SnapshotStore()
    store.add(3, snapshot(1))
    store.add(3, snapshot(7))  # training continued from epoch 3 reports it again
    assert store.epochs() == [3]
    assert store.at(3)[0].values[0, 0] == 7


def test_a_run_that_fits_keeps_every_epoch():
    store = SnapshotStore(max_bytes=10 * SIZE * 4)
    for epoch in range(10):
        store.add(epoch, snapshot(epoch))
    assert store.epochs() == list(range(10))
    assert not store.thinned and store.stride == 1


def test_a_long_run_is_thinned_evenly_under_the_bound():
    budget = 20 * SIZE * 4
    store = SnapshotStore(max_bytes=budget)
    for epoch in range(501):
        store.add(epoch, snapshot(epoch))
        assert store.nbytes <= budget
    epochs = store.epochs()
    assert store.thinned and store.stride == 32
    assert epochs[0] == 0 and epochs[-1] == 500
    assert epochs[:-1] == list(range(0, 500, 32))  # every 32nd, plus the newest
    assert len(epochs) >= 10  # thinned no more than needed: at least half the budget is used
    assert store.at(100)[0].values[0, 0] == 96


def test_clear_forgets_the_snapshots_and_the_thinning():
    store = SnapshotStore(max_bytes=3 * SIZE * 4)
    for epoch in range(10):
        store.add(epoch, snapshot(epoch))
    assert store.thinned
    store.clear()
    assert store.epochs() == [] and store.nbytes == 0 and not store.thinned


@settings(max_examples=60, deadline=None)
@given(epochs=st.integers(1, 300), fitting=st.integers(2, 40), first=st.integers(0, 5))
def test_thinning_keeps_the_bound_the_ends_and_even_spacing(epochs, fitting, first):
    store = SnapshotStore(max_bytes=fitting * 400)
    for epoch in range(first, first + epochs):
        store.add(epoch, snapshot(epoch, size=100))
    kept = store.epochs()
    assert store.nbytes <= store.max_bytes
    assert kept[0] == first and kept[-1] == first + epochs - 1
    assert all((epoch - first) % store.stride == 0 for epoch in kept[:-1])
    assert store.thinned == (epochs > fitting)
    if store.thinned:  # halving the stride would not have fitted
        assert len(range(first, first + epochs, store.stride // 2)) + 1 > fitting


def test_a_short_run_stays_in_memory_and_writes_nothing():
    store = SnapshotStore(memory_budget=20 * SIZE * 4)
    for epoch in range(21):  # the newest, and 20 older ones within the budget
        store.add(epoch, snapshot(epoch))
    assert store.memory_bytes == 21 * SIZE * 4 and store._folder is None
    assert [store.at(epoch)[0].values[0, 0] for epoch in range(21)] == list(range(21))


def test_past_the_memory_budget_the_oldest_snapshots_go_to_disk_first():
    store = SnapshotStore(memory_budget=10 * SIZE * 4)
    for epoch in range(30):
        store.add(epoch, snapshot(epoch))
    assert store.memory_bytes == 11 * SIZE * 4 and store.nbytes == 30 * SIZE * 4
    assert store._folder is not None and len(list(store._folder.iterdir())) == 19
    in_memory = [epoch for epoch, kept in store._kept.items() if kept.tensors is not None]
    assert in_memory == list(range(19, 30))
    assert [store.at(epoch)[0].values[0, 0] for epoch in range(30)] == list(range(30))  # read back exactly


def test_only_the_newest_and_a_few_read_back_stay_in_memory():
    store = SnapshotStore(memory_budget=0)
    for epoch in range(50):
        store.add(epoch, snapshot(epoch))
    assert store.nbytes == 50 * SIZE * 4 and store.memory_bytes == SIZE * 4  # the rest is on disk
    for epoch in range(50):
        assert store.at(epoch)[0].values[0, 0] == epoch  # read back exactly
    assert store.memory_bytes <= 5 * SIZE * 4
    folder = store._folder
    assert folder is not None and len(list(folder.iterdir())) == 49
    store.clear()
    assert list(folder.iterdir()) == []
    del store  # no cycle holds it: the folder goes with the store at once
    assert not folder.exists()


def test_snapshots_stay_in_memory_where_no_file_can_be_written(monkeypatch):
    opened = Path.open

    def full_disk(path: Path, mode: str = "r", *args, **kwargs):
        if "w" in mode:
            raise OSError(28, "No space left on device")
        return opened(path, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", full_disk)
    store = SnapshotStore(memory_budget=0)
    for epoch in range(5):
        store.add(epoch, snapshot(epoch))
    assert store.memory_bytes == 5 * SIZE * 4
    assert [store.at(epoch)[0].values[0, 0] for epoch in range(5)] == [0, 1, 2, 3, 4]
