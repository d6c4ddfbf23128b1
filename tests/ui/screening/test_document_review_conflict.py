"""Two screeners on one document: a review saved over another desktop's review of the same file is refused with
who reviewed it and when, shows theirs beside mine, and is saved only if asked to ("apply mine")."""

import pytest
from PySide6.QtCore import Qt

from desktop.domain.applications.attachments import review_attachment
from desktop.domain.applications.models import ApplicationStatus, AttachmentStatus
from desktop.ui.dialogs.edit_conflict import APPLY_MINE, RELOAD
from tests.ui.mouse import click_record, click_row


@pytest.mark.parametrize("choice", [RELOAD, APPLY_MINE])
def test_a_review_over_another_screeners_review_asks_which_to_keep(make_page, qtbot, dialogs, demo_database,
                                                                   demo_actors, choice):
    page = make_page()
    click_record(qtbot, page.table, lambda r: r.status == ApplicationStatus.SUBMITTED)
    click_row(qtbot, page.detail.documents_view, 0, column=1)
    shown = page.detail.selected_document()
    with demo_database.transaction() as session:  # another desktop rejects it meanwhile
        review_attachment(session, demo_actors["secretariat"], shown.id, False, "사본이 흐립니다",
                          expected_version=shown.version)

    dialogs.conflict_answer = choice
    qtbot.mouseClick(page.detail.accept_button, Qt.MouseButton.LeftButton)
    [(error, values)] = [args for name, args in dialogs.calls if name == "resolve_edit_conflict"]
    assert "was changed by 김하늘" in error.message
    assert [(v.mine, v.stored) for v in values] == [("Accepted", "Rejected: 사본이 흐립니다")]
    stored = page.detail.selected_document()
    if choice == RELOAD:
        assert stored.status is AttachmentStatus.REJECTED and stored.rejection_reason == "사본이 흐립니다"
    else:
        assert stored.status is AttachmentStatus.ACCEPTED and stored.version == shown.version + 2
