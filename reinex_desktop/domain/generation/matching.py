"""Which existing lesson stands for a template's occurrence on a date (plan §5.2: never overwrite).

An occurrence is identified by the template's *lineage* (every version of it, linked by
`supersedes_template_id`) and the *occurrence date* — `metadata.occurrence_date` on generated
rows, else the local date of `datetime_start`. So a lesson moved by hand to another day or time
still stands for its original date and is never generated a second time, and a lesson generated
from version 1 still stands for its date after version 2 takes over (reset forward replaces it).

A participant of a generated group lesson carries its own `metadata.template_id`; a lesson whose
participants carry none (older rows) is matched through its own `template_id`, and, for group
members, through the student, the date and the service.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.clinic_time import local_date
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant, LessonTemplate

OccurrenceKey = tuple[UUID, date]


class Lineages:
    """The root version of every template: two versions of one series share a root."""

    def __init__(self, templates: Iterable[LessonTemplate]) -> None:
        self._parent: dict[UUID, UUID | None] = {t.id: t.supersedes_template_id for t in templates}
        self._root: dict[UUID, UUID] = {}

    def root(self, template_id: UUID) -> UUID:
        known = self._root.get(template_id)
        if known is not None:
            return known
        chain = [template_id]
        seen = {template_id}
        parent = self._parent.get(template_id)
        while parent is not None and parent in self._parent and parent not in seen:
            chain.append(parent)
            seen.add(parent)
            parent = self._parent.get(parent)
        root = chain[-1]
        for member in chain:
            self._root[member] = root
        return root

    def members(self, roots: Iterable[UUID]) -> frozenset[UUID]:
        """Every known template id whose lineage is one of `roots`."""
        wanted = set(roots)
        return frozenset(template_id for template_id in self._parent if self.root(template_id) in wanted)


def occurrence_date(lesson: LessonInstance, zone: ZoneInfo) -> date:
    """The date a lesson stands for: `metadata.occurrence_date`, else its local start date."""
    stored = lesson.metadata.get("occurrence_date")
    if isinstance(stored, str):
        try:
            return date.fromisoformat(stored)
        except ValueError:
            pass
    return local_date(lesson.datetime_start, zone)


@lru_cache(maxsize=65536)
def _uuid(text: str) -> UUID | None:
    try:
        return UUID(text)
    except ValueError:
        return None


def seat_template_id(participant: LessonParticipant) -> UUID | None:
    """The template a generated participant came from (`metadata.template_id`), if recorded."""
    value = participant.metadata.get("template_id")
    if not value:
        return None
    return value if isinstance(value, UUID) else _uuid(str(value))


class ExistingLessons:
    """Existing lessons indexed by occurrence, for the "never overwrite" rule of plan §5.3."""

    def __init__(self, lessons: Iterable[LessonInstance], lineages: Lineages, zone: ZoneInfo) -> None:
        self._by_occurrence: dict[OccurrenceKey, LessonInstance] = {}
        self._by_student: dict[tuple[UUID, date, UUID], LessonInstance] = {}
        for lesson in lessons:
            self._add(lesson, lineages, zone)

    def _add(self, lesson: LessonInstance, lineages: Lineages, zone: ZoneInfo) -> None:
        day = occurrence_date(lesson, zone)
        tagged = False
        for participant in lesson.participants:
            template_id = seat_template_id(participant)
            if template_id is not None:
                tagged = True
                self._by_occurrence.setdefault((lineages.root(template_id), day), lesson)
        if tagged or lesson.template_id is None:
            return
        self._by_occurrence.setdefault((lineages.root(lesson.template_id), day), lesson)
        for participant in lesson.participants:
            self._by_student.setdefault((participant.student_id, day, lesson.service_id), lesson)

    def match(self, root: UUID, day: date, student_id: UUID, service_id: UUID) -> LessonInstance | None:
        """The existing lesson standing for this occurrence, or None."""
        found = self._by_occurrence.get((root, day))
        if found is not None:
            return found
        return self._by_student.get((student_id, day, service_id))
