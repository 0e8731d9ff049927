"""Translated, clear output for command-line runs; database trouble becomes a sentence, not a traceback."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from reinex_desktop.domain.text import Message

_app = None


def use_language(language: str) -> None:
    """Load the translations on a headless QCoreApplication so commands speak the user's language."""
    global _app
    from PySide6.QtCore import QCoreApplication

    from reinex_desktop.i18n import install_language

    _app = QCoreApplication.instance() or QCoreApplication([])
    install_language(_app, language)


def text(message: Message) -> str:
    from PySide6.QtCore import QCoreApplication

    return message.render(QCoreApplication.translate)


def translated(context: str, source: str, **params: object) -> str:
    from PySide6.QtCore import QCoreApplication

    translated = QCoreApplication.translate(context, source)
    return translated.format(**params) if params else translated


#: Embeddings and overrides reorder what follows them on a terminal; isolates and marks are kept.
_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e")


def terminal_safe(line: str) -> str:
    """`line` without terminal escape codes or bidi overrides (names from a file, a URL typed in)."""
    return "".join(
        f"<U+{ord(ch):04X}>" if (unicodedata.category(ch) == "Cc" and ch not in "\n\t") or ch in _OVERRIDES else ch
        for ch in line
    )


def say(line: str) -> None:
    print(terminal_safe(line))


def fail(line: str) -> int:
    print(terminal_safe(line), file=sys.stderr)
    return 2


@contextmanager
def database_errors(report: Callable[[str], int]) -> Iterator[None]:
    """Turn an unreachable or refusing database into one clear line and exit code 2."""
    from sqlalchemy.exc import SQLAlchemyError

    from reinex_desktop.domain.text import QT_TRANSLATE_NOOP

    try:
        yield
    except SQLAlchemyError as error:
        lines = str(getattr(error, "orig", None) or error).strip().splitlines()
        reason = "".join(ch if ch.isprintable() else "?" for ch in (lines[0] if lines else type(error).__name__))
        source = QT_TRANSLATE_NOOP("Cli", "Cannot use the database: {reason}")
        raise SystemExit(report(translated("Cli", source, reason=reason))) from None
