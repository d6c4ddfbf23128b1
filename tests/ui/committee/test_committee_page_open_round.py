"""The open demo round from the GUI: a member declares and scores blind (errors at the field), the chair returns
a sheet and closes a challenge vote, attendance shows the quorum and closing without it is refused."""

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.domain.committee.models import Meeting, MeetingStatus
from desktop.domain.scoring.models import SheetStatus
from desktop.ui.widgets.feedback import field_level
from tests.ui.committee.test_score_sheet import type_sheet

GOOD = {"1": "24", "2": "12", "3": "8", "4": "20", "5": "8", "6": "8"}


def test_a_member_scores_blind_with_messages_at_the_field(committee_page, dialogs, qtbot):
    page = committee_page("member")
    tab = page.scoring_tab
    page.tabs.setCurrentIndex(page.SCORING_TAB)
    assert tab.table.current_record().my_status == SheetStatus.DRAFT
    assert tab.others_model.rowCount() == 0 and "after submitting yours" in tab.others_note.text()
    page.show()
    type_sheet(qtbot, tab.form, dict(GOOD, **{"4": "31"}))  # checked at the field as it is typed
    assert "between 0 and 25" in tab.form.summary.text() and tab.form.error_field() is tab.form.scores["4"]
    assert not tab.form.submit_button.isEnabled()
    assert tab.form.scores["4"].text() == "31"  # what was typed stays
    type_sheet(qtbot, tab.form, {"4": "9"})
    assert "needs a comment" in tab.form.messages["4"].text() and field_level(tab.form.comments["4"]) == "error"
    type_sheet(qtbot, tab.form, {}, {"4": "품질관리 매뉴얼 없음"})
    qtbot.mouseClick(tab.form.submit_button, Qt.MouseButton.LeftButton)
    assert dialogs.errors == [] and len(dialogs.prompts) == 1  # one confirmation, once nothing is wrong
    assert tab.table.current_record().my_status == SheetStatus.SUBMITTED
    assert tab.others_model.rowCount() == 5  # own + the four submitted sheets of the others
    labels = {tab.others_model.index(n, 0).data() for n in range(5)}
    assert "Member A" in labels and any(label.endswith("(you)") for label in labels)
    assert not tab.form.submit_button.isEnabled()


def test_a_recusal_without_a_reason_is_refused_in_the_dialog(committee_page, dialogs):
    page = committee_page("member")
    tab = page.conflicts_tab
    line = tab.board.records()[0]
    assert line.kind is not None  # the demo member declared already
    tab.board.select_row(0)
    dialog = tab.open_declaration()
    dialog.recusal.setChecked(True)
    dialog.statement.setPlainText("")
    dialog.try_submit()
    assert dialog.isVisible() and "reason" in dialog.banner.text()
    assert field_level(dialog.statement) == "error"
    dialog.reject()


def test_the_chair_returns_a_sheet_only_once_the_scoring_is_complete(committee_page, dialogs, demo_database,
                                                                     demo_actors):
    from desktop.domain.scoring.models import ScoreSheet
    from desktop.domain.scoring.sheets import EntryInput, save_sheet

    page = committee_page("chair")
    tab = page.scoring_tab
    assert not tab.others.others_visible and not tab.return_button.isEnabled()
    assert "4 of 6" in tab.others_note.text()
    application_id = tab.table.current_record().application_id
    with demo_database.transaction() as s:  # B and E (whose sheet was returned) submit
        for username in ("member", "member-e"):
            save_sheet(s, demo_actors[username], application_id, {k: EntryInput(v) for k, v in GOOD.items()},
                       submit=True)
    page.refresh()
    assert tab.others.others_visible and tab.others_model.rowCount() == 6
    tab.others_view.selectRow(2)
    dialogs.answers = ["항목 3 근거 확인 요망"]
    tab.return_button.click()
    assert dialogs.errors == []
    assert tab.table.current_record().submitted == 5
    with demo_database.read() as s:
        statuses = s.scalars(select(ScoreSheet.status).where(ScoreSheet.application_id == application_id)).all()
    assert sorted(statuses).count(SheetStatus.RETURNED) == 1


def test_the_chair_closes_the_challenge_vote(committee_page, dialogs):
    page = committee_page("chair")
    tab = page.challenges_tab
    tab.table.select_row(0)
    tab.uphold_button.click()
    assert tab.table.current_record().my_vote is True
    tab.decide_button.click()
    assert dialogs.infos == ["The challenge of 서지안 is rejected."]
    assert page.challenges_tab.table.records()[0].votes_to_uphold == 2


def test_attendance_shows_the_quorum_and_closing_needs_it(committee_page, dialogs, demo_database):
    page = committee_page("chair")
    tab = page.meetings_tab
    tab.table.select_row(0)
    dialog = tab.open_attendance()
    for box in list(dialog.boxes.values())[3:]:
        box.setChecked(False)
    assert dialog.quorum_label.text() == "3 of 7 present; 4 needed: no quorum"
    dialog.try_submit()
    dialogs.answers = ["회의 종료"]
    tab.close_button.click()
    assert dialogs.errors == ["No quorum: 3 of 7 members are present, 4 are needed. Record the attendance first."]
    with demo_database.read() as s:
        assert s.scalars(select(Meeting.status).order_by(Meeting.held_at.desc())).first() == MeetingStatus.OPEN


def test_minutes_are_saved_as_pdf_from_the_meetings_tab(committee_page, dialogs, tmp_path):
    page = committee_page("secretariat", "completed")
    tab = page.meetings_tab
    tab.table.select_row(0)
    dialogs.save_path = tmp_path / "minutes"
    path = tab.save_minutes()
    assert path == tmp_path / "minutes.pdf" and path.read_bytes().startswith(b"%PDF")
