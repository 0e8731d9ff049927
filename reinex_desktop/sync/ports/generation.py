"""Reads of weekly generation: the engine's snapshot, generation runs, and undo / reset candidates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol
from uuid import UUID

from reinex_desktop.domain.generation.plan import Snapshot
from reinex_desktop.domain.generation.runs import GenerationRun
from reinex_desktop.domain.generation.safety import RemovalCandidate
from reinex_desktop.domain.lessons import TemplateOverride


class GenerationReads(Protocol):
    def generation_snapshot(self, first: date, last: date) -> Snapshot:
        """Every template version, the overrides of the range, the lessons that start in it or stand
        for a date in it (with participants), capabilities and settings — read in one transaction."""
        ...

    def generation_runs(self, *, limit: int = 20) -> list[GenerationRun]:
        """The latest runs, newest first."""
        ...

    def generation_run(self, run_id: UUID) -> GenerationRun | None: ...

    def undo_candidates(self, run_id: UUID) -> list[RemovalCandidate]:
        """Lessons created by the run, and participants it seated in other lessons, with what links to them."""
        ...

    def reset_candidates(self, first: date, last: date, template_ids: Sequence[UUID]) -> list[RemovalCandidate]:
        """Generated lessons of these series (every version) starting from `first` to `last` included."""
        ...

    def template_overrides(self, template_id: UUID) -> list[TemplateOverride]:
        """The per-date overrides of a series (every version), by date."""
        ...
