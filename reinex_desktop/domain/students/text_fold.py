"""Folding text and phone numbers into the form the roster search compares.

Hebrew is typed with or without niqqud, with final or regular letter forms (a name cut short
while typing ends in a regular letter: "כה" for "כהן"), with a geresh or an apostrophe
("ג׳ורג׳", "ג'ורג'"); Latin names come in any case and with or without accents. Folding removes
all of those differences so that a plain substring test decides a match.
"""

from __future__ import annotations

import re
import unicodedata

#: Final letters and their regular forms: ך→כ, ם→מ, ן→נ, ף→פ, ץ→צ.
FINAL_LETTERS = str.maketrans({"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"})

#: Combining marks left by NFD: Latin accents, Hebrew niqqud and cantillation, Arabic harakat.
_MARKS = re.compile("[\u0300-\u036f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u065f\u0670]")
#: Quote marks that appear inside names and abbreviations and are dropped, not split on.
_QUOTES = re.compile("['`\u2018\u2019\u05f3\u05f4\"\u201c\u201d]")
#: Anything that is not a letter or a digit separates words (hyphen, maqaf U+05BE, dots, commas).
_SEPARATORS = re.compile(r"[^\w]+|_")
#: Separators typed inside phone numbers: "050-123 4567", "(050) 1234567", "050.123.4567".
_DIGIT_GAPS = re.compile(r"(?<=\d)[\s\-\u2013\u05be./()]+(?=\d)")


def fold(text: str) -> str:
    """Lower-case, unaccented, niqqud-free, regular-letter words separated by single spaces."""
    bare = _MARKS.sub("", unicodedata.normalize("NFD", text.casefold()))
    bare = _QUOTES.sub("", bare.translate(FINAL_LETTERS))
    return " ".join(_SEPARATORS.sub(" ", bare).split())


def join_digit_groups(text: str) -> str:
    """Glue digit groups typed with separators into one number ("050-123 4567" → "0501234567")."""
    return _DIGIT_GAPS.sub("", text.replace("+", " "))


def national_digits(digits: str) -> str:
    """Israeli digits in their national form: a leading country code 972 becomes a trunk 0."""
    if digits.startswith("972"):
        return "0" + digits[3:]
    return digits


def phone_digits(phone: str) -> str:
    """The digits of a stored phone in national form ("+972501234567" → "0501234567")."""
    return national_digits("".join(char for char in phone if char.isdigit()))
