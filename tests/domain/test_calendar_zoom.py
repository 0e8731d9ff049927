"""The day grid's zoom rules: the ladder of steps, fitting the instructors, and initials."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reinex_desktop.domain.calendar.zoom import (
    DEFAULT_STEP,
    FIT_COLUMNS,
    MAX_STEP,
    MIN_STEP,
    Zoom,
    column_width,
    initials,
    row_height,
)

steps = st.integers(MIN_STEP, MAX_STEP)


@given(steps)
def test_zooming_in_never_shrinks_and_out_never_grows(step: int) -> None:
    zoom = Zoom(step)
    for smaller, larger in ((zoom.zoomed_out(), zoom), (zoom, zoom.zoomed_in())):
        assert column_width(smaller, 120, 40, 40, 1200) <= column_width(larger, 120, 40, 40, 1200)
        assert row_height(smaller, 30, 20) <= row_height(larger, 30, 20)
    assert Zoom(MAX_STEP).zoomed_in().step == MAX_STEP and Zoom(MIN_STEP).zoomed_out().step == MIN_STEP
    assert zoom.reset() == Zoom(DEFAULT_STEP, False)


@given(st.integers(1, 80), st.integers(300, 4000), st.integers(20, 60), steps, st.booleans())
def test_columns_never_under_the_floor_and_share_the_width_when_they_fit(
    columns: int, available: int, floor: int, step: int, fit: bool
) -> None:
    width = column_width(Zoom(step, fit), 120, floor, columns, available)
    assert width >= floor
    if columns * floor <= available:
        assert width >= available // columns
        if fit:
            assert width == available // columns, "fitted: exactly the whole width, no scrolling"


@given(st.integers(21, 80), st.integers(800, 4000))
def test_fit_shows_twenty_at_a_time_when_all_do_not_fit(columns: int, available: int) -> None:
    floor = 40
    width = column_width(Zoom(MIN_STEP, True), 120, floor, columns, available)
    if available // columns < floor and available // FIT_COLUMNS >= floor:
        assert available // width >= FIT_COLUMNS


def test_rows_keep_a_line_of_text() -> None:
    assert row_height(Zoom(MIN_STEP), 22, 21) == 21


def test_stored_values_read_back_and_nonsense_is_the_default() -> None:
    assert Zoom.of("2", "true") == Zoom(2, True)
    assert Zoom.of(None, None) == Zoom()
    assert Zoom.of("x", "false") == Zoom()
    assert Zoom.of(99) == Zoom(MAX_STEP)


def test_initials() -> None:
    assert initials("Dana Cohen") == "DC"
    assert initials("דנה כהן") == "ד\u05f4כ"
    assert initials("שירה בן-דוד") == "שב\u05f4ד"
    assert initials("Madonna") == "Ma"
    assert initials("  ") == ""
