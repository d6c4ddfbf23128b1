"""The Committee page's results on the completed demo round: ranked, verified by recomputation, member totals
labelled A, B …, a chart of the criteria; an excluded member never sees that applicant."""

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.domain.accounts.models import Role, User
from desktop.domain.committee.models import CommitteeMember
from desktop.domain.users.service import actor_for, create_user
from desktop.ui.context import AppContext
from desktop.ui.pages.committee.page import CommitteePage

EXCLUDED_MEMBER = "장도현"  # excluded from 누리특허법인 (application …-005) in the demo


def test_secretariat_sees_members_conflicts_and_ranked_results(committee_page, dialogs):
    page = committee_page("secretariat", "completed")
    assert len(page.members.records()) == 7
    assert page.tabs.tabText(page.MEMBERS_TAB) == "Members (7)"
    assert page.tabs.tabText(page.RESULTS_TAB) == "Results (11)"
    conflicts = page.conflicts.model
    assert [conflicts.index(0, c).data() for c in range(5)] == [
        EXCLUDED_MEMBER, f"{page.round_code()}-005", "누리특허법인", "Exclusion", "Works or worked for the applicant"]
    ranks = [r.rank for r in page.results.visible_records()]
    assert ranks == list(range(1, 12))
    assert [page.results.model.index(n, page.results_tab.RESULT).data() for n in range(11)].count("Fail") == 2
    assert sum(r.passed for r in page.results.records()) == 9
    assert dialogs.errors == []


def test_verify_results_reports_how_many_match(committee_page, dialogs):
    page = committee_page("secretariat", "completed")
    page.verify_button.click()
    assert dialogs.infos == ["11 of 11 stored results match their recomputation."]
    assert page.verification.text() == dialogs.infos[0]
    tab = page.results_tab
    verified = {page.results.model.index(n, tab.VERIFIED).data() for n in range(page.results.model.rowCount())}
    assert verified == {"Matches"}


def test_the_selected_result_shows_member_letters_reasons_and_the_criteria_chart(committee_page):
    page = committee_page("chair", "completed")
    tab = page.results_tab
    page.tabs.setCurrentIndex(page.RESULTS_TAB)
    failing = next(r for r in page.results.visible_records() if not r.passed)
    page.results.select_id(failing.application_id)
    shown = [tab.members_model.index(n, 0).data() for n in range(tab.members_model.rowCount())]
    assert shown[0] == "Member A" and len(shown) == 6
    assert "Dropped (trimmed)" in {tab.members_model.index(n, 2).data() for n in range(6)}
    assert "below the pass mark 70" in tab.reasons.text() and "information only" in tab.reasons.text()
    assert "they share that exclusion equally" in tab.reasons.text()  # the tie rule, stated where results are read
    assert [line.id for line in tab.chart.lines] == ["1", "2", "3", "4", "5", "6"]
    assert all(len(line.scores) == 6 for line in tab.chart.lines)
    assert tab.chart.x_of(0, 30) < tab.chart.x_of(12, 30) < tab.chart.x_of(30, 30)


def test_results_export_to_xlsx_in_the_background(committee_page, dialogs, qtbot, tmp_path):
    page = committee_page("secretariat", "completed")
    dialogs.save_path = tmp_path / "results"
    page.results_tab.export_button.click()
    qtbot.waitUntil(lambda: page.results_tab.export_task.done, timeout=20000)
    workbook = load_workbook(tmp_path / "results.xlsx")
    results, sheets = workbook.worksheets
    assert results.max_row == 12 and sheets.max_row == 1 + 65
    assert results["A2"].value == 1 and results["E2"].value == 86.75
    assert {row[1].value for row in sheets.iter_rows(min_row=2)} >= {"Member A", "Member B"}


@pytest.fixture
def excluded_member_context(demo_database, demo_actors):
    """The demo's excluded member logged in with an account of their own."""
    with demo_database.transaction() as s:
        row = create_user(s, demo_actors["admin"], "member2", EXCLUDED_MEMBER, "member2-password",
                          Role.COMMITTEE_MEMBER)
        member = s.scalars(select(CommitteeMember).where(CommitteeMember.name == EXCLUDED_MEMBER)).one()
        member.user_id = row.id
    with demo_database.read() as s:
        return AppContext(demo_database, actor_for(s.get_one(User, row.id)))


def test_the_excluded_member_sees_neither_the_applicants_result_nor_others_conflicts(
        qtbot, dialogs, excluded_member_context):
    page = CommitteePage(excluded_member_context, dialogs)
    qtbot.addWidget(page)
    page.refresh()
    page.choose_round(page.round_box.itemText(page.round_box.count() - 1).split()[0])
    names = [r.institution_name for r in page.results.records()]
    assert len(names) == 10 and "누리특허법인" not in names
    assert [c.member_name for c in page.conflicts.records()] == [EXCLUDED_MEMBER]
    page.verify()
    assert dialogs.infos == ["10 of 10 stored results match their recomputation."]
