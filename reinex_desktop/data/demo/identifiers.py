"""Identifiers that real forms validate: Israeli ID numbers, mobile numbers, e-mails, colors.

Demo data that fails the app's own validation (a bad ID check digit, a landline where a WhatsApp
number is expected) would make the demo lie about the product, so every value here is generated
to pass the same checks the app applies to typed input.
"""

from __future__ import annotations

import colorsys
import random

import phonenumbers
from stdnum import luhn

#: Israeli mobile operators' prefixes (050 Pelephone, 052 Cellcom, 053 Hot, 054 Partner, 055, 058).
MOBILE_PREFIXES = ("50", "52", "53", "54", "55", "58")

#: Reserved for documentation (RFC 2606), so a demo message can never reach a real inbox.
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")


class UniqueDraw:
    """Draws values from a generator function until one has not been handed out before."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def take(self, value: str) -> bool:
        if value in self.seen:
            return False
        self.seen.add(value)
        return True


def national_id(rng: random.Random, used: UniqueDraw) -> str:
    """A 9-digit teudat zehut whose last digit is the Luhn check digit, never repeated."""
    while True:
        body = f"{rng.randrange(1, 4)}{rng.randrange(10**7):07d}"
        value = body + luhn.calc_check_digit(body)
        if used.take(value):
            return value


def mobile_phone(rng: random.Random, used: UniqueDraw) -> str:
    """A valid Israeli mobile number in E.164 (`+9725XXXXXXXX`), as the app stores phones."""
    while True:
        value = f"+972{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10**7):07d}"
        if phonenumbers.is_valid_number(phonenumbers.parse(value)) and used.take(value):
            return value


def email(rng: random.Random, first: str, last: str, used: UniqueDraw) -> str:
    """`first.last@example.org`, with a number added when the plain form is taken."""
    base = f"{first}.{last}".replace(" ", "").lower()
    domain = rng.choice(EMAIL_DOMAINS)
    candidate = f"{base}@{domain}"
    while not used.take(candidate):
        candidate = f"{base}{rng.randrange(2, 99)}@{domain}"
    return candidate


def distinct_colors(count: int, rng: random.Random) -> list[str]:
    """`count` different `#rrggbb` colors spread around the hue circle (golden-ratio steps).

    Instructor colors must be unique (the web app enforces it) and readable behind white text.
    """
    colors: list[str] = []
    hue = rng.random()
    while len(colors) < count:
        hue = (hue + 0.618033988749895) % 1.0
        lightness = 0.38 + 0.12 * ((len(colors) // 7) % 3) / 2
        red, green, blue = colorsys.hls_to_rgb(hue, lightness, 0.62)
        color = f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"
        if color not in colors:
            colors.append(color)
    return colors
