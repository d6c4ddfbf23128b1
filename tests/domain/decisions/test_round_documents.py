"""The public notice (고시) and the certificates of a round."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.core.errors import NotFound, PermissionDenied, ValidationError, WorkflowError
from desktop.domain.applications.models import Round
from desktop.domain.decisions.models import PublicNotice
from desktop.domain.decisions.round_documents import (
    certificate_data,
    find_public_notice,
    issue_public_notice,
    public_notice_data,
    round_summaries,
)
from desktop.domain.decisions.service import DecisionText, draft_correction, issue_decision
from desktop.domain.settings.service import get_settings
from desktop.issuing.batch import DocumentRequest, issued_document, round_requests


def _rounds(db):
    with db.read() as s:
        return list(s.scalars(select(Round).order_by(Round.id)))


def test_the_demo_published_the_completed_round(demo_database, demo_actors):
    completed, open_round = _rounds(demo_database)
    with demo_database.read() as s:
        notice = s.scalars(select(PublicNotice)).one()
        data = public_notice_data(s, demo_actors["approver"], notice.id, get_settings(s))
        summaries = {r.code: r for r in round_summaries(s, demo_actors["secretariat"])}
    assert data.number == f"제{notice.year}-001호" and notice.round_id == completed.id
    assert data.effective_on == data.published_on + timedelta(days=6)  # 5 days pass after the day of publication
    assert len(data.entries) == 9 and all(e.number.startswith("제") for e in data.entries)
    assert summaries[completed.code].issued == 11 and summaries[completed.code].designated == 9
    assert summaries[completed.code].public_notices == (data.number,)
    assert summaries[open_round.code].undecided == 2 and summaries[open_round.code].issued == 0
    assert summaries[open_round.code].drafts == 1  # the decision waiting for the approver


def test_publishing_numbers_the_notices_in_their_own_series(demo_database, demo_actors):
    completed, open_round = _rounds(demo_database)
    with demo_database.transaction() as s:
        number = issue_public_notice(s, demo_actors["approver"], completed.id, date(2026, 12, 1),
                                     date(2026, 12, 15))
        assert number == "제2026-002호"
        assert find_public_notice(s, "2026-2").effective_on == date(2026, 12, 15)
        with pytest.raises(NotFound):
            find_public_notice(s, "2026-9")
    with pytest.raises(WorkflowError, match="designates an institute yet"), demo_database.transaction() as s:
        issue_public_notice(s, demo_actors["approver"], open_round.id)
    with pytest.raises(PermissionDenied), demo_database.transaction() as s:
        issue_public_notice(s, demo_actors["secretariat"], completed.id)
    with pytest.raises(ValidationError), demo_database.transaction() as s:
        issue_public_notice(s, demo_actors["approver"], completed.id, date(2026, 12, 1), date(2026, 11, 1))


def test_a_published_notice_keeps_its_list_after_a_correction(demo_database, demo_actors, issued):
    with demo_database.transaction() as s:
        notice_id = s.scalars(select(PublicNotice.id)).one()
        before = issued_document(s, demo_actors["approver"], DocumentRequest("public_notice", notice_id)).data
        refusal = DecisionText("not_designated", "허위 자료", "False documents.")
        issue_decision(s, demo_actors["approver"],
                       draft_correction(s, demo_actors["secretariat"], issued["designated"][0], refusal, "정정"))
        after = issued_document(s, demo_actors["approver"], DocumentRequest("public_notice", notice_id)).data
        data = public_notice_data(s, demo_actors["approver"], notice_id, get_settings(s))
        renewed = public_notice_data(s, demo_actors["approver"], s.scalars(select(PublicNotice.id)).one(), {})
    assert after == before and len(data.entries) == 9 and renewed.number == data.number


def test_certificates_are_for_designations_in_force(demo_database, demo_actors, issued):
    with demo_database.read() as s:
        data = certificate_data(s, demo_actors["approver"], issued["designated"][0], get_settings(s))
        assert data.scope and data.outputs == ("amount", "grade", "score") and data.conditions
        with pytest.raises(WorkflowError, match="only for an issued designation"):
            certificate_data(s, demo_actors["approver"], issued["not_designated"][0], {})
        with pytest.raises(PermissionDenied):
            certificate_data(s, demo_actors["member"], issued["designated"][0], {})
    with demo_database.transaction() as s:
        text = DecisionText("designated", "정정", "Corrected.")
        new_id = draft_correction(s, demo_actors["secretariat"], issued["designated"][0], text, "오기")
        issue_decision(s, demo_actors["approver"], new_id)
    with demo_database.read() as s:
        with pytest.raises(WorkflowError, match="superseded"):
            certificate_data(s, demo_actors["approver"], issued["designated"][0], {})
        corrected = certificate_data(s, demo_actors["approver"], new_id, {})
        assert corrected.supersedes_number == data.number
        requests = round_requests(s, demo_actors["approver"], _rounds(demo_database)[0].id, ("ko", "en"))
    assert len(requests) == 2 * (11 + 9 + 1)
    superseded = issued["designated"][0]
    assert not any(r.entity_id == superseded and r.kind != "public_notice" for r in requests)  # left out
