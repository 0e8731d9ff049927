"""The demo clinic's waiting list (plan §4.2.10): open entries a new user sees matched at once.

Children wait for afternoon windows after school, adults for mornings; some name a day, some a
window, some an instructor; a few are priority cases with a reason, one is a deliberate duplicate
(the student already has a weekly series of that service) and is flagged as such, and a couple
were already matched or closed. Each entry asks for a service its preferred instructors really give.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from uuid import UUID

from reinex_desktop.data.demo.context import DemoContext
from reinex_desktop.data.demo.people import StudentPlan
from reinex_desktop.data.demo.rows import DemoRows
from reinex_desktop.data.demo.staff import InstructorPlan
from reinex_desktop.data.demo.templates import TemplatePlan

PRIORITY_REASONS = (
    "אחרי ניתוח — המלצת הרופא המטפל",
    "הפניה דחופה מקופת החולים",
    "אח כבר מטופל במרכז באותה שעה",
    "חוזרת אחרי הפסקה ארוכה, נקבע מראש",
)
NOTES = (
    "מעדיפים מדריכה",
    "ההורים עובדים עד 15:00",
    "אפשר גם לקבוצה אם יש מקום",
    "מגיעים בהסעה מהעירייה",
    None,
    None,
    "רגישות לרעש — עדיף שעה שקטה",
)
AFTER_SCHOOL = ((14, 0, 17, 0), (15, 0, 18, 0), (13, 30, 16, 30))
MORNINGS = ((8, 0, 12, 0), (9, 0, 13, 0))


def build_waiting_list(
    ctx: DemoContext,
    rows: DemoRows,
    students: list[StudentPlan],
    templates: list[TemplatePlan],
    instructors: list[InstructorPlan],
) -> None:
    """`waiting_list_entries` rows: `ctx.size.waiting_entries` of them, most of them open."""
    rng = ctx.rng("waiting_list")
    new_id = ctx.ids("waiting_list")
    givers: dict[UUID, list[InstructorPlan]] = defaultdict(list)
    for instructor in instructors:
        for service in instructor.services:
            givers[service.id].append(instructor)
    services = sorted(givers, key=str)
    held = {(t.student_id, t.service.id) for t in templates if t.is_active}
    active = [s for s in students if s.is_active]
    rng.shuffle(active)
    wanted = ctx.size.waiting_entries
    duplicate_done = False
    for index, student in enumerate(active[:wanted]):
        holds = sorted({service for (who, service) in held if who == student.id}, key=str)
        if index == 3 and holds and not duplicate_done:  # the deliberate duplicate
            service_id = holds[0]
            duplicate_done = True
        else:
            service_id = rng.choice([s for s in services if (student.id, s) not in held] or services)
        duplicate_of = [
            str(t.id) for t in templates if t.is_active and (t.student_id, t.service.id) == (student.id, service_id)
        ]
        shape = index % 5
        open_days = sorted({d for i in givers[service_id] for d in i.shifts if d <= 5})
        days: list[int] = []
        windows: list[dict[str, object]] = []
        spans = MORNINGS if student.is_adult else AFTER_SCHOOL
        if shape in (0, 3) and open_days:
            days = sorted(rng.sample(open_days, min(len(open_days), rng.randint(1, 3))))
        if shape in (1, 3):
            h1, m1, h2, m2 = rng.choice(spans)
            day = rng.choice(days) if days and rng.random() < 0.5 else None
            windows.append({"day": day, "from": f"{h1:02d}:{m1:02d}", "to": f"{h2:02d}:{m2:02d}"})
        if shape == 4 and open_days:
            for day in rng.sample(open_days, min(2, len(open_days))):
                h1, m1, h2, m2 = rng.choice(spans)
                windows.append({"day": day, "from": f"{h1:02d}:{m1:02d}", "to": f"{h2:02d}:{m2:02d}"})
        preferred: list[UUID] = []
        if shape == 2 or rng.random() < 0.2:
            preferred = [rng.choice(givers[service_id]).id]
        priority = index % 6 == 1
        waited = rng.randint(2, 120)
        created = ctx.at(ctx.today - timedelta(days=waited), rng.choice((9, 10, 11, 12, 16)), rng.choice((0, 15, 30)))
        status = "open"
        metadata: dict[str, object] = {"updated_at": created.isoformat(), "created_by": "קבלה"}
        if duplicate_of:
            metadata["duplicate_of"] = duplicate_of
        if index == wanted - 1:
            status = "closed"
            metadata |= {"closed_reason": "המשפחה מצאה מקום אחר", "closed_at": created.isoformat()}
        elif index == wanted - 2:
            status = "matched"
        rows.add(
            "waiting_list_entries",
            {
                "id": new_id(),
                "student_id": student.id,
                "desired_service_id": service_id,
                "preferred_days": days or None,
                "preferred_times": windows or None,
                "instructor_preferences": preferred or None,
                "willing_to_pay_premium": rng.random() < 0.25,
                "priority_flag": priority,
                "priority_reason": rng.choice(PRIORITY_REASONS) if priority else None,
                "notes": rng.choice(NOTES),
                "status": status,
                "created_at": created,
                "metadata": metadata,
            },
        )
