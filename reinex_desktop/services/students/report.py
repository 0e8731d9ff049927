"""The import dry run as lines of text, for the command line (`reinex-desktop students import`).

Each line of the file gets one sentence: its changes (old → new), "no change", or its errors with
the column at fault; then a summary. Sentences are translated by the caller's `translate`.
"""

from __future__ import annotations

from collections.abc import Callable

from reinex_desktop.domain.students.csv_columns import BY_KEY, format_value
from reinex_desktop.domain.students.csv_import import ImportPlan, RowPlan
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message

Translate = Callable[[str, str], str]
CONTEXT = "StudentReport"

_NEW = QT_TRANSLATE_NOOP("StudentReport", "Line {line}: new student {name} — {changes}")
_UPDATE = QT_TRANSLATE_NOOP("StudentReport", "Line {line}: {name} — {changes}")
_SAME = QT_TRANSLATE_NOOP("StudentReport", "Line {line}: {name} — no change")
_ERROR = QT_TRANSLATE_NOOP("StudentReport", "Line {line}: error — {problems}")
_CELL = QT_TRANSLATE_NOOP("StudentReport", "{column}: {problem}")
_CHANGE = QT_TRANSLATE_NOOP("StudentReport", "{field}: {old} → {new}")
_EMPTY = QT_TRANSLATE_NOOP("StudentReport", "(empty)")
_SUMMARY = QT_TRANSLATE_NOOP(
    "StudentReport", "{new} new, {updated} to update, {unchanged} unchanged, {errors} with errors."
)
DRY_RUN = Message(CONTEXT, QT_TRANSLATE_NOOP("StudentReport", "Dry run: nothing was written."))
HAS_ERRORS = Message(
    CONTEXT,
    QT_TRANSLATE_NOOP("StudentReport", "Nothing was imported: correct the lines with errors and run the import again."),
)
NEED_DATABASE = Message(CONTEXT, QT_TRANSLATE_NOOP("StudentReport", "Give the database with --database-url URL."))


def _sentence(translate: Translate, text: str, **params: object) -> str:
    return translate(CONTEXT, text).format(**params)


def _value(translate: Translate, key: str, value: object) -> str:
    shown = format_value(key, value)
    return shown if shown else translate(CONTEXT, _EMPTY)


def row_line(plan: ImportPlan, row: RowPlan, translate: Translate) -> str:
    """One sentence for one line of the file."""
    if row.errors:
        problems = "; ".join(
            _sentence(translate, _CELL, column=error.column, problem=error.message.render(translate))
            if error.column
            else error.message.render(translate)
            for error in row.errors
        )
        return _sentence(translate, _ERROR, line=row.line, problems=problems)
    if not row.changes:
        return _sentence(translate, _SAME, line=row.line, name=row.name)
    changes = "; ".join(
        _sentence(
            translate,
            _CHANGE,
            field=plan.headers.get(change.field, BY_KEY[change.field].hebrew),
            old=_value(translate, change.field, change.before),
            new=_value(translate, change.field, change.after),
        )
        for change in row.changes
    )
    return _sentence(translate, _NEW if row.is_new else _UPDATE, line=row.line, name=row.name, changes=changes)


def import_report(plan: ImportPlan, translate: Translate) -> list[str]:
    """Every line's sentence, then the summary."""
    lines = [row_line(plan, row, translate) for row in plan.rows]
    lines.append(
        _sentence(
            translate,
            _SUMMARY,
            new=plan.new_count,
            updated=plan.update_count,
            unchanged=plan.unchanged_count,
            errors=plan.error_count,
        )
    )
    return lines
