"""Dates as a family reads them in a Hebrew message: day name, date, and the Hebrew calendar date."""

from __future__ import annotations

from datetime import date

from pyluach import dates

from reinex_desktop.domain.clinic_time import day_of_week

#: 0 = Sunday … 6 = Saturday ("יום ראשון" … "שבת").
HEBREW_DAY_NAMES = ("ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת")
ENGLISH_DAY_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def hebrew_day(day: date) -> str:
    """ "יום שלישי", or "שבת" for Saturday."""
    name = HEBREW_DAY_NAMES[day_of_week(day)]
    return name if name == "שבת" else f"יום {name}"


def numeric_date(day: date) -> str:
    """The Israeli way: day.month.year ("24.11.2026")."""
    return f"{day.day}.{day.month}.{day.year}"


def hebrew_calendar_date(day: date) -> str:
    """The date in the Hebrew calendar ("י״ג כסלו תשפ״ז"), from `pyluach`."""
    return str(dates.GregorianDate(day.year, day.month, day.day).to_heb().hebrew_date_string())
