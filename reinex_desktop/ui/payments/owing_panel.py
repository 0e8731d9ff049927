"""The Today screen's list of families that owe more than the clinic's amount or for too long."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from reinex_desktop.domain.payments.debts import DebtAlert
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.payments import OwingFamily, owing_families
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.change_notices import NoticeRelay
from reinex_desktop.ui.formats import money, short_date

translate = QCoreApplication.translate
REFRESH_ON = frozenset({"money", "payments", "lessons", "students"})


def alert_text(alert: DebtAlert) -> str:
    """One sentence: how much is owed and, when known, since when."""
    if alert.oldest_open is None:
        return translate("OwingFamilies", "Owes {amount}").format(amount=money(alert.balance))
    return translate("OwingFamilies", "Owes {amount} since {day}").format(
        amount=money(alert.balance), day=short_date(alert.oldest_open)
    )


class OwingFamiliesPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("owingFamilies")
        self._context = context
        self.title = QLabel(translate("OwingFamilies", "Families that owe"), self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("owingFamiliesList")
        self.list.setAccessibleName(translate("OwingFamilies", "Families that owe"))
        self.empty = QLabel(translate("OwingFamilies", "No family owes more than the clinic's limits."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        self._notices = NoticeRelay(self, context, self._on_data_changed)  # on the GUI thread
        self.refresh()

    def refresh(self) -> None:
        Operation(self, lambda: owing_families(self._context)).success(self._show).run()

    def _on_data_changed(self, areas: frozenset[str]) -> None:
        if areas & REFRESH_ON:
            self.refresh()

    @Slot(object)
    def _show(self, found: list[OwingFamily]) -> None:
        self.list.clear()
        for family in found:
            item = QListWidgetItem(f"{', '.join(family.names)} — {alert_text(family.alert)}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, family.student_ids[0])
        self.list.setVisible(bool(found))
        self.empty.setVisible(not found)
