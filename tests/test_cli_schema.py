"""`reinex-desktop schema check|apply` speaks in sentences and exits with a meaningful code."""

from __future__ import annotations

import pytest

from reinex_desktop.cli import main
from tests.conftest import PgDatabases
from tests.deployed_tenant import DeployedTenant


def test_check_names_missing_tables_then_apply_fixes_them(
    pg_databases: PgDatabases, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_databases.empty()
    assert main(["--lang", "en", "schema", "check", "--database-url", url]) == 2
    assert "Schema upgrade required" in capsys.readouterr().err
    assert main(["--lang", "en", "schema", "apply", "--database-url", url]) == 0
    assert "complete" in capsys.readouterr().out
    assert main(["--lang", "he", "schema", "check", "--database-url", url]) == 0
    assert "הסכמה שלמה" in capsys.readouterr().out


def test_unreachable_database_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--lang", "en", "schema", "check", "--database-url", "postgresql://postgres@127.0.0.1:1/none"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("Cannot use the database") and "Traceback" not in err


def test_sql_prints_the_idempotent_script(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "sql"]) == 0
    assert "CREATE TABLE IF NOT EXISTS public.lesson_instances" in capsys.readouterr().out


def test_deployed_tenant_check_apply_check(deployed_tenant: DeployedTenant, capsys: pytest.CaptureFixture[str]) -> None:
    url = deployed_tenant.url()
    assert main(["--lang", "en", "schema", "check", "--database-url", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Schema upgrade required") and "generation_runs" in err and "Traceback" not in err
    assert main(["--lang", "en", "schema", "apply", "--database-url", url]) == 0
    assert main(["--lang", "en", "schema", "apply", "--database-url", url]) == 0
    assert main(["--lang", "he", "schema", "check", "--database-url", url]) == 0
    assert "הסכמה שלמה" in capsys.readouterr().out


def test_check_names_a_missing_capture_trigger_with_the_fix(
    deployed_tenant: DeployedTenant, capsys: pytest.CaptureFixture[str]
) -> None:
    url = deployed_tenant.url()
    assert main(["schema", "apply", "--database-url", url]) == 0
    with deployed_tenant.engine().begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER reinex_sync_capture ON public.lesson_instances")
    capsys.readouterr()
    assert main(["--lang", "en", "schema", "check", "--database-url", url]) == 2
    err = capsys.readouterr().err
    assert "lesson_instances: trigger reinex_sync_capture" in err
    assert "reinex-desktop schema apply --database-url URL" in err


def test_a_login_outside_app_user_is_told_why_in_hebrew(
    deployed_tenant: DeployedTenant, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", "apply", "--database-url", deployed_tenant.url()]) == 0
    capsys.readouterr()
    outsider = deployed_tenant.url(deployed_tenant.logins.outsider)
    assert main(["--lang", "he", "schema", "check", "--database-url", outsider]) == 2
    err = capsys.readouterr().err
    assert "app_user" in err and deployed_tenant.logins.outsider in err
    assert "אבטחה ברמת השורה" in err and "Traceback" not in err


def test_apply_by_a_login_that_owns_nothing_is_one_translated_sentence(
    deployed_tenant: DeployedTenant, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = deployed_tenant.url(deployed_tenant.logins.desk)
    assert main(["--lang", "en", "schema", "apply", "--database-url", desk]) == 2
    err = capsys.readouterr().err
    assert err.startswith("The upgrade was refused and nothing was changed: this login may not change")
    assert "Traceback" not in err
