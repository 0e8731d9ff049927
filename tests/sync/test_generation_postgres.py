"""Generation on real PostgreSQL: concurrent applies and a failure in the middle of an apply."""

from __future__ import annotations

import threading
from uuid import uuid4

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from reinex_desktop.data import tables as t
from reinex_desktop.domain.generation.commands import ApplyGeneration
from reinex_desktop.sync.mutations import MutationResult, Outcome
from reinex_desktop.sync.tenant_db import TenantDbGateway
from tests.conftest import PgDatabases
from tests.generation_world import build_world


def _duplicates(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                sa.select(t.InstanceRow.template_id, t.InstanceRow.datetime_start, sa.func.count())
                .group_by(t.InstanceRow.template_id, t.InstanceRow.datetime_start)
                .having(sa.func.count() > 1)
            )
        ]


def test_two_workstations_applying_at_once_take_turns_and_record_no_empty_run(
    pg_databases: PgDatabases, pg_url: str
) -> None:
    setup = pg_databases.engine(pg_url)
    world = build_world(setup, students=6)
    with setup.begin() as connection:
        # Hold each apply for a moment after it opened its run, so both plans are computed from the
        # same state and both try to insert every lesson: only the unique index can keep them apart.
        connection.exec_driver_sql(
            """
            CREATE FUNCTION linger() RETURNS trigger AS $$
            BEGIN PERFORM pg_sleep(0.5); RETURN NEW; END $$ LANGUAGE plpgsql;
            CREATE TRIGGER linger AFTER INSERT ON generation_runs FOR EACH ROW EXECUTE FUNCTION linger();
            """
        )
    # Each workstation has its own engine, so its own connection and transaction.
    gateways = [TenantDbGateway(pg_databases.engine(pg_url)) for _ in range(2)]
    start = threading.Barrier(2)
    results: list[MutationResult] = []
    lock = threading.Lock()

    def workstation(gateway: TenantDbGateway) -> None:
        start.wait()
        result = world.apply(gateway, ApplyGeneration(uuid4(), world.first, world.last))
        with lock:
            results.append(result)

    threads = [threading.Thread(target=workstation, args=(g,)) for g in gateways]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    applied = [r for r in results if r.outcome is Outcome.APPLIED]
    refused = [r for r in results if r.outcome is Outcome.REJECTED]
    assert len(applied) == 1 and len(refused) == 1, [r.outcome for r in results]
    assert (applied[0].result["inserted_instances"], applied[0].result["inserted_participants"]) == (10, 12)
    # The second waited for the first, then reported it instead of recording a run of nothing.
    assert refused[0].result["code"] == "nothing_to_generate"
    assert refused[0].message is not None and refused[0].message.params["who"] == "Dana Manager"
    assert _duplicates(setup) == []
    with setup.connect() as connection:
        assert connection.scalar(sa.select(sa.func.count()).select_from(t.InstanceRow)) == 10
        assert connection.scalar(sa.select(sa.func.count()).select_from(t.ParticipantRow)) == 12
        assert connection.scalar(sa.select(sa.func.count()).select_from(t.GenerationRunRow)) == 1


def test_the_database_refuses_a_duplicate_generated_occurrence(pg_engine: Engine) -> None:
    world = build_world(pg_engine)
    gateway = TenantDbGateway(pg_engine)
    assert world.apply(gateway, ApplyGeneration(uuid4(), world.first, world.last)).applied
    with pg_engine.begin() as connection:
        row = connection.execute(sa.select(t.InstanceRow.__table__).limit(1)).mappings().one()
        copy = {**row, "id": uuid4()}
        try:
            with connection.begin_nested():
                connection.execute(sa.insert(t.InstanceRow.__table__).values(copy))
            raised = False
        except sa.exc.IntegrityError:
            raised = True
    assert raised, "the unique index must stop a second copy of a generated occurrence"


def test_a_failure_in_the_middle_of_apply_leaves_nothing_behind(pg_engine: Engine) -> None:
    world = build_world(pg_engine)
    with pg_engine.begin() as connection:
        # A real failure raised by the database on the 7th participant written.
        connection.exec_driver_sql(
            """
            CREATE FUNCTION fail_seventh_participant() RETURNS trigger AS $$
            BEGIN
                IF (SELECT count(*) FROM lesson_participants) >= 6 THEN
                    RAISE EXCEPTION 'disk full (simulated)';
                END IF;
                RETURN NEW;
            END $$ LANGUAGE plpgsql;
            CREATE TRIGGER fail_seventh BEFORE INSERT ON lesson_participants
                FOR EACH ROW EXECUTE FUNCTION fail_seventh_participant();
            """
        )
    gateway = TenantDbGateway(pg_engine)
    run_id = uuid4()
    result = world.apply(gateway, ApplyGeneration(run_id, world.first, world.last))
    assert result.outcome is Outcome.REJECTED
    with pg_engine.connect() as connection:
        for table in (t.InstanceRow, t.ParticipantRow, t.GenerationRunRow):
            assert connection.scalar(sa.select(sa.func.count()).select_from(table)) == 0, table
        actions = connection.scalars(sa.select(t.AuditEventRow.action)).all()
        assert "generation.apply" not in actions
    with pg_engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER fail_seventh ON lesson_participants")
    retry = world.apply(gateway, ApplyGeneration(uuid4(), world.first, world.last))
    assert retry.applied and retry.result["inserted_instances"] == 10
