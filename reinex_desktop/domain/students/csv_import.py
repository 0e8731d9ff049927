"""Reading a students CSV file and planning its import, row by row, before anything is written.

REQUIREMENTS screen 3 and plan §4.2.1–4.2.3:
- the file must be UTF-8 text (Excel's "CSV UTF-8"); anything else is refused with a clear reason;
- headers may be Hebrew or English; an unknown column is refused by name; the ID column is required
  (an empty ID cell means a new student);
- at most `MAX_ROWS` students per file;
- an empty cell changes nothing; `CLEAR` empties an optional field;
- a cell starting with = + - @ is refused as a would-be formula unless the file escaped it with an
  apostrophe (as the export does);
- each row gets its changes (old → new) or its errors, with the file's line number; nothing is
  written until the user confirms the rows they chose, and then all of them or none.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

from reinex_desktop.domain.people import Student, StudentGuardian
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.students.commands import ImportRow, ImportStudents
from reinex_desktop.domain.students.csv_columns import (
    BY_KEY,
    FORMULA_TRIGGERS,
    GUARDIAN_KEYS,
    HEADERS,
    CsvColumn,
    Kind,
    choice_values,
    header_key,
    read_bool,
    read_choice,
    read_date,
    unneutralize,
)
from reinex_desktop.domain.students.csv_text import AmbiguousNumber, hidden_characters, read_amount, visible
from reinex_desktop.domain.students.details import (
    FieldChange,
    StudentDetails,
    changed_fields,
    clean_details,
    details_of,
)
from reinex_desktop.domain.students.guardians import GuardianLink, check_guardians, link_of, primary_of
from reinex_desktop.domain.students.rules import permissions_needed
from reinex_desktop.domain.students.validation import normalize_email, normalize_national_id, normalize_phone
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

MAX_ROWS = 2000
CLEAR = "CLEAR"

_EMPTY = QT_TRANSLATE_NOOP("Students", "The file is empty.")
_WORKBOOK = QT_TRANSLATE_NOOP(
    "Students", "This is an Excel workbook, not a CSV file. In Excel choose Save As → “CSV UTF-8 (comma delimited)”."
)
_UTF32 = QT_TRANSLATE_NOOP(
    "Students", "The file is saved as UTF-32. In Excel choose Save As → “CSV UTF-8 (comma delimited)”."
)
_BINARY = QT_TRANSLATE_NOOP(
    "Students",
    "This is not a text file (it holds binary data). "
    "Export the roster from a spreadsheet as “CSV UTF-8 (comma delimited)”.",
)
_UTF16 = QT_TRANSLATE_NOOP(
    "Students",
    "The file is saved as UTF-16 (“Unicode text”). In Excel choose Save As → “CSV UTF-8 (comma delimited)”.",
)
_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Students",
    "The file is not UTF-8 text (line {line} is in another encoding, probably Windows Hebrew). "
    "In Excel choose Save As → “CSV UTF-8 (comma delimited)”.",
)
_BAD_CSV = QT_TRANSLATE_NOOP("Students", "Line {line} is not valid CSV; check its quotation marks.")
_UNKNOWN = QT_TRANSLATE_NOOP(
    "Students", "Unknown columns: {names}. Use the column names of a file exported from the roster."
)
_NO_ID = QT_TRANSLATE_NOOP(
    "Students",
    "The file has no “{column}” column. Start from a file exported from the roster; "
    "leave the ID empty for a new student.",
)
_TWICE = QT_TRANSLATE_NOOP("Students", "The column “{name}” appears twice.")
_UNNAMED = QT_TRANSLATE_NOOP("Students", "Column {number} has values but no name in the header line.")
_TOO_MANY = QT_TRANSLATE_NOOP(
    "Students", "The file has {count} students; at most {limit} can be imported at once. Split it into smaller files."
)
_NO_ROWS = QT_TRANSLATE_NOOP("Students", "The file has a header line but no students.")

_WIDTH = QT_TRANSLATE_NOOP("Students", "The line has {count} cells but the header has {columns}.")
_BAD_UUID = QT_TRANSLATE_NOOP("Students", "'{value}' is not a student ID from an exported file.")
_NOT_FOUND = QT_TRANSLATE_NOOP("Students", "No student has the ID {value}.")
_SAME_STUDENT = QT_TRANSLATE_NOOP("Students", "This student already appears on line {line}.")
_NO_CLEAR = QT_TRANSLATE_NOOP("Students", "This column is required and cannot be cleared.")
_FORMULA = QT_TRANSLATE_NOOP(
    "Students",
    "The value starts with “{char}”, which a spreadsheet runs as a formula. "
    "Remove it, or put an apostrophe (') before it.",
)
_BAD_DATE = QT_TRANSLATE_NOOP("Students", "'{value}' is not a date; write it as DD/MM/YYYY.")
_BAD_NUMBER = QT_TRANSLATE_NOOP("Students", "'{value}' is not a number.")
_AMBIGUOUS_NUMBER = QT_TRANSLATE_NOOP(
    "Students", "'{value}' could be read two ways; write the amount without a thousands separator (e.g. 1250 or 12.5)."
)
_TOO_LARGE = QT_TRANSLATE_NOOP("Students", "'{value}' is more than the largest rate accepted, {limit} ₪.")
_HIDDEN = QT_TRANSLATE_NOOP(
    "Students", "The value contains invisible control characters ({characters}); remove them and import again."
)
_BAD_BOOL = QT_TRANSLATE_NOOP("Students", "'{value}' is not yes or no (כן / לא).")
_BAD_CHOICE = QT_TRANSLATE_NOOP("Students", "'{value}' is not one of: {values}.")
_DUPLICATE_ID = QT_TRANSLATE_NOOP("Students", "The ID number {value} already belongs to {name}.")
_DUPLICATE_ID_FILE = QT_TRANSLATE_NOOP("Students", "The ID number {value} is also on line {line}.")
_NOT_ALLOWED = QT_TRANSLATE_NOOP("Students", "Your role may not change this column.")
_ERRORS_CHOSEN = QT_TRANSLATE_NOOP("Students", "Line {line} has errors and cannot be imported.")


def _file_error(text: str, code: str = "csv_invalid", **params: object) -> DomainError:
    return DomainError(Message("Students", text, params), code=code)


@dataclass(frozen=True, slots=True)
class CsvLine:
    """One student line of the file: its first line number and its cells by column key."""

    line: int
    cells: Mapping[str, str]
    width: int


@dataclass(frozen=True, slots=True)
class CsvTable:
    """The file read and its header understood: column key per position, the lines, ignored columns."""

    keys: tuple[str | None, ...]
    headers: Mapping[str, str]  # column key → header as written in the file
    lines: tuple[CsvLine, ...]
    ignored: tuple[str, ...] = ()


def _decode(data: bytes) -> str:
    if not data.strip(b" \r\n\t"):
        raise _file_error(_EMPTY, "csv_empty")
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise _file_error(_WORKBOOK, "csv_encoding")
    named = _wide_encoding(data)
    if named is not None:
        raise _file_error(named, "csv_encoding")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if _looks_binary(data):
            raise _file_error(_BINARY, "csv_encoding") from None
        line = data[: error.start].count(b"\n") + 1
        raise _file_error(_NOT_UTF8, "csv_encoding", line=line) from None


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 by their byte-order mark or by where their zero bytes fall (the ASCII of a
    CSV file — commas, digits, the header — leaves a zero in every second or in three of every four
    bytes); zero bytes anywhere else mean binary data."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _UTF32
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _UTF16
    head = data[:4096]
    if b"\x00" not in head:
        return None
    if _zeros_at(head, 4, (2, 3)) >= 0.9 or _zeros_at(head, 4, (0, 1)) >= 0.9:
        return _UTF32
    odd, even = _zeros_at(head, 2, (1,)), _zeros_at(head, 2, (0,))
    if (odd >= 0.25 and even <= 0.05) or (even >= 0.25 and odd <= 0.05):
        return _UTF16
    return _BINARY


def _zeros_at(head: bytes, period: int, offsets: tuple[int, ...]) -> float:
    """The share of zero bytes among the bytes at `offsets` within every `period` bytes."""
    picked = [byte for index, byte in enumerate(head) if index % period in offsets]
    return picked.count(0) / len(picked) if picked else 0.0


def _looks_binary(data: bytes) -> bool:
    """Not text in any single-byte encoding a clinic uses: many control bytes."""
    head = data[:4096]
    controls = sum(1 for byte in head if byte < 0x20 and byte not in b"\r\n\t")
    return controls > len(head) // 100


def _delimiter(text: str) -> str:
    """Comma, or the semicolon or tab some spreadsheet locales write instead."""
    first = text.split("\n", 1)[0]
    counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _records(text: str) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    records: list[tuple[int, list[str]]] = []
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return records
        except csv.Error:
            raise _file_error(_BAD_CSV, line=start) from None
        records.append((start, cells))


def _header(
    cells: list[str], data: list[tuple[int, list[str]]]
) -> tuple[tuple[str | None, ...], dict[str, str], list[str]]:
    keys: list[str | None] = []
    headers: dict[str, str] = {}
    unknown: list[str] = []
    ignored: list[str] = []
    for position, raw in enumerate(cells):
        name = raw.replace("\ufeff", "").strip()
        if not name:
            if any(position < len(row) and row[position].strip() for _line, row in data):
                raise _file_error(_UNNAMED, number=position + 1)
            keys.append(None)
            continue
        column = HEADERS.get(header_key(name))
        if column is None:
            unknown.append(name)
            keys.append(None)
            continue
        if column.key in headers:
            raise _file_error(_TWICE, name=name)
        headers[column.key] = name
        if not column.importable:
            ignored.append(name)
            keys.append(None)
        else:
            keys.append(column.key)
    if unknown:
        raise _file_error(_UNKNOWN, "csv_unknown_columns", names=", ".join(f"“{name}”" for name in unknown))
    if "id" not in headers:
        raise _file_error(_NO_ID, "csv_missing_id", column=BY_KEY["id"].hebrew)
    return tuple(keys), headers, ignored


def read_table(data: bytes) -> CsvTable:
    """The file's header and lines, or a `DomainError` that refuses the whole file."""
    records = [(line, cells) for line, cells in _records(_decode(data)) if any(cell.strip() for cell in cells)]
    if not records:
        raise _file_error(_EMPTY, "csv_empty")
    (_first, header_cells), body = records[0], records[1:]
    keys, headers, ignored = _header(header_cells, body)
    if len(body) > MAX_ROWS:
        raise _file_error(_TOO_MANY, "csv_too_many_rows", count=len(body), limit=MAX_ROWS)
    if not body:
        raise _file_error(_NO_ROWS, "csv_no_rows")
    lines = []
    for line, cells in body:
        by_key = {key: cell for key, cell in zip(keys, cells, strict=False) if key is not None}
        lines.append(CsvLine(line, by_key, len(cells)))
    return CsvTable(keys, headers, tuple(lines), tuple(ignored))


