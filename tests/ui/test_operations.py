"""Background operations on the app's real qasync loop: off the GUI thread, failures told, writes one at a time."""

from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reinex_desktop.domain.text import DomainError, Message
from reinex_desktop.ui.background import Operation, running_operations
from tests.ui.conftest import RunningLoop


def _failure_box(parent: QWidget) -> QMessageBox | None:
    return parent.findChild(QMessageBox, "operationFailure")


def _widget(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_work_runs_off_the_gui_thread_and_the_callback_on_it(
    qtbot: QtBot, hebrew_app: QApplication, running_loop: RunningLoop
) -> None:
    parent = _widget(qtbot)
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["work"] = threading.get_ident()
        return 42

    results: list[int] = []

    def done(value: int) -> None:
        seen["callback"] = threading.get_ident()
        results.append(value)

    Operation(parent, work).success(done).run()
    assert results == [], "nothing ran yet: the operation is a task waiting for the loop"
    running_loop.until(lambda: results == [42])
    assert seen["work"] != gui and seen["callback"] == gui


def test_a_refusal_is_shown_in_its_own_translated_words(
    qtbot: QtBot, hebrew_app: QApplication, running_loop: RunningLoop
) -> None:
    parent = _widget(qtbot)

    def refuse() -> None:
        raise DomainError(Message("CalendarPrompts", "Not saved"))

    Operation(parent, refuse).run()
    running_loop.until(lambda: _failure_box(parent) is not None)
    box = _failure_box(parent)
    assert box is not None and box.text() == "לא נשמר"


def test_an_unexpected_failure_reads_as_one_sentence_without_its_raw_text(
    qtbot: QtBot, hebrew_app: QApplication, running_loop: RunningLoop
) -> None:
    parent = _widget(qtbot)

    def crash() -> None:
        raise RuntimeError('psycopg.errors.UndefinedTable: relation "x" does not exist')

    Operation(parent, crash).run()
    running_loop.until(lambda: _failure_box(parent) is not None)
    box = _failure_box(parent)
    assert box is not None
    assert "psycopg" not in box.text() and "Traceback" not in box.text()
    assert box.text() == "משהו השתבש והפעולה לא הושלמה. אפשר לנסות שוב."


def test_progress_reaches_the_dialog_and_the_starting_button_waits(
    qtbot: QtBot, hebrew_app: QApplication, running_loop: RunningLoop
) -> None:
    parent = _widget(qtbot)
    button = QPushButton("Apply", parent)
    reported = threading.Event()
    release = threading.Event()

    def long_work() -> str:
        operation.report(3, 10)
        reported.set()
        release.wait(10)
        return "done"

    results: list[str] = []
    operation = Operation(parent, long_work).with_progress("Working…").disabling(button).success(results.append)
    operation.run()
    assert not button.isEnabled()
    running_loop.until(lambda: (dialog := parent.findChild(QProgressDialog)) is not None and dialog.value() == 3)
    dialog = parent.findChild(QProgressDialog, "operationProgress")
    assert dialog is not None and dialog.maximum() == 10
    running_loop.until(dialog.isVisible)  # a long operation shows its dialog
    release.set()
    running_loop.until(lambda: results == ["done"])
    assert button.isEnabled()
    assert running_operations() == 0


def test_two_writes_never_run_at_once(qtbot: QtBot, hebrew_app: QApplication, running_loop: RunningLoop) -> None:
    parent = _widget(qtbot)
    lock = threading.Lock()
    inside = 0
    most = 0
    finished: list[int] = []

    def write(number: int) -> int:
        nonlocal inside, most
        with lock:
            inside += 1
            most = max(most, inside)
        time.sleep(0.03)
        with lock:
            inside -= 1
        return number

    for number in range(4):
        Operation(parent, lambda n=number: write(n), write=True).success(finished.append).run()
    running_loop.until(lambda: len(finished) == 4)
    assert most == 1
    assert finished == [0, 1, 2, 3], "writes are applied in the order the desk made them"


def test_a_screen_closed_meanwhile_hears_nothing(
    qtbot: QtBot, hebrew_app: QApplication, running_loop: RunningLoop
) -> None:
    parent = QWidget()
    heard: list[object] = []
    Operation(parent, lambda: 1).success(heard.append).failure(heard.append).run()
    shiboken6.delete(parent)
    running_loop.until(lambda: running_operations() == 0)
    assert heard == []
