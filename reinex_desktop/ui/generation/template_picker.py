"""Choose the series a reset forward rebuilds: a searchable list with check boxes."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.generation.templates import TemplateState
from reinex_desktop.services.generation.templates import TemplateList
from reinex_desktop.ui.generation.template_texts import template_summary


class TemplatePickerDialog(QDialog):
    def __init__(self, templates: TemplateList, chosen: Sequence[UUID], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePicker")
        self.setWindowTitle(self.tr("Templates to reset forward"))
        self._search = QLineEdit(self)
        self._search.setObjectName("templatePickerSearch")
        self._search.setPlaceholderText(self.tr("Search by student, instructor or service…"))
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._on_search_text_changed)
        self._list = QListWidget(self)
        self._list.setObjectName("templatePickerList")
        self._list.setAccessibleName(self.tr("Templates"))
        wanted = set(chosen)
        current = (TemplateState.ACTIVE, TemplateState.NOT_STARTED, TemplateState.PAUSED)
        for item in sorted(
            (i for i in templates.items if i.state in current),
            key=lambda i: (templates.names.student(i.template.student_id), i.template.day_of_week),
        ):
            entry = QListWidgetItem(template_summary(item.template, templates.names), self._list)
            entry.setData(Qt.ItemDataRole.UserRole, item.template.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item.template.id in wanted else Qt.CheckState.Unchecked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Lessons of these series are deleted where safe and generated again."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self._search)
        layout.addWidget(self._list, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 48, self.fontMetrics().height() * 30)

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self._list.count()):
            item = self._list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def chosen(self) -> tuple[UUID, ...]:
        return tuple(
            self._list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self._list.count())
            if self._list.item(row).checkState() == Qt.CheckState.Checked
        )
