"""The settings section (Owner/Admin): hours, closures, charging rules, messages, scheduling, colors."""

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP

#: The settings section's title, in the "Sections" context of the navigation list.
SETTINGS_SECTION_TITLE = QT_TRANSLATE_NOOP("Sections", "Settings")
