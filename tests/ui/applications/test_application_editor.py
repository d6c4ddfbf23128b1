"""The application editor: inline validation, one-transaction save, read-only mode, attachments."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop.db.engine import Database
from desktop.domain.applications.service import StaffData
from desktop.ui.pages.applications import controller
from desktop.ui.pages.applications.editor import (
    ATTACHMENTS_TAB,
    INSTITUTION_TAB,
    STAFF_TAB,
    ApplicationEditor,
    open_existing,
)
from desktop.ui.widgets.feedback import field_level


def new_editor(qtbot, context, dialogs) -> ApplicationEditor:
    rnd = controller.rounds_taking_applications(context)[0]
    editor = ApplicationEditor(context, dialogs, round_id=rnd.id, round_code=rnd.code)
    qtbot.addWidget(editor)
    return editor


def fill_valid(editor: ApplicationEditor, brn: str = "124-81-00998") -> None:
    form = editor.institution_form
    form.name.setText("테스트평가 주식회사")
    form.representative.setText("홍길동")
    form.address.setText("서울특별시 중구 세종대로 110")
    form.brn.setText(brn)
    editor.application_form.business_plan.setPlainText("평가 사업계획")
    editor.staff_panel.model.set_staff((StaffData(name="김평가"),))


def test_bad_brn_keeps_the_text_and_shows_the_error(qtbot, context_for, dialogs) -> None:
    editor = new_editor(qtbot, context_for("secretariat"), dialogs)
    fill_valid(editor, brn="124-81-009")
    form = editor.institution_form
    assert form.brn_feedback.isVisibleTo(editor) and "10 digits" in form.brn_feedback.text()
    assert field_level(form.brn) == "error"
    assert editor.save() is False
    assert editor.banner.isVisibleTo(editor) and "10 digits" in editor.banner.text()
    assert form.brn.text() == "124-81-009" and form.name.text() == "테스트평가 주식회사"
    assert editor.tabs.currentIndex() == INSTITUTION_TAB and field_level(form.brn) == "error"
    assert editor.result() != ApplicationEditor.DialogCode.Accepted


def test_check_digit_warning_requires_an_override_reason(qtbot, context_for, dialogs) -> None:
    editor = new_editor(qtbot, context_for("secretariat"), dialogs)
    fill_valid(editor, brn="124-81-00999")  # wrong check digit
    form = editor.institution_form
    assert field_level(form.brn) == "warning"
    assert form.brn_override_reason.isVisibleTo(editor)
    assert editor.save() is False
    assert field_level(form.brn_override_reason) == "error"
    form.brn_override_reason.setText("Printed so on the registration certificate.")
    with qtbot.waitSignal(editor.saved):
        assert editor.save() is True


def test_valid_brn_hides_the_override_field(qtbot, context_for, dialogs) -> None:
    editor = new_editor(qtbot, context_for("secretariat"), dialogs)
    editor.institution_form.brn.setText("1248100998")
    assert field_level(editor.institution_form.brn) == ""
    assert not editor.institution_form.brn_override_reason.isVisibleTo(editor)
    assert "124-81-00998" in editor.institution_form.brn_feedback.text()


def test_saving_a_new_institution_and_application(qtbot, context_for, dialogs, demo_database: Database) -> None:
    context = context_for("secretariat")
    editor = new_editor(qtbot, context, dialogs)
    fill_valid(editor)
    with qtbot.waitSignal(editor.saved) as saved:
        assert editor.save()
    application_id = saved.args[0]
    row = next(r for r in controller.list_rows(context) if r.id == application_id)
    assert row.institution_name == "테스트평가 주식회사" and row.brn == "124-81-00998" and row.staff_count == 1
    reopened = Database(demo_database.url)
    try:
        context.database = reopened
        assert any(r.id == application_id for r in controller.list_rows(context))
    finally:
        reopened.dispose()


def test_staff_error_points_at_the_row(qtbot, context_for, dialogs) -> None:
    editor = new_editor(qtbot, context_for("secretariat"), dialogs)
    fill_valid(editor)
    editor.staff_panel.add_person()  # a second row without a name
    assert editor.save() is False
    assert "Staff row 2" in editor.banner.text()
    assert editor.tabs.currentIndex() == STAFF_TAB
    assert editor.staff_panel.view.currentIndex().row() == 1


def test_existing_application_saves_with_its_version(qtbot, context_for, dialogs) -> None:
    context = context_for("secretariat")
    draft = next(r for r in controller.list_rows(context) if r.number == "2026-2-001")
    editor = open_existing(context, dialogs, draft.id)
    qtbot.addWidget(editor)
    assert not editor.read_only
    editor.application_form.facilities.setPlainText("서버실, 평가 DB 구독")
    assert editor.save()
    detail, _ = controller.load_detail(context, draft.id)
    assert detail.data.facilities == "서버실, 평가 DB 구독"


def test_read_only_for_a_committee_member(qtbot, context_for, dialogs) -> None:
    context = context_for("member")
    row = next(r for r in controller.list_rows(context) if r.number == "2026-2-001")
    editor = open_existing(context, dialogs, row.id)
    qtbot.addWidget(editor)
    assert editor.read_only and editor.save_button is None
    assert editor.institution_form.name.isReadOnly()
    assert not editor.staff_panel.add_button.isVisibleTo(editor)
    assert editor.save() is False


def test_attachments_refuse_bad_files_and_accept_dropped_ones(qtbot, context_for, dialogs, tmp_path: Path) -> None:
    editor = new_editor(qtbot, context_for("secretariat"), dialogs)
    panel = editor.attachments_panel
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    script = tmp_path / "virus.exe"
    script.write_bytes(b"MZ")
    fake_pdf = tmp_path / "fake.pdf"
    fake_pdf.write_bytes(b"not a pdf")
    assert panel.add_files([empty, script, fake_pdf]) == 0
    message = panel.banner.text()
    assert "empty.pdf is empty" in message and "'.exe'" in message and "not a readable PDF" in message
    good = tmp_path / "사업계획서.pdf"
    good.write_bytes(b"%PDF-1.4\n%test\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    assert panel.model.rowCount() == 1 and not panel.banner.isVisibleTo(editor)
    fill_valid(editor)
    assert editor.save(), editor.banner.text() + str(dialogs.errors)
    detail, _ = controller.load_detail(editor.context, editor.saved_id)
    assert [a.filename for a in detail.attachments] == ["사업계획서.pdf"]
    assert editor.tabs.indexOf(panel) == ATTACHMENTS_TAB
