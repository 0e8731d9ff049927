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
