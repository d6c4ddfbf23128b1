"""Correction requests on filed reports: the 20-day answer deadline by the period rules, and open/answered/overdue."""

from datetime import date

import pytest
from sqlalchemy import select

from desktop.core.errors import ValidationError
from desktop.domain.reports.models import EvaluationReport
from desktop.domain.reports.service import (
    CorrectionState,
    correction_state,
    list_corrections,
    record_answer,
    request_correction,
)


@pytest.fixture
def report_id(demo_database):
    """A demo report filed before September 2026."""
    with demo_database.read() as session:
        return session.scalar(select(EvaluationReport.id).where(EvaluationReport.filing_date < date(2026, 9, 1))
                              .order_by(EvaluationReport.id))


def corrections(database, actor):
    with database.read() as session:
        return {c.id: c for c in list_corrections(session, actor)}


def test_a_deadline_on_a_substitute_holiday_moves_to_the_next_working_day(demo_database, demo_actors, report_id):
    """Received 15 Sep 2026: the 20th day is 5 Oct, the substitute holiday for 개천절, so the answer is due 6 Oct."""
    secretariat = demo_actors["secretariat"]
    with demo_database.transaction() as session:
        request_id = request_correction(session, secretariat, report_id, date(2026, 9, 15), "등록번호 오기")
    row = corrections(demo_database, secretariat)[request_id]
    assert row.due_on == date(2026, 10, 6) and row.state is CorrectionState.OVERDUE  # today is 25 Nov 2026


def test_a_request_is_open_until_its_due_day_then_overdue_and_answered_once(demo_database, demo_actors, report_id):
    secretariat = demo_actors["secretariat"]
    with demo_database.transaction() as session:
        request_id = request_correction(session, secretariat, report_id, date(2026, 11, 20), "기준일 불일치")
    row = corrections(demo_database, secretariat)[request_id]
    assert row.due_on == date(2026, 12, 10) and row.state is CorrectionState.OPEN
    assert correction_state(row.due_on, None, date(2026, 12, 10)) is CorrectionState.OPEN
    assert correction_state(row.due_on, None, date(2026, 12, 11)) is CorrectionState.OVERDUE
    with demo_database.transaction() as session:
        record_answer(session, secretariat, request_id, date(2026, 11, 24), "정정 재등록")
    row = corrections(demo_database, secretariat)[request_id]
    assert row.state is CorrectionState.ANSWERED and not row.answered_late
    with pytest.raises(ValidationError, match="answered on"), demo_database.transaction() as session:
        record_answer(session, secretariat, request_id, date(2026, 11, 25), "again")


def test_bad_dates_and_an_empty_reason_are_refused_at_their_field(demo_database, demo_actors, report_id):
    secretariat = demo_actors["secretariat"]
    for received, reason, field in ((date(2026, 12, 1), "x", "received_on"), (date(2026, 11, 1), " ", "reason"),
                                    (date(2020, 1, 1), "x", "received_on")):
        with pytest.raises(ValidationError) as refused, demo_database.transaction() as session:
            request_correction(session, secretariat, report_id, received, reason)
        assert refused.value.field == field


def test_an_empty_answer_is_refused_at_its_field_and_the_request_stays_open(demo_database, demo_actors, report_id):
    secretariat = demo_actors["secretariat"]
    with demo_database.transaction() as session:
        request_id = request_correction(session, secretariat, report_id, date(2026, 11, 20), "기준일 불일치")
    for answer in ("", "  \n "):
        with pytest.raises(ValidationError, match="Say what the institute answered") as refused, \
                demo_database.transaction() as session:
            record_answer(session, secretariat, request_id, date(2026, 11, 24), answer)
        assert refused.value.field == "answer"
    row = corrections(demo_database, secretariat)[request_id]
    assert row.state is CorrectionState.OPEN and row.answered_on is None and row.answer == ""


def test_the_demo_has_one_overdue_request(demo_database, demo_actors):
    states = [c.state for c in corrections(demo_database, demo_actors["secretariat"]).values()]
    assert states.count(CorrectionState.OVERDUE) == 1 and CorrectionState.OPEN in states
