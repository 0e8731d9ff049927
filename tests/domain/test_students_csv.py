"""The students CSV file: Excel-ready export, and import planning that refuses bad files cleanly."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time
from decimal import Decimal
from uuid import UUID, uuid4

import pytest

from reinex_desktop.domain.enums import OnboardingStatus, Relationship
from reinex_desktop.domain.people import Guardian, MedicalFlag, Student, StudentGuardian
from reinex_desktop.domain.permissions import ROLE_DEFAULTS, Role
from reinex_desktop.domain.students.csv_columns import COLUMNS
from reinex_desktop.domain.students.csv_export import StudentCsvRecord, write_students_csv
from reinex_desktop.domain.students.csv_import import MAX_ROWS, ImportPlan, KnownStudent, plan_import, read_table
from reinex_desktop.domain.text import DomainError

TODAY = date(2026, 11, 21)
STAMP = datetime(2026, 8, 1, tzinfo=UTC)
ADMIN = ROLE_DEFAULTS[Role.ADMIN]
OFFICE = ROLE_DEFAULTS[Role.OFFICE]


def student(first: str, last: str, **extra: object) -> Student:
    return Student(uuid4(), first, last, updated_at=STAMP, **extra)  # type: ignore[arg-type]


DANA = student(
    "דנה",
    "כהן",
    date_of_birth=date(2015, 3, 2),
    national_id="000000018",
    notes_internal='=HYPERLINK("http://evil")',
    medical_flags=(MedicalFlag("אסתמה"),),
)
MOTHER = StudentGuardian(
    uuid4(),
    DANA.id,
    Guardian(uuid4(), "רותי", "כהן", phone="+972507234567", email="ruti@example.com"),
    Relationship.MOTHER,
    True,
)
MOSHE = student("משה", "לוי", special_rate=Decimal("150.00"), onboarding_status=OnboardingStatus.APPROVED)
KNOWN = {DANA.id: KnownStudent(DANA, (MOTHER,)), MOSHE.id: KnownStudent(MOSHE)}
OWNERS = {"000000018": (DANA.id, "דנה כהן"), "123456782": (uuid4(), "מישהו אחר")}


def exported(include_medical: bool = False) -> bytes:
    records = [
        StudentCsvRecord(
            DANA,
            MOTHER,
            weekly=((0, time(16)), (3, time(17, 30))),
            next_lesson=datetime(2026, 11, 24, 16, 0),  # noqa: DTZ001 - a local wall time, as exported
            instructors=("אבי",),
        ),
        StudentCsvRecord(MOSHE),
    ]
    return write_students_csv(records, include_medical=include_medical)


def rows_of(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def plan(data: bytes, allowed: frozenset = ADMIN) -> ImportPlan:  # type: ignore[type-arg]
    return plan_import(read_table(data), KNOWN, OWNERS, today=TODAY, allowed=allowed)


def edited(change: dict[str, str], *, line: int = 0) -> bytes:
    """The export with some cells of one data line replaced, by Hebrew header."""
    table = rows_of(exported())
    header = table[0]
    for name, value in change.items():
        table[line + 1][header.index(name)] = value
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(table)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def refused(data: bytes) -> DomainError:
    with pytest.raises(DomainError) as caught:
        read_table(data)
    return caught.value


def test_export_is_excel_ready_hebrew_with_bom_and_crlf() -> None:
    data = exported()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    table = rows_of(data)
    assert table[0][:4] == ["מזהה", "שם פרטי", "שם אמצעי", "שם משפחה"]
    dana = dict(zip(table[0], table[1], strict=True))
    assert dana["טלפון איש הקשר"] == "050-723-4567"  # text for Excel, not a number
    assert dana["תעודת זהות"] == "000000018"
    assert dana["תאריך לידה"] == "02/03/2015"
    assert dana["קרבה"] == "אם"
    assert dana["שיעורים קבועים"] == "ראשון 16:00, רביעי 17:30"
    assert dana["השיעור הבא"] == "יום שלישי 24/11/2026 16:00"
    assert dana["הערות פנימיות"] == '\'=HYPERLINK("http://evil")'
    assert "דגלים רפואיים" not in table[0]
    with_medical = rows_of(exported(True))
    assert dict(zip(with_medical[0], with_medical[1], strict=True))["דגלים רפואיים"] == "אסתמה"


@pytest.mark.parametrize("cell", ["=1+1", "+972", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_export_neutralizes_every_formula_trigger(cell: str) -> None:
    record = StudentCsvRecord(student(cell, "x"))
    table = rows_of(write_students_csv([record], include_medical=False))
    assert table[1][1] == "'" + cell


def test_round_trip_without_edits_changes_nothing() -> None:
    result = plan(exported())
    assert [(row.line, row.errors, row.changes) for row in result.rows] == [(2, (), ()), (3, (), ())]
    assert result.unchanged_count == 2 and not result.selectable_lines()
    assert set(result.ignored_columns) == {"שיעורים קבועים", "השיעור הבא", "מדריכים"}


def test_hebrew_edits_show_old_and_new_values() -> None:
    result = plan(edited({"שם משפחה": "כהן־לוי", "טלפון איש הקשר": "052-555-1234", "סטטוס קליטה": "מאושר"}))
    row = result.rows[0]
    assert row.errors == () and row.selectable
    changes = {c.field: (c.before, c.after) for c in row.changes}
    assert changes["last_name"] == ("כהן", "כהן־לוי")
    assert changes["guardian_phone"] == ("+972507234567", "+972525551234")
    assert changes["onboarding_status"] == (OnboardingStatus.NOT_STARTED, OnboardingStatus.APPROVED)
    assert row.row is not None and row.row.base_version == STAMP
    assert row.row.guardians is not None and row.row.guardians[0].phone == "+972525551234"
    assert result.command([2]).rows == (row.row,)


def test_empty_cell_changes_nothing_and_clear_empties_optional_fields() -> None:
    row = plan(edited({"שם משפחה": "", "תאריך לידה": "CLEAR", "דוא״ל איש הקשר": "clear"})).rows[0]
    changes = {c.field: (c.before, c.after) for c in row.changes}
    assert changes == {"date_of_birth": (date(2015, 3, 2), None), "guardian_email": ("ruti@example.com", None)}
    bad = plan(edited({"שם פרטי": "CLEAR"})).rows[0]
    assert bad.errors and bad.errors[0].column == "שם פרטי" and not bad.selectable


def test_english_headers_and_values_are_accepted() -> None:
    data = (
        f"id,first_name,Last Name,notification_method,active,guardian_relationship\r\n{MOSHE.id},Moshe,,email,no,\r\n"
    )
    (row,) = plan(data.encode()).rows
    changes = {c.field: c.after for c in row.changes}
    assert changes["first_name"] == "Moshe" and changes["is_active"] is False
    assert str(changes["default_notification_method"]) == "email"


def test_new_students_come_from_lines_without_an_id() -> None:
    data = "מזהה,שם פרטי,שם משפחה,תעודת זהות,שם פרטי של איש הקשר,קרבה,טלפון איש הקשר\r\n"
    data += ",נועה,ברק,039337423,שירה,אם,050-723-4567\r\n,,בלי שם,,,,\r\n,יובל,,,אבי,,\r\n"
    new, nameless, no_relationship = plan(data.encode()).rows
    assert new.is_new and new.selectable and new.row is not None
    assert new.row.guardians is not None and new.row.guardians[0].relationship is Relationship.MOTHER
    assert [e.message.render() for e in nameless.errors] == ["Enter the student's first name."]
    assert no_relationship.errors and "related" in no_relationship.errors[0].message.render()


def test_duplicate_ids_are_refused_against_the_database_and_within_the_file() -> None:
    data = "id,first_name,national_id\r\n,א,123456782\r\n,ב,039337423\r\n,ג,39337423\r\n"
    taken, first, again = plan(data.encode()).rows
    assert "מישהו אחר" in taken.errors[0].message.render()
    assert first.selectable
    assert "line 3" in again.errors[0].message.render()


def test_rows_name_unknown_students_repeated_lines_and_bad_values_with_line_numbers() -> None:
    data = (
        f"id,first_name,date_of_birth,special_rate,guardian_phone\r\n"
        f"{uuid4()},א,,,\r\n"
        f"not-an-id,ב,,,\r\n"
        f'{MOSHE.id},"משה\nהשני",31/02/2020,abc,123\r\n'
        f"{MOSHE.id},משה,,,\r\n"
    )
    unknown, garbage, bad_values, repeated = plan(data.encode()).rows
    assert unknown.line == 2 and "No student" in unknown.errors[0].message.render()
    assert garbage.line == 3 and "not a student ID" in garbage.errors[0].message.render()
    assert bad_values.line == 4  # a quoted cell spanning two lines starts on line 4
    # A name broken over two lines carries a control character (a line break): refused too.
    assert {e.column for e in bad_values.errors} == {"first_name", "date_of_birth", "special_rate", "guardian_phone"}
    assert repeated.line == 6 and "line 4" in repeated.errors[0].message.render()


def test_formula_cells_are_refused_unless_escaped() -> None:
    data = "id,first_name,last_name,guardian_phone,notes_internal\r\n"
    data += f"{MOSHE.id},=cmd|' /C calc'!A0,@x,,'-note\r\n{MOSHE.id},,,+972507234567,\r\n"
    formula, phone = plan(data.encode()).rows
    assert {e.column for e in formula.errors} == {"first_name", "last_name"}
    assert "formula" in formula.errors[0].message.render()
    assert not any(e.column == "notes_internal" for e in formula.errors)
    assert [e for e in phone.errors if e.column == "guardian_phone"] == []


def test_escaped_export_cells_round_trip_to_their_text() -> None:
    result = plan(exported())
    assert result.rows[0].changes == ()  # the neutralized notes read back as the stored formula text


def test_office_may_not_change_the_special_rate() -> None:
    row = plan(edited({"תעריף מיוחד": "180"}, line=1), OFFICE).rows[1]
    assert row.errors and row.errors[0].column == "תעריף מיוחד"
    assert plan(edited({"תעריף מיוחד": "180"}, line=1), ADMIN).rows[1].selectable


def test_choosing_a_line_with_errors_refuses_the_import() -> None:
    result = plan(edited({"שם פרטי": "CLEAR"}))
    with pytest.raises(DomainError):
        result.command([2])


def test_semicolon_files_are_read_too() -> None:
    data = f"id;first_name\r\n{MOSHE.id};משה חדש\r\n".encode()
    assert plan(data).rows[0].changes[0].after == "משה חדש"


# --- files refused as a whole ---------------------------------------------------------------------


def test_wrong_encoding_is_refused_with_advice() -> None:
    error = refused("מזהה,שם פרטי\r\n,דנה\r\n".encode("cp1255"))
    assert error.code == "csv_encoding" and "UTF-8" in error.message.render()
    assert refused("id,first_name\r\n".encode("utf-16")).code == "csv_encoding"
    assert refused(b"PK\x03\x04 workbook").code == "csv_encoding"


def test_missing_id_column_is_refused() -> None:
    error = refused("שם פרטי,שם משפחה\r\nדנה,כהן\r\n".encode())
    assert error.code == "csv_missing_id" and "מזהה" in error.message.render()


def test_unknown_columns_are_refused_by_name() -> None:
    error = refused("מזהה,שם פרטי,צבע אהוב,Shoe size\r\n,דנה,כחול,38\r\n".encode())
    assert error.code == "csv_unknown_columns"
    assert "“צבע אהוב”" in error.message.render() and "“Shoe size”" in error.message.render()


def test_too_many_rows_are_refused_and_the_limit_itself_is_accepted() -> None:
    def file(count: int) -> bytes:
        return ("id,first_name\r\n" + ",שם\r\n" * count).encode()

    error = refused(file(MAX_ROWS + 1))
    assert error.code == "csv_too_many_rows" and "2001" in error.message.render()
    assert len(read_table(file(MAX_ROWS)).lines) == MAX_ROWS


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "csv_empty"),
        (b"\xef\xbb\xbf\r\n", "csv_empty"),
        (b"id,first_name\r\n", "csv_no_rows"),
        (b"id,first_name,first_name\r\n,a,b\r\n", "csv_invalid"),
        (b"id,first_name,\r\n,a,orphan\r\n", "csv_invalid"),
        (b'id,first_name\r\n,"unterminated\r\n', "csv_invalid"),
    ],
)
def test_malformed_files_are_refused(data: bytes, code: str) -> None:
    assert refused(data).code == code


def test_every_column_has_distinct_hebrew_and_english_headers() -> None:
    hebrew = [c.hebrew for c in COLUMNS]
    english = [c.english for c in COLUMNS]
    assert len(set(hebrew)) == len(hebrew) and len(set(english)) == len(english)
    assert isinstance(KNOWN[DANA.id].student.id, UUID)
