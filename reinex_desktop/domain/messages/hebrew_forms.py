"""Hebrew wording that depends on who is spoken of: names joined with "ו", and the arrival question.

Messages to families never carry a slash form ("מגיע/ה"): a student whose gender is recorded gets
the matching verb ("תגיע" / "יגיע"); several students share the plural, which Hebrew does not
inflect for gender in the future tense ("יגיעו"); a student without a recorded gender gets a
phrasing with no gendered verb at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from reinex_desktop.domain.enums import Gender

#: A student as a message names them: first name and grammatical gender (None when not recorded).
Named = tuple[str, Gender | None]


def join_names(names: Sequence[str]) -> str:
    """ "נועה", "נועה ודני", "נועה, דני ומיכל" — the last name takes the conjunction "ו"."""
    cleaned = [name.strip() for name in names if name.strip()]
    if len(cleaned) <= 1:
        return "".join(cleaned)
    return f"{', '.join(cleaned[:-1])} ו{cleaned[-1]}"


def arrival_question(children: Sequence[Named], *, to_student: bool = False) -> str:
    """ "Will they come?" in Hebrew for one or more students, in their gender or neutral; asked of
    the student themself (an adult who is their own contact) in the second person."""
    names = list(dict.fromkeys(name.strip() for name, _gender in children if name.strip()))
    if to_student and len(names) <= 1:
        return _to_student(children[0][1] if children else None)
    if len(names) > 1:
        return f"האם {join_names(names)} יגיעו?"
    name = names[0] if names else ""
    genders = {gender for first, gender in children if first.strip() == name}
    gender = genders.pop() if len(genders) == 1 else None
    if gender is Gender.FEMALE:
        return f"האם {name} תגיע?"
    if gender is Gender.MALE:
        return f"האם {name} יגיע?"
    return f"האם ההגעה של {name} מאושרת?"


def _to_student(gender: Gender | None) -> str:
    if gender is Gender.FEMALE:
        return "האם תגיעי?"
    if gender is Gender.MALE:
        return "האם תגיע?"
    return "האם ההגעה שלך מאושרת?"


def offer_question(name: str, gender: Gender | None) -> str:
    """ "Can they come then?" for a freed slot offered to one student: "האם נועה תוכל להגיע?" in the
    student's gender, or a phrasing with no gendered verb when it is not recorded."""
    name = name.strip()
    if gender is Gender.FEMALE:
        return f"האם {name} תוכל להגיע?"
    if gender is Gender.MALE:
        return f"האם {name} יוכל להגיע?"
    return f"האם המועד מתאים ל{name}?" if name else "האם המועד מתאים?"
