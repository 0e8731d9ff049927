"""Every table of the tenant schema, gathered on one metadata."""

from reinex_desktop.data.base import Base
from reinex_desktop.data.tables_catalog import CapabilityRow, InstructorProfileRow
from reinex_desktop.data.tables_forms import FormRow, FormSubmissionRow, OtpChallengeRow, WaitingListRow
from reinex_desktop.data.tables_money import (
    COMMITMENT_BALANCES_READ,
    COMMITMENT_BALANCES_SELECT,
    COMMITMENT_BALANCES_VIEW,
    CommitmentRow,
    ConsumptionRow,
    EarningRow,
    commitment_balances,
)
from reinex_desktop.data.tables_payments import PaymentAllocationRow, PaymentRow
from reinex_desktop.data.tables_people import GuardianRow, StudentGuardianRow, StudentRow
from reinex_desktop.data.tables_schedule import (
    GenerationRunRow,
    InstanceRow,
    OverrideRow,
    ParticipantRow,
    TemplateRow,
)
from reinex_desktop.data.tables_shared import Employee, RateHistoryRow, ServiceRow, SettingRow, WorkSessionRow
from reinex_desktop.data.tables_sync import UNFED_TABLES, SyncChangeRow, SyncFeedStateRow
from reinex_desktop.data.tables_system import AppliedMutationRow, AuditEventRow

metadata = Base.metadata

__all__ = [
    "COMMITMENT_BALANCES_READ",
    "COMMITMENT_BALANCES_SELECT",
    "COMMITMENT_BALANCES_VIEW",
    "UNFED_TABLES",
    "AppliedMutationRow",
    "AuditEventRow",
    "Base",
    "CapabilityRow",
    "CommitmentRow",
    "ConsumptionRow",
    "EarningRow",
    "Employee",
    "FormRow",
    "FormSubmissionRow",
    "GenerationRunRow",
    "GuardianRow",
    "InstanceRow",
    "InstructorProfileRow",
    "OtpChallengeRow",
    "OverrideRow",
    "ParticipantRow",
    "PaymentAllocationRow",
    "PaymentRow",
    "RateHistoryRow",
    "ServiceRow",
    "SettingRow",
    "StudentGuardianRow",
    "StudentRow",
    "SyncChangeRow",
    "SyncFeedStateRow",
    "TemplateRow",
    "WaitingListRow",
    "WorkSessionRow",
    "commitment_balances",
    "metadata",
]
