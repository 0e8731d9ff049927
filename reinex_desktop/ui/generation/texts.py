"""Display texts of the generation screens: row kinds, filters, local dates and durations."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QLocale

from reinex_desktop.domain.generation.calendar import holiday_name
from reinex_desktop.domain.generation.reasons import SkipReason
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.services.generation.rows import PlanRow, RowKind
from reinex_desktop.ui.formats import clock_time, long_date
from reinex_desktop.ui.labels import label, message_text

CONTEXT = "GenerationView"

KIND_TEXT: dict[RowKind, str] = {
    RowKind.NEW: QT_TRANSLATE_NOOP("GenerationView", "New lesson"),
    RowKind.JOIN: QT_TRANSLATE_NOOP("GenerationView", "Joins a lesson"),
    RowKind.KEPT: QT_TRANSLATE_NOOP("GenerationView", "Already in place"),
    RowKind.SKIPPED: QT_TRANSLATE_NOOP("GenerationView", "Skipped"),
    RowKind.REMOVE: QT_TRANSLATE_NOOP("GenerationView", "To delete"),
    RowKind.KEEP_UNSAFE: QT_TRANSLATE_NOOP("GenerationView", "Kept as is"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def kind_text(kind: RowKind) -> str:
    return tr(KIND_TEXT[kind])


def day_text(day: date) -> str:
    """Hebrew (or English) weekday and date, e.g. "יום ראשון, 22 בנובמבר 2026"."""
    return long_date(day)


def time_text(at: time | None) -> str:
    return clock_time(at) if at is not None else ""


def details_text(row: PlanRow) -> str:
    """The row's reasons and notes as one line (each reason a whole translated sentence)."""
    parts = [message_text(message) for message in row.details]
    if row.skip_reason is SkipReason.HOLIDAY:
        language = "he" if QLocale().language() == QLocale.Language.Hebrew else "en_US"
        name = holiday_name(row.day, language) or row.note
        if name:
            parts.append(name)
    elif row.note:
        parts.append(row.note)
    if row.status is not None and row.kind in (RowKind.KEPT, RowKind.KEEP_UNSAFE):
        parts.append(label(row.status))
    return " · ".join(parts)
