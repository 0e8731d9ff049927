"""The demo clinic: loads on both databases, is deterministic, and tells the truth about the rules."""

from __future__ import annotations

import time as timer
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from statistics import median
from typing import Any
from zoneinfo import ZoneInfo

import holidays
import phonenumbers
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from stdnum.il import idnr

from reinex_desktop.data.demo import (
    DemoRefusedError,
    DemoSummary,
    build_demo,
    default_database_path,
    ensure_embedded_demo,
    load_demo,
)
from reinex_desktop.data.diagnostics import diagnose
from reinex_desktop.data.engine import open_engine
from reinex_desktop.data.setup_script import apply_schema
from reinex_desktop.data.tables import commitment_balances, metadata
from reinex_desktop.domain.catalog import GENERAL_RATE_SERVICE_ID
from reinex_desktop.domain.settings import DEFAULT_BUSINESS_HOURS, parse_settings
from tests.conftest import PgDatabases

#: The window 2027-03-22 … 2027-05-02 holds the spring DST switch (Friday 2027-03-26) and two
#: weekday holidays (Pesach, Thursday 2027-04-22; seventh day of Pesach, Wednesday 2027-04-28).
TODAY = date(2027, 4, 12)
ZONE = ZoneInfo("Asia/Jerusalem")
DST_SWITCH = date(2027, 3, 26)


def rows_of(engine: Engine, name: str) -> list[dict[str, Any]]:
    table = metadata.tables[name]
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(sa.select(table))]


def local(instant: datetime) -> datetime:
    return instant.astimezone(ZONE)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Engine, DemoSummary]]:
    """The small demo, loaded once per backend for the read-only checks of this module."""
    if request.param == "sqlite":
        engine = open_engine(f"sqlite:///{tmp_path_factory.mktemp('demo')}/demo.db")
    else:
        databases: PgDatabases = request.getfixturevalue("pg_databases")
        engine = databases.engine(databases.with_schema())
    apply_schema(engine)
    summary = load_demo(engine, "small", today=TODAY)
    yield engine, summary
    engine.dispose()


def test_small_demo_loads_on_both_databases_and_keeps_every_constraint(demo: tuple[Engine, DemoSummary]) -> None:
    engine, summary = demo
    assert diagnose(engine).ok
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        counts = {
            name: connection.execute(sa.select(sa.func.count()).select_from(metadata.tables[name])).scalar()
            for name in ("students", "lesson_templates", "lesson_instances", "lesson_participants")
        }
    assert counts == {
        "students": summary.students,
        "lesson_templates": summary.templates,
        "lesson_instances": summary.lessons,
        "lesson_participants": summary.participants,
    }
    assert (summary.instructors, summary.students, summary.templates) == (8, 120, 150)
    assert 100 <= summary.active_students < summary.students


def _snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    snapshot: dict[str, list[tuple[Any, ...]]] = {}
    for table in metadata.sorted_tables:
        if table.name.startswith("sync_"):
            continue  # the change log is PostgreSQL's bookkeeping, not clinic data
        with engine.connect() as connection:
            rows = [tuple(row) for row in connection.execute(sa.select(table))]
        snapshot[table.name] = sorted(rows, key=repr)
    return snapshot


def test_same_seed_and_day_give_identical_rows_on_both_databases(sqlite_engine: Engine, pg_engine: Engine) -> None:
    load_demo(sqlite_engine, "small", today=TODAY, seed=11)
    load_demo(pg_engine, "small", today=TODAY, seed=11)
    assert _snapshot(sqlite_engine) == _snapshot(pg_engine)
    again = build_demo("small", today=TODAY, seed=11).tables
    assert again == build_demo("small", today=TODAY, seed=11).tables
    assert again["students"] != build_demo("small", today=TODAY, seed=12).tables["students"]


def test_guardians_cover_every_relationship_with_one_primary_and_adults_as_self(
    demo: tuple[Engine, DemoSummary],
) -> None:
    engine, _ = demo
    students = {s["id"]: s for s in rows_of(engine, "students")}
    links = rows_of(engine, "student_guardians")
    assert {link["relationship"] for link in links} == {"father", "mother", "self", "caretaker", "other"}
    primaries = Counter(link["student_id"] for link in links if link["is_primary"])
    assert set(primaries) == set(students) and set(primaries.values()) == {1}
    relationships = defaultdict(set)
    for link in links:
        relationships[link["student_id"]].add(link["relationship"])
    for student in students.values():
        born = student["date_of_birth"]
        age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
        assert ("self" in relationships[student["id"]]) == (age >= 18), student
        assert isinstance(student["last_name"], str) and student["last_name"]
    for guardian in rows_of(engine, "guardians"):
        phone = guardian["phone"]
        assert phone.startswith("+9725") and len(phone) == 13
        assert phonenumbers.is_valid_number(phonenumbers.parse(phone))


