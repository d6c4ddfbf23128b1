"""The on-site inspection report: results per item, score, findings and their status, signatures."""

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.documents.inspection_report import render_inspection_report
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.inspections.models import Inspection, InspectionStatus
from desktop.domain.inspections.report import inspection_report
from desktop.domain.settings.service import get_settings


def _report(demo_database, actor, status: ApplicationStatus):
    """The demo's signed inspection of the application in ``status`` of the open round (it had a major finding)."""
    with demo_database.read() as session:
        inspection_id = session.scalars(
            select(Inspection.id).join(Application, Application.id == Inspection.application_id)
            .where(Application.status == status, Inspection.status == InspectionStatus.SIGNED)).first()
        return inspection_report(session, actor, inspection_id, get_settings(session))


@pytest.fixture
def report(demo_database, demo_actors):
    return _report(demo_database, demo_actors["chair"], ApplicationStatus.COMMITTEE_REVIEW)


def test_the_report_lists_every_item_the_score_the_findings_and_the_signatures(report, pdf_text):
    text = pdf_text(render_inspection_report(report))
    assert "평가기관 지정 신청기관 현장실사 결과 보고" in text and "지정심의위원회 위원장" in text
    for item in report.items:
        assert item.id in text
    assert f"점수: {report.score:f} / {report.max_score:f}점" in text
    assert "지적사항: 1건 (중대 1건, 경미 0건), 미종결 0건" in text
    assert "종결(시정 확인)" in text and "의뢰인 자료 보관함 잠금장치 미설치" in text
    assert "부적합" in text
    for person in report.signatures:
        assert person.name in text
    assert "본인은 위 현장실사 결과가 사실과 같음을 확인합니다." in text
    assert text.count("끝.") == 1 and "초안" not in text


def test_the_english_report_is_deterministic(report, pdf_text):
    english = render_inspection_report(report, "en")
    text = pdf_text(english)
    assert "Report of the on-site inspection of an applicant for designation" in text
    assert "Results per item" in text and "Closed (effective)" in text and "Nonconform" in text
    assert render_inspection_report(report, "en") == english


def test_a_report_not_signed_by_everyone_says_draft(report, pdf_text):
    import dataclasses

    unsigned = dataclasses.replace(report, signatures=(report.signatures[0], dataclasses.replace(
        report.signatures[1], at=None, attestation="")))
    text = pdf_text(render_inspection_report(unsigned))
    assert "미서명" in text and "초안" in text


def test_an_unfinished_inspection_has_no_report(demo_database, demo_actors, tmp_path, capsys):
    with demo_database.read() as session:
        number = session.scalars(select(Inspection.number).where(Inspection.status == InspectionStatus.SCHEDULED)
                                 ).one()
    assert main(["--database", demo_database.url, "document", "inspection-report", number,
                 "-o", str(tmp_path / "r.pdf")]) == 1
    assert "not issued yet, so this document can only be previewed" in capsys.readouterr().err
    assert main(["--database", demo_database.url, "document", "inspection-report", number, "--preview",
                 "-o", str(tmp_path / "r.pdf")]) == 1
    assert "is printed once its checklist is completed" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_the_command_line_prints_the_report(demo_database, report, tmp_path, capsys, pdf_text):
    output = tmp_path / "report.pdf"
    assert main(["--database", demo_database.url, "document", "inspection-report", report.number,
                 "-o", str(output), "--language", "en"]) == 0
    out = capsys.readouterr().out
    assert f"{report.number}: {output}" in out and "issued now" in out
    code = out.rsplit("verification code ", 1)[1].strip().rstrip(")")
    text = pdf_text(output.read_bytes())
    assert "Report of the on-site inspection" in text and report.number.removeprefix("실사-") in text and code in text
    again = tmp_path / "again.pdf"
    assert main(["--database", demo_database.url, "document", "inspection-report", report.number,
                 "-o", str(again), "--language", "en"]) == 0
    assert again.read_bytes() == output.read_bytes() and "as issued" in capsys.readouterr().out
