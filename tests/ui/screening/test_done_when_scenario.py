"""The issue's "done when", as a new secretariat user would do it on the demo's open round, page by page:
register an institution, import its roster from a CP949 CSV, attach documents, screen, request a supplement and
print the letter, record the supplement and pass the application to inspection."""

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from desktop.core.identifiers import brn_check_digit
from desktop.domain.applications.models import ApplicationStatus, AttachmentKind
from desktop.domain.screening.models import ScreeningOutcome, SupplementStatus
from desktop.ui.pages.applications import controller
from desktop.ui.pages.applications.editor import ApplicationEditor, open_existing
from desktop.ui.pages.applications.new_application import NewApplicationDialog
from desktop.ui.pages.applications.page import ApplicationsPage
from desktop.ui.pages.screening.page import ScreeningPage

ROSTER = """성명,직위,상근 여부,재직 증빙,자격,박사 분야,관련 분야 박사,평가 경력(년),경력 증빙
김변리,수석연구원,Y,고용보험 가입내역,변리사,,N,6,평가보고서 목록
이회계,책임연구원,Y,고용보험 가입내역,공인회계사,,N,4,평가보고서 목록
박경력,선임연구원,Y,고용보험 가입내역,없음,,N,3,평가보고서 목록
"""


def pdf_file(folder: Path, name: str) -> Path:
    from desktop.demo.applications import demo_pdf

    path = folder / name
    path.write_bytes(demo_pdf(name))
    return path


def attach(editor: ApplicationEditor, kind: AttachmentKind, path: Path) -> None:
    panel = editor.attachments_panel
    panel.kind.setCurrentIndex(panel.kind.findData(kind))
    assert panel.add_files([path]) == 1, panel.banner.text()


def test_a_new_applicant_from_registration_to_inspection(qtbot, context_for, dialogs, tmp_path) -> None:
    context = context_for("secretariat")
    applications = ApplicationsPage(context, dialogs)
    qtbot.addWidget(applications)
    applications.refresh()

    # 1. A new institution applies in the open round.
    chooser = NewApplicationDialog(controller.rounds_taking_applications(context),
                                   controller.list_institutions(context))
    qtbot.addWidget(chooser)
    chooser.new.setChecked(True)
    chooser.try_accept()
    assert chooser.result() == NewApplicationDialog.DialogCode.Accepted
    editor = ApplicationEditor(context, dialogs, round_id=chooser.round_id, round_code=chooser.round_code)
    qtbot.addWidget(editor)
    form = editor.institution_form
    form.name.setText("새롬가치평가 주식회사")
    form.representative.setText("정새롬")
    form.address.setText("서울특별시 강남구 테헤란로 1")
    form.brn.setText("314815072" + str(brn_check_digit("314815072")))
    assert form.check_brn() is None
    editor.application_form.business_plan.setPlainText("연간 80건의 기술가치평가")
    editor.application_form.dedicated_unit.setPlainText("IP가치평가팀 (전담 3명)")
    editor.application_form.facilities.setPlainText("평가 DB, 보안 문서고")

    # 2. Its roster from a CP949 CSV, checked in the background.
    roster = tmp_path / "인력현황.csv"
    roster.write_bytes(ROSTER.replace("\n", "\r\n").encode("cp949"))
    dialogs.open_paths = [roster]
    task = editor.staff_panel.import_roster()
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert editor.staff_panel.model.rowCount() == 3 and "CP949" in editor.staff_panel.banner.text()

    # 3. Documents: the form, the plan and evidence, but not yet the dedicated unit's.
    attach(editor, AttachmentKind.APPLICATION_FORM, pdf_file(tmp_path, "지정신청서.pdf"))
    attach(editor, AttachmentKind.BUSINESS_PLAN, pdf_file(tmp_path, "사업계획서.pdf"))
    attach(editor, AttachmentKind.STAFF_EVIDENCE, pdf_file(tmp_path, "고용보험.pdf"))
    attach(editor, AttachmentKind.FACILITY_EVIDENCE, pdf_file(tmp_path, "시설현황.pdf"))
    missing = [line.kind for line in editor.checklist_panel.lines() if line.state.value != "present"]
    assert missing == [AttachmentKind.UNIT_EVIDENCE]
    with qtbot.waitSignal(editor.saved) as saved:
        assert editor.save(), editor.banner.text()
    application_id = saved.args[0]
    applications.refresh()
    assert applications.select(application_id)
    assert applications.take_step(ApplicationStatus.SUBMITTED)

    # 4. Screening finds the unit's evidence missing.
    screening = ScreeningPage(context, dialogs)
    qtbot.addWidget(screening)
    screening.refresh()
    assert screening.table.select_id(application_id)
    screening.start_button.click()
    screening.run_button.click()
    row = next(r for r in screening.table.records() if r.application_id == application_id)
    assert row.outcome == ScreeningOutcome.DEFICIENT and row.failed_rules == ("evidence",)

    # 5. A supplement request with the round's deadline, and its letter printed.
    dialog = screening.supplement_dialog()
    qtbot.addWidget(dialog)
    assert dialog.lines() == ["Evidence for each requirement: Evidence missing for: dedicated unit."]
    assert dialog.try_accept(), dialog.banner.text()
    request = screening.detail.open_supplement()
    assert request is not None and request.deadline == dialog.draft.deadline
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialogs.printer = printer
    screening.print_letter()
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")

    # 6. The applicant sends the unit's charter; it is attached and recorded, and the screening runs again.
    supplement = open_existing(context, dialogs, application_id)
    qtbot.addWidget(supplement)
    attach(supplement, AttachmentKind.UNIT_EVIDENCE, pdf_file(tmp_path, "전담조직_규정.pdf"))
    assert supplement.save(), supplement.banner.text()
    screening.refresh()
    dialogs.answers = ["전담조직 직제규정 제출"]
    assert screening.receive_supplement()
    row = next(r for r in screening.table.records() if r.application_id == application_id)
    assert row.status == ApplicationStatus.SCREENING and row.outcome == ScreeningOutcome.ELIGIBLE
    assert screening.detail.supplements[-1].status == SupplementStatus.RECEIVED

    # 7. On to the on-site inspection.
    screening.pass_button.click()
    row = next(r for r in screening.table.records() if r.application_id == application_id)
    assert row.status == ApplicationStatus.INSPECTION
    assert dialogs.errors == []
