"""The day calendar grid and the managers' week view (REQUIREMENTS screens 1–2).

`DayCalendarView` (section "day", the first one) and `WeekCalendarView` (section "week", managers);
both offer `show_date(date)` for `reinex-desktop --view day|week --date D`.
"""

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP

#: The sections' titles in the main window's navigation ("Sections" context).
DAY_SECTION_TITLE = QT_TRANSLATE_NOOP("Sections", "Day calendar")
WEEK_SECTION_TITLE = QT_TRANSLATE_NOOP("Sections", "Week")
