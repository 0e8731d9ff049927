"""Every command, and the app start, turns a bad `--database-url` into one translated sentence, exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reinex_desktop.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _bad_urls(folder: Path) -> dict[str, str]:
    text_file = folder / "notes.txt"
    text_file.write_text("not a database, just some notes\n", encoding="utf-8")
    return {
        "mysql": "mysql://u@h/db",
        "sqlite text file": f"sqlite:///{text_file}",
        "port not a number": "postgresql://postgres@127.0.0.1:notaport/x",
        "garbage": "garbage",
        "http": "http://127.0.0.1:9/clinic",
        "sqlite in a missing folder": f"sqlite:///{folder / 'missing' / 'clinic.db'}",
        "escape codes": "\x1b[31mred\x1b[0m://x",
    }


COMMANDS = {
    "schema": ["schema", "check"],
    "demo": ["demo", "load"],
    "generate": ["generate", "--dry-run"],
    "students": ["students", "export", "--csv", "out.csv"],
    "payroll": ["payroll", "summary", "--month", "2026-01"],
}
BAD = [
    "mysql",
    "sqlite text file",
    "port not a number",
    "garbage",
    "http",
    "sqlite in a missing folder",
    "escape codes",
]


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("bad", BAD)
def test_a_bad_database_url_is_one_translated_sentence_and_exit_2(
    command: str, bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    url = _bad_urls(tmp_path)[bad]
    code = main([*COMMANDS[command], "--database-url", url])
    captured = capsys.readouterr()
    assert code == 2
    assert "Traceback" not in captured.err + captured.out
    lines = [line for line in captured.err.splitlines() if line.strip()]
    assert len(lines) == 1, captured.err
    assert any("\u0590" <= ch <= "\u05ff" for ch in lines[0]), f"not in Hebrew: {lines[0]}"
    assert "\x1b" not in captured.err
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("bad", BAD)
def test_the_app_refuses_a_bad_database_url_before_it_opens_a_window(
    bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--database-url", _bad_urls(tmp_path)[bad]])
    captured = capsys.readouterr()
    assert code == 2 and "Traceback" not in captured.err
    assert len([line for line in captured.err.splitlines() if line.strip()]) == 1


def test_the_real_entry_point_exits_2_without_a_traceback(tmp_path: Path) -> None:
    for args in (["schema", "check", "--database-url", "mysql://u@h/db"], ["--database-url", "garbage"]):
        run = subprocess.run(
            [sys.executable, "-m", "reinex_desktop", *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
            check=False,
        )
        assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr


def test_command_output_carries_no_terminal_escape_codes(capsys: pytest.CaptureFixture[str]) -> None:
    from reinex_desktop.cli.output import fail, say

    say("דנה \x1b[2J\x1b[31mכהן\u202e")
    assert fail("\x07bell") == 2
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out and "\u202e" not in captured.out and "\x07" not in captured.err
    assert "דנה" in captured.out and "<U+001B>" in captured.out
