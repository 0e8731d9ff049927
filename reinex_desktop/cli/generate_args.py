"""What `reinex-desktop generate` was asked, checked before the database is opened.

Every mistake in the arguments becomes one translated sentence (`BadArgument`), never argparse's
English usage text or a traceback: managers call this command from their own scripts.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message

CONTEXT = "Cli"
#: The longest range one command may generate or reset (a year): beyond it a typo is likelier.
MAX_DAYS = 366


class BadArgument(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.text)
        self.message = message


@dataclass(frozen=True, slots=True)
class GenerateRequest:
    mode: str  # "weekly", "undo", "reset", "runs"
    first: date | None = None
    days: int | None = None
    run_id: UUID | None = None
    template_ids: tuple[UUID, ...] = ()
    dry_run: bool = False
    json: bool = False


def _shown(value: object) -> str:
    """The user's value as it may be echoed: printable characters only, and not too long."""
    shown = "".join(ch if ch.isprintable() else "?" for ch in str(value))
    return shown if len(shown) <= 60 else shown[:59] + "…"


def _bad(source: str, **params: object) -> BadArgument:
    return BadArgument(Message(CONTEXT, source, {key: _shown(value) for key, value in params.items()}))


def _day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise _bad(
            QT_TRANSLATE_NOOP("Cli", "{option} needs a date written YYYY-MM-DD, not “{value}”."),
            option=option,
            value=value,
        ) from None


def _uuid(value: str, source: str) -> UUID:
    try:
        return UUID(value.strip())
    except ValueError:
        raise _bad(source, value=value) from None


def _days(value: str | None) -> int | None:
    if value is None:
        return None
    if not value.strip().isdigit() or not 1 <= int(value) <= MAX_DAYS:
        raise _bad(
            QT_TRANSLATE_NOOP("Cli", "--days needs a whole number of days from 1 to {most}, not “{value}”."),
            most=MAX_DAYS,
            value=value,
        )
    return int(value)


def _mode(args: argparse.Namespace) -> str:
    chosen = [name for name, given in (("undo", args.undo), ("reset", args.reset_from), ("runs", args.runs)) if given]
    if len(chosen) > 1:
        raise _bad(QT_TRANSLATE_NOOP("Cli", "Choose one of --undo, --reset-from and --runs."))
    if args.templates and not args.reset_from:
        raise _bad(QT_TRANSLATE_NOOP("Cli", "--templates goes with --reset-from D."))
    return chosen[0] if chosen else "weekly"


def _template_ids(value: str | None) -> tuple[UUID, ...]:
    parts = [part for part in (value or "").split(",") if part.strip()]
    if not parts:
        raise _bad(QT_TRANSLATE_NOOP("Cli", "Name the templates to reset with --templates ID,ID,…"))
    source = QT_TRANSLATE_NOOP("Cli", "“{value}” is not a template id.")
    return tuple(dict.fromkeys(_uuid(part, source) for part in parts))


def read_request(args: argparse.Namespace) -> GenerateRequest:
    """The request the arguments make, or `BadArgument` naming the first mistake."""
    mode = _mode(args)
    dry_run, as_json = bool(args.dry_run), bool(args.json)
    if mode == "runs":
        return GenerateRequest("runs", dry_run=dry_run, json=as_json)
    days = _days(args.days)
    if mode == "undo":
        run_id = _uuid(args.undo, QT_TRANSLATE_NOOP("Cli", "“{value}” is not a generation run id."))
        return GenerateRequest("undo", run_id=run_id, dry_run=dry_run, json=as_json)
    if mode == "reset":
        start = _day(args.reset_from, "--reset-from")
        templates = _template_ids(args.templates)
        return GenerateRequest("reset", start, days, template_ids=templates, dry_run=dry_run, json=as_json)
    first = _day(args.first, "--from") if args.first else None
    return GenerateRequest("weekly", first=first, days=days, dry_run=dry_run, json=as_json)
