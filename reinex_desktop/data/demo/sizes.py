"""How big each demo clinic is.

`small` is the embedded database a new user opens: a handful of instructors, enough students to
fill a day grid, and three weeks either side of today so history, balances and the generation
horizon all have something to show. `reference` is the clinic of REQUIREMENTS.md ("Numbers to
reach") used by benchmarks; it keeps a shorter window so it still loads in seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SizeName = Literal["small", "reference"]


@dataclass(frozen=True, slots=True)
class DemoSize:
    name: SizeName
    instructors: int
    active_students: int
    inactive_students: int
    #: Rows of `lesson_templates`, every version included.
    templates: int
    days_back: int
    days_ahead: int
    #: Shortest and longest working day of an instructor, Sunday to Thursday, in hours.
    shift_hours: tuple[int, int]
    #: Templates replaced "from date X onward" by a version 2.
    superseded: int
    #: Active templates whose treatment approval ends inside the future window.
    ending: int
    cancel_overrides: int
    modify_overrides: int
    one_time_lessons: int
    #: Commitments left with at most one lesson's worth of balance.
    nearly_exhausted: int
    #: Share of instructors who also work Friday mornings (dropping one weekday instead).
    friday_share: float
    #: Rows of `waiting_list_entries` (all but two open).
    waiting_entries: int = 14


SMALL = DemoSize(
    name="small",
    instructors=8,
    active_students=114,
    inactive_students=6,
    templates=150,
    days_back=21,
    days_ahead=21,
    shift_hours=(4, 6),
    superseded=4,
    ending=3,
    cancel_overrides=12,
    modify_overrides=6,
    one_time_lessons=6,
    nearly_exhausted=3,
    friday_share=0.4,
    waiting_entries=16,
)

REFERENCE = DemoSize(
    name="reference",
    instructors=40,
    active_students=3000,
    inactive_students=60,
    templates=2500,
    days_back=7,
    days_ahead=14,
    shift_hours=(11, 13),
    superseded=25,
    ending=20,
    cancel_overrides=60,
    modify_overrides=30,
    one_time_lessons=30,
    nearly_exhausted=12,
    friday_share=0.3,
    waiting_entries=302,
)

SIZES: dict[str, DemoSize] = {"small": SMALL, "reference": REFERENCE}


def size_named(name: str) -> DemoSize:
    try:
        return SIZES[name]
    except KeyError:
        raise ValueError(f"unknown demo size {name!r}; expected one of {sorted(SIZES)}") from None
