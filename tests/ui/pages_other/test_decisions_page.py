"""The Decisions page on the demo data: the list, and the notice previewed, printed and saved as PDF."""

import io

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop.ui.pages.decisions.page import DecisionsPage, suggested_file_name


def _text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def page(make_page):
    page = make_page(DecisionsPage)
    page.table.select_row(0)
    return page


def test_lists_every_decision_newest_number_first(page, dialogs):
    rows = page.table.visible_records()
    assert len(rows) == 11
    assert [r.number for r in rows] == sorted((r.number for r in rows), reverse=True)
    model = page.table.model
    designated = next(n for n, r in enumerate(page.table.records()) if r.outcome.value == "designated")
    assert model.index(designated, page.OUTCOME).data() == "Designated"
    assert model.index(designated, page.STATUS).data() == "Issued"
    assert model.index(designated, page.APPROVED_BY).data() == "한서윤"
    assert dialogs.calls == []


def test_save_as_pdf_writes_the_notice(page, dialogs, tmp_path):
    row = page.table.current_record()
    dialogs.save_path = tmp_path / "notice"  # the suffix is added
    path = page.save_pdf()
    assert path == tmp_path / "notice.pdf"
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert row.institution_name in _text_of(data)
    name, (_title, suggested, file_filter) = dialogs.calls[0]
    assert name == "save_file" and suggested == suggested_file_name(row, "ko") and "*.pdf" in file_filter
    assert dialogs.errors == []


def test_english_notice(page, dialogs, tmp_path):
    row = page.table.current_record()
    page.language.setCurrentIndex(page.language.findData("en"))
    dialogs.save_path = tmp_path / "notice-en.pdf"
    page.save_pdf()
    text = _text_of(dialogs.save_path.read_bytes())
    assert "Ministry of Intellectual Property" in text and row.application_number in text
    assert dialogs.calls[0][1][1] == suggested_file_name(row, "en")


def test_cancelled_save_writes_nothing(page, dialogs):
    assert page.save_pdf() is None
    assert dialogs.errors == []


def test_preview_loads_the_document(page, dialogs):
    dialog = page.preview()
    assert dialog is not None and dialog.isVisible()
    assert dialog.page_count() >= 1
    assert dialog.document.pageCount() == dialog.page_count()
    assert page.table.current_record().number in dialog.windowTitle()
    dialog.close()


def test_print_sends_every_page_to_the_printer(page, dialogs, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialogs.printer = printer
    messages = []
    page.statusMessage.connect(messages.append)
    page.print_button.click()
    assert dialogs.errors == []
    printed = pypdf.PdfReader(tmp_path / "printed.pdf")
    expected = len(pypdf.PdfReader(io.BytesIO(page.notice_pdf(page.table.current_record()))).pages)
    assert len(printed.pages) == expected >= 1
    assert messages and "sent to the printer" in messages[0]


def test_cancelled_print_does_nothing(page, dialogs):
    page.print_notice()
    assert [name for name, _ in dialogs.calls] == ["choose_printer"]


def test_roles_without_print_permission_get_the_plain_message(make_page, dialogs):
    page = make_page(DecisionsPage, "member")
    assert len(page.table.records()) == 11
    page.table.select_row(0)
    assert page.preview() is None
    page.save_button.click()
    assert dialogs.errors == ["Your role (Committee member) may not do this: print documents."] * 2
    assert [name for name, _ in dialogs.calls] == ["show_error", "show_error"]
