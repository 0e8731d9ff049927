"""The family confirmation: one message to a guardian for all of a family's lessons of one day.

Plan §6.1–6.2 with REQUIREMENTS screen 10: the desk confirms the next business day family by
family, so a parent of two riders gets one message listing both lessons, with the arrival
question in the children's grammatical gender (`hebrew_forms`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from reinex_desktop.domain.enums import Gender
from reinex_desktop.domain.messages.hebrew_dates import hebrew_calendar_date, hebrew_day, numeric_date
from reinex_desktop.domain.messages.hebrew_forms import arrival_question, join_names


@dataclass(frozen=True, slots=True)
class FamilyLessonFacts:
    """One lesson as the family message lists it (clinic local time)."""

    start: time
    end: time
    student_first_name: str
    gender: Gender | None
    service: str
    instructor: str

    def line(self, *, own: bool = False) -> str:
        """ "• בשעה 16:30 – רכיבה טיפולית של נועה עם יעל לוי".

        The start time only, between words: a range ("16:30–17:15") inside a right-to-left
        paragraph is shown reversed by many phones.
        """
        whose = "" if own else f" של {self.student_first_name}"  # own: the message goes to the student
        text = f"• בשעה {self.start:%H:%M} – {self.service}{whose}"
        return f"{text} עם {self.instructor}" if self.instructor else text


@dataclass(frozen=True, slots=True)
class FamilyMessageFacts:
    guardian: str
    day: date
    clinic: str
    lessons: tuple[FamilyLessonFacts, ...]
    #: The contact is the student themself (an adult, relationship `self`): spoken to directly.
    to_student: bool = False

    def children(self) -> list[tuple[str, Gender | None]]:
        """Each child once, in the order of their first lesson."""
        seen: dict[str, Gender | None] = {}
        for lesson in sorted(self.lessons, key=lambda item: item.start):
            seen.setdefault(lesson.student_first_name, lesson.gender)
        return list(seen.items())

    def values(self) -> dict[str, str]:
        ordered: Sequence[FamilyLessonFacts] = sorted(
            self.lessons, key=lambda item: (item.start, item.student_first_name)
        )
        children = self.children()
        return {
            "guardian": self.guardian,
            "children": join_names([name for name, _gender in children]),
            "lessons": "\n".join(lesson.line(own=self.to_student) for lesson in ordered),
            "question": arrival_question(children, to_student=self.to_student),
            "day": hebrew_day(self.day),
            "date": numeric_date(self.day),
            "hebrew_date": hebrew_calendar_date(self.day),
            "clinic": self.clinic,
        }
