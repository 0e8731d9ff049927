"""The waiting-list offer: a freed slot offered to a waiting family (issue "Fill this slot").

The clinic words it in Settings (`templates.MessageKind.WAITING_LIST_OFFER`); `{question}` asks
whether the student can come then, in the student's grammatical gender (`hebrew_forms`), or neutral.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from reinex_desktop.domain.enums import Gender
from reinex_desktop.domain.messages.hebrew_dates import hebrew_calendar_date, hebrew_day, numeric_date
from reinex_desktop.domain.messages.hebrew_forms import offer_question


@dataclass(frozen=True, slots=True)
class OfferFacts:
    """What an offer says about the slot, in the clinic's local time."""

    student: str
    student_first_name: str
    guardian: str
    day: date
    start: time
    end: time
    duration_minutes: int
    instructor: str
    service: str
    clinic: str
    gender: Gender | None = None

    def values(self) -> dict[str, str]:
        return {
            "student": self.student,
            "student_first_name": self.student_first_name,
            "guardian": self.guardian,
            "day": hebrew_day(self.day),
            "date": numeric_date(self.day),
            "hebrew_date": hebrew_calendar_date(self.day),
            "time": self.start.strftime("%H:%M"),
            "end_time": self.end.strftime("%H:%M"),
            "duration": str(self.duration_minutes),
            "instructor": self.instructor,
            "service": self.service,
            "clinic": self.clinic,
            "question": offer_question(self.student_first_name, self.gender),
        }
