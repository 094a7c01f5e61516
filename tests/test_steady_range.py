"""The steady y range of the learning curves: it moves in steps, never hides a value."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nnbuilder.app.steady_range import ROOM, SHRINK, steady_bounds


def test_the_first_bounds_are_the_data():
    assert steady_bounds(None, (1.0, 5.0)) == (1.0, 5.0)


def test_data_inside_and_filling_enough_keep_the_range():
    assert steady_bounds((0.0, 6.0), (1.0, 5.0)) == (0.0, 6.0)


def test_a_falling_value_gets_room_below_but_not_under_zero():
    assert steady_bounds((3.0, 6.0), (2.0, 6.0)) == (2.0 - ROOM * 4.0, 6.0)
    assert steady_bounds((3.0, 6.0), (0.5, 6.0), floor=0.0) == (0.0, 6.0)
    assert steady_bounds((3.0, 6.0), (0.5, 6.0)) == (0.5 - ROOM * 5.5, 6.0)  # a log axis has no floor


def test_a_rising_value_gets_room_above_and_the_other_side_stays():
    assert steady_bounds((0.0, 1.0), (0.2, 1.5)) == (0.0, 1.5 + ROOM * 1.3)


def test_data_shrunk_to_a_small_part_of_the_range_are_fitted_again():
    assert steady_bounds((0.0, 10.0), (4.0, 4.0 + SHRINK * 10.0 - 0.1)) == (4.0, 8.9)


values = st.floats(-1e6, 1e6, allow_nan=False)


@given(values, values, values, values)
def test_the_range_always_holds_the_data(a, b, c, d):
    kept = (min(a, b), max(a, b))
    data = (min(c, d), max(c, d))
    low, high = steady_bounds(kept, data, floor=0.0 if data[0] >= 0 else None)
    assert low <= data[0] and data[1] <= high
