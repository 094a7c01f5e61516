"""Every epoch's weights kept for replay, within a bound, and mostly on disk.

The newest snapshots stay in memory, up to MEMORY_BUDGET (a course-sized network's 50 epochs fit);
older ones are written to a private temporary folder, one file of raw float32 bytes each, and the
few the epoch slider last showed are read back into a small cache. So keeping every epoch of a long
run costs a lab PC disk space rather than memory, and a short run writes nothing: writing a file at
every epoch was most of what keeping snapshots cost the window while training. Where no file can be
written, they stay in memory. A big network trained for hundreds of epochs would still not fit, so
once the snapshots outgrow the bound the store keeps every 2nd epoch (then every 4th, ...), counted
from the first, plus always the first and the newest: replay stays evenly spaced over the whole run.
"""

from __future__ import annotations

import math
import shutil
import tempfile
import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .weights import WeightTensor

DEFAULT_MAX_BYTES = 512 * 1024 * 1024
MEMORY_BUDGET = 64 * 1024 * 1024  # of the newest snapshots, held in memory rather than written
CACHED = 4  # snapshots read back from disk that stay in memory: the slider's neighbours, a "change since"


@dataclass
class _Kept:
    names: list[tuple[str, str]]  # (layer, tensor) of each array, in order
    shapes: list[tuple[int, ...]]  # of each array, in order: the file holds only their values
    nbytes: int
    tensors: list[WeightTensor] | None  # in memory: the newest ones, or where no file could be written
    path: Path | None = None  # on disk


class SnapshotStore:
    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES, memory_budget: int = MEMORY_BUDGET) -> None:
        self.max_bytes = max_bytes
        self.memory_budget = memory_budget  # the newest snapshot stays in memory whatever its size
        self._kept: dict[int, _Kept] = {}  # epoch → snapshot, epochs ascending
        self._stride = 1  # epochs between two kept snapshots, counted from the first epoch
        self._folder: Path | None = None  # made when the first snapshot is written
        self._cache: OrderedDict[int, list[WeightTensor]] = OrderedDict()
        self._written = 0  # file names are never reused: a replaced epoch gets a new file
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
        """The bytes of every kept snapshot, in memory or on disk."""
        with self._lock:
            return sum(kept.nbytes for kept in self._kept.values())

    @property
    def memory_bytes(self) -> int:
        """The bytes of the snapshots held in memory."""
        with self._lock:
            held = sum(kept.nbytes for kept in self._kept.values() if kept.tensors is not None)
            return held + sum(sum(t.values.nbytes for t in tensors) for tensors in self._cache.values())

    def add(self, epoch: int, tensors: list[WeightTensor], owned: bool = False) -> None:
        """Keep a float32 copy of ``tensors`` as ``epoch`` (replacing that epoch if it was kept);
        ``owned``: the arrays are the store's to keep (fresh copies nobody else holds) where float32."""
        copies = [WeightTensor(t.layer, t.name, np.array(t.values, dtype=np.float32, copy=None if owned else True))
                  for t in tensors]  # fmt: skip
        kept = _Kept(
            [(t.layer, t.name) for t in copies], [t.values.shape for t in copies], sum(t.values.nbytes for t in copies), copies
        )
        with self._lock:
            self._forget(epoch)
            newest = max(self._kept, default=None)
            self._kept[epoch] = kept
            if newest is not None and newest > epoch:
                self._kept = dict(sorted(self._kept.items()))
            self._keep_on_stride()  # the previous newest may have been kept only for being the newest
            while sum(k.nbytes for k in self._kept.values()) > self.max_bytes and len(self._kept) > 2:
                self._stride *= 2
                self._keep_on_stride()
            self._spill_oldest()

    def epochs(self) -> list[int]:
        with self._lock:
            return list(self._kept)

    def at(self, epoch: int) -> list[WeightTensor]:
        """The snapshot of the nearest kept epoch at or before ``epoch``."""
        with self._lock:
            kept = [e for e in self._kept if e <= epoch]
            if not kept:
                raise KeyError(f"no weights kept at or before epoch {epoch}")
            return self._tensors(kept[-1])

    def latest(self) -> list[WeightTensor]:
        """The newest snapshot; empty before the first one arrives."""
        with self._lock:
            return self._tensors(next(reversed(self._kept))) if self._kept else []

    def clear(self) -> None:
        with self._lock:
            for epoch in list(self._kept):
                self._forget(epoch)
            self._stride = 1

    # ------------------------------------------------------------------------------------------
    def _tensors(self, epoch: int) -> list[WeightTensor]:
        kept = self._kept[epoch]
        if kept.tensors is not None:
            return kept.tensors
        if epoch in self._cache:
            self._cache.move_to_end(epoch)
            return self._cache[epoch]
        assert kept.path is not None
        values = np.fromfile(kept.path, dtype=np.float32)
        ends = np.cumsum([math.prod(shape) for shape in kept.shapes])
        tensors = [
            WeightTensor(layer, name, part.reshape(shape))
            for (layer, name), shape, part in zip(kept.names, kept.shapes, np.split(values, ends[:-1]), strict=True)
        ]
        self._cache[epoch] = tensors
        while len(self._cache) > CACHED:
            self._cache.popitem(last=False)
        return tensors

    def _spill_oldest(self) -> None:
        """Write the oldest snapshots held in memory to disk until the others fit the memory budget."""
        held = [epoch for epoch, kept in self._kept.items() if kept.tensors is not None][:-1]
        in_memory = sum(self._kept[epoch].nbytes for epoch in held)
        for epoch in held:
            if in_memory <= self.memory_budget:
                return
            if not self._spill(epoch):
                return  # the disk is full: the next file would not be written either
            in_memory -= self._kept[epoch].nbytes

    def _spill(self, epoch: int) -> bool:
        """Move a snapshot to disk; it stays in memory where no file can be written (a full disk)."""
        kept = self._kept[epoch]
        if kept.tensors is None:
            return True
        path = None
        try:
            folder = self._ensure_folder()
            path = folder / f"{self._written}.f32"
            self._written += 1
            with path.open("wb") as file:
                for tensor in kept.tensors:
                    file.write(np.ascontiguousarray(tensor.values, dtype=np.float32).data)
        except OSError:
            if path is not None:
                path.unlink(missing_ok=True)  # half a snapshot is none
            return False
        kept.path, kept.tensors = path, None
        return True

    def _ensure_folder(self) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="nnbuilder-snapshots-"))
            # gone with the store, or at exit at the latest
            weakref.finalize(self, shutil.rmtree, self._folder, ignore_errors=True)
        return self._folder

    def _forget(self, epoch: int) -> None:
        kept = self._kept.pop(epoch, None)
        self._cache.pop(epoch, None)
        if kept is not None and kept.path is not None:
            kept.path.unlink(missing_ok=True)

    def _keep_on_stride(self) -> None:
        """Drop all but the first, the newest, and every stride-th epoch in between."""
        epochs = list(self._kept)
        for epoch in epochs[1:-1]:
            if (epoch - epochs[0]) % self._stride:
                self._forget(epoch)