def test_national_ids_pass_the_check_digit_and_are_unique(demo: tuple[Engine, DemoSummary]) -> None:
    engine, _ = demo
    ids = [s["metadata"]["national_id"] for s in rows_of(engine, "students")]
    assert all(len(value) == 9 and idnr.is_valid(value) for value in ids)
    assert len(set(ids)) == len(ids)


def test_no_lesson_on_a_holiday_a_closure_a_cancelled_date_or_outside_validity(
    demo: tuple[Engine, DemoSummary],
) -> None:
    engine, _ = demo
    settings = {row["key"]: row["settings_value"] for row in rows_of(engine, "Settings")}
    closures = {date.fromisoformat(day) for day in settings["clinic_closures"]}
    closed = set(holidays.country_holidays("IL", years=[2027]).keys()) | closures
    assert {date(2027, 4, 22), date(2027, 4, 28)} <= closed and closures
    templates = {t["id"]: t for t in rows_of(engine, "lesson_templates")}
    cancelled = {
        (o["template_id"], o["target_date"])
        for o in rows_of(engine, "lesson_template_overrides")
        if o["override_type"] == "cancel"
    }
    participants = defaultdict(list)
    for participant in rows_of(engine, "lesson_participants"):
        participants[participant["lesson_instance_id"]].append(participant)
    lesson_days = set()
    for lesson in rows_of(engine, "lesson_instances"):
        day = local(lesson["datetime_start"]).date()
        lesson_days.add(day)
        assert day not in closed and day.weekday() != 5  # never Saturday
        for participant in participants[lesson["id"]]:
            template_id = participant["metadata"].get("template_id")
            if template_id is None:
                continue
            template = next(t for t in templates.values() if str(t["id"]) == template_id)
            assert template["valid_from"] <= day
            assert template["valid_until"] is None or day <= template["valid_until"]
            assert (template["id"], day) not in cancelled
    assert len(cancelled) >= 6 and DST_SWITCH in lesson_days


def test_future_lessons_are_tagged_with_their_generation_run(demo: tuple[Engine, DemoSummary]) -> None:
    engine, _ = demo
    runs = {str(run["id"]): run for run in rows_of(engine, "generation_runs")}
    lessons = [
        lesson for lesson in rows_of(engine, "lesson_instances") if local(lesson["datetime_start"]).date() >= TODAY
    ]
    generated = [lesson for lesson in lessons if lesson["created_source"] == "weekly_generation"]
    assert generated and len(generated) > len(lessons) - 10
    for lesson in generated:
        run = runs[lesson["metadata"]["generation_run_id"]]
        day = date.fromisoformat(lesson["metadata"]["occurrence_date"])
        assert day == local(lesson["datetime_start"]).date()
        assert run["range_start"] <= day <= run["range_end"]
        assert (lesson["status"], lesson["documentation_status"]) == ("scheduled", "undocumented")
    assert sum(run["instances_created"] for run in runs.values()) == sum(
        1 for lesson in rows_of(engine, "lesson_instances") if lesson["created_source"] == "weekly_generation"
    )
    one_time = [lesson for lesson in rows_of(engine, "lesson_instances") if lesson["created_source"] == "one_time"]
    assert any(local(lesson["datetime_start"]).date() < TODAY for lesson in one_time)
    assert all(lesson["template_id"] is None for lesson in one_time)


def test_wall_clock_times_equal_template_times_across_the_dst_switch(demo: tuple[Engine, DemoSummary]) -> None:
    engine, _ = demo
    templates = {t["id"]: t for t in rows_of(engine, "lesson_templates")}
    overrides = {o["id"]: o for o in rows_of(engine, "lesson_template_overrides")}
    utc_hours: defaultdict[Any, set[int]] = defaultdict(set)
    for lesson in rows_of(engine, "lesson_instances"):
        if lesson["template_id"] is None:
            continue
        template, start = templates[lesson["template_id"]], local(lesson["datetime_start"])
        expected = template["time_of_day"]
        if lesson["applied_override_id"] is not None:
            expected = overrides[lesson["applied_override_id"]]["new_time_of_day"] or expected
        else:
            utc_hours[template["id"]].add(lesson["datetime_start"].hour)
        assert start.time() == expected
        assert (start.weekday() + 1) % 7 == template["day_of_week"]
    # Before the switch Israel is UTC+2, after it UTC+3: the same wall time is another UTC hour.
    assert any(len(hours) == 2 for hours in utc_hours.values())


