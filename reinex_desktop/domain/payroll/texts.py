"""Sentences of the payroll screen and command, in the "Payroll" translation context."""

from __future__ import annotations

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP

CONTEXT = "Payroll"

EXPORTED = QT_TRANSLATE_NOOP(
    "Payroll", "Payroll {month}: {sessions} work sessions created from {earnings} lesson earnings, {total} ₪ in total."
)
NOTHING_TO_EXPORT = QT_TRANSLATE_NOOP(
    "Payroll", "Payroll {month}: nothing to export; every earning of the month is already in payroll."
)
SUMMARY_LINE = QT_TRANSLATE_NOOP(
    "Payroll", "{name}: {lessons} lessons, {hours} hours, {total} ₪ ({pending} ₪ not exported yet)"
)
NO_EARNINGS = QT_TRANSLATE_NOOP("Payroll", "No lesson earnings in {month}.")
CSV_WRITTEN = QT_TRANSLATE_NOOP("Payroll", "Wrote {count} lines to {path}.")
NEED_DATABASE = QT_TRANSLATE_NOOP("Payroll", "Give the database with --database-url URL.")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Payroll", "Cannot write {path}: {reason}")
