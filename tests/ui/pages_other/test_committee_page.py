"""The Committee page on the demo data: members, conflicts (visible by role), results and their verification."""

import pytest
from sqlalchemy import select

from desktop.domain.accounts.models import Role, User
from desktop.domain.accounts.service import actor_for, create_user
from desktop.domain.committee.models import CommitteeMember
from desktop.ui.context import AppContext
from desktop.ui.pages.committee.page import CommitteePage

EXCLUDED_MEMBER = "장도현"  # excluded from 누리특허법인 (application …-005) in the demo


@pytest.fixture
def excluded_member_context(demo_database, demo_actors):
    """The demo's excluded committee member, given a user account of their own."""
    with demo_database.transaction() as s:
        row = create_user(s, demo_actors["admin"], "member2", EXCLUDED_MEMBER, "member2-password",
                          Role.COMMITTEE_MEMBER)
        member = s.scalars(select(CommitteeMember).where(CommitteeMember.name == EXCLUDED_MEMBER)).one()
        member.user_id = row.id
    with demo_database.read() as s:
        return AppContext(demo_database, actor_for(s.get_one(User, row.id)))


def test_secretariat_sees_members_conflicts_and_results(make_page, dialogs):
    page = make_page(CommitteePage)
    assert len(page.members.records()) == 7
    assert len(page.conflicts.records()) == 1
    assert len(page.results.records()) == 11
    assert page.tabs.tabText(page.MEMBERS_TAB) == "Members (7)"
    conflicts = page.conflicts.model
    assert conflicts.index(0, 0).data() == EXCLUDED_MEMBER
    assert conflicts.index(0, 2).data() == "누리특허법인"
    assert conflicts.index(0, 3).data() == "Exclusion"
    assert conflicts.index(0, 4).data() == "Works or worked for the applicant"
    assert dialogs.calls == []


def test_verify_results_reports_how_many_match(make_page, dialogs):
    page = make_page(CommitteePage)
    page.verify_button.click()
    assert dialogs.infos == ["11 of 11 stored results match their recomputation."]
    assert page.verification.text() == dialogs.infos[0]
    verified = {page.results.model.index(n, 6).data() for n in range(page.results.model.rowCount())}
    assert verified == {"Matches"}


def test_the_excluded_member_sees_neither_the_applicants_result_nor_others_conflicts(
        qtbot, dialogs, excluded_member_context):
    page = CommitteePage(excluded_member_context, dialogs)
    qtbot.addWidget(page)
    page.refresh()
    names = [r.institution_name for r in page.results.records()]
    assert len(names) == 10 and "누리특허법인" not in names
    assert [c.member_name for c in page.conflicts.records()] == [EXCLUDED_MEMBER]
    page.verify()
    assert dialogs.infos == ["10 of 10 stored results match their recomputation."]


def test_another_member_sees_all_results_but_no_conflicts_of_others(make_page):
    page = make_page(CommitteePage, "member")
    assert len(page.results.records()) == 11
    assert page.conflicts.records() == []
    assert page.tabs.tabText(page.CONFLICTS_TAB) == "Conflicts of interest (0)"
