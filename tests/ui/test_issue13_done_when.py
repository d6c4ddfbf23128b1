"""Issue 13's "Done when", from the GUI on the demo, as a new user would do it: the secretariat imports a quarter's
filed reports from an XLSX with one bad row (refused, then fixed, then once more: nothing changes), opens a validity
check on one of them and prints a notice, concludes it inappropriate and opens a sanction case from it, sends the
prior notice, holds the hearing, drafts a 2-month suspension whose end is computed and shown, and the approver issues
it; the registry shows the institute suspended inside the suspension and designated again the day after its end; a
sample survey is designed, drawn (and redrawn from its seed, identically), every sampled report reviewed, analysed,
and its report printed and verified."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from desktop.domain.registry.models import RegistryEntry
from desktop.domain.reports.importing import designated_institutes
from desktop.domain.reports.report_file import COLUMNS
from desktop.domain.reports.standard import Assessment, Criterion
from desktop.domain.sanctions.models import CaseStatus
from desktop.domain.surveys.models import SurveyStatus
from desktop.domain.validity.models import CheckStatus, Requester
from desktop.issuing.verify import VerificationStatus, verify_pdf
from desktop.ui.pages.registry.page import RegistryPage
from desktop.ui.pages.reports.page import ReportsPage
from desktop.ui.pages.sanctions.page import SanctionsPage
from desktop.ui.pages.surveys.page import SurveysPage
from desktop.ui.pages.validity.page import ValidityPage
from tests.documents.conftest import flat, read_pdf
from tests.domain.sanctions.steps import designated_entries, move_clock_to, user_id
from tests.ui.inspections import test_done_when as keyboard
from tests.ui.mouse import bring_forward, click_record, show_window
from tests.ui.sanctions.forms import choose, press_ok, type_number

QUARTER = "2026년 3분기"
BAD_ROW = 18  # as the spreadsheet numbers it: the header is row 1


@dataclass
class Scenario:
    """What the steps hand on to each other."""

    tmp: Path
    institute: str = ""  # the institute whose report is checked and that is suspended
    entry_id: int = 0
    report_number: str = ""
    check_number: str = ""
    case_number: str = ""


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """Bring the button's tab forward and click it, as a person does."""
    bring_forward(button)
    show_window(qtbot, button)
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the field: ASCII with the keyboard, Hangul key by key as an input method commits it."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        keyboard.type_text(widget, text)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pdf_text(path: Path) -> str:
    return flat(" ".join(page.extract_text() for page in read_pdf(path.read_bytes()).pages))


# -- 1. the quarter's filed reports ----------------------------------------------------------------------------

