"""Validation of student and guardian input: IDs, phones, e-mails, details, guardian rules."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from uuid import uuid4

import pytest

from reinex_desktop.domain.enums import FlagSeverity, Relationship
from reinex_desktop.domain.people import MedicalFlag
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.students.details import FieldChange, StudentDetails, changed_fields, clean_details
from reinex_desktop.domain.students.guardians import GuardianLink, check_guardians
from reinex_desktop.domain.students.rules import permissions_needed
from reinex_desktop.domain.students.validation import (
    check_national_id_free,
    national_phone,
    normalize_email,
    normalize_national_id,
    normalize_phone,
)
from reinex_desktop.domain.text import DomainError

TODAY = date(2026, 11, 21)


def refusal(call: object, *args: object) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("000000018", "000000018"), ("123456782", "123456782"), ("12345678-2", "123456782"), (" 39337423 ", "039337423")],
)
def test_valid_israeli_ids_are_stored_as_nine_digits(typed: str, stored: str) -> None:
    assert normalize_national_id(typed) == stored


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("123456789", "check digit"),
        ("12345678a", "digits only"),
        ("1234567890", "more than 9"),
        ("000000000", "digits"),
    ],
)
def test_invalid_israeli_ids_are_refused_with_the_reason(typed: str, words: str) -> None:
    error = refusal(normalize_national_id, typed)
    assert error.code == "invalid_national_id"
    assert words in error.message.render()
    assert typed.strip() in error.message.render()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("050-723-4567", "+972507234567"),
        ("0507234567", "+972507234567"),
        ("+972 50 723 4567", "+972507234567"),
        ("972507234567", "+972507234567"),
        ("(03) 612-3456", "+97236123456"),
    ],
)
def test_israeli_phones_are_normalized_to_e164(typed: str, stored: str) -> None:
    assert normalize_phone(typed) == stored
    assert national_phone(stored).replace("-", "") == stored.replace("+972", "0")


@pytest.mark.parametrize("typed", ["12", "phone", "050-123", "+1 202 555 0143", "050-123-4567-89"])
def test_invalid_or_foreign_phones_are_refused(typed: str) -> None:
    error = refusal(normalize_phone, typed)
    assert error.code == "invalid_phone"
    assert typed in error.message.render()


def test_email_is_checked_and_its_domain_lower_cased() -> None:
    assert normalize_email(" Ruti.Cohen@Example.COM ") == "Ruti.Cohen@example.com"
    for typed in ("ruti", "ruti@", "ruti@example", "ru ti@example.com", "a@b@example.com"):
        assert refusal(normalize_email, typed).code == "invalid_email"


def test_details_are_trimmed_and_checked() -> None:
    cleaned = clean_details(
        StudentDetails(" דנה ", last_name=" ", middle_name=" ", special_rate=Decimal("150"), national_id=" 39337423"),
        TODAY,
    )
    assert (cleaned.first_name, cleaned.last_name, cleaned.middle_name) == ("דנה", "", None)
    assert cleaned.special_rate == Decimal("150.00") and cleaned.national_id == "039337423"
    assert refusal(clean_details, StudentDetails("  "), TODAY).code == "first_name_required"
    future = StudentDetails("דנה", date_of_birth=TODAY + timedelta(days=1))
    assert refusal(clean_details, future, TODAY).code == "invalid_birth_date"
    assert (
        refusal(clean_details, StudentDetails("דנה", special_rate=Decimal("-1")), TODAY).code == "invalid_special_rate"
    )
    assert refusal(clean_details, StudentDetails("דנה", national_id="123456789"), TODAY).code == "invalid_national_id"
    bad_flag = StudentDetails("דנה", medical_flags=(MedicalFlag(" "),))
    assert refusal(clean_details, bad_flag, TODAY).code == "invalid_medical_flag"


def test_changed_fields_skip_unseen_medical_flags() -> None:
    before = StudentDetails("דנה", "כהן", medical_flags=(MedicalFlag("אסתמה", FlagSeverity.HIGH),))
    after = StudentDetails("דנה", "לוי", medical_flags=None)
    assert changed_fields(before, after) == (FieldChange("last_name", "כהן", "לוי"),)
    created = changed_fields(None, StudentDetails("דנה"))
    assert [c.field for c in created] == ["first_name", "default_notification_method", "onboarding_status"]


def link(
    name: str = "רותי", relationship: Relationship | None = Relationship.MOTHER, primary: bool = True, **extra: object
) -> GuardianLink:
    return GuardianLink(uuid4(), name, "כהן", relationship=relationship, is_primary=primary, **extra)  # type: ignore[arg-type]


def test_guardian_relationship_is_required() -> None:
    error = refusal(check_guardians, [link(relationship=None)], None, TODAY)
    assert error.code == "relationship_required"
    assert "רותי כהן" in error.message.render()


def test_exactly_one_primary_guardian() -> None:
    assert refusal(check_guardians, [link(), link("יוסי", Relationship.FATHER)], None, TODAY).code == "primary_twice"
    assert refusal(check_guardians, [link(primary=False)], None, TODAY).code == "primary_required"
    assert check_guardians([], None, TODAY) == ()


def test_self_only_for_an_adult_and_only_once() -> None:
    adult, child = date(1990, 1, 1), date(2015, 1, 1)
    assert check_guardians([link(relationship=Relationship.SELF)], adult, TODAY)[0].relationship is Relationship.SELF
    assert check_guardians([link(relationship=Relationship.SELF)], None, TODAY)
    error = refusal(check_guardians, [link(relationship=Relationship.SELF)], child, TODAY)
    assert error.code == "self_minor" and "11" in error.message.render()
    two = [link(relationship=Relationship.SELF), link("ב", Relationship.SELF, primary=False)]
    assert refusal(check_guardians, two, adult, TODAY).code == "self_twice"


def test_guardian_phone_and_email_are_normalized_or_refused() -> None:
    (cleaned,) = check_guardians([link(phone="050-723-4567", email="R@Example.com")], None, TODAY)
    assert (cleaned.phone, cleaned.email) == ("+972507234567", "R@example.com")
    assert refusal(check_guardians, [link(phone="123")], None, TODAY).code == "invalid_phone"
    assert refusal(check_guardians, [link(email="nope")], None, TODAY).code == "invalid_email"
    assert refusal(check_guardians, [link(name=" ")], None, TODAY).code == "guardian_name_required"
    same = link()
    assert refusal(check_guardians, [same, same], None, TODAY).code == "duplicate_guardian"


def test_duplicate_national_id_names_the_owner_and_carries_their_id() -> None:
    owner, me = uuid4(), uuid4()
    check_national_id_free("123456782", None, me)
    check_national_id_free("123456782", (me, "דנה כהן"), me)
    error = refusal(check_national_id_free, "123456782", (owner, "משה לוי"), me)
    assert error.code == "duplicate_national_id"
    assert "משה לוי" in error.message.render() and error.message.params["student_id"] == str(owner)


def test_permissions_needed_by_changed_fields() -> None:
    assert permissions_needed([FieldChange("first_name", "a", "b")]) == {Permission.SCHEDULE_MANAGE}
    assert Permission.FINANCIALS_MANAGE in permissions_needed([FieldChange("special_rate", None, Decimal(1))])
    assert Permission.MEDICAL_FLAGS_VIEW in permissions_needed([FieldChange("medical_flags", (), ())])
