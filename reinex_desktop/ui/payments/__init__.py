"""The desk's cash register: take a payment, void one, and the family account tab."""

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP

REGISTER_SECTION_TITLE = QT_TRANSLATE_NOOP("Sections", "Cash register")
