"""Numbers, encodings and hidden characters in a students CSV file, written from the rules' text:
a rate above 100,000 ₪ is refused on its line; `12,5` is 12.5; a lone thousands group is ambiguous;
UTF-32, UTF-16, binary and Windows-Hebrew files are each named as what they are; control characters
and bidirectional overrides are refused in names; the phone example in the message is itself valid."""

from __future__ import annotations

import codecs
import re
from decimal import Decimal

import pytest

from reinex_desktop.domain.students.csv_import import read_table
from reinex_desktop.domain.students.validation import normalize_phone
from reinex_desktop.domain.text import DomainError
from tests.domain.test_students_csv import MOSHE, plan


def _rate_row(value: str) -> tuple[list[str], Decimal | None]:
    data = f'id,special_rate\r\n{MOSHE.id},"{value}"\r\n'.encode()
    row = plan(data).rows[0]
    changes = {change.field: change.after for change in row.changes}
    return [error.message.render() for error in row.errors if error.column == "special_rate"], changes.get(
        "special_rate"
    )


@pytest.mark.parametrize(
    ("written", "amount"),
    [("12,5", "12.5"), ("12,50", "12.50"), ("₪ 120", "120"), ("1,250.00", "1250.00"), ("99999.99", "99999.99")],
)
def test_amounts_are_read_as_people_write_them(written: str, amount: str) -> None:
    errors, after = _rate_row(written)
    assert errors == [] and after == Decimal(amount)


@pytest.mark.parametrize("written", ["1e28", "1E+30", "100000.01", "1,250,000", "NaN", "Infinity", "9" * 40])
def test_absurd_amounts_are_refused_on_their_line_without_a_crash(written: str) -> None:
    errors, _after = _rate_row(written)
    assert len(errors) == 1


def test_a_lone_thousands_group_is_ambiguous() -> None:
    errors, _after = _rate_row("1,250")
    assert len(errors) == 1 and "1250" in errors[0]


def test_a_rate_above_the_limit_names_the_limit() -> None:
    errors, _after = _rate_row("250000")
    assert "100,000" in errors[0]


def _refusal(data: bytes) -> str:
    with pytest.raises(DomainError) as caught:
        read_table(data)
    assert caught.value.code == "csv_encoding"
    return caught.value.message.render()


def test_encodings_are_named_as_what_they_are() -> None:
    text = "id,first_name\r\n,דנה\r\n"
    assert "UTF-32" in _refusal(text.encode("utf-32"))
    assert "UTF-32" in _refusal(text.encode("utf-32-le"))
    assert "UTF-16" in _refusal(text.encode("utf-16"))
    assert "UTF-16" in _refusal(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert "UTF-16" in _refusal(text.encode("utf-16-be"))
    binary = bytes(range(256)) * 8
    assert "binary" in _refusal(binary)
    assert "binary" in _refusal(b"id,first_name\r\n\x00\x00\x00\x01\x02garbage\x00\xff\xfe\x00\x00\x00\x00")
    assert "Windows Hebrew" in _refusal(text.encode("cp1255"))
    nul_in_a_name = f"id,first_name\r\n{MOSHE.id},דנה\x00\r\n".encode()
    assert "UTF-16" not in _refusal(nul_in_a_name) and "binary" in _refusal(nul_in_a_name)


@pytest.mark.parametrize(
    "name",
    ["\x1b[31mדנה\x1b[0m", "דנה\u202eהנד", "דנה\u2066x\u2069", "דנה\x07", "ד\u0085נה", "ד\x08נה"],
)
def test_control_characters_and_bidi_overrides_are_refused_in_names(name: str) -> None:
    data = f'id,first_name\r\n{MOSHE.id},"{name}"\r\n'.encode()
    row = plan(data).rows[0]
    errors = [error.message.render() for error in row.errors if error.column == "first_name"]
    assert len(errors) == 1 and re.search(r"U\+[0-9A-F]{4}", errors[0])
    assert "\x1b" not in errors[0]


def test_notes_may_run_over_several_lines() -> None:
    data = f'id,notes_internal\r\n{MOSHE.id},"שורה ראשונה\nשורה שנייה"\r\n'.encode()
    assert plan(data).rows[0].errors == ()


def test_the_phone_example_in_the_refusal_is_itself_a_valid_phone() -> None:
    with pytest.raises(DomainError) as caught:
        normalize_phone("050-123")
    examples = re.findall(r"\d{2,3}-\d{3}-\d{4}", caught.value.message.render())
    assert examples
    for example in examples:
        normalize_phone(example)
