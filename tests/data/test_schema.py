"""The tenant schema: builds on both databases, re-applies as a no-op, keeps what tenants already hold."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from reinex_desktop.data import diagnostics_pg, setup_access
from reinex_desktop.data.diagnostics import diagnose, required_columns
from reinex_desktop.data.engine import open_engine
from reinex_desktop.data.setup_script import apply_schema, postgres_script, shipped_script
from reinex_desktop.domain.schema_report import Finding, Reason, SchemaState
from tests.conftest import PgDatabases


def _catalog(engine: Engine) -> dict[str, list[tuple[str, str, str]]]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
            "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"
        ).all()
    catalog: dict[str, list[tuple[str, str, str]]] = {}
    for table, column, data_type, nullable in rows:
        catalog.setdefault(table, []).append((column, data_type, nullable))
    return catalog


def test_schema_builds_on_both_databases(any_engine: Engine) -> None:
    assert diagnose(any_engine).ok


def test_shipped_sql_script_is_generated_from_the_metadata() -> None:
    assert shipped_script() == postgres_script()


def test_setup_applied_twice_changes_nothing_the_second_time(pg_databases: PgDatabases) -> None:
    engine = pg_databases.engine(pg_databases.empty())
    apply_schema(engine)
    before = _catalog(engine)
    apply_schema(engine)
    assert _catalog(engine) == before
    assert set(required_columns()) <= set(before)


def test_plan_column_names_and_checks_hold(pg_engine: Engine) -> None:
    catalog = _catalog(pg_engine)
    columns = {name for name, _type, _null in catalog["lesson_instances"]}
    assert {
        "datetime_start",
        "duration_minutes",
        "instructor_employee_id",
        "created_source",
        "applied_override_id",
    } <= columns
    with pg_engine.connect() as connection, connection.begin():
        bad = sa.text("INSERT INTO students (first_name, onboarding_status) VALUES ('x', 'bogus')")
        try:
            connection.execute(bad)
        except sa.exc.IntegrityError:
            pass
        else:  # pragma: no cover - the CHECK constraint is missing
            raise AssertionError("onboarding_status CHECK constraint missing")


def test_setup_keeps_existing_shared_tables_with_extra_columns_and_data(pg_databases: PgDatabases) -> None:
    engine = pg_databases.engine(pg_databases.empty())
    employee = uuid.uuid4()
    with engine.begin() as connection:
        connection.exec_driver_sql(
            'CREATE TABLE public."Employees" (id uuid primary key, name text not null, '
            "employee_id text not null, legacy_code text, is_active boolean default true)"
        )
        connection.exec_driver_sql(
            'INSERT INTO public."Employees" (id, name, employee_id, legacy_code) VALUES (%s, %s, %s, %s)',
            (employee, "רונית", "17", "L-9"),
        )
        connection.exec_driver_sql(
            'CREATE TABLE public."Settings" (id uuid primary key default gen_random_uuid(), '
            "key text not null unique, settings_value jsonb not null, tenant_extra int default 7)"
        )
        connection.exec_driver_sql(
            "INSERT INTO public.\"Settings\" (key, settings_value) VALUES ('business_hours', '{\"a\": 1}')"
        )
    apply_schema(engine)
    apply_schema(engine)
    with engine.connect() as connection:
        row = connection.exec_driver_sql('SELECT * FROM public."Employees"').mappings().one()
        setting = connection.exec_driver_sql('SELECT * FROM public."Settings"').mappings().one()
    # Shared tables get no column from the app: what they lack is named, never added.
    assert dict(row) == {"id": employee, "name": "רונית", "employee_id": "17", "legacy_code": "L-9", "is_active": True}
    assert (setting["settings_value"], setting["tenant_extra"]) == ({"a": 1}, 7) and "metadata" not in setting
    report = diagnose(engine)
    assert report.state is SchemaState.INCOMPATIBLE
    assert Finding("Employees.metadata", Reason.SHARED_COLUMN_MISSING) in report.incompatible
    assert Finding("Settings.metadata", Reason.SHARED_COLUMN_MISSING) in report.incompatible


def test_diagnostics_name_a_column_dropped_on_purpose(pg_engine: Engine) -> None:
    with pg_engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE public.lesson_participants DROP COLUMN pricing_breakdown")
        connection.exec_driver_sql("DROP VIEW public.commitment_balances")
    report = diagnose(pg_engine)
    assert report.missing_columns == ("lesson_participants.pricing_breakdown",)
    assert "commitment_balances" in report.missing_tables
    text = report.message().render()
    assert "lesson_participants.pricing_breakdown" in text
    assert "reinex-desktop schema apply" in text
    apply_schema(pg_engine)
    assert diagnose(pg_engine).ok


def test_diagnostics_on_sqlite_name_missing_column(tmp_path: object) -> None:
    engine = open_engine(f"sqlite:///{tmp_path}/old.db")
    apply_schema(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE students DROP COLUMN special_rate")
    assert diagnose(engine).missing_columns == ("students.special_rate",)
    apply_schema(engine)
    assert diagnose(engine).ok
    engine.dispose()


def test_a_bare_postgresql_without_the_tenant_roles_is_set_up_without_grants_or_policies(
    pg_databases: PgDatabases, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Roles are cluster-wide and this server may hold `app_user`: stand in names no server has.
    absent = (f"absent_{uuid.uuid4().hex[:8]}", f"absent_{uuid.uuid4().hex[:8]}")
    monkeypatch.setattr(setup_access, "TENANT_ROLES", absent)
    monkeypatch.setattr(diagnostics_pg, "TENANT_ROLES", absent)
    monkeypatch.setattr(diagnostics_pg, "DESK_ROLE", absent[1])
    engine = pg_databases.engine(pg_databases.empty())
    apply_schema(engine)
    apply_schema(engine)
    assert diagnose(engine).ok
    with engine.connect() as connection:
        secured = connection.exec_driver_sql(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relrowsecurity"
        ).scalar()
        policies = connection.exec_driver_sql("SELECT count(*) FROM pg_policies WHERE schemaname = 'public'").scalar()
    assert (secured, policies) == (0, 0)
