"""Issued means frozen: a document of an issued record is rendered once from the content frozen at issue, stored,
and returned byte for byte on every later print, whatever changed since; the database engine itself refuses
changes to what was issued (measured failures of issue 10, point 1 and 2)."""

import dataclasses
import sqlite3

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.core.errors import WorkflowError
from desktop.core.snapshots import from_plain
from desktop.db.engine import Database
from desktop.domain.applications.models import Application
from desktop.domain.committee.models import Meeting, MeetingStatus
from desktop.domain.decisions.models import Decision, DecisionOutcome, DecisionStatus
from desktop.domain.decisions.service import DecisionText, draft_correction
from desktop.domain.institutions.service import institution_data, update_institution
from desktop.domain.issued.models import DocumentKind, FrozenContent, IssuedDocument
from desktop.issuing.decisions import issue_with_documents
from desktop.issuing.issue import issued_pdf, preview_pdf
from desktop.issuing.kinds import KINDS
from desktop.issuing.verify import VerificationStatus, verify_pdf


def _sqlite(database: Database) -> sqlite3.Connection:
    return sqlite3.connect(database.engine.url.database)


def _designation(session) -> Decision:
    return session.scalars(select(Decision).where(Decision.status == DecisionStatus.ISSUED,
                                                  Decision.outcome == DecisionOutcome.DESIGNATED)
                           .order_by(Decision.id)).first()


def test_a_renamed_institution_leaves_the_issued_notice_and_certificate_byte_identical(demo_database, demo_actors):
    secretariat = demo_actors["secretariat"]
    with demo_database.transaction() as s:
        decision = _designation(s)
        notice = issued_pdf(s, secretariat, DocumentKind.DECISION_NOTICE, decision.id, "ko")
        certificate = issued_pdf(s, secretariat, DocumentKind.CERTIFICATE, decision.id, "ko")
        institution_id = s.get_one(Application, decision.application_id).institution_id
        data = institution_data(s, secretariat, institution_id)
        old_name = data.name
        update_institution(s, secretariat, institution_id, dataclasses.replace(data, name="개명된 평가법인"))
        count = s.scalar(select(func.count(IssuedDocument.id)))
    with demo_database.transaction() as s:
        again = issued_pdf(s, secretariat, DocumentKind.DECISION_NOTICE, decision.id, "ko")
        certificate_again = issued_pdf(s, secretariat, DocumentKind.CERTIFICATE, decision.id, "ko")
        assert s.scalar(select(func.count(IssuedDocument.id))) == count  # nothing new was issued
    assert not notice.new and again.data == notice.data and certificate_again.data == certificate.data
    # A new language is issued from the content frozen at issue: it still shows the old name.
    with demo_database.transaction() as s:
        english = issued_pdf(s, secretariat, DocumentKind.DECISION_NOTICE, decision.id, "en")
        frozen = s.scalars(select(FrozenContent).where(FrozenContent.kind == "decision",
                                                       FrozenContent.entity_id == decision.id)).one()
    assert english.new and frozen.content["institution_name"] == old_name


def test_every_kind_renders_from_its_frozen_content(demo_database, demo_actors):
    """The demo froze a content of each kind it issued; each thaws into its data class and renders."""
    with demo_database.read() as s:
        contents = list(s.scalars(select(FrozenContent)))
    kinds = {c.kind for c in contents}
    assert kinds >= {"decision", "certificate", "public_notice", "supplement_request", "inspection_notice",
                     "inspection_report", "minutes"}
    for kind in kinds:
        spec = KINDS[kind]
        content = next(c for c in contents if c.kind == kind)
        data = from_plain(spec.data_class(), content.content)
        assert spec.number(data) == content.number
        assert spec.render(data, "ko", "AAAA-BBBB-CCCC").startswith(b"%PDF")


def test_approving_issues_the_documents_at_once_and_printing_returns_them(demo_database, demo_actors, tmp_path,
                                                                          capsys):
    approver = demo_actors["approver"]
    with demo_database.transaction() as s:
        draft = s.scalars(select(Decision).where(Decision.status == DecisionStatus.DRAFT)).one()
        number = issue_with_documents(s, approver, draft.id)
        issued = {d.kind for d in s.scalars(select(IssuedDocument).where(IssuedDocument.entity_id == draft.id,
                                                                         IssuedDocument.entity_type == "decisions"))}
    assert issued == {"decision", "certificate"}
    out = tmp_path / "n.pdf"
    assert main(["--database", demo_database.url, "document", "decision", number, "-o", str(out)]) == 0
    assert "as issued" in capsys.readouterr().out
    with demo_database.read() as s:
        stored = s.scalars(select(IssuedDocument).where(IssuedDocument.entity_id == draft.id,
                                                        IssuedDocument.kind == "decision")).one()
        assert verify_pdf(s, approver, out.read_bytes()).document.verification_code == stored.verification_code


def test_a_superseded_decision_keeps_its_documents_gets_no_new_ones_and_says_so(demo_database, demo_actors):
    secretariat, approver = demo_actors["secretariat"], demo_actors["approver"]
    with demo_database.transaction() as s:
        old = _designation(s)
        old_notice = issued_pdf(s, secretariat, DocumentKind.DECISION_NOTICE, old.id, "ko")
        correction = draft_correction(s, secretariat, old.id, DecisionText(DecisionOutcome.DESIGNATED, "정정된 사유"),
                                      "오기 정정")
        old_id = old.id
    with demo_database.transaction() as s:
        new_number = issue_with_documents(s, approver, correction)
    with demo_database.transaction() as s:
        kept = issued_pdf(s, secretariat, DocumentKind.DECISION_NOTICE, old_id, "ko")
        assert kept.data == old_notice.data and not kept.new
        with pytest.raises(WorkflowError, match=f"superseded by {new_number}"):
            issued_pdf(s, secretariat, DocumentKind.DECISION_NOTICE, old_id, "en")
        report = verify_pdf(s, secretariat, old_notice.data)
    assert report.status == VerificationStatus.VALID and f"superseded by {new_number}" in report.message()


