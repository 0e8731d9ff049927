"""Undo and redo the desk's own last actions, each as a new compensating command on the one write path.

The command is sent like any other write (`apply_command`: audited, works offline through the
cache) with the version the previous direction produced as its base, so a row changed since by
someone else gives a conflict and nothing is overwritten; such a step leaves the history.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message
from reinex_desktop.domain.undo import CONTEXT, UndoStep
from reinex_desktop.services.apply_command import ConflictError, apply_command
from reinex_desktop.services.context import AppContext

#: What an undo may change: the lessons, and for a cancellation the (zero) charges and earnings.
AREAS = ("lessons", "money", "payroll")
NOTHING_TO_UNDO = QT_TRANSLATE_NOOP("Undo", "There is nothing to undo.")
NOTHING_TO_REDO = QT_TRANSLATE_NOOP("Undo", "There is nothing to redo.")
CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "Undo",
    "“{action}” cannot be undone: someone else changed this lesson since. Nothing was changed; "
    "the calendar shows the lesson as it is now.",
)
CHANGED_SINCE_REDO = QT_TRANSLATE_NOOP(
    "Undo",
    "“{action}” cannot be redone: someone else changed this lesson since. Nothing was changed; "
    "the calendar shows the lesson as it is now.",
)


def version_of(result: Mapping[str, Any]) -> datetime | None:
    """The row's version a write left (`updated_at` of its result), whether decoded or still text."""
    value = result.get("updated_at")
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        return datetime.fromisoformat(value)
    return None


def _send(context: AppContext, step: UndoStep, *, undo: bool) -> UndoStep:
    command = step.undo if undo else step.redo
    if command is None:
        raise DomainError(Message(CONTEXT, NOTHING_TO_REDO), code="nothing")
    try:
        result = apply_command(context, command, base_version=step.version, areas=AREAS)
    except ConflictError as conflict:
        text = CHANGED_SINCE if undo else CHANGED_SINCE_REDO
        raise DomainError(Message(CONTEXT, text, {"action": step.label}), code="conflict") from conflict
    version = version_of(result)
    return step.after(version) if undo else step.redone(version)


def undo_last(context: AppContext) -> UndoStep:
    """Undo the desk's last action; returns the step undone. A refusal or conflict drops the step."""
    step = context.undo.next_undo()
    if step is None:
        raise DomainError(Message(CONTEXT, NOTHING_TO_UNDO), code="nothing")
    try:
        done = _send(context, step, undo=True)
    except DomainError:
        context.undo.drop_undo()
        raise
    context.undo.undone(done)
    return done


def redo_last(context: AppContext) -> UndoStep:
    """Do again the last action undone; returns the step. A refusal or conflict drops the step."""
    step = context.undo.next_redo()
    if step is None:
        raise DomainError(Message(CONTEXT, NOTHING_TO_REDO), code="nothing")
    try:
        done = _send(context, step, undo=False)
    except DomainError:
        context.undo.drop_redo()
        raise
    context.undo.redone(done)
    return done
