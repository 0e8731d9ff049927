"""Students use cases: visibility, refusals that write nothing, conflicts, CSV round trip with Hebrew."""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from reinex_desktop.data import tables as t
from reinex_desktop.domain.enums import Relationship
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.students.details import StudentDetails, details_of
from reinex_desktop.domain.students.guardians import GuardianLink, link_of
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.students.csv_io import apply_import, export_students, export_to_file, preview_import
from reinex_desktop.services.students.editing import create_student, save_guardians, set_active, update_student
from reinex_desktop.services.students.profile import load_profile
from reinex_desktop.services.students.roster import RosterFilter, load_roster
from reinex_desktop.services.students.writes import DuplicateNationalIdError, StudentChangedError
from tests.students_seed import context_for, seed_clinic


def written(engine: Engine) -> tuple[int, int, int, int]:
    """Rows that any write would touch: students, guardians, links, recorded mutations."""
    with engine.connect() as connection:
        return tuple(  # type: ignore[return-value]
            int(connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())
            for table in (t.StudentRow, t.GuardianRow, t.StudentGuardianRow, t.AppliedMutationRow)
        )


def test_roster_rows_search_and_filter(sqlite_engine: Engine) -> None:
    clinic = seed_clinic(sqlite_engine)
    roster = load_roster(context_for(sqlite_engine, Role.ADMIN))
    dana = roster.by_id[clinic.dana]
    assert dana.instructors == ("אבי מדריך",) and dana.next_lesson is not None
    assert dana.primary_phone == "+972531234567" and dana.balance is None and dana.age == 11
    assert [r.student.id for r in roster.search("053-123")] == [clinic.dana]
    assert [r.student.id for r in roster.search("שמש")] == []
    assert [r.student.id for r in roster.search("שמש", RosterFilter.INACTIVE)] == [clinic.uri]
    assert len(roster.search("", RosterFilter.ALL)) == 4
    office = load_roster(context_for(sqlite_engine, Role.OFFICE)).by_id[clinic.dana]
    assert office.student.medical_flags == ()  # no reinex_medical_flags_view
    assert roster.by_id[clinic.dana].student.medical_flags


def test_instructors_see_only_their_students(sqlite_engine: Engine) -> None:
    clinic = seed_clinic(sqlite_engine)
    context = context_for(sqlite_engine, Role.INSTRUCTOR, employee_id=clinic.gali)
    roster = load_roster(context)
    assert [row.student.id for row in roster.rows] == [clinic.moshe]
    assert not roster.money_visible  # no financial view
    with pytest.raises(DomainError) as refused:
        load_profile(context, clinic.dana)
    assert refused.value.code == "forbidden"
    assert load_profile(context, clinic.moshe).commitments is None


def test_profile_gathers_every_tab(any_engine: Engine) -> None:
    clinic = seed_clinic(any_engine)
    profile = load_profile(context_for(any_engine, Role.ADMIN), clinic.dana)
    assert profile.age == 11 and profile.medical_visible and profile.can_edit and profile.can_edit_rate
    assert [g.guardian.first_name for g in profile.guardians] == ["רותי", "יוסי"]
    assert [line.service_name for line in profile.templates] == ["רכיבה טיפולית"]
    assert len(profile.upcoming) == 1 and [h.participant.price_charged for h in profile.history if h.participant] == [
        Decimal("200"),
        Decimal("150"),
    ]
    assert profile.commitments is not None
    (commitment,) = profile.commitments
    assert commitment.balance is not None and commitment.balance.remaining_balance == Decimal("1150.00")
    assert [c.lesson_start is not None for c in commitment.consumption] == [True, True]
    assert len(profile.forms) == 1 and len(profile.otp_history) == 2 and profile.waiting_list == ()
    office = load_profile(context_for(any_engine, Role.OFFICE), clinic.dana)
    assert office.student.medical_flags == () and not office.can_edit_rate


def test_refusals_are_clear_and_write_nothing(sqlite_engine: Engine) -> None:
    clinic = seed_clinic(sqlite_engine)
    context = context_for(sqlite_engine, Role.OFFICE)
    before = written(sqlite_engine)
    cases = [
        (StudentDetails("נועה", national_id="123456789"), (), "invalid_national_id"),
        (StudentDetails("נועה", national_id="123456782"), (), "duplicate_national_id"),
        (StudentDetails("נועה"), (GuardianLink(uuid.uuid4(), "אמא"),), "relationship_required"),
        (
            StudentDetails("נועה"),
            (GuardianLink(uuid.uuid4(), "א", relationship=Relationship.MOTHER, phone="050"),),
            "invalid_phone",
        ),
        (
            StudentDetails("נועה"),
            tuple(GuardianLink(uuid.uuid4(), n, relationship=Relationship.OTHER, is_primary=True) for n in "אב"),
            "primary_twice",
        ),
        (StudentDetails("נועה", special_rate=Decimal("100")), (), "forbidden"),
    ]
    for details, guardians, code in cases:
        with pytest.raises(DomainError) as refused:
            create_student(context, details, guardians)
        assert refused.value.code == code
    with pytest.raises(DuplicateNationalIdError) as duplicate:
        create_student(context, StudentDetails("נועה", national_id="123456782"))
    assert duplicate.value.existing_id == clinic.moshe
    assert written(sqlite_engine) == before


