"""The questions before a clinic cancellation: the whole lesson, one participant, or one date of a
series. Each says what will happen in numbers; "keep" is the default button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reinex_desktop.domain.calendar.status import active_participants
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.ui.calendar import prompts

CONTEXT = "CancelPrompts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ask_cancel_lesson(parent: QWidget | None, lesson: LessonInstance, what: str) -> bool:
    """Before "cancel the whole lesson (by the clinic)"."""
    count = len(active_participants(lesson))
    return prompts.ask_destructive(
        parent,
        _tr(QT_TRANSLATE_NOOP("CancelPrompts", "Cancel the lesson")),
        _tr(QT_TRANSLATE_NOOP("CancelPrompts", "Cancel the lesson {what} by the clinic?")).format(what=what),
        _tr(
            QT_TRANSLATE_NOOP(
                "CancelPrompts",
                "Students whose lesson will be cancelled: {count}. The clinic cancels: nobody is charged.",
            )
        ).format(count=count),
        _tr(QT_TRANSLATE_NOOP("CancelPrompts", "Cancel the lesson")),
        _tr(QT_TRANSLATE_NOOP("CancelPrompts", "Keep the lesson")),
    )


def ask_cancel_participant(parent: QWidget | None, lesson: LessonInstance, student: str, what: str) -> bool:
    """Before cancelling one participant by the clinic."""
    others = max(0, len(active_participants(lesson)) - 1)
    return prompts.ask_destructive(
        parent,
        _tr(QT_TRANSLATE_NOOP("CancelPrompts", "Cancel for one student")),
        _tr(QT_TRANSLATE_NOOP("CancelPrompts", "Cancel the lesson {what} for {student}, by the clinic?")).format(
            what=what, student=student
        ),
        _tr(
            QT_TRANSLATE_NOOP(
                "CancelPrompts",
                "{student} is not charged. Other students who stay on the lesson: {count}.",
            )
        ).format(student=student, count=others),
        _tr(QT_TRANSLATE_NOOP("CancelPrompts", "Cancel for this student")),
        _tr(QT_TRANSLATE_NOOP("CancelPrompts", "Keep the lesson")),
    )


def ask_cancel_date(parent: QWidget | None, lesson: LessonInstance, what: str) -> bool:
    """Before "cancel this date only" of a weekly series."""
    count = len(active_participants(lesson))
    return prompts.ask_destructive(
        parent,
        _tr(QT_TRANSLATE_NOOP("CancelPrompts", "Cancel this date only")),
        _tr(QT_TRANSLATE_NOOP("CancelPrompts", "Cancel the lesson {what} on this date only?")).format(what=what),
        _tr(
            QT_TRANSLATE_NOOP(
                "CancelPrompts",
                "Students whose lesson will be cancelled: {count}; nobody is charged. "
                "Every other date of the series stays as it is.",
            )
        ).format(count=count),
        _tr(QT_TRANSLATE_NOOP("CancelPrompts", "Cancel this date")),
        _tr(QT_TRANSLATE_NOOP("CancelPrompts", "Keep the lesson")),
    )
