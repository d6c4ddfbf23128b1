"""A sanction case from opening to a suspension: each step recorded and audited, the periods counted by the law,
the registry's status derived from the disposition."""

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.core.errors import ValidationError, WorkflowError
from desktop.domain.audit.models import AuditEvent
from desktop.domain.registry.models import RegistryEvent, RegistryEventKind, RegistryStatus
from desktop.domain.registry.status import status_on
from desktop.domain.sanctions.disposition import discard_drafted, draft_disposition
from desktop.domain.sanctions.models import (
    CaseStatus,
    Disposition,
    DispositionKind,
    PriorNotice,
    SanctionCase,
    SanctionEvidence,
)
from desktop.domain.sanctions.service import (
    EvidenceInput,
    add_evidence_input,
    prior_notice_deadline,
    send_prior_notice,
)
from tests.domain.sanctions.steps import SUSPENSION_START, heard_case, open_breach_case, suspended_case


def test_the_prior_notice_gives_at_least_ten_days_and_moves_a_weekend_deadline(demo_database, demo_actors):
    case_id = open_breach_case(demo_database, demo_actors)
    with demo_database.transaction() as s:
        with pytest.raises(ValidationError) as short:
            send_prior_notice(s, demo_actors["secretariat"], case_id, 9)
        assert short.value.field == "opinion_days" and "at least 10 days" in short.value.message
    with demo_database.transaction() as s:
        number = send_prior_notice(s, demo_actors["secretariat"], case_id, 10)
        notice = s.scalars(select(PriorNotice).where(PriorNotice.case_id == case_id)).one()
        # Sent on Wed 2026-11-25: the 10 days run 11-26 to Sat 12-05, which moves to Mon 12-07 (민법 161).
        assert notice.opinion_deadline == date(2026, 12, 7) and number.startswith("제재-2026-")
        assert s.get_one(SanctionCase, case_id).status == CaseStatus.NOTICED


def test_a_three_month_suspension_ends_on_its_saturday_and_the_registry_follows(demo_database, demo_actors):
    disposition_id, number = suspended_case(demo_database, demo_actors)
    with demo_database.read() as s:
        disposition = s.get_one(Disposition, disposition_id)
        # From Mon 2026-12-14, three months: the last day is Sat 2027-03-13 and it stays (행정기본법 6 ②).
        assert (disposition.starts_on, disposition.ends_on) == (SUSPENSION_START, date(2027, 3, 13))
        case = s.get_one(SanctionCase, disposition.case_id)
        entry = case.entry_id
        assert status_on(s, entry, date(2026, 12, 13)).status == RegistryStatus.DESIGNATED
        during = status_on(s, entry, date(2026, 12, 14))
        assert during.status == RegistryStatus.SUSPENDED and during.until == date(2027, 3, 13)
        assert during.reference == number
        assert status_on(s, entry, date(2027, 3, 13)).status == RegistryStatus.SUSPENDED
        assert status_on(s, entry, date(2027, 3, 14)).status == RegistryStatus.DESIGNATED
        kinds = [e.kind for e in s.scalars(select(RegistryEvent).where(RegistryEvent.entry_id == entry)
                                           .order_by(RegistryEvent.occurred_on))]
        assert kinds[-2:] == [RegistryEventKind.SUSPENDED, RegistryEventKind.REINSTATED]
        actions = set(s.scalars(select(AuditEvent.action).where(AuditEvent.action.like("sanction.%"))))
        assert actions >= {"sanction.open", "sanction.evidence", "sanction.prior_notice", "sanction.opinion",
                           "sanction.hearing_notice", "sanction.hearing_record", "sanction.draft_disposition",
                           "sanction.issue_disposition"}
        assert case.status == CaseStatus.DISPOSED


def test_an_overlapping_suspension_of_the_same_institute_is_refused(demo_database, demo_actors):
    from desktop.domain.sanctions.disposition import draft_disposition
    from desktop.domain.sanctions.models import DispositionKind
    from tests.domain.sanctions.steps import heard_case

    disposition_id, number = suspended_case(demo_database, demo_actors)
    with demo_database.read() as s:
        entry = s.get_one(SanctionCase, s.get_one(Disposition, disposition_id).case_id).entry_id
    second = heard_case(demo_database, demo_actors, entry)
    with demo_database.transaction() as s:
        before = s.scalar(select(func.count(Disposition.id)))
        with pytest.raises(ValidationError) as refused:
            draft_disposition(s, demo_actors["secretariat"], second, DispositionKind.SUSPENSION, date(2027, 3, 1),
                              "재위반", months=1)
        assert refused.value.field == "starts_on" and number in refused.value.message
        assert s.scalar(select(func.count(Disposition.id))) == before
        # The day after the first one ends is fine.
        draft_disposition(s, demo_actors["secretariat"], second, DispositionKind.SUSPENSION, date(2027, 3, 14),
                          "재위반", months=1)


