"""The questions asked before an attendance change: the charge a missed lesson will cost, and the
reason for a correction. Nothing here decides a charge: the text only reads the preview the
attendance service computed with the same rules the write applies (plan §5.4)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from reinex_desktop.domain.attendance.rules import AttendanceAction
from reinex_desktop.domain.charging.engine import ChargeRule, PriceSource
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.services.attendance import ChargePreview
from reinex_desktop.ui.money.labels import shekels

CONTEXT = "AttendancePrompts"

# The actions that may cost the family money, asked about before they are recorded.
CHARGEABLE = frozenset({AttendanceAction.CANCEL_BY_STUDENT, AttendanceAction.NO_SHOW})


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _percent(value: Decimal) -> str:
    return f"{value.normalize():f}"


def charge_text(preview: ChargePreview) -> str:
    """One sentence: the rule that applies and what it charges ("… : 100% charge — 180.00 ₪")."""
    charge = preview.charge
    if charge is None:
        return _tr(QT_TRANSLATE_NOOP("AttendancePrompts", "No charge."))
    if charge.price_source is PriceSource.NONE:
        return _tr(QT_TRANSLATE_NOOP("AttendancePrompts", "No price is set for this lesson: no charge."))
    amount, percent = shekels(charge.price_charged), _percent(charge.percent)
    if charge.rule is ChargeRule.MEDICAL_NOTE_WAIVER or charge.medical_note_waived:
        return _tr(QT_TRANSLATE_NOOP("AttendancePrompts", "Emergency medical note: no charge."))
    if charge.rule is ChargeRule.CANCELLED_IN_TIME:
        return _tr(QT_TRANSLATE_NOOP("AttendancePrompts", "Cancelled in time: no charge."))
    if charge.rule is ChargeRule.LATE_CANCELLATION:
        hours = preview.window_hours
        if charge.price_charged <= 0:
            return _tr(
                QT_TRANSLATE_NOOP(
                    "AttendancePrompts", "Cancellation less than {hours} hours before the lesson: no charge."
                )
            ).format(hours=hours)
        return _tr(
            QT_TRANSLATE_NOOP(
                "AttendancePrompts",
                "Cancellation less than {hours} hours before the lesson: {percent}% charge — {amount}",
            )
        ).format(hours=hours, percent=percent, amount=amount)
    if charge.rule is ChargeRule.NO_SHOW:
        if charge.price_charged <= 0:
            return _tr(QT_TRANSLATE_NOOP("AttendancePrompts", "No-show: no charge."))
        return _tr(QT_TRANSLATE_NOOP("AttendancePrompts", "No-show: {percent}% charge — {amount}")).format(
            percent=percent, amount=amount
        )
    if charge.price_charged <= 0:
        return _tr(QT_TRANSLATE_NOOP("AttendancePrompts", "No charge."))
    return _tr(QT_TRANSLATE_NOOP("AttendancePrompts", "Charge: {amount}")).format(amount=amount)


def charge_box(parent: QWidget | None, preview: ChargePreview, student: str) -> tuple[QMessageBox, object]:
    """The confirmation, built but not shown: (box, the button that records the change)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    if preview.action is AttendanceAction.NO_SHOW:
        box.setWindowTitle(_tr(QT_TRANSLATE_NOOP("AttendancePrompts", "Record a no-show")))
        box.setText(
            _tr(QT_TRANSLATE_NOOP("AttendancePrompts", "Record {student} as a no-show?")).format(student=student)
        )
    else:
        box.setWindowTitle(_tr(QT_TRANSLATE_NOOP("AttendancePrompts", "Record a cancellation by the student")))
        box.setText(
            _tr(QT_TRANSLATE_NOOP("AttendancePrompts", "Record that {student} cancelled?")).format(student=student)
        )
    box.setInformativeText(charge_text(preview))
    record = box.addButton(_tr(QT_TRANSLATE_NOOP("AttendancePrompts", "Record")), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        _tr(QT_TRANSLATE_NOOP("AttendancePrompts", "Don't record")), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box, record


def ask_charge(parent: QWidget | None, preview: ChargePreview, student: str) -> bool:
    """Show the charge about to be applied; False (declined or closed) records nothing."""
    box, record = charge_box(parent, preview, student)
    box.exec()
    return box.clickedButton() is record


def ask_correction_reason(parent: QWidget | None, student: str) -> str | None:
    """The reason for correcting a settled participant — required; None when the user cancels."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(_tr(QT_TRANSLATE_NOOP("AttendancePrompts", "Correct attendance")))
    dialog.setLabelText(
        _tr(
            QT_TRANSLATE_NOOP(
                "AttendancePrompts",
                "Why is the attendance of {student} being corrected? The charge is reversed and the reason is kept.",
            )
        ).format(student=student)
    )
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setOkButtonText(_tr(QT_TRANSLATE_NOOP("AttendancePrompts", "Correct")))
    dialog.setCancelButtonText(_tr(QT_TRANSLATE_NOOP("AttendancePrompts", "Cancel")))
    while dialog.exec():
        reason = dialog.textValue().strip()
        if reason:
            return reason
        QMessageBox.warning(
            parent,
            _tr(QT_TRANSLATE_NOOP("AttendancePrompts", "Correct attendance")),
            _tr(QT_TRANSLATE_NOOP("AttendancePrompts", "Please write the reason for the correction.")),
        )
    return None
