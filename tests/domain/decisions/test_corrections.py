"""A correction states what it changes, takes the new number as the designation number and keeps the date of
designation; the round's next 고시 is a 정정 고시 and a superseded decision is never listed as current."""

from sqlalchemy import select

from desktop.domain.decisions.corrections import Change
from desktop.domain.decisions.models import Decision
from desktop.domain.decisions.round_documents import (
    certificate_data,
    issue_public_notice,
    public_notice_data,
    round_documents,
)
from desktop.domain.decisions.service import decision_notice
from desktop.domain.registry.service import list_registry
from desktop.domain.settings.service import get_settings
from tests.conftest import DEMO_DAY
from tests.domain.helpers import correct_second_designation


def test_a_correction_keeps_the_designation_date_and_names_what_changed(demo_database, demo_actors):
    ids = correct_second_designation(demo_database, demo_actors)
    approver = demo_actors["approver"]
    with demo_database.read() as s:
        settings = get_settings(s)
        old = decision_notice(s, approver, ids["old"], settings)
        new = decision_notice(s, approver, ids["new"], settings)
        certificate = certificate_data(s, approver, ids["new"], settings)
    assert new.supersedes_number == old.number == "제2026-0002호"
    assert new.changes == (Change("scope", ("inventions",), ("inventions", "trademarks")),)
    assert new.decided_on == DEMO_DAY and old.designated_on < DEMO_DAY
    assert new.designated_on == old.designated_on == certificate.designated_on  # the 지정일 is kept
    assert new.supersedes_issued_on == old.decided_on and new.supersedes_outcome == "designated"
    assert certificate.number == new.number and certificate.decided_on == DEMO_DAY


def test_the_next_notice_of_the_round_corrects_the_first_and_lists_no_superseded_decision(demo_database,
                                                                                        demo_actors):
    ids = correct_second_designation(demo_database, demo_actors)
    approver = demo_actors["approver"]
    with demo_database.read() as s:
        settings = get_settings(s)
        first = public_notice_data(s, approver, ids["first_notice"], settings)
        corrected = public_notice_data(s, approver, ids["corrected_notice"], settings)
        round_id = _round_of(s, ids["new"])
        documents = round_documents(s, approver, round_id)
        registry_numbers = [r.decision_number for r in list_registry(s, approver)]
    assert first.corrects_number == "" and first.corrections == ()
    assert corrected.corrects_number == first.number and corrected.corrects_published_on == first.published_on
    (change,) = corrected.corrections
    assert change.before is not None and change.after is not None
    assert (change.before.number, change.after.number) == ("제2026-0002호", "제2026-0012호")
    assert (change.before.scope, change.after.scope) == (("inventions",), ("inventions", "trademarks"))
    assert change.before.designated_on == change.after.designated_on
    current = [e.number for e in corrected.entries]
    assert "제2026-0012호" in current and "제2026-0002호" not in current
    assert len(current) == len(first.entries)
    assert all(e.business_number and e.corporate_number for e in corrected.entries)
    assert ids["old"] not in {d.entity_id for d in documents if d.kind in ("decision", "certificate")}
    assert "제2026-0002호" not in registry_numbers and "제2026-0012호" in registry_numbers


def test_a_notice_that_changes_nothing_is_not_a_correction(demo_database, demo_actors):
    approver = demo_actors["approver"]
    with demo_database.transaction() as s:
        round_id = _round_of(s, s.scalars(select(Decision.id).where(Decision.sequence == 1)).one())
        issue_public_notice(s, approver, round_id)
    with demo_database.read() as s:
        notices = [d for d in round_documents(s, approver, round_id) if d.kind == "public_notice"]
        again = public_notice_data(s, approver, notices[-1].entity_id, get_settings(s))
    assert len(notices) == 2 and again.corrects_number == "" and again.corrections == ()
    assert again.effective_after_days == 5


def _round_of(session, decision_id: int) -> int:
    from desktop.domain.applications.models import Application

    return session.get_one(Application, session.get_one(Decision, decision_id).application_id).round_id
