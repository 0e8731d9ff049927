"""Message templates with their placeholders, checked as you type, with a live example."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from reinex_desktop.domain.enums import Gender
from reinex_desktop.domain.messages.family import FamilyLessonFacts, FamilyMessageFacts
from reinex_desktop.domain.messages.offer import OfferFacts
from reinex_desktop.domain.messages.templates import (
    FAMILY_PLACEHOLDERS,
    KEY_MESSAGE_TEMPLATES,
    OFFER_PLACEHOLDERS,
    PLACEHOLDERS,
    Facts,
    MessageFacts,
    MessageKind,
    render,
    validate_template,
)
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.settings import SettingsSnapshot
from reinex_desktop.ui.labels import message_text


class MessagesPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsMessages")
        self._clinic = ""
        self._editors: dict[MessageKind, QPlainTextEdit] = {}
        self._previews: dict[MessageKind, QLabel] = {}
        titles = {
            MessageKind.CONFIRMATION: self.tr("Confirmation request"),
            MessageKind.REMINDER: self.tr("Reminder"),
            MessageKind.CANCELLATION: self.tr("Cancellation"),
            MessageKind.FAMILY_CONFIRMATION: self.tr("Family confirmation (all of a family's lessons of a day)"),
            MessageKind.WAITING_LIST_OFFER: self.tr("Waiting-list offer (a freed slot offered to a waiting family)"),
        }
        grid = QGridLayout(self)
        # The templates scroll when the window is short, so no editor is squeezed under its preview.
        templates = QWidget(self)
        column_of_templates = QVBoxLayout(templates)
        column_of_templates.setContentsMargins(0, 0, 0, 0)
        for kind in MessageKind:
            box = QGroupBox(titles[kind], templates)
            editor = QPlainTextEdit(box)
            editor.setObjectName(f"template_{kind.value}")
            editor.setAccessibleName(titles[kind])
            editor.setTabChangesFocus(True)
            lines = editor.fontMetrics().lineSpacing()
            editor.setMinimumHeight(lines * 3)
            editor.setMaximumHeight(lines * 5)
            editor.textChanged.connect(lambda k=kind: self._on_text_changed(k))
            preview = QLabel(box)
            preview.setObjectName(f"preview_{kind.value}")
            preview.setWordWrap(True)
            column = QVBoxLayout(box)
            column.addWidget(editor)
            column.addWidget(preview)
            column_of_templates.addWidget(box)
            self._editors[kind] = editor
            self._previews[kind] = preview
        help_box = QGroupBox(self.tr("Placeholders"), self)
        help_lines = "\n".join(
            f"{{{name}}} — {QCoreApplication.translate('Messages', meaning)}" for name, meaning in PLACEHOLDERS.items()
        )
        family_lines = "\n".join(
            f"{{{name}}} — {QCoreApplication.translate('Messages', meaning)}"
            for name, meaning in FAMILY_PLACEHOLDERS.items()
        )
        help_lines += "\n\n" + self.tr("In the family confirmation:") + "\n" + family_lines
        offer_question = QCoreApplication.translate("Messages", OFFER_PLACEHOLDERS["question"])
        help_lines += "\n\n" + self.tr("In the waiting-list offer:") + "\n" + f"{{question}} — {offer_question}"
        help_label = QLabel(help_lines, help_box)
        help_label.setObjectName("placeholderHelp")
        help_label.setWordWrap(True)
        help_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        help_scroll = QScrollArea(help_box)
        help_scroll.setWidgetResizable(True)
        help_scroll.setFrameShape(QFrame.Shape.NoFrame)
        help_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        help_scroll.setWidget(help_label)
        help_layout = QVBoxLayout(help_box)
        help_layout.addWidget(help_scroll)
        column_of_templates.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("templatesScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(templates)
        grid.addWidget(scroll, 0, 0)
        grid.addWidget(help_box, 0, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 2)

    def _sample(self, kind: MessageKind) -> Facts:
        if kind is MessageKind.FAMILY_CONFIRMATION:
            return self._family_sample()
        facts = MessageFacts if kind is not MessageKind.WAITING_LIST_OFFER else OfferFacts
        return facts(
            student=self.tr("Noa Cohen"),
            student_first_name=self.tr("Noa"),
            guardian=self.tr("Ronit"),
            day=date(2026, 11, 24),
            start=time(16, 30),
            end=time(17, 15),
            duration_minutes=45,
            instructor=self.tr("Yael Levi"),
            service=self.tr("Therapeutic riding"),
            clinic=self._clinic or self.tr("the clinic"),
            gender=Gender.FEMALE,
        )

    def _family_sample(self) -> FamilyMessageFacts:
        riding, instructor = self.tr("Therapeutic riding"), self.tr("Yael Levi")
        return FamilyMessageFacts(
            guardian=self.tr("Ronit"),
            day=date(2026, 11, 24),
            clinic=self._clinic or self.tr("the clinic"),
            lessons=(
                FamilyLessonFacts(time(16, 30), time(17, 15), self.tr("Noa"), Gender.FEMALE, riding, instructor),
                FamilyLessonFacts(time(17, 15), time(18, 0), self.tr("Dan"), Gender.MALE, riding, instructor),
            ),
        )

    def _on_text_changed(self, kind: MessageKind) -> None:
        preview = self._previews[kind]
        try:
            template = validate_template(self._editors[kind].toPlainText(), kind)
        except DomainError as error:
            preview.setText("⚠ " + message_text(error.message))
            return
        preview.setText(self.tr("Example: {text}").format(text=render(template, self._sample(kind))))

    def load(self, snapshot: SettingsSnapshot) -> None:
        self._clinic = snapshot.clinic.clinic_name
        for kind, editor in self._editors.items():
            editor.setPlainText(snapshot.templates[kind])

    def values(self) -> dict[str, Any]:
        return {KEY_MESSAGE_TEMPLATES: {kind.value: editor.toPlainText() for kind, editor in self._editors.items()}}
