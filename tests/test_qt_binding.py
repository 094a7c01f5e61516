"""The Qt binding itself must not corrupt Python: a long-running window calls void methods constantly."""

import gc
import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot):
    # PySide6 6.12.0 on Python 3.11 drops a reference to None per void call, which aborts the
    # process once None's count reaches zero; pyproject.toml pins below it.
    label = QLabel()
    qtbot.addWidget(label)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.update()
        label.setText("x")
    gc.collect()
    assert sys.getrefcount(None) - before > -50