# --- planning -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KnownStudent:
    """A student the importing user may see, with their guardian links."""

    student: Student
    guardians: tuple[StudentGuardian, ...] = ()


@dataclass(frozen=True, slots=True)
class RowError:
    """A problem of one line; `column` is the header as written in the file, when one cell is at fault."""

    message: Message
    column: str | None = None


@dataclass(frozen=True, slots=True)
class RowPlan:
    line: int
    student_id: UUID
    is_new: bool
    name: str
    changes: tuple[FieldChange, ...] = ()
    errors: tuple[RowError, ...] = ()
    row: ImportRow | None = None

    @property
    def selectable(self) -> bool:
        """Only error-free lines that change something can be chosen for import."""
        return self.row is not None


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """The dry run of a file: what each line would change, or why it cannot."""

    rows: tuple[RowPlan, ...]
    ignored_columns: tuple[str, ...] = ()
    file_name: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def new_count(self) -> int:
        return sum(1 for row in self.rows if row.selectable and row.is_new)

    @property
    def update_count(self) -> int:
        return sum(1 for row in self.rows if row.selectable and not row.is_new)

    @property
    def unchanged_count(self) -> int:
        return sum(1 for row in self.rows if not row.errors and not row.changes)

    @property
    def error_count(self) -> int:
        return sum(1 for row in self.rows if row.errors)

    def selectable_lines(self) -> tuple[int, ...]:
        return tuple(row.line for row in self.rows if row.selectable)

    def command(self, lines: Sequence[int]) -> ImportStudents:
        """The import of the chosen lines; a chosen line with errors refuses the whole import."""
        chosen = set(lines)
        rows = []
        for plan in self.rows:
            if plan.line not in chosen:
                continue
            if plan.errors:
                raise DomainError(Message("Students", _ERRORS_CHOSEN, {"line": plan.line}), code="csv_row_errors")
            if plan.row is not None:
                rows.append(plan.row)
        return ImportStudents(rows=tuple(rows), file_name=self.file_name)


