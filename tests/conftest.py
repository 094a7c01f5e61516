"""Shared helpers: small projects written into a test's tmp_path."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

RED_WINE = Path(__file__).resolve().parents[2] / "shared" / "data" / "red-wine.csv"

# A tiny regression project on a built-in table: trains in a second, uses every layer type.
TINY: dict[str, Any] = {
    "format": "nnbuilder/project",
    "version": 1,
    "title": "Tiny",
    "data": {"source": "builtin:diabetes", "target": None, "features": None,
             "validation_split": 0.25, "split_seed": 0, "scaling": "standard"},
    "layers": [
        {"class_name": "Dense", "config": {"units": 8, "activation": "relu"}},
        {"class_name": "Dropout", "config": {"rate": 0.1}},
        {"class_name": "BatchNormalization", "config": {}},
        {"class_name": "Dense", "config": {"units": 4}},
        {"class_name": "Activation", "config": {"activation": "relu"}},
        {"class_name": "Dense", "config": {"units": 1}},
    ],
    "training": {
        "optimizer": {"class_name": "Adam", "config": {"learning_rate": 0.01}},
        "loss": "mae", "metrics": ["mse"], "batch_size": 64, "epochs": 3, "seed": 0,
        "early_stopping": None,
    },
}  # fmt: skip


def project_dict(**changes: Any) -> dict[str, Any]:
    """TINY with sections replaced, e.g. project_dict(training={"epochs": 5}) merges into training."""
    raw = copy.deepcopy(TINY)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(raw.get(key), dict):
            raw[key].update(value)
        else:
            raw[key] = value
    return raw


@pytest.fixture
def write_project(tmp_path):
    def write(name: str = "tiny.nnb", raw: dict[str, Any] | None = None, **changes: Any) -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(raw if raw is not None else project_dict(**changes)))
        return path

    return write
