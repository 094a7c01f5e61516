"""PyInstaller's own hook for PySide6.QtGui, less Qt's GTK 3 theme plugin.

On a GNOME desktop that plugin would load the lab machine's GTK against the cairo and pango
copied from the build machine, a mismatch that can crash at start-up. Without it Qt draws its
own style, the same on every machine.
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if not Path(source).name.startswith("libqgtk3")]
