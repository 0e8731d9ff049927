"""The question before "not coming": each waiting lesson with the charge the calendar would show.

Nothing here computes a charge: the lines read the previews of `AttendanceService.preview`, worded
by the calendar's own `charge_text`, and "Don't record" is the default button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reinex_desktop.domain.confirmations.families import RoundLesson
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.services.attendance import ChargePreview
from reinex_desktop.ui.calendar.attendance_prompts import charge_text
from reinex_desktop.ui.labels import isolate_ltr

CONTEXT = "Confirmations"
Previews = list[tuple[RoundLesson, ChargePreview]]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def charge_lines(previews: Previews) -> list[str]:
    """ "16:30 Noa Cohen — Cancellation less than 24 hours before the lesson: 100% charge — 180.00 ₪"."""
    return [
        f"{isolate_ltr(f'{lesson.start:%H:%M}')} {lesson.student_name} — {charge_text(preview)}"
        for lesson, preview in previews
    ]


def not_coming_box(parent: QWidget | None, previews: Previews) -> tuple[QMessageBox, object]:
    """The question, built but not shown: (box, the button that records the cancellation)."""
    box = QMessageBox(parent)
    box.setObjectName("notComingBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr(QT_TRANSLATE_NOOP("Confirmations", "Not coming")))
    names = ", ".join(dict.fromkeys(lesson.student_name for lesson, _preview in previews))
    box.setText(_tr(QT_TRANSLATE_NOOP("Confirmations", "Record that {names} will not come?")).format(names=names))
    box.setInformativeText("\n".join(charge_lines(previews)))
    record = box.addButton(_tr(QT_TRANSLATE_NOOP("Confirmations", "Record")), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(_tr(QT_TRANSLATE_NOOP("Confirmations", "Don't record")), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box, record


def ask_not_coming(parent: QWidget | None, previews: Previews) -> bool:
    """Show the charges; True only when "Record" was chosen."""
    box, record = not_coming_box(parent, previews)
    box.exec()
    return box.clickedButton() is record
