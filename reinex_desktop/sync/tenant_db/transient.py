"""Which database failures pass by themselves, by SQLSTATE class (never by the error's text).

A deadlock, a serialization failure, a lock or statement timeout, a lost connection or a server
shutting down says nothing about the write: sent again, it is applied or meets a conflict. Only a
rule (a handler's refusal, a constraint) may turn a write into a rejection.
"""

from __future__ import annotations

import psycopg

#: SQLSTATE classes (first two characters) and codes of transient failures (PostgreSQL, appendix A).
_TRANSIENT_CLASSES = frozenset(
    {
        "40",  # transaction rollback: serialization failure, deadlock detected
        "08",  # connection exception: the connection was lost or refused
        "53",  # insufficient resources: out of connections, memory, disk
        "57",  # operator intervention: statement timeout or cancel, admin shutdown, cannot connect now
    }
)
_TRANSIENT_CODES = frozenset({"55P03", "55006", "25P03"})  # lock not available, object in use, idle timeout
#: Of those, the ones that mean "others were writing the same rows": try again shortly.
_CONTENTION_CLASSES = frozenset({"40"})
_CONTENTION_CODES = frozenset({"55P03"})


def _driver_error(error: BaseException) -> BaseException:
    return getattr(error, "orig", None) or error


def sqlstate(error: BaseException) -> str | None:
    value = getattr(_driver_error(error), "sqlstate", None)
    return str(value) if value else None


def is_transient(error: BaseException) -> bool:
    """True for a failure that retrying the same write can get past (see the module docstring)."""
    code = sqlstate(error)
    if code is None:
        # libpq's own failures (connection refused, closed unexpectedly) carry no SQLSTATE.
        return isinstance(_driver_error(error), psycopg.OperationalError)
    return code[:2] in _TRANSIENT_CLASSES or code in _TRANSIENT_CODES


def is_contention(error: BaseException) -> bool:
    """True for a deadlock, a serialization failure or a lock that could not be had in time."""
    code = sqlstate(error)
    return code is not None and (code[:2] in _CONTENTION_CLASSES or code in _CONTENTION_CODES)