def test_edit_conflict_is_reported_not_overwritten(sqlite_engine: Engine) -> None:
    clinic = seed_clinic(sqlite_engine)
    context = context_for(sqlite_engine, Role.OFFICE)
    seen = context.gateway.student(clinic.noa)
    assert seen is not None
    update_student(context, seen, replace(details_of(seen), last_name="לוין"))
    with pytest.raises(StudentChangedError):
        update_student(context, seen, replace(details_of(seen), last_name="לוי"))
    current = context.gateway.student(clinic.noa)
    assert current is not None and current.last_name == "לוין"


def test_create_edit_guardians_and_deactivate(sqlite_engine: Engine) -> None:
    seed_clinic(sqlite_engine)
    context = context_for(sqlite_engine, Role.OFFICE)
    heard: list[frozenset[str]] = []
    context.notices.subscribe(heard.append)
    link = GuardianLink(uuid.uuid4(), "אורית", relationship=Relationship.MOTHER, is_primary=True, phone="0507234567")
    new_id = create_student(context, StudentDetails("תמר", "ברק"), [link])
    student = context.gateway.student(new_id)
    assert student is not None and heard == [frozenset({"students"})]
    links = [replace(link_of(g), email="orit@example.com") for g in context.gateway.guardians_of([new_id])]
    save_guardians(context, student, links)
    student = context.gateway.student(new_id)
    assert student is not None
    set_active(context, student, False, "סיימה")
    assert new_id in {s.id for s in context.gateway.students(active=False)}


def test_csv_round_trip_with_hebrew_edits(any_engine: Engine, tmp_path: Path) -> None:
    clinic = seed_clinic(any_engine)
    context = context_for(any_engine, Role.ADMIN)
    path = tmp_path / "תלמידים.csv"
    message = export_to_file(context, path)
    assert message.params["count"] == 4
    table = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    header = table[0]
    dana = next(row for row in table if row[0] == str(clinic.dana))
    dana[header.index("שם משפחה")] = "כהן-אלמוג"
    dana[header.index("טלפון איש הקשר")] = "052-555-1234"
    dana[header.index("תאריך לידה")] = "CLEAR"
    table.append(["", "יהונתן", "", "רז", "039337423", "01/09/2010", "וואטסאפ", "", "", "כן", "", "מיכל", "רז", "אם"])
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(table)
    data = ("\ufeff" + buffer.getvalue()).encode("utf-8")
    before = written(any_engine)
    plan = preview_import(context, data, path.name)
    assert written(any_engine) == before  # the dry run writes nothing
    assert (plan.new_count, plan.update_count, plan.error_count) == (1, 1, 0)
    outcome = apply_import(context, plan)
    assert (outcome.created, outcome.updated) == (1, 1)
    stored = context.gateway.student(clinic.dana)
    assert stored is not None and stored.last_name == "כהן-אלמוג" and stored.date_of_birth is None
    primary = next(g for g in context.gateway.guardians_of([clinic.dana]) if g.is_primary)
    assert primary.guardian.phone == "+972525551234"
    new = next(s for s in context.gateway.students() if s.first_name == "יהונתן")
    assert new.national_id == "039337423" and new.last_name == "רז"
    again = preview_import(context, export_students(context), "again.csv")
    assert again.selectable_lines() == () and again.error_count == 0


def test_import_conflict_after_preview_writes_nothing(sqlite_engine: Engine) -> None:
    clinic = seed_clinic(sqlite_engine)
    context = context_for(sqlite_engine, Role.ADMIN)
    data = f"id,last_name\r\n{clinic.noa},לוין\r\n{clinic.moshe},לוי-כהן\r\n".encode()
    plan = preview_import(context, data)
    moshe = context.gateway.student(clinic.moshe)
    assert moshe is not None
    update_student(context, moshe, replace(details_of(moshe), notes_internal="שינוי בינתיים"))
    with pytest.raises(StudentChangedError) as conflict:
        apply_import(context, plan)
    assert "line 3" in conflict.value.message.render()
    noa = context.gateway.student(clinic.noa)
    assert noa is not None and noa.last_name == "Levi"


def test_importing_needs_the_write_permission(sqlite_engine: Engine) -> None:
    clinic = seed_clinic(sqlite_engine)
    context = context_for(sqlite_engine, Role.READ_ONLY)
    with pytest.raises(DomainError) as refused:
        preview_import(context, f"id,last_name\r\n{clinic.noa},x\r\n".encode())
    assert refused.value.code == "forbidden"


def test_roster_warns_when_a_balance_is_used_up(sqlite_engine: Engine) -> None:
    clinic = seed_clinic(sqlite_engine)
    with sa.orm.Session(sqlite_engine) as session, session.begin():
        participant = session.scalars(
            sa.select(t.ParticipantRow.id).where(t.ParticipantRow.student_id == clinic.dana)
        ).first()
        session.add(
            t.ConsumptionRow(
                lesson_participant_id=participant,
                commitment_id=clinic.commitment,
                amount_charged=Decimal("1150"),
                metadata_={},
            )
        )
    roster = load_roster(context_for(sqlite_engine, Role.ADMIN))
    assert roster.money_visible and roster.by_id[clinic.dana].balance is not None
    assert roster.by_id[clinic.dana].balance.value == "exhausted"
    assert roster.by_id[clinic.moshe].balance is None
    assert load_roster(context_for(sqlite_engine, Role.INSTRUCTOR, employee_id=clinic.avi)).rows[0].balance is None
