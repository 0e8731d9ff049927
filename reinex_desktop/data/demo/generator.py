"""Builds the whole demo clinic in memory, deterministically, without touching a database.

Keeping generation pure makes determinism testable on its own and lets the loader insert the
result into PostgreSQL or SQLite with one code path.
"""

from __future__ import annotations

from datetime import date

from reinex_desktop.data.demo.catalog import build_services, build_settings
from reinex_desktop.data.demo.context import DemoContext, pick_closure
from reinex_desktop.data.demo.lessons import write_lessons
from reinex_desktop.data.demo.money import Ledger
from reinex_desktop.data.demo.occurrences import expand
from reinex_desktop.data.demo.one_time import build_one_time
from reinex_desktop.data.demo.overrides import add_override_rows, build_overrides
from reinex_desktop.data.demo.payments import add_payments
from reinex_desktop.data.demo.people import build_people
from reinex_desktop.data.demo.rows import DemoRows
from reinex_desktop.data.demo.runs import Runs
from reinex_desktop.data.demo.sizes import size_named
from reinex_desktop.data.demo.staff import build_instructors
from reinex_desktop.data.demo.templates import add_template_rows, build_templates
from reinex_desktop.data.demo.waiting import build_waiting_list
from reinex_desktop.data.demo.weekly import FreeSlots, build_slots, fill_slots
from reinex_desktop.domain.clinic_time import DEFAULT_TIMEZONE, clinic_zone
from reinex_desktop.domain.clock import system_clock


def clinic_today() -> date:
    """Today's date in the clinic's time zone (not the machine's): the demo's default "today"."""
    return system_clock().astimezone(clinic_zone(DEFAULT_TIMEZONE)).date()


def build_demo(size: str = "small", *, today: date | None = None, seed: int = 7) -> DemoRows:
    """Every row of the demo clinic; the same (size, today, seed) always gives the same rows."""
    spec = size_named(size)
    today = today or clinic_today()
    ctx = DemoContext(spec, today, seed, closures=pick_closure(spec, today, seed))
    rows = DemoRows()

    services = build_services(ctx, rows)
    instructors = build_instructors(ctx, rows, services)
    build_settings(ctx, rows, [i.id for i in instructors])
    students = build_people(ctx, rows)

    filled, free = fill_slots(ctx, build_slots(ctx, instructors), spec.templates - spec.superseded)
    templates = build_templates(ctx, filled, free, students)
    add_template_rows(ctx, rows, templates)

    lendable = FreeSlots(free)
    overrides = build_overrides(ctx, templates, lendable)
    add_override_rows(ctx, rows, list(overrides.values()))
    one_time = build_one_time(ctx, students, templates, overrides, lendable)

    expansion = expand(ctx, templates, overrides, one_time)
    runs = Runs(ctx)
    runs.count_skips(expansion.skipped)
    ledger = Ledger(ctx, students)
    ledger.open_for_templates(templates)
    write_lessons(ctx, rows, expansion.occurrences, runs, ledger, instructors)
    ledger.add_commitment_rows(rows)
    add_payments(ctx, rows, students)
    runs.add_rows(rows)
    build_waiting_list(ctx, rows, students, templates, instructors)
    return rows
