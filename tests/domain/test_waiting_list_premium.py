"""The premium rule of the waiting-list queue (`domain/waiting_list/matching.py`, ranking):

"Entries are served priority first, then by waiting time; a family willing to pay a premium counts as
waiting two weeks longer than it has — it passes entries of its own rank that asked less than two
weeks before it, never a priority entry when it has none, and never one that has waited longer than
that."

The oracle compares every pair of the order against that sentence alone.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from hypothesis import given
from hypothesis import strategies as st

from reinex_desktop.domain.waiting_list.entries import WaitingListEntry, queue_order

BASE = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
TWO_WEEKS = timedelta(days=14)


def entry(n: int, *, days_ago: float, premium: bool = False, priority: bool = False) -> WaitingListEntry:
    return WaitingListEntry(
        id=UUID(int=n),
        student_id=UUID(int=1000 + n),
        desired_service_id=UUID(int=9),
        created_at=BASE - timedelta(days=days_ago),
        willing_to_pay_premium=premium,
        priority_flag=priority,
    )


def test_a_premium_family_passes_one_that_asked_a_week_before_it() -> None:
    plain = entry(1, days_ago=10)
    premium = entry(2, days_ago=3, premium=True)
    assert queue_order([plain, premium]) == [premium, plain]


def test_a_premium_family_does_not_pass_one_that_waited_more_than_two_weeks_longer() -> None:
    plain = entry(1, days_ago=20)
    premium = entry(2, days_ago=3, premium=True)
    assert queue_order([premium, plain]) == [plain, premium]


def test_a_premium_family_never_passes_a_priority_entry() -> None:
    priority = entry(1, days_ago=0, priority=True)
    premium = entry(2, days_ago=300, premium=True)
    assert queue_order([premium, priority]) == [priority, premium]


def _should_precede(a: WaitingListEntry, b: WaitingListEntry) -> bool | None:
    """Whether the rule puts `a` before `b` (None when it does not decide)."""
    if a.priority_flag != b.priority_flag:
        return a.priority_flag
    waited_a = BASE - a.created_at + (TWO_WEEKS if a.willing_to_pay_premium else timedelta(0))
    waited_b = BASE - b.created_at + (TWO_WEEKS if b.willing_to_pay_premium else timedelta(0))
    if waited_a != waited_b:
        return waited_a > waited_b
    return None


entries_strategy = st.lists(st.tuples(st.integers(0, 60), st.booleans(), st.booleans()), min_size=1, max_size=8).map(
    lambda rows: [
        entry(n, days_ago=days, premium=premium, priority=priority)
        for n, (days, premium, priority) in enumerate(rows, start=1)
    ]
)


@given(entries_strategy)
def test_the_queue_follows_the_premium_rule(entries: list[WaitingListEntry]) -> None:
    ordered = queue_order(entries)
    assert sorted(e.id for e in ordered) == sorted(e.id for e in entries)
    for i, earlier in enumerate(ordered):
        for later in ordered[i + 1 :]:
            assert _should_precede(later, earlier) is not True, (earlier, later)
