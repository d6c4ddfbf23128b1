"""Members from the GUI: adding a member (errors at the field), recording a past service that the member then
sees suggested as a conflict on the declaration board."""

from datetime import timedelta

from PySide6.QtCore import QDate

from desktop.core.clock import today
from desktop.ui.widgets.feedback import field_level


def test_adding_a_member_keeps_the_form_on_a_bad_term(committee_page, dialogs):
    page = committee_page("secretariat")
    dialog = page.members_tab.open_add()
    dialog.name.setText("김새롬")
    dialog.affiliation.setText("한국발명진흥회")
    dialog.term_end.setDate(dialog.term_start.date().addDays(-1))
    dialog.try_submit()
    assert dialog.isVisible() and field_level(dialog.term_end) == "error"
    dialog.term_end.setDate(dialog.term_start.date().addDays(365))
    dialog.try_submit()
    assert not dialog.isVisible() and len(page.members.records()) == 8


def test_a_recorded_past_service_is_suggested_to_the_member(committee_page, context_for, qtbot, dialogs):
    page = committee_page("secretariat")
    tab = page.members_tab
    tab.table.select_id(next(m.id for m in tab.records() if m.name == "박지민"))
    dialog = tab.open_affiliation()
    dialog.organisation.setText("한울기술경제연구소")
    dialog.relation.setCurrentIndex(1)
    end = today() - timedelta(days=100)
    dialog.end.setDate(QDate(end.year, end.month, end.day))
    dialog.try_submit()
    assert not dialog.isVisible() and dialogs.errors == []
    member_page = committee_page("member")
    line = member_page.conflicts_tab.board.records()[0]
    assert line.suggestion.startswith("Service to 한울기술경제연구소 until")
    assert "Directly involved in the matter" in line.suggestion


def test_the_secretariat_seats_a_round_committee_from_the_dialog(committee_page, dialogs, demo_database, demo_actors):
    from datetime import timedelta

    from PySide6.QtCore import Qt

    from desktop.core.clock import now, today
    from desktop.domain.applications import rounds
    from desktop.domain.committee.members import list_seats

    with demo_database.transaction() as s:
        start = today()
        new_id = rounds.create_round(s, demo_actors["secretariat"], "2099-1", "시험 공고", start,
                                     start + timedelta(days=30), now() + timedelta(days=30))
    page = committee_page("secretariat", "open")
    page.refresh()
    page.choose_round("2099-1")
    dialog = page.members_tab.open_seats()
    assert dialog is not None and dialog.chosen() == []
    dialog.try_submit()  # nobody chosen: the message stays in the dialog
    assert "Choose the members" in dialog.banner.text() and dialog.isVisible()
    for n in range(3):
        dialog.members.item(n).setCheckState(Qt.CheckState.Checked)
    dialog.chair.setCurrentIndex(1)
    dialog.try_submit()
    assert not dialog.isVisible()
    with demo_database.read() as s:
        seats = list_seats(s, demo_actors["secretariat"], new_id)
    assert [seat.label for seat in seats] == ["A", "B", "C"]
    assert sum(seat.is_chair for seat in seats) == 1 and seats[1].is_chair
    assert page.members_tab.table.model.rowCount() >= 3
