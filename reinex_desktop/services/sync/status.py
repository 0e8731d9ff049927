"""The sync status and the "needs attention" decisions (DESIGN "The sync service layer").

A write that came back as a conflict or a rejection is never dropped by itself: the user keeps
theirs (the screen already shows it), keeps mine (sent again over the other change — conflicts
only) or re-books (the day opens to book it anew).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reinex_desktop.domain.sync.attention import AttentionItem, Resolution, rebook_day
from reinex_desktop.domain.sync.status import SyncStatus
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message
from reinex_desktop.services.context import AppContext
from reinex_desktop.sync.mutations import Outcome

_GONE = QT_TRANSLATE_NOOP("SyncService", "This item was already resolved.")
_NOT_A_CONFLICT = QT_TRANSLATE_NOOP("SyncService", "Only a change that collided with another can be sent again.")

StatusListener = Callable[[SyncStatus, frozenset[str]], None]


class SyncService:
    def __init__(self, context: AppContext) -> None:
        self._context = context

    def status(self) -> SyncStatus:
        return self._context.sync.status()

    def attention(self) -> list[AttentionItem]:
        """Conflicts and rejections waiting for a decision, oldest first."""
        return self._context.sync.attention()

    def keep_theirs(self, item: AttentionItem) -> None:
        """Drop my change; the other workstation's version stays (it is already on screen)."""
        if not self._context.sync.resolve(item.mutation_id, Resolution.KEPT_THEIRS):
            raise DomainError(Message("SyncService", _GONE), code="gone")
        self._context.notices.data_did_change("sync")

    def keep_mine(self, item: AttentionItem) -> None:
        """Send my change again, over the other one (conflicts only; a rule's refusal would repeat)."""
        if not item.can_keep_mine:
            raise DomainError(Message("SyncService", _NOT_A_CONFLICT), code="not_a_conflict")
        result = self._context.sync.keep_mine(item.mutation_id)
        if result is None:
            raise DomainError(Message("SyncService", _GONE), code="gone")
        if result.outcome is not Outcome.APPLIED:
            raise DomainError(result.message or Message("SyncService", _NOT_A_CONFLICT), code=result.outcome.value)
        self._context.notices.data_did_change("sync", "lessons")

    def rebook(self, item: AttentionItem) -> date | None:
        """Resolve the item by booking anew; returns the clinic day to open (None if it names none)."""
        lesson_id = item.lesson_id()
        start = self._context.sync.lesson_start(lesson_id) if lesson_id else None
        day = rebook_day(item, start, self._context.zone())
        if not self._context.sync.resolve(item.mutation_id, Resolution.REBOOKED):
            raise DomainError(Message("SyncService", _GONE), code="gone")
        self._context.notices.data_did_change("sync")
        return day

    def sync_now(self) -> None:
        """Try again now: clears the backoff, sends what waits and fetches what changed."""
        self._context.sync.sync_now()

    def subscribe(self, listener: StatusListener) -> None:
        """`listener(status, areas)` is called on the sync thread whenever either changes."""
        self._context.sync.subscribe(listener)

    def unsubscribe(self, listener: StatusListener) -> None:
        self._context.sync.unsubscribe(listener)
