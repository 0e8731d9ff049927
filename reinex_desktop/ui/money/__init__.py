"""Money screens: commitments (opened from the student profile) and the payroll section."""

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP

#: The payroll section's title, in the "Sections" context of the navigation list.
PAYROLL_SECTION_TITLE = QT_TRANSLATE_NOOP("Sections", "Payroll")
