"""Why a slot is offered to an entry, or why it is not: each reason a translatable sentence.

A candidate's reasons read like "prefers Monday ✓, prefers Noa ✗, group has 2/4"; an excluded
slot's reason names the rule that failed. Weekday names are translated separately from the
sentence they fill, so Hebrew word order stays the translator's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message

CONTEXT = "WaitingListReasons"

DAY_NAMES = (
    QT_TRANSLATE_NOOP("WaitingListReasons", "Sunday"),
    QT_TRANSLATE_NOOP("WaitingListReasons", "Monday"),
    QT_TRANSLATE_NOOP("WaitingListReasons", "Tuesday"),
    QT_TRANSLATE_NOOP("WaitingListReasons", "Wednesday"),
    QT_TRANSLATE_NOOP("WaitingListReasons", "Thursday"),
    QT_TRANSLATE_NOOP("WaitingListReasons", "Friday"),
    QT_TRANSLATE_NOOP("WaitingListReasons", "Saturday"),
)


class ReasonCode(StrEnum):
    # What a candidate carries (ok = True unless said otherwise).
    DAY = "day"
    WINDOW = "window"
    WINDOW_ANY_DAY = "window_any_day"
    INSTRUCTOR = "instructor"  # ok = False when the family prefers someone else
    GROUP = "group"
    FREE_TIME = "free_time"
    # Why a slot is excluded (ok = False).
    CLOSED_WEEKDAY = "closed_weekday"
    CLOSURE = "closure"
    HOLIDAY = "holiday"
    OUTSIDE_HOURS = "outside_hours"
    PAST = "past"
    NO_CAPABILITY = "no_capability"
    NOT_WORKING = "not_working"
    INSTRUCTOR_BUSY = "instructor_busy"
    GROUP_FULL = "group_full"
    OTHER_SERVICE = "other_service"
    LESSON_CANCELLED = "lesson_cancelled"
    ALREADY_IN_GROUP = "already_in_group"
    STUDENT_BUSY = "student_busy"
    DAY_NOT_PREFERRED = "day_not_preferred"
    TIME_NOT_PREFERRED = "time_not_preferred"


_TEXTS: Mapping[tuple[ReasonCode, bool], str] = {
    (ReasonCode.DAY, True): QT_TRANSLATE_NOOP("WaitingListReasons", "prefers {day}"),
    (ReasonCode.WINDOW, True): QT_TRANSLATE_NOOP("WaitingListReasons", "prefers {day} {start}–{end}"),
    (ReasonCode.WINDOW_ANY_DAY, True): QT_TRANSLATE_NOOP("WaitingListReasons", "prefers {start}–{end}"),
    (ReasonCode.INSTRUCTOR, True): QT_TRANSLATE_NOOP("WaitingListReasons", "prefers {instructor}"),
    (ReasonCode.INSTRUCTOR, False): QT_TRANSLATE_NOOP("WaitingListReasons", "prefers {instructor}"),
    (ReasonCode.GROUP, True): QT_TRANSLATE_NOOP("WaitingListReasons", "group has {taken}/{capacity}"),
    (ReasonCode.FREE_TIME, True): QT_TRANSLATE_NOOP("WaitingListReasons", "free time of {instructor}"),
    (ReasonCode.CLOSED_WEEKDAY, False): QT_TRANSLATE_NOOP("WaitingListReasons", "the clinic is closed on {day}"),
    (ReasonCode.CLOSURE, False): QT_TRANSLATE_NOOP("WaitingListReasons", "the clinic is closed that day"),
    (ReasonCode.HOLIDAY, False): QT_TRANSLATE_NOOP("WaitingListReasons", "holiday: {holiday}"),
    (ReasonCode.OUTSIDE_HOURS, False): QT_TRANSLATE_NOOP("WaitingListReasons", "outside business hours"),
    (ReasonCode.PAST, False): QT_TRANSLATE_NOOP("WaitingListReasons", "already past"),
    (ReasonCode.NO_CAPABILITY, False): QT_TRANSLATE_NOOP(
        "WaitingListReasons", "{instructor} does not give this service"
    ),
    (ReasonCode.NOT_WORKING, False): QT_TRANSLATE_NOOP("WaitingListReasons", "{instructor} does not work on {day}"),
    (ReasonCode.INSTRUCTOR_BUSY, False): QT_TRANSLATE_NOOP(
        "WaitingListReasons", "{instructor} has another lesson then"
    ),
    (ReasonCode.GROUP_FULL, False): QT_TRANSLATE_NOOP("WaitingListReasons", "the group is full ({taken}/{capacity})"),
    (ReasonCode.OTHER_SERVICE, False): QT_TRANSLATE_NOOP("WaitingListReasons", "the lesson is of another service"),
    (ReasonCode.LESSON_CANCELLED, False): QT_TRANSLATE_NOOP("WaitingListReasons", "the lesson is cancelled"),
    (ReasonCode.ALREADY_IN_GROUP, False): QT_TRANSLATE_NOOP(
        "WaitingListReasons", "the student is already in this lesson"
    ),
    (ReasonCode.STUDENT_BUSY, False): QT_TRANSLATE_NOOP("WaitingListReasons", "the student has another lesson then"),
    (ReasonCode.DAY_NOT_PREFERRED, False): QT_TRANSLATE_NOOP("WaitingListReasons", "{day} is not a preferred day"),
    (ReasonCode.TIME_NOT_PREFERRED, False): QT_TRANSLATE_NOOP("WaitingListReasons", "outside the preferred hours"),
}


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason: the rule, whether it holds (✓) or not (✗), and what fills its sentence."""

    code: ReasonCode
    ok: bool
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> Message:
        return Message(CONTEXT, _TEXTS[(self.code, self.ok)], dict(self.params))

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The sentence with its mark, translated by `translate(context, text)` when one is given."""
        params = dict(self.params)
        if isinstance(params.get("day"), int):
            name = DAY_NAMES[params["day"]]
            params["day"] = translate(CONTEXT, name) if translate else name
        source = _TEXTS[(self.code, self.ok)]
        text = translate(CONTEXT, source) if translate else source
        return f"{text.format(**params)} {'✓' if self.ok else '✗'}"


def render_reasons(reasons: tuple[Reason, ...], translate: Callable[[str, str], str] | None = None) -> str:
    return ", ".join(reason.render(translate) for reason in reasons)
