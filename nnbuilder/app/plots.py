"""A pyqtgraph plot in the window's own colours, for the small charts of the dialogs."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QPalette


def themed_plot(accessible_name: str = "", accessible_description: str = "", on_window: bool = False) -> pg.PlotWidget:
    """A plot on the window's base colour (``on_window``: on the window's own background, for a chart
    that sits in a page rather than a frame), its axes in the text colour and their values written
    in full ("0.001", never "1 (x0.001)", which reads as a different number), with no right-click
    menu. The caller passes the names already translated; a screen reader reads them for the chart."""
    widget = pg.PlotWidget(background=None) if on_window else pg.PlotWidget()
    palette = widget.palette()
    if not on_window:
        widget.setBackground(palette.color(QPalette.ColorRole.Base))
    widget.setAccessibleName(accessible_name)
    if accessible_description:
        widget.setAccessibleDescription(accessible_description)
    foreground = palette.color(QPalette.ColorRole.WindowText if on_window else QPalette.ColorRole.Text)
    plot = widget.getPlotItem()
    plot.setMenuEnabled(False)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setPen(foreground)
        axis.setTextPen(foreground)
        axis.enableAutoSIPrefix(False)
    return widget
