"""Reads of instructor earnings and the payroll rows exported from them."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from reinex_desktop.domain.payroll.export import EarningLine


class PayrollReads(Protocol):
    def earning_lines(self, first: date, last: date) -> list[EarningLine]:
        """Earnings of lessons whose local date (clinic time zone) is in [first, last], exported or not."""
        ...
