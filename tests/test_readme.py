"""CI runs exactly the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Test it", 1)[1]
    command = re.search(r"```bash\n(.+?)\n```", section, re.S)
    assert command is not None
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    # `|| exit 1`: under `set -e` a failure inside an `&&` chain would not stop the script by itself.
    assert f"{command.group(1).strip()} || exit 1" in [line.strip() for line in ci_lines]
