"""Read-only queries and labels the simple pages use: screening detail, conflict visibility, result checks."""

from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.core.errors import NotFound
from desktop.domain.accounts.models import Role, User
from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications.models import AggregationMethod, ApplicationStatus, ConflictGround
from desktop.domain.committee import service as committee
from desktop.domain.committee.models import CommitteeMember, ConflictKind, MemberKind
from desktop.domain.decisions import service as decisions
from desktop.domain.decisions.models import DecisionStatus
from desktop.domain.inspections import service as inspections
from desktop.domain.inspections.models import InspectionStatus
from desktop.domain.registry import service as registry
from desktop.domain.registry.models import RegistryStatus
from desktop.domain.scoring.models import ScoringResult
from desktop.domain.scoring.service import method_label, verify_results
from desktop.domain.screening import service as screening
from desktop.domain.screening.models import ScreeningOutcome
from desktop.domain.users.service import actor_for, create_user


@pytest.fixture
def excluded_member(demo_database, demo_actors):
    """The demo's member excluded from 누리특허법인, with a user account."""
    with demo_database.transaction() as s:
        row = create_user(s, demo_actors["admin"], "member2", "장도현", "member2-password", Role.COMMITTEE_MEMBER)
        s.scalars(select(CommitteeMember).where(CommitteeMember.name == "장도현")).one().user_id = row.id
    with demo_database.read() as s:
        return actor_for(s.get_one(User, row.id))


def test_screening_detail_before_and_after_running(demo_database, demo_actors):
    secretariat = demo_actors["secretariat"]
    with demo_database.read() as s:
        waiting = next(r for r in screening.list_screening(s, secretariat) if r.status == ApplicationStatus.SCREENING)
        detail = screening.screening_detail(s, secretariat, waiting.application_id)
    assert (detail.outcome, detail.rules) == (None, ())
    with demo_database.transaction() as s:
        screening.run_screening(s, secretariat, waiting.application_id)
    with demo_database.read() as s:
        detail = screening.screening_detail(s, secretariat, waiting.application_id)
    assert detail.outcome == ScreeningOutcome.ELIGIBLE and detail.number == waiting.number
    assert {line.rule for line in detail.rules} >= {"staff_qualified", "staff_experienced", "dedicated_unit"}
    assert all(line.passed and line.reason and not line.overridden for line in detail.rules)


def test_conflicts_visible_to_the_secretariat_and_chair_but_only_own_to_members(demo_database, demo_actors,
                                                                                excluded_member):
    with demo_database.read() as s:
        # 장도현 excluded in the completed round, 윤미래 in the open round (demo/committee.py)
        assert len(committee.list_conflicts(s, demo_actors["secretariat"])) == 2
        assert len(committee.list_conflicts(s, demo_actors["chair"])) == 2
        assert committee.list_conflicts(s, demo_actors["member"]) == []
        own = committee.list_conflicts(s, excluded_member)
    assert [(c.member_name, c.institution_name) for c in own] == [("장도현", "누리특허법인")]


def test_excluded_member_does_not_see_the_applicant_in_screening_or_results(demo_database, excluded_member):
    with demo_database.read() as s:
        everyone = screening.list_screening(s, Actor.command_line())
        nuri = next(r for r in everyone if r.institution_name == "누리특허법인")
        rows = screening.list_screening(s, excluded_member)
        assert len(rows) == len(everyone) - 1 and nuri.application_id not in {r.application_id for r in rows}
        with pytest.raises(NotFound):
            screening.screening_detail(s, excluded_member, nuri.application_id)
        checks = verify_results(s, excluded_member)
    assert len(checks) == 11 and nuri.application_id not in {c.application_id for c in checks}


def test_verify_results_finds_a_tampered_result(demo_database, demo_actors):
    with demo_database.read() as s:
        checks = verify_results(s, demo_actors["secretariat"])
    assert len(checks) == 12 and all(c.matches for c in checks)  # 11 completed round, 1 open round
    with demo_database.transaction() as s:  # the open round's result: no issued decision cites it yet
        result = s.scalars(select(ScoringResult).where(ScoringResult.current).order_by(ScoringResult.id.desc())).first()
        result.aggregate = result.aggregate + Decimal("0.01")
    with demo_database.read() as s:
        checks = verify_results(s, demo_actors["secretariat"])
    assert sum(not c.matches for c in checks) == 1


def test_every_enum_value_has_a_label():
    for outcome in ScreeningOutcome:
        assert screening.outcome_label(outcome)
    for status in InspectionStatus:
        assert inspections.status_label(status)
    for status in DecisionStatus:
        assert decisions.status_label(status)
    for status in RegistryStatus:
        assert registry.status_label(status)
    for kind in MemberKind:
        assert committee.member_kind_label(kind)
    for kind in ConflictKind:
        assert committee.conflict_kind_label(kind)
    for ground in ConflictGround:
        assert committee.conflict_ground_label(ground)
    for method in AggregationMethod:
        assert method_label(method) == method_label(method.value)
    assert registry.scope_label("trade_secrets") == "Trade secrets"
    assert screening.rule_label("dedicated_unit") == "Dedicated evaluation unit"
    assert screening.rule_label("unknown_rule") == "unknown_rule"
