"""Every rule and bad input of a sanction: hearing notice, suspension length, presiding officer, limitation, fraud,
four eyes; a refused command changes nothing."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.core.errors import ValidationError, WorkflowError
from desktop.core.periods import Calendar
from desktop.domain.accounts.models import Role, User
from desktop.domain.registry.models import RegistryStatus
from desktop.domain.registry.status import status_on
from desktop.domain.sanctions.disposition import draft_disposition, issue_disposition
from desktop.domain.sanctions.hearing import notify_hearing, officer_candidates
from desktop.domain.sanctions.models import Disposition, DispositionKind, Ground, Hearing, SanctionCase
from desktop.domain.sanctions.rules import check_limitation, last_day_to_sanction, suspension_period
from desktop.domain.sanctions.service import open_case, send_prior_notice
from tests.domain.sanctions.steps import designated_entries, heard_case, open_breach_case, user_id


def _noticed(database, actors) -> int:
    case_id = open_breach_case(database, actors)
    with database.transaction() as s:
        send_prior_notice(s, actors["secretariat"], case_id, 10)
    return case_id


def test_a_hearing_less_than_ten_days_after_its_notice_is_refused_at_the_date(demo_database, demo_actors):
    case_id = _noticed(demo_database, demo_actors)
    with demo_database.transaction() as s:
        before = s.scalar(select(func.count(Hearing.id)))
        with pytest.raises(ValidationError) as refused:
            notify_hearing(s, demo_actors["secretariat"], case_id, date(2026, 12, 4), "회의실", user_id(s, "chair"))
        assert refused.value.field == "hearing_on"
        assert "earliest hearing date is 2026. 12. 5." in refused.value.message
        assert s.scalar(select(func.count(Hearing.id))) == before
        notify_hearing(s, demo_actors["secretariat"], case_id, date(2026, 12, 5), "회의실", user_id(s, "chair"))


def test_someone_who_took_part_in_the_case_may_not_preside(demo_database, demo_actors):
    case_id = _noticed(demo_database, demo_actors)
    with demo_database.transaction() as s:
        secretariat = user_id(s, "secretariat")
        with pytest.raises(ValidationError) as refused:
            notify_hearing(s, demo_actors["secretariat"], case_id, date(2026, 12, 10), "회의실", secretariat)
        assert refused.value.field == "presiding_officer" and "took part in case" in refused.value.message
        offered = [uid for uid, _ in officer_candidates(s, demo_actors["secretariat"], case_id)]
        assert secretariat not in offered and user_id(s, "chair") in offered and user_id(s, "admin") not in offered


def test_the_presiding_officer_may_not_approve_the_disposition(demo_database, demo_actors):
    with demo_database.transaction() as s:
        approver = s.get_one(User, user_id(s, "approver"))
    case_id = open_breach_case(demo_database, demo_actors)
    with demo_database.transaction() as s:
        send_prior_notice(s, demo_actors["secretariat"], case_id, 10)
        notify_hearing(s, demo_actors["secretariat"], case_id, date(2026, 12, 10), "회의실", approver.id)
    from desktop.domain.sanctions.hearing import record_hearing
    from tests.domain.sanctions.steps import move_clock_to

    move_clock_to(date(2026, 12, 10), 15)
    with demo_database.transaction() as s:
        record_hearing(s, demo_actors["secretariat"], case_id, "출석", "진술", "", "효력정지 타당")
        disposition_id = draft_disposition(s, demo_actors["secretariat"], case_id, DispositionKind.SUSPENSION,
                                           date(2026, 12, 14), "이유", months=1)
    with demo_database.transaction() as s:
        with pytest.raises(WorkflowError, match="presiding officer"):
            issue_disposition(s, demo_actors["approver"], disposition_id)
        assert s.get_one(Disposition, disposition_id).number is None


@pytest.mark.parametrize(("months", "days", "refused"), [(6, 0, False), (6, 1, True), (7, 0, True), (0, 1, False),
                                                         (0, 0, True)])
def test_a_suspension_lasts_one_day_to_six_months(months, days, refused):
    if refused:
        with pytest.raises(ValidationError) as error:
            suspension_period(Calendar(), date(2026, 12, 14), months, days)
        assert error.value.field == "months"
    else:
        period = suspension_period(Calendar(), date(2026, 12, 14), months, days)
        assert period.start == date(2026, 12, 14)


def test_suspension_periods_count_the_first_day_and_keep_a_holiday_end():
    # 2027-01-01 (신정) is a holiday: a suspension from 2026-12-02 for one month ends on 2027-01-01 itself.
    period = suspension_period(Calendar(), date(2026, 12, 2), 1, 0)
    assert period.end == date(2027, 1, 1) and period.ends_on_non_working and not period.moved
    assert suspension_period(Calendar(), date(2026, 12, 14), 0, 1).end == date(2026, 12, 14)
    # From 31 August, six months: no 31 February, so the month's last day (민법 160 ③), a Sunday that stays.
    assert suspension_period(Calendar(), date(2026, 8, 31), 6, 0).end == date(2027, 2, 28)


def test_the_five_year_limitation_bars_a_sanction_except_for_fraud():
    assert last_day_to_sanction(date(2021, 11, 24)) == date(2026, 11, 24)
    with pytest.raises(ValidationError) as barred:
        check_limitation(Ground.BREACH_OF_STANDARD, date(2021, 11, 24), date(2026, 11, 25))
    assert barred.value.field == "breach_ended_on" and "행정기본법 Art. 23" in barred.value.message
    check_limitation(Ground.BREACH_OF_STANDARD, date(2021, 11, 25), date(2026, 11, 25))
    check_limitation(Ground.FRAUD, date(2015, 1, 1), date(2026, 11, 25))


def test_a_barred_case_is_not_opened(demo_database, demo_actors):
    with demo_database.transaction() as s:
        entry = designated_entries(s)[0]
        before = s.scalar(select(func.count(SanctionCase.id)))
        with pytest.raises(ValidationError, match="more than 5 years"):
            open_case(s, demo_actors["secretariat"], entry, Ground.LOST_ABILITY, "사실", date(2020, 1, 1),
                      DispositionKind.SUSPENSION, 2)
        assert s.scalar(select(func.count(SanctionCase.id))) == before


def test_fraud_allows_only_revocation_and_the_registry_shows_it_revoked(demo_database, demo_actors):
    with demo_database.transaction() as s:
        entry = designated_entries(s)[0]
        with pytest.raises(ValidationError) as refused:
            open_case(s, demo_actors["secretariat"], entry, Ground.FRAUD, "허위 인력 서류", date(2019, 5, 1),
                      DispositionKind.SUSPENSION, 3)
        assert refused.value.field == "kind" and "must be revoked" in refused.value.message
    case_id = heard_case(demo_database, demo_actors, entry, Ground.FRAUD, DispositionKind.REVOCATION)
    with demo_database.transaction() as s:
        with pytest.raises(ValidationError, match="must be revoked"):
            draft_disposition(s, demo_actors["secretariat"], case_id, DispositionKind.SUSPENSION, date(2026, 12, 14),
                              "이유", months=1)
        start = date(2026, 12, 11)
        disposition_id = draft_disposition(s, demo_actors["secretariat"], case_id, DispositionKind.REVOCATION, start,
                                           "허위 서류로 지정받음")
    with demo_database.transaction() as s:
        issue_disposition(s, demo_actors["approver"], disposition_id)
        assert status_on(s, entry, date(2026, 12, 10)).status == RegistryStatus.DESIGNATED
        assert status_on(s, entry, start).status == RegistryStatus.REVOKED
        assert status_on(s, entry, date(2030, 1, 1)).status == RegistryStatus.REVOKED


def test_the_drafter_cannot_approve_the_disposition(demo_database, demo_actors):
    case_id = heard_case(demo_database, demo_actors)
    with demo_database.transaction() as s:
        disposition_id = draft_disposition(s, demo_actors["secretariat"], case_id, DispositionKind.SUSPENSION,
                                           date(2026, 12, 14), "이유", months=2)
        s.get_one(User, demo_actors["secretariat"].user_id).role = Role.APPROVER  # the drafter became an approver
    with demo_database.transaction() as s:
        with pytest.raises(WorkflowError, match="four eyes"):
            issue_disposition(s, replace(demo_actors["secretariat"], role=Role.APPROVER), disposition_id)
        assert s.get_one(Disposition, disposition_id).issued_at is None
