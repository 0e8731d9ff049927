"""Payroll use cases: the month per instructor, the export to `"WorkSessions"`, and the CSV file.

Plan §4.2.8: earnings stay in `lesson_earnings`; the export creates `"WorkSessions"` rows for the
month's unexported earnings only and links both ways, so exporting twice creates nothing new.
Only users with the payroll permission (plan §7.1: the Owner) reach any of it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from reinex_desktop.domain.payroll.commands import ExportPayroll
from reinex_desktop.domain.payroll.export import (
    CSV_COLUMNS,
    CSV_NO,
    CSV_YES,
    InstructorPayroll,
    Month,
    WorkSessionDraft,
    csv_records,
    payroll_summary,
    plan_export,
)
from reinex_desktop.domain.payroll.texts import CONTEXT as PAYROLL
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.services.apply_command import apply_command
from reinex_desktop.services.context import AppContext

Translate = Callable[[str, str], str]
#: Text columns a spreadsheet could read as a formula; numbers keep their minus sign.
_TEXT_COLUMNS = frozenset({"instructor", "employee_number", "service"})


@dataclass(frozen=True, slots=True)
class PayrollMonth:
    month: Month
    instructors: tuple[InstructorPayroll, ...]
    #: What an export would create now.
    pending: tuple[WorkSessionDraft, ...]

    @property
    def total(self) -> Decimal:
        return sum((row.total for row in self.instructors), Decimal(0))

    @property
    def pending_total(self) -> Decimal:
        return sum((draft.total_payment for draft in self.pending), Decimal(0))

    @property
    def pending_earnings(self) -> int:
        return sum(len(draft.earning_ids) for draft in self.pending)


@dataclass(frozen=True, slots=True)
class ExportResult:
    month: Month
    work_session_ids: tuple[UUID, ...]
    earnings_exported: int
    total_payment: Decimal


def payroll_month(context: AppContext, month: Month) -> PayrollMonth:
    """The month's earnings per instructor (net of corrections), and what an export would create."""
    context.user.require(Permission.PAYROLL_MANAGE)
    lines = context.gateway.earning_lines(month.first_day, month.last_day)
    return PayrollMonth(month, tuple(payroll_summary(lines, month)), tuple(plan_export(lines, month)))


def export_payroll(context: AppContext, month: Month) -> ExportResult:
    """Create the month's `"WorkSessions"` rows from unexported earnings, linked both ways (plan §4.2.8)."""
    context.user.require(Permission.PAYROLL_MANAGE)
    result = apply_command(context, ExportPayroll(str(month)))
    context.notices.data_did_change("payroll")
    return ExportResult(
        month=month,
        work_session_ids=tuple(UUID(str(i)) for i in result.get("work_session_ids", ())),
        earnings_exported=int(result.get("earnings_exported", 0)),
        total_payment=Decimal(str(result.get("total_payment", "0"))),
    )


def _neutral(value: str) -> str:
    """A text cell never starts a spreadsheet formula."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def payroll_csv(context: AppContext, month: Month, translate: Translate | None = None) -> str:
    """The month's earnings, one line each, as CSV text with a UTF-8 BOM for Excel; headers in the
    user's language when `translate(context, source)` is given."""
    context.user.require(Permission.PAYROLL_MANAGE)
    # Not named `tr`: the translation extractor would take its calls for source strings.
    localize: Translate = translate or (lambda _context, source: source)
    lines = context.gateway.earning_lines(month.first_day, month.last_day)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([localize(PAYROLL, header) for _key, header in CSV_COLUMNS])
    yes, no = localize(PAYROLL, CSV_YES), localize(PAYROLL, CSV_NO)
    for record in csv_records(lines, month):
        cells = []
        for key, _header in CSV_COLUMNS:
            value = record[key]
            if key == "exported":
                value = yes if value == "1" else no
            cells.append(_neutral(value) if key in _TEXT_COLUMNS else value)
        writer.writerow(cells)
    return "\ufeff" + out.getvalue()


def write_payroll_csv(context: AppContext, month: Month, path: Path, translate: Translate | None = None) -> int:
    """Write the CSV file; returns the number of earning lines written."""
    text = payroll_csv(context, month, translate)
    path.write_text(text, encoding="utf-8", newline="")
    return max(0, text.count("\r\n") - 1)
