"""Calendar use cases over the real gateway: open a day, book, move, add a participant, find a
free slot, the pinboard, the week, lesson details — with permissions and change notices."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from reinex_desktop.domain.calendar.moves import Placement
from reinex_desktop.domain.calendar.status import Attention, StatusIcon
from reinex_desktop.domain.conflicts import ConflictKind
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.calendar import scheduling
from reinex_desktop.services.calendar.day import CalendarService
from reinex_desktop.services.calendar.details import lesson_details
from reinex_desktop.services.calendar.finder import free_slots, next_lesson
from reinex_desktop.services.calendar.pinboard import Pinboard
from reinex_desktop.services.calendar.week import open_week
from reinex_desktop.services.calendar.writes import StaleLessonError
from tests.calendar_fixtures import DAY, CalendarWorld, at


@pytest.fixture
def world(sqlite_engine):
    w = CalendarWorld(sqlite_engine)
    w.avi = w.instructor("אבי", color="#ff7043")
    w.dana = w.instructor("דנה")
    w.tamar = w.instructor("תמר")
    w.riding = w.service("רכיבה", color="#7cb342")
    w.group = w.service("קבוצה", color="#42a5f5", minutes=60)
    for teacher in (w.avi, w.dana, w.tamar):
        w.capability(teacher, w.riding)
    w.capability(w.dana, w.group, max_students=3)
    w.noa = w.student("נועה", "כהן", phone="050-1234567", flags=[{"label": "אלרגיה", "severity": "high"}])
    w.yoni = w.student("יוני", "לוי")
    return w


def changes(context) -> list[frozenset[str]]:
    seen: list[frozenset[str]] = []
    context.notices.subscribe(seen.append)
    return seen


def test_open_day_lays_out_columns_blocks_and_conflicts(world):
    world.setting("instructor_order", [str(world.tamar)])
    a = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    b = world.lesson(world.dana, world.riding, at(DAY, "10:30"), 45, [world.noa])  # Noa twice at once
    view = CalendarService(world.context()).open_day(DAY)
    assert [c.instructor.name for c in view.layout.columns] == ["תמר", "אבי", "דנה"]
    block = view.layout.block_of(a)
    assert (block.column, block.first_row, block.row_count) == (1, 12, 3)
    assert block.names == ("נועה כהן",) and block.color == "#7cb342"
    assert view.layout.block_of(b).icon is StatusIcon.ATTENTION
    assert {c.kind for c in view.conflicts[a]} == {ConflictKind.STUDENT_OVERLAP}
    assert view.can_schedule


def test_an_instructor_sees_only_their_own_column_and_lessons(world):
    world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    mine = world.lesson(world.dana, world.riding, at(DAY, "11:00"), 45, [world.yoni])
    view = CalendarService(world.context(Role.INSTRUCTOR, employee_id=world.dana)).open_day(DAY)
    assert [c.instructor.id for c in view.layout.columns] == [world.dana]
    assert [b.lesson_id for b in view.layout.blocks] == [mine]
    assert not view.can_schedule


def test_book_preview_and_save_through_the_services_with_a_change_notice(world):
    context = world.context()
    catalog = CalendarService(context).catalog()
    seen = changes(context)
    request = scheduling.BookingRequest(world.avi, world.riding, at(DAY, "12:00"), 45, (world.noa,), "השלמה")
    assert scheduling.booking_conflicts(context, catalog, request) == []
    lesson_id = scheduling.book_lesson(context, request)
    assert seen == [frozenset({"lessons"})]
    assert context.gateway.lesson(lesson_id).metadata["note"] == "השלמה"
    clash = scheduling.BookingRequest(world.dana, world.riding, at(DAY, "12:30"), 45, (world.noa,))
    [conflict] = scheduling.booking_conflicts(context, catalog, clash)
    assert conflict.kind is ConflictKind.STUDENT_OVERLAP
    with pytest.raises(DomainError) as refused:
        scheduling.book_lesson(context, clash)
    assert refused.value.code == "conflict"
    scheduling.book_lesson(context, clash, accept_conflicts=True)


def test_read_only_users_are_refused_before_anything_is_sent(world):
    context = world.context(Role.READ_ONLY)
    catalog = CalendarService(context).catalog()
    request = scheduling.BookingRequest(world.avi, world.riding, at(DAY, "12:00"), 45, (world.noa,))
    with pytest.raises(DomainError) as refused:
        scheduling.book_lesson(context, request)
    assert refused.value.code == "forbidden"
    with pytest.raises(DomainError):
        scheduling.booking_conflicts(context, catalog, request)


def test_move_with_conflict_preview_and_stale_version(world):
    context = world.context()
    catalog = CalendarService(context).catalog()
    busy = world.lesson(world.dana, world.riding, at(DAY, "11:00"), 45, [world.yoni])
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    lesson = context.gateway.lesson(lesson_id)
    target = Placement(world.dana, at(DAY, "11:00"), 45)
    [conflict] = scheduling.move_conflicts(context, catalog, lesson, target)
    assert conflict.kind is ConflictKind.INSTRUCTOR_OVERLAP and conflict.involves(busy)
    free = Placement(world.tamar, at(DAY, "11:00"), 45)
    assert scheduling.move_conflicts(context, catalog, lesson, free) == []
    scheduling.reschedule(context, lesson, free, via="keyboard")
    moved = context.gateway.lesson(lesson_id)
    assert moved.instructor_employee_id == world.tamar and moved.manually_edited
    with pytest.raises(StaleLessonError):  # the old copy is stale now
        scheduling.reschedule(context, lesson, Placement(world.avi, at(DAY, "09:00"), 45), via="keyboard")
    assert context.gateway.lesson(lesson_id).datetime_start == at(DAY, "11:00")


def test_add_participant_preview_and_capacity(world):
    context = world.context()
    catalog = CalendarService(context).catalog()
    group = world.lesson(world.dana, world.group, at(DAY, "16:00"), 60, [world.noa])
    lesson = context.gateway.lesson(group)
    assert scheduling.participant_conflicts(context, catalog, lesson, world.yoni) == []
    scheduling.add_participant(context, lesson, world.yoni)
    lesson = context.gateway.lesson(group)
    with pytest.raises(DomainError) as refused:
        scheduling.participant_conflicts(context, catalog, lesson, world.yoni)
    assert refused.value.code == "duplicate"


def test_free_slot_finder_over_ten_days(world):
    context = world.context()
    catalog = CalendarService(context).catalog()
    slots = free_slots(context, catalog, student_id=world.noa, service_id=world.riding)
    # From "now" (Sunday 08:00) over 10 days; Friday is short and Saturday closed; holidays none.
    days = [slot.day for slot in slots]
    assert days[0] == date(2026, 11, 22) and slots[0].start == at(date(2026, 11, 22), "08:00")
    assert date(2026, 11, 28) not in days and len(days) == 9
    assert all(slot.instructor_id in {world.avi, world.dana, world.tamar} for slot in slots)


def test_next_lesson_of_a_student(world):
    context = world.context()
    assert next_lesson(context, world.noa) is None
    later = world.lesson(world.avi, world.riding, at(DAY + timedelta(days=3), "09:00"), 45, [world.noa])
    world.lesson(world.avi, world.riding, at(DAY, "09:00"), 45, [world.noa], status="cancelled_clinic")
    assert next_lesson(context, world.noa).id == later


def test_pinboard_parks_and_drops_on_another_day(world):
    context = world.context()
    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    board = Pinboard(context)
    board.pin(lesson_id)
    [pinned] = board.lessons()
    assert pinned.datetime_start == at(DAY, "10:00"), "parking changes nothing"
    other_day = DAY + timedelta(days=2)
    board.drop(pinned, Placement(world.dana, at(other_day, "14:00"), 45))
    assert board.ids() == []
    moved = context.gateway.lesson(lesson_id)
    assert moved.datetime_start == at(other_day, "14:00") and moved.instructor_employee_id == world.dana
    [event] = context.gateway.audit_events(entity_type="lesson_instances", entity_id=str(lesson_id))
    assert event.metadata["via"] == "pinboard"


def test_week_summary_counts_by_instructor_and_day(world):
    world.lesson(world.avi, world.riding, at(DAY, "10:00"), 60, [world.noa])
    world.lesson(world.avi, world.riding, at(DAY + timedelta(days=1), "10:00"), 45, [world.noa])
    week = open_week(CalendarService(world.context(Role.ADMIN)), DAY)
    summary = week.summary
    assert summary.days[0] == date(2026, 11, 22) and len(summary.days) == 6
    assert summary.cell(world.avi, DAY).lessons == 1 and summary.cell(world.avi, DAY).booked_minutes == 60
    assert summary.instructor_total(world.avi).lessons == 2


def test_lesson_details_hide_medical_flags_from_roles_without_the_permission(world):
    template = world.template(world.noa, world.avi, world.riding, DAY)
    lesson_id = world.lesson(
        world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa], template=template, source="weekly_generation"
    )
    context = world.context()
    catalog = CalendarService(context).catalog()
    scheduling.reschedule(
        context, context.gateway.lesson(lesson_id), Placement(world.avi, at(DAY, "11:00"), 45), via="dialog"
    )
    details = lesson_details(context, catalog, lesson_id)
    [participant] = details.participants
    assert participant.phone == "050-1234567" and participant.name == "נועה כהן"
    assert participant.flags == ()  # Office may not see medical flags
    assert details.template.id == template
    assert [e.action for e in details.history] == ["lesson.reschedule"]
    owner = world.context(Role.OWNER)
    assert [f.label for f in lesson_details(owner, catalog, lesson_id).participants[0].flags] == ["אלרגיה"]
    instructor = world.context(Role.INSTRUCTOR, employee_id=world.dana)
    assert lesson_details(instructor, catalog, lesson_id) is None


def test_a_used_up_commitment_puts_the_coming_lesson_under_attention(world):
    from decimal import Decimal

    from sqlalchemy.orm import Session

    from reinex_desktop.data import tables as t

    past = world.lesson(
        world.avi, world.riding, at(DAY - timedelta(days=7), "10:00"), 45, [world.noa], participant_status="attended"
    )
    coming = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    other = world.lesson(world.dana, world.riding, at(DAY, "10:00"), 45, [world.yoni])
    with Session(world.engine) as session, session.begin():
        commitment = t.CommitmentRow(student_id=world.noa, service_id=world.riding, total_amount=Decimal(200))
        session.add(commitment)
        session.flush()
        participant = session.query(t.ParticipantRow).filter_by(lesson_instance_id=past).one()
        session.add(
            t.ConsumptionRow(
                lesson_participant_id=participant.id, commitment_id=commitment.id, amount_charged=Decimal(200)
            )
        )
    service = CalendarService(world.context())
    view = service.open_day(DAY)
    assert Attention.LOW_BALANCE in view.layout.block_of(coming).attention
    assert view.layout.block_of(coming).icon is StatusIcon.ATTENTION
    assert view.layout.block_of(other).attention == ()
    office_without_money = CalendarService(world.context(Role.INSTRUCTOR, employee_id=world.avi)).open_day(DAY)
    assert office_without_money.layout.block_of(coming).attention == (), "no financial access, no money hints"


def test_prepared_days_come_back_until_the_lessons_change(world):
    service = CalendarService(world.context())
    first = service.open_day(DAY)
    assert service.open_day(DAY) is first, "a prepared day is not read again"
    service.prefetch([DAY + timedelta(days=1)])
    world.lesson(world.avi, world.riding, at(DAY, "15:00"), 45, [world.yoni])  # e.g. pulled from another desk
    assert not service.data_changed({"payroll"})
    assert service.open_day(DAY) is first
    assert service.data_changed({"lessons"})
    again = service.open_day(DAY)
    assert again is not first and len(again.layout.blocks) == len(first.layout.blocks) + 1


def test_a_holiday_is_named_and_the_grid_still_opens(world):
    yom_kippur = date(2026, 9, 21)
    view = CalendarService(world.context()).open_day(yom_kippur)
    assert view.closed == "holiday" and view.holiday == "יום כיפור"
    assert view.layout.rows.count == 56 and view.layout.rows.business is not None
    saturday = CalendarService(world.context()).open_day(date(2026, 11, 28))
    assert saturday.closed == "closed_weekday" and saturday.layout.rows.business is None


def test_the_instructor_filter_hides_columns_on_purpose(world):
    view = CalendarService(world.context()).open_day(DAY, visible={world.dana})
    assert [c.instructor.id for c in view.layout.columns] == [world.dana]


def test_the_lesson_history_lists_each_change_once(world):
    from reinex_desktop.services.attendance import AttendanceService

    lesson_id = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.noa])
    context = world.context(now=at(DAY, "11:00"))
    [participant] = context.gateway.lesson(lesson_id).participants
    AttendanceService(context).mark_no_show(lesson_id, participant.id)  # audits the participant and the lesson
    details = lesson_details(context, CalendarService(context).catalog(), lesson_id)
    assert [e.action for e in details.history] == ["attendance.no_show"]
