"""Keyboard arithmetic of the grid: the focus cell, and moving or resizing a lesson by one step.

Directions are logical, not visual: FORWARD goes toward the next instructor (to the left in a
right-to-left grid), BACKWARD toward the first. The user interface maps arrow keys to them by the
layout direction, so the same rule serves Hebrew and English (REQUIREMENTS "Full keyboard operation").
A move or a resize keeps the lesson inside the day's rows and never below one 15-minute step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from uuid import UUID

from reinex_desktop.domain.calendar.rows import STEP, DayRows
from reinex_desktop.domain.clinic_time import SLOT_MINUTES
from reinex_desktop.domain.lessons import LessonInstance

#: The longest lesson a resize may make, in minutes.
MAX_DURATION_MINUTES = 8 * 60


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    BACKWARD = "backward"  # toward the first instructor
    FORWARD = "forward"  # toward the last instructor


@dataclass(frozen=True, slots=True)
class Cell:
    column: int
    row: int


def step_cell(cell: Cell, direction: Direction, columns: int, rows: int, *, by: int = 1) -> Cell:
    """The neighbouring cell in `direction`, clamped to the grid."""
    column, row = cell.column, cell.row
    if direction is Direction.UP:
        row -= by
    elif direction is Direction.DOWN:
        row += by
    elif direction is Direction.BACKWARD:
        column -= by
    else:
        column += by
    return Cell(min(max(column, 0), max(columns - 1, 0)), min(max(row, 0), max(rows - 1, 0)))


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a lesson is, or would be: instructor, UTC start, length."""

    instructor_id: UUID
    start: datetime
    duration_minutes: int

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)

    @classmethod
    def of(cls, lesson: LessonInstance) -> Placement:
        return cls(lesson.instructor_employee_id, lesson.datetime_start, lesson.duration_minutes)


def fits(placement: Placement, rows: DayRows) -> bool:
    """True when the placement lies inside the day's rows."""
    return rows.opening <= placement.start and placement.end <= rows.closing


def moved(placement: Placement, direction: Direction, rows: DayRows, instructors: Sequence[UUID]) -> Placement | None:
    """The placement one step away: 15 minutes earlier/later, or the neighbouring instructor's column.

    Returns None when the step would leave the grid (first or last column, first or last row).
    A lesson off the quarter-hour moves onto it first (10:10 up → 10:00, down → 10:15).
    """
    if direction in (Direction.UP, Direction.DOWN):
        offset = rows.minutes_from_opening(placement.start)
        quarters = offset / SLOT_MINUTES
        whole = int(quarters)
        on_grid = quarters == whole
        target = whole + 1 if direction is Direction.DOWN else whole - int(on_grid)
        if offset < 0 and direction is Direction.UP:
            return None
        candidate = replace(placement, start=rows.opening + target * STEP)
    else:
        if placement.instructor_id not in instructors:
            return None
        index = instructors.index(placement.instructor_id) + (1 if direction is Direction.FORWARD else -1)
        if not 0 <= index < len(instructors):
            return None
        candidate = replace(placement, instructor_id=instructors[index])
    return candidate if fits(candidate, rows) else None


def resized(placement: Placement, steps: int, rows: DayRows) -> Placement | None:
    """The placement made `steps` quarters longer (negative: shorter), ending on the quarter-hour grid.

    Never shorter than one step nor longer than `MAX_DURATION_MINUTES`; None when nothing changes or
    the end would leave the grid.
    """
    end_offset = rows.minutes_from_opening(placement.end)
    quarters = end_offset / SLOT_MINUTES
    if steps > 0:
        target_end = (int(quarters) + steps) * SLOT_MINUTES
    else:
        whole = int(quarters) if quarters == int(quarters) else int(quarters) + 1
        target_end = (whole + steps) * SLOT_MINUTES
    start_offset = rows.minutes_from_opening(placement.start)
    duration = round(target_end - start_offset)
    duration = min(max(duration, SLOT_MINUTES), MAX_DURATION_MINUTES)
    if duration == placement.duration_minutes:
        return None
    candidate = replace(placement, duration_minutes=duration)
    return candidate if fits(candidate, rows) else None
