"""Every item model of the calendar screens passes pytest-qt's model tester, with real rows."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from pytestqt.modeltest import ModelTester

from reinex_desktop.domain.audit import AuditEvent
from reinex_desktop.domain.calendar.free_slots import FreeSlot
from reinex_desktop.domain.enums import Relationship
from reinex_desktop.domain.people import Guardian, MedicalFlag, Student, StudentGuardian
from reinex_desktop.services.calendar.details import ParticipantDetails
from reinex_desktop.services.calendar.students import StudentChoice
from reinex_desktop.ui.calendar.day_grid import LESSON_MIME, read_lesson_mime
from reinex_desktop.ui.calendar.details_models import HistoryModel, ParticipantModel
from reinex_desktop.ui.calendar.free_slot_dialog import FreeSlotModel
from reinex_desktop.ui.calendar.pinboard_panel import PinboardModel
from reinex_desktop.ui.calendar.student_picker import StudentListModel
from tests.domain.calendar_builders import DAY, at, lesson
from tests.ui.calendar_helpers import ZONE, day_view, instructors


def test_student_list_model(qtmodeltester: ModelTester, hebrew_app) -> None:
    model = StudentListModel()
    model.set_students([StudentChoice(uuid.uuid4(), "נועה כהן", "050-1234567"), StudentChoice(uuid.uuid4(), "טל")])
    qtmodeltester.check(model)
    assert model.data(model.index(0)).startswith("נועה כהן") and "\u2066050-1234567\u2069" in model.data(model.index(0))
    model.set_students([])
    qtmodeltester.check(model)


def test_free_slot_model(qtmodeltester: ModelTester, hebrew_app) -> None:
    teachers = instructors(2)
    view = day_view(DAY, teachers)
    model = FreeSlotModel(view.catalog)
    model.set_rows(
        [
            FreeSlot(DAY, at("10:00"), 45, teachers[0].id),
            FreeSlot(DAY + timedelta(days=1), at("11:00", DAY + timedelta(days=1)), 45, teachers[1].id, uuid.uuid4()),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == teachers[0].name
    assert "10:00" in model.data(model.index(0, 1))


def test_participant_and_history_models(qtmodeltester: ModelTester, hebrew_app) -> None:
    teacher = instructors(1)[0]
    student = uuid.uuid4()
    one = lesson(teacher, "10:00", 45, (student,))
    guardian = StudentGuardian(
        uuid.uuid4(), student, Guardian(uuid.uuid4(), "רות", phone="050-7654321"), Relationship.MOTHER, True
    )
    flags = (MedicalFlag("אפילפסיה"),)
    rows = (ParticipantDetails(one.participants[0], Student(student, "נועה"), guardian, flags),)
    participants = ParticipantModel()
    participants.set_participants(rows, ZONE)
    qtmodeltester.check(participants)
    assert participants.data(participants.index(0, 4)) == "אפילפסיה"
    history = HistoryModel()
    history.set_events(
        (
            AuditEvent(
                uuid.uuid4(),
                datetime(2026, 11, 22, 8, tzinfo=UTC),
                "דנה",
                "office",
                "lesson.reschedule",
                "lesson_instances",
                str(one.id),
            ),
        ),
        ZONE,
    )
    qtmodeltester.check(history)
    assert "דנה" in history.data(history.index(0))


def test_pinboard_model_drags_lessons(qtmodeltester: ModelTester, hebrew_app) -> None:
    teachers = instructors(1)
    view = day_view(DAY, teachers)
    pinned = lesson(teachers[0], "10:00", 45, (uuid.uuid4(),))
    model = PinboardModel()
    model.set_lessons([pinned], view.catalog)
    qtmodeltester.check(model)
    data = model.mimeData([model.index(0)])
    assert data.hasFormat(LESSON_MIME) and read_lesson_mime(data).lesson_id == pinned.id
    dropped: list[uuid.UUID] = []
    model.lesson_dropped.connect(dropped.append)
    from PySide6.QtCore import QModelIndex, Qt

    from reinex_desktop.ui.calendar.day_grid import lesson_mime

    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex()), "a pinned one is pinned"
    other = uuid.uuid4()
    model.dropMimeData(lesson_mime(other, "grid"), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert dropped == [other]
