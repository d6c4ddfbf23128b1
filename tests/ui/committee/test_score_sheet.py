"""The member's score sheet as a person fills it in: every problem shows at its field while typing (out of range,
off the 0.5 step, not a number, a low score without its comment) with a summary; the total counts only valid scores;
Submit stays disabled, saying why, and asks no confirmation while a problem remains; a submitted sheet looks locked."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.domain.scoring.models import SheetStatus
from desktop.ui.theme import locked_field_style
from desktop.ui.widgets.feedback import field_level


def retype(qtbot, field, text: str) -> None:
    """Select what the field holds and type ``text`` over it, key by key (Hangul as key events with their text)."""
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def type_sheet(qtbot, form, scores: dict[str, str], comments: dict[str, str] | None = None) -> None:
    for cid, text in scores.items():
        retype(qtbot, form.scores[cid], text)
    for cid, text in (comments or {}).items():
        retype(qtbot, form.comments[cid], text)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def scoring(committee_page, qtbot, row: int = 0):  # type: ignore[no-untyped-def]
    page = committee_page("member")
    page.show()
    page.tabs.setCurrentIndex(page.SCORING_TAB)
    tab = page.scoring_tab
    # RecordTable announces a mouse-selected row before the row is selected (the selection wiring is fixed
    # elsewhere): select it as the keyboard would, then the click on the row only confirms it.
    tab.table.select_row(row)
    view = tab.table.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(row, 1)).center())
    assert tab.table.current_record() is tab.table.visible_records()[row]
    return tab


def test_every_problem_shows_at_its_field_as_it_is_typed_and_submit_waits(committee_page, qtbot, dialogs):
    tab = scoring(committee_page, qtbot)
    form = tab.form
    assert tab.table.current_record().my_status == SheetStatus.DRAFT
    type_sheet(qtbot, form, {"1": "24", "2": "12.3", "3": "11", "4": "abc", "5": "2", "6": "8"})

    assert "between 0 and 10" in form.messages["3"].text() and field_level(form.scores["3"]) == "error"
    assert "steps of 0.5" in form.messages["2"].text() and field_level(form.scores["2"]) == "error"
    assert "'abc' is not a number" in form.messages["4"].text() and field_level(form.scores["4"]) == "error"
    assert "below 4 (40% of 10) needs a comment" in form.messages["5"].text()
    assert field_level(form.comments["5"]) == "error" and field_level(form.scores["5"]) == ""
    assert form.messages["1"].isHidden() and form.messages["6"].isHidden()
    summary = form.summary.text()
    assert summary.startswith("Fix these before saving:") and summary.count("•") == 4
    assert form.total.text() == "Total so far 34 of 100 (incomplete: only valid scores count)"  # 24 + 2 + 8
    assert not form.submit_button.isEnabled() and not form.save_button.isEnabled()
    assert "between 0 and 10" in form.submit_button.toolTip() and "needs a comment" in form.submit_button.toolTip()

    click(qtbot, form.submit_button)  # disabled: no confirmation, nothing saved
    assert dialogs.prompts == [] and dialogs.errors == []
    assert tab.table.current_record().my_status == SheetStatus.DRAFT

    retype(qtbot, form.scores["3"], "10")  # each message goes as soon as its problem is fixed
    assert form.messages["3"].isHidden() and field_level(form.scores["3"]) == ""
    assert form.summary.text().count("•") == 3
    type_sheet(qtbot, form, {"2": "12.5", "4": "20"}, {"5": "사업계획서 수익 추정 근거 없음"})
    assert form.summary.isHidden() and form.error_field() is None
    assert form.total.text() == "Total 76.5 of 100"
    assert form.submit_button.isEnabled() and "locks your sheet" in form.submit_button.toolTip()

    click(qtbot, form.submit_button)
    assert len(dialogs.prompts) == 1 and "Submit your sheet for" in dialogs.prompts[0]
    assert dialogs.errors == []
    assert tab.table.current_record().my_status == SheetStatus.SUBMITTED
    assert form.scores["2"].text() == "12.5" and form.comments["5"].text() == "사업계획서 수익 추정 근거 없음"
    assert all(field.isReadOnly() for field in form.fields())


def test_a_draft_with_blanks_saves_but_submitting_needs_every_score(committee_page, qtbot, dialogs):
    tab = scoring(committee_page, qtbot)
    form = tab.form  # the demo draft: criteria 1 and 2 scored
    assert "not scored yet: 3, 4, 5, 6" in form.summary.text() and form.summary.level == "info"
    assert form.save_button.isEnabled() and not form.submit_button.isEnabled()
    assert "Criterion 3: enter a score before submitting." in form.submit_button.toolTip()
    assert all(field_level(field) == "" for field in form.fields())  # a blank is not an error in a draft
    retype(qtbot, form.scores["3"], "7")
    click(qtbot, form.save_button)
    assert dialogs.prompts == [] and dialogs.errors == []
    assert form.scores["3"].text() == "7" and "not scored yet: 4, 5, 6" in form.summary.text()


def test_a_submitted_sheet_looks_locked_and_takes_no_typing(committee_page, qtbot, dialogs):
    tab = scoring(committee_page, qtbot, row=1)
    form = tab.form
    assert tab.table.current_record().my_status == SheetStatus.SUBMITTED
    assert "Submitted and locked" in form.banner.text()
    before = [field.text() for field in form.fields()]
    for field in form.fields():
        assert field.isReadOnly() and field.styleSheet() == locked_field_style()
        assert "locked" in field.toolTip()
    retype(qtbot, form.scores["1"], "3")
    assert [field.text() for field in form.fields()] == before
    assert not form.save_button.isEnabled() and not form.submit_button.isEnabled()
    assert "locked" in form.submit_button.toolTip()
    assert form.total.text().startswith("Total ") and "incomplete" not in form.total.text()
