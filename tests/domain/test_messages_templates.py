"""Message templates: Hebrew day names and dates, placeholders validated, wa.me numbers normalized."""

from __future__ import annotations

from datetime import date, time

import pytest

from reinex_desktop.domain.messages.contact import mailto_url, whatsapp_number, whatsapp_url
from reinex_desktop.domain.messages.hebrew_dates import hebrew_calendar_date, hebrew_day, numeric_date
from reinex_desktop.domain.messages.templates import (
    DEFAULT_TEMPLATES,
    KEY_MESSAGE_TEMPLATES,
    LESSON_KINDS,
    MessageFacts,
    MessageKind,
    clinic_templates,
    parse_templates,
    render,
    validate_template,
)
from reinex_desktop.domain.text import DomainError

# 2026-11-22 is a Sunday.
WEEK = [
    (date(2026, 11, 22), "יום ראשון"),
    (date(2026, 11, 23), "יום שני"),
    (date(2026, 11, 24), "יום שלישי"),
    (date(2026, 11, 25), "יום רביעי"),
    (date(2026, 11, 26), "יום חמישי"),
    (date(2026, 11, 27), "יום שישי"),
    (date(2026, 11, 28), "שבת"),
]


@pytest.mark.parametrize(("day", "name"), WEEK)
def test_hebrew_day_names(day: date, name: str) -> None:
    assert hebrew_day(day) == name


def test_dates_read_the_israeli_way_and_in_the_hebrew_calendar() -> None:
    assert numeric_date(date(2026, 3, 5)) == "5.3.2026"
    assert hebrew_calendar_date(date(2026, 11, 24)) == "י״ד כסלו תשפ״ז"


FACTS = MessageFacts(
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
)


def test_every_default_template_renders_in_hebrew_with_the_lesson_facts() -> None:
    for kind in LESSON_KINDS:  # the family confirmation has facts of its own (test_confirmations_rules)
        text = render(DEFAULT_TEMPLATES[kind], FACTS)
        assert "{" not in text and "רונית" in text and "נועה כהן" in text
        assert "ביום שלישי, 24.11.2026" in text and "16:30" in text and "יעל לוי" in text
    assert "בוטל" in render(DEFAULT_TEMPLATES[MessageKind.CANCELLATION], FACTS)


def test_a_clinic_template_with_every_placeholder() -> None:
    template = validate_template(
        "{guardian}: {student_first_name} ({student}) – {service}, {instructor}, {day} {date} "
        "({hebrew_date}) {time}–{end_time}, {duration} דק׳, {clinic}"
    )
    assert render(template, FACTS) == (
        "רונית: נועה (נועה כהן) – רכיבה טיפולית, יעל לוי, יום שלישי 24.11.2026 "
        "(י״ד כסלו תשפ״ז) 16:30–17:15, 45 דק׳, מרכז רעות"
    )


@pytest.mark.parametrize(
    ("template", "says"),
    [
        ("", "cannot be empty"),
        ("שלום {parent}", "unknown placeholder: {parent}"),
        ("שלום {guardian", "stray brace"),
        ("שלום guardian}", "stray brace"),
        ("{time:>10}", "stray brace"),
        ("{student!r}", "stray brace"),
        ("x" * 1001, "at most 1000"),
    ],
)
def test_bad_templates_are_refused_with_a_message_that_says_why(template: str, says: str) -> None:
    with pytest.raises(DomainError) as refused:
        validate_template(template)
    assert says in str(refused.value)


def test_stored_templates_keep_defaults_for_missing_kinds_and_fall_back_when_malformed() -> None:
    templates = parse_templates({"reminder": "  תזכורת ל{student}  "})
    assert templates[MessageKind.REMINDER] == "תזכורת ל{student}"
    assert templates[MessageKind.CONFIRMATION] == DEFAULT_TEMPLATES[MessageKind.CONFIRMATION]
    fallback, problems = clinic_templates({KEY_MESSAGE_TEMPLATES: {"reminder": "{oops}"}})
    assert fallback == dict(DEFAULT_TEMPLATES) and problems == [KEY_MESSAGE_TEMPLATES]


@pytest.mark.parametrize(
    ("phone", "digits"),
    [
        ("054-712-3456", "972547123456"),
        ("0547123456", "972547123456"),
        ("+972 54 712 3456", "972547123456"),
        ("972547123456", "972547123456"),
        ("03-6123456", "97236123456"),
        ("+1 212 555 0100", "12125550100"),
        ("12345", None),
        ("not a phone", None),
    ],
)
def test_whatsapp_numbers_are_normalized_to_the_country_code(phone: str, digits: str | None) -> None:
    assert whatsapp_number(phone) == digits


def test_links_carry_the_text_encoded() -> None:
    assert whatsapp_url("972547123456", "שלום & תודה") == (
        "https://wa.me/972547123456?text=%D7%A9%D7%9C%D7%95%D7%9D%20%26%20%D7%AA%D7%95%D7%93%D7%94"
    )
    assert mailto_url("a@b.co", "נושא", "גוף").startswith("mailto:a@b.co?subject=%D7%A0")
