"""Guardian links and template overrides are soft-deleted: kept on record, out of every read.

REQUIREMENTS: soft delete everywhere except the undo / reset-forward paths. SQLite and PostgreSQL.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import time
from uuid import uuid4

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.enums import OverrideType, Relationship
from reinex_desktop.domain.generation.commands import RemoveTemplateOverride, SetTemplateOverride
from reinex_desktop.domain.generation.engine import plan_generation
from reinex_desktop.domain.students.commands import SaveStudentGuardians
from reinex_desktop.domain.students.guardians import link_of
from reinex_desktop.sync.mutations import Outcome
from reinex_desktop.sync.tenant_db import TenantDbGateway
from tests.generation_world import OFFICE, build_world
from tests.students_seed import seed_clinic
from tests.sync.test_students_handlers import OFFICE as DESK
from tests.sync.test_students_handlers import apply


def _links(engine: Engine, student_id: uuid.UUID) -> list[t.StudentGuardianRow]:
    with Session(engine) as session:
        return list(
            session.scalars(sa.select(t.StudentGuardianRow).where(t.StudentGuardianRow.student_id == student_id))
        )


def test_an_unlinked_guardian_stays_on_record_and_linking_again_revives_the_row(any_engine: Engine) -> None:
    clinic = seed_clinic(any_engine)
    gateway = TenantDbGateway(any_engine)
    dana = gateway.student(clinic.dana)
    assert dana is not None
    links = [link_of(link) for link in gateway.guardians_of([dana.id])]
    father = next(link for link in links if link.relationship is Relationship.FATHER)
    mother = next(link for link in links if link.relationship is Relationship.MOTHER)
    kept = replace(father, is_primary=True)
    assert apply(gateway, SaveStudentGuardians(dana.id, (kept,)), DESK, dana.updated_at).outcome is Outcome.APPLIED
    rows = {row.guardian_id: row for row in _links(any_engine, dana.id)}
    assert len(rows) == 2, "the mother's link is kept on record"
    gone = rows[mother.guardian_id]
    assert gone.deleted and gone.deleted_at is not None and not gone.is_primary
    assert not rows[father.guardian_id].deleted
    assert [g.guardian.id for g in gateway.guardians_of([dana.id])] == [father.guardian_id]
    assert [g.guardian.id for g in gateway.guardians_of() if g.student_id == dana.id] == [father.guardian_id]
    # Linking her again revives the same row (one link per student and guardian).
    dana = gateway.student(clinic.dana)
    assert dana is not None
    again = (kept, replace(mother, is_primary=False, relationship=Relationship.CARETAKER))
    assert apply(gateway, SaveStudentGuardians(dana.id, again), DESK, dana.updated_at).outcome is Outcome.APPLIED
    rows = {row.guardian_id: row for row in _links(any_engine, dana.id)}
    assert len(rows) == 2 and not rows[mother.guardian_id].deleted
    assert rows[mother.guardian_id].relationship == "caretaker" and rows[mother.guardian_id].deleted_at is None
    assert {g.guardian.id for g in gateway.guardians_of([dana.id])} == {father.guardian_id, mother.guardian_id}


def test_a_removed_override_stays_on_record_out_of_every_read_and_can_come_back(any_engine: Engine) -> None:
    world = build_world(any_engine)
    gateway = TenantDbGateway(any_engine)
    tpl = world.templates["sun_10"]
    cancel = SetTemplateOverride(uuid4(), tpl, world.first, OverrideType.CANCEL, note="חופשה")
    assert world.apply(gateway, cancel, OFFICE).applied
    plan = plan_generation(world.first, world.last, gateway.generation_snapshot(world.first, world.last))
    assert plan.counts().instances == 9  # the cancelled Sunday gives no lesson
    assert world.apply(gateway, RemoveTemplateOverride(tpl, world.first), OFFICE).applied
    with Session(any_engine) as session:
        (row,) = session.scalars(sa.select(t.OverrideRow)).all()
        assert row.deleted and row.deleted_at is not None
        override_id = row.id
    assert gateway.template_overrides(tpl) == []
    assert gateway.overrides_between(world.first, world.last) == []
    assert gateway.generation_snapshot(world.first, world.last).overrides == []
    plan = plan_generation(world.first, world.last, gateway.generation_snapshot(world.first, world.last))
    assert plan.counts().instances == 10  # the Sunday is back
    again = world.apply(gateway, RemoveTemplateOverride(tpl, world.first), OFFICE)
    assert again.outcome is Outcome.REJECTED and again.result["code"] == "not_found"
    modify = SetTemplateOverride(uuid4(), tpl, world.first, OverrideType.MODIFY, new_time_of_day=time(13))
    revived = world.apply(gateway, modify, OFFICE)
    assert revived.applied and revived.result["override_id"] == str(override_id)
    (shown,) = gateway.template_overrides(tpl)
    assert shown.override_type is OverrideType.MODIFY and shown.new_time_of_day == time(13)
    with Session(any_engine) as session:
        (row,) = session.scalars(sa.select(t.OverrideRow)).all()
        assert not row.deleted and row.deleted_at is None
