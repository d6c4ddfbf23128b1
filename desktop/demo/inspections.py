"""The demo's on-site inspections, made through the inspection services as the secretariat and the two
inspectors would have made them: scheduled, filled in, findings followed up, signed off."""

import io
import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.periods import Calendar, period_to_act
from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications.models import Application, ApplicationStatus, ConflictGround
from desktop.domain.inspections import filling, findings, scheduling, signoff
from desktop.domain.inspections.access import checklist_of, load_inspection
from desktop.domain.inspections.models import FindingSeverity

ATTESTATION = "본인은 위 현장실사 결과가 사실과 같음을 확인합니다."


@dataclass(frozen=True)
class DemoFinding:
    item_id: str
    severity: FindingSeverity
    note: str
    corrective_action: str
    response: str


# The returning applicant of the open round had a major finding, corrected and verified before the committee.
MAJOR_FIXED = DemoFinding("C1", FindingSeverity.MAJOR, "의뢰인 자료 보관함 잠금장치 미설치, 출입기록 없음",
                          "보관함 잠금장치 설치 및 문서고 출입기록부 운영",
                          "잠금장치 설치 사진 및 출입기록부 사본 제출")
MINOR_FIXED = DemoFinding("K1", FindingSeverity.MINOR, "평가보고서 2건이 평가정보시스템에 30일 경과 후 등록됨",
                          "등록기한 관리대장 운영", "등록기한 관리대장 도입 및 지연 등록 사유서 제출")


def _evidence_pdf(title: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setFont("Helvetica", 14)
    canvas.drawString(72, 760, title)
    canvas.drawString(72, 740, "Demo evidence photo sheet (fictional)")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def schedule(session: Session, secretariat: Actor, inspectors: list[Actor], application_id: int, on: date) -> int:
    application = session.get_one(Application, application_id)
    place = f"{application.institution.address} (신청기관 사무소)"
    return scheduling.schedule_inspection(session, secretariat, application_id, on, place,
                                          [i.user_id for i in inspectors])


def signed_inspection(session: Session, secretariat: Actor, inspectors: list[Actor], application_id: int, on: date,
                      rng: random.Random, finding: DemoFinding | None = None) -> int:
    """Schedule, fill in, follow up the finding, complete and have both inspectors sign off."""
    # Four draws, as the builder always took, so the rest of the demo's random stream stays the same.
    draws = [Decimal(rng.randint(3, 5)) for _ in range(4)]
    inspection_id = schedule(session, secretariat, inspectors, application_id, on)
    lead = inspectors[0]
    items = checklist_of(load_inspection(session, inspection_id)).items
    scores = iter(draws * len(items))
    for item in items:
        if finding is not None and item.id == finding.item_id:
            filling.answer_item(session, lead, inspection_id, item.id, "nonconform")
            filling.set_note(session, lead, inspection_id, item.id, finding.note)
            if item.evidence_required:
                filling.add_evidence(session, lead, inspection_id, item.id, f"{item.id}_현장사진.pdf",
                                     _evidence_pdf(f"{item.id} on-site photos"))
            continue
        if item.response == "conform":
            filling.answer_item(session, lead, inspection_id, item.id, "conform")
        elif item.response == "score":
            filling.answer_item(session, lead, inspection_id, item.id, None, next(scores))
        else:
            filling.set_text(session, lead, inspection_id, item.id, "특이사항 없음")
            continue
        filling.set_note(session, lead, inspection_id, item.id, "현장 확인")
    if finding is not None:
        session.flush()
        row = next(f for f in load_inspection(session, inspection_id).findings if f.item_id == finding.item_id)
        findings.update_finding(session, lead, row.id, finding.severity, finding.note, finding.corrective_action,
                                period_to_act(Calendar(), on, 14).end)
        filling.complete_inspection(session, lead, inspection_id)
        findings.record_applicant_response(session, secretariat, row.id, finding.response)
        findings.verify_finding(session, inspectors[1], row.id, True, "제출 자료로 시정 확인")
    else:
        filling.complete_inspection(session, lead, inspection_id)
    for inspector in inspectors:
        signoff.sign_off(session, inspector, inspection_id, ATTESTATION)
    return inspection_id


def declare_conflict(session: Session, inspector: Actor, round_id: int) -> int:
    """The inspector advised one applicant of the round last year and declares it (so cannot be assigned to it)."""
    application_id = session.scalars(
        select(Application.id)
        .where(Application.round_id == round_id, Application.status == ApplicationStatus.SUBMITTED)
        .order_by(Application.number.desc())).first()
    assert application_id is not None
    return scheduling.declare_inspector_conflict(
        session, inspector, application_id, ConflictGround.DIRECT_INVOLVEMENT,
        "작년에 신청기관의 평가 매뉴얼 개정 자문을 수행하였음.")
