"""The student profile: who they are, how to reach them, and everything around them.

Header: name, age, status and medical flags (only with `reinex_medical_flags_view`), contact
buttons (call, WhatsApp link, e-mail) for the primary contact, and the actions the user's role
allows (edit details, guardians, deactivate / reactivate). Tabs: details, guardians, weekly
lessons, upcoming lessons, history, commitments (with financial access), forms and OTP history,
waiting list. The profile reloads itself when students, lessons or money change.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.enums import FlagSeverity
from reinex_desktop.domain.people import StudentGuardian
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.students.guardians import contact_order, primary_of
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.students.profile import StudentProfile, load_profile
from reinex_desktop.services.waiting_list.access import can_view as can_view_waiting_list
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.change_notices import NoticeRelay
from reinex_desktop.ui.labels import isolate_ltr, label, message_text
from reinex_desktop.ui.payments.account_tab import FamilyAccountTab
from reinex_desktop.ui.students import profile_tabs as tabs
from reinex_desktop.ui.students.texts import day_text, phone_text, word
from reinex_desktop.ui.waiting_list.profile_page import WaitingListProfilePage

REFRESH_ON = frozenset({"students", "lessons", "money", "templates", "waiting_list", "forms"})


def contact_links(guardians: tuple[StudentGuardian, ...]) -> dict[str, str]:
    """tel:, WhatsApp (wa.me) and mailto: links of the primary contact (or the next who has one)."""
    ordered = contact_order(guardians)
    phone = next((g.guardian.phone for g in ordered if g.guardian.phone), None)
    email = next((g.guardian.email for g in ordered if g.guardian.email), None)
    links: dict[str, str] = {}
    if phone:
        links["call"] = f"tel:{phone}"
        links["whatsapp"] = f"https://wa.me/{phone.lstrip('+')}"
    if email:
        links["email"] = f"mailto:{email}"
    return links


class StudentProfileDialog(QDialog):
    #: Another student's profile should open (e.g. the owner of a duplicate ID number).
    student_requested = Signal(UUID)
    #: The profile was (re)loaded and shows the student as stored now.
    profile_loaded = Signal()

    def __init__(self, context: AppContext, student_id: UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studentProfile")
        self._context = context
        self._student_id = student_id
        self.profile: StudentProfile | None = None
        self.setWindowTitle(self.tr("Student"))
        width = self.fontMetrics().horizontalAdvance("M")
        self.resize(width * 78, width * 52)
        self._build()
        notices = NoticeRelay(self, context, self._on_data_changed)
        self.finished.connect(lambda _code: notices.stop())
        self.reload()

    @property
    def student_id(self) -> UUID:
        return self._student_id

    # --- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        self._name = QLabel(self)
        self._name.setObjectName("profileName")
        font = QFont(self._name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._name.setFont(font)
        self._facts = QLabel(self)
        self._facts.setObjectName("profileFacts")
        self._flags = QLabel(self)
        self._flags.setObjectName("profileFlags")
        self._flags.setWordWrap(True)
        self._buttons: dict[str, QPushButton] = {}
        contact = QHBoxLayout()
        for key, text in (("call", self.tr("Call")), ("whatsapp", self.tr("WhatsApp")), ("email", self.tr("E-mail"))):
            button = QPushButton(text, self)
            button.setObjectName(f"contact_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self._open_link(k))
            self._buttons[key] = button
            contact.addWidget(button)
        contact.addStretch(1)
        for key, text in (
            ("edit", self.tr("Edit details…")),
            ("guardians", self.tr("Guardians…")),
            ("active", self.tr("Deactivate…")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"profile_{key}")
            self._buttons[key] = button
            contact.addWidget(button)
        self._buttons["edit"].clicked.connect(self.edit_details)
        self._buttons["guardians"].clicked.connect(self.edit_guardians)
        self._buttons["active"].clicked.connect(self.toggle_active)
        self._tabs = QTabWidget(self)
        self._tabs.setObjectName("profileTabs")
        self._error = QLabel(self)
        self._error.setObjectName("profileError")
        self._error.setWordWrap(True)
        self._error.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._name)
        layout.addWidget(self._facts)
        layout.addWidget(self._flags)
        layout.addLayout(contact)
        layout.addWidget(self._error)
        layout.addWidget(self._tabs, 1)
        layout.addWidget(close)

    # --- data -----------------------------------------------------------------------------------

    def reload(self) -> None:
        student_id = self._student_id
        Operation(self, lambda: load_profile(self._context, student_id)).success(self._show).failure(
            self._on_failed
        ).run()

    def _on_data_changed(self, areas: frozenset[str]) -> None:
        if areas & REFRESH_ON:
            self.reload()

    def _on_failed(self, error: Exception) -> None:
        self._error.setText(message_text(error.message) if isinstance(error, DomainError) else str(error))
        self._error.show()
        for key in ("edit", "guardians", "active"):
            self._buttons[key].setEnabled(False)

    @Slot(object)
    def _show(self, profile: StudentProfile) -> None:
        self.profile = profile
        student = profile.student
        self.setWindowTitle(self.tr("Student — {name}").format(name=student.full_name))
        self._name.setText(student.full_name)
        self._facts.setText(self._facts_text(profile))
        self._flags.setText(self._flags_text(profile))
        self._flags.setVisible(bool(self._flags.text()))
        links = contact_links(profile.guardians)
        for key in ("call", "whatsapp", "email"):
            button = self._buttons[key]
            button.setEnabled(key in links)
            button.setProperty("url", links.get(key, ""))
            button.setToolTip(links.get(key, self.tr("No contact details recorded")))
        for key in ("edit", "guardians", "active"):
            self._buttons[key].setVisible(profile.can_edit)
            self._buttons[key].setEnabled(True)
        self._buttons["active"].setText(self.tr("Deactivate…") if student.is_active else self.tr("Reactivate"))
        self._error.hide()
        self._fill_tabs(profile)
        self.profile_loaded.emit()

    def _facts_text(self, profile: StudentProfile) -> str:
        student = profile.student
        parts = []
        if profile.age is not None:
            parts.append(
                self.tr("Age {age} (born {date})").format(age=profile.age, date=day_text(student.date_of_birth))
            )
        if student.national_id:
            parts.append(self.tr("ID {number}").format(number=isolate_ltr(student.national_id)))
        parts.append(label(student.onboarding_status))
        if not student.is_active:
            parts.append(self.tr("Inactive"))
        primary = primary_of(profile.guardians)
        if primary is not None and primary.guardian.phone:
            parts.append(
                self.tr("{name} ({relationship}) {phone}").format(
                    name=primary.guardian.full_name,
                    relationship=label(primary.relationship),
                    phone=phone_text(primary.guardian.phone),
                )
            )
        return " · ".join(parts)

    def _flags_text(self, profile: StudentProfile) -> str:
        if not profile.medical_visible or not profile.student.medical_flags:
            return ""
        marks = {FlagSeverity.HIGH: "⚠", FlagSeverity.MEDIUM: "●", FlagSeverity.LOW: "○"}
        return "  ".join(
            self.tr("{mark} {label} ({severity})").format(
                mark=marks[f.severity], label=f.label, severity=word(f.severity)
            )
            for f in profile.student.medical_flags
        )

    def _fill_tabs(self, profile: StudentProfile) -> None:
        current = self._tabs.currentIndex()
        while self._tabs.count():
            page = self._tabs.widget(0)
            self._tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        zone = self._context.zone()
        self._tabs.addTab(tabs.details_tab(profile, self), self.tr("Details"))
        self._tabs.addTab(
            tabs.guardians_tab(profile, self), self.tr("Guardians ({count})").format(count=len(profile.guardians))
        )
        self._tabs.addTab(tabs.templates_tab(profile, self), self.tr("Weekly lessons"))
        self._tabs.addTab(tabs.lessons_tab(profile, zone, self, history=False), self.tr("Upcoming"))
        self._tabs.addTab(tabs.lessons_tab(profile, zone, self, history=True), self.tr("History"))
        if profile.commitments is not None:
            money = tabs.CommitmentsTab(
                profile, zone, self, can_add=self._context.user.can(Permission.FINANCIALS_MANAGE)
            )
            money.new_commitment_requested.connect(self.new_commitment)
            self._tabs.addTab(money, self.tr("Commitments"))
        self._tabs.addTab(tabs.forms_tab(profile, zone, self), self.tr("Forms"))
        if can_view_waiting_list(self._context.user):  # instructors see nothing of the waiting list
            waiting = WaitingListProfilePage(self._context, profile.student.id, tabs.waiting_tab(profile, zone, self))
            self._tabs.addTab(waiting, self.tr("Waiting list"))
        if self._context.user.can(Permission.FINANCIALS_VIEW):
            account = FamilyAccountTab(self._context, profile.student.id, profile.student.full_name, self)
            self._tabs.addTab(account, self.tr("Account"))
        self._tabs.setCurrentIndex(max(0, min(current, self._tabs.count() - 1)))

    def tab_titles(self) -> list[str]:
        return [self._tabs.tabText(i) for i in range(self._tabs.count())]

    def show_tab(self, index: int) -> QWidget:
        self._tabs.setCurrentIndex(index)
        return self._tabs.currentWidget()

    # --- actions --------------------------------------------------------------------------------

    def _open_link(self, key: str) -> None:
        url = self._buttons[key].property("url")
        if url:
            QDesktopServices.openUrl(QUrl(url))

    def edit_details(self) -> QDialog | None:
        from reinex_desktop.ui.students.student_editor import StudentEditorDialog

        if self.profile is None:
            return None
        dialog = StudentEditorDialog(
            self._context, self.profile.student, self, can_edit_rate=self.profile.can_edit_rate
        )
        dialog.student_requested.connect(self.student_requested)
        dialog.open()
        return dialog

    def edit_guardians(self) -> QDialog | None:
        from reinex_desktop.ui.students.guardian_editor import GuardiansDialog

        if self.profile is None:
            return None
        dialog = GuardiansDialog(self._context, self.profile.student, self.profile.guardians, self)
        dialog.open()
        return dialog

    def new_commitment(self) -> QDialog | None:
        """Open a package, HMO or private commitment for this student (the money screens' dialog)."""
        from reinex_desktop.ui.money.commitment_dialog import CommitmentDialog

        if self.profile is None:
            return None
        dialog = CommitmentDialog(self._context, self.profile.student.id, self.profile.student.full_name, self)
        dialog.open()
        return dialog

    def toggle_active(self) -> QDialog | None:
        from reinex_desktop.ui.students.student_editor import ActiveDialog

        if self.profile is None:
            return None
        dialog = ActiveDialog(self._context, self.profile.student, self)
        dialog.open()
        return dialog


def open_student(context: AppContext, student_id: UUID, parent: QWidget | None = None) -> StudentProfileDialog:
    """Show the profile of `student_id` as a non-modal window; it frees itself when closed."""
    dialog = StudentProfileDialog(context, student_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.student_requested.connect(lambda other: open_student(context, other, parent))
    dialog.show()
    return dialog
