"""The waiting-list offer template: its placeholders, and a question in the student's gender or
neutral — never a slash form."""

from __future__ import annotations

from datetime import date, time

import pytest

from reinex_desktop.domain.enums import Gender
from reinex_desktop.domain.messages.offer import OfferFacts
from reinex_desktop.domain.messages.templates import (
    DEFAULT_TEMPLATES,
    MessageKind,
    parse_templates,
    render,
    validate_template,
)
from reinex_desktop.domain.text import DomainError


def facts(gender: Gender | None) -> OfferFacts:
    return OfferFacts(
        student="נועה כהן",
        student_first_name="נועה",
        guardian="רונית",
        day=date(2026, 11, 24),
        start=time(16, 30),
        end=time(17, 15),
        duration_minutes=45,
        instructor="יעל לוי",
        service="רכיבה טיפולית",
        clinic="מרכז רעות",
        gender=gender,
    )


@pytest.mark.parametrize(
    ("gender", "question"),
    [
        (Gender.FEMALE, "האם נועה תוכל להגיע?"),
        (Gender.MALE, "האם נועה יוכל להגיע?"),
        (None, "האם המועד מתאים לנועה?"),
    ],
)
def test_the_default_offer_asks_in_the_students_gender_or_neutral(gender: Gender | None, question: str) -> None:
    text = render(DEFAULT_TEMPLATES[MessageKind.WAITING_LIST_OFFER], facts(gender))
    assert text.startswith("שלום רונית, כאן מרכז רעות. התפנה מקום לנועה: רכיבה טיפולית עם יעל לוי ביום שלישי")
    assert "24.11.2026" in text and "16:30" in text and question in text
    assert "/" not in text.replace("24.11.2026", "")


def test_the_offer_template_is_stored_and_checked_like_the_others() -> None:
    stored = parse_templates({"waiting_list_offer": "{guardian}, {student} {hebrew_date} {question}"})
    assert stored[MessageKind.WAITING_LIST_OFFER] == "{guardian}, {student} {hebrew_date} {question}"
    assert stored[MessageKind.REMINDER] == DEFAULT_TEMPLATES[MessageKind.REMINDER]
    with pytest.raises(DomainError):
        validate_template("{lessons}", MessageKind.WAITING_LIST_OFFER)  # a family placeholder