def test_a_disposition_needs_the_hearing_first(demo_database, demo_actors):
    from desktop.domain.sanctions.disposition import draft_disposition
    from desktop.domain.sanctions.models import DispositionKind

    case_id = open_breach_case(demo_database, demo_actors)
    with demo_database.transaction() as s, pytest.raises(WorkflowError, match="after the hearing"):
        draft_disposition(s, demo_actors["secretariat"], case_id, DispositionKind.SUSPENSION, SUSPENSION_START,
                          "이유", months=1)


def test_the_deadline_shown_before_sending_is_the_one_the_notice_gets(demo_database, demo_actors):
    case_id = open_breach_case(demo_database, demo_actors)
    with demo_database.read() as s:
        shown = prior_notice_deadline(s, demo_actors["secretariat"], 14).end
        with pytest.raises(ValidationError) as short:
            prior_notice_deadline(s, demo_actors["secretariat"], 9)
    assert short.value.field == "opinion_days"
    with demo_database.transaction() as s:
        send_prior_notice(s, demo_actors["secretariat"], case_id, 14)
    with demo_database.read() as s:
        notice = s.scalars(select(PriorNotice).where(PriorNotice.case_id == case_id)).one()
        # Sent on Wed 2026-11-25: 14 days run 11-26 to Wed 12-09.
        assert (notice.opinion_days, notice.opinion_deadline) == (14, date(2026, 12, 9)) and shown == date(2026, 12, 9)


def test_a_drafted_disposition_is_discarded_audited_and_drafted_again(demo_database, demo_actors):
    case_id = heard_case(demo_database, demo_actors)
    actor = demo_actors["secretariat"]
    with demo_database.transaction() as s, pytest.raises(WorkflowError, match="no drafted disposition"):
        discard_drafted(s, actor, case_id)
    with demo_database.transaction() as s:
        draft_disposition(s, actor, case_id, DispositionKind.SUSPENSION, SUSPENSION_START, "사유", months=2)
    with demo_database.transaction() as s:
        discard_drafted(s, actor, case_id)
    with demo_database.read() as s:
        assert s.scalar(select(func.count(Disposition.id)).where(Disposition.case_id == case_id)) == 0
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "sanction.discard_disposition")).one()
        assert event.before["months"] == 2 and event.summary == s.get_one(SanctionCase, case_id).number
    with demo_database.transaction() as s:
        draft_disposition(s, actor, case_id, DispositionKind.SUSPENSION, SUSPENSION_START, "사유", months=3)


def test_an_issued_disposition_is_not_discarded_and_its_case_takes_no_more_evidence(demo_database, demo_actors):
    disposition_id, _number = suspended_case(demo_database, demo_actors)
    with demo_database.read() as s:
        case_id = s.get_one(Disposition, disposition_id).case_id
    with demo_database.transaction() as s, pytest.raises(WorkflowError, match="stays as issued"):
        discard_drafted(s, demo_actors["secretariat"], case_id)
    with demo_database.transaction() as s, pytest.raises(WorkflowError, match="evidence is closed"):
        add_evidence_input(s, demo_actors["secretariat"], case_id, EvidenceInput("추가 자료", reference="X-1"))


def test_evidence_added_to_an_open_case_is_audited_and_needs_a_file_or_a_reference(demo_database, demo_actors):
    case_id = open_breach_case(demo_database, demo_actors)
    actor = demo_actors["secretariat"]
    with demo_database.transaction() as s, pytest.raises(ValidationError) as refused:
        add_evidence_input(s, actor, case_id, EvidenceInput("추가 자료"))
    assert refused.value.field == "file"
    with demo_database.transaction() as s:
        add_evidence_input(s, actor, case_id, EvidenceInput("평가보고서 사본", b"%PDF-1.4", "report.pdf", "VR-1"))
    with demo_database.read() as s:
        titles = s.scalars(select(SanctionEvidence.title).where(SanctionEvidence.case_id == case_id)).all()
        assert titles[-1] == "평가보고서 사본" and len(titles) == 2
        assert s.scalars(select(AuditEvent.summary).where(AuditEvent.action == "sanction.evidence")
                         .order_by(AuditEvent.id.desc())).first().endswith("평가보고서 사본")
