"""The issue's "Done when", from the GUI on the demo: an inspector fills in the next inspection entirely from the
keyboard and raises a major finding, the applicant's corrective action is verified, both inspectors sign off
and the report prints."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.domain.inspections.models import FindingSeverity, FindingVerification, InspectionStatus
from desktop.ui.pages.inspections.page import InspectionsPage
from tests.documents.conftest import flat, read_pdf


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (QTest cannot type Hangul: each character is sent as a key event with its text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def keys(qtbot, widget, *sequence) -> None:
    for key in sequence:
        if isinstance(key, str):
            type_text(widget, key)
        else:
            qtbot.keyClick(widget, key)


def open_next(qtbot, context, dialogs, inspection_id) -> InspectionsPage:
    page = InspectionsPage(context, dialogs)
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # keyboard focus needs the active window
    page.refresh()
    page.table.select_id(inspection_id)
    qtbot.keyClick(page.table.view, Qt.Key.Key_Return)  # Enter opens the selected inspection
    assert page.workspace is not None
    return page


def test_an_inspector_does_the_whole_inspection_from_the_keyboard(qtbot, context_for, dialogs, next_inspection_id,
                                                                 evidence_file, tmp_path):
    page = open_next(qtbot, context_for("inspector"), dialogs, next_inspection_id)
    workspace = page.workspace
    form = workspace.form
    view = form.view
    assert form.progress_label.text() == "Answered 0 / 11"
    assert form.current_item_id() == "S1"

    keys(qtbot, view, Qt.Key.Key_C, Qt.Key.Key_C, Qt.Key.Key_4, Qt.Key.Key_5)  # S1 S2 conform, U1 4, F1 5
    assert form.current_item_id() == "C1"
    assert form.score_label.text().startswith("Score 24 / 51")

    qtbot.keyClick(view, Qt.Key.Key_N)  # C1 nonconform: the form asks for the note, the keyboard stays in the list
    assert form.current_item_id() == "C1"
    assert "note is required" in form.panel.message.text()
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter writes the note
    assert QApplication.focusWidget() is form.panel.note_edit
    keys(qtbot, form.panel.note_edit, "의뢰인 자료 보관함 잠금장치 미설치")
    assert form.panel.message.text() == "Nonconform: attach evidence (E)."  # the note is there: the prompt moves on
    keys(qtbot, form.panel.note_edit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view
    dialogs.open_paths = [evidence_file]
    keys(qtbot, view, Qt.Key.Key_E)  # evidence: nothing is asked any more
    assert form.panel.message.isHidden()
    keys(qtbot, view, Qt.Key.Key_M, Qt.Key.Key_F)  # major, go to the corrective action
    assert QApplication.focusWidget() is form.panel.corrective_action
    keys(qtbot, form.panel.corrective_action, "보관함 잠금장치 설치 및 출입기록 관리", Qt.Key.Key_Escape)
    row = form.state.items[form.state.index_of("C1")]
    assert row.finding.severity == FindingSeverity.MAJOR
    assert row.finding.corrective_action == "보관함 잠금장치 설치 및 출입기록 관리"
    assert [e.filename for e in row.evidence] == ["archive-photo.pdf"]
    assert row.problems == ()

    qtbot.keyClick(view, Qt.Key.Key_Tab)  # M1
    keys(qtbot, view, Qt.Key.Key_7)  # a score above the maximum is refused at the item
    assert "from 0 to 5" in form.panel.message.text()
    keys(qtbot, view, Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_C, Qt.Key.Key_C, Qt.Key.Key_C)  # M1 R1 I1 P1 K1
    assert form.current_item_id() == "N1"
    keys(qtbot, view, Qt.Key.Key_T)
    keys(qtbot, form.panel.text_edit, "특이사항 없음", Qt.Key.Key_Escape)
    assert form.progress_label.text() == "Answered 11 / 11"
    assert form.score_label.text() == "Score 41 / 51 (80.39 %)"
    assert form.problem_label.text() == "Ready to complete"

    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter: complete
    assert workspace.detail.status == InspectionStatus.COMPLETED
    assert workspace.tabs.currentIndex() == workspace.SIGNOFF_TAB

    findings = workspace.findings  # the applicant answers; the inspector checks the correction on site
    workspace.tabs.setCurrentIndex(workspace.FINDINGS_TAB)
    findings.table.select_row(0)
    findings.response.setPlainText("잠금장치 설치 사진 및 출입기록부 사본 제출")
    qtbot.mouseClick(findings.record_button, Qt.MouseButton.LeftButton)
    findings.note.setPlainText("현장 재방문으로 설치 확인")
    qtbot.mouseClick(findings.effective_button, Qt.MouseButton.LeftButton)
    assert workspace.detail.findings[0].verification == FindingVerification.EFFECTIVE

    qtbot.mouseClick(workspace.signoff.sign_button, Qt.MouseButton.LeftButton)
    assert [bool(i.signed_at) for i in workspace.detail.inspectors] == [True, False]
    assert workspace.detail.status == InspectionStatus.COMPLETED

    second = open_next(qtbot, context_for("inspector2"), dialogs, next_inspection_id)
    second.workspace.tabs.setCurrentIndex(second.workspace.SIGNOFF_TAB)
    qtbot.mouseClick(second.workspace.signoff.sign_button, Qt.MouseButton.LeftButton)
    assert second.workspace.detail.status == InspectionStatus.SIGNED
    assert second.workspace.detail.blockers == ()
    assert "may go to the committee" in second.workspace.signoff.committee.text()

    dialogs.save_path = tmp_path / "report.pdf"
    assert second.workspace.report.save() == dialogs.save_path
    text = flat(" ".join(p.extract_text() for p in read_pdf(dialogs.save_path.read_bytes()).pages))
    assert "현장실사 결과 보고" in text
    assert "41 / 51점 (80.39%)" in text
    assert "종결(시정 확인)" in text and "보관함 잠금장치 설치 및 출입기록 관리" in text
    assert "이현우" in text and "정수빈" in text and "미서명" not in text
    assert dialogs.errors == []


def test_the_checklist_is_read_only_once_signed(qtbot, context_for, dialogs, demo_database):
    from desktop.domain.inspections.service import list_inspections

    with demo_database.read() as session:
        signed = next(r for r in list_inspections(session, context_for("inspector").actor)
                      if r.status == InspectionStatus.SIGNED)
    page = open_next(qtbot, context_for("inspector"), dialogs, signed.id)
    form = page.workspace.form
    before = form.progress_label.text(), form.score_label.text()
    qtbot.keyClick(form.view, Qt.Key.Key_N)
    assert form.panel.message.text() == "This checklist is read-only."
    assert (form.progress_label.text(), form.score_label.text()) == before
    assert not page.workspace.complete_button.isEnabled()
    assert not page.workspace.signoff.sign_button.isEnabled()
