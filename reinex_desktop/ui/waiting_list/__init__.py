"""The waiting list section (REQUIREMENTS screen 7): open entries, their matches, and booking a match."""

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP

SECTION_TITLE = QT_TRANSLATE_NOOP("Sections", "Waiting list")
