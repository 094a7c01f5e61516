"""Colours that colour-blind readers can tell apart (Okabe & Ito's palette), for every chart that
tells things apart by colour: curves, classes, runs. tests/test_colours.py checks each set under
simulated protanopia, deuteranopia and tritanopia."""

from __future__ import annotations

# Okabe & Ito (2008), "Color Universal Design", without its yellow, which a white chart hides.
CATEGORICAL = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000")
TRAINING, VALIDATION = "#0072B2", "#E69F00"  # blue and orange: the learning curves' pair
TRAINING_ON_DARK = "#56B4E9"  # the same blue, light enough to read on a dark or high-contrast chart
CLASS_PAIR = ("#E69F00", "#0072B2")  # class 0 and class 1 of a two-class table
GOOD, BAD = "#0072B2", "#D55E00"  # a verdict's colour; the words always say it too
DIVERGING = ((33, 102, 172), (247, 247, 247), (178, 24, 43))  # negative, zero, positive (ColorBrewer RdBu)


def categorical(index: int) -> str:
    """The ``index``-th colour of a set of categories, repeating after seven."""
    return CATEGORICAL[index % len(CATEGORICAL)]
