"""Faults a test can switch on to see how the desktop copes: errors, garbage, stalls, lost answers.

Off unless a test (or someone trying the server by hand) sets them on `app.state.faults`.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field


@dataclass
class Fault:
    #: HTTP status to answer with (e.g. 503, 500, 401), or None for a normal answer.
    status: int | None = None
    #: Answer with a body that is not JSON.
    garbage: bool = False
    #: Answer with exactly these bytes (b"" for an empty body), status `status` or 200.
    raw: bytes | None = None
    #: Sleep this long before answering (a timeout for a client that waits less).
    delay: float = 0.0
    #: Apply the mutation, then sleep `delay` before answering: the client never hears the verdict.
    after_apply: bool = False
    #: Only for paths starting with this.
    path_prefix: str = "/api/"
    #: How many requests it hits (None: until `until` or cleared).
    remaining: int | None = None
    #: Epoch seconds after which it is over.
    until: float | None = None
    body: dict[str, object] = field(default_factory=dict)


class FaultPlan:
    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self.hits = 0

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, path: str, *, after_apply: bool = False) -> Fault | None:
        """The fault that hits this request now, counting it down."""
        now = time.time()
        with self._lock:
            self._faults = [
                f
                for f in self._faults
                if (f.remaining is None or f.remaining > 0) and (f.until is None or f.until > now)
            ]
            for fault in self._faults:
                if fault.after_apply == after_apply and path.startswith(fault.path_prefix):
                    if fault.remaining is not None:
                        fault.remaining -= 1
                    self.hits += 1
                    return fault
        return None
