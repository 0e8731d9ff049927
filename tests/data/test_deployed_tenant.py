"""Upgrading a tenant the web app deployed: adds only the app's own objects, breaks no other writer.

Runs on `tests/fixtures/deployed_tenant.sql` (the shared tables as deployed, the six-column
`commitment_balances`, row-level security for `authenticated`/`app_user`, grants), as the owner
for the upgrade and as the logins a clinic really has for everything else.
"""

from __future__ import annotations

import uuid
from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from reinex_desktop.data.diagnostics import diagnose
from reinex_desktop.data.ownership import APP_TABLES, SHARED_TABLES
from reinex_desktop.data.setup_script import apply_schema
from reinex_desktop.domain.schema_report import Finding, Reason, SchemaState
from tests.deployed_tenant import DeployedTenant

EMPLOYEE = "11111111-1111-1111-1111-111111111111"


def _columns(engine: Engine, tables: frozenset[str]) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT table_name, column_name, data_type, is_nullable, column_default, ordinal_position "
                "FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ANY(:names) "
                "ORDER BY table_name, ordinal_position"
            ),
            {"names": sorted(tables)},
        )
        return [tuple(row) for row in rows]


def _catalog(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Columns, indexes, views, triggers, policies and grants of the public schema."""
    queries = {
        "columns": "SELECT table_name, column_name, data_type, is_nullable, column_default "
        "FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2",
        "indexes": "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1",
        "views": "SELECT viewname, definition FROM pg_views WHERE schemaname = 'public' ORDER BY 1",
        "triggers": "SELECT tgrelid::regclass::text, tgname, tgenabled FROM pg_trigger "
        "WHERE NOT tgisinternal ORDER BY 1, 2",
        "policies": "SELECT tablename, policyname, roles::text, cmd FROM pg_policies "
        "WHERE schemaname = 'public' ORDER BY 1, 2",
        "grants": "SELECT table_name, grantee, privilege_type FROM information_schema.role_table_grants "
        "WHERE table_schema = 'public' ORDER BY 1, 2, 3",
        "rls": "SELECT relname, relrowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND relkind = 'r' ORDER BY 1",
    }
    with engine.connect() as connection:
        return {name: [tuple(row) for row in connection.exec_driver_sql(sql)] for name, sql in queries.items()}


def test_check_then_apply_then_check(deployed_tenant: DeployedTenant) -> None:
    owner = deployed_tenant.engine()
    before = diagnose(owner)
    assert before.state is SchemaState.UPGRADE_NEEDED
    assert set(APP_TABLES) <= set(before.missing_tables)
    assert "lesson_instances: trigger reinex_sync_capture" in before.missing_feed
    assert before.findings == ()  # nothing deployed is in the way: the six-column view serves as it is
    assert not any(item.startswith(tuple(SHARED_TABLES)) for item in before.missing_columns)
    apply_schema(owner)
    after = diagnose(owner)
    assert after.state is SchemaState.READY, after.messages()


def test_apply_twice_changes_nothing_the_second_time(deployed_tenant: DeployedTenant) -> None:
    owner = deployed_tenant.engine()
    apply_schema(owner)
    first = _catalog(owner)
    apply_schema(owner)
    assert _catalog(owner) == first


def test_no_shared_table_column_is_added_or_changed_and_the_view_keeps_its_shape(
    deployed_tenant: DeployedTenant,
) -> None:
    owner = deployed_tenant.engine()
    shared = _columns(owner, SHARED_TABLES | {"commitment_balances", "LeaveBalances", "Documents"})
    with owner.connect() as connection:
        view = connection.exec_driver_sql("SELECT pg_get_viewdef('public.commitment_balances')").scalar()
    apply_schema(owner)
    assert _columns(owner, SHARED_TABLES | {"commitment_balances", "LeaveBalances", "Documents"}) == shared
    with owner.connect() as connection:
        assert connection.exec_driver_sql("SELECT pg_get_viewdef('public.commitment_balances')").scalar() == view
        names = [
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'commitment_balances' "
                "ORDER BY ordinal_position"
            )
        ]
    assert names == [
        "commitment_id",
        "student_id",
        "service_id",
        "total_amount",
        "consumed_amount",
        "remaining_balance",
    ]


def test_another_app_user_login_still_writes_the_shared_tables_after_the_upgrade(
    deployed_tenant: DeployedTenant,
) -> None:
    apply_schema(deployed_tenant.engine())
    web = deployed_tenant.engine(deployed_tenant.logins.web)
    service = uuid.uuid4()
    with web.begin() as connection:
        connection.execute(
            sa.text('INSERT INTO public."Settings" (key, settings_value) VALUES (:key, CAST(:value AS jsonb))'),
            {"key": "web_only_setting", "value": '{"on": true}'},
        )
        connection.execute(
            sa.text("UPDATE public.\"Settings\" SET settings_value = '\"2026-11\"' WHERE key = 'payroll_month_closed'")
        )
        connection.execute(
            sa.text('INSERT INTO public."Employees" (name, employee_id, employee_type) VALUES (:n, :e, :t)'),
            {"n": "אבי לוי", "e": "1002", "t": "hourly"},
        )
        connection.execute(
            sa.text("UPDATE public.\"Employees\" SET phone = '050-0000000' WHERE id = :id"), {"id": EMPLOYEE}
        )
        connection.execute(
            sa.text('INSERT INTO public."Services" (id, name, duration_minutes) VALUES (:id, :n, 45)'),
            {"id": service, "n": "רכיבה"},
        )
        connection.execute(
            sa.text(
                'INSERT INTO public."WorkSessions" (employee_id, service_id, date, hours, rate_used, total_payment) '
                "VALUES (:employee, :service, :day, 1, 100, 100)"
            ),
            {"employee": EMPLOYEE, "service": service, "day": date(2026, 11, 23)},
        )
    with deployed_tenant.engine().connect() as connection:
        fed = connection.exec_driver_sql(
            "SELECT DISTINCT table_name FROM public.sync_changes ORDER BY table_name"
        ).scalars()
        assert set(fed) == {"Employees", "Services", "Settings", "WorkSessions"}


def test_a_capture_failure_never_fails_the_payroll_products_write(deployed_tenant: DeployedTenant) -> None:
    owner = deployed_tenant.engine()
    apply_schema(owner)
    with owner.begin() as connection:  # the feed table refuses everything from now on
        connection.exec_driver_sql("ALTER TABLE public.sync_changes ADD CONSTRAINT refuse_all CHECK (false) NOT VALID")
    web = deployed_tenant.engine(deployed_tenant.logins.web)
    with web.begin() as connection:
        connection.exec_driver_sql("INSERT INTO public.\"Settings\" (key, settings_value) VALUES ('still_saved', '1')")
    with owner.connect() as connection:
        assert (
            connection.exec_driver_sql("SELECT count(*) FROM public.\"Settings\" WHERE key = 'still_saved'").scalar()
            == 1
        )


def test_a_missing_capture_trigger_on_lesson_instances_is_named(deployed_tenant: DeployedTenant) -> None:
    owner = deployed_tenant.engine()
    apply_schema(owner)
    with owner.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER reinex_sync_capture ON public.lesson_instances")
    report = diagnose(owner)
    assert report.state is SchemaState.UPGRADE_NEEDED
    assert report.missing_feed == ("lesson_instances: trigger reinex_sync_capture",)
    text = report.message().render()
    assert "lesson_instances: trigger reinex_sync_capture" in text and "reinex-desktop schema apply" in text
    apply_schema(owner)
    assert diagnose(owner).ok


def test_a_missing_idempotency_key_is_named(deployed_tenant: DeployedTenant) -> None:
    owner = deployed_tenant.engine()
    apply_schema(owner)
    with owner.begin() as connection:
        connection.exec_driver_sql(
            "ALTER TABLE public.sync_applied_mutations DROP CONSTRAINT pk_sync_applied_mutations"
        )
    assert diagnose(owner).missing_feed == ("sync_applied_mutations: unique key (mutation_id)",)
    apply_schema(owner)
    assert diagnose(owner).ok


def test_the_desk_login_in_app_user_is_ready_after_the_upgrade(deployed_tenant: DeployedTenant) -> None:
    apply_schema(deployed_tenant.engine())
    report = diagnose(deployed_tenant.engine(deployed_tenant.logins.desk))
    assert report.ok, report.messages()
    assert report.login == deployed_tenant.logins.desk


def test_a_login_outside_app_user_gets_the_named_message(deployed_tenant: DeployedTenant) -> None:
    apply_schema(deployed_tenant.engine())
    outsider = deployed_tenant.logins.outsider
    report = diagnose(deployed_tenant.engine(outsider))
    assert report.state is SchemaState.ACCESS_DENIED
    assert Finding("lesson_instances", Reason.NO_ROWS) in report.findings
    assert Finding("Employees", Reason.NO_ROWS) in report.findings
    # The app's own tables got no grant for it either: it may not even read them.
    assert Finding("audit_events", Reason.CANNOT_READ) in report.findings
    text = " ".join(message.render() for message in report.messages())
    assert outsider in text and "app_user" in text


def test_an_existing_view_without_a_column_the_app_reads_is_incompatible(deployed_tenant: DeployedTenant) -> None:
    owner = deployed_tenant.engine()
    with owner.begin() as connection:
        connection.exec_driver_sql("DROP VIEW public.commitment_balances")
        connection.exec_driver_sql(
            "CREATE VIEW public.commitment_balances AS SELECT id AS commitment_id, total_amount FROM public.commitments"
        )
    report = diagnose(owner)
    assert report.state is SchemaState.INCOMPATIBLE
    assert Finding("commitment_balances.remaining_balance", Reason.VIEW_SHAPE) in report.findings
    apply_schema(owner)  # leaves the view alone
    with owner.connect() as connection:
        assert (
            connection.exec_driver_sql(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = 'commitment_balances'"
            ).scalar()
            == 2
        )


def test_a_shared_table_lacking_a_column_is_incompatible_and_left_alone(deployed_tenant: DeployedTenant) -> None:
    owner = deployed_tenant.engine()
    with owner.begin() as connection:
        connection.exec_driver_sql('ALTER TABLE public."Services" DROP COLUMN color')
    report = diagnose(owner)
    assert Finding("Services.color", Reason.SHARED_COLUMN_MISSING) in report.incompatible
    apply_schema(owner)
    assert Finding("Services.color", Reason.SHARED_COLUMN_MISSING) in diagnose(owner).incompatible


def test_the_web_apps_tables_keep_their_grants_policies_and_security(deployed_tenant: DeployedTenant) -> None:
    owner = deployed_tenant.engine()
    before = _catalog(owner)
    apply_schema(owner)
    after = _catalog(owner)

    def theirs(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
        return [row for row in rows if row[0] not in APP_TABLES]

    for part in ("grants", "policies", "rls"):
        assert theirs(after[part]) == theirs(before[part]), part
    own_policies = {row[0]: row[2] for row in after["policies"] if row[0] in APP_TABLES}
    assert own_policies == {name: "{app_user,authenticated}" for name in APP_TABLES}


def test_a_capture_function_left_by_an_older_version_without_owner_rights_is_upgraded(
    deployed_tenant: DeployedTenant,
) -> None:
    owner = deployed_tenant.engine()
    apply_schema(owner)
    with owner.begin() as connection:  # what an earlier version of the app installed
        connection.exec_driver_sql("ALTER FUNCTION public.reinex_sync_capture() SECURITY INVOKER")
        connection.exec_driver_sql("REVOKE ALL ON public.sync_changes FROM app_user, authenticated")
    report = diagnose(owner)
    assert report.missing_feed == ("reinex_sync_capture() SECURITY DEFINER",)
    assert set(report.missing_access) == {"sync_changes: grants for app_user", "sync_changes: grants for authenticated"}
    apply_schema(owner)
    assert diagnose(owner).ok
    with deployed_tenant.engine(deployed_tenant.logins.web).begin() as connection:
        connection.exec_driver_sql("INSERT INTO public.\"Settings\" (key, settings_value) VALUES ('after', '1')")
