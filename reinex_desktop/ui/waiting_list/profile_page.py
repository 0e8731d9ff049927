"""The student profile's waiting-list tab with a "New waiting-list entry" button (REQUIREMENTS screen 3)."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from reinex_desktop.services.context import AppContext
from reinex_desktop.services.waiting_list.access import can_manage
from reinex_desktop.services.waiting_list.entries import choices
from reinex_desktop.ui.waiting_list.editor import EntryEditorDialog


class WaitingListProfilePage(QWidget):
    """The profile's read-only table of the student's entries, and the editor for a new one."""

    def __init__(self, context: AppContext, student_id: UUID, table: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileWaitingList")
        self._context = context
        self._student_id = student_id
        self.new_button = QPushButton(self.tr("New waiting-list entry…"), self)
        self.new_button.setObjectName("profileNewWaitingEntry")
        self.new_button.setVisible(can_manage(context.user))
        self.new_button.clicked.connect(self.new_entry)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(table, 1)

    def new_entry(self) -> QDialog:
        dialog = EntryEditorDialog(self._context, choices(self._context), student_id=self._student_id, parent=self)
        dialog.open()
        return dialog