def test_open_minutes_are_only_previewed_and_closed_minutes_are_issued(demo_database, demo_actors, tmp_path,
                                                                       capsys):
    with demo_database.read() as s:
        meetings = {m.status: m.number for m in s.scalars(select(Meeting))}
    out = tmp_path / "m.pdf"
    assert main(["--database", demo_database.url, "document", "minutes", meetings[MeetingStatus.OPEN],
                 "-o", str(out)]) == 1
    assert "can only be previewed" in capsys.readouterr().err and not out.exists()
    assert main(["--database", demo_database.url, "document", "minutes", meetings[MeetingStatus.OPEN],
                 "--preview", "-o", str(out)]) == 0
    assert "a preview" in capsys.readouterr().out
    assert main(["--database", demo_database.url, "document", "minutes", meetings[MeetingStatus.CLOSED],
                 "-o", str(out)]) == 0
    assert "verification code" in capsys.readouterr().out


def test_a_preview_records_nothing(demo_database, demo_actors):
    with demo_database.read() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.status == MeetingStatus.OPEN)).one()
        before = s.scalar(select(func.count(IssuedDocument.id)))
        assert preview_pdf(s, demo_actors["chair"], DocumentKind.MINUTES, meeting.id, "ko").startswith(b"%PDF")
        assert s.scalar(select(func.count(IssuedDocument.id))) == before


@pytest.mark.parametrize("statement", [
    "UPDATE decisions SET reasons = 'rewritten' WHERE status = 'issued'",
    "UPDATE decisions SET status = 'draft' WHERE status = 'issued'",
    "DELETE FROM decisions WHERE status = 'issued'",
    "UPDATE issued_documents SET sha256 = 'x'",
    "DELETE FROM issued_documents",
    "UPDATE frozen_contents SET content = '{}'",
    "DELETE FROM frozen_contents",
    "UPDATE public_notices SET entries = '[]'",
    "DELETE FROM blobs WHERE sha256 IN (SELECT sha256 FROM issued_documents)",
    "UPDATE blobs SET data = x'00'",
    "UPDATE scoring_results SET aggregate = '99.99' WHERE id IN (SELECT scoring_result_id FROM decisions "
    "WHERE status = 'issued')",
    "DELETE FROM scoring_results WHERE id IN (SELECT scoring_result_id FROM decisions WHERE status = 'issued')",
], ids=["decision-reasons", "decision-status", "decision-delete", "document-update", "document-delete",
        "content-update", "content-delete", "notice-update", "issued-blob-delete", "blob-update", "cited-result",
        "cited-result-delete"])
@pytest.mark.sqlite_only  # sqlite3 on the file; the server's triggers: tests/db/test_postgres.py
def test_raw_sql_cannot_change_what_was_issued(demo_database, statement):
    connection = _sqlite(demo_database)
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        connection.execute(statement)
    connection.rollback()
    connection.close()


@pytest.mark.sqlite_only  # sqlite3 on the file
def test_what_the_engine_still_allows(demo_database):
    """A draft stays editable, a result may stop being current, an issued decision may be marked superseded."""
    connection = _sqlite(demo_database)
    connection.execute("UPDATE decisions SET reasons = 'draft text' WHERE status = 'draft'")
    connection.execute("UPDATE scoring_results SET current = 0 WHERE id IN (SELECT scoring_result_id FROM decisions)")
    connection.execute("UPDATE decisions SET status = 'superseded' WHERE id = (SELECT min(id) FROM decisions "
                       "WHERE status = 'issued')")
    connection.rollback()
    connection.close()


def test_a_chair_excluded_from_the_applicant_cannot_print_its_decision_but_may_print_another(demo_database,
                                                                                           demo_actors):
    from desktop.core.errors import NotFound
    from desktop.domain.committee.access import member_id_for
    from desktop.domain.committee.models import ConflictDeclaration, ConflictKind

    chair = demo_actors["chair"]
    with demo_database.read() as session:
        decisions = list(session.scalars(select(Decision).where(Decision.issued_at.is_not(None))
                                         .order_by(Decision.id)))
        excluded = decisions[0]
        other = next(d for d in decisions[1:] if d.application_id != excluded.application_id)
    with demo_database.transaction() as session:  # the chair's declaration for that applicant becomes an exclusion
        member_id = member_id_for(session, chair)
        declared = session.scalars(select(ConflictDeclaration).where(
            ConflictDeclaration.member_id == member_id,
            ConflictDeclaration.application_id == excluded.application_id)).first()
        if declared is None:
            declared = ConflictDeclaration(member_id=member_id, application_id=excluded.application_id)
            session.add(declared)
        declared.kind, declared.statement = ConflictKind.EXCLUSION, "배우자가 대표이사"
    with demo_database.read() as session, pytest.raises(NotFound) as refused:
        issued_pdf(session, chair, "decision", excluded.id, "ko")
    assert "conflict of interest" in refused.value.message
    with demo_database.read() as session:
        assert issued_pdf(session, chair, "decision", other.id, "ko").data.startswith(b"%PDF")
