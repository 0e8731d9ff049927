"""Slot matching: every slot a waiting-list entry could take, ranked and explained (REQUIREMENTS screen 7).

A slot is offered to an entry when every rule holds:

- the day is open: a business weekday, not a closure, not an observed Israeli holiday
  (`domain.generation.calendar.closed_reason`), and the whole lesson lies inside its business hours;
- it is not already past (`not_before`);
- the instructor gives the desired service (a row of `instructor_service_capabilities`);
- **joining a group**: an existing, not cancelled lesson of the desired service whose active
  participants are fewer than the instructor's `max_students` for it, and the student is not in it;
  **free time**: a start on the day's 15-minute grid where the instructor works that weekday and has
  no lesson for the service's whole duration;
- the student has no other lesson overlapping it;
- the entry's preferred days and preferred time windows hold (`entries.WaitingListEntry`): they say
  when the family can come. Preferred instructors are a wish, not a limit: a slot with another
  instructor is still offered, marked "prefers Noa ✗", and ranked below.

Ranking of one entry's slots: a preferred instructor +40, joining a group with room +30 (a seat filled
earns without a new hour), minus one per day from the first day (sooner first); at equal score the
earlier start, then the instructor earlier in the grid's order. Entries themselves are served
priority first, then by waiting time (`entries.queue_order`); a family willing to pay a premium
counts as waiting two weeks longer than it has (`entries.PREMIUM_HEAD_START`) — it passes entries of
its own rank that asked less than two weeks before it, never a priority entry when it has none, and
never one that has waited longer than that. The premium does not change the order of one entry's slots.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.calendar.rows import STEP, day_rows
from reinex_desktop.domain.calendar.status import active_participants, is_cancelled
from reinex_desktop.domain.catalog import Capability, Instructor, Service
from reinex_desktop.domain.clinic_time import SLOT_MINUTES, daterange, day_of_week
from reinex_desktop.domain.generation.calendar import closed_reason, israeli_holidays
from reinex_desktop.domain.generation.reasons import SkipReason
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.settings import ClinicSettings
from reinex_desktop.domain.waiting_list import minutes as m
from reinex_desktop.domain.waiting_list.entries import TimeWindow, WaitingListEntry, queue_order
from reinex_desktop.domain.waiting_list.reasons import Reason, ReasonCode

DEFAULT_DURATION = 45
SCORE_PREFERRED_INSTRUCTOR = 40
SCORE_JOIN_GROUP = 30
DEFAULT_WEEKS = 4


class SlotKind(StrEnum):
    JOIN = "join"
    FREE = "free"


@dataclass(frozen=True, slots=True)
class Clinic:
    """What matching reads: settings, active instructors in grid order, capabilities, services and
    every lesson that overlaps the range (all instructors and students, with participants)."""

    settings: ClinicSettings
    zone: ZoneInfo
    instructors: Sequence[Instructor]
    capabilities: Collection[Capability]
    services: Mapping[UUID, Service]
    lessons: Sequence[LessonInstance]
    #: Israeli holidays by date; None reads them from the `holidays` package for the range.
    holidays: Mapping[date, str] | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """One slot offered to one entry, with its score and the reasons behind it."""

    entry_id: UUID
    kind: SlotKind
    day: date
    start: datetime  # UTC
    duration_minutes: int
    instructor_id: UUID
    service_id: UUID
    score: int
    reasons: tuple[Reason, ...]
    #: The group lesson the student would join (JOIN only).
    lesson_id: UUID | None = None
    #: Active participants already in the group, and the instructor's `max_students` for the service.
    taken: int = 0
    capacity: int = 1

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True, slots=True)
class Opening:
    """A freed slot: an instructor's time from `start` (a cancelled lesson), or a seat in a group
    lesson that still runs (`lesson_id`, a cancelled participant)."""

    instructor_id: UUID
    start: datetime
    lesson_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class EntryMatches:
    entry: WaitingListEntry
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True)
class _Day:
    day: date
    weekday: int
    origin: datetime  # the first grid start inside business hours, UTC
    size: int  # minutes from origin to closing
    grid: int  # bits of the 15-minute starts
    origin_ts: float = 0.0  # `origin` as a POSIX timestamp, for fast indexing

    def instant(self, minute: int) -> datetime:
        return self.origin + timedelta(minutes=minute)


_CLOSED_CODES = {
    SkipReason.CLOSED_WEEKDAY: ReasonCode.CLOSED_WEEKDAY,
    SkipReason.CLOSURE: ReasonCode.CLOSURE,
    SkipReason.HOLIDAY: ReasonCode.HOLIDAY,
}


class Matcher:
    """The clinic over [first, last], indexed once; then any number of entries matched against it."""

    def __init__(self, clinic: Clinic, first: date, last: date, *, not_before: datetime | None = None) -> None:
        self.clinic = clinic
        self.first = first
        self.last = last
        self.not_before = not_before
        self._holidays = dict(clinic.holidays if clinic.holidays is not None else israeli_holidays(first, last))
        self._capacity = {(c.employee_id, c.service_id): max(1, c.max_students) for c in clinic.capabilities}
        self._instructors = {i.id: i for i in clinic.instructors}
        self._order = {i.id: n for n, i in enumerate(clinic.instructors)}
        self._givers: dict[UUID, list[Instructor]] = defaultdict(list)
        for instructor in clinic.instructors:
            for capability in clinic.capabilities:
                if capability.employee_id == instructor.id and instructor not in self._givers[capability.service_id]:
                    self._givers[capability.service_id].append(instructor)
        self._days: dict[date, _Day] = {}
        for day in daterange(first, last):
            opened = self._open_day(day)
            if opened is not None:
                self._days[day] = opened
        self._instructor_busy: dict[tuple[UUID, date], int] = defaultdict(int)
        self._student_busy: dict[tuple[UUID, date], int] = defaultdict(int)
        self._lessons: dict[UUID, LessonInstance] = {}
        self._by_instructor: dict[tuple[UUID, date], list[LessonInstance]] = defaultdict(list)
        self._by_student: dict[tuple[UUID, date], list[LessonInstance]] = defaultdict(list)
        self._joinable: dict[tuple[UUID, date], list[LessonInstance]] = defaultdict(list)
        for lesson in clinic.lessons:
            self._index(lesson)
        self._runs: dict[tuple[UUID, date, int], list[tuple[UUID, int]]] = {}
        self._windows: dict[tuple[tuple[TimeWindow, ...], date, int], int] = {}

    # --- the index ----------------------------------------------------------------------------------

    def _open_day(self, day: date) -> _Day | None:
        if closed_reason(day, self.clinic.settings, self._holidays) is not None:
            return None
        rows = day_rows(day, self.clinic.settings, self.clinic.zone)
        if rows.business is None:
            return None
        origin = rows.opening
        while origin < rows.business[0]:
            origin += STEP
        size = m.minutes_between(origin, rows.business[1])
        if size <= 0:
            return None
        grid = sum(1 << p for p in range(0, size, SLOT_MINUTES))
        return _Day(day, day_of_week(day), origin, size, grid, origin.timestamp())

    def _index(self, lesson: LessonInstance) -> None:
        self._lessons[lesson.id] = lesson
        if is_cancelled(lesson):
            return
        zone = self.clinic.zone
        begin, finish = lesson.datetime_start, lesson.datetime_end
        begin_ts, finish_ts = begin.timestamp(), finish.timestamp()
        start_local = begin.astimezone(zone)
        start_day = start_local.date()
        days = [start_day]
        if start_local.hour * 60 + start_local.minute + lesson.duration_minutes > 23 * 60:
            end_day = (finish - timedelta(microseconds=1)).astimezone(zone).date()
            if end_day != start_day:
                days.append(end_day)
        active = active_participants(lesson)
        teacher = lesson.instructor_employee_id
        for day in days:
            self._by_instructor[(teacher, day)].append(lesson)
            for participant in active:
                self._by_student[(participant.student_id, day)].append(lesson)
            opened = self._days.get(day)
            if opened is None:
                continue
            first = int((begin_ts - opened.origin_ts) // 60)
            last = -int(-(finish_ts - opened.origin_ts) // 60)
            touched = m.span(first, last, opened.size)
            self._instructor_busy[(teacher, day)] |= touched
            for participant in active:
                self._student_busy[(participant.student_id, day)] |= touched
        capacity = self._capacity.get((lesson.instructor_employee_id, lesson.service_id))
        if start_day in self._days and capacity is not None and len(active) < capacity:
            # Only groups with a seat left can be joined: a full or private lesson is never a candidate.
            self._joinable[(lesson.service_id, start_day)].append(lesson)

    def duration_of(self, service_id: UUID) -> int:
        service = self.clinic.services.get(service_id)
        return service.duration_minutes if service and service.duration_minutes else DEFAULT_DURATION

    def _supply(self, service_id: UUID, opened: _Day, length: int) -> list[tuple[UUID, int]]:
        """(instructor, starts where a lesson of `length` fits their free time) for every instructor
        who gives the service and works that weekday; computed once per service, day and length."""
        key = (service_id, opened.day, length)
        found = self._runs.get(key)
        if found is None:
            found = []
            full = (1 << opened.size) - 1
            for instructor in self._givers.get(service_id, ()):
                if instructor.working_days is not None and opened.weekday not in instructor.working_days:
                    continue
                free = full & ~self._instructor_busy.get((instructor.id, opened.day), 0)
                starts = m.runs(free, length)
                if starts:
                    found.append((instructor.id, starts))
            self._runs[key] = found
        return found

    def _allowed_starts(self, entry: WaitingListEntry, opened: _Day, length: int) -> int:
        """Grid starts on the day inside a preferred window, not past, not colliding with the student."""
        key = (entry.preferred_times, opened.day, length)
        allowed = self._windows.get(key)
        if allowed is None:
            allowed = self._windows[key] = self._window_starts(entry, opened, length)
        if allowed:
            busy = self._student_busy.get((entry.student_id, opened.day), 0)
            if busy:
                allowed &= ~m.reach(busy, length)
        return allowed

    def _window_starts(self, entry: WaitingListEntry, opened: _Day, length: int) -> int:
        earliest = 0
        if self.not_before is not None:
            earliest = max(0, m.minutes_between(opened.origin, self.not_before, up=True))
        if not entry.preferred_times:
            return m.span(earliest, opened.size, opened.size) & opened.grid
        allowed = 0
        zone = self.clinic.zone
        for window in entry.preferred_times:
            if window.day is not None and window.day != opened.weekday:
                continue
            begin = datetime.combine(opened.day, window.start, tzinfo=zone)
            finish = datetime.combine(opened.day, window.end, tzinfo=zone)
            low = max(earliest, m.minutes_between(opened.origin, begin, up=True))
            high = m.minutes_between(opened.origin, finish) - length + 1
            allowed |= m.span(low, high, opened.size)
        return allowed & opened.grid

    # --- matching -----------------------------------------------------------------------------------

    def match(self, entry: WaitingListEntry, *, limit: int | None = None, distinct: bool = False) -> list[Candidate]:
        """Every slot the entry could take in the range, best first (at most `limit`). With `distinct`,
        an instructor's free time offers only its earliest start each day, so a short list shows
        different days and instructors rather than 15:00, 15:15 and 15:30 with the same person."""
        service_id = entry.desired_service_id
        length = self.duration_of(service_id)
        givers = self._givers.get(service_id, [])
        preferred = set(entry.instructor_preferences)
        # Groups of candidates sharing a score and a day: (sort key, kind, instructor, day, starts or lesson).
        groups: list[tuple[tuple[int, int], SlotKind, UUID, _Day, int | LessonInstance]] = []
        for day, opened in self._days.items():
            if not entry.day_allowed(opened.weekday):
                continue
            offset = (day - self.first).days
            allowed = self._allowed_starts(entry, opened, length) if givers else 0
            if allowed:
                for instructor_id, free in self._supply(service_id, opened, length):
                    starts = free & allowed
                    if starts:
                        score = (SCORE_PREFERRED_INSTRUCTOR if preferred and instructor_id in preferred else 0) - offset
                        groups.append(((-score, day.toordinal()), SlotKind.FREE, instructor_id, opened, starts))
            for lesson in self._joinable.get((service_id, day), ()):
                if self._join_refusals(entry, lesson, opened, stop_early=True):
                    continue
                bonus = SCORE_PREFERRED_INSTRUCTOR if lesson.instructor_employee_id in preferred else 0
                score = SCORE_JOIN_GROUP + bonus - offset
                groups.append(((-score, day.toordinal()), SlotKind.JOIN, lesson.instructor_employee_id, opened, lesson))
        groups.sort(key=lambda group: group[0])
        # Light rows first; a Candidate (with its reasons) is built only for the slots that make the cut.
        rows: list[tuple[int, datetime, int, SlotKind, UUID, _Day, LessonInstance | None]] = []
        for index, (key, kind, instructor_id, opened, payload) in enumerate(groups):
            if limit is not None and len(rows) >= limit and key > groups[index - 1][0]:
                break
            score = -key[0]
            order = self._order.get(instructor_id, 0)
            if isinstance(payload, LessonInstance):
                rows.append((score, payload.datetime_start, order, kind, instructor_id, opened, payload))
            else:
                # A group shares its score: only its earliest `limit` starts can make the cut.
                for minute in m.bits(payload, 1 if distinct else limit):
                    rows.append((score, opened.instant(minute), order, kind, instructor_id, opened, None))
        rows.sort(key=lambda row: (-row[0], row[1], row[2], row[3]))
        chosen = []
        for score, start, _order, kind, instructor_id, opened, joined in rows if limit is None else rows[:limit]:
            if joined is not None:
                chosen.append(self._join_candidate(entry, joined, opened, score))
            else:
                chosen.append(self._candidate(entry, kind, instructor_id, opened, start, length, score))
        return chosen

    def match_all(
        self, entries: Iterable[WaitingListEntry], *, limit: int | None = 5, distinct: bool = True
    ) -> list[EntryMatches]:
        """The open entries in queue order (priority, then waiting time), each with its best slots."""
        return [
            EntryMatches(entry, tuple(self.match(entry, limit=limit, distinct=distinct)))
            for entry in queue_order([e for e in entries if e.is_open])
        ]

    def for_opening(
        self, opening: Opening, entries: Iterable[WaitingListEntry]
    ) -> list[tuple[WaitingListEntry, Candidate]]:
        """The open entries that fit a freed slot exactly (its own start, on the grid or not), in queue order,
        each with the slot as its candidate."""
        found = []
        for entry in queue_order([e for e in entries if e.is_open]):
            if opening.lesson_id is not None:
                lesson = self._lessons.get(opening.lesson_id)
                if lesson is None or lesson.service_id != entry.desired_service_id:
                    continue
            if self.refusals(entry, opening.instructor_id, opening.start, lesson_id=opening.lesson_id, stop_early=True):
                continue
            candidate = self.candidate_at(entry, opening.instructor_id, opening.start, lesson_id=opening.lesson_id)
            if candidate is not None:
                found.append((entry, candidate))
        return found

    # --- one slot, checked rule by rule ------------------------------------------------------------

    def candidate_at(
        self, entry: WaitingListEntry, instructor_id: UUID, start: datetime, *, lesson_id: UUID | None = None
    ) -> Candidate | None:
        """The candidate for this exact slot, or None when a rule refuses it (see `refusals`)."""
        if self.refusals(entry, instructor_id, start, lesson_id=lesson_id, stop_early=True):
            return None
        day = start.astimezone(self.clinic.zone).date()
        opened = self._days.get(day) or self._open_day(day)
        if opened is None:
            return None
        offset = (day - self.first).days
        bonus = SCORE_PREFERRED_INSTRUCTOR if instructor_id in entry.instructor_preferences else 0
        if lesson_id is not None:
            return self._join_candidate(entry, self._lessons[lesson_id], opened, SCORE_JOIN_GROUP + bonus - offset)
        length = self.duration_of(entry.desired_service_id)
        return self._candidate(entry, SlotKind.FREE, instructor_id, opened, start, length, bonus - offset)

    def refusals(
        self,
        entry: WaitingListEntry,
        instructor_id: UUID,
        start: datetime,
        *,
        lesson_id: UUID | None = None,
        stop_early: bool = False,
    ) -> tuple[Reason, ...]:
        """Every rule the slot breaks for the entry (none: it may be offered). With `lesson_id` the slot
        is a seat in that lesson (its instructor, start and duration); otherwise the instructor's free
        time from `start` for the desired service's duration."""
        zone = self.clinic.zone
        lesson = self._lessons.get(lesson_id) if lesson_id is not None else None
        if lesson is not None:
            instructor_id, start, length = lesson.instructor_employee_id, lesson.datetime_start, lesson.duration_minutes
        else:
            length = self.duration_of(entry.desired_service_id)
        day = start.astimezone(zone).date()
        weekday = day_of_week(day)
        name = self._name(instructor_id)
        reasons: list[Reason] = []
        holidays = self._holidays if self.first <= day <= self.last else israeli_holidays(day, day)
        closed = closed_reason(day, self.clinic.settings, holidays)
        if closed is not None:
            params: dict[str, object] = {"day": weekday, "holiday": holidays.get(day, "")}
            return (Reason(_CLOSED_CODES[closed], False, params),)
        opened = self._days.get(day) or self._open_day(day)
        end = start + timedelta(minutes=length)
        if opened is None or start < opened.origin or end > opened.instant(opened.size):
            reasons.append(Reason(ReasonCode.OUTSIDE_HOURS, False))
        if self.not_before is not None and start < self.not_before:
            reasons.append(Reason(ReasonCode.PAST, False))
        if (instructor_id, entry.desired_service_id) not in self._capacity:
            reasons.append(Reason(ReasonCode.NO_CAPABILITY, False, {"instructor": name}))
        if lesson_id is not None:
            if lesson is None or is_cancelled(lesson):
                reasons.append(Reason(ReasonCode.LESSON_CANCELLED, False))
            elif opened is not None:
                reasons.extend(self._join_refusals(entry, lesson, opened, stop_early=False))
        else:
            instructor = self._instructors.get(instructor_id)
            days = instructor.working_days if instructor is not None else None
            if days is not None and weekday not in days:
                reasons.append(Reason(ReasonCode.NOT_WORKING, False, {"instructor": name, "day": weekday}))
            if any(
                lesson_.datetime_start < end and start < lesson_.datetime_end
                for lesson_ in self._by_instructor.get((instructor_id, day), ())
            ):
                reasons.append(Reason(ReasonCode.INSTRUCTOR_BUSY, False, {"instructor": name}))
            if self._student_busy_between(entry.student_id, day, start, end, except_lesson=None):
                reasons.append(Reason(ReasonCode.STUDENT_BUSY, False))
            reasons.extend(self._preference_refusals(entry, weekday, start, end))
        if stop_early and reasons:
            return tuple(reasons[:1])
        unique = {reason.code: reason for reason in reversed(reasons)}
        return tuple(reason for reason in reasons if unique.get(reason.code) is reason)

    def _join_refusals(
        self, entry: WaitingListEntry, lesson: LessonInstance, opened: _Day, *, stop_early: bool
    ) -> list[Reason]:
        reasons: list[Reason] = []
        if lesson.service_id != entry.desired_service_id:
            reasons.append(Reason(ReasonCode.OTHER_SERVICE, False))
        capacity = self._capacity.get((lesson.instructor_employee_id, lesson.service_id))
        if capacity is None:
            name = self._name(lesson.instructor_employee_id)
            reasons.append(Reason(ReasonCode.NO_CAPABILITY, False, {"instructor": name}))
        if stop_early and reasons:
            return reasons
        active = active_participants(lesson)
        if any(p.student_id == entry.student_id for p in active):
            reasons.append(Reason(ReasonCode.ALREADY_IN_GROUP, False))
        elif capacity is not None and len(active) >= capacity:
            reasons.append(Reason(ReasonCode.GROUP_FULL, False, {"taken": len(active), "capacity": capacity}))
        start, end = lesson.datetime_start, lesson.datetime_end
        if stop_early and reasons:
            return reasons
        if start < opened.origin or end > opened.instant(opened.size):
            reasons.append(Reason(ReasonCode.OUTSIDE_HOURS, False))
        if self.not_before is not None and start < self.not_before:
            reasons.append(Reason(ReasonCode.PAST, False))
        if self._student_busy_between(entry.student_id, opened.day, start, end, except_lesson=lesson.id):
            reasons.append(Reason(ReasonCode.STUDENT_BUSY, False))
        reasons.extend(self._preference_refusals(entry, opened.weekday, start, end))
        return reasons

    def _student_busy_between(
        self, student_id: UUID, day: date, start: datetime, end: datetime, *, except_lesson: UUID | None
    ) -> bool:
        return any(
            lesson.id != except_lesson and lesson.datetime_start < end and start < lesson.datetime_end
            for lesson in self._by_student.get((student_id, day), ())
        )

    def _preference_refusals(
        self, entry: WaitingListEntry, weekday: int, start: datetime, end: datetime
    ) -> list[Reason]:
        reasons = []
        if not entry.day_allowed(weekday):
            reasons.append(Reason(ReasonCode.DAY_NOT_PREFERRED, False, {"day": weekday}))
        zone = self.clinic.zone
        if not entry.time_allowed(weekday, start.astimezone(zone).time(), end.astimezone(zone).time()):
            reasons.append(Reason(ReasonCode.TIME_NOT_PREFERRED, False))
        return reasons

    # --- candidates and their reasons --------------------------------------------------------------

    def _name(self, instructor_id: UUID) -> str:
        instructor = self._instructors.get(instructor_id)
        return instructor.name if instructor else ""

    def _join_candidate(self, entry: WaitingListEntry, lesson: LessonInstance, opened: _Day, score: int) -> Candidate:
        capacity = self._capacity.get((lesson.instructor_employee_id, lesson.service_id), 1)
        taken = len(active_participants(lesson))
        return self._candidate(
            entry,
            SlotKind.JOIN,
            lesson.instructor_employee_id,
            opened,
            lesson.datetime_start,
            lesson.duration_minutes,
            score,
            lesson=lesson,
            taken=taken,
            capacity=capacity,
        )

    def _candidate(
        self,
        entry: WaitingListEntry,
        kind: SlotKind,
        instructor_id: UUID,
        opened: _Day,
        start: datetime,
        length: int,
        score: int,
        *,
        lesson: LessonInstance | None = None,
        taken: int = 0,
        capacity: int | None = None,
    ) -> Candidate:
        zone = self.clinic.zone
        local_start = start.astimezone(zone).time()
        local_end = (start + timedelta(minutes=length)).astimezone(zone).time()
        reasons: list[Reason] = []
        if entry.preferred_days:
            reasons.append(Reason(ReasonCode.DAY, True, {"day": opened.weekday}))
        for window in entry.preferred_times:
            if window.holds(opened.weekday, local_start, local_end):
                params: dict[str, object] = {"start": f"{window.start:%H:%M}", "end": f"{window.end:%H:%M}"}
                code = ReasonCode.WINDOW_ANY_DAY
                if window.day is not None:
                    params["day"], code = window.day, ReasonCode.WINDOW
                reasons.append(Reason(code, True, params))
                break
        if entry.instructor_preferences:
            mine = instructor_id in entry.instructor_preferences
            names = [self._name(i) for i in entry.instructor_preferences if (i == instructor_id) == mine]
            reasons.append(Reason(ReasonCode.INSTRUCTOR, mine, {"instructor": ", ".join(n for n in names if n)}))
        if kind is SlotKind.JOIN:
            reasons.append(Reason(ReasonCode.GROUP, True, {"taken": taken, "capacity": capacity or 1}))
        else:
            reasons.append(Reason(ReasonCode.FREE_TIME, True, {"instructor": self._name(instructor_id)}))
        own_capacity = capacity or self._capacity.get((instructor_id, entry.desired_service_id), 1)
        return Candidate(
            entry_id=entry.id,
            kind=kind,
            day=opened.day,
            start=start,
            duration_minutes=length,
            instructor_id=instructor_id,
            service_id=entry.desired_service_id,
            score=score,
            reasons=tuple(reasons),
            lesson_id=lesson.id if lesson is not None else None,
            taken=taken,
            capacity=own_capacity,
        )


def match_range(first: date, weeks: int = DEFAULT_WEEKS) -> tuple[date, date]:
    """[first, last] covering `weeks` weeks from `first`."""
    return first, first + timedelta(days=7 * weeks - 1)
