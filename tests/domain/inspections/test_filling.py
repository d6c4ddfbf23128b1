"""Filling in: each answer saved on its own, nonconform answers raise findings, completion enforces notes,
evidence and finding details, and bad answers are refused with nothing changed."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.core.clock import today
from desktop.core.errors import PermissionDenied, ValidationError
from desktop.domain.audit.models import AuditEvent
from desktop.domain.inspections import filling
from desktop.domain.inspections.findings import update_finding
from desktop.domain.inspections.models import FindingSeverity, InspectionStatus
from desktop.domain.inspections.queries import get_inspection
from tests.domain.inspections.conftest import PDF


def detail(site):
    return site.run(get_inspection, site.inspector, site.inspection_id)


def test_each_answer_is_saved_and_the_score_follows(site):
    site.run(filling.answer_item, site.inspector, site.inspection_id, "S1", "conform")
    site.run(filling.answer_item, site.inspector2, site.inspection_id, "U1", None, Decimal(4))
    d = detail(site)
    assert d.status == InspectionStatus.IN_PROGRESS
    assert (d.progress.answered, d.progress.points, d.progress.maximum) == (2, Decimal(11), Decimal(51))
    with site.database.read() as session:
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.action == "inspection.answer")).all()
    assert len(actions) == 2


@pytest.mark.parametrize("item,response,score,message", [
    ("U1", None, 6, "Item U1: the score must be a whole number from 0 to 5."),
    ("S1", None, 3, "Item S1 is answered conform, nonconform or not applicable, not with a score."),
    ("U1", "conform", None, "Item U1 is answered with a score from 0 to 5, not conform or nonconform."),
    ("X9", "conform", None, "The checklist 2026.1 has no item X9."),
])
def test_an_answer_the_item_does_not_take_is_refused_with_nothing_changed(site, item, response, score, message):
    with pytest.raises(ValidationError) as raised:
        site.run(filling.answer_item, site.inspector, site.inspection_id, item, response, score)
    assert raised.value.message == message
    assert detail(site).progress.answered == 0
    assert detail(site).status == InspectionStatus.SCHEDULED


def test_only_the_assigned_inspectors_fill_in(site):
    with pytest.raises(PermissionDenied, match="not one of the inspectors"):
        site.run(filling.answer_item, site.third, site.inspection_id, "S1", "conform")
    with pytest.raises(PermissionDenied):
        site.run(filling.answer_item, site.secretariat, site.inspection_id, "S1", "conform")


def test_a_nonconform_answer_raises_a_finding_that_follows_the_note_and_goes_when_undone(site):
    site.run(filling.answer_item, site.inspector, site.inspection_id, "C1", "nonconform")
    [finding] = detail(site).findings
    assert (finding.item_id, finding.severity) == ("C1", FindingSeverity.MINOR)
    assert finding.description == "의뢰인 정보의 비밀유지 통제(접근권한·보관·반출)"  # the item, until a note
    site.run(filling.set_note, site.inspector, site.inspection_id, "C1", "문서고 잠금장치 없음")
    assert detail(site).findings[0].description == "문서고 잠금장치 없음"
    site.run(filling.answer_item, site.inspector, site.inspection_id, "U1", None, 1)  # below 2: nonconform too
    assert [f.item_id for f in detail(site).findings] == ["C1", "U1"]
    site.run(filling.answer_item, site.inspector, site.inspection_id, "C1", "conform")
    assert [f.item_id for f in detail(site).findings] == ["U1"]


def test_completion_needs_the_required_note_evidence_and_finding_detail(site):
    site.fill(skip=("C1",))
    site.run(filling.answer_item, site.inspector, site.inspection_id, "C1", "nonconform")
    with pytest.raises(ValidationError) as raised:
        site.run(filling.complete_inspection, site.inspector, site.inspection_id)
    assert raised.value.field == "C1"
    assert raised.value.message.startswith("Item C1 is nonconform: write a note saying what was found.")
    assert "(2 more problems marked in the checklist.)" in raised.value.message
    assert detail(site).status == InspectionStatus.IN_PROGRESS
    assert [len(i.problems) for i in detail(site).items if i.item.id == "C1"] == [3]

    site.run(filling.set_note, site.inspector, site.inspection_id, "C1", "문서고 잠금장치 없음")
    site.run(filling.add_evidence, site.inspector, site.inspection_id, "C1", "문서고.pdf", PDF)
    finding_id = detail(site).findings[0].id
    site.run(update_finding, site.inspector, finding_id, FindingSeverity.MAJOR, "문서고 잠금장치 없음",
             "잠금장치 설치", today() + timedelta(days=14))
    site.run(filling.complete_inspection, site.inspector, site.inspection_id)
    d = detail(site)
    assert d.status == InspectionStatus.COMPLETED
    assert d.progress.points == Decimal(49)
    assert d.findings[0].severity == FindingSeverity.MAJOR


def test_evidence_is_checked_stored_by_content_and_readable(site):
    with pytest.raises(ValidationError, match=r"files of type '\.exe' cannot be attached"):
        site.run(filling.add_evidence, site.inspector, site.inspection_id, "S1", "virus.exe", b"MZ")
    with pytest.raises(ValidationError, match="is not a readable PDF"):
        site.run(filling.add_evidence, site.inspector, site.inspection_id, "S1", "scan.pdf", b"not a pdf")
    evidence_id = site.run(filling.add_evidence, site.inspector, site.inspection_id, "S1", "재직증명.pdf", PDF)
    site.run(filling.add_evidence, site.inspector2, site.inspection_id, "S2", "경력.pdf", PDF)
    assert site.run(filling.evidence_content, site.secretariat, evidence_id) == ("재직증명.pdf", PDF)
    d = detail(site)
    assert [e.sha256 for e in d.item("S1").evidence] == [e.sha256 for e in d.item("S2").evidence]
    site.run(filling.remove_evidence, site.inspector, evidence_id)
    assert detail(site).item("S1").evidence == ()


def test_finding_detail_is_checked(site):
    site.run(filling.answer_item, site.inspector, site.inspection_id, "K1", "nonconform")
    finding_id = detail(site).findings[0].id
    with pytest.raises(ValidationError, match="Describe what was found"):
        site.run(update_finding, site.inspector, finding_id, FindingSeverity.MINOR, " ", "조치", None)
    with pytest.raises(ValidationError, match="before the inspection date"):
        site.run(update_finding, site.inspector, finding_id, FindingSeverity.MINOR, "지연 등록", "조치",
                 today() - timedelta(days=30))
    # A period given to the institute to act ends on a working day (민법 Art. 161): Christmas Day is refused, with the
    # day the law would end it; the working day after it is taken.
    with pytest.raises(ValidationError, match=r"2026\. 12\. 25\. is Christmas Day, not a working day.*run to "
                                              r"2026\. 12\. 28\.") as raised:
        site.run(update_finding, site.inspector, finding_id, FindingSeverity.MINOR, "잠금장치 없음", "조치",
                 date(2026, 12, 25))
    assert raised.value.field == "deadline"
    site.run(update_finding, site.inspector, finding_id, FindingSeverity.MINOR, "잠금장치 없음", "조치",
             date(2026, 12, 28))
    assert detail(site).findings[0].deadline == date(2026, 12, 28)
