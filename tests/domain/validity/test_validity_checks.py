"""A validity check from opening to its result: who is notified, the two 10-day periods counted by the law, the
comments (late ones marked), concluding only when the periods allow, every refusal changing nothing."""

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.core.errors import ValidationError, WorkflowError
from desktop.domain.audit.models import AuditEvent
from desktop.domain.issued.models import FrozenContent
from desktop.domain.reports.standard import CRITERIA, Assessment, Conclusion, Finding
from desktop.domain.validity.conclusion import conclude_check
from desktop.domain.validity.models import (
    CheckStatus,
    Recipient,
    Requester,
    ValidityCheck,
    ValidityFinding,
    ValidityNotice,
)
from desktop.domain.validity.service import (
    check_row,
    notices_of,
    open_check,
    record_comment,
    record_receipt,
    send_due_notices,
    send_notice,
)
from tests.domain.sanctions.steps import move_clock_to
from tests.domain.validity.steps import (
    INAPPROPRIATE,
    INAPPROPRIATE_REASONS,
    REASON,
    comment_on_all,
    notified_check,
    opened_check,
    short_findings,
    unsanctioned_report,
)


def test_opening_numbers_the_check_and_counts_its_notice_deadline(demo_database, demo_actors):
    check_id = opened_check(demo_database, demo_actors)
    with demo_database.read() as s:
        check = s.get_one(ValidityCheck, check_id)
        # Opened Wed 2026-11-25: the 10 days run 11-26 to Sat 12-05, which moves to Mon 12-07 (민법 161).
        assert check.notice_deadline == date(2026, 12, 7)
        assert check.number.startswith("타당성-2026-") and check.status == CheckStatus.OPEN
        row = check_row(s, demo_actors["secretariat"], check_id)
        assert (row.next_step, row.next_deadline) == ("Send the notices", date(2026, 12, 7))
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "validity.open",
                                                   AuditEvent.entity_id == check_id)).one()
        assert event.after["notice_deadline"] == "2026-12-07"


@pytest.mark.parametrize(("field", "values"), [
    ("client_name", {"client_name": " "}),
    ("client_contact", {"client_contact": ""}),
    ("reason", {"reason": ""}),
    ("requester_name", {"requester_name": ""}),
    ("requester_contact", {"requester_contact": ""}),
])
def test_opening_without_what_the_notices_need_is_refused_at_the_field(demo_database, demo_actors, field, values):
    with demo_database.read() as s:
        before = s.scalar(select(func.count()).select_from(ValidityCheck))
    with demo_database.transaction() as s:
        arguments = dict(client_name="㈜한빛전자", client_contact="loan@hanbit.example", reason=REASON,
                         requester_name="중소벤처기업부", requester_contact="세종특별자치시 갈매로 408") | values
        with pytest.raises(ValidationError) as refused:
            open_check(s, demo_actors["secretariat"], unsanctioned_report(s), Requester.STATE_BODY, **arguments)
        assert refused.value.field == field
    with demo_database.read() as s:
        assert s.scalar(select(func.count()).select_from(ValidityCheck)) == before


def test_a_second_open_check_on_the_same_report_is_refused(demo_database, demo_actors):
    opened_check(demo_database, demo_actors)
    with pytest.raises(WorkflowError, match="is still open"):
        opened_check(demo_database, demo_actors)


@pytest.mark.parametrize(("requester", "recipients"), [
    (Requester.EX_OFFICIO, {Recipient.INSTITUTE, Recipient.CLIENT}),
    (Requester.CLIENT, {Recipient.INSTITUTE, Recipient.CLIENT}),
    (Requester.STATE_BODY, {Recipient.INSTITUTE, Recipient.CLIENT, Recipient.REQUESTER}),
])
def test_the_institute_the_client_and_the_requester_are_notified_but_no_one_for_ex_officio(
        demo_database, demo_actors, requester, recipients):
    check_id = opened_check(demo_database, demo_actors, requester)
    with demo_database.transaction() as s:
        numbers = send_due_notices(s, demo_actors["secretariat"], check_id)
        notices = notices_of(s, check_id)
        assert {n.recipient for n in notices} == recipients and len(numbers) == len(recipients)
        assert all(n.startswith("타당성통지-2026-") for n in numbers)
        assert s.get_one(ValidityCheck, check_id).status == CheckStatus.NOTIFIED
        frozen = s.scalars(select(FrozenContent).where(FrozenContent.kind == "validity_notice",
                                                       FrozenContent.entity_id.in_([n.id for n in notices]))).all()
        assert {f.number for f in frozen} == set(numbers)
        institute = next(n for n in notices if n.recipient == Recipient.INSTITUTE)
        assert institute.recipient_name == check_row(s, demo_actors["secretariat"], check_id).institution_name
    if Recipient.REQUESTER not in recipients:
        with demo_database.transaction() as s, pytest.raises(WorkflowError, match="no separate notice"):
            send_notice(s, demo_actors["secretariat"], check_id, Recipient.REQUESTER)


