"""The "Confirmations" section: the next business day's families, asked and answered in one pass."""

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP

SECTION_TITLE = QT_TRANSLATE_NOOP("Sections", "Confirmations")
