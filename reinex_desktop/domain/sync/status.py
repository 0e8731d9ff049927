"""The sync status shown in the status bar (REQUIREMENTS "Sync status always visible").

A small state machine's output: online, syncing, offline (the backend cannot be reached — writes
wait in the outbox), blocked (the backend answered and needs a person: sign in again, membership,
schema upgrade), conflict (changes came back as conflicts or rejections to resolve), or local (the
embedded database: nothing to send).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message

CONTEXT = "SyncStatus"


class SyncState(StrEnum):
    LOCAL = "local"
    ONLINE = "online"
    SYNCING = "syncing"
    OFFLINE = "offline"
    BLOCKED = "blocked"
    CONFLICT = "conflict"
    WRITES_FAILING = "writes_failing"  # reads work; the server does not accept the waiting writes


class Problem(StrEnum):
    """Why the backend could not be used; each has one sentence for the user."""

    UNREACHABLE = "unreachable"
    TIMEOUT = "timeout"
    SERVER_ERROR = "server_error"
    BAD_RESPONSE = "bad_response"
    UNAUTHORIZED = "unauthorized"
    FORBIDDEN = "forbidden"
    SCHEMA_UPGRADE_REQUIRED = "schema_upgrade_required"
    FEED_MISSING = "feed_missing"
    BAD_REQUEST = "bad_request"
    BUSY = "busy"  # other workstations held the same rows (deadlock, serialization, lock timeout)


#: Problems that pass by themselves; the others need a person.
TRANSIENT_PROBLEMS = frozenset(
    {Problem.UNREACHABLE, Problem.TIMEOUT, Problem.SERVER_ERROR, Problem.BAD_RESPONSE, Problem.BUSY}
)

PROBLEM_TEXT: dict[Problem, str] = {
    Problem.UNREACHABLE: QT_TRANSLATE_NOOP(
        "SyncStatus", "The server cannot be reached. Your changes are kept and will be sent when it is back."
    ),
    Problem.TIMEOUT: QT_TRANSLATE_NOOP(
        "SyncStatus", "The server did not answer in time. Your changes are kept and will be sent automatically."
    ),
    Problem.SERVER_ERROR: QT_TRANSLATE_NOOP(
        "SyncStatus", "The server reported an error. Your changes are kept and will be sent automatically."
    ),
    Problem.BAD_RESPONSE: QT_TRANSLATE_NOOP(
        "SyncStatus", "The server sent an answer that could not be read. Your changes are kept; trying again."
    ),
    Problem.UNAUTHORIZED: QT_TRANSLATE_NOOP(
        "SyncStatus", "Sign-in was refused or has expired. Enter the password or token again in Connection."
    ),
    Problem.FORBIDDEN: QT_TRANSLATE_NOOP(
        "SyncStatus", "This user is not allowed into this organization. Check the organization in Connection."
    ),
    Problem.SCHEMA_UPGRADE_REQUIRED: QT_TRANSLATE_NOOP(
        "SyncStatus", "The clinic database needs a schema upgrade before changes can be sent."
    ),
    Problem.FEED_MISSING: QT_TRANSLATE_NOOP(
        "SyncStatus", "The clinic database lacks the change log for workstations; a schema upgrade is required."
    ),
    Problem.BAD_REQUEST: QT_TRANSLATE_NOOP(
        "SyncStatus", "The server refused a request from this version of the app. Changes are kept."
    ),
    Problem.BUSY: QT_TRANSLATE_NOOP(
        "SyncStatus", "The server was busy with the same records for another workstation. Trying again shortly."
    ),
}
#: A few words naming the cause, shown in the status item itself ("… (server error)").
PROBLEM_NAME: dict[Problem, str] = {
    Problem.UNREACHABLE: QT_TRANSLATE_NOOP("SyncStatus", "no connection"),
    Problem.TIMEOUT: QT_TRANSLATE_NOOP("SyncStatus", "no answer in time"),
    Problem.SERVER_ERROR: QT_TRANSLATE_NOOP("SyncStatus", "server error"),
    Problem.BAD_RESPONSE: QT_TRANSLATE_NOOP("SyncStatus", "unreadable answer"),
    Problem.UNAUTHORIZED: QT_TRANSLATE_NOOP("SyncStatus", "sign-in refused"),
    Problem.FORBIDDEN: QT_TRANSLATE_NOOP("SyncStatus", "no access"),
    Problem.SCHEMA_UPGRADE_REQUIRED: QT_TRANSLATE_NOOP("SyncStatus", "schema upgrade required"),
    Problem.FEED_MISSING: QT_TRANSLATE_NOOP("SyncStatus", "change log missing"),
    Problem.BAD_REQUEST: QT_TRANSLATE_NOOP("SyncStatus", "request refused"),
    Problem.BUSY: QT_TRANSLATE_NOOP("SyncStatus", "server busy"),
}
_CACHE_REBUILT = QT_TRANSLATE_NOOP(
    "SyncStatus", "The local copy was damaged and has been rebuilt; unsent changes were recovered."
)


@dataclass(frozen=True, slots=True)
class SyncStatus:
    state: SyncState
    #: Writes waiting in the outbox.
    pending: int = 0
    #: Conflicts and rejections waiting for a decision.
    attention: int = 0
    last_sync_at: datetime | None = None
    problem: Problem | None = None
    #: Set by the watchdog when the queue has not moved for a while although the backend answers.
    stuck_since: datetime | None = None
    next_retry_at: datetime | None = None
    #: The local cache file failed its integrity check at start-up and was rebuilt.
    cache_rebuilt: bool = False
    #: Why the last attempt to send the waiting writes failed, while reads may work.
    write_problem: Problem | None = None

    def problem_message(self) -> Message | None:
        problem = self.problem or self.write_problem
        if problem is None:
            return None
        return Message(CONTEXT, PROBLEM_TEXT[problem])

    def cause(self) -> Message | None:
        """A few words naming what is wrong, for the status item itself."""
        problem = self.problem or self.write_problem
        return None if problem is None else Message(CONTEXT, PROBLEM_NAME[problem])

    def notices(self) -> list[Message]:
        """Sentences worth a look beside the problem (shown in the status item's tooltip)."""
        return [Message(CONTEXT, _CACHE_REBUILT)] if self.cache_rebuilt else []


LOCAL_STATUS = SyncStatus(SyncState.LOCAL)
