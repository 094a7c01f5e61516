"""Python's cyclic garbage collector, run on the GUI thread only, between engine jobs.

Left automatic, the collector runs on whichever thread allocates: a data-reading pool thread then
frees a closed window's QMenu (a deadlock against shiboken's deferred deletions, seen in the
tests), or the GUI thread frees TensorFlow functions while the engine thread traces a graph (a
segfault). So automatic collection is switched off and a timer on the GUI thread collects, in the
manner of ``pyqtgraph.util.garbage_collector``, through ``engine.service.collect_garbage``, which
skips a turn while the engine thread is in a job. Reference counting still frees acyclic objects
at once on the thread that drops them; the rule that the engine's jobs never hold Qt objects, and
the window never holds TensorFlow objects, makes that safe.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

from ..engine.service import collect_garbage, due_generation

CHECK_MS = 1000  # how often the counts are looked at; a check with nothing to do costs microseconds


class GuiGarbageCollector(QObject):
    """Collects on the GUI thread when the allocation counts say a collection is due."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.thresholds: tuple[int, int, int] = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    @Slot()
    def check(self) -> None:
        generation = due_generation(self.thresholds)
        if generation is not None:
            collect_garbage(generation)


_installed: GuiGarbageCollector | None = None


def install_gui_collector() -> GuiGarbageCollector:
    """Switch automatic collection off for the process and collect from the GUI thread instead."""
    global _installed
    if _installed is None:
        _installed = GuiGarbageCollector(QCoreApplication.instance())
    return _installed
