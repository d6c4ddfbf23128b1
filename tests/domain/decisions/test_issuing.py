"""Four-eyes issuing, gapless numbering under concurrency, registry entry."""

import threading

import pytest
from sqlalchemy import select

from desktop.core.errors import NotFound, PermissionDenied, ValidationError, WorkflowError
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.decisions.models import Decision, DecisionOutcome
from desktop.domain.decisions.service import (
    draft_decision,
    find_decision,
    issue_decision,
    parse_decision_number,
)
from desktop.domain.inspections.models import Inspection, InspectionInspector
from desktop.domain.issued.numbering import take_number
from desktop.domain.registry.models import RegistryEntry
from tests.domain.helpers import store_committee_result


def _committee_review_application(db) -> int:
    with db.read() as s:
        # the open round's applicant whose committee scoring is still in progress (the demo's first in review)
        return s.scalars(select(Application.id).where(Application.status == ApplicationStatus.COMMITTEE_REVIEW)
                         .order_by(Application.id)).first()


def test_a_designation_needs_the_committees_pass(demo_database, demo_actors):
    application_id = _committee_review_application(demo_database)
    with demo_database.transaction() as s:
        decision_id = draft_decision(s, demo_actors["secretariat"], application_id, DecisionOutcome.DESIGNATED,
                                     "요건 충족")
    with pytest.raises(WorkflowError, match="not found this applicant passing"), demo_database.transaction() as s:
        issue_decision(s, demo_actors["approver"], decision_id)
    with demo_database.transaction() as s:
        store_committee_result(s, application_id, passed=False)
    with pytest.raises(WorkflowError, match="not found this applicant passing"), demo_database.transaction() as s:
        issue_decision(s, demo_actors["approver"], decision_id)
    with demo_database.read() as s:
        assert s.get_one(Application, application_id).status == ApplicationStatus.COMMITTEE_REVIEW


def test_drafter_cannot_approve_and_inspectors_or_scorers_cannot_either(demo_database, demo_actors):
    application_id = _committee_review_application(demo_database)
    with demo_database.transaction() as s:
        store_committee_result(s, application_id)
        decision_id = draft_decision(s, demo_actors["secretariat"], application_id, DecisionOutcome.DESIGNATED,
                                     "요건 충족")
    with pytest.raises(PermissionDenied), demo_database.transaction() as s:
        issue_decision(s, demo_actors["secretariat"], decision_id)  # no approve permission at all
    approver = demo_actors["approver"]
    with demo_database.transaction() as s:  # make the approver one of the applicant's inspectors
        inspection = s.scalars(select(Inspection).where(Inspection.application_id == application_id)).one()
        link = InspectionInspector(inspection_id=inspection.id, user_id=approver.user_id)
        s.add(link)
    with pytest.raises(PermissionDenied, match="inspected or scored"), demo_database.transaction() as s:
        issue_decision(s, approver, decision_id)
    with demo_database.transaction() as s:
        s.delete(s.get(InspectionInspector, link.id))
    with demo_database.transaction() as s:
        number = issue_decision(s, approver, decision_id)
    assert number.endswith("-0012호")  # the demo issued 11 this year
    with demo_database.read() as s:
        assert s.get_one(Application, application_id).status == ApplicationStatus.DESIGNATED
        assert s.scalars(select(RegistryEntry).where(RegistryEntry.decision_id == decision_id)).one()
    with pytest.raises(WorkflowError, match="cannot be changed"), demo_database.transaction() as s:
        issue_decision(s, demo_actors["approver"], decision_id)


def test_an_approver_who_drafted_is_refused(database):
    from desktop.domain.accounts.models import Role
    from tests.domain.helpers import World

    world = World(database)
    approver = world.users[Role.APPROVER]
    with database.transaction() as s:
        s.get_one(Application, world.application_id).status = ApplicationStatus.COMMITTEE_REVIEW
        decision = Decision(application_id=world.application_id, outcome=DecisionOutcome.NOT_DESIGNATED,
                            reasons="x", drafted_by_id=approver.user_id)
        s.add(decision)
        s.flush()
        decision_id = decision.id
    with pytest.raises(PermissionDenied, match="another person"), database.transaction() as s:
        issue_decision(s, approver, decision_id)


def test_decision_numbers_are_gapless_under_concurrent_use(database):
    numbers: list[int] = []
    errors: list[Exception] = []
    lock = threading.Lock()

    def worker(fail: bool) -> None:
        try:
            with database.transaction() as s:
                n = take_number(s, "decision", 2026)
                if fail:
                    raise RuntimeError("rolled back")
            with lock:
                numbers.append(n)
        except RuntimeError:
            pass
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(i % 5 == 4,)) for i in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(numbers) == list(range(1, 33))  # 8 rolled back: their numbers were given back


def test_decision_numbers_parse_in_every_written_form(demo_database):
    assert parse_decision_number("제2026-0001호") == (2026, 1)
    assert parse_decision_number("2026-1") == (2026, 1)
    with pytest.raises(ValidationError):
        parse_decision_number("26-1")
    with demo_database.read() as s:
        year = s.scalars(select(Decision.year).where(Decision.year.is_not(None))).first()
        assert find_decision(s, f"{year}-0001").sequence == 1
        with pytest.raises(NotFound):
            find_decision(s, f"{year}-0999")
