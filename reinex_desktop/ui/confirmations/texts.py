"""Words of the confirmations screen: the states of a family and the counts at the top."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from reinex_desktop.domain.confirmations.states import ConfirmationState
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.ui.labels import isolate_ltr

CONTEXT = "Confirmations"

_STATES = {
    ConfirmationState.NOT_ASKED: QT_TRANSLATE_NOOP("Confirmations", "Not asked yet"),
    ConfirmationState.ASKED: QT_TRANSLATE_NOOP("Confirmations", "Asked, waiting"),
    ConfirmationState.NO_ANSWER: QT_TRANSLATE_NOOP("Confirmations", "No answer"),
    ConfirmationState.CONFIRMED: QT_TRANSLATE_NOOP("Confirmations", "Confirmed"),
    ConfirmationState.NOT_COMING: QT_TRANSLATE_NOOP("Confirmations", "Not coming"),
}

#: A mark before the state, so the column reads at a glance.
MARKS = {
    ConfirmationState.NOT_ASKED: "○",
    ConfirmationState.ASKED: "◔",
    ConfirmationState.NO_ANSWER: "◑",
    ConfirmationState.CONFIRMED: "✓",
    ConfirmationState.NOT_COMING: "✗",
}


def state_text(state: ConfirmationState) -> str:
    return QCoreApplication.translate(CONTEXT, _STATES[state])


def times_text(starts: list[datetime]) -> str:
    return isolate_ltr(", ".join(dict.fromkeys(f"{start:%H:%M}" for start in starts)))
