"""Keyboard arithmetic: focus cell, move by a quarter hour or a column, resize."""

from __future__ import annotations

import uuid

from reinex_desktop.domain.calendar.moves import Cell, Direction, Placement, moved, resized, step_cell
from reinex_desktop.domain.calendar.rows import day_rows
from reinex_desktop.domain.settings import ClinicSettings
from tests.domain.calendar_builders import DAY, ZONE, at

ROWS = day_rows(DAY, ClinicSettings(), ZONE)
A, B, C = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def test_focus_cell_moves_and_stays_inside_the_grid():
    assert step_cell(Cell(0, 0), Direction.UP, 3, 56) == Cell(0, 0)
    assert step_cell(Cell(0, 0), Direction.DOWN, 3, 56) == Cell(0, 1)
    assert step_cell(Cell(0, 0), Direction.FORWARD, 3, 56) == Cell(1, 0)
    assert step_cell(Cell(2, 55), Direction.FORWARD, 3, 56) == Cell(2, 55)
    assert step_cell(Cell(2, 55), Direction.DOWN, 3, 56, by=8) == Cell(2, 55)
    assert step_cell(Cell(2, 10), Direction.UP, 3, 56, by=8) == Cell(2, 2)


def test_move_by_a_quarter_hour_and_to_the_neighbouring_instructor():
    here = Placement(B, at("10:00"), 45)
    assert moved(here, Direction.UP, ROWS, [A, B, C]) == Placement(B, at("09:45"), 45)
    assert moved(here, Direction.DOWN, ROWS, [A, B, C]) == Placement(B, at("10:15"), 45)
    assert moved(here, Direction.FORWARD, ROWS, [A, B, C]) == Placement(C, at("10:00"), 45)
    assert moved(here, Direction.BACKWARD, ROWS, [A, B, C]) == Placement(A, at("10:00"), 45)


def test_an_off_grid_lesson_snaps_onto_the_quarter_hour():
    odd = Placement(A, at("10:10"), 30)
    assert moved(odd, Direction.UP, ROWS, [A]).start == at("10:00")
    assert moved(odd, Direction.DOWN, ROWS, [A]).start == at("10:15")


def test_moves_never_leave_the_grid():
    first = Placement(A, at("07:00"), 45)
    assert moved(first, Direction.UP, ROWS, [A, B]) is None
    assert moved(first, Direction.BACKWARD, ROWS, [A, B]) is None
    last = Placement(B, at("20:15"), 45)
    assert moved(last, Direction.DOWN, ROWS, [A, B]) is None
    assert moved(last, Direction.FORWARD, ROWS, [A, B]) is None


def test_resize_by_quarters_never_below_one_quarter():
    here = Placement(A, at("10:00"), 45)
    assert resized(here, 1, ROWS) == Placement(A, at("10:00"), 60)
    assert resized(here, -1, ROWS) == Placement(A, at("10:00"), 30)
    short = Placement(A, at("10:00"), 15)
    assert resized(short, -1, ROWS) is None
    odd = Placement(A, at("10:00"), 40)
    assert resized(odd, -1, ROWS).duration_minutes == 30
    assert resized(odd, 1, ROWS).duration_minutes == 45
    late = Placement(A, at("20:15"), 45)
    assert resized(late, 1, ROWS) is None
