"""Why an occurrence gives no new lesson, and why a lesson may not be removed (plan §5.3).

Both vocabularies travel in reports (stored as JSON in `generation_runs.report`) by their string
values; their sentences are marked for translation here so every screen and the command line
explain a skip or a refusal in the same words.
"""

from __future__ import annotations

from enum import StrEnum

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message

CONTEXT = "Generation"


class SkipReason(StrEnum):
    """Why a template's date produces no new lesson in a plan."""

    CANCEL_OVERRIDE = "cancel_override"
    HOLIDAY = "holiday"
    CLOSURE = "closure"
    CLOSED_WEEKDAY = "closed_weekday"
    OUTSIDE_VALIDITY = "outside_validity"
    SUPERSEDED = "superseded"
    INACTIVE_TEMPLATE = "inactive_template"
    PAST = "past"
    DUPLICATE = "duplicate"


class Blocker(StrEnum):
    """A safety condition of undo / reset forward that a lesson fails (plan §5.3)."""

    OTHER_RUN = "other_run"
    NOT_GENERATED = "not_generated"
    NOT_FUTURE = "not_future"
    LESSON_NOT_SCHEDULED = "lesson_not_scheduled"
    PARTICIPANT_NOT_SCHEDULED = "participant_not_scheduled"
    DOCUMENTED = "documented"
    CONSUMPTION = "consumption"
    EARNINGS = "earnings"
    CHARGED = "charged"
    MANUALLY_EDITED = "manually_edited"
    HAND_ADDED_PARTICIPANT = "hand_added_participant"
    PARTICIPANT_REMOVED = "participant_removed"
    CONFIRMED = "confirmed"
    PRICE_SET = "price_set"
    TIME_CHANGED = "time_changed"
    INSTRUCTOR_CHANGED = "instructor_changed"
    SERVICE_CHANGED = "service_changed"
    LOCKED = "locked"


_SKIP_TEXT: dict[SkipReason, str] = {
    SkipReason.CANCEL_OVERRIDE: QT_TRANSLATE_NOOP("Generation", "Cancelled for this date"),
    SkipReason.HOLIDAY: QT_TRANSLATE_NOOP("Generation", "Holiday"),
    SkipReason.CLOSURE: QT_TRANSLATE_NOOP("Generation", "Clinic closed that day"),
    SkipReason.CLOSED_WEEKDAY: QT_TRANSLATE_NOOP("Generation", "The clinic is closed on this weekday"),
    SkipReason.OUTSIDE_VALIDITY: QT_TRANSLATE_NOOP("Generation", "Outside the template's validity"),
    SkipReason.SUPERSEDED: QT_TRANSLATE_NOOP("Generation", "Replaced by a newer version of the template"),
    SkipReason.INACTIVE_TEMPLATE: QT_TRANSLATE_NOOP("Generation", "The template is inactive"),
    SkipReason.PAST: QT_TRANSLATE_NOOP("Generation", "The time has already passed"),
    SkipReason.DUPLICATE: QT_TRANSLATE_NOOP("Generation", "The student already has this lesson from another template"),
}

_BLOCKER_TEXT: dict[Blocker, str] = {
    Blocker.OTHER_RUN: QT_TRANSLATE_NOOP("Generation", "Not created by this run"),
    Blocker.NOT_GENERATED: QT_TRANSLATE_NOOP("Generation", "Not created by weekly generation"),
    Blocker.NOT_FUTURE: QT_TRANSLATE_NOOP("Generation", "Already started or in the past"),
    Blocker.LESSON_NOT_SCHEDULED: QT_TRANSLATE_NOOP("Generation", "The lesson is no longer scheduled"),
    Blocker.PARTICIPANT_NOT_SCHEDULED: QT_TRANSLATE_NOOP("Generation", "A participant's status was changed"),
    Blocker.DOCUMENTED: QT_TRANSLATE_NOOP("Generation", "The lesson is documented"),
    Blocker.CONSUMPTION: QT_TRANSLATE_NOOP("Generation", "A charge was consumed from a commitment"),
    Blocker.EARNINGS: QT_TRANSLATE_NOOP("Generation", "Instructor earnings are linked to it"),
    Blocker.CHARGED: QT_TRANSLATE_NOOP("Generation", "A price was already charged"),
    Blocker.MANUALLY_EDITED: QT_TRANSLATE_NOOP("Generation", "Edited by hand"),
    Blocker.HAND_ADDED_PARTICIPANT: QT_TRANSLATE_NOOP("Generation", "A participant was added by hand"),
    Blocker.PARTICIPANT_REMOVED: QT_TRANSLATE_NOOP("Generation", "A participant was removed by hand"),
    Blocker.CONFIRMED: QT_TRANSLATE_NOOP("Generation", "A participant's attendance was confirmed"),
    Blocker.PRICE_SET: QT_TRANSLATE_NOOP("Generation", "A price was set for this lesson"),
    Blocker.TIME_CHANGED: QT_TRANSLATE_NOOP("Generation", "Its time or length was changed"),
    Blocker.INSTRUCTOR_CHANGED: QT_TRANSLATE_NOOP("Generation", "Its instructor was changed"),
    Blocker.SERVICE_CHANGED: QT_TRANSLATE_NOOP("Generation", "Its service was changed"),
    Blocker.LOCKED: QT_TRANSLATE_NOOP("Generation", "The lesson is locked"),
}


def skip_text(reason: SkipReason) -> Message:
    """The sentence that explains a skipped date."""
    return Message(CONTEXT, _SKIP_TEXT[reason])


def blocker_text(blocker: Blocker) -> Message:
    """The sentence that explains why a lesson was kept by undo or reset forward."""
    return Message(CONTEXT, _BLOCKER_TEXT[blocker])
