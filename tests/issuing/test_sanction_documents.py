"""The documents of a sanction case: frozen when each step is recorded, issued signed in Korean and English, printed
from the command line by their numbers, and verified."""

import dataclasses

from sqlalchemy import select

from desktop.cli import main
from desktop.domain.institutions.service import institution_data, update_institution
from desktop.domain.issued.models import DocumentKind, FrozenContent
from desktop.domain.registry.models import RegistryEntry
from desktop.domain.sanctions.models import Disposition, Hearing, PriorNotice, SanctionCase
from desktop.issuing.issue import issued_pdf
from desktop.issuing.verify import VerificationStatus, verify_pdf
from tests.domain.sanctions.steps import suspended_case

SANCTION_KINDS = (DocumentKind.SANCTION_NOTICE, DocumentKind.HEARING_NOTICE, DocumentKind.HEARING_RECORD,
                  DocumentKind.SANCTION_DISPOSITION)


def _numbers(session, disposition_id: int) -> dict[str, tuple[int, str]]:
    disposition = session.get_one(Disposition, disposition_id)
    notice = session.scalars(select(PriorNotice).where(PriorNotice.case_id == disposition.case_id)).one()
    hearing = session.scalars(select(Hearing).where(Hearing.case_id == disposition.case_id)).one()
    return {"sanction-notice": (notice.id, notice.number), "hearing-notice": (hearing.id, hearing.number),
            "hearing-record": (hearing.id, hearing.record_number or ""),
            "sanction-disposition": (disposition.id, disposition.number or "")}


def test_every_sanction_document_prints_by_number_and_verifies(demo_database, demo_actors, tmp_path, capsys):
    disposition_id, _ = suspended_case(demo_database, demo_actors)
    with demo_database.read() as s:
        numbers = _numbers(s, disposition_id)
    for cli, (_, number) in numbers.items():
        for language in ("ko", "en"):
            out = tmp_path / f"{cli}-{language}.pdf"
            english = number.replace("제재-", "SAN-") if language == "en" else number
            assert main(["--database", demo_database.url, "document", cli, english, "--language", language,
                         "-o", str(out)]) == 0, cli
            with demo_database.read() as s:
                report = verify_pdf(s, demo_actors["approver"], out.read_bytes())
            assert report.status == VerificationStatus.VALID, (cli, language, report.status)
            assert report.document is not None and report.document.number == number
    capsys.readouterr()


def test_the_disposition_stays_as_issued_when_the_institute_is_renamed(demo_database, demo_actors):
    disposition_id, _ = suspended_case(demo_database, demo_actors)
    secretariat = demo_actors["secretariat"]
    with demo_database.transaction() as s:
        first = issued_pdf(s, secretariat, DocumentKind.SANCTION_DISPOSITION, disposition_id, "ko")
        case = s.get_one(SanctionCase, s.get_one(Disposition, disposition_id).case_id)
        institution_id = s.get_one(RegistryEntry, case.entry_id).institution_id
        data = institution_data(s, secretariat, institution_id)
        old_name = data.name
        update_institution(s, secretariat, institution_id, dataclasses.replace(data, name="개명된 평가법인"))
    with demo_database.transaction() as s:
        again = issued_pdf(s, secretariat, DocumentKind.SANCTION_DISPOSITION, disposition_id, "ko")
        frozen = {c.kind: c for c in s.scalars(select(FrozenContent).where(FrozenContent.kind.in_(SANCTION_KINDS)))}
    assert again.data == first.data and not again.new
    assert set(frozen) == set(SANCTION_KINDS)
    assert frozen[DocumentKind.SANCTION_DISPOSITION].content["institution_name"] == old_name
    assert frozen[DocumentKind.SANCTION_DISPOSITION].content["ends_on"] == {"$date": "2027-03-13"}