def quarter_export(designations: list[str], bad: bool) -> bytes:
    """The evaluation information system's export of a quarter: 30 reports of the designated institutes, two filed
    late; with ``bad``, row 18 says the report was filed before it was issued."""
    subjects = ("특허", "상표", "영업비밀", "특허", "반도체배치설계")
    purposes = ("담보대출", "투자", "보증", "기술이전", "소송", "기타")
    book = Workbook()
    sheet = book.active
    sheet.append([c.ko for c in COLUMNS])
    for n in range(30):
        month = 7 + n % 3
        issue = date(2026, month, 3 + n % 20)
        filed = date(2026, month + 1, 25) if n in (4, 11) else date(2026, month, 5 + n % 20)  # two filed late
        if bad and n + 2 == BAD_ROW:
            filed = date(2026, month, 1)
        graded = n % 5 == 2
        sheet.append([designations[n % len(designations)], "", "", f"VR-2026-3Q-{n + 1:03d}",
                      date(2026, month, 1).isoformat(), issue.isoformat(), filed.isoformat(), subjects[n % 5],
                      "등록" if n % 4 else "출원", "국내" if n % 7 else "국외", purposes[n % 6],
                      "등급평가" if graded else ("수익접근법", "시장접근법", "원가접근법")[n % 3],
                      "" if graded else f"{(n + 1) * 120_000_000:,}", "BB" if graded else "", ""])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def import_the_quarter(make_page, qtbot, dialogs, demo_database, story: Scenario) -> None:
    with demo_database.read() as s:
        entries = designated_entries(s)
        institution_of = {e.id: e.institution_id for e in s.scalars(select(RegistryEntry))}
        by_institution = {i: d for d, i in designated_institutes(s).by_designation.items()}
        designations = [by_institution[institution_of[e]] for e in entries]
    story.entry_id = entries[0]
    page = make_page(ReportsPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    show_window(qtbot, page)
    before = page.total  # the register's count the page shows (its model holds one batch at a time)
    export = story.tmp / f"{QUARTER}.xlsx"
    export.write_bytes(quarter_export(designations, bad=True))
    dialogs.open_paths = [export]

    def import_once() -> None:
        click(qtbot, page.import_button)
        qtbot.waitUntil(lambda: page.import_task is not None and page.import_task.done, timeout=30_000)
        qtbot.waitUntil(lambda: page.loaded, timeout=20_000)

    import_once()
    assert page.banner.level == "error"
    assert page.banner.text() == f"{QUARTER}.xlsx: 1 problem in the rows below; nothing was imported. Fix the file " \
                                 "and import it again."
    assert page.problems.isVisible()
    assert page.problems.toPlainText() == \
        f"Row {BAD_ROW}, 등록일: the filing date 2026-08-01 lies before the issue date 2026-08-19."
    assert page.total == before

    export.write_bytes(quarter_export(designations, bad=False))  # the row fixed
    import_once()
    assert page.banner.level == "info" and not page.problems.isVisible()
    assert page.banner.text() == f"{QUARTER}.xlsx (XLSX): 30 report(s) imported, 2 of them filed late; 0 already " \
                                 "in the register unchanged."
    assert page.total == before + 30

    import_once()  # the same file again
    assert page.banner.text() == f"{QUARTER}.xlsx (XLSX): 0 report(s) imported, 0 of them filed late; 30 already " \
                                 "in the register unchanged."
    assert page.total == before + 30

    type_text(qtbot, page.search, "VR-2026-3Q-0")
    shown = page.model.rows()  # the register searched in SQL as the person types
    assert len(shown) == 30 and sum(r.late for r in shown) == 2
    checked = next(r for r in shown if r.report_number == "VR-2026-3Q-001")
    story.report_number, story.institute = checked.report_number, checked.institution_name


# -- 2. the validity check ---------------------------------------------------------------------------------------

def check_the_report(make_page, qtbot, dialogs, demo_database, demo_actors, story: Scenario) -> None:
    page = make_page(ValidityPage)
    show_window(qtbot, page)
    click(qtbot, page.open_button)
    dialog = page.open_dialog
    type_text(qtbot, dialog.report, story.report_number)
    choose(qtbot, dialog.requester, Requester.EX_OFFICIO.value)
    assert not dialog.requester_name.isEnabled()
    type_text(qtbot, dialog.client_name, "㈜한빛전자")
    type_text(qtbot, dialog.client_contact, "loan@hanbit.example")
    type_text(qtbot, dialog.reason, "평가금액이 유사 거래사례보다 현저히 높음")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.banner.text()
    check = page.table.current_record()
    assert (check.report_number, check.institution_name, check.status) == \
        (story.report_number, story.institute, CheckStatus.OPEN)
    assert page.table.model.index(page.table.model.row_of(check.id), page.DEADLINE).data() == "2026. 12. 7."
    story.check_number = check.number

    click(qtbot, page.send_button)
    notices = page.notices.records()
    assert {n.recipient.value for n in notices} == {"institute", "client"}
    click_record(qtbot, page.notices, lambda n: n.recipient.value == "institute", column=page.NOTICE_NUMBER)
    click(qtbot, page.preview_button)
    preview = page.preview_dialog
    assert preview is not None and preview.isVisible() and preview.page_count() >= 1
    dialogs.save_path = story.tmp / "notice.pdf"
    click(qtbot, preview.save_button)
    printed = pdf_text(dialogs.save_path)
    assert story.report_number in printed and story.institute in printed
    with demo_database.read() as s:
        verified = verify_pdf(s, demo_actors["approver"], dialogs.save_path.read_bytes())
    institute_notice = next(n for n in notices if n.recipient.value == "institute")
    assert verified.status == VerificationStatus.VALID and verified.document.number == institute_notice.number
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(story.tmp / "printed-notice.pdf"))
    dialogs.printer = printer
    click(qtbot, preview.print_button)
    assert dialogs.prompts[-1] == f"Print Notice of a validity check {institute_notice.number}"
    assert len(read_pdf((story.tmp / "printed-notice.pdf").read_bytes()).pages) == preview.page_count()
    preview.grab().save("/tmp/donewhen13-notice-preview.png")
    preview.close()

    for recipient in ("institute", "client"):  # both notices were received on the day they were sent
        click_record(qtbot, page.notices, lambda n, r=recipient: n.recipient.value == r, column=page.NOTICE_NUMBER)
        click(qtbot, page.receipt_button)
        press_ok(qtbot, page.day_dialog)
        assert not page.day_dialog.isVisible(), page.day_dialog.banner.text()
    assert [page.notices.model.index(n, page.DUE).data() for n in range(2)] == ["2026. 12. 7."] * 2
    assert page.table.current_record().next_step == "Comments due"

    move_clock_to(date(2026, 12, 8))  # the comment periods are over; nobody commented
    page.refresh()
    click_record(qtbot, page.table, lambda r: r.number == story.check_number, column=page.INSTITUTION)
    assert page.table.current_record().next_step == "Ready to conclude"
    click(qtbot, page.conclude_button)
    form = page.conclude_dialog.form
    choose(qtbot, form.assessments[Criterion.METHOD.value], Assessment.FALLS_SHORT.value)
    type_text(qtbot, form.notes[Criterion.METHOD.value], "비교사례 3건 중 2건이 업종이 다름")
    assert form.inappropriate.isChecked()  # the conclusion follows the findings
    type_text(qtbot, form.reasons_edit, "시장접근법의 비교사례가 대상 기술과 업종이 달라 평가금액을 뒷받침하지 못함")
    press_ok(qtbot, page.conclude_dialog)
    assert not page.conclude_dialog.isVisible(), page.conclude_dialog.banner.text()
    row = page.table.current_record()
    assert row.status == CheckStatus.CONCLUDED
    assert page.table.model.index(page.table.model.row_of(row.id), page.STATUS).data() == "Concluded (Inappropriate)"

    click(qtbot, page.sanction_button)
    assert page.sanction_dialog.windowTitle() == f"Open a sanction case from {row.number}"
    press_ok(qtbot, page.sanction_dialog)
    assert page.detail.text().endswith("a sanction case was opened from it")
    assert not page.sanction_button.isEnabled()


