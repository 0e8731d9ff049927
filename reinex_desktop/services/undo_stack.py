"""The desk's own undo history since the app was opened: one per `AppContext`, in memory only.

The services that write push an `UndoStep` after a successful write; `services.undo` pops and
sends it. Screens and the menu listen for changes to show "Undo “Lesson moved”" and a toast.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from reinex_desktop.domain.undo import UndoStep

log = logging.getLogger(__name__)

#: Enough for a working day's recent mistakes; the oldest step falls off first.
LIMIT = 100

#: Called with the step just done by the desk (a new action), or None for any other change.
UndoListener = Callable[[UndoStep | None], None]


@dataclass
class UndoStack:
    _undo: list[UndoStep] = field(default_factory=list)
    _redo: list[UndoStep] = field(default_factory=list)
    _listeners: list[UndoListener] = field(default_factory=list)

    def subscribe(self, listener: UndoListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: UndoListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self, done: UndoStep | None = None) -> None:
        for listener in list(self._listeners):
            try:
                listener(done)
            except Exception:  # a menu gone stale must not make a saved write look failed
                log.exception("an undo listener failed")

    def push(self, step: UndoStep) -> None:
        """A new action of the desk: it can be undone, and nothing undone before can be redone."""
        self._undo.append(step)
        del self._undo[:-LIMIT]
        self._redo.clear()
        self._changed(step)

    def next_undo(self) -> UndoStep | None:
        return self._undo[-1] if self._undo else None

    def next_redo(self) -> UndoStep | None:
        return self._redo[-1] if self._redo else None

    def undone(self, step: UndoStep) -> None:
        """The last step was undone (and left its row at `step.version`): it can be redone, if its
        action can be done again at all."""
        self._undo.pop()
        if step.redo is not None:
            self._redo.append(step)
        self._changed()

    def redone(self, step: UndoStep) -> None:
        """The last undone step was done again: it can be undone again."""
        self._redo.pop()
        self._undo.append(step)
        self._changed()

    def drop_undo(self) -> None:
        """The last step can no longer be undone (its row changed elsewhere, or a rule refuses it)."""
        self._undo.pop()
        self._changed()

    def drop_redo(self) -> None:
        self._redo.pop()
        self._changed()
