"""A submission's answers: titled by the form's questions, flagged ones marked, sensitive forms withheld."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from reinex_desktop.domain.students.form_answers import (
    answer_lines,
    flagged_questions,
    for_viewer,
    is_sensitive,
    question_titles,
    unplaced_alerts,
)
from reinex_desktop.domain.students.records import FormSubmissionRecord

SCHEMA = {
    "fields": [
        {"key": "allergies", "title": "אלרגיות"},
        {"id": "weight", "label": "משקל (ק״ג)"},
        {"key": "untitled"},
    ]
}


def record(**kwargs) -> FormSubmissionRecord:
    defaults = dict(
        id=uuid.uuid4(),
        form_id=uuid.uuid4(),
        form_name="טופס קליטה",
        submitted_at=datetime(2026, 10, 1, tzinfo=UTC),
        answers={"notes": "רוכבת שנה", "weight": 31, "allergies": "בוטנים"},
        form_schema=SCHEMA,
    )
    return FormSubmissionRecord(**(defaults | kwargs))


def test_titles_come_from_fields_or_json_schema_properties() -> None:
    assert question_titles(SCHEMA) == {"allergies": "אלרגיות", "weight": "משקל (ק״ג)"}
    assert question_titles({"properties": {"a": {"title": "שאלה א"}, "b": {}}}) == {"a": "שאלה א"}
    assert question_titles(None) == {} and question_titles(["x"]) == {} and question_titles({"fields": "x"}) == {}


def test_answers_follow_the_schema_order_then_unknown_keys_by_key() -> None:
    lines = answer_lines(record())
    assert [(line.key, line.title) for line in lines] == [
        ("allergies", "אלרגיות"),
        ("weight", "משקל (ק״ג)"),
        ("notes", "notes"),
    ]
    assert lines[1].value == 31
    assert [line.title for line in answer_lines(record(form_schema=None))] == ["notes", "weight", "allergies"]


def test_alert_flags_in_each_shape_mark_their_answers() -> None:
    assert flagged_questions(["allergies"]) == {"allergies": ""}
    assert flagged_questions({"allergies": True, "weight": False, "notes": "לבדוק"}) == {
        "allergies": "",
        "notes": "לבדוק",
    }
    assert flagged_questions([{"field": "weight", "message": "מעל המותר"}, 7]) == {"weight": "מעל המותר"}
    assert flagged_questions(None) == {} and flagged_questions("allergies") == {}
    lines = {line.key: line for line in answer_lines(record(alert_flags={"allergies": "אלרגיה מסכנת חיים"}))}
    assert lines["allergies"].alert and lines["allergies"].alert_note == "אלרגיה מסכנת חיים"
    assert not lines["weight"].alert and not lines["notes"].alert


def test_an_alert_on_an_unanswered_question_is_not_lost() -> None:
    flagged = record(alert_flags=["allergies", "untitled", "epilepsy"])
    assert unplaced_alerts(flagged) == ("untitled", "epilepsy")
    assert unplaced_alerts(record(alert_flags=[{"key": "x", "note": "פרכוסים"}])) == ("פרכוסים",)


def test_sensitive_forms_are_withheld_without_the_medical_permission() -> None:
    assert is_sensitive({"sensitive": True}) and is_sensitive({"medical": True})
    assert is_sensitive({"visibility": "Medical"})
    assert not is_sensitive({"sensitive": False}) and not is_sensitive(None) and not is_sensitive(["sensitive"])
    sensitive = record(visibility_rules={"sensitive": True}, alert_flags=["allergies"])
    hidden = for_viewer(sensitive, medical_visible=False)
    assert hidden.withheld and hidden.answers == {} and not hidden.has_alerts and answer_lines(hidden) == ()
    assert hidden.otp_metadata == sensitive.otp_metadata and hidden.form_name == sensitive.form_name
    assert for_viewer(sensitive, medical_visible=True) is sensitive
    plain = record(alert_flags=["allergies"])
    assert for_viewer(plain, medical_visible=False) is plain