class _CellError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.text)
        self.message = message


def _cell_error(text: str, **params: object) -> _CellError:
    return _CellError(Message("Students", text, params))


_CLEARED: dict[str, Any] = {"last_name": "", "guardian_last_name": ""}
#: Columns whose text may run over several lines (every other cell is one line, names above all).
_MULTILINE = frozenset({"notes_internal"})
#: The largest special rate a file may set, in shekels.
MAX_AMOUNT = Decimal(100_000)


def _parse_cell(column: CsvColumn, raw: str) -> Any:
    """The typed value of a non-empty cell; `_CellError` when it cannot be read."""
    value = raw.strip()
    if value.upper() == CLEAR:
        if not column.clearable:
            raise _cell_error(_NO_CLEAR)
        return _CLEARED.get(column.key)
    hidden = hidden_characters(value, allow_line_breaks=column.key in _MULTILINE)
    if hidden:
        raise _cell_error(_HIDDEN, characters=", ".join(hidden))
    escaped = unneutralize(value)
    if escaped == value and value.startswith(FORMULA_TRIGGERS):
        allowed_plus = column.kind is Kind.PHONE and value.startswith("+")
        if not allowed_plus:
            raise _cell_error(_FORMULA, char=value[0])
    value = escaped
    try:
        return _typed(column, value)
    except DomainError as error:
        raise _CellError(error.message) from None


