"""The waiting list as text and JSON, for the command line (`reinex-desktop waiting-list list|match`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import timedelta
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.clinic_time import day_of_week
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.domain.waiting_list.entries import WaitingListEntry
from reinex_desktop.domain.waiting_list.matching import Candidate, EntryMatches
from reinex_desktop.domain.waiting_list.reasons import CONTEXT as REASONS
from reinex_desktop.domain.waiting_list.reasons import DAY_NAMES

Translate = Callable[[str, str], str]
CONTEXT = "WaitingListReport"

_ENTRY = QT_TRANSLATE_NOOP("WaitingListReport", "{position}. {student} — {service}, waiting since {since}")
_PRIORITY = QT_TRANSLATE_NOOP("WaitingListReport", "priority: {reason}")
_DAYS = QT_TRANSLATE_NOOP("WaitingListReport", "days: {days}")
_HOURS = QT_TRANSLATE_NOOP("WaitingListReport", "hours: {hours}")
_INSTRUCTORS = QT_TRANSLATE_NOOP("WaitingListReport", "instructors: {names}")
_ANY_DAY = QT_TRANSLATE_NOOP("WaitingListReport", "any day")
_SLOT = QT_TRANSLATE_NOOP("WaitingListReport", "{date} {day} {start}–{end}, {instructor} (score {score}): {reasons}")
_NONE = QT_TRANSLATE_NOOP("WaitingListReport", "no slot fits in these weeks")
_OPEN = QT_TRANSLATE_NOOP("WaitingListReport", "{count} open entries.")
BAD_RANGE = QT_TRANSLATE_NOOP("WaitingListReport", "--weeks must be 1 to 26 and --limit 1 to 100.")
_MATCHED = QT_TRANSLATE_NOOP(
    "WaitingListReport", "{matched} of {count} open entries have a slot from {first} to {last}."
)


def _t(translate: Translate | None, context: str, source: str, **params: object) -> str:
    text = translate(context, source) if translate else source
    return text.format(**params) if params else text


def day_name(weekday: int, translate: Translate | None = None) -> str:
    return _t(translate, REASONS, DAY_NAMES[weekday])


def preferences(entry: WaitingListEntry, names: Mapping[UUID, str], translate: Translate | None = None) -> str:
    """The entry's preferences in one line ("days: Monday, Wednesday; hours: Monday 14:00–17:00")."""
    parts = []
    if entry.priority_flag:
        parts.append(_t(translate, CONTEXT, _PRIORITY, reason=entry.priority_reason or ""))
    days = ", ".join(day_name(d, translate) for d in entry.preferred_days) or _t(translate, CONTEXT, _ANY_DAY)
    parts.append(_t(translate, CONTEXT, _DAYS, days=days))
    if entry.preferred_times:
        hours = ", ".join(
            f"{day_name(w.day, translate) + ' ' if w.day is not None else ''}{w.start:%H:%M}–{w.end:%H:%M}"
            for w in entry.preferred_times
        )
        parts.append(_t(translate, CONTEXT, _HOURS, hours=hours))
    if entry.instructor_preferences:
        chosen = ", ".join(names.get(i, "?") for i in entry.instructor_preferences)
        parts.append(_t(translate, CONTEXT, _INSTRUCTORS, names=chosen))
    return "; ".join(parts)


def entry_line(entry: WaitingListEntry, position: int, zone: ZoneInfo, translate: Translate | None = None) -> str:
    since = entry.created_at.astimezone(zone).date().isoformat()
    mark = "★ " if entry.priority_flag else ""
    line = _t(
        translate,
        CONTEXT,
        _ENTRY,
        position=position,
        student=entry.student_name,
        service=entry.service_name,
        since=since,
    )
    return mark + line


def slot_line(
    candidate: Candidate, names: Mapping[UUID, str], zone: ZoneInfo, translate: Translate | None = None
) -> str:
    start = candidate.start.astimezone(zone)
    end = (candidate.start + timedelta(minutes=candidate.duration_minutes)).astimezone(zone)
    reasons = ", ".join(reason.render(translate) for reason in candidate.reasons)
    return _t(
        translate,
        CONTEXT,
        _SLOT,
        date=candidate.day.isoformat(),
        day=day_name(day_of_week(candidate.day), translate),
        start=f"{start:%H:%M}",
        end=f"{end:%H:%M}",
        instructor=names.get(candidate.instructor_id, ""),
        score=candidate.score,
        reasons=reasons,
    )


def list_lines(
    entries: Iterable[WaitingListEntry], names: Mapping[UUID, str], zone: ZoneInfo, translate: Translate | None = None
) -> list[str]:
    found = list(entries)
    lines = []
    for position, entry in enumerate(found, 1):
        lines += [entry_line(entry, position, zone, translate), "   " + preferences(entry, names, translate)]
    lines.append(_t(translate, CONTEXT, _OPEN, count=len(found)))
    return lines


def match_lines(
    matches: Iterable[EntryMatches],
    names: Mapping[UUID, str],
    zone: ZoneInfo,
    span: tuple[Any, Any],
    translate: Translate | None = None,
) -> list[str]:
    found = list(matches)
    lines = []
    for position, item in enumerate(found, 1):
        lines += [entry_line(item.entry, position, zone, translate), "   " + preferences(item.entry, names, translate)]
        for candidate in item.candidates:
            lines.append("   → " + slot_line(candidate, names, zone, translate))
        if not item.candidates:
            lines.append("   → " + _t(translate, CONTEXT, _NONE))
    matched = sum(1 for item in found if item.candidates)
    first, last = span
    lines.append(_t(translate, CONTEXT, _MATCHED, matched=matched, count=len(found), first=first, last=last))
    return lines


def entry_json(entry: WaitingListEntry) -> dict[str, Any]:
    return {
        "id": str(entry.id),
        "student_id": str(entry.student_id),
        "student": entry.student_name,
        "service_id": str(entry.desired_service_id),
        "service": entry.service_name,
        "status": entry.status.value,
        "created_at": entry.created_at.isoformat(),
        "priority": entry.priority_flag,
        "priority_reason": entry.priority_reason,
        "preferred_days": list(entry.preferred_days),
        "preferred_times": [w.to_json() for w in entry.preferred_times],
        "instructor_preferences": [str(i) for i in entry.instructor_preferences],
        "willing_to_pay_premium": entry.willing_to_pay_premium,
        "notes": entry.notes,
    }


def candidate_json(
    candidate: Candidate, names: Mapping[UUID, str], zone: ZoneInfo, translate: Translate | None = None
) -> dict[str, Any]:
    return {
        "kind": candidate.kind.value,
        "date": candidate.day.isoformat(),
        "start": candidate.start.astimezone(zone).isoformat(),
        "end": candidate.end.astimezone(zone).isoformat(),
        "instructor_id": str(candidate.instructor_id),
        "instructor": names.get(candidate.instructor_id, ""),
        "lesson_id": str(candidate.lesson_id) if candidate.lesson_id else None,
        "taken": candidate.taken,
        "capacity": candidate.capacity,
        "score": candidate.score,
        "reasons": [{"code": r.code.value, "ok": r.ok, "text": r.render(translate)} for r in candidate.reasons],
    }