def test_balances_come_from_the_ledger_and_vary(demo: tuple[Engine, DemoSummary]) -> None:
    engine, _ = demo
    commitments = {c["id"]: c for c in rows_of(engine, "commitments")}
    consumed: defaultdict[Any, Decimal] = defaultdict(Decimal)
    participants = {p["id"]: p for p in rows_of(engine, "lesson_participants")}
    for entry in rows_of(engine, "consumption_entries"):
        consumed[entry["commitment_id"]] += entry["amount_charged"]
        participant = participants[entry["lesson_participant_id"]]
        assert participant["commitment_id"] == entry["commitment_id"]
        assert participant["price_charged"] == entry["amount_charged"] > 0
    with engine.connect() as connection:
        balances = {row.commitment_id: row for row in connection.execute(sa.select(commitment_balances))}
    assert set(balances) == set(commitments)
    for commitment_id, balance in balances.items():
        total = commitments[commitment_id]["total_amount"]
        assert balance.remaining_balance == total - consumed[commitment_id] > 0
    low = [
        b
        for b in balances.values()
        if b.consumed_amount > 0
        and b.remaining_balance <= Decimal(commitments[b.commitment_id]["metadata"]["unit_price"])
    ]
    assert len(low) >= 2
    payers = {c["metadata"]["payer_type"] for c in commitments.values()}
    assert payers == {"private", "package", "clalit", "meuhedet", "leumit"}


def test_past_lessons_have_mixed_outcomes_with_charges_and_earnings(demo: tuple[Engine, DemoSummary]) -> None:
    engine, _ = demo
    past = [lesson for lesson in rows_of(engine, "lesson_instances") if local(lesson["datetime_start"]).date() < TODAY]
    statuses = Counter(lesson["status"] for lesson in past)
    assert {"completed", "no_show", "cancelled_student", "cancelled_clinic"} <= set(statuses)
    assert statuses["completed"] > len(past) / 2
    earnings = {e["lesson_instance_id"]: e for e in rows_of(engine, "lesson_earnings")}
    assert {lesson["id"] for lesson in past if lesson["status"] == "completed"} == set(earnings)
    assert any(lesson["documentation_status"] == "documented" for lesson in past)
    participants = rows_of(engine, "lesson_participants")
    clinic = [p for p in participants if p["participant_status"] == "cancelled_clinic"]
    assert clinic and all(p["price_charged"] == 0 for p in clinic)
    charged_cancel = [p for p in participants if p["participant_status"] == "cancelled_student" and p["price_charged"]]
    assert charged_cancel and all(p["pricing_breakdown"]["rule"] for p in charged_cancel)


def _overlaps(lessons: list[dict[str, Any]], key: str) -> list[tuple[Any, Any]]:
    pairs = []
    by_owner: defaultdict[Any, list[dict[str, Any]]] = defaultdict(list)
    for lesson in lessons:
        by_owner[lesson[key]].append(lesson)
    for owned in by_owner.values():
        owned.sort(key=lambda item: item["datetime_start"])
        for first, second in pairwise(owned):
            if second["datetime_start"] < first["datetime_start"] + timedelta(minutes=first["duration_minutes"]):
                pairs.append((first["id"], second["id"]))
    return pairs


def test_one_intentional_instructor_double_booking_and_no_student_overlap(demo: tuple[Engine, DemoSummary]) -> None:
    engine, _ = demo
    lessons = {lesson["id"]: lesson for lesson in rows_of(engine, "lesson_instances")}
    conflicts = _overlaps(list(lessons.values()), "instructor_employee_id")
    assert len(conflicts) == 1
    pair = [lessons[i] for i in conflicts[0]]
    assert local(pair[0]["datetime_start"]).date() > TODAY
    assert {lesson["created_source"] for lesson in pair} == {"one_time", "weekly_generation"}
    seats = [
        {**lessons[p["lesson_instance_id"]], "student_id": p["student_id"]}
        for p in rows_of(engine, "lesson_participants")
    ]
    assert _overlaps(seats, "student_id") == []


def test_group_lessons_seat_several_students_within_capacity(demo: tuple[Engine, DemoSummary]) -> None:
    engine, _ = demo
    capacity = {
        (c["employee_id"], c["service_id"]): c["max_students"]
        for c in rows_of(engine, "instructor_service_capabilities")
    }
    seats = Counter(p["lesson_instance_id"] for p in rows_of(engine, "lesson_participants"))
    lessons = {lesson["id"]: lesson for lesson in rows_of(engine, "lesson_instances")}
    assert max(seats.values()) >= 3
    for lesson_id, count in seats.items():
        lesson = lessons[lesson_id]
        assert count <= capacity[(lesson["instructor_employee_id"], lesson["service_id"])]