# -- 3. the sanction case ----------------------------------------------------------------------------------------

def sanction_the_institute(make_page, qtbot, dialogs, demo_database, story: Scenario) -> None:
    with demo_database.read() as s:
        chair = user_id(s, "chair")
    page = make_page(SanctionsPage)
    show_window(qtbot, page)
    case = click_record(qtbot, page.table, lambda r: r.institution_name == story.institute
                        and r.status == CaseStatus.OPEN, column=page.INSTITUTION)
    story.case_number = case.number
    assert page.evidence_label.text() == f"Evidence: 타당성조사 결과 (부적정) ({story.check_number})"
    assert page.step_hint.text() == "Next: send the prior notice (행정절차법 Art. 21)."
    page.grab().save("/tmp/donewhen13-sanctions-evidence.png")

    click(qtbot, page.notice_button)
    press_ok(qtbot, page.dialog)
    assert page.step_hint.text() == "Opinions are due by 2026. 12. 18.; then notify the hearing."
    click_record(qtbot, page.documents, lambda d: d.issued, column=page.DOC_NUMBER)
    click(qtbot, page.preview_button)
    dialogs.save_path = story.tmp / "prior-notice.pdf"
    click(qtbot, page.preview_dialog.save_button)
    notice_text = pdf_text(dialogs.save_path)
    assert story.check_number in notice_text and story.report_number in notice_text
    page.preview_dialog.close()

    move_clock_to(date(2026, 12, 14))  # the institute's written opinion came in
    page.refresh()
    click_record(qtbot, page.table, lambda r: r.id == case.id, column=page.INSTITUTION)
    click(qtbot, page.opinion_button)
    opinion = page.dialog
    type_text(qtbot, opinion.opinion, "비교사례 선정에 착오가 있었음을 인정하고 감경을 요청함")
    press_ok(qtbot, opinion)
    assert not opinion.isVisible(), opinion.banner.text()

    click(qtbot, page.hearing_button)
    notice = page.dialog
    assert notice.earliest_hint.text() == "Earliest hearing date allowed: 2026. 12. 24."
    notice.hearing_on.setDate(qdate(date(2026, 12, 28)))
    type_text(qtbot, notice.place, "정부대전청사 1동 소회의실")
    choose(qtbot, notice.officer, chair)
    press_ok(qtbot, notice)
    assert not notice.isVisible(), notice.banner.text()
    assert not page.record_button.isEnabled()  # not held yet
    assert page.step_hint.text() == \
        "The hearing is on 2026. 12. 28. at 정부대전청사 1동 소회의실; record it once it is held."

    move_clock_to(date(2026, 12, 28), 16)  # the hearing day, after the hearing
    page.refresh()
    click_record(qtbot, page.table, lambda r: r.id == case.id, column=page.INSTITUTION)
    click(qtbot, page.record_button)
    record = page.dialog
    choose(qtbot, record.attendance, "attended")
    type_text(qtbot, record.attendees, "대표 홍길동")
    type_text(qtbot, record.statements, "착오를 인정하고 재발방지 대책을 설명함")
    type_text(qtbot, record.officer_opinion, "2개월 효력정지가 타당함")
    press_ok(qtbot, record)
    assert not record.isVisible(), record.banner.text()
    assert page.preview_dialog is not None and page.preview_dialog.isVisible()  # the 청문조서, as made
    page.preview_dialog.close()

    click(qtbot, page.draft_button)
    draft = page.dialog
    assert draft.months.value() == 3  # as the case intended; the hearing led to less
    type_number(qtbot, draft.months, 2)
    draft.starts_on.setDate(qdate(date(2027, 1, 4)))
    assert draft.ends_on.text().startswith("Suspended until 2027. 3. 3. (both days included; 2 months:")
    type_text(qtbot, draft.reasons, "평가기준을 위반한 평가보고서; 청문에서 착오를 인정하여 2개월로 감경함")
    press_ok(qtbot, draft)
    assert not draft.isVisible(), draft.banner.text()
    assert page.step_hint.text() == "The drafted disposition awaits approval by someone other than its drafter."
    assert not page.issue_button.isEnabled()  # four eyes: the drafter may not approve

    approver = make_page(SanctionsPage, "approver")
    show_window(qtbot, approver)
    click_record(qtbot, approver.table, lambda r: r.id == case.id, column=approver.INSTITUTION)
    click(qtbot, approver.issue_button)
    assert dialogs.prompts[-1].startswith(f"Approve and issue the disposition of {case.number}?")
    row = next(n for n, r in enumerate(approver.table.records()) if r.id == case.id)
    assert approver.table.model.index(row, approver.STATUS).data() == "Disposed"
    assert approver.step_hint.text() == "Disposed."
    assert all(d.issued for d in approver.documents.records())


