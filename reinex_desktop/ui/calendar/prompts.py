"""The questions and messages the calendar shows: conflicts before saving, refusals after.

Kept in one module so every screen asks the same way (and tests answer through one place).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reinex_desktop.domain.conflicts import Conflict
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from reinex_desktop.ui.labels import message_text

log = logging.getLogger(__name__)
CONTEXT = "CalendarPrompts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def conflict_lines(conflicts: Sequence[Conflict]) -> list[str]:
    seen: list[str] = []
    for conflict in conflicts:
        text = message_text(conflict.message())
        if text not in seen:
            seen.append(text)
    return seen


def ask_conflicts(parent: QWidget | None, conflicts: Sequence[Conflict], question: str) -> bool:
    """Show what the change collides with and ask whether to save it anyway; False changes nothing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr(QT_TRANSLATE_NOOP("CalendarPrompts", "Scheduling conflict")))
    box.setText(question)
    box.setInformativeText("\n".join("• " + line for line in conflict_lines(conflicts)))
    save = box.addButton(_tr(QT_TRANSLATE_NOOP("CalendarPrompts", "Save anyway")), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr(QT_TRANSLATE_NOOP("CalendarPrompts", "Don't save")), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(QMessageBox.StandardButton.NoButton)
    box.exec()
    return box.clickedButton() is save


def error_text(error: BaseException) -> str:
    if isinstance(error, DomainError):
        return message_text(error.message)
    log.error("calendar operation failed", exc_info=error)
    return _tr(QT_TRANSLATE_NOOP("CalendarPrompts", "The change could not be saved: {reason}")).format(
        reason=str(error) or type(error).__name__
    )


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A refusal or failure, in the user's language; nothing was saved."""
    QMessageBox.warning(parent, _tr(QT_TRANSLATE_NOOP("CalendarPrompts", "Not saved")), error_text(error))


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
