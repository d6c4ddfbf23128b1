"""The Sanctions page with the mouse: a click on a case lists its documents, a click on one previews it; the prior
notice is sent and the drafted disposition approved with a press of a button; the Registry page follows."""

from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.sanctions.disposition import draft_disposition
from desktop.domain.sanctions.models import CaseStatus, DispositionKind
from desktop.ui.pages.registry.page import RegistryPage
from desktop.ui.pages.sanctions.page import SanctionsPage
from tests.domain.sanctions.steps import heard_case, open_breach_case
from tests.ui.mouse import click_record
from tests.ui.sanctions.forms import press_ok


def test_the_demo_cases_and_their_documents_open_with_clicks(make_page, qtbot, dialogs, tmp_path):
    page = make_page(SanctionsPage)
    assert {r.intended.value for r in page.table.records()} == {"suspension", "revocation"}
    assert page.documents_title.text() == "Select a case to see its documents." or page.documents.records()
    case = click_record(qtbot, page.table, lambda r: r.intended.value == "suspension", column=page.INSTITUTION)
    assert page.documents_title.text() == f"Documents of {case.number} ({case.institution_name})"
    assert page.evidence_label.text() == "Evidence: 평가보고서 점검 결과 (부적정 3건) (2026년 상반기 평가보고서 점검)"
    kinds = [d.kind for d in page.documents.records()]
    assert kinds == ["sanction_notice", "hearing_notice", "hearing_record", "sanction_disposition"]
    click_record(qtbot, page.documents, lambda d: d.kind == "sanction_disposition", column=page.DOC_NUMBER)
    assert page.preview_button.isEnabled() and not page.notice_button.isEnabled()
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.preview_dialog is not None and page.preview_dialog.isVisible()
    assert dialogs.calls == []  # the Korean file was issued by the demo: shown as stored, nothing asked
    page.preview_dialog.grab().save(str(tmp_path / "preview.png"))
    dialogs.save_path = tmp_path / "disposition.pdf"
    qtbot.mouseClick(page.preview_dialog.save_button, Qt.MouseButton.LeftButton)  # the file as shown
    assert dialogs.suggested == f"{page.documents.current_record().number}-ko.pdf"
    assert (tmp_path / "disposition.pdf").read_bytes().startswith(b"%PDF")
    page.grab().save("/tmp/sanctions13-page-en.png")


def test_the_prior_notice_is_sent_with_a_button(make_page, qtbot, demo_database, demo_actors):
    case_id = open_breach_case(demo_database, demo_actors)
    page = make_page(SanctionsPage)
    click_record(qtbot, page.table, lambda r: r.id == case_id)
    assert page.notice_button.isEnabled() and page.documents.records() == []
    qtbot.mouseClick(page.notice_button, Qt.MouseButton.LeftButton)
    press_ok(qtbot, page.dialog)
    row = next(r for r in page.table.records() if r.id == case_id)
    assert row.status == CaseStatus.NOTICED
    assert [d.kind for d in page.documents.records()] == ["sanction_notice"]


def test_the_approver_issues_the_drafted_disposition_and_the_registry_shows_the_suspension(
        make_page, qtbot, demo_database, demo_actors, dialogs):
    case_id = heard_case(demo_database, demo_actors, entry_id=1)
    with demo_database.transaction() as s:
        draft_disposition(s, demo_actors["secretariat"], case_id, DispositionKind.SUSPENSION, date(2026, 12, 14),
                          "평가기준 위반", months=2)
    page = make_page(SanctionsPage, "approver")
    click_record(qtbot, page.table, lambda r: r.id == case_id)
    assert [d.issued for d in page.documents.records()][-1] is False
    assert page.issue_button.isEnabled()
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert "Approve and issue the disposition" in dialogs.prompts[-1]
    assert next(r for r in page.table.records() if r.id == case_id).status == CaseStatus.DISPOSED
    registry = make_page(RegistryPage)
    row = next(n for n, r in enumerate(registry.table.records()) if r.id == 1)
    # The tests' clock stands on the hearing day (2026-12-10): designated still; the suspension shows in the history.
    assert registry.table.model.index(row, registry.STATUS).data() == "Designated"
    from tests.domain.sanctions.steps import move_clock_to

    move_clock_to(date(2026, 12, 20))
    registry.refresh()
    assert registry.table.model.index(row, registry.STATUS).data() == "Suspended until 2027. 2. 13."
    move_clock_to(date(2027, 2, 14))
    registry.refresh()
    assert registry.table.model.index(row, registry.STATUS).data() == "Designated"
