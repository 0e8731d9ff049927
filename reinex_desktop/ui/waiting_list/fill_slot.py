""" "Fill this slot": the waiting families that fit a freed lesson or seat, the offer to send, and the
booking once the family agreed (REQUIREMENTS screen 7, "every freed slot offered to the right family").

Keyboard: ↑/↓ choose a family (priority first, then the longest waiting); Ctrl+Shift+C copies the offer,
Ctrl+W opens WhatsApp, Ctrl+B books the slot for the family (with the conflict preview). Nothing is
booked until that last step.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.catalog import instructor_names
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.waiting_list.access import can_book, can_view
from reinex_desktop.services.waiting_list.conversion import Conversion, Outcome
from reinex_desktop.services.waiting_list.offers import Offer, fillable, offers
from reinex_desktop.ui.labels import message_text
from reinex_desktop.ui.waiting_list.convert_dialog import ConvertDialog
from reinex_desktop.ui.waiting_list.models import when


class FillSlotDialog(QDialog):
    def __init__(self, context: AppContext, lesson: LessonInstance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fillSlot")
        self.setWindowTitle(self.tr("Fill this slot"))
        self._context = context
        self.offers: list[Offer] = []
        self.families = QListWidget(self)
        self.families.setObjectName("fillSlotFamilies")
        self.families.setAccessibleName(self.tr("Waiting families that fit"))
        self.message = QPlainTextEdit(self)
        self.message.setObjectName("fillSlotMessage")
        self.message.setAccessibleName(self.tr("Offer message"))
        self.message.setTabChangesFocus(True)
        self.message.setMaximumHeight(110)
        self.status = QLabel(self)
        self.status.setObjectName("fillSlotStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = self._button(buttons, "fillSlotCopy", self.tr("&Copy the offer"), "Ctrl+Shift+C", self.copy)
        self.whatsapp_button = self._button(buttons, "fillSlotWhatsApp", self.tr("&WhatsApp"), "Ctrl+W", self.whatsapp)
        self.book_button = self._button(buttons, "fillSlotBook", self.tr("&Book for this family…"), "Ctrl+B", self.book)
        self.book_button.setVisible(can_book(context.user))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Families waiting for this slot, priority first:"), self))
        layout.addWidget(self.families, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.families.currentRowChanged.connect(self._on_row)
        self.resize(720, 460)
        try:
            self.offers = offers(context, lesson)
        except DomainError as error:
            self.status.setText(message_text(error.message))
        zone = context.zone()
        for offer in self.offers:
            mark = "★ " if offer.entry.priority_flag else ""
            reasons = ", ".join(r.render(QCoreApplication.translate) for r in offer.candidate.reasons)
            entry = offer.entry
            self.families.addItem(
                f"{mark}{entry.student_name} — {entry.service_name} — {when(offer.candidate, zone)}: {reasons}"
            )
        if self.offers:
            self.families.setCurrentRow(0)
        else:
            self.status.setText(self.tr("No waiting family fits this slot."))
        self._on_row(self.families.currentRow())
        self.families.setFocus()

    def _button(self, box: QDialogButtonBox, name: str, text: str, keys: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: button.click() if button.isVisible() and button.isEnabled() else None)
        self.addAction(action)
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    def current(self) -> Offer | None:
        row = self.families.currentRow()
        return self.offers[row] if 0 <= row < len(self.offers) else None

    def _on_row(self, _row: int) -> None:
        offer = self.current()
        self.message.setPlainText(offer.text() if offer else "")
        for button in (self.copy_button, self.whatsapp_button, self.book_button):
            button.setEnabled(offer is not None)
        if offer is not None:
            self.whatsapp_button.setEnabled(offer.phone_digits is not None)
            self.status.setText(message_text(offer.problem) if offer.problem else "")

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.message.toPlainText())
        self.status.setText(self.tr("The offer was copied."))

    def whatsapp(self) -> None:
        offer = self.current()
        link = offer.whatsapp_link(self.message.toPlainText()) if offer else None
        if link:
            QDesktopServices.openUrl(QUrl(link))

    def book(self) -> ConvertDialog | None:
        offer = self.current()
        if offer is None:
            return None
        names = instructor_names(self._context)
        conversion = Conversion(offer.entry, offer.candidate, Outcome.LESSON)
        dialog = ConvertDialog(self._context, conversion, names.get(offer.candidate.instructor_id, ""), self)
        dialog.accepted.connect(self.accept)
        dialog.open()
        return dialog


def add_fill_slot_action(menu: QMenu, context: AppContext, lesson: LessonInstance, parent: QWidget) -> None:
    """ "Fill this slot…" in a lesson's menu, for a cancelled lesson or a group seat a participant freed."""
    if not can_view(context.user) or not fillable(lesson):
        return
    menu.addAction(
        QCoreApplication.translate("FillSlotDialog", "Fill this slot…"),
        partial(open_fill_slot, context, lesson, parent),
    )


def open_fill_slot(context: AppContext, lesson: LessonInstance, parent: QWidget) -> FillSlotDialog:
    dialog = FillSlotDialog(context, lesson, parent)
    dialog.open()
    return dialog
