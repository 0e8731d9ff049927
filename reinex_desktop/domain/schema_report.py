"""What a tenant database lacks, said once and clearly ("schema upgrade required")."""

from __future__ import annotations

from dataclasses import dataclass

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "SchemaReport"


@dataclass(frozen=True, slots=True)
class SchemaReport:
    missing_tables: tuple[str, ...] = ()
    missing_columns: tuple[str, ...] = ()  # "table.column"

    @property
    def ok(self) -> bool:
        return not self.missing_tables and not self.missing_columns

    @property
    def missing(self) -> tuple[str, ...]:
        return self.missing_tables + self.missing_columns

    def message(self) -> Message:
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "SchemaReport",
                "Schema upgrade required. The database lacks: {missing}. "
                "To fix it, run: reinex-desktop schema apply --database-url URL",
            ),
            {"missing": ", ".join(self.missing)},
        )


class SchemaUpgradeRequired(DomainError):
    def __init__(self, report: SchemaReport) -> None:
        super().__init__(report.message(), code="schema_upgrade_required")
        self.report = report
