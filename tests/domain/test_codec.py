"""The JSON codec round-trips every value type a command or entity carries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any, ClassVar
from uuid import uuid4

import pytest

from reinex_desktop.domain.codec import decode, to_json
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.enums import LessonStatus
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant


@dataclass(frozen=True)
class _Sample(Command):
    KIND: ClassVar[str] = "test.codec_sample"
    when: datetime
    day: date
    at: time
    amount: Decimal
    status: LessonStatus
    ids: tuple[Any, ...] = ()
    note: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def test_round_trip_keeps_types_and_exact_money() -> None:
    sample = _Sample(
        when=datetime(2026, 3, 27, 8, 30, tzinfo=UTC),
        day=date(2026, 3, 27),
        at=time(10, 15),
        amount=Decimal("45.10"),
        status=LessonStatus.NO_SHOW,
        ids=("a", "b"),
        extra={"k": [1, 2]},
    )
    wire = to_json(sample)
    assert wire["amount"] == "45.10" and wire["status"] == "no_show"
    assert decode(_Sample, wire) == sample
    assert Command.class_for("test.codec_sample") is _Sample


def test_nested_entities_round_trip() -> None:
    lesson_id = uuid4()
    lesson = LessonInstance(
        id=lesson_id,
        datetime_start=datetime(2026, 10, 25, 6, tzinfo=UTC),
        duration_minutes=45,
        instructor_employee_id=uuid4(),
        service_id=uuid4(),
        participants=(LessonParticipant(uuid4(), lesson_id, uuid4(), price_charged=Decimal("120")),),
    )
    assert decode(LessonInstance, to_json(lesson)) == lesson


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError):
        to_json(datetime(2026, 1, 1))  # noqa: DTZ001 - the naive value under test
    with pytest.raises(ValueError):
        decode(_Sample, {**to_json(_sample_minimal()), "when": "2026-01-01T10:00:00"})


def _sample_minimal() -> _Sample:
    return _Sample(datetime(2026, 1, 1, tzinfo=UTC), date(2026, 1, 1), time(9), Decimal(1), LessonStatus.SCHEDULED)