# -- 4. the registry -------------------------------------------------------------------------------------------

def registry_status(make_page, qtbot, story: Scenario) -> str:
    page = make_page(RegistryPage)
    record = click_record(qtbot, page.table, lambda r: r.institution_name == story.institute,
                          column=page.INSTITUTION)
    assert record.id == story.entry_id
    return page.table.model.index(page.table.model.row_of(record.id), page.STATUS).data()


def registry_follows_the_suspension(make_page, qtbot, story: Scenario) -> None:
    move_clock_to(date(2027, 2, 15))  # inside the suspension
    assert registry_status(make_page, qtbot, story) == "Suspended until 2027. 3. 3."
    move_clock_to(date(2027, 3, 3))  # its last day
    assert registry_status(make_page, qtbot, story) == "Suspended until 2027. 3. 3."
    move_clock_to(date(2027, 3, 4))  # the day after its end
    assert registry_status(make_page, qtbot, story) == "Designated"


# -- 5. the sample survey --------------------------------------------------------------------------------------

def survey_the_quarter(make_page, qtbot, dialogs, demo_database, demo_actors, story: Scenario) -> None:
    page = make_page(SurveysPage)
    show_window(qtbot, page)
    design = page.design
    bring_forward(design)
    type_text(qtbot, design.title, f"{QUARTER} 표본조사")
    design.filed_from.setDate(QDate(2026, 7, 1))
    design.filed_to.setDate(QDate(2026, 9, 30))
    choose(qtbot, design.strata_by, "purpose")
    choose(qtbot, design.allocation, "proportional")
    type_number(qtbot, design.minimum, 1)
    type_number(qtbot, design.size, 8)
    plan = design.plan
    assert plan is not None and len(plan.strata) == 6 and sum(s.plan.allocated for s in plan.strata) == 8
    assert len(design.plan_table.records()) == 6  # the plan, shown before anything is saved
    assert design.summary.text().startswith("8 of ")
    click(qtbot, design.save_button)
    survey = page.current()
    assert survey.status is SurveyStatus.DESIGNED and survey.title == f"{QUARTER} 표본조사"

    seed = page.seed.value()  # the fresh seed the page offers
    click(qtbot, page.draw_button)
    assert page.current().seed == seed
    assert page.progress.text() == f"Seed {seed}: 0 of 8 sampled reports reviewed."
    drawn = sorted(s.report_number for s in page.samples.records())
    click(qtbot, page.redraw_button)
    assert page.banner.text() == f"Redrawn from seed {seed}: the same 8 reports as the stored sample."
    assert sorted(s.report_number for s in page.samples.records()) == drawn

    for n in range(8):
        click_record(qtbot, page.samples, lambda s: s.conclusion is None, column=2)
        if n == 0:  # the first falls short on its method
            choose(qtbot, page.findings.assessments[Criterion.METHOD.value], Assessment.FALLS_SHORT.value)
            type_text(qtbot, page.findings.notes[Criterion.METHOD.value], "할인율 근거 없음")
        type_text(qtbot, page.findings.reasons_edit, "평가기준에 따라 검토함")
        click(qtbot, page.save_review_button)
        assert page.progress.text() == f"Seed {seed}: {n + 1} of 8 sampled reports reviewed."

    assert page.overall.text().startswith("1 of 8 reviewed reports inappropriate")
    assert sum(s.reviewed for s in page.results.records()) == 8
    click(qtbot, page.issue_button)
    assert dialogs.prompts[-1].startswith(f"Close {survey.number} and issue its report?")
    assert page.current().status is SurveyStatus.REPORTED
    click(qtbot, page.preview_button)
    dialogs.save_path = story.tmp / "survey-report.pdf"
    click(qtbot, page.preview_dialog.save_button)
    text = pdf_text(dialogs.save_path)
    assert survey.number in text and f"{QUARTER} 표본조사" in text
    with demo_database.read() as s:
        verified = verify_pdf(s, demo_actors["member"], dialogs.save_path.read_bytes())
    assert verified.status == VerificationStatus.VALID and verified.document.number == survey.number


def test_issue_13_done_when(make_page, qtbot, dialogs, demo_database, demo_actors, tmp_path):
    story = Scenario(tmp_path)
    import_the_quarter(make_page, qtbot, dialogs, demo_database, story)
    check_the_report(make_page, qtbot, dialogs, demo_database, demo_actors, story)
    sanction_the_institute(make_page, qtbot, dialogs, demo_database, story)
    registry_follows_the_suspension(make_page, qtbot, story)
    survey_the_quarter(make_page, qtbot, dialogs, demo_database, demo_actors, story)
