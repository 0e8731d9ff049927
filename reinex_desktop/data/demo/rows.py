"""The demo clinic as plain rows, table by table, and the summary `load_demo` returns.

Rows are dictionaries keyed by column name holding Python values (UUID, Decimal, aware UTC
datetimes, JSON-ready dicts); the tables' column types turn them into what each database stores,
which is how one generator serves PostgreSQL and SQLite alike.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

Row = dict[str, Any]


class DemoRows:
    """Rows waiting to be inserted, in the order they were built (parents before children)."""

    def __init__(self) -> None:
        self.tables: defaultdict[str, list[Row]] = defaultdict(list)

    def add(self, table: str, row: Row) -> Row:
        self.tables[table].append(row)
        return row

    def extend(self, table: str, rows: list[Row]) -> None:
        self.tables[table].extend(rows)

    def count(self, table: str) -> int:
        return len(self.tables.get(table, ()))


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What a demo load wrote, table by table: for logs, tests and the benchmark table."""

    size: str
    seed: int
    today: date
    instructors: int
    services: int
    students: int
    active_students: int
    guardians: int
    student_guardians: int
    templates: int
    overrides: int
    lessons: int
    participants: int
    commitments: int
    consumption_entries: int
    earnings: int
    generation_runs: int
    rate_history: int
    settings: int

    @classmethod
    def of(cls, rows: DemoRows, size: str, seed: int, today: date) -> DemoSummary:
        employees = rows.tables.get("Employees", [])
        students = rows.tables.get("students", [])
        return cls(
            size=size,
            seed=seed,
            today=today,
            instructors=sum(1 for e in employees if e["employee_type"] == "instructor"),
            services=rows.count("Services"),
            students=len(students),
            active_students=sum(1 for s in students if s["is_active"]),
            guardians=rows.count("guardians"),
            student_guardians=rows.count("student_guardians"),
            templates=rows.count("lesson_templates"),
            overrides=rows.count("lesson_template_overrides"),
            lessons=rows.count("lesson_instances"),
            participants=rows.count("lesson_participants"),
            commitments=rows.count("commitments"),
            consumption_entries=rows.count("consumption_entries"),
            earnings=rows.count("lesson_earnings"),
            generation_runs=rows.count("generation_runs"),
            rate_history=rows.count("RateHistory"),
            settings=rows.count("Settings"),
        )
