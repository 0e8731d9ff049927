"""Characters a student file must not carry, and numbers written the way people write them.

Names are read aloud, printed and shown in right-to-left screens: a control character or a
bidirectional override inside one hides or reorders text (a name that displays as another), so the
import refuses them. Numbers: `12,5` is 12.5 (a decimal comma), `1,250.00` is 1250; a lone group
such as `1,250` could be either and is refused; exponents (`1e28`) are not amounts.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

#: Embeddings and overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\t\n\r")

_PLAIN = re.compile(r"^-?\d+(\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^-?\d+,\d{1,2}$")
_GROUPED_WITH_POINT = re.compile(r"^-?\d{1,3}(,\d{3})+\.\d+$")
_MANY_GROUPS = re.compile(r"^-?\d{1,3}(,\d{3}){2,}$")
_ONE_GROUP = re.compile(r"^-?\d{1,3},\d{3}$")


def hidden_characters(value: str, *, allow_line_breaks: bool = False) -> list[str]:
    """The control and bidirectional-override characters in `value`, as U+XXXX names."""
    found = []
    for char in value:
        if allow_line_breaks and char in _LINE_BREAKS:
            continue
        if unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS:
            found.append(f"U+{ord(char):04X}")
    return found


def visible(value: str) -> str:
    """`value` safe to echo in a message or on a terminal: hidden characters shown as U+XXXX."""
    return "".join(
        f"<U+{ord(char):04X}>" if unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS else char
        for char in value
    )


class AmbiguousNumber(ValueError):
    """`1,250`: a thousands separator or a decimal comma? The file must say."""


def read_amount(text: str) -> Decimal | None:
    """A number as people write it (see the module docstring); None when it is not one.

    Raises `AmbiguousNumber` for a single comma group such as `1,250`."""
    value = text.replace("₪", "").replace("\u200f", "").replace("\u200e", "").strip()
    if _DECIMAL_COMMA.match(value) and not _ONE_GROUP.match(value):
        value = value.replace(",", ".")
    elif _GROUPED_WITH_POINT.match(value) or _MANY_GROUPS.match(value):
        value = value.replace(",", "")
    elif _ONE_GROUP.match(value):
        raise AmbiguousNumber(value)
    if not _PLAIN.match(value):
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        return None
