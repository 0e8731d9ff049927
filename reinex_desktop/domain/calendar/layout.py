"""The day grid's layout, prepared once per day so painting never computes a rule.

Columns: one per active instructor, in the order of the `instructor_order` setting, then by name
(REQUIREMENTS screen 1). Blocks: one per lesson, with its rows, its status icon and, when lessons of
one instructor overlap, a lane: overlapping lessons stand side by side inside the column, each cluster
of mutually overlapping lessons sharing its width equally.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.calendar.rows import DayRows, day_rows
from reinex_desktop.domain.calendar.status import (
    CANCELLED_PARTICIPANT,
    Attention,
    StatusIcon,
    active_participants,
    attention_of,
    is_cancelled,
    status_icon,
)
from reinex_desktop.domain.catalog import Capability, Instructor, Service
from reinex_desktop.domain.clinic_time import day_of_week
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.settings import ClinicSettings
from reinex_desktop.domain.students.text_fold import fold

#: Rows of context kept above the first lesson when a day opens scrolled to it (half an hour).
LEAD_ROWS = 2


def name_key(name: str) -> str:
    """A sort key for Hebrew and Latin names, folded as the roster search folds them (final letters,
    niqqud, case)."""
    return fold(name)


def order_instructors(instructors: Iterable[Instructor], order: Sequence[str]) -> list[Instructor]:
    """Instructors in the configured order (`instructor_order`, ids as text), then the rest by name."""
    rank = {key: position for position, key in enumerate(order)}
    return sorted(instructors, key=lambda i: (rank.get(str(i.id), len(rank)), name_key(i.name), str(i.id)))


@dataclass(frozen=True, slots=True)
class Column:
    index: int
    instructor: Instructor
    #: False when the instructor's working days leave out this weekday (shaded, still bookable).
    works_today: bool = True


@dataclass(frozen=True, slots=True)
class Block:
    """One lesson placed on the grid: where it sits and what it shows."""

    lesson: LessonInstance
    column: int
    lane: int
    lanes: int
    #: Elapsed minutes from the grid's first row to the lesson's start and end.
    top_minutes: float
    bottom_minutes: float
    first_row: int
    row_count: int
    icon: StatusIcon
    attention: tuple[Attention, ...]
    service_name: str
    color: str | None
    #: Names of the participants who still count, or of all when the lesson is cancelled.
    names: tuple[str, ...]
    count: int
    capacity: int | None

    @property
    def lesson_id(self) -> UUID:
        return self.lesson.id

    @property
    def cancelled(self) -> bool:
        return self.icon is StatusIcon.CANCELLED

    @property
    def conflicted(self) -> bool:
        return Attention.CONFLICT in self.attention

    @property
    def is_group(self) -> bool:
        return (self.capacity or 1) > 1 or len(self.lesson.participants) > 1

    def covers_row(self, row: int) -> bool:
        return self.first_row <= row < self.first_row + self.row_count


@dataclass(frozen=True, slots=True)
class DayLayout:
    rows: DayRows
    columns: tuple[Column, ...]
    blocks: tuple[Block, ...]
    #: Block indices per column, ordered by start.
    by_column: tuple[tuple[int, ...], ...] = ()
    _by_lesson: Mapping[UUID, int] = field(default_factory=dict)

    @property
    def day(self) -> date:
        return self.rows.day

    def column_of(self, instructor_id: UUID) -> int | None:
        for column in self.columns:
            if column.instructor.id == instructor_id:
                return column.index
        return None

    def block_of(self, lesson_id: UUID) -> Block | None:
        index = self._by_lesson.get(lesson_id)
        return None if index is None else self.blocks[index]

    def blocks_at(self, column: int, row: int) -> list[Block]:
        """Blocks of `column` covering `row`, leftmost lane first."""
        if not 0 <= column < len(self.by_column):
            return []
        found = [self.blocks[i] for i in self.by_column[column] if self.blocks[i].covers_row(row)]
        return sorted(found, key=lambda b: b.lane)

    def column_blocks(self, column: int) -> list[Block]:
        return [self.blocks[i] for i in self.by_column[column]] if 0 <= column < len(self.by_column) else []

    def first_lesson_row(self) -> int | None:
        """The row the day's first lesson starts on; cancelled lessons count only when nothing else is booked."""
        live = [b.first_row for b in self.blocks if not b.cancelled]
        rows = live or [b.first_row for b in self.blocks]
        return min(rows) if rows else None

    def opening_top_row(self, visible_rows: int) -> int:
        """The top row of a day opened other than today (REQUIREMENTS screen 1, "initial scroll").

        The opening of business hours (the first row on a closed day), unless that hides the first
        lesson: a lesson booked before opening is shown from its row (the earlier of the two), and when
        the first lesson starts below the `visible_rows` shown from the opening, the day opens
        `LEAD_ROWS` above that lesson so the first lessons are in sight with a little context.
        """
        opening = 0
        if self.rows.business is not None:
            opening = self.rows.row_at(self.rows.business[0]) or 0
        first = self.first_lesson_row()
        if first is None:
            return opening
        if first <= opening:
            return first
        if first < opening + max(1, visible_rows - LEAD_ROWS):
            return opening
        return max(opening, first - LEAD_ROWS)


