"""One entry point for background work (Anki's `CollectionOp`), on the app's qasync event loop.

`Operation(parent, work).success(cb).failure(cb).run()`: the work runs as an asyncio task that
awaits it in a worker thread (`asyncio.to_thread`) and never touches a widget; the callbacks run on
the GUI thread. By default a failure is shown to the user as one translated sentence (a rule's
refusal in its own words; anything else as a general sentence, its details only in the log).
`write=True` operations are serialized: two database writes never run at once. `disabling(...)`
greys out the action that started the work until it ends; `with_progress(label)` shows a progress
dialog for long work, which the work can feed through `report(done, total)` from its thread.

The composition root installs the loop (`install_loop`) before the first window opens. Without an
installed loop (the command line rendering a screenshot, widget tests that do not drive a loop) the
work runs inline, start to end, with the same callbacks.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError
from reinex_desktop.ui.labels import message_text

log = logging.getLogger(__name__)
T = TypeVar("T")
CONTEXT = "Operations"
_FAILED = QT_TRANSLATE_NOOP("Operations", "Something went wrong and the action was not completed. Please try again.")
_TITLE = QT_TRANSLATE_NOOP("Operations", "Not completed")
#: A progress dialog appears only for work that takes longer than this (milliseconds).
PROGRESS_DELAY_MS = 400

_loop: asyncio.AbstractEventLoop | None = None
_write_locks: dict[int, asyncio.Lock] = {}
_running: set[asyncio.Task[None]] = set()


def install_loop(loop: asyncio.AbstractEventLoop | None) -> None:
    """Run every later operation as a task on `loop` (the app's qasync loop); None runs them inline."""
    global _loop
    _loop = loop
    _write_locks.clear()


def running_operations() -> int:
    """How many operations are under way (for tests and for closing the app cleanly)."""
    return len(_running)


def failure_text(error: BaseException) -> str:
    """The sentence a user reads for a failed operation: never a traceback or raw driver text."""
    if isinstance(error, DomainError):
        return message_text(error.message)
    log.error("background operation failed", exc_info=error)
    return QCoreApplication.translate(CONTEXT, _FAILED)


def show_failure(parent: QObject, error: BaseException) -> None:
    """The default failure callback: a message in the user's language, not blocking the loop."""
    text = failure_text(error)
    widget = parent if isinstance(parent, QWidget) and shiboken6.isValid(parent) else None
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(CONTEXT, _TITLE), text, parent=widget)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("operationFailure")
    box.open()


def _write_lock(loop: asyncio.AbstractEventLoop) -> asyncio.Lock:
    lock = _write_locks.get(id(loop))
    if lock is None:
        lock = _write_locks[id(loop)] = asyncio.Lock()
    return lock


class Operation(Generic[T]):
    """`Operation(parent, work).success(cb).failure(cb).run()`; callbacks are dropped once `parent` is gone."""

    def __init__(self, parent: QObject, work: Callable[[], T], *, write: bool = False) -> None:
        self._parent = parent
        self._work = work
        self._write = write
        self._on_success: Callable[[T], None] = lambda _result: None
        self._on_failure: Callable[[Exception], None] = lambda error: show_failure(parent, error)
        self._disabled: list[tuple[QWidget | QAction, bool]] = []
        self._progress_label: str | None = None
        self._dialog: QProgressDialog | None = None
        self._running_loop: asyncio.AbstractEventLoop | None = None

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Operation[T]:
        self._on_failure = callback
        return self

    def disabling(self, *targets: QWidget | QAction) -> Operation[T]:
        """Disable `targets` (the button or action that started the work) until it ends."""
        self._disabled.extend((target, target.isEnabled()) for target in targets)
        return self

    def with_progress(self, label: str) -> Operation[T]:
        """Show a progress dialog with `label` when the work takes a while."""
        self._progress_label = label
        return self

    def report(self, done: int, total: int) -> None:
        """Progress from the work's own thread: `done` of `total` steps."""
        loop = self._running_loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._show_progress, done, total)

    def run(self) -> None:
        self._begin()
        loop = _loop
        if loop is None or loop.is_closed():
            self._finish_inline()
            return
        self._running_loop = loop
        task = loop.create_task(self._execute(loop))
        _running.add(task)
        task.add_done_callback(_running.discard)

    # --- the two ways of running ------------------------------------------------------------------

    def _finish_inline(self) -> None:
        try:
            result = self._work()
        except Exception as error:
            self._end()
            self._deliver_failure(error)
        else:
            self._end()
            self._deliver_success(result)

    async def _execute(self, loop: asyncio.AbstractEventLoop) -> None:
        try:
            if self._write:
                async with _write_lock(loop):
                    result = await asyncio.to_thread(self._work)
            else:
                result = await asyncio.to_thread(self._work)
        except Exception as error:
            self._end()
            self._deliver_failure(error)
        else:
            self._end()
            self._deliver_success(result)

    # --- around the work --------------------------------------------------------------------------

    def _alive(self) -> bool:
        return shiboken6.isValid(self._parent)

    def _deliver_success(self, result: T) -> None:
        if self._alive():
            self._on_success(result)

    def _deliver_failure(self, error: Exception) -> None:
        if self._alive():
            self._on_failure(error)
        else:
            log.error("background operation failed after its screen closed", exc_info=error)

    def _begin(self) -> None:
        for target, _was in self._disabled:
            target.setEnabled(False)
        if self._progress_label is not None and isinstance(self._parent, QWidget):
            dialog = QProgressDialog(self._progress_label, "", 0, 0, self._parent)
            dialog.setObjectName("operationProgress")
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setMinimumDuration(0)
            dialog.hide()
            self._dialog = dialog
            QTimer.singleShot(PROGRESS_DELAY_MS, dialog, self._reveal_progress)

    def _reveal_progress(self) -> None:
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.show()

    def _show_progress(self, done: int, total: int) -> None:
        dialog = self._dialog
        if dialog is None or not shiboken6.isValid(dialog):
            return
        dialog.setRange(0, max(total, 0))
        dialog.setValue(min(done, total))

    def _end(self) -> None:
        for target, was in self._disabled:
            if shiboken6.isValid(target):
                target.setEnabled(was)
        if self._dialog is not None:
            if shiboken6.isValid(self._dialog):
                self._dialog.close()
                self._dialog.deleteLater()
            self._dialog = None
