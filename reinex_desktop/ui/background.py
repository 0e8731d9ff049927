"""One entry point for background work (Anki's `CollectionOp`), with success and failure callbacks.

The work runs in a worker thread and never touches a widget; the callbacks run on the GUI thread.
Writes go through a single-thread pool, so database writes are serialized. Set
`REINEX_SYNC_OPERATIONS=1` (tests, screenshots) to run the work inline.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")

_write_pool: QThreadPool | None = None


def _pool(write: bool) -> QThreadPool:
    global _write_pool
    if not write:
        return QThreadPool.globalInstance()
    if _write_pool is None:
        _write_pool = QThreadPool()
        _write_pool.setMaxThreadCount(1)
    return _write_pool


class _Relay(QObject):
    #: The work finished with a value.
    finished = Signal(object)
    #: The work raised.
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # delivered to the failure callback on the GUI thread
            self._relay.failed.emit(error)
        else:
            self._relay.finished.emit(result)


class Operation(Generic[T]):
    """`Operation(parent, work).success(cb).failure(cb).run()`; `parent` keeps the relay alive."""

    def __init__(self, parent: QObject, work: Callable[[], T], *, write: bool = False) -> None:
        self._parent = parent
        self._work = work
        self._write = write
        self._on_success: Callable[[T], None] = lambda _result: None
        self._on_failure: Callable[[Exception], None] = _log_failure

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Operation[T]:
        self._on_failure = callback
        return self

    def run(self) -> None:
        if os.environ.get("REINEX_SYNC_OPERATIONS") == "1":
            try:
                result = self._work()
            except Exception as error:
                self._on_failure(error)
            else:
                self._on_success(result)
            return
        relay = _Relay(self._parent)
        on_success, on_failure = self._on_success, self._on_failure

        @Slot(object)
        def finished(result: Any) -> None:
            relay.deleteLater()
            on_success(result)

        @Slot(object)
        def failed(error: Any) -> None:
            relay.deleteLater()
            on_failure(error)

        relay.finished.connect(finished)
        relay.failed.connect(failed)
        _pool(self._write).start(_Job(self._work, relay))


def _log_failure(error: Exception) -> None:
    log.error("background operation failed: %s", error, exc_info=error)
