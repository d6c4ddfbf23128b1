"""The documents of a round from the Decisions page: the public notice published, every document printed or
saved in the background with progress and cancel, and files verified from the GUI."""

import io
import zipfile

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop.issuing.verify import VerificationStatus, verify_pdf
from desktop.ui.pages.decisions.page import DecisionsPage


@pytest.fixture
def approver_page(make_page):
    page = make_page(DecisionsPage, "approver")
    completed = next(r for r in page.rounds if r.issued)
    page.round.setCurrentIndex(page.round.findData(completed.id))
    return page


def _wait(qtbot, task) -> None:
    qtbot.waitUntil(lambda: task.done, timeout=60_000)


def test_choosing_a_round_filters_the_list_and_summarises_it(approver_page):
    summary = approver_page.selected_round()
    assert {r.round_id for r in approver_page.table.visible_records()} == {summary.id}
    text = approver_page.round_summary.text()
    assert "Issued: 11 (9 designated)" in text and summary.public_notices[0] in text
    approver_page.round.setCurrentIndex(0)
    assert not approver_page.print_all_button.isEnabled()


def test_the_approver_publishes_the_public_notice(approver_page, dialogs):
    number = approver_page.publish_notice()
    assert number is not None and number.endswith("-002호")  # the demo published -001
    assert "takes effect 5 days after publication" in dialogs.calls[0][1][0]
    assert number in approver_page.round_summary.text()


def test_the_secretariat_may_not_publish(make_page):
    page = make_page(DecisionsPage, "secretariat")
    assert not page.notice_button.isEnabled()
    assert page.notice_button.toolTip() == "Your role (Secretariat) may not approve and issue decisions."


def test_save_all_writes_every_document_of_the_round_and_each_verifies(approver_page, dialogs, tmp_path, qtbot,
                                                                      context_for):
    dialogs.save_path = tmp_path / "round"
    task = approver_page.save_round()
    _wait(qtbot, task)
    assert task.error is None, task.error
    archive = tmp_path / "round.zip"
    assert not (tmp_path / "round.zip.part").exists()
    with zipfile.ZipFile(archive) as z:
        names = z.namelist()
        files = {name: z.read(name) for name in names}
    assert len(names) == 11 + 9 + 1  # notices, certificates, the public notice
    assert sum("지정서" in n for n in names) == 9 and sum("고시" in n for n in names) == 1
    context = context_for("approver")
    with context.database.read() as session:
        reports = [verify_pdf(session, context.actor, data) for data in files.values()]
    assert {r.status for r in reports} == {VerificationStatus.VALID}
    assert approver_page.documents.last_batch.documents == 21
    assert approver_page.documents.last_batch.new_issues == 0  # the demo issued them: reproduced byte for byte


def test_print_all_sends_every_page_as_one_job(approver_page, dialogs, tmp_path, qtbot):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "round.pdf"))
    printer.setResolution(72)
    dialogs.printer = printer
    approver_page.language.setCurrentIndex(approver_page.language.findData("en"))
    task = approver_page.print_round()
    _wait(qtbot, task)
    assert task.error is None, task.error
    printed = pypdf.PdfReader(tmp_path / "round.pdf")
    assert len(printed.pages) >= 21
    assert approver_page.documents.last_batch.new_issues == 21  # the English documents are issued now


def test_cancelling_a_batch_leaves_no_half_written_archive(approver_page, dialogs, tmp_path, qtbot):
    dialogs.save_path = tmp_path / "round.zip"
    messages = []
    approver_page.statusMessage.connect(messages.append)
    task = approver_page.save_round()
    task.cancel()
    _wait(qtbot, task)
    assert not (tmp_path / "round.zip").exists() and not (tmp_path / "round.zip.part").exists()
    assert any("Stopped" in m for m in messages)


def test_verify_accepts_an_issued_file_and_rejects_a_changed_byte(approver_page, dialogs, tmp_path):
    dialogs.save_path = tmp_path / "notice.pdf"
    approver_page.table.select_row(0)
    original = approver_page.save_pdf().read_bytes()
    altered = bytearray(original)
    altered[len(altered) // 3] ^= 0x01
    (tmp_path / "altered.pdf").write_bytes(bytes(altered))
    dialogs.open_paths = [tmp_path / "notice.pdf"]
    results = approver_page.verify()
    assert results[0][1].valid and dialogs.infos and "VALID: an unaltered document signed by" in dialogs.infos[-1]
    dialogs.open_paths = [tmp_path / "notice.pdf", tmp_path / "altered.pdf", tmp_path / "missing.pdf"]
    approver_page.verify_button.click()
    message = dialogs.errors[-1]
    assert "notice.pdf\nVALID: an unaltered" in message and "altered.pdf\nALTERED" in message
    assert "missing.pdf\nThe file could not be read" in message
    assert pypdf.PdfReader(io.BytesIO(original)).metadata["/Keywords"].endswith(results[0][1].code_found)
