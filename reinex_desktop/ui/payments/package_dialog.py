"""Sell a package of lessons at the desk: service, name, number of lessons, price and validity."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.money import typed_amount
from reinex_desktop.services.catalog import bookable_services
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.payments import sell_package
from reinex_desktop.ui.background import Operation, failure_text
from reinex_desktop.ui.formats import pydate, qdate, use_short_date


class SellPackageDialog(QDialog):
    #: A package was sold (the new commitment's id).
    package_sold = Signal(object)

    def __init__(
        self, context: AppContext, student_id: UUID, student_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sellPackageDialog")
        self.setWindowTitle(self.tr("Sell a package — {student}").format(student=student_name))
        self._context = context
        self._student_id = student_id
        self._services = bookable_services(context)
        self.service = QComboBox(self)
        self.service.setObjectName("packageService")
        for service in self._services:
            self.service.addItem(service.name, str(service.id))
        self.name = QLineEdit(self)
        self.name.setObjectName("packageName")
        self.lessons = QSpinBox(self)
        self.lessons.setObjectName("packageLessons")
        self.lessons.setRange(1, 500)
        self.lessons.setValue(10)
        self.price = QLineEdit(self)
        self.price.setObjectName("packagePrice")
        self.price.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.price.setPlaceholderText("0.00")
        self.has_expiry = QCheckBox(self.tr("&Valid until"), self)
        self.has_expiry.setChecked(True)
        self.expires = QDateEdit(qdate(context.today() + timedelta(days=365)), self)
        self.expires.setObjectName("packageExpires")
        self.expires.setCalendarPopup(True)
        use_short_date(self.expires)
        self.expires.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.has_expiry.toggled.connect(self.expires.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("&Service"), self.service)
        form.addRow(self.tr("Package &name"), self.name)
        form.addRow(self.tr("Number of &lessons"), self.lessons)
        form.addRow(self.tr("&Price (₪)"), self.price)
        form.addRow(self.has_expiry, self.expires)
        self.error = QLabel(self)
        self.error.setObjectName("packageError")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Sell package"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.setFocus()

    @Slot()
    def submit(self) -> None:
        try:
            price = typed_amount(self.price.text())
        except ValueError as bad:
            self.error.setText(self.tr("“{text}” is not an amount; write it like 2000.00.").format(text=bad))
            return
        index = self.service.currentIndex()
        if price is None or not 0 <= index < len(self._services):
            self.error.setText(self.tr("Choose the service and enter the package's price."))
            return
        service_id, name, lessons = self._services[index].id, self.name.text(), self.lessons.value()
        expires = pydate(self.expires.date()) if self.has_expiry.isChecked() else None

        def work() -> UUID:
            return sell_package(
                self._context,
                student_id=self._student_id,
                service_id=service_id,
                package_name=name,
                lessons=lessons,
                price=price,
                expires_on=expires,
            )

        Operation(self, work, write=True).success(self._on_sold).disabling(self._ok).failure(self._show_failure).run()

    def _on_sold(self, commitment_id: UUID) -> None:
        self.package_sold.emit(commitment_id)
        self.accept()

    def _show_failure(self, error: Exception) -> None:
        self.error.setText(failure_text(error))
