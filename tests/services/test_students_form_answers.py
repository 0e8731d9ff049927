"""The profile's form submissions carry their questions' titles; sensitive ones only for medical viewers."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.students.form_answers import answer_lines
from reinex_desktop.services.students.profile import load_profile
from tests.students_forms_seed import seed_forms
from tests.students_seed import context_for, seed_clinic


def test_sensitive_answers_reach_only_users_who_see_medical_flags(any_engine: Engine) -> None:
    clinic = seed_clinic(any_engine)
    forms = seed_forms(clinic)
    owner = {f.form_id: f for f in load_profile(context_for(any_engine, Role.OWNER), clinic.dana).forms}
    office = {f.form_id: f for f in load_profile(context_for(any_engine, Role.OFFICE), clinic.dana).forms}
    assert len(owner) == len(office) == 3
    intake = owner[forms.intake]
    assert [(line.title, line.alert) for line in answer_lines(intake)] == [
        ("ניסיון קודם ברכיבה", False),
        ("אלרגיות ידועות", True),
        ("יש קסדה אישית?", False),
        ("shoe_size", False),
    ]
    assert office[forms.intake] == intake, "a form not marked sensitive is the same for everyone"
    medical = owner[forms.medical]
    assert not medical.withheld and medical.answers == {"condition": "אפילפסיה"} and medical.has_alerts
    hidden = office[forms.medical]
    assert hidden.withheld and hidden.answers == {} and not hidden.has_alerts