def assign_lanes(intervals: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """(lane, lanes in its cluster) for each interval [start, end), in the given order.

    Intervals are swept by start; each takes the lowest lane free at its start; a cluster (intervals
    linked by overlap) ends when every lane is free again, and all its members share its lane count.
    """
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i][0], -intervals[i][1], i))
    result: list[tuple[int, int]] = [(0, 1)] * len(intervals)
    lane_ends: list[float] = []
    cluster: list[int] = []
    cluster_end = float("-inf")

    def close_cluster() -> None:
        width = max((result[i][0] for i in cluster), default=0) + 1
        for i in cluster:
            result[i] = (result[i][0], width)
        cluster.clear()
        lane_ends.clear()

    for i in order:
        start, end = intervals[i]
        end = max(end, start)
        if cluster and start >= cluster_end:
            close_cluster()
        lane = next((n for n, lane_end in enumerate(lane_ends) if lane_end <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        result[i] = (lane, 1)
        cluster.append(i)
        cluster_end = max(cluster_end, end) if len(cluster) > 1 else end
    if cluster:
        close_cluster()
    return result


@dataclass(frozen=True, slots=True)
class LayoutInputs:
    """Everything a day's layout is computed from (plain data, already read)."""

    settings: ClinicSettings
    zone: ZoneInfo
    instructors: Sequence[Instructor]
    services: Mapping[UUID, Service]
    capabilities: Sequence[Capability]
    lessons: Sequence[LessonInstance]
    conflicted: Collection[UUID] = frozenset()
    low_balance: Collection[UUID] = frozenset()
    #: Show only these instructors' columns (None = all).
    visible: Collection[UUID] | None = None
    show_cancelled: bool = True


def layout_day(day: date, inputs: LayoutInputs) -> DayLayout:
    """Lay out `day`: rows, ordered columns, blocks with lanes and icons (REQUIREMENTS screen 1).

    An instructor who is inactive or absent from the list but has a lesson that day still gets a
    column, so no lesson is ever hidden by the catalog; the instructor filter (`visible`) hides on
    purpose.
    """
    lessons = [lesson for lesson in inputs.lessons if inputs.show_cancelled or not is_cancelled(lesson)]
    known = {i.id for i in inputs.instructors}
    extra = {
        lesson.instructor_employee_id: Instructor(lesson.instructor_employee_id, "?", is_active=False)
        for lesson in lessons
        if lesson.instructor_employee_id not in known
    }
    ordered = order_instructors([*inputs.instructors, *extra.values()], inputs.settings.instructor_order)
    if inputs.visible is not None:
        ordered = [i for i in ordered if i.id in inputs.visible]
    weekday = day_of_week(day)
    columns = tuple(
        Column(n, instructor, instructor.working_days is None or weekday in instructor.working_days)
        for n, instructor in enumerate(ordered)
    )
    column_of = {column.instructor.id: column.index for column in columns}
    lessons = [lesson for lesson in lessons if lesson.instructor_employee_id in column_of]
    rows = day_rows(day, inputs.settings, inputs.zone, extra=[(x.datetime_start, x.duration_minutes) for x in lessons])
    capacity = {(c.employee_id, c.service_id): c.max_students for c in inputs.capabilities}
    per_column: dict[int, list[LessonInstance]] = {column.index: [] for column in columns}
    for lesson in lessons:
        per_column[column_of[lesson.instructor_employee_id]].append(lesson)
    blocks: list[Block] = []
    by_column: list[tuple[int, ...]] = []
    for column in columns:
        own = sorted(per_column[column.index], key=lambda x: (x.datetime_start, -x.duration_minutes, str(x.id)))
        spans = [_minutes(rows, lesson) for lesson in own]
        lanes = assign_lanes(spans)
        indices = []
        for lesson, (top, bottom), (lane, width) in zip(own, spans, lanes, strict=True):
            indices.append(len(blocks))
            blocks.append(_block(lesson, column.index, lane, width, top, bottom, rows, inputs, capacity))
        by_column.append(tuple(indices))
    by_lesson = {block.lesson.id: n for n, block in enumerate(blocks)}
    return DayLayout(rows, columns, tuple(blocks), tuple(by_column), by_lesson)


def _minutes(rows: DayRows, lesson: LessonInstance) -> tuple[float, float]:
    top = rows.minutes_from_opening(lesson.datetime_start)
    return top, top + max(lesson.duration_minutes, 1)


def _block(
    lesson: LessonInstance,
    column: int,
    lane: int,
    lanes: int,
    top: float,
    bottom: float,
    rows: DayRows,
    inputs: LayoutInputs,
    capacity: Mapping[tuple[UUID, UUID], int],
) -> Block:
    attention = attention_of(
        lesson,
        conflicted=lesson.id in inputs.conflicted,
        low_balance=lesson.id in inputs.low_balance,
    )
    icon = status_icon(lesson, attention)
    counting = active_participants(lesson)
    shown = lesson.participants if icon is StatusIcon.CANCELLED else counting
    if not shown:
        shown = tuple(p for p in lesson.participants if p.participant_status not in CANCELLED_PARTICIPANT)
    service = inputs.services.get(lesson.service_id)
    first, count = rows.row_span(lesson.datetime_start, lesson.duration_minutes)
    return Block(
        lesson=lesson,
        column=column,
        lane=lane,
        lanes=lanes,
        top_minutes=top,
        bottom_minutes=bottom,
        first_row=first,
        row_count=count,
        icon=icon,
        attention=attention,
        service_name=service.name if service else "",
        color=service.color if service else None,
        names=tuple(p.student_name or "?" for p in shown),
        count=len(counting),
        capacity=capacity.get((lesson.instructor_employee_id, lesson.service_id)),
    )
