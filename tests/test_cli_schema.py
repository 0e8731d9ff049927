"""`reinex-desktop schema check|apply` speaks in sentences and exits with a meaningful code."""

from __future__ import annotations

import pytest

from reinex_desktop.cli import main
from tests.conftest import PgDatabases


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
