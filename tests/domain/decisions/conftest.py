"""Helpers for the decisions tests on the demo database."""

import pytest
from sqlalchemy import select

from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.decisions.models import Decision, DecisionOutcome, DecisionStatus


@pytest.fixture
def issued(demo_database):
    """The demo's issued decisions by outcome: ``{"designated": [ids], "not_designated": [ids]}``."""
    with demo_database.read() as s:
        found = {outcome.value: [] for outcome in DecisionOutcome}
        for decision in s.scalars(select(Decision).where(Decision.status == DecisionStatus.ISSUED)
                                  .order_by(Decision.sequence)):
            found[decision.outcome.value].append(decision.id)
    return found


@pytest.fixture
def in_committee_review(demo_database) -> int:
    """The open round's application waiting for a decision."""
    with demo_database.read() as s:
        return s.scalars(select(Application.id).where(
            Application.status == ApplicationStatus.COMMITTEE_REVIEW).order_by(Application.id)).first()
