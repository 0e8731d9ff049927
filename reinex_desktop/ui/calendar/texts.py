"""Words of the calendar: statuses, attention reasons, times, tooltips and screen-reader descriptions.

Everything is translated at display time; times and counts are isolated left-to-right inside Hebrew.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from reinex_desktop.domain.calendar.layout import Block
from reinex_desktop.domain.calendar.status import CANCELLED_PARTICIPANT, Attention, StatusIcon
from reinex_desktop.domain.conflicts import Conflict
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.ui.labels import isolate_ltr, label, message_text

CONTEXT = "CalendarTexts"

_STATUS = {
    StatusIcon.UNDOCUMENTED: QT_TRANSLATE_NOOP("CalendarTexts", "Not documented yet"),
    StatusIcon.COMPLETED: QT_TRANSLATE_NOOP("CalendarTexts", "Completed"),
    StatusIcon.NO_SHOW: QT_TRANSLATE_NOOP("CalendarTexts", "No-show"),
    StatusIcon.ATTENTION: QT_TRANSLATE_NOOP("CalendarTexts", "Needs attention"),
    StatusIcon.CANCELLED: QT_TRANSLATE_NOOP("CalendarTexts", "Cancelled"),
}
_ATTENTION = {
    Attention.CONFLICT: QT_TRANSLATE_NOOP("CalendarTexts", "Scheduling conflict"),
    Attention.UNPAID: QT_TRANSLATE_NOOP("CalendarTexts", "Charge not covered by a commitment"),
    Attention.FLAG: QT_TRANSLATE_NOOP("CalendarTexts", "Flagged for attention"),
    Attention.LOW_BALANCE: QT_TRANSLATE_NOOP("CalendarTexts", "Commitment balance low or used up"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_text(icon: StatusIcon) -> str:
    return _tr(_STATUS[icon])


def attention_text(reason: Attention) -> str:
    return _tr(_ATTENTION[reason])


def clock(instant: datetime, zone: ZoneInfo) -> str:
    """ "HH:MM" of `instant` on the clinic's clock."""
    local = instant.astimezone(zone)
    return f"{local.hour:02d}:{local.minute:02d}"


def time_range(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    return isolate_ltr(f"{clock(start, zone)}–{clock(end, zone)}")


def seats(block: Block) -> str:
    """ "3/6" for a group lesson (students counted / capacity), "" for a private one."""
    if not block.is_group:
        return ""
    if block.capacity:
        return isolate_ltr(f"{block.count}/{block.capacity}")
    return isolate_ltr(str(block.count))


def block_title(block: Block) -> str:
    names = ", ".join(block.names) if block.names else QCoreApplication.translate("CalendarTexts", "No participants")
    count = seats(block)
    return (
        QCoreApplication.translate("CalendarTexts", "{seats} {names}").format(seats=count, names=names)
        if count
        else names
    )


def block_tooltip(block: Block, zone: ZoneInfo, instructor: str, conflicts: tuple[Conflict, ...] = ()) -> str:
    lesson = block.lesson
    lines = [
        QCoreApplication.translate("CalendarTexts", "{time} · {service} · {instructor}").format(
            time=time_range(lesson.datetime_start, lesson.datetime_end, zone),
            service=block.service_name,
            instructor=instructor,
        ),
        QCoreApplication.translate("CalendarTexts", "Status: {status}").format(status=status_text(block.icon)),
    ]
    if block.is_group:
        lines.append(
            QCoreApplication.translate("CalendarTexts", "Group lesson: {seats} students").format(seats=seats(block))
        )
    for participant in lesson.participants:
        mark = "✗ " if participant.participant_status in CANCELLED_PARTICIPANT else ""
        lines.append(
            QCoreApplication.translate("CalendarTexts", "{mark}{name} — {status}").format(
                mark=mark, name=participant.student_name or "?", status=label(participant.participant_status)
            )
        )
    lines.extend(attention_text(reason) for reason in block.attention if reason is not Attention.CONFLICT)
    lines.extend("⚠ " + message_text(conflict.message()) for conflict in conflicts)
    note = lesson.metadata.get("note")
    if note:
        lines.append(QCoreApplication.translate("CalendarTexts", "Note: {note}").format(note=note))
    if lesson.manually_edited:
        lines.append(QCoreApplication.translate("CalendarTexts", "Moved by hand"))
    return "\n".join(lines)


def block_description(block: Block, zone: ZoneInfo, instructor: str) -> str:
    """One sentence for a screen reader: who, when, with whom, in which state."""
    lesson = block.lesson
    return QCoreApplication.translate("CalendarTexts", "{instructor}, {time}, {service}: {names}. {status}.").format(
        instructor=instructor,
        time=time_range(lesson.datetime_start, lesson.datetime_end, zone),
        service=block.service_name,
        names=block_title(block),
        status=status_text(block.icon),
    )


def free_cell_description(instructor: str, start: datetime, zone: ZoneInfo) -> str:
    return QCoreApplication.translate("CalendarTexts", "{instructor}, {time}, free. Press Enter to book.").format(
        instructor=instructor, time=isolate_ltr(clock(start, zone))
    )
