"""Weekly generation screens: the diff preview with apply / undo / report and reset forward, and
the weekly templates with their "from date X onward" versions and per-date overrides."""

from __future__ import annotations

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP

#: Titles in the main window's navigation ("Sections" context).
GENERATION_SECTION_TITLE = QT_TRANSLATE_NOOP("Sections", "Weekly generation")
TEMPLATES_SECTION_TITLE = QT_TRANSLATE_NOOP("Sections", "Weekly templates")
