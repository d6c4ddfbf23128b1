"""The Decisions page chosen with the mouse: a click shows the decision and enables what its status allows."""

from desktop.domain.decisions.models import DecisionOutcome, DecisionStatus
from desktop.ui.pages.decisions.page import DecisionsPage
from tests.ui.mouse import click_header, click_record, click_row


def enabled(page: DecisionsPage) -> set[str]:
    buttons = (page.edit_button, page.review_button, page.discard_button, page.issue_button, page.correct_button,
               page.preview_button, page.print_button, page.save_button)
    return {b.objectName() for b in buttons if b.isEnabled()}


def test_a_click_on_a_draft_or_an_issued_decision_shows_it_and_its_actions(make_page, qtbot):
    page = make_page(DecisionsPage)
    assert enabled(page) == set() and page.detail.toPlainText() == ""
    draft = click_record(qtbot, page.table, lambda r: r.status == DecisionStatus.DRAFT, column=page.INSTITUTION)
    assert draft.application_number in page.detail.toPlainText()
    # drafted by this secretariat user: someone else marks it reviewed, and only the approver issues it
    assert enabled(page) == {"editButton", "discardButton", "previewButton"}
    assert "may not" in page.issue_button.toolTip()
    issued = click_record(qtbot, page.table, lambda r: r.status == DecisionStatus.ISSUED)
    assert issued.number in page.detail.toPlainText() and "Issued documents" in page.detail.toPlainText()
    assert enabled(page) == {"correctButton", "previewButton", "printButton", "saveButton"}


def test_a_certificate_is_offered_only_for_the_clicked_designation(make_page, qtbot):
    page = make_page(DecisionsPage)
    page.kind.setCurrentIndex(page.kind.findText("Designation certificate"))
    click_record(qtbot, page.table, lambda r: r.outcome == DecisionOutcome.NOT_DESIGNATED)
    assert not page.print_button.isEnabled() and not page.preview_button.isEnabled()
    click_record(qtbot, page.table, lambda r: r.outcome == DecisionOutcome.DESIGNATED
                 and r.status == DecisionStatus.ISSUED)
    assert page.print_button.isEnabled() and page.preview_button.isEnabled()


def test_the_only_decision_of_a_round_opens_with_one_click(make_page, qtbot):
    page = make_page(DecisionsPage)
    draft = next(r for r in page.table.records() if r.status == DecisionStatus.DRAFT)
    page.round.setCurrentIndex(page.round.findData(draft.round_id))
    assert page.table.visible_records() == [draft]
    click_row(qtbot, page.table.view, 0)
    assert draft.application_number in page.detail.toPlainText() and page.edit_button.isEnabled()


def test_after_sorting_by_number_a_click_opens_the_decision_on_that_row(make_page, qtbot):
    page = make_page(DecisionsPage)
    newest_first = [r.number for r in page.table.visible_records()]
    click_header(qtbot, page.table.view, page.NUMBER)
    assert [r.number for r in page.table.visible_records()] == newest_first[::-1]
    click_row(qtbot, page.table.view, 0)
    oldest = page.table.visible_records()[0]
    assert oldest.number == "제2026-0001호" and oldest.number in page.detail.toPlainText()
