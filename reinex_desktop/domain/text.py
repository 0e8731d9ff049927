"""Translatable text for a domain that cannot import Qt.

`QT_TRANSLATE_NOOP` marks a source string for `pyside6-lupdate` and returns it unchanged; the
user interface translates a `Message` with `QCoreApplication.translate(context, text)` at display
time and fills its placeholders afterwards, so Hebrew word order is the translator's to choose.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; the marker itself changes nothing."""
    return text


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence in English source form, its translation context and its placeholders."""

    context: str
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Any = None) -> str:
        """Return the sentence, translated by `translate(context, text)` when one is given."""
        source = translate(self.context, self.text) if translate else self.text
        if not self.params:
            return source
        # A placeholder may itself be a sentence (the name of an action), translated the same way.
        params = {k: v.render(translate) if isinstance(v, Message) else v for k, v in self.params.items()}
        return source.format(**params)


class DomainError(Exception):
    """A rule refused an operation; carries a translatable message and changes nothing."""

    def __init__(self, message: Message, *, code: str = "rule_violation") -> None:
        super().__init__(message.render())
        self.message = message
        self.code = code
