"""The "Weekly generation" section: preview the diff, apply it, undo it in time, read the report.

The same screen previews a reset forward from a date for chosen series. Keyboard: F5 previews,
Ctrl+Enter applies, the category / instructor / student filters and the tree are in tab order.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from uuid import UUID

from PySide6.QtCore import QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.generation.runs import ApplyReport, RemovalReport, RunKind
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.generation.names import Names
from reinex_desktop.services.generation.preview import (
    GenerationPreview,
    preview_generation,
    preview_range,
    preview_reset_forward,
)
from reinex_desktop.services.generation.rows import PlanRow, kept_rows, plan_rows
from reinex_desktop.services.generation.runs import UndoStatus, apply_preview, recent_runs, undo_run, undo_status
from reinex_desktop.services.generation.templates import TemplateList, list_templates
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.calendar import prompts
from reinex_desktop.ui.change_notices import NoticeRelay
from reinex_desktop.ui.formats import pydate as _date
from reinex_desktop.ui.formats import qdate as _qdate
from reinex_desktop.ui.formats import short_date, use_long_date
from reinex_desktop.ui.generation.plan_model import CATEGORY_TEXT, Category, PlanTreeModel, RowFilter
from reinex_desktop.ui.generation.report_page import ReportPage
from reinex_desktop.ui.generation.requests import ResetForwardRequest
from reinex_desktop.ui.generation.template_picker import TemplatePickerDialog
from reinex_desktop.ui.labels import isolate_ltr, message_text

PREVIEW_PAGE, REPORT_PAGE = 0, 1
#: Beyond this many rows only the days are opened (a large clinic's two weeks are thousands).
EXPAND_ALL_UP_TO = 1500


def _has_work(preview: GenerationPreview) -> bool:
    removal = preview.removal_report
    return preview.counts.participants > 0 or bool(removal and removal.participants_deleted)


class GenerationView(QWidget):
    #: A run was applied, undone or reset forward; carries the run id.
    run_finished = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generation")
        self._context = context
        self._preview: GenerationPreview | None = None
        self._undo: UndoStatus | None = None
        self._undo_seen_at: datetime | None = None
        self._template_ids: tuple[UUID, ...] = ()
        self._last_names: Names | None = None
        self._busy = False
        self._build()
        first, last = preview_range(context)
        self._first.setDate(_qdate(first))
        self._last.setDate(_qdate(last))
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._notices = NoticeRelay(self, context, self._on_data_changed)  # on the GUI thread
        self.preview()
        self._look_for_undoable_run()

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._build_preview_page())
        self._report = ReportPage(self)
        self._report.undo_requested.connect(self._on_undo_clicked)
        self._report.back_requested.connect(self._on_back_clicked)
        self._pages.addWidget(self._report)
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages)
        for shortcut, slot in (
            (QKeySequence(Qt.Key.Key_F5), self.preview),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self.apply),
        ):
            action = QAction(self)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _build_preview_page(self) -> QWidget:
        page = QWidget(self)
        self._weekly = QRadioButton(self.tr("&Weekly generation"), page)
        self._weekly.setObjectName("modeWeekly")
        self._weekly.setChecked(True)
        self._reset = QRadioButton(self.tr("&Reset forward from a date"), page)
        self._reset.setObjectName("modeReset")
        modes = QButtonGroup(page)
        modes.addButton(self._weekly)
        modes.addButton(self._reset)
        self._weekly.toggled.connect(self._on_mode_toggled)
        self._first = self._date_edit("rangeFirst", page)
        self._last = self._date_edit("rangeLast", page)
        self._templates_button = QPushButton(self.tr("Choose &templates…"), page)
        self._templates_button.setObjectName("chooseTemplates")
        self._templates_button.clicked.connect(self._on_templates_button_clicked)
        self._templates_label = QLabel(page)
        self._templates_label.setObjectName("chosenTemplates")
        self._preview_button = QPushButton(self.tr("&Preview"), page)
        self._preview_button.setObjectName("previewButton")
        self._preview_button.clicked.connect(self.preview)
        range_row = QHBoxLayout()
        range_row.addWidget(self._weekly)
        range_row.addWidget(self._reset)
        range_row.addSpacing(self.fontMetrics().horizontalAdvance("MM"))
        first_label = QLabel(self.tr("&From"), page)
        first_label.setBuddy(self._first)
        last_label = QLabel(self.tr("T&o"), page)
        last_label.setBuddy(self._last)
        widgets: tuple[QWidget, ...] = (
            first_label,
            self._first,
            last_label,
            self._last,
            self._templates_button,
            self._templates_label,
        )
        for widget in widgets:
            range_row.addWidget(widget)
        range_row.addStretch(1)
        range_row.addWidget(self._preview_button)

        self._last_run = QLabel(page)
        self._last_run.setObjectName("lastRun")
        self._undo_last = QPushButton(page)
        self._undo_last.setObjectName("undoLastRun")
        self._undo_last.clicked.connect(self._on_undo_clicked)
        last_row = QHBoxLayout()
        last_row.addWidget(self._last_run, 1)
        last_row.addWidget(self._undo_last)
        self._last_run.hide()
        self._undo_last.hide()

        self._summary = QGroupBox(self.tr("Summary"), page)
        self._summary.setObjectName("planSummary")
        self._counts: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        grid = QGridLayout(self._summary)
        captions = (
            ("instances", self.tr("New lessons")),
            ("participants", self.tr("Participants")),
            ("kept", self.tr("Already in place")),
            ("skipped", self.tr("Dates skipped")),
            ("modified", self.tr("Changed for the date")),
            ("conflicts", self.tr("Conflicts")),
            ("remove", self.tr("Lessons to delete")),
            ("unsafe", self.tr("Kept by the safety rules")),
        )
        for position, (key, caption) in enumerate(captions):
            value = QLabel("—", self._summary)
            value.setObjectName(f"count_{key}")
            font = value.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.3)
            value.setFont(font)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = QLabel(caption, self._summary)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setBuddy(value)
            grid.addWidget(label, 0, position)
            grid.addWidget(value, 1, position)
            self._counts[key] = value
            self._captions[key] = label

        self._category = QComboBox(page)
        self._category.setObjectName("categoryFilter")
        self._category.setAccessibleName(self.tr("Show"))
        self._instructor = QComboBox(page)
        self._instructor.setObjectName("instructorFilter")
        self._instructor.setAccessibleName(self.tr("Instructor"))
        self._student = QLineEdit(page)
        self._student.setObjectName("studentFilter")
        self._student.setPlaceholderText(self.tr("Filter by student…"))
        self._student.setClearButtonEnabled(True)
        self._fill_categories()
        self._category.currentIndexChanged.connect(self._on_filter_changed)
        self._instructor.currentIndexChanged.connect(self._on_filter_changed)
        self._student.textChanged.connect(self._on_filter_changed)
        filter_row = QHBoxLayout()
        show_label = QLabel(self.tr("&Show"), page)
        show_label.setBuddy(self._category)
        filter_row.addWidget(show_label)
        filter_row.addWidget(self._category)
        filter_row.addWidget(self._instructor)
        filter_row.addWidget(self._student, 1)

        self._model = PlanTreeModel(self)
        self._tree = QTreeView(page)
        self._tree.setObjectName("planTree")
        self._tree.setModel(self._model)
        self._tree.setAlternatingRowColors(True)
        self._tree.setUniformRowHeights(True)
        self._tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._tree.setAccessibleName(self.tr("Generation plan"))
        header = self._tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in enumerate((16, 26, 14, 10)):
            header.resizeSection(column, em * width)

        self._status = QLabel(page)
        self._status.setObjectName("generationStatus")
        self._status.setWordWrap(True)
        self._progress = QProgressBar(page)
        self._progress.setObjectName("generationProgress")
        self._progress.setRange(0, 0)
        self._progress.setTextVisible(False)
        self._progress.hide()
        self._apply = QPushButton(self.tr("&Apply"), page)
        self._apply.setObjectName("applyButton")
        self._apply.setEnabled(False)
        self._apply.clicked.connect(self.apply)
        bottom = QHBoxLayout()
        bottom.addWidget(self._status, 1)
        bottom.addWidget(self._progress)
        bottom.addWidget(self._apply)

        layout = QVBoxLayout(page)
        layout.addLayout(range_row)
        layout.addLayout(last_row)
        layout.addWidget(self._summary)
        layout.addLayout(filter_row)
        layout.addWidget(self._tree, 1)
        layout.addLayout(bottom)
        self._on_mode_toggled(True)
        return page

    def _date_edit(self, name: str, parent: QWidget) -> QDateEdit:
        edit = QDateEdit(parent)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        use_long_date(edit)
        edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Sunday)
        return edit

    def _fill_categories(self) -> None:
        self._category.blockSignals(True)
        self._category.clear()
        reset = self._reset.isChecked()
        for category in Category:
            if not reset and category in (Category.REMOVE, Category.KEEP_UNSAFE):
                continue
            self._category.addItem(self.tr(CATEGORY_TEXT[category]), category.value)
        self._category.blockSignals(False)

    # --- behaviour: preview ---------------------------------------------------------------------

    def show_date(self, day: date) -> None:
        """Preview the generation horizon from `day` (the `--view generation --date D` entry)."""
        settings_days = (_date(self._last.date()) - _date(self._first.date())).days
        self._first.setDate(_qdate(day))
        self._last.setDate(_qdate(day + timedelta(days=max(settings_days, 0))))
        self.preview()

    @Slot()
    def preview(self) -> None:
        if self._busy:
            return
        first, last = _date(self._first.date()), _date(self._last.date())
        context = self._context
        if self._reset.isChecked():
            templates = self._template_ids
            work = lambda: preview_reset_forward(context, first, last, templates)  # noqa: E731
        else:
            work = lambda: preview_generation(context, first, last)  # noqa: E731
        self._preview = None
        self._model.set_rows([])
        self._set_busy(True, self.tr("Computing the plan…"))
        Operation(self, work).success(self._show_preview).failure(self._on_failed).run()

    def _show_preview(self, preview: GenerationPreview) -> None:
        self._set_busy(False)
        self._preview = preview
        self._fill_instructors(preview.names)
        self._model.set_rows(plan_rows(preview, self._context.zone()))
        self._expand()
        counts = preview.counts
        locale = QLocale()
        removal = preview.removal_report
        values = {
            "instances": counts.instances,
            "participants": counts.participants,
            "kept": counts.kept,
            "skipped": counts.skipped,
            "modified": counts.modified,
            "conflicts": counts.conflicts,
            "remove": removal.lessons_deleted if removal else 0,
            "unsafe": len(removal.kept) if removal else 0,
        }
        for key, value in values.items():
            self._counts[key].setText(locale.toString(value))
        work_to_do = _has_work(preview)
        self._apply.setEnabled(work_to_do)
        if self._reset.isChecked():
            self._apply.setText(self.tr("&Apply reset forward"))
        else:
            self._apply.setText(self.tr("&Apply"))
        if not work_to_do:
            self._status.setText(self.tr("Nothing to do: every lesson of the range is already in place."))
        elif counts.conflicts:
            self._status.setText(
                self.tr("{count} lessons have conflicts; they are marked in the list.").format(
                    count=locale.toString(counts.conflicts)
                )
            )
        else:
            self._status.setText(self.tr("Review the plan, then apply it."))

    def _fill_instructors(self, names: Names) -> None:
        current = self._instructor.currentData()
        self._instructor.blockSignals(True)
        self._instructor.clear()
        self._instructor.addItem(self.tr("All instructors"), None)
        for instructor_id in sorted(names.instructors, key=lambda i: names.instructor(i)):
            self._instructor.addItem(names.instructor(instructor_id), str(instructor_id))
        found = self._instructor.findData(current)
        self._instructor.setCurrentIndex(max(found, 0))
        self._instructor.blockSignals(False)

    @Slot()
    def _on_filter_changed(self) -> None:
        instructor = self._instructor.currentData()
        self._model.set_filter(
            RowFilter(
                category=Category(self._category.currentData() or Category.ALL.value),
                instructor_id=UUID(instructor) if instructor else None,
                student_text=self._student.text(),
            )
        )
        self._expand()

    def _expand(self) -> None:
        """Open every day and instructor while the list stays readable; days only beyond that."""
        if len(self._model.visible_rows) <= EXPAND_ALL_UP_TO:
            self._tree.expandAll()
        else:
            self._tree.expandToDepth(0)

    @Slot(bool)
    def _on_mode_toggled(self, _checked: bool) -> None:
        reset = self._reset.isChecked()
        self._templates_button.setVisible(reset)
        self._templates_label.setVisible(reset)
        for key in ("remove", "unsafe"):
            self._counts[key].setVisible(reset)
            self._captions[key].setVisible(reset)
        self._fill_categories()
        self._update_templates_label()
        self._preview = None
        self._apply.setEnabled(False)
        self._model.set_rows([])

    def handle_request(self, request: object) -> None:
        """Another screen asks for a reset forward of chosen series from a date (see `requests.py`)."""
        if isinstance(request, ResetForwardRequest):
            self._reset.setChecked(True)
            self.set_reset_templates(request.template_ids)
            self.show_date(request.from_date)

    def set_reset_templates(self, template_ids: tuple[UUID, ...]) -> None:
        """Choose the series of a reset forward (the template picker, or another screen)."""
        self._template_ids = template_ids
        self._update_templates_label()

    def _update_templates_label(self) -> None:
        self._templates_label.setText(
            self.tr("{count} templates chosen").format(count=QLocale().toString(len(self._template_ids)))
        )

    @Slot()
    def _on_templates_button_clicked(self) -> None:
        context = self._context
        Operation(self, lambda: list_templates(context)).success(self._pick_templates).failure(self._on_failed).run()

    def _pick_templates(self, templates: TemplateList) -> None:
        dialog = TemplatePickerDialog(templates, self._template_ids, self)
        if dialog.exec():
            self.set_reset_templates(dialog.chosen())

    # --- behaviour: apply, undo, report ---------------------------------------------------------

    @Slot()
    def apply(self) -> None:
        preview = self._preview
        if preview is None or self._busy or not self._apply.isEnabled():
            return
        report = preview.removal_report
        if preview.kind is RunKind.RESET_FORWARD and report is not None and not self._ask_reset(preview, report):
            return
        context = self._context

        def work() -> tuple[ApplyReport, UndoStatus | None]:
            report = apply_preview(context, preview)
            return report, undo_status(context, report.run_id)

        self._set_busy(True, self.tr("Applying… lessons are being written in one transaction."))
        Operation(self, work, write=True).success(self._on_applied).failure(self._on_failed).run()

    def _ask_reset(self, preview: GenerationPreview, report: RemovalReport) -> bool:
        """A reset forward deletes lessons: say how many, and keep them unless the manager says otherwise."""
        return prompts.ask_destructive(
            self,
            self.tr("Reset forward"),
            self.tr("Apply the reset forward?"),
            self.tr("{deleted} lessons will be deleted, {kept} kept, and {created} lessons generated again.").format(
                deleted=QLocale().toString(report.lessons_deleted),
                kept=QLocale().toString(len(report.kept)),
                created=QLocale().toString(preview.counts.instances),
            ),
            self.tr("Delete and regenerate"),
            self.tr("Keep the lessons"),
        )

    def _on_applied(self, outcome: tuple[ApplyReport, UndoStatus | None]) -> None:
        self._set_busy(False)
        report, status = outcome
        self._preview = None
        self._apply.setEnabled(False)
        self._report.show_applied(report, self._kept_rows(report.removal))
        created = report.inserted_instances or report.inserted_participants
        self._set_undo(status if created else None)
        self._pages.setCurrentIndex(REPORT_PAGE)
        self._report.undo_button.setFocus()
        self.run_finished.emit(str(report.run_id))

    def _kept_rows(self, removal: RemovalReport | None) -> list[PlanRow]:
        names = self._names()
        if removal is None or names is None:
            return []
        return kept_rows(removal.kept, names, self._context.zone())

    def _names(self) -> Names | None:
        if self._preview is not None:
            return self._preview.names
        return self._last_names

    def _set_undo(self, status: UndoStatus | None) -> None:
        self._undo = status if status is not None and status.allowed else None
        self._undo_seen_at = self._context.clock()
        self._report.undo_button.setVisible(self._undo is not None)
        self._update_undo_texts()
        if self._undo is not None:
            self._timer.start()

    def _time_left(self) -> timedelta:
        if self._undo is None or self._undo_seen_at is None:
            return timedelta(0)
        return self._undo.time_left - (self._context.clock() - self._undo_seen_at)

    def _update_undo_texts(self) -> None:
        left = self._time_left()
        if self._undo is None or left <= timedelta(0):
            self._timer.stop()
            self._report.undo_button.setEnabled(False)
            self._report.undo_button.setText(self.tr("Undo is no longer possible"))
            self._undo_last.hide()
            self._last_run.hide()
            return
        seconds = int(left.total_seconds())
        clock = isolate_ltr(f"{seconds // 60:02d}:{seconds % 60:02d}")
        text = self.tr("&Undo this generation ({time} left)").format(time=clock)
        self._report.undo_button.setEnabled(not self._busy)
        self._report.undo_button.setText(text)
        self._undo_last.setText(text)
        self._undo_last.setEnabled(not self._busy)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._update_undo_texts()

    @Slot()
    def _on_undo_clicked(self) -> None:
        status = self._undo
        if status is None or self._busy:
            return
        run = status.run
        if not prompts.ask_destructive(
            self,
            self.tr("Undo the generation"),
            self.tr("Undo the generation of {first} – {last}?").format(
                first=isolate_ltr(run.range_start.strftime("%d/%m")), last=isolate_ltr(run.range_end.strftime("%d/%m"))
            ),
            self.tr(
                "It created {lessons} lessons and {participants} participants. Those still safe to remove will be "
                "deleted; any that were documented, charged or edited by hand are kept and listed."
            ).format(
                lessons=QLocale().toString(run.instances_created),
                participants=QLocale().toString(run.participants_created),
            ),
            self.tr("Undo the generation"),
            self.tr("Keep the lessons"),
        ):
            return
        context = self._context
        run_id = run.id
        self._set_busy(True, self.tr("Undoing…"))
        Operation(self, lambda: undo_run(context, run_id), write=True).success(self._on_undone).failure(
            self._on_failed
        ).run()

    def _on_undone(self, report: RemovalReport) -> None:
        self._set_busy(False)
        run_id = self._undo.run.id if self._undo is not None else None
        self._undo = None
        self._update_undo_texts()
        self._report.show_undone(report, self._kept_rows(report))
        self._pages.setCurrentIndex(REPORT_PAGE)
        self._report.back.setFocus()
        if run_id is not None:
            self.run_finished.emit(str(run_id))

    @Slot()
    def _on_back_clicked(self) -> None:
        self._pages.setCurrentIndex(PREVIEW_PAGE)
        if self._undo is not None:
            self._show_last_run()
        self.preview()

    def _look_for_undoable_run(self) -> None:
        context = self._context

        def work() -> UndoStatus | None:
            runs = recent_runs(context, limit=1)
            return undo_status(context, runs[0].id) if runs else None

        Operation(self, work).success(self._on_recent_run).failure(lambda _error: None).run()

    def _on_recent_run(self, status: UndoStatus | None) -> None:
        if (
            status is None
            or not status.allowed
            or not (status.run.instances_created or status.run.participants_created)
        ):
            return
        self._set_undo(status)
        self._show_last_run()

    def _show_last_run(self) -> None:
        if self._undo is None:
            return
        run = self._undo.run
        self._last_run.setText(
            self.tr("The last generation ({first} – {last}) created {count} lessons.").format(
                first=short_date(run.range_start),
                last=short_date(run.range_end),
                count=QLocale().toString(run.instances_created),
            )
        )
        self._last_run.setVisible(run.kind is RunKind.WEEKLY_GENERATION)
        self._undo_last.setVisible(run.kind is RunKind.WEEKLY_GENERATION)

    # --- shared ---------------------------------------------------------------------------------

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self._progress.setVisible(busy)
        self._report.set_busy(busy and self._pages.currentIndex() == REPORT_PAGE)
        for widget in (self._preview_button, self._weekly, self._reset, self._templates_button):
            widget.setEnabled(not busy)
        if busy:
            self._apply.setEnabled(False)
        if text:
            self._status.setText(text)
        if self._preview is not None:
            self._last_names = self._preview.names

    def _on_failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, DomainError):
            text = message_text(error.message)
        else:
            text = self.tr("The operation failed: {reason}").format(reason=str(error))
        self._status.setText(text)
        if self._pages.currentIndex() == REPORT_PAGE:
            self._report.add_line(text)
        self._update_undo_texts()
        self._apply.setEnabled(self._preview is not None and _has_work(self._preview))

    def _on_data_changed(self, areas: frozenset[str]) -> None:
        if "templates" in areas and self._pages.currentIndex() == PREVIEW_PAGE and not self._busy:
            self._preview = None
            self._apply.setEnabled(False)
            self._status.setText(self.tr("Templates changed: preview again before applying."))

    @property
    def model(self) -> PlanTreeModel:
        return self._model
