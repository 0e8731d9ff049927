"""Students handlers and reads on the embedded SQLite database and on real PostgreSQL."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from reinex_desktop.data import tables as t
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.enums import FlagSeverity, Relationship
from reinex_desktop.domain.people import MedicalFlag
from reinex_desktop.domain.students.commands import (
    CreateStudent,
    ImportRow,
    ImportStudents,
    SaveStudentGuardians,
    SetStudentActive,
    UpdateStudent,
)
from reinex_desktop.domain.students.details import StudentDetails, details_of
from reinex_desktop.domain.students.guardians import GuardianLink, link_of
from reinex_desktop.sync.mutations import Mutation, MutationResult, Outcome
from reinex_desktop.sync.tenant_db import TenantDbGateway
from tests.students_seed import NOW, seed_clinic

OWNER = Actor(None, "מנהלת", "owner")
OFFICE = Actor(None, "קבלה", "office")
INSTRUCTOR = Actor(None, "מדריך", "instructor")


def apply(gateway: TenantDbGateway, command: Command, actor: Actor = OWNER, base: object = None) -> MutationResult:
    return gateway.apply(Mutation.of(command, actor, base_version=base))  # type: ignore[arg-type]


def count(engine: Engine, table: type) -> int:
    with engine.connect() as connection:
        return int(connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def audits(engine: Engine, action: str) -> list[t.AuditEventRow]:
    with sa.orm.Session(engine) as session:
        return list(session.scalars(sa.select(t.AuditEventRow).where(t.AuditEventRow.action == action)))


def mother(name: str = "שירה", **extra: object) -> GuardianLink:
    values: dict[str, object] = {"relationship": Relationship.MOTHER, "is_primary": True, "phone": "+972507234567"}
    return GuardianLink(uuid.uuid4(), name, "ברק", **{**values, **extra})  # type: ignore[arg-type]


def test_create_writes_student_guardians_and_an_audit_of_the_fields(any_engine: Engine) -> None:
    seed_clinic(any_engine)
    gateway = TenantDbGateway(any_engine)
    new_id = uuid.uuid4()
    details = StudentDetails("נועה", national_id="039337423", date_of_birth=date(2016, 5, 1))
    result = apply(gateway, CreateStudent(new_id, details, (mother(),)))
    assert result.outcome is Outcome.APPLIED
    stored = gateway.student(new_id)
    assert stored is not None and stored.last_name == "" and stored.national_id == "039337423"
    (link,) = gateway.guardians_of([new_id])
    assert link.is_primary and link.relationship is Relationship.MOTHER and link.guardian.phone == "+972507234567"
    (event,) = [e for e in audits(any_engine, "students.create") if e.entity_id == str(new_id)]
    assert event.after["first_name"] == "נועה" and "national_id" in event.metadata_["fields"]
    assert audits(any_engine, "students.guardians")


def test_rules_are_enforced_in_the_transaction_and_refusals_write_nothing(any_engine: Engine) -> None:
    clinic = seed_clinic(any_engine)
    gateway = TenantDbGateway(any_engine)
    students, guardians = count(any_engine, t.StudentRow), count(any_engine, t.GuardianRow)
    refusals = {
        "duplicate_national_id": CreateStudent(uuid.uuid4(), StudentDetails("כפיל", national_id="123456782")),
        "relationship_required": CreateStudent(uuid.uuid4(), StudentDetails("א"), (mother(relationship=None),)),
        "primary_twice": CreateStudent(uuid.uuid4(), StudentDetails("א"), (mother(), mother("אחרת"))),
        "invalid_phone": CreateStudent(uuid.uuid4(), StudentDetails("א"), (mother(phone="123"),)),
        "invalid_national_id": CreateStudent(uuid.uuid4(), StudentDetails("א", national_id="123456789")),
    }
    for code, command in refusals.items():
        result = apply(gateway, command)
        assert (result.outcome, result.result["code"]) == (Outcome.REJECTED, code)
        assert result.message is not None
    duplicate = apply(gateway, refusals["duplicate_national_id"])
    assert duplicate.message is not None and duplicate.message.params["student_id"] == str(clinic.moshe)
    assert (count(any_engine, t.StudentRow), count(any_engine, t.GuardianRow)) == (students, guardians)
    assert not audits(any_engine, "students.create")


def test_update_writes_and_audits_only_changed_fields_and_detects_conflicts(any_engine: Engine) -> None:
    clinic = seed_clinic(any_engine)
    gateway = TenantDbGateway(any_engine)
    dana = gateway.student(clinic.dana)
    assert dana is not None
    changed = replace(details_of(dana, with_medical=False), last_name="כהן-לוי", notes_internal="מגיעה עם אחיה")
    result = apply(gateway, UpdateStudent(dana.id, changed), OFFICE, dana.updated_at)
    assert result.outcome is Outcome.APPLIED
    after = gateway.student(dana.id)
    assert after is not None and after.last_name == "כהן-לוי"
    assert after.updated_at == datetime.fromisoformat(str(result.result["updated_at"]))
    assert after.medical_flags == dana.medical_flags  # not seen by the office, left as stored
    (event,) = audits(any_engine, "students.update")
    assert event.before == {"last_name": "כהן", "notes_internal": None}
    assert event.after == {"last_name": "כהן-לוי", "notes_internal": "מגיעה עם אחיה"}
    stale = apply(gateway, UpdateStudent(dana.id, replace(changed, first_name="דניאלה")), OFFICE, dana.updated_at)
    assert stale.outcome is Outcome.CONFLICT and stale.current is not None
    current = gateway.student(dana.id)
    assert current is not None and current.first_name == "דנה"


def test_field_permissions_hold_in_the_data_layer(any_engine: Engine) -> None:
    clinic = seed_clinic(any_engine)
    gateway = TenantDbGateway(any_engine)
    moshe = gateway.student(clinic.moshe)
    assert moshe is not None
    rate = replace(details_of(moshe, with_medical=False), special_rate=Decimal("99"))
    assert apply(gateway, UpdateStudent(moshe.id, rate), OFFICE).result["code"] == "forbidden"
    flags = replace(details_of(moshe), medical_flags=(MedicalFlag("סוכרת", FlagSeverity.HIGH),))
    assert apply(gateway, UpdateStudent(moshe.id, flags), OFFICE).result["code"] == "forbidden"
    assert apply(gateway, CreateStudent(uuid.uuid4(), StudentDetails("א")), INSTRUCTOR).result["code"] == "forbidden"
    assert apply(gateway, UpdateStudent(moshe.id, flags), OWNER).outcome is Outcome.APPLIED
    stored = gateway.student(moshe.id)
    assert stored is not None and stored.medical_flags[0].label == "סוכרת"


def test_guardians_are_replaced_as_a_whole(any_engine: Engine) -> None:
    clinic = seed_clinic(any_engine)
    gateway = TenantDbGateway(any_engine)
    dana = gateway.student(clinic.dana)
    assert dana is not None
    links = [link_of(link) for link in gateway.guardians_of([dana.id])]
    father = next(link for link in links if link.relationship is Relationship.FATHER)
    grandmother = GuardianLink(uuid.uuid4(), "זהבה", "כהן", relationship=Relationship.CARETAKER, is_primary=True)
    new = (replace(father, phone="052-555-1234", is_primary=False), grandmother)
    result = apply(gateway, SaveStudentGuardians(dana.id, new), OFFICE, dana.updated_at)
    assert result.outcome is Outcome.APPLIED
    stored = gateway.guardians_of([dana.id])
    assert [(g.guardian.first_name, g.is_primary) for g in stored] == [("זהבה", True), ("יוסי", False)]
    assert stored[1].guardian.phone == "+972525551234"
    assert count(any_engine, t.GuardianRow) == 4  # the mother is unlinked, never deleted
    (event,) = audits(any_engine, "students.guardians")
    assert len(event.before["guardians"]) == 2 and len(event.after["guardians"]) == 2
    bad = apply(gateway, SaveStudentGuardians(dana.id, (replace(grandmother, is_primary=False),)), OFFICE)
    assert bad.result["code"] == "primary_required"


def test_deactivate_keeps_the_student_and_audits(any_engine: Engine) -> None:
    clinic = seed_clinic(any_engine)
    gateway = TenantDbGateway(any_engine)
    result = apply(gateway, SetStudentActive(clinic.noa, False, "עברה דירה"), OFFICE)
    assert result.outcome is Outcome.APPLIED
    stored = gateway.student(clinic.noa)
    assert stored is not None and not stored.is_active and stored.metadata["inactive_reason"] == "עברה דירה"
    assert clinic.noa in {s.id for s in gateway.students(active=False)}
    assert audits(any_engine, "students.deactivate")[0].after == {"is_active": False, "reason": "עברה דירה"}


def test_import_is_all_or_nothing(any_engine: Engine) -> None:
    clinic = seed_clinic(any_engine)
    gateway = TenantDbGateway(any_engine)
    noa = gateway.student(clinic.noa)
    assert noa is not None
    renamed = ImportRow(
        2, noa.id, False, replace(details_of(noa, with_medical=False), last_name="לוין"), noa.updated_at
    )
    duplicate = ImportRow(3, uuid.uuid4(), True, StudentDetails("כפיל", national_id="123456782"))
    result = apply(gateway, ImportStudents((renamed, duplicate), "students.csv"))
    assert (result.outcome, result.result["code"]) == (Outcome.REJECTED, "duplicate_national_id")
    unchanged = gateway.student(noa.id)
    assert unchanged is not None and unchanged.last_name == "Levi"
    stale = replace(renamed, base_version=NOW)
    conflict = apply(gateway, ImportStudents((stale,)))
    assert conflict.outcome is Outcome.CONFLICT and conflict.current is not None and conflict.current["line"] == 2
    new = ImportRow(3, uuid.uuid4(), True, StudentDetails("חדשה"), guardians=(mother(),), active=False)
    done = apply(gateway, ImportStudents((renamed, new), "students.csv"))
    assert done.outcome is Outcome.APPLIED and (done.result["created"], done.result["updated"]) == (1, 1)
    created = gateway.student(new.student_id)
    assert created is not None and not created.is_active and len(gateway.guardians_of([created.id])) == 1
    assert audits(any_engine, "students.import")[0].after["file"] == "students.csv"


def test_balances_are_total_minus_consumption(any_engine: Engine) -> None:
    clinic = seed_clinic(any_engine)
    gateway = TenantDbGateway(any_engine)
    (balance,) = gateway.balances(student_id=clinic.dana)
    assert (balance.total_amount, balance.consumed_amount, balance.remaining_balance) == (
        Decimal("1500.00"),
        Decimal("350.00"),
        Decimal("1150.00"),
    )
    assert gateway.balances(student_id=clinic.moshe) == []
    assert [e.amount_charged for e in gateway.consumption(commitment_id=clinic.commitment)] == [
        Decimal("150"),
        Decimal("200"),
    ]


def test_people_and_record_reads(any_engine: Engine) -> None:
    clinic = seed_clinic(any_engine)
    gateway = TenantDbGateway(any_engine)
    assert gateway.national_id_owners() == {
        "000000018": (clinic.dana, "דנה כהן"),
        "123456782": (clinic.moshe, "משה לוי"),
    }
    assert gateway.student_ids_assigned_to(clinic.avi) == {clinic.dana}
    assert gateway.student_ids_assigned_to(clinic.gali) == {clinic.moshe}
    upcoming = gateway.next_lessons(NOW)
    assert set(upcoming) == {clinic.dana} and upcoming[clinic.dana][1] == clinic.avi
    (form,) = gateway.form_submissions_of(clinic.dana)
    assert form.form_name == "טופס קליטה" and form.verified_at
    assert [o.status.value for o in gateway.otp_history_of(clinic.dana)] == ["verified", "expired"]
    (entry,) = gateway.waiting_list_of(clinic.moshe)
    assert entry.service_name == "רכיבה טיפולית" and entry.preferred_days == (1, 3) and entry.priority_flag
