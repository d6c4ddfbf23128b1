"""Withdrawing a validity check: a reason is required, the check shows Withdrawn and takes no further step, the
withdrawal is audited, and a new check of the same report may then be opened."""

from datetime import date

import pytest
from sqlalchemy import select

from desktop.core.errors import ValidationError, WorkflowError
from desktop.domain.audit.models import AuditEvent
from desktop.domain.reports.standard import Conclusion
from desktop.domain.validity.conclusion import conclude_check
from desktop.domain.validity.models import CheckStatus, Recipient, ValidityCheck
from desktop.domain.validity.service import (
    check_row,
    notices_of,
    open_check,
    record_comment,
    record_receipt,
    send_notice,
)
from desktop.domain.validity.withdrawal import withdraw_check
from tests.domain.sanctions.steps import move_clock_to
from tests.domain.validity.steps import (
    INAPPROPRIATE_REASONS,
    REASON,
    comment_on_all,
    notified_check,
    opened_check,
    short_findings,
)


def test_a_withdrawal_without_a_reason_is_refused_at_its_field_and_changes_nothing(demo_database, demo_actors):
    check_id = opened_check(demo_database, demo_actors)
    with demo_database.transaction() as s, pytest.raises(ValidationError) as refused:
        withdraw_check(s, demo_actors["secretariat"], check_id, "   ")
    assert refused.value.field == "reason" and "why the check is withdrawn" in refused.value.message
    with demo_database.read() as s:
        assert s.get_one(ValidityCheck, check_id).status == CheckStatus.OPEN
        assert s.scalar(select(AuditEvent.id).where(AuditEvent.action == "validity.withdraw")) is None


def test_a_check_whose_notice_deadline_passed_is_withdrawn_and_the_report_checked_anew(demo_database, demo_actors):
    check_id = opened_check(demo_database, demo_actors)
    move_clock_to(date(2026, 12, 10))  # the notices were due by 2026-12-07
    with demo_database.transaction() as s, pytest.raises(WorkflowError, match="can no longer be sent"):
        send_notice(s, demo_actors["secretariat"], check_id, Recipient.INSTITUTE)
    with demo_database.transaction() as s:
        row = withdraw_check(s, demo_actors["secretariat"], check_id, "통지기한(10일) 경과")
    assert row.status == CheckStatus.WITHDRAWN and row.next_step == "Withdrawn"
    assert row.withdrawn_reason == "통지기한(10일) 경과"
    with demo_database.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "validity.withdraw")).one()
        assert event.entity_id == check_id and event.before == {"status": "open"}
        assert event.after == {"status": "withdrawn", "reason": "통지기한(10일) 경과"}
        report_id = s.get_one(ValidityCheck, check_id).report_id
    with demo_database.transaction() as s, pytest.raises(WorkflowError, match="was withdrawn"):
        withdraw_check(s, demo_actors["secretariat"], check_id, "again")
    with demo_database.transaction() as s:
        again = open_check(s, demo_actors["secretariat"], report_id, "ex_officio", "㈜한빛전자", "loan@hanbit.example",
                           REASON)
    assert again.id != check_id and again.status == CheckStatus.OPEN and again.report_id == report_id


def test_no_step_is_taken_on_a_withdrawn_check(demo_database, demo_actors):
    check_id = notified_check(demo_database, demo_actors)
    with demo_database.transaction() as s:
        withdraw_check(s, demo_actors["secretariat"], check_id, "요청기관이 조사 요청을 철회함")
    actor = demo_actors["secretariat"]
    with demo_database.read() as s:
        notice_id = notices_of(s, check_id)[0].id
    for step in (lambda s: record_comment(s, actor, notice_id, "의견", date(2026, 11, 26)),
                 lambda s: record_receipt(s, actor, notice_id, date(2026, 11, 26)),
                 lambda s: conclude_check(s, actor, check_id, short_findings(), Conclusion.INAPPROPRIATE,
                                          INAPPROPRIATE_REASONS)):
        with demo_database.transaction() as s, pytest.raises(WorkflowError, match="was withdrawn"):
            step(s)
    with demo_database.read() as s:
        assert check_row(s, actor, check_id).status == CheckStatus.WITHDRAWN
        assert all(n.commented_on is None for n in notices_of(s, check_id))


def test_a_concluded_check_cannot_be_withdrawn(demo_database, demo_actors):
    check_id = notified_check(demo_database, demo_actors)
    move_clock_to(date(2026, 11, 27))
    comment_on_all(demo_database, demo_actors, check_id)
    with demo_database.transaction() as s:
        conclude_check(s, demo_actors["secretariat"], check_id, short_findings(), Conclusion.INAPPROPRIATE,
                       INAPPROPRIATE_REASONS)
    with demo_database.transaction() as s, pytest.raises(WorkflowError, match="is concluded"):
        withdraw_check(s, demo_actors["secretariat"], check_id, "철회")