def test_a_notice_after_the_ten_days_is_refused_and_on_the_last_day_it_goes(demo_database, demo_actors):
    check_id = opened_check(demo_database, demo_actors)
    move_clock_to(date(2026, 12, 7), 17)
    with demo_database.transaction() as s:
        send_notice(s, demo_actors["secretariat"], check_id, Recipient.INSTITUTE)
    move_clock_to(date(2026, 12, 8), 9)
    with demo_database.transaction() as s, pytest.raises(WorkflowError) as late:
        send_notice(s, demo_actors["secretariat"], check_id, Recipient.CLIENT)
    assert "within 10 days of its opening, by 2026. 12. 7." in late.value.message
    assert "today is 2026. 12. 8." in late.value.message
    with demo_database.read() as s:
        assert [n.recipient for n in notices_of(s, check_id)] == [Recipient.INSTITUTE]


def test_each_comment_period_runs_ten_days_from_its_own_receipt(demo_database, demo_actors):
    check_id = opened_check(demo_database, demo_actors)
    with demo_database.transaction() as s:
        send_due_notices(s, demo_actors["secretariat"], check_id)
        first, second, third = notices_of(s, check_id)
        move_clock_to(date(2026, 11, 26))
        # Received Thu 11-26: 11-27 to Sun 12-06 → Mon 12-07. Received Mon 11-30: 12-01 to Thu 12-10 stays.
        assert record_receipt(s, demo_actors["secretariat"], first.id, date(2026, 11, 26)) == date(2026, 12, 7)
        move_clock_to(date(2026, 11, 30))
        assert record_receipt(s, demo_actors["secretariat"], second.id, date(2026, 11, 30)) == date(2026, 12, 10)
        with pytest.raises(ValidationError) as no_day:
            record_receipt(s, demo_actors["secretariat"], third.id, None)
        assert no_day.value.field == "received_on"
        with pytest.raises(ValidationError, match="cannot have been received before"):
            record_receipt(s, demo_actors["secretariat"], third.id, date(2026, 11, 24))
        with pytest.raises(ValidationError, match="lies in the future"):
            record_receipt(s, demo_actors["secretariat"], third.id, date(2026, 12, 1))


def test_a_comment_needs_its_day_and_one_after_the_deadline_is_kept_but_marked_late(demo_database, demo_actors):
    check_id = notified_check(demo_database, demo_actors)
    with demo_database.transaction() as s:
        first, second, _ = notices_of(s, check_id)
        with pytest.raises(ValidationError) as no_day:
            record_comment(s, demo_actors["secretariat"], first.id, "의견 있음", None)
        assert no_day.value.field == "commented_on"
        with pytest.raises(ValidationError) as empty:
            record_comment(s, demo_actors["secretariat"], first.id, "  ", date(2026, 11, 26))
        assert empty.value.field == "comment"
        with pytest.raises(ValidationError, match="cannot come earlier"):
            record_comment(s, demo_actors["secretariat"], first.id, "의견 있음", date(2026, 11, 25))
    move_clock_to(date(2026, 12, 8))
    with demo_database.transaction() as s:
        assert record_comment(s, demo_actors["secretariat"], first.id, "기한 내 의견", date(2026, 12, 7)) is False
        assert record_comment(s, demo_actors["secretariat"], second.id, "늦은 의견", date(2026, 12, 8)) is True
    with demo_database.read() as s:
        first, second, _ = notices_of(s, check_id)
        assert (first.comment_late, second.comment_late) == (False, True)
        assert second.comment == "늦은 의견" and second.commented_on == date(2026, 12, 8)


def test_a_comment_before_the_receipt_is_recorded_is_refused(demo_database, demo_actors):
    check_id = opened_check(demo_database, demo_actors)
    with demo_database.transaction() as s:
        send_due_notices(s, demo_actors["secretariat"], check_id)
        notice = notices_of(s, check_id)[0]
        with pytest.raises(WorkflowError, match="the comment period runs from it"):
            record_comment(s, demo_actors["secretariat"], notice.id, "의견", date(2026, 11, 25))


