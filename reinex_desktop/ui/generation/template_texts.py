"""How a template is named on screen: weekday names, times and a one-line summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from reinex_desktop.domain.generation.templates import TemplateState
from reinex_desktop.domain.lessons import LessonTemplate
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.services.generation.names import Names
from reinex_desktop.ui.labels import isolate_ltr

CONTEXT = "TemplatesView"

STATE_TEXT: dict[TemplateState, str] = {
    TemplateState.ACTIVE: QT_TRANSLATE_NOOP("TemplatesView", "Active"),
    TemplateState.NOT_STARTED: QT_TRANSLATE_NOOP("TemplatesView", "Starts later"),
    TemplateState.ENDED: QT_TRANSLATE_NOOP("TemplatesView", "Ended"),
    TemplateState.PAUSED: QT_TRANSLATE_NOOP("TemplatesView", "Paused"),
    TemplateState.REPLACED: QT_TRANSLATE_NOOP("TemplatesView", "Replaced by a newer version"),
}
_SUMMARY = QT_TRANSLATE_NOOP("TemplatesView", "{student} — {service} with {instructor}, {weekday} {time}")


def state_text(state: TemplateState) -> str:
    return QCoreApplication.translate(CONTEXT, STATE_TEXT[state])


def weekday_name(day_of_week: int) -> str:
    """The weekday's name in the interface language (0 = Sunday, as the schema counts)."""
    return QLocale().dayName(7 if day_of_week == 0 else day_of_week, QLocale.FormatType.LongFormat)


def template_summary(template: LessonTemplate, names: Names) -> str:
    return QCoreApplication.translate(CONTEXT, _SUMMARY).format(
        student=names.student(template.student_id),
        service=names.service(template.service_id),
        instructor=names.instructor(template.instructor_employee_id),
        weekday=weekday_name(template.day_of_week),
        time=isolate_ltr(template.time_of_day.strftime("%H:%M")),
    )
