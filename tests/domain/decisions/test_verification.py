"""Issued documents: codes and fingerprints recorded, printing again returns the stored bytes, and verification
accepts an issued file, names the record of an altered one and rejects anything else."""

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.domain.issued.codes import make_code, normalise_code
from desktop.domain.issued.models import IssuedDocument
from desktop.issuing.batch import DocumentRequest, issued_document
from desktop.issuing.verify import (
    VerificationStatus,
    code_in_file,
    find_by_code,
    verify_pdf,
)

CODE_SHAPE = r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"


def test_codes_are_crockford_base32_and_typed_codes_are_normalised():
    code = make_code("seed")
    assert code == make_code("seed") and code != make_code("seed2")
    assert __import__("re").match(CODE_SHAPE, code)
    assert normalise_code(" ab0o-1il2 -zzzz ") == "AB00-1112-ZZZZ"


def test_the_demo_recorded_every_document_it_handed_out(demo_database):
    with demo_database.read() as s:
        kinds = dict(s.execute(select(IssuedDocument.kind, func.count()).group_by(IssuedDocument.kind)).all())
    assert kinds == {"decision": 11, "certificate": 9, "public_notice": 1, "supplement_request": 2,
                     "inspection_notice": 14, "inspection_report": 13, "minutes": 1,
                     # the demo's two sanction cases (desktop/demo/sanctions.py): four documents each
                     "sanction_notice": 2, "hearing_notice": 2, "hearing_record": 2, "sanction_disposition": 2,
                     "survey_report": 1,  # the demo's completed sample survey (desktop/demo/surveys.py)
                     # its two validity checks (desktop/demo/validity.py): five notices and one result letter
                     "validity_notice": 5, "validity_result": 1,
                     # the demo's two published lists as of its day (desktop/demo/publications.py)
                     "registry_list": 1, "sanctions_list": 1}


def test_printing_again_reproduces_the_issued_bytes(demo_database, demo_actors, issued):
    request = DocumentRequest("decision", issued["designated"][0], "ko")
    with demo_database.transaction() as s:
        first = issued_document(s, demo_actors["approver"], request)
        again = issued_document(s, demo_actors["secretariat"], request)
        count = s.scalar(select(func.count(IssuedDocument.id)))
    assert not first.new and not again.new  # the demo issued it; both are reproductions
    assert first.data == again.data and first.verification_code == again.verification_code
    assert count == 68  # 51 of the designation procedure, 8 of the sanction cases, 6 of the validity checks, 1 survey
    # and the demo's two published lists (desktop/demo/publications.py)
    with demo_database.transaction() as s:
        english = issued_document(s, demo_actors["approver"], dataclasses.replace(request, language="en"))
    assert english.new and english.verification_code != first.verification_code
    assert code_in_file(english.data) == english.verification_code


def test_a_changed_letterhead_does_not_change_an_issued_file(demo_database, demo_actors, issued):
    from desktop.domain.settings.service import set_setting

    request = DocumentRequest("certificate", issued["designated"][0], "ko")
    with demo_database.transaction() as s:
        before = issued_document(s, demo_actors["approver"], request)
        set_setting(s, demo_actors["admin"], "phone", "042-000-0000")
        after = issued_document(s, demo_actors["approver"], request)
    assert after.data == before.data and not after.new  # the stored file, whatever the letterhead says now


def test_verification_accepts_an_issued_file_and_reports_an_altered_or_foreign_one(demo_database, demo_actors,
                                                                                   issued):
    with demo_database.transaction() as s:
        issued_file = issued_document(s, demo_actors["approver"], DocumentRequest("decision", issued["designated"][0]))
    data = issued_file.data
    with demo_database.read() as s:
        valid = verify_pdf(s, demo_actors["member"], data)
        assert valid.status == VerificationStatus.VALID and valid.document.number == issued_file.number
        assert "decision 제" in valid.document.record and valid.document.record_status == ""
        resaved = verify_pdf(s, demo_actors["member"], data.replace(b"/Producer", b"/Producex"))
        assert resaved.status == VerificationStatus.RESAVED  # a byte outside what is shown and what was sealed
        for keep_metadata in (True, False):
            altered = verify_pdf(s, demo_actors["member"], _drawn_over(data, keep_metadata))
            assert altered.status == VerificationStatus.ALTERED, keep_metadata
            assert altered.document.verification_code == issued_file.verification_code
            assert "ALTERED" in altered.message() and issued_file.number in altered.message()
        truncated = verify_pdf(s, demo_actors["member"], data[: len(data) // 2])
        assert truncated.status in (VerificationStatus.ALTERED, VerificationStatus.UNKNOWN)
        foreign = verify_pdf(s, demo_actors["member"], b"%PDF-1.4\n% a stranger's file\n")
        assert foreign.status == VerificationStatus.UNKNOWN and foreign.document is None
        assert "not a document issued by this system" in foreign.message()
        forged = verify_pdf(s, demo_actors["member"], b"%PDF /Keywords (verification-code:AAAA-BBBB-CCCC)")
        assert forged.code_found == "AAAA-BBBB-CCCC" and "belongs to no issued document" in forged.message()
        assert find_by_code(s, demo_actors["member"], issued_file.verification_code.lower()).number == \
            issued_file.number


def _drawn_over(data: bytes, keep_metadata: bool) -> bytes:
    """The issued file with a word drawn over its first page by another program (pypdf), as a forger would."""
    import io

    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(300, 500, "NOT DESIGNATED")
    canvas.save()
    reader, writer = PdfReader(io.BytesIO(data)), PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.pages[0].merge_page(PdfReader(io.BytesIO(buffer.getvalue())).pages[0])
    if keep_metadata:
        writer.add_metadata(reader.metadata)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def issued_notice(demo_template):
    """One issued notice and a reader on a module-wide copy of the demo (read-only in the property test)."""
    import shutil
    import tempfile
    from pathlib import Path

    from desktop.db.engine import Database
    from desktop.domain.accounts.permissions import Actor

    folder = Path(tempfile.mkdtemp())
    shutil.copyfile(demo_template, folder / "demo.sqlite3")
    database = Database(f"sqlite:///{folder / 'demo.sqlite3'}")
    actor = Actor.command_line()
    with database.transaction() as s:
        data = issued_document(s, actor, DocumentRequest("decision", 1, "ko")).data
    yield database, actor, data
    database.dispose()
    shutil.rmtree(folder)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.floats(min_value=0, max_value=1, exclude_max=True), flip=st.integers(min_value=1, max_value=255))
def test_any_single_changed_byte_fails_verification(issued_notice, position, flip):
    """Except inside the signature's own placeholder (the gap its ByteRange leaves, by the PDF standard), where a
    changed padding byte alters neither what is signed nor what is shown."""
    import re

    database, actor, data = issued_notice
    altered = bytearray(data)
    index = int(position * len(altered))
    altered[index] ^= flip
    with database.read() as s:
        report = verify_pdf(s, actor, bytes(altered))
    first, length, second, _ = map(int, re.search(rb"/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]", data).groups())
    in_placeholder = first + length < index < second - 1  # between "<" and ">" of /Contents
    assert report.status != VerificationStatus.VALID or in_placeholder
