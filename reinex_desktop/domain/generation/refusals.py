"""Refusals of the generation and template commands that concern a missing or repeated row."""

from __future__ import annotations

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message


def already_applied() -> DomainError:
    return DomainError(
        Message("Generation", QT_TRANSLATE_NOOP("Generation", "This generation was already applied.")),
        code="already_applied",
    )


def no_such_run() -> DomainError:
    return DomainError(
        Message("Generation", QT_TRANSLATE_NOOP("Generation", "That generation run does not exist.")),
        code="not_found",
    )


def no_templates_chosen() -> DomainError:
    return DomainError(
        Message("Generation", QT_TRANSLATE_NOOP("Generation", "Choose at least one template to reset.")),
        code="no_templates",
    )


def no_such_template() -> DomainError:
    return DomainError(
        Message("Templates", QT_TRANSLATE_NOOP("Templates", "That weekly template does not exist.")),
        code="not_found",
    )


def missing_references() -> DomainError:
    return DomainError(
        Message("Templates", QT_TRANSLATE_NOOP("Templates", "The student, instructor or service no longer exists.")),
        code="not_found",
    )


def no_override_on_date() -> DomainError:
    return DomainError(
        Message("Templates", QT_TRANSLATE_NOOP("Templates", "That date has no change to remove.")),
        code="not_found",
    )


def override_in_use() -> DomainError:
    return DomainError(
        Message(
            "Templates",
            QT_TRANSLATE_NOOP(
                "Templates", "A lesson was already generated with this change; change that lesson instead."
            ),
        ),
        code="in_use",
    )


def nothing_to_generate(by: str | None, at: str | None) -> DomainError:
    """Issue: two overlapping runs. The later one reports the earlier and records no empty run."""
    if by is not None and at is not None:
        text = QT_TRANSLATE_NOOP(
            "Generation", "Nothing new to generate: {who} already generated these lessons at {time}."
        )
        return DomainError(Message("Generation", text, {"who": by, "time": at}), code="nothing_to_generate")
    text = QT_TRANSLATE_NOOP("Generation", "Nothing new to generate: every lesson of this range already exists.")
    return DomainError(Message("Generation", text), code="nothing_to_generate")
