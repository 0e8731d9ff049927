"""The status-bar item: where the data lives, online / offline / syncing, what waits, the last sync.

The sync engine reports from its own thread; a small relay object turns each report into a queued
Qt signal, so the item (and the screens told through `ChangeNotices`) update on the GUI thread.
Clicking the item opens a menu: sync now, the writes that need attention, the connection.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, QObject, Qt, QTime, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QHBoxLayout, QMenu, QStyle, QToolButton, QWidget

from reinex_desktop.domain.sync.status import SyncState, SyncStatus
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.sync.status import SyncService
from reinex_desktop.ui.labels import isolate_ltr, message_text

_ICONS = {
    SyncState.LOCAL: QStyle.StandardPixmap.SP_DriveHDIcon,
    SyncState.ONLINE: QStyle.StandardPixmap.SP_DialogApplyButton,
    SyncState.SYNCING: QStyle.StandardPixmap.SP_BrowserReload,
    SyncState.OFFLINE: QStyle.StandardPixmap.SP_MessageBoxWarning,
    SyncState.BLOCKED: QStyle.StandardPixmap.SP_MessageBoxCritical,
    SyncState.CONFLICT: QStyle.StandardPixmap.SP_MessageBoxWarning,
}


class _Relay(QObject):
    #: The engine reported a status and the data areas that changed (emitted on the engine's thread).
    reported = Signal(object, object)


class SyncStatusWidget(QWidget):
    #: The user chose "re-book" for a write: open this clinic day.
    day_requested = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._context = context
        self._service = SyncService(context)
        self._button = QToolButton(self)
        self._button.setObjectName("syncStatusButton")
        self._button.setAutoRaise(True)
        self._button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._button.setMenu(self._build_menu())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._button)
        self._relay = _Relay(self)
        self._relay.reported.connect(self._on_reported)
        relay = self._relay

        def listener(status: SyncStatus, areas: frozenset[str]) -> None:
            relay.reported.emit(status, areas)

        self._listener: Callable[[SyncStatus, frozenset[str]], None] = listener
        self._service.subscribe(listener)
        service = self._service
        self.destroyed.connect(lambda _obj=None: service.unsubscribe(listener))
        self.show_status(self._service.status())

    def _build_menu(self) -> QMenu:
        menu = QMenu(self)
        self._sync_now = QAction(self.tr("Sync now"), self)
        self._sync_now.setObjectName("syncNow")
        self._sync_now.triggered.connect(self._on_sync_now_triggered)
        self._attention = QAction(self.tr("Changes that need attention…"), self)
        self._attention.setObjectName("openAttention")
        self._attention.triggered.connect(self.open_attention)
        self._connection = QAction(self.tr("Connection…"), self)
        self._connection.setObjectName("openConnection")
        self._connection.triggered.connect(self.open_connection)
        for action in (self._sync_now, self._attention, self._connection):
            menu.addAction(action)
        return menu

    # --- showing ----------------------------------------------------------------------------------

    def _where(self) -> str:
        kinds = {
            "embedded": self.tr("Embedded demo database"),
            "database": self.tr("Tenant database"),
            "web": self.tr("Web backend"),
        }
        where = kinds.get(self._context.backend_kind, self._context.backend_kind)
        return f"{where} ({isolate_ltr(self._context.backend_label)})" if self._context.backend_label else where

    def _state_text(self, status: SyncStatus) -> str:
        return {
            SyncState.LOCAL: self.tr("On this computer"),
            SyncState.ONLINE: self.tr("Online"),
            SyncState.SYNCING: self.tr("Syncing…"),
            SyncState.OFFLINE: self.tr("Offline"),
            SyncState.BLOCKED: self.tr("Stopped: needs attention"),
            SyncState.CONFLICT: self.tr("Online, with changes to resolve"),
        }[status.state]

    def show_status(self, status: SyncStatus) -> None:
        parts = [self._where(), self._state_text(status)]
        if status.pending:
            parts.append(self.tr("Waiting to be sent: {count}").format(count=status.pending))
        if status.attention:
            parts.append(self.tr("To resolve: {count}").format(count=status.attention))
        if status.last_sync_at is not None and status.state is not SyncState.LOCAL:
            at = status.last_sync_at.astimezone(self._context.zone())
            clock = QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
            parts.append(self.tr("Last sync {time}").format(time=isolate_ltr(clock)))
        text = " · ".join(parts)
        self._button.setText(text)
        self._button.setIcon(self._icon(status.state))
        self._button.setToolTip(self._details(status))
        self._button.setAccessibleName(text)
        self._sync_now.setEnabled(status.state is not SyncState.LOCAL)
        self._attention.setEnabled(status.attention > 0)
        self._status = status

    def _icon(self, state: SyncState) -> QIcon:
        return self.style().standardIcon(_ICONS[state])

    def _details(self, status: SyncStatus) -> str:
        lines = []
        problem = status.problem_message()
        if problem is not None:
            lines.append(message_text(problem))
        lines.extend(message_text(notice) for notice in status.notices())
        if status.stuck_since is not None:
            lines.append(self.tr("Changes have not moved for a while although the server answers."))
        if status.next_retry_at is not None:
            at = status.next_retry_at.astimezone(self._context.zone())
            clock = QLocale().toString(QTime(at.hour, at.minute, at.second), QLocale.FormatType.LongFormat)
            lines.append(self.tr("Next attempt at {time}.").format(time=isolate_ltr(clock)))
        return "\n".join(lines) or self._state_text(status)

    @property
    def text(self) -> str:
        return self._button.text()

    @property
    def status(self) -> SyncStatus:
        return self._status

    # --- reacting ---------------------------------------------------------------------------------

    @Slot(object, object)
    def _on_reported(self, status: SyncStatus, areas: frozenset[str]) -> None:
        self.show_status(status)
        if areas:
            self._context.notices.data_did_change(*sorted(areas))

    @Slot()
    def _on_sync_now_triggered(self) -> None:
        self._service.sync_now()

    @Slot()
    def open_attention(self) -> None:
        from reinex_desktop.ui.sync.attention_panel import AttentionDialog

        dialog = AttentionDialog(self._context, self.window())
        dialog.day_requested.connect(self._on_day_requested)
        dialog.open()

    @Slot()
    def open_connection(self) -> None:
        from reinex_desktop.ui.sync.connection_dialog import ConnectionDialog

        ConnectionDialog(self.window(), decided_by=self._context.user.actor).open()

    @Slot(object)
    def _on_day_requested(self, day: date) -> None:
        self.day_requested.emit(day)
        window = self.window()
        opener = getattr(window, "open_section", None)
        if opener is not None:
            try:
                opener("day", day)
            except KeyError:
                return
