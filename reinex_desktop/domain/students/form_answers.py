"""The answers of a form submission as the student profile shows them (plan §4.2.9, §7.3).

`form_submissions.answers` is a JSON object keyed by question. Its questions are labelled with their
titles from `forms.form_schema` when the schema names them — either a list of fields
(`{"fields": [{"key": ..., "title"/"label": ...}]}`, also `id`/`name` for the key) or a JSON-Schema
`properties` object (`{"properties": {key: {"title": ...}}}`) — in the schema's order, and answers the
schema does not know follow under their own keys. An answer is highlighted when `alert_flags` flags it
(a list of keys, an object keyed by question, or a list of objects naming a `key`/`field`).

A form whose `visibility_rules` mark it sensitive (`{"sensitive": true}`, `{"medical": true}` or
`{"visibility": "medical"}`) is medical information: like a student's medical flags, its answers and
alerts are withheld from users without `reinex_medical_flags_view` (plan §7.3), before they reach a
screen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from reinex_desktop.domain.students.records import FormSubmissionRecord

_KEY_FIELDS = ("key", "id", "name", "field")
_TITLE_FIELDS = ("title", "label", "question", "text")


@dataclass(frozen=True, slots=True)
class AnswerLine:
    """One answered question: its key, the title to show, the raw JSON value, and whether it is flagged."""

    key: str
    title: str
    value: Any
    alert: bool = False
    #: The alert's own text, when the flags carry one.
    alert_note: str = ""


def _first_text(item: Mapping[str, Any], names: Sequence[str]) -> str:
    for name in names:
        value = item.get(name)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return ""


def question_titles(form_schema: Any) -> dict[str, str]:
    """Question key → title from a form schema, in the schema's order; keys without a title are left out."""
    titles: dict[str, str] = {}
    if not isinstance(form_schema, Mapping):
        return titles
    fields = form_schema.get("fields")
    if isinstance(fields, Sequence) and not isinstance(fields, str):
        for item in fields:
            if isinstance(item, Mapping):
                key, title = _first_text(item, _KEY_FIELDS), _first_text(item, _TITLE_FIELDS)
                if key and title:
                    titles.setdefault(key, title)
    properties = form_schema.get("properties")
    if isinstance(properties, Mapping):
        for key, item in properties.items():
            if isinstance(item, Mapping):
                title = _first_text(item, _TITLE_FIELDS)
                if title:
                    titles.setdefault(str(key), title)
    return titles


def flagged_questions(alert_flags: Any) -> dict[str, str]:
    """Flagged question key → the flag's note ("" when it has none)."""
    flagged: dict[str, str] = {}
    if isinstance(alert_flags, Mapping):
        for key, value in alert_flags.items():
            if value is False or value is None:
                continue
            flagged[str(key)] = value.strip() if isinstance(value, str) else ""
    elif isinstance(alert_flags, Sequence) and not isinstance(alert_flags, str):
        for item in alert_flags:
            if isinstance(item, str):
                flagged[item] = ""
            elif isinstance(item, Mapping):
                key = _first_text(item, _KEY_FIELDS)
                if key:
                    flagged[key] = _first_text(item, ("message", "reason", "note", "label"))
    return flagged


def is_sensitive(visibility_rules: Any) -> bool:
    """Whether a form's `visibility_rules` mark it as medical/sensitive information."""
    if not isinstance(visibility_rules, Mapping):
        return False
    if visibility_rules.get("sensitive") is True or visibility_rules.get("medical") is True:
        return True
    return str(visibility_rules.get("visibility", "")).lower() in {"medical", "sensitive"}


def answer_lines(record: FormSubmissionRecord) -> tuple[AnswerLine, ...]:
    """The submission's answers in the schema's order, titled, then the unknown ones by key; flagged ones marked."""
    titles = question_titles(record.form_schema)
    flags = flagged_questions(record.alert_flags)
    answers = {str(key): value for key, value in record.answers.items()}
    order = [key for key in titles if key in answers] + [key for key in answers if key not in titles]
    return tuple(AnswerLine(key, titles.get(key, key), answers[key], key in flags, flags.get(key, "")) for key in order)


def unplaced_alerts(record: FormSubmissionRecord) -> tuple[str, ...]:
    """Alert flags that name no answered question (shown apart, so no alert is lost)."""
    answered = {str(key) for key in record.answers}
    titles = question_titles(record.form_schema)
    return tuple(
        note or titles.get(key, key)
        for key, note in flagged_questions(record.alert_flags).items()
        if key not in answered
    )


def for_viewer(record: FormSubmissionRecord, medical_visible: bool) -> FormSubmissionRecord:
    """The submission as this user may see it: a sensitive form's answers and alerts withheld without
    `reinex_medical_flags_view`, as medical flags are (plan §7.3)."""
    if medical_visible or not is_sensitive(record.visibility_rules):
        return record
    return replace(record, answers={}, alert_flags=None, withheld=True)
