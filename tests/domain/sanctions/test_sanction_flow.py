"""A sanction case from opening to a suspension: each step recorded and audited, the periods counted by the law,
the registry's status derived from the disposition."""

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.core.errors import ValidationError, WorkflowError
from desktop.domain.audit.models import AuditEvent
from desktop.domain.registry.models import RegistryEvent, RegistryEventKind, RegistryStatus
from desktop.domain.registry.status import status_on
from desktop.domain.sanctions.models import CaseStatus, Disposition, PriorNotice, SanctionCase
from desktop.domain.sanctions.service import send_prior_notice
from tests.domain.sanctions.steps import SUSPENSION_START, open_breach_case, suspended_case


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
