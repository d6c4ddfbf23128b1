"""Every list of the Committee page chosen with the mouse: a click opens the clicked row's detail and actions."""

from PySide6.QtCore import Qt

from desktop.domain.committee.models import ChallengeOutcome, MeetingStatus
from tests.ui.mouse import click_header, click_record, click_row


def test_a_click_on_a_result_shows_each_members_total_and_the_chart(committee_page, qtbot):
    page = committee_page("chair", "completed")
    tab = page.results_tab
    failing = click_record(qtbot, page.results, lambda r: not r.passed, column=tab.INSTITUTION)
    assert tab.heading.text().startswith(f"{failing.application_number} {failing.institution_name}: aggregate")
    assert "— fail" in tab.heading.text()
    assert tab.members_model.rowCount() == len(failing.members) == 6
    assert "below the pass mark 70" in tab.reasons.text()
    assert [line.id for line in tab.chart.lines] == ["1", "2", "3", "4", "5", "6"]
    passing = click_record(qtbot, page.results, lambda r: r.passed)
    assert tab.heading.text().startswith(passing.application_number) and "— pass" in tab.heading.text()


def test_after_sorting_the_results_by_aggregate_a_click_opens_the_applicant_on_that_row(committee_page, qtbot):
    page = committee_page("chair", "completed")
    tab = page.results_tab
    click_header(qtbot, page.results.view, tab.AGGREGATE)
    aggregates = [r.aggregate for r in page.results.visible_records()]
    assert aggregates in (sorted(aggregates), sorted(aggregates, reverse=True))
    click_row(qtbot, page.results.view, 0)
    lowest_or_highest = page.results.visible_records()[0]
    assert tab.heading.text().startswith(lowest_or_highest.application_number)
    assert f"rank {lowest_or_highest.rank} of 11" in tab.heading.text()


def test_the_only_result_of_the_open_round_opens_with_one_click(committee_page, qtbot):
    page = committee_page("chair", "open")
    (only,) = page.results.visible_records()
    click_row(qtbot, page.results.view, 0)
    assert page.results_tab.heading.text().startswith(only.application_number)
    assert page.results_tab.members_model.rowCount() == len(only.members)


def test_a_click_on_a_member_then_add_affiliation_opens_it_for_that_member(committee_page, qtbot):
    page = committee_page("secretariat", "completed")
    tab = page.members_tab
    member = click_record(qtbot, page.members, lambda r: r.name == "장도현", column=3)
    qtbot.mouseClick(tab.affiliation_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is not None and tab.dialog.windowTitle() == f"Affiliation of {member.name}"
    tab.dialog.reject()


def test_a_click_on_the_only_meeting_shows_its_agenda_and_the_chairs_actions(committee_page, qtbot):
    page = committee_page("chair", "open")
    tab = page.meetings_tab
    (meeting,) = tab.table.visible_records()
    click_row(qtbot, tab.table.view, 0, column=2)
    assert tab.table.current_record() == meeting and meeting.status == MeetingStatus.OPEN
    assert tab.detail.text().startswith("Agenda: ")
    assert tab.close_button.isEnabled() and not tab.open_button.isEnabled()
    click_row(qtbot, tab.table.view, 0, modifier=Qt.KeyboardModifier.ControlModifier)  # deselected
    assert tab.detail.text() == "No meeting selected." and not tab.close_button.isEnabled()
    click_row(qtbot, tab.table.view, 0)
    assert tab.close_button.isEnabled()


def test_a_click_on_an_applicant_of_the_declaration_board_opens_its_declaration(committee_page, qtbot):
    page = committee_page("member", "open")
    tab = page.conflicts_tab
    second = tab.board.visible_records()[1]
    click_row(qtbot, tab.board.view, 1, column=1)
    qtbot.mouseClick(tab.declare_button, Qt.MouseButton.LeftButton)
    assert tab.dialog is not None
    assert f"{second.application_number} {second.institution_name}" in _texts(tab.dialog)
    tab.dialog.reject()


def test_the_chair_confirms_the_clicked_declaration(committee_page, qtbot, dialogs):
    page = committee_page("chair", "open")
    tab = page.conflicts_tab
    (declared,) = page.conflicts.visible_records()
    click_row(qtbot, page.conflicts.view, 0, column=2)
    with qtbot.waitSignal(page.statusMessage) as announced:
        qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    assert announced.args == ["Declaration confirmed."] and dialogs.errors == []
    assert page.conflicts.current_record().id == declared.id and page.conflicts.current_record().confirmed_by


def test_a_click_on_the_pending_challenge_lets_the_member_vote(committee_page, qtbot, dialogs):
    page = committee_page("member", "open")
    tab = page.challenges_tab
    (challenge,) = tab.table.visible_records()
    assert challenge.outcome == ChallengeOutcome.PENDING and not tab.uphold_button.isEnabled()
    click_row(qtbot, tab.table.view, 0)
    assert tab.uphold_button.isEnabled() and tab.reject_button.isEnabled()
    qtbot.mouseClick(tab.reject_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == [] and tab.table.current_record().my_vote is False


def test_a_click_on_an_applicant_to_score_loads_the_members_sheet(committee_page, qtbot):
    page = committee_page("member", "open")
    tab = page.scoring_tab
    rows = tab.table.visible_records()
    assert tab.form.title.text().startswith(rows[0].application_number)  # the first is open on arrival
    click_row(qtbot, tab.table.view, 1, column=1)
    assert tab.form.title.text().startswith(f"{rows[1].application_number} {rows[1].institution_name}")
    click_row(qtbot, tab.table.view, 0)
    assert tab.form.title.text().startswith(rows[0].application_number)


def test_a_click_on_an_inspection_offers_its_report(committee_page, qtbot):
    page = committee_page("secretariat", "completed")
    panel = page.inspections_tab.summary
    assert not panel.report.button.isEnabled()
    chosen = click_record(qtbot, panel.table, lambda r: True, column=1)
    assert panel.report.button.isEnabled() and panel.table.current_record() == chosen
    assert panel.report_pdf("en").startswith(b"%PDF")


def _texts(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel))
