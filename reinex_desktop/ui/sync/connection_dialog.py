"""The connection dialog: the embedded demo clinic, a tenant database, or the web backend.

Addresses and tokens are typed left-to-right. "Test connection" runs in the background (the dialog
stays responsive); "Save" stores the profile (no secret in it) and the password or token in the
keyring, and the new connection is used from the next start. A database profile names who works
at the desk — a role and, for an instructor, which one (listed once the connection was tested);
the signed-in Owner or Admin decides it and the tenant's audit trail records it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.sync.profile import BackendKind, ConnectionCheck, ConnectionProfile
from reinex_desktop.domain.text import Message
from reinex_desktop.services.sync.connection import ConnectionService
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.labels import label, message_text


def _ltr(edit: QLineEdit) -> QLineEdit:
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return edit


class ConnectionDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        service: ConnectionService | None = None,
        decided_by: Actor | None = None,
    ) -> None:
        super().__init__(parent)
        self._decided_by = decided_by
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Connection"))
        self._service = service or ConnectionService()
        self._kinds = QButtonGroup(self)
        self._embedded = QRadioButton(self.tr("Embedded demo clinic (on this computer)"), self)
        self._database = QRadioButton(self.tr("Clinic database (PostgreSQL)"), self)
        self._web = QRadioButton(self.tr("Web backend"), self)
        for index, button in enumerate((self._embedded, self._database, self._web)):
            self._kinds.addButton(button, index)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._embedded_page())
        self._pages.addWidget(self._database_page())
        self._pages.addWidget(self._web_page())
        choice = QGroupBox(self.tr("Where the clinic's data lives"), self)
        choice_layout = QVBoxLayout(choice)
        for button in (self._embedded, self._database, self._web):
            choice_layout.addWidget(button)
        self._result = QLabel(self)
        self._result.setObjectName("connectionResult")
        self._result.setWordWrap(True)
        self._result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._test = QPushButton(self.tr("Test connection"), self)
        self._test.setObjectName("testConnection")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self._test, QDialogButtonBox.ButtonRole.ActionRole)
        self._save = buttons.button(QDialogButtonBox.StandardButton.Save)
        self._save.setObjectName("saveConnection")
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        self._test.clicked.connect(self._on_test_clicked)
        self._kinds.idToggled.connect(self._on_kind_toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(choice)
        layout.addWidget(self._pages)
        layout.addWidget(self._result)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)
        self._load(self._service.current())

    # --- pages ------------------------------------------------------------------------------------

    def _embedded_page(self) -> QWidget:
        page = QLabel(
            self.tr(
                "A demo clinic with realistic data, stored on this computer. Nothing is sent anywhere; "
                "good for trying Reinex out."
            ),
            self,
        )
        page.setWordWrap(True)
        return page

    def _database_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self._db_url = _ltr(QLineEdit(page))
        self._db_url.setObjectName("databaseUrl")
        self._db_url.setPlaceholderText("postgresql://reception@db.example.org:5432/clinic")
        self._db_password = _ltr(QLineEdit(page))
        self._db_password.setObjectName("databasePassword")
        self._db_password.setEchoMode(QLineEdit.EchoMode.Password)
        self._verify_full = QCheckBox(self.tr("Require an encrypted connection with a verified certificate"), page)
        self._verify_full.setObjectName("verifyFull")
        self._verify_full.setChecked(True)
        self._desk_role = QComboBox(page)
        self._desk_role.setObjectName("deskRole")
        self._desk_role.addItem(self.tr("Choose…"), "")
        for role in Role:
            self._desk_role.addItem(label(role), role.value)
        self._staff = QComboBox(page)
        self._staff.setObjectName("deskStaff")
        self._staff.addItem(self.tr("Nobody in particular (reception)"), "")
        form.addRow(self.tr("Database address"), self._db_url)
        form.addRow(self.tr("Password"), self._db_password)
        form.addRow("", self._verify_full)
        form.addRow(self.tr("Role at this desk"), self._desk_role)
        form.addRow(self.tr("Staff member"), self._staff)
        self._db_hint = QLabel(page)
        self._db_hint.setWordWrap(True)
        form.addRow("", self._db_hint)
        return page

    def _web_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self._web_url = _ltr(QLineEdit(page))
        self._web_url.setObjectName("webUrl")
        self._web_url.setPlaceholderText("https://clinic.example.org")
        self._org = _ltr(QLineEdit(page))
        self._org.setObjectName("organization")
        self._token = _ltr(QLineEdit(page))
        self._token.setObjectName("token")
        self._token.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Web backend address"), self._web_url)
        form.addRow(self.tr("Organization"), self._org)
        form.addRow(self.tr("Access token"), self._token)
        self._web_hint = QLabel(page)
        self._web_hint.setWordWrap(True)
        form.addRow("", self._web_hint)
        return page

    # --- state ------------------------------------------------------------------------------------

    def _load(self, profile: ConnectionProfile) -> None:
        index = {BackendKind.EMBEDDED: 0, BackendKind.DATABASE: 1, BackendKind.WEB: 2}[profile.kind]
        self._kinds.button(index).setChecked(True)
        self._pages.setCurrentIndex(index)
        self._db_url.setText(profile.database_url)
        self._verify_full.setChecked(profile.verify_full)
        self._desk_role.setCurrentIndex(max(0, self._desk_role.findData(profile.role)))
        if profile.staff_id:
            self._set_staff(((profile.staff_id, profile.staff_id),), profile.staff_id)
        self._web_url.setText(profile.web_url)
        self._org.setText(profile.org_id)
        saved = profile.kind is not BackendKind.EMBEDDED and self._service.has_secret(profile)
        hint = self.tr("A password is saved in the system keyring; leave empty to keep it.") if saved else ""
        self._db_hint.setText(hint if profile.kind is BackendKind.DATABASE else "")
        token_hint = self.tr("A token is saved in the system keyring; leave empty to keep it.") if saved else ""
        self._web_hint.setText(token_hint if profile.kind is BackendKind.WEB else "")

    def profile(self) -> ConnectionProfile:
        kind = (BackendKind.EMBEDDED, BackendKind.DATABASE, BackendKind.WEB)[max(0, self._kinds.checkedId())]
        return ConnectionProfile(
            kind=kind,
            database_url=self._db_url.text().strip() if kind is BackendKind.DATABASE else "",
            verify_full=self._verify_full.isChecked(),
            web_url=self._web_url.text().strip() if kind is BackendKind.WEB else "",
            org_id=self._org.text().strip() if kind is BackendKind.WEB else "",
            role=str(self._desk_role.currentData() or "") if kind is BackendKind.DATABASE else "",
            staff_id=str(self._staff.currentData() or "") if kind is BackendKind.DATABASE else "",
        )

    def _set_staff(self, staff: tuple[tuple[str, str], ...], selected: str) -> None:
        """Offer these staff members (id, name), keeping `selected` chosen when it is among them."""
        self._staff.clear()
        self._staff.addItem(self.tr("Nobody in particular (reception)"), "")
        for staff_id, name in staff:
            self._staff.addItem(name, staff_id)
        self._staff.setCurrentIndex(max(0, self._staff.findData(selected)))

    def secret(self) -> str | None:
        kind = self.profile().kind
        typed = {BackendKind.DATABASE: self._db_password, BackendKind.WEB: self._token}.get(kind)
        return typed.text() if typed is not None and typed.text() else None

    @property
    def result_text(self) -> str:
        return self._result.text()

    # --- actions ----------------------------------------------------------------------------------

    @Slot(int, bool)
    def _on_kind_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self._pages.setCurrentIndex(index)
            self._result.clear()

    def _show_problems(self, problems: list[Message]) -> None:
        self._result.setText("\n".join(message_text(problem) for problem in problems))

    @Slot()
    def _on_test_clicked(self) -> None:
        profile, secret = self.profile(), self.secret()
        self._test.setEnabled(False)
        self._result.setText(self.tr("Testing the connection…"))
        Operation(self, lambda: self._service.check(profile, secret)).success(self._on_tested).failure(
            self._on_test_failed
        ).run()

    def _on_tested(self, outcome: ConnectionCheck | list[Message]) -> None:
        self._test.setEnabled(True)
        if isinstance(outcome, list):
            self._show_problems(outcome)
            return
        if outcome.staff:
            self._set_staff(outcome.staff, str(self._staff.currentData() or ""))
        role = _role(outcome.role)
        self._result.setText(message_text(outcome.message(label(role) if role is not None else outcome.role)))

    def _on_test_failed(self, _error: Exception) -> None:
        self._test.setEnabled(True)
        self._result.setText(self.tr("The connection could not be tested."))

    @Slot()
    def _on_save_clicked(self) -> None:
        profile, secret = self.profile(), self.secret()
        self._save.setEnabled(False)
        Operation(self, lambda: self._service.save(profile, secret, decided_by=self._decided_by)).success(
            self._on_saved
        ).failure(self._on_save_failed).run()

    def _on_saved(self, problems: list[Message]) -> None:
        self._save.setEnabled(True)
        if problems:
            self._show_problems(problems)
            return
        self._result.setText(self.tr("Saved. Reinex uses this connection from its next start."))
        self._db_password.clear()
        self._token.clear()
        self.accept()

    def _on_save_failed(self, _error: Exception) -> None:
        self._save.setEnabled(True)
        self._result.setText(self.tr("The connection could not be saved."))


def _role(value: str) -> Role | None:
    try:
        return Role(value)
    except ValueError:
        return None
