"""The confirmation round's pure rules: the Hebrew arrival question, families, states, the default day."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

from hypothesis import given
from hypothesis import strategies as st

from reinex_desktop.domain.confirmations.days import next_business_day
from reinex_desktop.domain.confirmations.families import RoundLesson, group_families
from reinex_desktop.domain.confirmations.states import ConfirmationState, family_state
from reinex_desktop.domain.enums import Gender, Relationship
from reinex_desktop.domain.messages.family import FamilyLessonFacts, FamilyMessageFacts
from reinex_desktop.domain.messages.hebrew_forms import arrival_question, join_names
from reinex_desktop.domain.messages.templates import DEFAULT_TEMPLATES, MessageKind, render
from reinex_desktop.domain.people import Guardian, StudentGuardian
from reinex_desktop.domain.settings import ClinicSettings


def test_the_arrival_question_follows_the_gender_and_never_uses_a_slash() -> None:
    assert arrival_question([("נועה", Gender.FEMALE)]) == "האם נועה תגיע?"
    assert arrival_question([("דן", Gender.MALE)]) == "האם דן יגיע?"
    assert arrival_question([("טל", None)]) == "האם ההגעה של טל מאושרת?"
    assert arrival_question([("נועה", Gender.FEMALE), ("דן", None)]) == "האם נועה ודן יגיעו?"
    assert join_names(["א", "ב", "ג"]) == "א, ב וג"


@given(st.lists(st.tuples(st.sampled_from(["נועה", "דן", "טל", "מאיה"]), st.sampled_from([None, *Gender])), min_size=1))
def test_no_question_carries_a_slash_form(children: list[tuple[str, Gender | None]]) -> None:
    question = arrival_question(children)
    assert "/" not in question and question.startswith("האם ") and question.endswith("?")


def _lesson(student: uuid.UUID, hour: int, name: str, state: ConfirmationState) -> RoundLesson:
    start = datetime(2026, 11, 23, hour, tzinfo=UTC)
    return RoundLesson(uuid.uuid4(), uuid.uuid4(), student, f"{name} כהן", name, None, start, start, "", "", state)


def test_siblings_with_the_same_primary_guardian_are_one_family() -> None:
    mother = Guardian(uuid.uuid4(), "רונית", phone="050-1234567")
    noa, dan, tal = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    links = {
        noa: StudentGuardian(uuid.uuid4(), noa, mother, Relationship.MOTHER, True),
        dan: StudentGuardian(uuid.uuid4(), dan, mother, Relationship.MOTHER, True),
        tal: None,
    }
    lessons = [
        _lesson(dan, 15, "דן", ConfirmationState.NOT_ASKED),
        _lesson(tal, 9, "טל", ConfirmationState.CONFIRMED),
        _lesson(noa, 14, "נועה", ConfirmationState.CONFIRMED),
    ]
    families = group_families(lessons, links)
    assert [len(f.lessons) for f in families] == [1, 2]
    family = families[1]
    assert family.guardian == mother and [lesson.student_first_name for lesson in family.lessons] == ["נועה", "דן"]
    assert family.state is ConfirmationState.NOT_ASKED and len(family.pending) == 1
    assert families[0].contact_name == "טל כהן" and families[0].state is ConfirmationState.CONFIRMED


def test_a_family_is_waiting_while_any_lesson_waits() -> None:
    s = ConfirmationState
    assert family_state([s.CONFIRMED, s.NO_ANSWER]) is s.NO_ANSWER
    assert family_state([s.CONFIRMED, s.NOT_COMING]) is s.CONFIRMED
    assert family_state([s.NOT_COMING]) is s.NOT_COMING
    assert family_state([s.ASKED, s.NOT_ASKED]) is s.NOT_ASKED


def test_one_family_message_lists_every_lesson() -> None:
    facts = FamilyMessageFacts(
        "רונית",
        date(2026, 11, 24),
        "מרכז רעות",
        (
            FamilyLessonFacts(time(17, 15), time(18), "דן", Gender.MALE, "רכיבה", "יעל"),
            FamilyLessonFacts(time(16, 30), time(17, 15), "נועה", Gender.FEMALE, "רכיבה", "יעל"),
        ),
    )
    text = render(DEFAULT_TEMPLATES[MessageKind.FAMILY_CONFIRMATION], facts)
    assert text.startswith("שלום רונית, כאן מרכז רעות. ביום שלישי, 24.11.2026")
    assert text.index("16:30") < text.index("17:15") and "האם נועה ודן יגיעו?" in text and "/" not in text


def test_the_default_day_skips_the_weekly_day_off_closures_and_holidays() -> None:
    friday = date(2026, 11, 27)
    settings = ClinicSettings(closures=frozenset({date(2026, 11, 29)}))
    # Friday → Saturday is closed (no hours), Sunday 29.11 is a closure → Monday.
    assert next_business_day(friday, settings) == date(2026, 11, 30)
    # Yom Kippur 2026 (21.9, a Monday) is an observed holiday.
    assert next_business_day(date(2026, 9, 20), ClinicSettings()) == date(2026, 9, 22)
    assert next_business_day(date(2026, 9, 20), ClinicSettings(observe_holidays=False)) == date(2026, 9, 21)


def test_an_adult_who_is_their_own_contact_is_asked_directly() -> None:
    assert arrival_question([("נועה", Gender.FEMALE)], to_student=True) == "האם תגיעי?"
    assert arrival_question([("דן", Gender.MALE)], to_student=True) == "האם תגיע?"
    assert arrival_question([("טל", None)], to_student=True) == "האם ההגעה שלך מאושרת?"
    noa = uuid.uuid4()
    herself = Guardian(uuid.uuid4(), "נועה", phone="050-1234567")
    links = {noa: StudentGuardian(uuid.uuid4(), noa, herself, Relationship.SELF, True)}
    [family] = group_families([_lesson(noa, 9, "נועה", ConfirmationState.NOT_ASKED)], links)
    assert family.to_student
    facts = FamilyMessageFacts(
        "נועה",
        date(2026, 11, 24),
        "מרכז רעות",
        (FamilyLessonFacts(time(9), time(10), "נועה", Gender.FEMALE, "רכיבה", "יעל"),),
        to_student=True,
    )
    text = render(DEFAULT_TEMPLATES[MessageKind.FAMILY_CONFIRMATION], facts)
    assert "• בשעה 09:00 – רכיבה עם יעל" in text and "של נועה" not in text and "האם תגיעי?" in text
