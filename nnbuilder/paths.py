"""Where nnbuilder's own files are, installed, editable or frozen in a bundle."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a file under resources/, e.g. resource_path("examples", "diabetes.nnb")."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:  # PyInstaller unpacks data beside the program, not in a package
        return Path(frozen_root, "nnbuilder", "resources", *parts)
    try:
        root = Path(str(resources.files("nnbuilder.resources")))
    except ModuleNotFoundError:  # run from a source checkout that was never installed
        root = Path(__file__).resolve().parent.parent / "resources"
    return root.joinpath(*parts)
