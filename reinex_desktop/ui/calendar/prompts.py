"""The questions and messages the calendar shows: conflicts before saving, refusals after.

Kept in one module so every screen asks the same way (and tests answer through one place).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

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
    keep = box.addButton(
        _tr(QT_TRANSLATE_NOOP("CalendarPrompts", "Keep it as it was")), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)  # Enter keeps things as they were; saving takes a deliberate choice
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is save


def destructive_box(
    parent: QWidget | None, title: str, question: str, details: str, do_text: str, keep_text: str
) -> tuple[QMessageBox, QPushButton]:
    """A question before a change that removes or cancels something, built but not shown: the
    details say what will happen in numbers, and the safe button (`keep_text`) is the default."""
    box = QMessageBox(parent)
    box.setObjectName("destructiveQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(question)
    box.setInformativeText(details)
    do = box.addButton(do_text, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box, do


def ask_destructive(
    parent: QWidget | None, title: str, question: str, details: str, do_text: str, keep_text: str
) -> bool:
    """True only when the user chose `do_text`; Enter, Escape or closing the window change nothing."""
    box, do = destructive_box(parent, title, question, details, do_text, keep_text)
    box.exec()
    return box.clickedButton() is do


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
