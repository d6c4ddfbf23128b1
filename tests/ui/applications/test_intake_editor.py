"""The intake editor: roster import (in the background) and export, the live checklist, PDF preview of attachments,
and an already registered institution offered instead of a duplicate."""

from pathlib import Path

from openpyxl import load_workbook

from desktop.domain.applications.models import AttachmentKind, Qualification
from desktop.domain.screening.checklist import DocumentState
from desktop.ui.pages.applications import controller
from desktop.ui.pages.applications.editor import CHECKLIST_TAB, ApplicationEditor, open_existing

HEADER = "성명,직위,상근 여부,재직 증빙,자격,박사 분야,관련 분야 박사,평가 경력(년),경력 증빙"
PDF = b"%PDF-1.4\n%test\n"


def new_editor(qtbot, context, dialogs) -> ApplicationEditor:
    rnd = controller.rounds_taking_applications(context)[0]
    editor = ApplicationEditor(context, dialogs, round_id=rnd.id, round_code=rnd.code)
    qtbot.addWidget(editor)
    return editor


def write_csv(path: Path, rows: list[str], encoding: str = "cp949") -> Path:
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode(encoding))
    return path


def import_file(qtbot, editor: ApplicationEditor, dialogs, path: Path):
    dialogs.open_paths = [path]
    task = editor.staff_panel.import_roster()
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    return task


def test_a_cp949_roster_fills_the_table_off_the_gui_thread(qtbot, context_for, dialogs, tmp_path) -> None:
    editor = new_editor(qtbot, context_for("secretariat"), dialogs)
    rows = [f"직원{n},연구원,Y,고용보험,{'변리사' if n < 2 else '없음'},,N,{n % 20},평가목록" for n in range(1000)]
    task = import_file(qtbot, editor, dialogs, write_csv(tmp_path / "인력.csv", rows))
    assert task.error is None and task.result.read_as == "CSV, CP949"
    staff = editor.staff_panel.model.staff()
    assert len(staff) == 1000 and staff[0].qualification == Qualification.PATENT_ATTORNEY
    assert "Imported 1000 people from 인력.csv (CSV, CP949)" in editor.staff_panel.banner.text()
    assert editor.dirty


def test_bad_rows_are_all_listed_and_nothing_is_imported(qtbot, context_for, dialogs, tmp_path) -> None:
    editor = new_editor(qtbot, context_for("secretariat"), dialogs)
    path = write_csv(tmp_path / "bad.csv", ["김,수석,Y,,세무사,,,5,", ",선임,Y,,없음,,,2,", "박,선임,Y,,없음,,,99,"],
                     "utf-8")
    import_file(qtbot, editor, dialogs, path)
    assert editor.staff_panel.model.rowCount() == 0
    assert "3 problems in the rows below" in editor.staff_panel.banner.text()
    listed = editor.staff_panel.problems.toPlainText().splitlines()
    assert [line.split(":")[0] for line in listed] == ["Row 2, 자격", "Row 3, 성명", "Row 4, 평가 경력(년)"]
    assert not editor.staff_panel.problems.isHidden()


def test_an_unreadable_file_says_why(qtbot, context_for, dialogs, tmp_path) -> None:
    editor = new_editor(qtbot, context_for("secretariat"), dialogs)
    path = tmp_path / "roster.csv"
    path.write_bytes(HEADER.encode("utf-16"))
    task = import_file(qtbot, editor, dialogs, path)
    assert task.error is not None and "not UTF-8 or CP949" in editor.staff_panel.banner.text()


def test_replacing_a_roster_asks_first_and_export_reads_back(qtbot, context_for, dialogs, tmp_path) -> None:
    context = context_for("secretariat")
    editor = open_existing(context, dialogs, controller.list_rows(context)[0].id)
    qtbot.addWidget(editor)
    before = editor.staff_panel.model.staff()
    dialogs.save_path = tmp_path / "export"
    exported = editor.staff_panel.export_roster()
    assert exported == tmp_path / "export.xlsx"
    sheet = load_workbook(exported).active
    assert sheet.max_row == len(before) + 1 and sheet["A2"].value == before[0].name
    dialogs.confirm_answer = False
    import_file(qtbot, editor, dialogs, exported)
    assert editor.staff_panel.model.staff() == before and dialogs.prompts[-1].startswith("Replace the")


def test_checklist_follows_attachments_and_consent(qtbot, context_for, dialogs, tmp_path) -> None:
    editor = new_editor(qtbot, context_for("secretariat"), dialogs)
    editor.tabs.setCurrentIndex(CHECKLIST_TAB)

    def states():
        return {line.kind: line.state for line in editor.checklist_panel.lines()}

    assert states()[AttachmentKind.APPLICATION_FORM] == DocumentState.MISSING
    assert AttachmentKind.REGISTRY_EXTRACT not in states()
    editor.application_form.consent_admin_check.setChecked(False)
    assert states()[AttachmentKind.REGISTRY_EXTRACT] == DocumentState.MISSING
    form = tmp_path / "form.pdf"
    form.write_bytes(PDF)
    panel = editor.attachments_panel
    panel.kind.setCurrentIndex(panel.kind.findData(AttachmentKind.APPLICATION_FORM))
    assert panel.add_files([form]) == 1
    assert states()[AttachmentKind.APPLICATION_FORM] == DocumentState.PRESENT
    assert "Still missing" in editor.checklist_panel.summary.text()


def test_attachment_note_status_and_preview(qtbot, context_for, dialogs, tmp_path) -> None:
    context = context_for("secretariat")
    editor = open_existing(context, dialogs, controller.list_rows(context)[-1].id)
    qtbot.addWidget(editor)
    panel = editor.attachments_panel
    panel.view.selectRow(0)
    preview = panel.preview_selected()
    assert preview is not None and preview.page_count() == 1
    preview.close()
    evidence = tmp_path / "insurance.pdf"
    evidence.write_bytes(PDF)
    panel.note.setText("김변리: 고용보험")
    panel.add_files([evidence])
    assert panel.model.pending()[-1].note == "김변리: 고용보험"


def test_a_registered_brn_offers_the_registered_institution(qtbot, context_for, dialogs) -> None:
    context = context_for("secretariat")
    taken = next(r for r in controller.list_institutions(context) if r.brn)
    applied = {r.institution_id for r in controller.list_rows(context) if r.round_code == "2026-2"}
    editor = new_editor(qtbot, context, dialogs)
    form = editor.institution_form
    form.name.setText("새 이름")
    form.representative.setText("홍길동")
    form.address.setText("서울")
    form.brn.setText(taken.brn)
    editor.application_form.business_plan.setPlainText("계획")
    saved = editor.save()
    assert dialogs.prompts and "already registered" in dialogs.prompts[0]
    assert editor.institution_id == taken.id and form.name.text() == taken.name
    if taken.id in applied:
        assert not saved and "already applied" in editor.banner.text()
    else:
        assert saved


def test_the_shared_institution_is_named_in_the_editor(qtbot, context_for, dialogs) -> None:
    context = context_for("secretariat")
    returning = next(r for r in controller.list_rows(context) if r.status.value == "committee_review")
    editor = open_existing(context, dialogs, returning.id)
    qtbot.addWidget(editor)
    assert editor.shared_note.isVisibleTo(editor) and "2026-1-009" in editor.shared_note.text()
