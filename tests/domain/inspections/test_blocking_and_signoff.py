"""An open major finding blocks the committee unless verified or overridden with a reason; sign-off makes the
inspection read-only; reopening needs a reason, clears the signatures and is audited."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop.core.clock import today
from desktop.core.errors import PermissionDenied, ValidationError, WorkflowError
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.applications.service import transition
from desktop.domain.audit.models import AuditEvent
from desktop.domain.inspections import filling
from desktop.domain.inspections.findings import (
    override_committee_block,
    record_applicant_response,
    update_finding,
    verify_finding,
)
from desktop.domain.inspections.models import FindingSeverity, FindingVerification, InspectionStatus
from desktop.domain.inspections.queries import get_inspection, inspection_summaries
from desktop.domain.inspections.service import committee_blockers
from desktop.domain.inspections.signoff import reopen_inspection, sign_off
from tests.domain.inspections.conftest import PDF


def detail(site):
    return site.run(get_inspection, site.inspector, site.inspection_id)


def complete_with_finding(site, severity: FindingSeverity) -> int:
    site.fill(skip=("C1",))
    site.run(filling.answer_item, site.inspector, site.inspection_id, "C1", "nonconform")
    site.run(filling.set_note, site.inspector, site.inspection_id, "C1", "잠금장치 없음")
    site.run(filling.add_evidence, site.inspector, site.inspection_id, "C1", "사진.pdf", PDF)
    finding_id = detail(site).findings[0].id
    site.run(update_finding, site.inspector, finding_id, severity, "잠금장치 없음", "설치",
             today() + timedelta(days=14))
    site.run(filling.complete_inspection, site.inspector, site.inspection_id)
    return finding_id


def sign_both(site) -> None:
    assert site.run(sign_off, site.inspector, site.inspection_id, "사실과 같음") is False
    assert site.run(sign_off, site.inspector2, site.inspection_id, "사실과 같음") is True


def to_committee(site) -> None:
    site.run(transition, site.secretariat, site.application_id, ApplicationStatus.COMMITTEE_REVIEW)


def status(site) -> ApplicationStatus:
    return site.read(lambda s: s.get_one(Application, site.application_id).status)


def test_an_open_major_finding_blocks_the_committee_until_its_correction_is_verified(site):
    finding_id = complete_with_finding(site, FindingSeverity.MAJOR)
    sign_both(site)
    with pytest.raises(WorkflowError, match=r"Inspection .* still has 1 open major finding;"):
        to_committee(site)
    assert status(site) == ApplicationStatus.INSPECTION
    with pytest.raises(WorkflowError, match="Record the applicant's response before verifying"):
        site.run(verify_finding, site.inspector, finding_id, True)
    site.run(record_applicant_response, site.secretariat, finding_id, "잠금장치 설치 사진 제출")
    with pytest.raises(ValidationError, match="Say why the corrective action is not effective"):
        site.run(verify_finding, site.inspector2, finding_id, False)
    site.run(verify_finding, site.inspector2, finding_id, False, "사진으로는 확인 불가")
    assert detail(site).findings[0].verification == FindingVerification.NOT_EFFECTIVE
    with pytest.raises(WorkflowError):
        to_committee(site)
    site.run(record_applicant_response, site.inspector, finding_id, "현장 재확인 요청 및 출입기록부 제출")
    site.run(verify_finding, site.inspector, finding_id, True)
    assert site.read(committee_blockers, site.application_id) == []
    to_committee(site)
    assert status(site) == ApplicationStatus.COMMITTEE_REVIEW


def test_the_secretariat_may_override_the_block_only_with_a_reason(site):
    complete_with_finding(site, FindingSeverity.MAJOR)
    sign_both(site)
    with pytest.raises(PermissionDenied):
        site.run(override_committee_block, site.inspector, site.inspection_id, "급함")
    with pytest.raises(ValidationError, match="An override needs a reason"):
        site.run(override_committee_block, site.secretariat, site.inspection_id, "  ")
    site.run(override_committee_block, site.secretariat, site.inspection_id, "시정 완료 확인 공문 접수, 위원회 보고")
    to_committee(site)
    [summary] = site.run(inspection_summaries, site.secretariat)
    assert (summary.open_major, summary.override_reason) == (1, "시정 완료 확인 공문 접수, 위원회 보고")
    with site.database.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "inspection.override")).one()
    assert event.reason == "시정 완료 확인 공문 접수, 위원회 보고"


def test_a_minor_finding_does_not_block(site):
    complete_with_finding(site, FindingSeverity.MINOR)
    sign_both(site)
    to_committee(site)
    assert status(site) == ApplicationStatus.COMMITTEE_REVIEW


def test_an_unsigned_inspection_blocks(site):
    complete_with_finding(site, FindingSeverity.MINOR)
    site.run(sign_off, site.inspector, site.inspection_id, "사실과 같음")
    with pytest.raises(WorkflowError, match="is not signed off yet"):
        to_committee(site)


def test_sign_off_needs_a_completed_checklist_and_each_inspector_once(site):
    site.fill()
    with pytest.raises(WorkflowError, match="Complete the checklist"):
        site.run(sign_off, site.inspector, site.inspection_id, "확인")
    site.run(filling.complete_inspection, site.inspector, site.inspection_id)
    with pytest.raises(ValidationError, match="Write the attestation"):
        site.run(sign_off, site.inspector, site.inspection_id, "")
    with pytest.raises(PermissionDenied):
        site.run(sign_off, site.third, site.inspection_id, "확인")
    site.run(sign_off, site.inspector, site.inspection_id, "확인")
    with pytest.raises(WorkflowError, match="You already signed"):
        site.run(sign_off, site.inspector, site.inspection_id, "확인")
    assert detail(site).status == InspectionStatus.COMPLETED
    site.run(sign_off, site.inspector2, site.inspection_id, "확인")
    d = detail(site)
    assert d.status == InspectionStatus.SIGNED
    assert all(i.signed_at is not None and i.attestation == "확인" for i in d.inspectors)


@pytest.mark.parametrize("change", [
    lambda site, f: site.run(filling.answer_item, site.inspector, site.inspection_id, "S1", "nonconform"),
    lambda site, f: site.run(filling.set_note, site.inspector, site.inspection_id, "S1", "추가 의견"),
    lambda site, f: site.run(filling.add_evidence, site.inspector, site.inspection_id, "S1", "a.pdf", PDF),
    lambda site, f: site.run(update_finding, site.inspector, f, FindingSeverity.MINOR, "x", "y", None),
    lambda site, f: site.run(filling.complete_inspection, site.inspector, site.inspection_id),
])
def test_a_signed_inspection_is_read_only(site, change):
    finding_id = complete_with_finding(site, FindingSeverity.MINOR)
    sign_both(site)
    before = detail(site)
    with pytest.raises(WorkflowError, match="can no longer be changed; reopen it"):
        change(site, finding_id)
    after = detail(site)
    assert (after.items, after.findings, after.status) == (before.items, before.findings, before.status)


def test_reopening_needs_a_reason_clears_the_signatures_and_is_audited(site):
    complete_with_finding(site, FindingSeverity.MINOR)
    sign_both(site)
    with pytest.raises(ValidationError, match="Reopening needs a reason"):
        site.run(reopen_inspection, site.inspector, site.inspection_id, "")
    site.run(reopen_inspection, site.inspector, site.inspection_id, "S2 경력 증빙 재확인 필요")
    d = detail(site)
    assert d.status == InspectionStatus.IN_PROGRESS
    assert all(i.signed_at is None for i in d.inspectors)
    site.run(filling.set_note, site.inspector, site.inspection_id, "S2", "재확인함")  # editable again
    with site.database.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "inspection.reopen")).one()
    assert event.reason == "S2 경력 증빙 재확인 필요"
    assert event.before["status"] == "signed" and len(event.before["signed"]) == 2


def test_no_reopening_once_the_application_went_to_the_committee(site):
    complete_with_finding(site, FindingSeverity.MINOR)
    sign_both(site)
    to_committee(site)
    with pytest.raises(WorkflowError, match="has moved on from inspection"):
        site.run(reopen_inspection, site.secretariat, site.inspection_id, "재검토")
