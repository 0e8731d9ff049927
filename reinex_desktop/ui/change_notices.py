"""Change notices delivered on the GUI thread.

A write may finish on a worker thread (background operations), and its change notice is sent from
there; a screen that refreshed itself right in that thread would create Qt objects owned by the GUI
thread from another one ("Cannot create children for a parent that is in a different thread") and
its refresh would be lost. `NoticeRelay` hops the notice onto the owner's thread: at once when the
write ran on the GUI thread, queued otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from reinex_desktop.services.context import AppContext

Listener = Callable[[frozenset[str]], None]


class NoticeRelay(QObject):
    #: Areas that changed, re-emitted in the relay's own (GUI) thread.
    areas_changed = Signal(object)

    def __init__(self, owner: QObject, context: AppContext, listener: Listener) -> None:
        super().__init__(owner)
        self._context = context
        self.areas_changed.connect(listener)  # automatic: direct on the GUI thread, queued from others
        context.notices.subscribe(self._relay)

    def _relay(self, areas: frozenset[str]) -> None:
        try:
            self.areas_changed.emit(areas)
        except RuntimeError:  # the owner is gone: stop listening
            self.stop()

    def stop(self) -> None:
        self._context.notices.unsubscribe(self._relay)
