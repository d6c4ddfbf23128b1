"""On-site inspections of the ten-year demo: scheduled, completed and signed off through the inspection services;
the checklist answers written as the filling service writes them (the same rows, checks and audit events) in one
pass, because answering item by item through the service costs a database round trip per item."""

import random
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.demo.inspections import ATTESTATION, schedule
from desktop.domain.accounts.permissions import Actor
from desktop.domain.audit.service import record
from desktop.domain.inspections import filling, signoff
from desktop.domain.inspections.access import checklist_of, load_inspection, refresh_score, require_inspector
from desktop.domain.inspections.models import InspectionAnswer, InspectionStatus
from desktop.domain.inspections.rules import validate_answer


def signed_inspection(session: Session, secretariat: Actor, inspectors: list[Actor], application_id: int, on: date,
                      rng: random.Random) -> int:
    """Schedule, answer every item (conform, or a score of 3–5), complete and have both inspectors sign off."""
    inspection_id = schedule(session, secretariat, inspectors, application_id, on)
    lead = inspectors[0]
    inspection = load_inspection(session, inspection_id)
    require_inspector(session, lead, inspection)
    for item in checklist_of(inspection).items:
        response, score, text = None, None, None
        if item.response == "conform":
            response = "conform"
        elif item.response == "score":
            score = Decimal(rng.randint(3, 5))
        else:
            text = "특이사항 없음"
        validate_answer(item, response, score)  # type: ignore[arg-type]
        inspection.answers.append(InspectionAnswer(item_id=item.id, response=response, score=score, text=text,
                                                   answered_by_id=lead.user_id, updated_at=now(),
                                                   updated_by=lead.display_name))
        after = {k: v for k, v in (("response", response), ("score", None if score is None else str(score)),
                                   ("text", text)) if v is not None}
        record(session, lead, "inspection.answer", entity_type="inspections", entity_id=inspection_id,
               summary=f"{inspection.number} {item.id}", before=dict.fromkeys(after), after=after)
    inspection.status = InspectionStatus.IN_PROGRESS
    refresh_score(inspection)
    filling.complete_inspection(session, lead, inspection_id)
    for inspector in inspectors:
        signoff.sign_off(session, inspector, inspection_id, ATTESTATION)
    return inspection_id