def test_catalog_settings_and_instructors_look_like_the_clinic(demo: tuple[Engine, DemoSummary]) -> None:
    engine, _ = demo
    services = {s["name"]: s for s in rows_of(engine, "Services")}
    durations = {name: s["duration_minutes"] for name, s in services.items()}
    assert durations["רכיבה טיפולית"] == 45 and durations["הידרותרפיה"] == 30 and durations["רכיבה קבוצתית"] == 60
    assert any(s["id"] == GENERAL_RATE_SERVICE_ID for s in services.values())
    assert all(
        Decimal(s["metadata"]["base_price"]) > 0 for s in services.values() if s["id"] != GENERAL_RATE_SERVICE_ID
    )
    instructors = [e for e in rows_of(engine, "Employees") if e["employee_type"] == "instructor"]
    colors = [e["metadata"]["instructor_color"] for e in instructors]
    assert len(set(colors)) == len(colors) and all(len(c) == 7 and c.startswith("#") for c in colors)
    values = {row["key"]: row["settings_value"] for row in rows_of(engine, "Settings")}
    settings, problems = parse_settings(values)
    assert problems == []
    assert settings.clinic_name == "מרכז רעות לרכיבה טיפולית"
    assert dict(settings.business_hours) == dict(DEFAULT_BUSINESS_HOURS)
    assert (settings.undo_window_minutes, settings.generation_horizon_days, settings.observe_holidays) == (30, 14, True)
    templates = rows_of(engine, "lesson_templates")
    for template in templates:
        opening, closing = DEFAULT_BUSINESS_HOURS[template["day_of_week"]] or (None, None)
        start = template["time_of_day"]
        end = datetime.combine(TODAY, start) + timedelta(minutes=template["duration_minutes"])
        assert start.minute % 15 == 0 and opening is not None and closing is not None
        assert opening <= start and end.time() <= closing and template["valid_from"] < TODAY + timedelta(days=21)
    successors = [t for t in templates if t["supersedes_template_id"] is not None]
    assert successors and all(t["version"] == 2 for t in successors)


def test_loading_into_a_database_that_has_students_is_refused(any_engine: Engine) -> None:
    load_demo(any_engine, "small", today=TODAY)
    with pytest.raises(DemoRefusedError, match="already has students"):
        load_demo(any_engine, "small", today=TODAY, seed=8)
    assert len(rows_of(any_engine, "students")) == 120


def test_embedded_demo_is_created_once_in_the_data_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINEX_DATA_DIR", str(tmp_path / "data"))
    assert default_database_path() == tmp_path / "data" / "demo.sqlite"
    url = ensure_embedded_demo(today=TODAY)
    assert url.startswith("sqlite:///") and default_database_path().exists()
    assert ensure_embedded_demo(today=TODAY + timedelta(days=3)) == url
    engine = open_engine(url)
    try:
        assert diagnose(engine).ok
        assert len(rows_of(engine, "students")) == 120
    finally:
        engine.dispose()
    assert sorted(p.name for p in (tmp_path / "data").iterdir() if "partial" in p.name) == []


def test_an_outdated_embedded_demo_is_rebuilt_around_today_and_the_old_file_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REINEX_DATA_DIR", str(tmp_path / "data"))
    url = ensure_embedded_demo(today=TODAY)
    later = TODAY + timedelta(days=60)
    assert ensure_embedded_demo(today=later) == url
    kept = sorted(p.name for p in (tmp_path / "data").iterdir() if p.name.startswith("demo-until-"))
    assert len(kept) == 1 and kept[0].endswith(".sqlite")
    engine = open_engine(url)
    try:
        future = [row for row in rows_of(engine, "lesson_instances") if row["datetime_start"].date() > later]
        assert future, "the rebuilt demo has lessons ahead of the new today"
    finally:
        engine.dispose()


def test_reference_clinic_loads_on_postgresql_at_full_size(pg_engine: Engine) -> None:
    started = timer.perf_counter()
    summary = load_demo(pg_engine, "reference", today=TODAY)
    elapsed = timer.perf_counter() - started
    assert (summary.instructors, summary.active_students, summary.templates) == (40, 3000, 2500)
    active = [s for s in rows_of(pg_engine, "students") if s["is_active"]]
    assert len(active) == 3000
    per_day = Counter(local(lesson["datetime_start"]).date() for lesson in rows_of(pg_engine, "lesson_instances"))
    weekdays = [count for day, count in per_day.items() if day.weekday() in (6, 0, 1, 2, 3)]
    assert 400 <= median(weekdays) <= 500, per_day
    assert elapsed < 15, f"reference demo took {elapsed:.1f}s on PostgreSQL"
