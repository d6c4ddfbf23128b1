"""Members and seats: validation at the field, labels A, B …, the committee fixed once scoring started."""

from datetime import timedelta

import pytest

from desktop.core.clock import today
from desktop.core.errors import PermissionDenied, ValidationError, WorkflowError
from desktop.domain.committee.members import MemberData, create_member, list_seats, seat_label, seat_members
from desktop.domain.committee.models import MemberKind
from desktop.domain.scoring.sheets import EntryInput, save_sheet


def test_a_member_needs_a_name_an_affiliation_and_a_term_in_order(committee):
    bad = MemberData("위원", MemberKind.INTERNAL, "지식재산처", "", today(), today() - timedelta(days=1))
    with pytest.raises(ValidationError) as refused, committee.database.transaction() as s:
        create_member(s, committee.secretariat, bad)
    assert refused.value.field == "term_end"
    with pytest.raises(PermissionDenied), committee.database.transaction() as s:
        create_member(s, committee.chair, MemberData("위원", MemberKind.INTERNAL, "처", "", today(), today()))


def test_seats_are_lettered_in_order_and_fixed_once_scoring_started(committee):
    with committee.database.read() as s:
        seats = list_seats(s, committee.secretariat, committee.round_id)
    assert [(x.label, x.is_chair) for x in seats] == [("A", True), ("B", False), ("C", False), ("D", False),
                                                      ("E", False)]
    assert [seat_label(n) for n in (0, 25, 26, 27)] == ["A", "Z", "AA", "AB"]
    with committee.database.transaction() as s:
        save_sheet(s, committee.actors[1], committee.applications[0], {"1": EntryInput("20")})
    with pytest.raises(WorkflowError, match="Scoring has started"), committee.database.transaction() as s:
        seat_members(s, committee.secretariat, committee.round_id, committee.members[:3], committee.members[0])
