"""Message templates stored in `"Settings"` (key `message_templates`), and their rendering (plan §6.1).

A template is the clinic's own Hebrew text with placeholders in braces — `{student}`,
`{guardian}`, `{day}`, `{date}`, `{time}`, `{instructor}`, `{service}`, `{clinic}` and a few more.
The family confirmation (one message per guardian for all of a family's lessons of a day) has
placeholders of its own (`{lessons}`, `{children}`, `{question}`); `{question}` is the arrival
question in the student's grammatical gender, or a neutral phrasing — never a "מגיע/ה" slash form.
The waiting-list offer (a freed slot offered to a waiting family, `offer.OfferFacts`) has the lesson
placeholders, its `{question}` asking whether the student can come then.
A template naming an unknown placeholder, or with a stray brace, is refused with a message that
says which; a malformed stored template falls back to the default, so a message can always be sent.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import Any, Protocol

from reinex_desktop.domain.enums import Gender
from reinex_desktop.domain.messages.hebrew_dates import hebrew_calendar_date, hebrew_day, numeric_date
from reinex_desktop.domain.messages.hebrew_forms import arrival_question
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

KEY_MESSAGE_TEMPLATES = "message_templates"
MAX_LENGTH = 1000
CONTEXT = "Messages"


class MessageKind(StrEnum):
    CONFIRMATION = "confirmation"
    REMINDER = "reminder"
    CANCELLATION = "cancellation"
    FAMILY_CONFIRMATION = "family_confirmation"
    WAITING_LIST_OFFER = "waiting_list_offer"


#: The kinds about one lesson of one student (`MessageFacts`); the family kind has its own facts.
LESSON_KINDS = (MessageKind.CONFIRMATION, MessageKind.REMINDER, MessageKind.CANCELLATION)


#: Placeholder → what it stands for (source text for the help in the settings screen).
PLACEHOLDERS: Mapping[str, str] = {
    "student": QT_TRANSLATE_NOOP("Messages", "the student's full name"),
    "student_first_name": QT_TRANSLATE_NOOP("Messages", "the student's first name"),
    "guardian": QT_TRANSLATE_NOOP("Messages", "the guardian's first name"),
    "day": QT_TRANSLATE_NOOP("Messages", "the day of the week, in Hebrew"),
    "date": QT_TRANSLATE_NOOP("Messages", "the date, day.month.year"),
    "hebrew_date": QT_TRANSLATE_NOOP("Messages", "the date in the Hebrew calendar"),
    "time": QT_TRANSLATE_NOOP("Messages", "the start time"),
    "end_time": QT_TRANSLATE_NOOP("Messages", "the end time"),
    "duration": QT_TRANSLATE_NOOP("Messages", "the length in minutes"),
    "instructor": QT_TRANSLATE_NOOP("Messages", "the instructor's name"),
    "service": QT_TRANSLATE_NOOP("Messages", "the service"),
    "clinic": QT_TRANSLATE_NOOP("Messages", "the clinic's name"),
    "question": QT_TRANSLATE_NOOP(
        "Messages", "the arrival question in the student's gender (or neutral when the gender is not set)"
    ),
}

#: The family confirmation's placeholders: one message for all of a family's lessons of a day.
FAMILY_PLACEHOLDERS: Mapping[str, str] = {
    "guardian": QT_TRANSLATE_NOOP("Messages", "the guardian's first name"),
    "children": QT_TRANSLATE_NOOP("Messages", 'the children\'s first names ("Noa and Dan")'),
    "lessons": QT_TRANSLATE_NOOP("Messages", "one line per lesson: time, service, child, instructor"),
    "question": QT_TRANSLATE_NOOP(
        "Messages", "the arrival question in the children's gender (or neutral when the gender is not set)"
    ),
    "day": QT_TRANSLATE_NOOP("Messages", "the day of the week, in Hebrew"),
    "date": QT_TRANSLATE_NOOP("Messages", "the date, day.month.year"),
    "hebrew_date": QT_TRANSLATE_NOOP("Messages", "the date in the Hebrew calendar"),
    "clinic": QT_TRANSLATE_NOOP("Messages", "the clinic's name"),
}


#: The waiting-list offer's placeholders: the slot offered, and whether the student can come then.
OFFER_PLACEHOLDERS: Mapping[str, str] = {
    **{name: meaning for name, meaning in PLACEHOLDERS.items() if name != "question"},
    "question": QT_TRANSLATE_NOOP(
        "Messages", "whether the student can come then, in the student's gender (or neutral when it is not set)"
    ),
}


def placeholders_of(kind: MessageKind) -> Mapping[str, str]:
    """The placeholders a template of `kind` may use."""
    if kind is MessageKind.FAMILY_CONFIRMATION:
        return FAMILY_PLACEHOLDERS
    return OFFER_PLACEHOLDERS if kind is MessageKind.WAITING_LIST_OFFER else PLACEHOLDERS


DEFAULT_TEMPLATES: Mapping[MessageKind, str] = {
    MessageKind.CONFIRMATION: (
        "שלום {guardian}, כאן {clinic}. נשמח לאשר את השיעור של {student} – {service} עם {instructor} "
        "ב{day}, {date}, בשעה {time}. {question} אפשר להשיב כן או לא. תודה!"
    ),
    MessageKind.REMINDER: (
        "שלום {guardian}, תזכורת: {service} של {student} עם {instructor} ב{day}, {date}, בשעה {time}. נתראה ב{clinic}!"
    ),
    MessageKind.CANCELLATION: (
        "שלום {guardian}, השיעור של {student} ({service} עם {instructor}) ב{day}, {date}, בשעה {time} בוטל. "
        "לתיאום מועד חלופי אפשר להשיב להודעה זו. {clinic}"
    ),
    MessageKind.FAMILY_CONFIRMATION: (
        "שלום {guardian}, כאן {clinic}. ב{day}, {date} קבענו:\n{lessons}\n{question} אפשר להשיב כן או לא. תודה!"
    ),
    MessageKind.WAITING_LIST_OFFER: (
        "שלום {guardian}, כאן {clinic}. התפנה מקום ל{student_first_name}: {service} עם {instructor} "
        "ב{day}, {date}, בשעה {time}. {question} אם כן, השיבו להודעה זו ונקבע את השיעור. תודה!"
    ),
}

#: E-mail subjects, in Hebrew like the templates.
SUBJECTS: Mapping[MessageKind, str] = {
    MessageKind.CONFIRMATION: "{clinic}: אישור הגעה לשיעור ב{day}, {date}",
    MessageKind.REMINDER: "{clinic}: תזכורת לשיעור ב{day}, {date}",
    MessageKind.CANCELLATION: "{clinic}: השיעור ב{day}, {date} בוטל",
    MessageKind.FAMILY_CONFIRMATION: "{clinic}: אישור הגעה לשיעורים ב{day}, {date}",
    MessageKind.WAITING_LIST_OFFER: "{clinic}: התפנה מקום ב{day}, {date}",
}

_EMPTY = QT_TRANSLATE_NOOP("Messages", "A message template cannot be empty.")
_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "A message template can be at most {max} characters long.")
_UNKNOWN = QT_TRANSLATE_NOOP("Messages", "The template uses an unknown placeholder: {{{name}}}.")
_BRACES = QT_TRANSLATE_NOOP("Messages", "The template has a stray brace; placeholders are written like {{student}}.")
_NOT_TEMPLATES = QT_TRANSLATE_NOOP("Messages", "Message templates must map each message kind to its text.")


def _refuse(text: str, **params: Any) -> DomainError:
    return DomainError(Message(CONTEXT, text, params), code="invalid_template")


def validate_template(text: Any, kind: MessageKind = MessageKind.CONFIRMATION) -> str:
    """The template, trimmed, if every placeholder is known for `kind` and the braces are balanced."""
    if not isinstance(text, str) or not text.strip():
        raise _refuse(_EMPTY)
    cleaned: str = text.strip()
    if len(cleaned) > MAX_LENGTH:
        raise _refuse(_TOO_LONG, max=MAX_LENGTH)
    try:
        fields = [(name, spec, conversion) for _lit, name, spec, conversion in string.Formatter().parse(cleaned)]
    except ValueError:
        raise _refuse(_BRACES) from None
    for name, spec, conversion in fields:
        if name is None:
            continue
        if name not in placeholders_of(kind):
            raise _refuse(_UNKNOWN, name=name or "")
        if spec or conversion:
            raise _refuse(_BRACES)
    return cleaned


def parse_templates(value: Any) -> dict[MessageKind, str]:
    """Stored `message_templates` → a template per kind (missing kinds keep the default)."""
    if not isinstance(value, Mapping):
        raise _refuse(_NOT_TEMPLATES)
    templates = dict(DEFAULT_TEMPLATES)
    for key, text in value.items():
        try:
            kind = MessageKind(str(key))
        except ValueError:
            raise _refuse(_NOT_TEMPLATES) from None
        templates[kind] = validate_template(text, kind)
    return templates


def templates_to_json(templates: Mapping[MessageKind, str]) -> dict[str, str]:
    return {kind.value: templates[kind] for kind in MessageKind if kind in templates}


def clinic_templates(raw: Mapping[str, Any]) -> tuple[dict[MessageKind, str], list[str]]:
    """The templates stored in `ClinicSettings.raw`; the defaults (and the key named) when malformed."""
    stored = raw.get(KEY_MESSAGE_TEMPLATES)
    if stored is None:
        return dict(DEFAULT_TEMPLATES), []
    try:
        return parse_templates(stored), []
    except DomainError:
        return dict(DEFAULT_TEMPLATES), [KEY_MESSAGE_TEMPLATES]


@dataclass(frozen=True, slots=True)
class MessageFacts:
    """What a message says about one lesson, in the clinic's local time."""

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
    #: The student's grammatical gender (`students.metadata.gender`); None → neutral wording.
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
            "question": arrival_question(((self.student_first_name, self.gender),)),
        }


class Facts(Protocol):
    def values(self) -> dict[str, str]: ...


def render(template: str, facts: Facts) -> str:
    """Fill a (validated) template; a template that slipped through malformed renders as the default."""
    try:
        return template.format(**facts.values())
    except (KeyError, ValueError, IndexError):
        return template


def render_subject(kind: MessageKind, facts: Facts) -> str:
    return SUBJECTS[kind].format(**facts.values())
