"""The documents of a validity check: each notice and the result letter issued signed in Korean and English,
printed from the command line by their numbers, and verified; the result letter states the findings."""

from datetime import date

from sqlalchemy import select

from desktop.cli import main
from desktop.documents.validity import render_validity_document
from desktop.domain.validity.letters import build_letter
from desktop.domain.validity.models import ValidityCheck, ValidityNotice
from desktop.issuing.verify import VerificationStatus, verify_pdf
from tests.domain.sanctions.steps import move_clock_to
from tests.domain.validity.steps import (
    INAPPROPRIATE,
    INAPPROPRIATE_REASONS,
    comment_on_all,
    notified_check,
    short_findings,
)


def test_every_validity_document_prints_by_number_and_verifies(demo_database, demo_actors, tmp_path, capsys):
    from desktop.domain.validity.conclusion import conclude_check

    check_id = notified_check(demo_database, demo_actors)
    move_clock_to(date(2026, 11, 27))
    comment_on_all(demo_database, demo_actors, check_id)
    with demo_database.transaction() as s:
        conclude_check(s, demo_actors["secretariat"], check_id, short_findings(), INAPPROPRIATE, INAPPROPRIATE_REASONS)
    with demo_database.read() as s:
        numbers = [("validity-notice", n.number) for n in s.scalars(select(ValidityNotice).where(
            ValidityNotice.check_id == check_id).order_by(ValidityNotice.id))]
        numbers.append(("validity-result", s.get_one(ValidityCheck, check_id).result_number))
        letter = build_letter(s, "validity_result", check_id)
    assert len(numbers) == 4
    for cli, number in numbers:
        for language in ("ko", "en"):
            out = tmp_path / f"{number}-{language}.pdf"
            typed = number.replace("타당성통지-", "VCL-") if language == "en" else number
            assert main(["--database", demo_database.url, "document", cli, typed, "--language", language,
                         "-o", str(out)]) == 0, cli
            with demo_database.read() as s:
                report = verify_pdf(s, demo_actors["approver"], out.read_bytes())
            assert report.status == VerificationStatus.VALID, (cli, language, report.status)
            assert report.document is not None and report.document.number == number
    capsys.readouterr()
    assert [f.assessment for f in letter.findings].count("falls_short") == 1
    assert render_validity_document(letter, "en") == render_validity_document(letter, "en")
