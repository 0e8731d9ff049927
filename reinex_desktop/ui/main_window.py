"""The main window: a navigation list on the leading side, the sections, and the sync status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from reinex_desktop.domain.schema_report import SchemaReport
from reinex_desktop.domain.undo import UndoStep
from reinex_desktop.i18n import install_language
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.undo import redo_last, undo_last
from reinex_desktop.ui.calendar.prompts import show_error
from reinex_desktop.ui.disabled_view import ReinexDisabledView
from reinex_desktop.ui.labels import label, message_text
from reinex_desktop.ui.schema_problem_view import SchemaProblemView
from reinex_desktop.ui.sections import Section, registered_sections
from reinex_desktop.ui.sync.status_item import SyncStatusWidget


class MainWindow(QMainWindow):
    #: The user picked another language; the window has rebuilt itself in it.
    language_changed = Signal(str)

    def __init__(self, context: AppContext, *, language: str = "he", schema: SchemaReport | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._context = context
        self._language = language
        self._schema = schema or SchemaReport()
        self._sections: list[Section] = []
        self._widgets: dict[str, QWidget] = {}
        self.resize(1400, 860)
        self._build()
        context.undo.subscribe(self._on_undo_changed)
        listener = self._on_undo_changed
        self.destroyed.connect(lambda _obj=None, stack=context.undo: stack.unsubscribe(listener))

    # --- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Reinex — reception desk"))
        self._build_menus()
        status = self.statusBar()
        status.setObjectName("statusBar")
        user = self._context.user.actor
        status.addWidget(QLabel(self.tr("{name} ({role})").format(name=user.name, role=label(self._context.user.role))))
        self._sync_status = SyncStatusWidget(self._context, self)
        status.addPermanentWidget(self._sync_status)
        if not self._context.user.enabled:
            self.setCentralWidget(ReinexDisabledView(self._context, self))
            return
        if not self._schema.ok:
            self.setCentralWidget(SchemaProblemView(self._schema, self))
            return
        self._nav = QListWidget(self)
        self._nav.setObjectName("navigation")
        self._nav.setAccessibleName(self.tr("Sections"))
        self._nav.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self._stack = QStackedWidget(self)
        self._stack.setObjectName("sections")
        self._sections = [s for s in registered_sections() if s.visible(self._context.user)]
        for section in self._sections:
            item = QListWidgetItem(QCoreApplication.translate("Sections", section.title))
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self._nav.addItem(item)
        self._nav.currentRowChanged.connect(self._on_nav_row_changed)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self._nav)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        if self._sections:
            self._nav.setCurrentRow(0)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        for old in (getattr(self, "_undo_action", None), getattr(self, "_redo_action", None)):
            if old is not None:  # the menus are being rebuilt in another language
                old.setObjectName("")
                old.deleteLater()
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self._undo_action = QAction(self.tr("&Undo"), self)
        self._undo_action.setObjectName("undo")
        self._undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self._undo_action.triggered.connect(self.undo)
        edit_menu.addAction(self._undo_action)
        self._redo_action = QAction(self.tr("&Redo"), self)
        self._redo_action.setObjectName("redo")
        self._redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._redo_action.triggered.connect(self.redo)
        edit_menu.addAction(self._redo_action)
        self._refresh_undo_actions()
        view_menu = bar.addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("he", "עברית"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == self._language)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)

    # --- undo ---------------------------------------------------------------------------------

    def _refresh_undo_actions(self) -> None:
        """ "Undo “Lesson moved”" / "Redo “…”", enabled only when there is something to do."""
        undo, redo = self._context.undo.next_undo(), self._context.undo.next_redo()
        self._undo_action.setEnabled(undo is not None)
        self._undo_action.setText(
            self.tr("&Undo “{action}”").format(action=message_text(undo.label)) if undo else self.tr("&Undo")
        )
        self._redo_action.setEnabled(redo is not None)
        self._redo_action.setText(
            self.tr("&Redo “{action}”").format(action=message_text(redo.label)) if redo else self.tr("&Redo")
        )

    def _toast(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _on_undo_changed(self, done: UndoStep | None) -> None:
        self._refresh_undo_actions()
        if done is not None:
            self._toast(self.tr("{action} — Undo: Ctrl+Z").format(action=message_text(done.label)))

    def undo(self) -> None:
        """Undo the desk's last action (Ctrl+Z); a conflict or refusal is shown and changes nothing."""
        try:
            step = undo_last(self._context)
        except Exception as error:  # shown, never raised into Qt
            show_error(self, error)
            return
        action = message_text(step.label)
        if step.redo is None:  # e.g. a participant added: adding them again is a new action
            self._toast(self.tr("Undone: {action}").format(action=action))
        else:
            self._toast(self.tr("Undone: {action} — Redo: Ctrl+Shift+Z").format(action=action))

    def redo(self) -> None:
        """Do again the last action undone (Ctrl+Shift+Z)."""
        try:
            step = redo_last(self._context)
        except Exception as error:
            show_error(self, error)
            return
        self._toast(self.tr("Redone: {action}").format(action=message_text(step.label)))

    # --- behaviour ------------------------------------------------------------------------------

    def _on_nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._sections):
            self._stack.setCurrentWidget(self._section_widget(self._sections[row]))

    def _section_widget(self, section: Section) -> QWidget:
        widget = self._widgets.get(section.key)
        if widget is None:
            widget = section.factory(self._context)
            widget.setParent(self._stack)
            requested = getattr(widget, "open_requested", None)  # a section asking for another one
            if requested is not None:
                requested.connect(self._on_open_requested)
            self._widgets[section.key] = widget
            self._stack.addWidget(widget)
        return widget

    @property
    def section_keys(self) -> list[str]:
        return [section.key for section in self._sections]

    def current_section(self) -> QWidget | None:
        return self._stack.currentWidget() if self._opened else None

    @property
    def _opened(self) -> bool:
        """The clinic's sections are shown: Reinex is on and the schema complete."""
        return self._schema.ok and self._context.user.enabled

    def open_section(self, key: str, day: date | None = None) -> QWidget:
        """Show the section `key` (and its `day`, when it has days); raises KeyError if not offered."""
        row = self.section_keys.index(key) if key in self.section_keys else -1
        if row < 0:
            raise KeyError(key)
        self._nav.setCurrentRow(row)
        widget = self._section_widget(self._sections[row])
        if day is not None and hasattr(widget, "show_date"):
            widget.show_date(day)
        return widget

    def _on_open_requested(self, key: str, request: object) -> None:
        """Show section `key` and hand it `request` (its `handle_request`), when the user may open it."""
        if key not in self.section_keys:
            return
        handler = getattr(self.open_section(key), "handle_request", None)
        if handler is not None:
            handler(request)

    def set_language(self, language: str) -> None:
        """Switch language and direction, and rebuild every screen in it."""
        if language == self._language:
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_language(app, language)
        self._language = language
        current = self.section_keys[self._nav.currentRow()] if self._opened and self._sections else None
        for widget in self._widgets.values():
            listener = getattr(widget, "_on_data_changed", None)
            if listener is not None:
                self._context.notices.unsubscribe(listener)
            widget.deleteLater()
        self._widgets.clear()
        old = self.takeCentralWidget()
        if old is not None:
            old.setParent(None)
            old.deleteLater()
        self.statusBar().deleteLater()
        self.setStatusBar(None)  # type: ignore[arg-type]
        self._build()
        if current in self.section_keys:
            self.open_section(current)
        self.language_changed.emit(language)

    @property
    def language(self) -> str:
        return self._language