def _typed(column: CsvColumn, value: str) -> Any:
    kind = column.kind
    if kind is Kind.NATIONAL_ID:
        return normalize_national_id(value)
    if kind is Kind.PHONE:
        return normalize_phone(value)
    if kind is Kind.EMAIL:
        return normalize_email(value)
    if kind is Kind.DATE:
        day = read_date(value)
        if day is None:
            raise _cell_error(_BAD_DATE, value=visible(value))
        return day
    if kind is Kind.DECIMAL:
        return _amount(value)
    if kind is Kind.BOOL:
        flag = read_bool(value)
        if flag is None:
            raise _cell_error(_BAD_BOOL, value=visible(value))
        return flag
    if kind is Kind.CHOICE:
        member = read_choice(column.key, value)
        if member is None:
            raise _cell_error(_BAD_CHOICE, value=visible(value), values=choice_values(column.key))
        return member
    return value


def _amount(value: str) -> Decimal:
    """A rate in shekels, at most `MAX_AMOUNT` (a larger one is a typo or a spreadsheet's exponent)."""
    try:
        number = read_amount(value)
    except AmbiguousNumber:
        raise _cell_error(_AMBIGUOUS_NUMBER, value=visible(value)) from None
    if number is None:
        raise _cell_error(_BAD_NUMBER, value=visible(value))
    if abs(number) > MAX_AMOUNT:
        raise _cell_error(_TOO_LARGE, value=visible(value), limit=f"{MAX_AMOUNT:,}")
    return number


