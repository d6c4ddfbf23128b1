"""Issue 10, done when — as a new user would, on the demo: the approver issues a decision; pdfsig calls it valid; the
institution is renamed and the decision printed again is byte-identical; raw SQL cannot change it; a machine with no
database verifies the file and a PNG of its page; and each failure measured before is now caught."""

import dataclasses
import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from desktop.cli import main
from desktop.domain.applications.models import Application
from desktop.domain.decisions.models import Decision, DecisionStatus
from desktop.domain.institutions.service import institution_data, update_institution
from desktop.domain.issued.kind import DocumentKind
from desktop.issuing.decisions import issue_with_documents
from desktop.issuing.issue import environment_identity, issued_pdf
from desktop.issuing.trust import trust_store
from desktop.issuing.verify import VerificationStatus, verify_document, verify_pdf
from desktop.issuing.verify_paper import verify_image


@pytest.fixture
def issued(demo_database, demo_actors):
    """The demo's draft issued by the approver, as in the GUI: (decision id, number, the notice's bytes)."""
    with demo_database.transaction() as s:
        draft = s.scalars(select(Decision).where(Decision.status == DecisionStatus.DRAFT)).one()
        number = issue_with_documents(s, demo_actors["approver"], draft.id, environment_identity)
        notice = issued_pdf(s, demo_actors["approver"], DocumentKind.DECISION_NOTICE, draft.id, "ko")
    return draft.id, number, notice.data


@pytest.fixture
def authority_pem(demo_database, tmp_path, capsys):
    path = tmp_path / "authority.pem"
    assert main(["--database", demo_database.url, "trust", "export", "-o", str(path)]) == 0
    capsys.readouterr()
    return path


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils is not installed")
def test_pdfsig_reports_the_issued_decision_signed_and_valid(issued, tmp_path):
    path = tmp_path / "notice.pdf"
    path.write_bytes(issued[2])
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature is Valid." in out and "Total document signed" in out and "DEMO" in out


def test_renamed_afterwards_the_decision_prints_byte_identical(issued, demo_database, demo_actors):
    decision_id, _, notice = issued
    secretariat = demo_actors["secretariat"]
    with demo_database.transaction() as s:
        institution_id = s.get_one(Application, s.get_one(Decision, decision_id).application_id).institution_id
        data = institution_data(s, secretariat, institution_id)
        update_institution(s, secretariat, institution_id, dataclasses.replace(data, name="새이름 평가법인"))
    with demo_database.transaction() as s:
        assert issued_pdf(s, secretariat, DocumentKind.DECISION_NOTICE, decision_id, "ko").data == notice
    with pytest.raises(IntegrityError, match="cannot be changed"), demo_database.engine.begin() as connection:
        connection.execute(text("UPDATE decisions SET reasons = 'x' WHERE id = :id"), {"id": decision_id})


def test_a_machine_without_the_database_names_the_record_and_says_valid(issued, authority_pem, tmp_path, capsys):
    _, number, notice = issued
    path = tmp_path / "notice.pdf"
    path.write_bytes(notice)
    away = tmp_path / "elsewhere.sqlite3"  # no such database: verify must not create one
    assert main(["--database", str(away), "verify", str(path), "--trust", str(authority_pem)]) == 0
    out = capsys.readouterr().out
    assert ": VALID" in out and number in out and "세움기술평가" in out and "designated" in out and not away.exists()
    report = verify_document(notice, trust_store({}, [authority_pem], user_folder=False))
    assert report.status == VerificationStatus.VALID and report.facts["number"] == number
    assert report.facts["registration_number"]  # the institution's registration number, signed


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
def test_a_png_of_the_page_verifies_with_its_qr_code(issued, authority_pem, tmp_path, capsys):
    _, number, notice = issued
    (tmp_path / "notice.pdf").write_bytes(notice)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(tmp_path / "notice.pdf"),
                    str(tmp_path / "page")], check=True)
    page = next(tmp_path.glob("page*.png"))
    (report,) = verify_image(page, trust_store({}, [authority_pem], user_folder=False))
    assert report.valid and number in report.message()
    assert main(["verify", "--offline", "--qr", str(page), "--trust", str(authority_pem)]) == 0
    assert number in capsys.readouterr().out


# --- the failures measured before (issue 10) ------------------------------------------------------------------------

def _resaved(data: bytes, keep_metadata: bool) -> bytes:
    """The file written again by an ordinary PDF tool (pypdf), content unchanged."""
    reader, writer = PdfReader(io.BytesIO(data)), PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    if keep_metadata:
        writer.add_metadata(reader.metadata)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_copy_saved_again_by_pypdf_names_its_record(issued, demo_database, demo_actors):
    _, number, notice = issued
    with demo_database.read() as s:
        again = verify_pdf(s, demo_actors["member"], _resaved(notice, keep_metadata=True))
        stripped = verify_pdf(s, demo_actors["member"], _resaved(notice, keep_metadata=False))
    assert again.status == VerificationStatus.RESAVED and number in again.message()
    # Metadata stripped: the code printed on the page finds the record, whose pages are the same.
    assert stripped.status == VerificationStatus.RESAVED and stripped.document.number == number


def test_a_row_inserted_with_a_files_hash_does_not_make_it_valid(demo_database, demo_actors):
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "제2026-0099호 지정 결정 (forged)")
    canvas.save()
    forged = buffer.getvalue()
    from desktop.domain.issued.codes import sha256_hex

    with demo_database.engine.begin() as connection:  # raw SQL, past every service
        row = {"sha256": sha256_hex(forged), "size": len(forged), "data": forged}
        connection.execute(text("INSERT INTO blobs (sha256, size, data, created_at) VALUES (:sha256, :size, :data, "
                                "'2026-11-25 00:00:00')"), row)
        connection.execute(text("INSERT INTO issued_documents (kind, entity_type, entity_id, language, "
                                "verification_code, sha256, size, issued_at, title, number) VALUES ('decision', "
                                "'decisions', 1, 'ko', 'AAAA-BBBB-CCCC', :sha256, :size, '2026-11-25 00:00:00', "
                                "'forged', '제2026-0099호')"), row)
    with demo_database.read() as s:
        report = verify_pdf(s, demo_actors["member"], forged)
    assert not report.valid and report.status == VerificationStatus.UNSIGNED
    assert "proves nothing by itself" in report.message()


def test_a_superseded_decision_is_reported_superseded(issued, demo_database, demo_actors):
    from desktop.domain.decisions.models import DecisionOutcome
    from desktop.domain.decisions.service import DecisionText, draft_correction

    decision_id, _, notice = issued
    with demo_database.transaction() as s:
        correction = draft_correction(s, demo_actors["secretariat"], decision_id,
                                      DecisionText(DecisionOutcome.DESIGNATED, "정정"), "오기 정정")
    with demo_database.transaction() as s:
        later = issue_with_documents(s, demo_actors["approver"], correction, environment_identity)
    with demo_database.read() as s:
        report = verify_pdf(s, demo_actors["member"], notice)
    assert report.valid and f"superseded by {later}" in report.message()
