"""Messages for a lesson's family: Hebrew text, wa.me with a 972 number, mailto, and clear refusals."""

from __future__ import annotations

from datetime import date, time
from urllib.parse import parse_qs, unquote, urlparse

import pytest
from sqlalchemy.engine import Engine

from reinex_desktop.data import tables as t
from reinex_desktop.domain.clinic_time import clinic_zone, local_to_utc
from reinex_desktop.domain.enums import NotificationMethod
from reinex_desktop.domain.messages.templates import KEY_MESSAGE_TEMPLATES, MessageKind
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.settings import KEY_CLINIC_NAME
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.messages import message_for
from tests.ledger_world import World, build_world

TUESDAY_AFTERNOON = local_to_utc(date(2026, 11, 24), time(16, 30), clinic_zone())


@pytest.fixture
def world(sqlite_engine: Engine) -> World:
    world = build_world(sqlite_engine)
    world.setting(KEY_CLINIC_NAME, "מרכז רעות")
    return world


def guardian(
    world: World, student_id: object, *, phone: str | None, email: str | None = None, primary: bool = True
) -> None:
    person = t.GuardianRow(first_name="רונית", last_name="כהן", phone=phone, email=email)
    world.add(person)
    world.add(
        t.StudentGuardianRow(student_id=student_id, guardian_id=person.id, relationship="mother", is_primary=primary)
    )


def test_confirmation_in_hebrew_with_a_whatsapp_link_to_the_primary_guardian(world: World) -> None:
    student = world.student("נועה")
    guardian(world, student, phone="03-5551234", primary=False)
    guardian(world, student, phone="054-712-3456")
    lesson, [pid] = world.lesson(student, start=TUESDAY_AFTERNOON)

    message = message_for(world.context(Role.OFFICE), lesson, pid)

    assert message.method is NotificationMethod.WHATSAPP and message.problem is None
    assert "ביום שלישי, 24.11.2026, בשעה 16:30" in message.text
    assert "נועה כהן" in message.text and "יעל לוי" in message.text and "מרכז רעות" in message.text
    url = urlparse(message.link or "")
    assert (url.netloc, url.path) == ("wa.me", "/972547123456")
    assert unquote(parse_qs(url.query)["text"][0]) == message.text


def test_the_clinic_templates_are_used(world: World) -> None:
    world.setting(KEY_MESSAGE_TEMPLATES, {"reminder": "תזכורת: {student_first_name} ב{day} {time}"})
    student = world.student("דן")
    guardian(world, student, phone="0547123456")
    lesson, [pid] = world.lesson(student, start=TUESDAY_AFTERNOON)
    assert message_for(world.context(), lesson, pid, MessageKind.REMINDER).text == "תזכורת: דן ביום שלישי 16:30"


def test_a_guardian_without_a_phone_still_gets_the_text_and_a_clear_reason(world: World) -> None:
    student = world.student()
    guardian(world, student, phone=None)
    lesson, [pid] = world.lesson(student, start=TUESDAY_AFTERNOON)
    message = message_for(world.context(), lesson, pid, MessageKind.CANCELLATION)
    assert message.link is None and "בוטל" in message.text
    assert message.problem is not None and "has no phone number" in message.problem.render()


def test_an_invalid_phone_is_named_in_the_reason(world: World) -> None:
    student = world.student()
    guardian(world, student, phone="12345")
    lesson, [pid] = world.lesson(student, start=TUESDAY_AFTERNOON)
    problem = message_for(world.context(), lesson, pid).problem
    assert problem is not None and "\u206612345\u2069" in problem.render() and "not valid" in problem.render()


def test_a_student_without_guardians(world: World) -> None:
    student = world.student()
    lesson, [pid] = world.lesson(student, start=TUESDAY_AFTERNOON)
    problem = message_for(world.context(), lesson, pid).problem
    assert problem is not None and "has no guardian" in problem.render()


def test_email_follows_the_default_notification_method(world: World) -> None:
    student = world.student(default_notification_method="email")
    guardian(world, student, phone="054-712-3456", email="ronit@example.co.il")
    lesson, [pid] = world.lesson(student, start=TUESDAY_AFTERNOON)
    message = message_for(world.context(), lesson, pid)
    assert message.method is NotificationMethod.EMAIL and message.link is not None
    mail = urlparse(message.link)
    assert mail.scheme == "mailto" and mail.path == "ronit@example.co.il"
    query = parse_qs(mail.query)
    assert query["body"][0] == message.text and "אישור הגעה" in query["subject"][0]
    assert message.whatsapp_url is not None  # the other channel stays at hand


def test_email_method_without_an_address_says_so(world: World) -> None:
    student = world.student(default_notification_method="email")
    guardian(world, student, phone="054-712-3456")
    lesson, [pid] = world.lesson(student, start=TUESDAY_AFTERNOON)
    message = message_for(world.context(), lesson, pid)
    assert message.link is None and message.problem is not None and "e-mail" in message.problem.render()


def test_roles_without_manual_whatsapp_are_refused(world: World) -> None:
    student = world.student()
    lesson, [pid] = world.lesson(student, start=TUESDAY_AFTERNOON)
    for role in (Role.INSTRUCTOR, Role.READ_ONLY):
        with pytest.raises(DomainError, match="may not"):
            message_for(world.context(role, employee_id=world.instructor_id), lesson, pid)
