"""Every epoch's weights kept for replay, within a memory bound.

A big network trained for hundreds of epochs would not fit in a lab PC's memory, so once the
snapshots outgrow the bound the store keeps every 2nd epoch (then every 4th, ...), counted from
the first, plus always the first and the newest: replay stays evenly spaced over the whole run.
"""

from __future__ import annotations

import threading

import numpy as np

from .weights import WeightTensor

DEFAULT_MAX_BYTES = 256 * 1024 * 1024


class SnapshotStore:
    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._snapshots: dict[int, list[WeightTensor]] = {}  # epoch → tensors, epochs ascending
        self._bytes: dict[int, int] = {}
        self._stride = 1  # epochs between two kept snapshots, counted from the first epoch
        # The training worker may add while the window reads.
        self._lock = threading.Lock()

    @property
    def stride(self) -> int:
        """1 while every epoch is kept; 2 once every 2nd epoch is kept, and so on."""
        return self._stride

    @property
    def thinned(self) -> bool:
        return self._stride > 1

    @property
    def nbytes(self) -> int:
        with self._lock:
            return sum(self._bytes.values())

    def add(self, epoch: int, tensors: list[WeightTensor]) -> None:
        """Keep a float32 copy of ``tensors`` as ``epoch`` (replacing that epoch if it was kept)."""
        copies = [WeightTensor(t.layer, t.name, np.array(t.values, dtype=np.float32)) for t in tensors]
        with self._lock:
            self._snapshots[epoch] = copies
            self._bytes[epoch] = sum(t.values.nbytes for t in copies)
            self._snapshots = dict(sorted(self._snapshots.items()))
            self._keep_on_stride()  # the previous newest may have been kept only for being the newest
            while sum(self._bytes.values()) > self.max_bytes and len(self._snapshots) > 2:
                self._stride *= 2
                self._keep_on_stride()

    def epochs(self) -> list[int]:
        with self._lock:
            return list(self._snapshots)

    def at(self, epoch: int) -> list[WeightTensor]:
        """The snapshot of the nearest kept epoch at or before ``epoch``."""
        with self._lock:
            kept = [e for e in self._snapshots if e <= epoch]
            if not kept:
                raise KeyError(f"no weights kept at or before epoch {epoch}")
            return self._snapshots[kept[-1]]

    def latest(self) -> list[WeightTensor]:
        """The newest snapshot; empty before the first one arrives."""
        with self._lock:
            return self._snapshots[next(reversed(self._snapshots))] if self._snapshots else []

    def clear(self) -> None:
        with self._lock:
            self._snapshots.clear()
            self._bytes.clear()
            self._stride = 1

    def _keep_on_stride(self) -> None:
        """Drop all but the first, the newest, and every stride-th epoch in between."""
        epochs = list(self._snapshots)
        for epoch in epochs[1:-1]:
            if (epoch - epochs[0]) % self._stride:
                del self._snapshots[epoch]
                del self._bytes[epoch]
