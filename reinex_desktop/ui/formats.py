"""How every screen writes dates, times and money: Qt's own locale (he_IL or en_IL), one format each.

- `long_date`: "יום חמישי, 3 בדצמבר 2026" / "Thursday, 3 December 2026" (headers, titles).
- `short_date`: "3.12.2026" / "03/12/2026" (tables and sentences), kept left-to-right in Hebrew text.
- `clock_time`: "09:05", 24-hour, kept left-to-right.
- `money`: "‏1,234.50 ‏₪" / "₪1,234.50", from `QLocale.toCurrencyString`.
- `qdate` / `pydate`: between Python dates and `QDate`.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDateEdit, QLineEdit

from reinex_desktop.ui.labels import isolate_ltr


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    day = value.toPython()
    assert isinstance(day, date)
    return day


def long_date(day: date) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def short_date(day: date) -> str:
    return isolate_ltr(QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat))


def clock_time(at: time) -> str:
    return isolate_ltr(QLocale().toString(QTime(at.hour, at.minute), "HH:mm"))


def money(amount: Decimal) -> str:
    return QLocale().toCurrencyString(float(amount))


def long_date_format() -> str:
    """The display format of a date picker that shows the weekday: the locale's long date."""
    return QLocale().dateFormat(QLocale.FormatType.LongFormat)


def short_date_format() -> str:
    """The display format of a date typed by hand (a birth date, an expiry)."""
    return QLocale().dateFormat(QLocale.FormatType.ShortFormat)


def use_long_date(edit: QDateEdit) -> None:
    """A date picker showing the weekday: "יום ראשון, 6 בדצמבר 2026". Qt reverses the sections of a
    right-to-left date edit (which breaks "ב6 דצמבר"), so the edit itself runs left to right and only
    its text field follows the language's direction."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(long_date_format())
    field = edit.findChild(QLineEdit)
    if field is not None:
        field.setLayoutDirection(QGuiApplication.layoutDirection())


def use_short_date(edit: QDateEdit) -> None:
    """A date typed by hand: the locale's short format, read left to right as digits are (never
    mirrored into "2026.12.5" in a right-to-left window)."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # first: Qt reverses the sections of a RTL edit
    edit.setDisplayFormat(short_date_format())
