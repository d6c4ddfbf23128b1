"""The Committee page's buttons as each role sees them: disabled, with the reason on hover, where not theirs."""

from tests.ui.pointer import hover_tooltip


def test_committee_page_buttons_for_a_member_and_the_secretariat(qtbot, committee_page) -> None:
    member = committee_page("member")
    tab = member.members_tab
    for button in (tab.add_button, tab.affiliation_button, tab.seats_button):
        assert not button.isEnabled()
    assert hover_tooltip(qtbot, tab.seats_button) == "Your role (Committee member) may not manage the committee."
    meetings = member.meetings_tab
    assert meetings.open_button.toolTip() == "Your role (Committee member) may not chair meetings."
    secretariat = committee_page("secretariat")
    assert secretariat.members_tab.seats_button.isEnabled()
    assert not secretariat.scoring_tab.form.submit_button.isEnabled()
    assert secretariat.scoring_tab.form.submit_button.toolTip() == "Your role (Secretariat) may not score applicants."
    report = member.inspections_tab.summary.report.button
    assert not report.isEnabled() and report.toolTip() == "Your role (Committee member) may not print documents."
