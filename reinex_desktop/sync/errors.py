"""Why a backend could not be reached or refused to serve: the problems a sync status names.

`BackendUnavailable` is transient (network down, timeout, 5xx, a garbled answer): the pusher and
puller retry it on a timer with backoff, by themselves. `BackendRefused` needs a person (the token
expired, the user is not a member, the tenant schema needs an upgrade): retried rarely, and shown.
Neither ever loses a queued write.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reinex_desktop.domain.sync.status import TRANSIENT_PROBLEMS, Problem

__all__ = ["BackendError", "BackendRefused", "BackendUnavailable", "Problem", "backend_error"]


class BackendError(Exception):
    def __init__(self, problem: Problem, detail: str = "", *, body: Mapping[str, Any] | None = None) -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail
        #: The backend's answer, when it gave one (e.g. the `details` of a 424).
        self.body = dict(body or {})

    @property
    def transient(self) -> bool:
        return self.problem in TRANSIENT_PROBLEMS


class BackendUnavailable(BackendError):
    """The backend could not be asked or gave no usable answer; try again later."""


class BackendRefused(BackendError):
    """The backend answered, and the answer needs a person before anything can move."""


def backend_error(problem: Problem, detail: str = "") -> BackendError:
    cls = BackendUnavailable if problem in TRANSIENT_PROBLEMS else BackendRefused
    return cls(problem, detail)
