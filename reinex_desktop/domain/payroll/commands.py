"""The payroll export command (plan §4.2.8, Phase 4)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from reinex_desktop.domain.commands import Command


@dataclass(frozen=True, slots=True)
class ExportPayroll(Command):
    """Create `"WorkSessions"` rows for the month's unexported lesson earnings and link both ways."""

    KIND: ClassVar[str] = "payroll.export"
    #: "YYYY-MM", by the lesson's local date in the clinic.
    month: str
