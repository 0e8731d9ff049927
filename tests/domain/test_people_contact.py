"""Whom the clinic reaches about a student, and how every screen writes a person's name."""

from __future__ import annotations

import uuid

from reinex_desktop.domain.enums import Relationship
from reinex_desktop.domain.people import Guardian, StudentGuardian, person_name
from reinex_desktop.domain.students.guardians import contact_order, primary_of

STUDENT = uuid.uuid4()


def link(name: str, relationship: Relationship, *, primary: bool = False, phone: str | None = None) -> StudentGuardian:
    person = Guardian(id=uuid.uuid4(), first_name=name, phone=phone)
    return StudentGuardian(uuid.uuid4(), STUDENT, person, relationship, primary)


def test_a_name_is_first_middle_last_of_those_given() -> None:
    assert person_name("נועה", "לאה", "כהן") == "נועה לאה כהן"
    assert person_name("נועה", None, "כהן") == "נועה כהן"
    assert person_name("נועה", "  ", None) == "נועה"
    assert person_name(" נועה ", "", " כהן ") == "נועה כהן"


def test_the_guardian_marked_primary_comes_first() -> None:
    mother = link("רותי", Relationship.MOTHER, phone="+972531234567")
    father = link("יוסי", Relationship.FATHER, primary=True)
    assert primary_of([mother, father]) is father
    assert contact_order([mother, father]) == [father, mother]


def test_without_a_primary_an_adult_student_reaches_themself_then_anyone_reachable() -> None:
    unreachable = link("אחר", Relationship.OTHER)
    reachable = link("מטפלת", Relationship.CARETAKER, phone="+972541112233")
    themself = link("דני", Relationship.SELF)
    assert contact_order([unreachable, reachable, themself]) == [themself, reachable, unreachable]
    assert primary_of([unreachable, reachable]) is reachable
    assert primary_of([unreachable]) is unreachable
    assert primary_of([]) is None
