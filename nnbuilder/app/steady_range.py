"""A chart's automatic y range that moves in steps while a run grows, not at every redraw.

A falling loss moves the lowest value at every redraw, and the automatic range with it: the axis
then re-lays its ticks and labels and the whole chart repaints, five times a second. Here the range
follows the data in steps (about five moves over the wine table's 50 epochs): when a value
leaves it, it grows past the value by a fifth of the data's span, in the direction the data moved;
when the data shrink to under half of it, it fits them again. Once the run ends, it fits the data
exactly. A range the user zoomed or dragged is theirs: pyqtgraph then stops ranging that axis
automatically, until they press the chart's "A" button.
"""

from __future__ import annotations

import pyqtgraph as pg

ROOM = 0.2  # of the data's span, added beyond a value that left the range
SHRINK = 0.5  # the data filling less than this share of the range: fit them again

Bounds = tuple[float, float]


def steady_bounds(kept: Bounds | None, data: Bounds, floor: float | None = None) -> Bounds:
    """The y bounds to range on: ``kept`` while it holds ``data`` snugly; ``data`` once they fill
    too little of it; else ``kept`` grown past the data on the side(s) they left by, never below
    ``floor`` (0 for values that cannot be negative) by that growth alone."""
    low, high = data
    if kept is None:
        return data
    kept_low, kept_high = kept
    if kept_low <= low and high <= kept_high:
        return kept if high - low >= SHRINK * (kept_high - kept_low) else data
    room = ROOM * (high - low)
    new_low = low - room if low < kept_low else kept_low
    new_high = high + room if high > kept_high else kept_high
    if floor is not None and low >= floor:
        new_low = max(new_low, floor)
    return new_low, new_high


class SteadyViewBox(pg.ViewBox):
    """A ViewBox whose automatic y range is steady (see the module) while ``steady`` is on."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._steady = False
        self._ranging = False
        self._kept: Bounds | None = None

    def set_steady(self, on: bool) -> None:
        """On while a run grows; off fits the data exactly again."""
        self._steady, self._kept = on, None
        self.queueUpdateAutoRange()

    def setLogMode(self, axis: str, logMode: bool) -> None:  # noqa: N802, N803 (pyqtgraph's names)
        self._kept = None  # bounds of values are no bounds of their logarithms
        super().setLogMode(axis, logMode)

    def updateAutoRange(self) -> None:  # noqa: N802 (pyqtgraph's name)
        self._ranging = True
        try:
            super().updateAutoRange()
        finally:
            self._ranging = False

    def childrenBounds(self, frac=None, orthoRange=(None, None), items=None):  # type: ignore[no-untyped-def]  # noqa: N802
        bounds = super().childrenBounds(frac=frac, orthoRange=orthoRange, items=items)
        y = bounds[1]
        if not (self._steady and self._ranging) or y is None:
            return bounds
        # In log mode the view holds log10 of the values, which may be negative.
        floor = None if self.state["logMode"][1] else 0.0
        self._kept = steady_bounds(self._kept, (float(y[0]), float(y[1])), floor)
        return [bounds[0], list(self._kept)]