def _conclude(database, actors, check_id, findings=None, conclusion=INAPPROPRIATE, reasons=INAPPROPRIATE_REASONS):
    with database.transaction() as s:
        return conclude_check(s, actors["secretariat"], check_id, findings or short_findings(), conclusion, reasons)


def test_concluding_is_refused_while_a_comment_period_runs_and_allowed_after_it(demo_database, demo_actors):
    check_id = notified_check(demo_database, demo_actors)
    with pytest.raises(WorkflowError) as early:
        _conclude(demo_database, demo_actors, check_id)
    assert "may comment on notice" in early.value.message and "until 2026. 12. 7." in early.value.message
    move_clock_to(date(2026, 12, 7), 18)
    with pytest.raises(WorkflowError, match=r"until 2026\. 12\. 7\."):
        _conclude(demo_database, demo_actors, check_id)
    move_clock_to(date(2026, 12, 8))
    number = _conclude(demo_database, demo_actors, check_id)
    with demo_database.read() as s:
        check = s.get_one(ValidityCheck, check_id)
        assert check.result_number == number and number.startswith("타당성통지-2026-")
        assert check.status == CheckStatus.CONCLUDED and check.conclusion == Conclusion.INAPPROPRIATE
        assert s.scalar(select(func.count()).where(ValidityFinding.check_id == check_id)) == len(CRITERIA)
        frozen = s.scalars(select(FrozenContent).where(FrozenContent.kind == "validity_result",
                                                       FrozenContent.entity_id == check_id)).one()
        assert [c["commented_on"] for c in frozen.content["comments"]] == [None, None, None]


def test_concluding_early_is_allowed_once_every_recipient_has_commented(demo_database, demo_actors):
    check_id = notified_check(demo_database, demo_actors)
    move_clock_to(date(2026, 11, 27))
    comment_on_all(demo_database, demo_actors, check_id)
    assert _conclude(demo_database, demo_actors, check_id).startswith("타당성통지-")


def test_concluding_before_the_receipts_are_recorded_or_the_notices_sent_is_refused(demo_database, demo_actors):
    check_id = opened_check(demo_database, demo_actors)
    with pytest.raises(WorkflowError, match=r"Send the notices of \S+ first"):
        _conclude(demo_database, demo_actors, check_id)
    with demo_database.transaction() as s:
        send_due_notices(s, demo_actors["secretariat"], check_id)
    with pytest.raises(WorkflowError, match="is not recorded: its comment period has not begun"):
        _conclude(demo_database, demo_actors, check_id)


@pytest.mark.parametrize(("findings", "reasons", "message"), [
    ([Finding(c, Assessment.MEETS) for c in CRITERIA[:-1]], INAPPROPRIATE_REASONS, "missing"),
    ([Finding(c, Assessment.FALLS_SHORT) for c in CRITERIA], INAPPROPRIATE_REASONS, "falls short on"),
    (None, "", "Give the reasons"),
])
def test_incomplete_findings_are_refused_and_nothing_is_saved(demo_database, demo_actors, findings, reasons,
                                                             message):
    check_id = notified_check(demo_database, demo_actors)
    move_clock_to(date(2026, 12, 8))
    with pytest.raises(ValidationError, match=message):
        _conclude(demo_database, demo_actors, check_id, findings, reasons=reasons)
    with demo_database.read() as s:
        assert s.get_one(ValidityCheck, check_id).status == CheckStatus.NOTIFIED
        assert s.scalar(select(func.count()).where(ValidityFinding.check_id == check_id)) == 0


def test_the_steps_are_audited_in_order(demo_database, demo_actors):
    with demo_database.read() as s:
        last = s.scalar(select(func.max(AuditEvent.id)))
    check_id = notified_check(demo_database, demo_actors)
    move_clock_to(date(2026, 11, 27))
    comment_on_all(demo_database, demo_actors, check_id)
    _conclude(demo_database, demo_actors, check_id)
    with demo_database.read() as s:
        actions = [a for a in s.scalars(select(AuditEvent.action).where(AuditEvent.action.like("validity.%"),
                                                                   AuditEvent.id > last)
                                        .order_by(AuditEvent.id))]
        assert actions == ["validity.open", *["validity.notice"] * 3, *["validity.receipt"] * 3,
                           *["validity.comment"] * 3, "validity.conclude"]
        assert s.scalar(select(func.count()).where(ValidityNotice.check_id == check_id)) == 3
