"""Colours colour-blind readers can tell apart: each set the charts use stays distinct under simulated
protanopia, deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009, full severity)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from nnbuilder import colours

SIMULATIONS = {
    "normal vision": np.eye(3),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]),
}  # fmt: skip
SRGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
WHITE = np.array([0.95047, 1.0, 1.08883])


def _linear(colour: str | tuple[int, int, int]) -> np.ndarray:
    rgb = np.array(colour if isinstance(colour, tuple) else [int(colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    return np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)


def _lab(linear_rgb: np.ndarray) -> np.ndarray:
    x, y, z = SRGB_TO_XYZ @ np.clip(linear_rgb, 0, 1) / WHITE

    def f(t: float) -> float:
        return np.cbrt(t) if t > 0.008856 else 7.787 * t + 16 / 116

    return np.array([116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))])


def closest_pair(colour_set) -> dict[str, float]:
    """The smallest colour difference (CIE76 ΔE) between two members, as each kind of vision sees it."""
    return {
        vision: min(
            float(np.linalg.norm(_lab(matrix @ _linear(a)) - _lab(matrix @ _linear(b))))
            for a, b in itertools.combinations(colour_set, 2)
        )
        for vision, matrix in SIMULATIONS.items()
    }


@pytest.mark.parametrize(
    ("name", "colour_set", "at_least"),
    [
        ("categories and runs", colours.CATEGORICAL, 15),
        ("training and validation curves", (colours.TRAINING, colours.VALIDATION), 40),
        ("two classes", colours.CLASS_PAIR, 40),
        ("good and bad", (colours.GOOD, colours.BAD), 40),
        ("negative and positive weights", (colours.DIVERGING[0], colours.DIVERGING[2]), 25),
    ],
)
def test_colour_sets_stay_apart_for_colour_blind_readers(name, colour_set, at_least):
    differences = closest_pair(colour_set)
    assert min(differences.values()) >= at_least, f"{name}: {differences}"


def test_the_check_would_catch_matplotlibs_red_and_green():
    assert closest_pair(("#2ca02c", "#d62728"))["deuteranopia"] < 15
