"""Whether a lesson falls when the clinic is open (REQUIREMENTS screen 12: booking on a closed day,
a holiday or outside business hours warns and needs an explicit yes).

Not a refusal: a clinic may choose to open on a holiday for one lesson; the desk is only asked.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from reinex_desktop.domain.clinic_time import day_of_week
from reinex_desktop.domain.generation.calendar import closed_reason
from reinex_desktop.domain.generation.reasons import SkipReason
from reinex_desktop.domain.settings import ClinicSettings
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message

CONTEXT = "Opening"

_CLOSED_WEEKDAY = QT_TRANSLATE_NOOP("Opening", "The clinic does not open on this weekday.")
_CLOSURE = QT_TRANSLATE_NOOP("Opening", "The clinic is closed on {date}.")
_HOLIDAY = QT_TRANSLATE_NOOP("Opening", "{date} is a holiday; the clinic is closed.")
_OUTSIDE_HOURS = QT_TRANSLATE_NOOP("Opening", "The lesson is outside business hours ({opening}–{closing}).")


def _isolated(text: str) -> str:
    return f"\u2066{text}\u2069"


def opening_problem(
    start: datetime, end: datetime, settings: ClinicSettings, holidays: Mapping[date, str]
) -> Message | None:
    """Why a lesson from `start` to `end` (clinic local time) is outside opening, or None.

    The weekly day off, a closure the clinic decided and an observed Israeli holiday are the days
    generation skips (plan §5.3); on an open day the lesson must lie within that day's hours.
    """
    day = start.date()
    shown = _isolated(day.strftime("%d/%m/%Y"))
    reason = closed_reason(day, settings, holidays)
    if reason is SkipReason.CLOSED_WEEKDAY:
        return Message(CONTEXT, _CLOSED_WEEKDAY)
    if reason is SkipReason.CLOSURE:
        return Message(CONTEXT, _CLOSURE, {"date": shown})
    if reason is SkipReason.HOLIDAY:
        return Message(CONTEXT, _HOLIDAY, {"date": shown})
    hours = settings.hours_on(day_of_week(day))
    if hours is None:
        return Message(CONTEXT, _CLOSED_WEEKDAY)
    opening, closing = hours
    if start.time() < opening or end.date() != day or end.time() > closing:
        return Message(
            CONTEXT,
            _OUTSIDE_HOURS,
            {"opening": _isolated(opening.strftime("%H:%M")), "closing": _isolated(closing.strftime("%H:%M"))},
        )
    return None
