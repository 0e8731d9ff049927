"""The schema report tells ready, upgrade needed, incompatible and login problems apart (pure rules)."""

from __future__ import annotations

from reinex_desktop.domain.schema_report import Finding, Reason, SchemaReport, SchemaState

VIEW = Finding("commitment_balances.remaining_balance", Reason.VIEW_SHAPE)
HIDDEN = Finding("lesson_instances", Reason.NO_ROWS)


def test_each_state_by_what_the_report_holds() -> None:
    assert SchemaReport().state is SchemaState.READY and SchemaReport().ok
    assert SchemaReport(missing_feed=("lesson_instances: trigger reinex_sync_capture",)).state is (
        SchemaState.UPGRADE_NEEDED
    )
    assert SchemaReport(missing_access=("audit_events: grants for app_user",)).state is SchemaState.UPGRADE_NEEDED
    assert SchemaReport(findings=(HIDDEN,), login="d").state is SchemaState.ACCESS_DENIED
    # What is in the way matters most; then what the upgrade adds; then the login.
    both = SchemaReport(missing_tables=("audit_events",), findings=(HIDDEN, VIEW), login="d")
    assert both.state is SchemaState.INCOMPATIBLE and not both.ok


def test_every_problem_is_a_sentence_and_the_upgrade_names_the_command() -> None:
    report = SchemaReport(missing_tables=("audit_events",), findings=(HIDDEN, VIEW), login="desk2")
    texts = [message.render() for message in report.messages()]
    assert len(texts) == 3
    assert "commitment_balances.remaining_balance" in texts[0]
    assert "audit_events" in texts[1] and "reinex-desktop schema apply --database-url URL" in texts[1]
    assert "desk2" in texts[2] and "lesson_instances" in texts[2] and "app_user" in texts[2]
    assert report.message().render() == texts[0]


def test_a_stored_report_reads_back_and_an_old_one_still_reads() -> None:
    report = SchemaReport(("a",), ("b.c",), ("t: trigger",), ("x: grants for app_user",), (HIDDEN, VIEW), "desk")
    assert SchemaReport.from_dict(report.as_dict()) == report
    assert SchemaReport.from_dict({"missing_tables": ["a"], "missing_columns": []}) == SchemaReport(("a",))
