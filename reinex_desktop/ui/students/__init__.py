"""The students screens: the roster section, the student profile, the editors and the CSV import.

Other screens open a student's profile with::

    from reinex_desktop.ui.students import open_student
    dialog = open_student(context, student_id, parent)   # a non-modal StudentProfileDialog, shown

`StudentProfileDialog(context, student_id, parent)` is the dialog itself; its signal
`student_requested(UUID)` asks to open another student (e.g. the owner of a duplicate ID number),
which `open_student` wires to open that profile too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from reinex_desktop.services.context import AppContext
    from reinex_desktop.ui.students.profile_dialog import StudentProfileDialog

#: The roster's title in the main window's navigation ("Sections" context).
SECTION_TITLE = QT_TRANSLATE_NOOP("Sections", "Students")


def open_student(context: AppContext, student_id: UUID, parent: QWidget | None = None) -> StudentProfileDialog:
    """Open (and show) the profile of `student_id`; see `profile_dialog.open_student`."""
    from reinex_desktop.ui.students.profile_dialog import open_student as _open

    return _open(context, student_id, parent)
