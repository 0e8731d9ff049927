"""`reinex-desktop students export|import` on real PostgreSQL: Hebrew round trip, dry run, refusals."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from reinex_desktop.cli import main
from reinex_desktop.sync.tenant_db import TenantDbGateway
from tests.students_seed import seed_clinic


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def _write(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(("\ufeff" + buffer.getvalue()).encode("utf-8"))


def test_export_edit_dry_run_then_import(
    pg_engine: Engine, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clinic = seed_clinic(pg_engine)
    path = tmp_path / "תלמידים.csv"
    assert main(["--lang", "he", "students", "export", "--csv", str(path), "--database-url", pg_url]) == 0
    assert "יוצאו 4 תלמידים" in capsys.readouterr().out
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _rows(path)
    header = rows[0]
    assert header[:3] == ["מזהה", "שם פרטי", "שם אמצעי"]
    noa = next(row for row in rows if row[0] == str(clinic.noa))
    noa[header.index("שם משפחה")] = "לוי-ברק"
    noa[header.index("הערות פנימיות")] = "=1+1"  # an injection attempt
    _write(path, rows)
    assert main(["--lang", "en", "students", "import", "--csv", str(path), "--dry-run", "--database-url", pg_url]) == 1
    out = capsys.readouterr().out
    assert "formula" in out and "Nothing was imported" in out

    noa[header.index("הערות פנימיות")] = ""
    _write(path, rows)
    assert main(["--lang", "en", "students", "import", "--csv", str(path), "--dry-run", "--database-url", pg_url]) == 0
    out = capsys.readouterr().out
    assert "Levi → לוי-ברק" in out and "Dry run: nothing was written." in out
    gateway = TenantDbGateway(pg_engine)
    before = gateway.student(clinic.noa)
    assert before is not None and before.last_name == "Levi"

    assert main(["--lang", "en", "students", "import", "--csv", str(path), "--database-url", pg_url]) == 0
    assert "Imported 0 new students and updated 1." in capsys.readouterr().out
    after = gateway.student(clinic.noa)
    assert after is not None and after.last_name == "לוי-ברק"


def test_bad_files_are_refused_with_one_clear_line(
    pg_engine: Engine, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_clinic(pg_engine)
    path = tmp_path / "bad.csv"
    path.write_bytes("שם פרטי,צבע\r\nדנה,כחול\r\n".encode("cp1255"))
    assert main(["--lang", "en", "students", "import", "--csv", str(path), "--database-url", pg_url]) == 2
    err = capsys.readouterr().err
    assert "not UTF-8" in err and "Traceback" not in err
    path.write_text("שם פרטי,צבע\r\nדנה,כחול\r\n", encoding="utf-8")
    assert main(["--lang", "en", "students", "import", "--csv", str(path), "--database-url", pg_url]) == 2
    assert "Unknown columns: “צבע”" in capsys.readouterr().err
    path.write_text("id,first_name\r\n" + ",א\r\n" * 2001, encoding="utf-8")
    assert main(["--lang", "en", "students", "import", "--csv", str(path), "--database-url", pg_url]) == 2
    assert "2001" in capsys.readouterr().err
    assert main(["--lang", "en", "students", "export", "--csv", str(path)]) == 2
    assert "--database-url" in capsys.readouterr().err
