"""Attendance reads: a lesson's facts, loaded exactly as the attendance handlers load them."""

from __future__ import annotations

from uuid import UUID

from reinex_desktop.domain.attendance.facts import LessonFacts
from reinex_desktop.domain.charging.settings import charging_settings
from reinex_desktop.domain.clinic_time import clinic_zone
from reinex_desktop.sync.tenant_db.attendance_facts import lesson_facts, locked_lesson
from reinex_desktop.sync.tenant_db.reads_catalog import load_settings
from reinex_desktop.sync.tenant_db.session_base import SessionSource


class AttendanceReadsMixin(SessionSource):
    def attendance_facts(self, lesson_id: UUID) -> LessonFacts | None:
        with self.read_session() as session:
            found = locked_lesson(session, lesson_id, lock=False)
            if found is None:
                return None
            _row, lesson = found
            clinic = load_settings(session)
            charging, _problems = charging_settings(clinic.raw)
            return lesson_facts(session, lesson, charging, clinic_zone(clinic.timezone))