@dataclass
class _Planner:
    table: CsvTable
    known: Mapping[UUID, KnownStudent]
    owners: Mapping[str, tuple[UUID, str]]
    today: date
    allowed: frozenset[Permission]
    new_id: Callable[[], UUID]
    seen_students: dict[UUID, int] = field(default_factory=dict)
    seen_ids: dict[str, int] = field(default_factory=dict)

    def header(self, key: str) -> str:
        return self.table.headers.get(key, BY_KEY[key].hebrew)

    def plan(self, line: CsvLine) -> RowPlan:
        errors: list[RowError] = []
        if line.width > len(self.table.keys):
            errors.append(RowError(Message("Students", _WIDTH, {"count": line.width, "columns": len(self.table.keys)})))
        student_id, known = self._identify(line, errors)
        values: dict[str, Any] = {}
        for key, raw in line.cells.items():
            if key == "id" or not raw.strip():
                continue
            try:
                values[key] = _parse_cell(BY_KEY[key], raw)
            except _CellError as error:
                errors.append(RowError(error.message, self.header(key)))
        is_new = known is None and not line.cells.get("id", "").strip()
        if student_id is None:
            student_id = self.new_id()
        current = details_of(known.student, with_medical=False) if known else None
        details = self._details(current, values, errors)
        guardians, guardian_changes = self._guardians(known, values, details, errors)
        changes: list[FieldChange] = list(changed_fields(current, details)) if details else []
        changes.extend(guardian_changes)
        active = values.get("is_active")
        was_active = known.student.is_active if known else True
        if active is not None and active != was_active:
            changes.append(FieldChange("is_active", was_active, active))
        self._check_permissions(changes, errors)
        if details is not None:
            self._check_national_id(line.line, student_id, current, details, errors)
        name = self._name(known, details)
        if errors or details is None or not changes:
            return RowPlan(line.line, student_id, is_new, name, tuple(changes), tuple(errors))
        row = ImportRow(
            line=line.line,
            student_id=student_id,
            is_new=is_new,
            details=details,
            base_version=known.student.updated_at if known else None,
            guardians=guardians,
            active=active if active is not None and active != was_active else None,
        )
        return RowPlan(line.line, student_id, is_new, name, tuple(changes), (), row)

    def _identify(self, line: CsvLine, errors: list[RowError]) -> tuple[UUID | None, KnownStudent | None]:
        raw = unneutralize(line.cells.get("id", "").strip())
        if not raw:
            return None, None
        column = self.header("id")
        try:
            student_id = UUID(raw)
        except ValueError:
            errors.append(RowError(Message("Students", _BAD_UUID, {"value": raw}), column))
            return None, None
        known = self.known.get(student_id)
        if known is None:
            errors.append(RowError(Message("Students", _NOT_FOUND, {"value": raw}), column))
        if student_id in self.seen_students:
            errors.append(RowError(Message("Students", _SAME_STUDENT, {"line": self.seen_students[student_id]})))
        else:
            self.seen_students[student_id] = line.line
        return student_id, known

    def _details(
        self, current: StudentDetails | None, values: Mapping[str, Any], errors: list[RowError]
    ) -> StudentDetails | None:
        base = current or StudentDetails(first_name="")
        updates = {key: value for key, value in values.items() if key in StudentDetails.__dataclass_fields__}
        proposed = replace(base, **updates)
        if current is not None and proposed == current:
            return current
        try:
            return clean_details(proposed, self.today)
        except DomainError as error:
            errors.append(RowError(error.message))
            return None

    def _guardians(
        self,
        known: KnownStudent | None,
        values: Mapping[str, Any],
        details: StudentDetails | None,
        errors: list[RowError],
    ) -> tuple[tuple[GuardianLink, ...] | None, list[FieldChange]]:
        given = {key: values[key] for key in GUARDIAN_KEYS if key in values}
        if not given:
            return None, []
        links = known.guardians if known else ()
        primary = primary_of(links)
        before = link_of(primary) if primary else GuardianLink(self.new_id(), "", is_primary=True)
        after = replace(
            before,
            first_name=given.get("guardian_first_name", before.first_name),
            last_name=given.get("guardian_last_name", before.last_name),
            relationship=given.get("guardian_relationship", before.relationship),
            phone=given.get("guardian_phone", before.phone),
            email=given.get("guardian_email", before.email),
            is_primary=True,
        )
        proposed = [after if link.guardian.id == before.guardian_id else link_of(link) for link in links]
        if primary is None:
            proposed.append(after)
        try:
            checked = check_guardians(proposed, details.date_of_birth if details else None, self.today)
        except DomainError as error:
            errors.append(RowError(error.message))
            return None, []
        cleaned = next(link for link in checked if link.guardian_id == before.guardian_id)
        pairs = (
            ("guardian_first_name", before.first_name, cleaned.first_name),
            ("guardian_last_name", before.last_name, cleaned.last_name),
            ("guardian_relationship", before.relationship, cleaned.relationship),
            ("guardian_phone", before.phone, cleaned.phone),
            ("guardian_email", before.email, cleaned.email),
        )
        changes = [
            FieldChange(key, old or None, new or None) for key, old, new in pairs if (old or None) != (new or None)
        ]
        return (checked if changes else None), changes

    def _check_permissions(self, changes: list[FieldChange], errors: list[RowError]) -> None:
        for change in changes:
            if permissions_needed([change]) - self.allowed:
                errors.append(RowError(Message("Students", _NOT_ALLOWED), self.header(change.field)))

    def _check_national_id(
        self,
        line: int,
        student_id: UUID,
        current: StudentDetails | None,
        details: StudentDetails,
        errors: list[RowError],
    ) -> None:
        number = details.national_id
        if not number or (current is not None and current.national_id == number):
            return
        column = self.header("national_id")
        owner = self.owners.get(number)
        if owner is not None and owner[0] != student_id:
            errors.append(RowError(Message("Students", _DUPLICATE_ID, {"value": number, "name": owner[1]}), column))
        if number in self.seen_ids:
            errors.append(
                RowError(
                    Message("Students", _DUPLICATE_ID_FILE, {"value": number, "line": self.seen_ids[number]}), column
                )
            )
        else:
            self.seen_ids[number] = line

    @staticmethod
    def _name(known: KnownStudent | None, details: StudentDetails | None) -> str:
        if details is not None and details.first_name:
            return " ".join(part for part in (details.first_name, details.last_name) if part)
        return known.student.full_name if known else ""


def plan_import(
    table: CsvTable,
    known: Mapping[UUID, KnownStudent],
    owners: Mapping[str, tuple[UUID, str]],
    *,
    today: date,
    allowed: frozenset[Permission],
    file_name: str = "",
    new_id: Callable[[], UUID] = uuid4,
) -> ImportPlan:
    """The dry run of `table` against the students the user may see.

    `owners` maps every stored national ID (all students, active or not) to its student's id and
    name, so a duplicate is refused even when the other student is hidden from this user.
    """
    planner = _Planner(table, known, owners, today, allowed, new_id)
    rows = tuple(planner.plan(line) for line in table.lines)
    return ImportPlan(rows, table.ignored, file_name, dict(table.headers))
