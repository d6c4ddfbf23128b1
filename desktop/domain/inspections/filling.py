"""Filling in the checklist: one answer, note or piece of evidence per call (each its own unit of work), and
completion once every required answer, note, piece of evidence and finding detail is there."""

import mimetypes
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.core.errors import NotFound, ValidationError, WorkflowError
from desktop.core.i18n import Plural, translate
from desktop.core.periods import period_to_act
from desktop.domain.accounts.permissions import Actor, check_account_current
from desktop.domain.applications.attachments import check_file, store_blob
from desktop.domain.audit.service import record
from desktop.domain.blobs.models import Blob
from desktop.domain.inspections.access import (
    answers_of,
    checklist_of,
    load_inspection,
    refresh_score,
    require_editable,
    require_inspector,
    visible_inspection,
)
from desktop.domain.inspections.checklists import ChecklistItem
from desktop.domain.inspections.models import (
    Finding,
    FindingSeverity,
    FindingVerification,
    Inspection,
    InspectionAnswer,
    InspectionEvidence,
    InspectionStatus,
)
from desktop.domain.inspections.rules import Answer, completion_problems, is_nonconform, validate_answer
from desktop.domain.settings.calendar import calendar_of
from desktop.domain.settings.catalogue import FINDING_DEADLINE_DAYS
from desktop.domain.settings.service import get_settings
from desktop.domain.versions import claim_version, stale_edit

UNCHANGED = object()


def _answer_row(inspection: Inspection, item_id: str) -> InspectionAnswer:
    for row in inspection.answers:
        if row.item_id == item_id:
            return row
    row = InspectionAnswer(item_id=item_id)
    inspection.answers.append(row)
    return row


def _finding_for(inspection: Inspection, item_id: str) -> Finding | None:
    return next((f for f in inspection.findings if f.item_id == item_id), None)


def finding_deadline(session: Session, inspection: Inspection) -> date:
    """The default deadline of a corrective action: the configured days counted from the inspection by the law
    (민법 157, 161: the inspection day not counted, a last day on a Saturday or holiday moves to the next one)."""
    settings = get_settings(session)
    days = FINDING_DEADLINE_DAYS.of(settings)
    return period_to_act(calendar_of(settings), inspection.scheduled_at, days).end


def _sync_finding(session: Session, inspection: Inspection, item: ChecklistItem, row: InspectionAnswer,
                  old_note: str | None) -> None:
    """A nonconform answer raises a finding (minor until the inspector says otherwise); undoing it removes it."""
    finding = _finding_for(inspection, item.id)
    nonconform = is_nonconform(item, Answer(row.response, row.score, row.text, row.note))
    if nonconform and finding is None:
        inspection.findings.append(Finding(item_id=item.id, severity=FindingSeverity.MINOR,
                                           description=(row.note or "").strip() or item.ko, corrective_action="",
                                           deadline=finding_deadline(session, inspection)))
    elif nonconform and finding is not None and finding.description in ((old_note or "").strip(), item.ko):
        finding.description = (row.note or "").strip() or item.ko  # follows the note until edited on its own
    elif not nonconform and finding is not None:
        if finding.applicant_response or finding.verification != FindingVerification.PENDING:
            raise WorkflowError(translate(
                "Inspections", "Item {item} has a finding the applicant already answered; it cannot stop being "
                "nonconform.").format(item=item.id))
        inspection.findings.remove(finding)


def _claim_answer(session: Session, actor: Actor, inspection: Inspection, item_id: str,
                  expected_version: int | None) -> InspectionAnswer:
    """The item's answer row, stepped to its next version; a form's stale version is refused (``StaleEdit``)."""
    what = translate("Inspections", "Item {item} of {number}").format(item=item_id, number=inspection.number)
    existing = next((row for row in inspection.answers if row.item_id == item_id), None)
    if existing is None:
        if expected_version:
            raise stale_edit(what, translate("Versions", "someone else"), None, 0)
        row = _answer_row(inspection, item_id)
        row.updated_by = actor.display_name
        return row
    claim_version(session, actor, existing, existing.version if expected_version is None else expected_version,
                  what)
    return existing


def _save(session: Session, actor: Actor, inspection_id: int, item_id: str, *, response: object = UNCHANGED,
          score: object = UNCHANGED, text: object = UNCHANGED, note: object = UNCHANGED,
          expected_version: int | None = None) -> Inspection:
    check_account_current(session, actor)
    inspection = load_inspection(session, inspection_id)
    require_inspector(session, actor, inspection)
    require_editable(inspection)
    item = checklist_of(inspection).item(item_id)
    row = _claim_answer(session, actor, inspection, item_id, expected_version)
    before = {"response": row.response, "score": None if row.score is None else str(row.score), "text": row.text,
              "note": row.note}
    old_note = row.note
    if response is not UNCHANGED or score is not UNCHANGED:
        new_response = row.response if response is UNCHANGED else response
        new_score = row.score if score is UNCHANGED else score
        if isinstance(new_score, int | str):
            new_score = Decimal(str(new_score))
        validate_answer(item, new_response, new_score)  # type: ignore[arg-type]
        row.response, row.score = new_response, new_score  # type: ignore[assignment]
    if text is not UNCHANGED:
        row.text = (str(text or "")).strip() or None
    if note is not UNCHANGED:
        row.note = (str(note or "")).strip() or None
    row.answered_by_id = actor.user_id
    row.updated_at = now()
    _sync_finding(session, inspection, item, row, old_note)
    if inspection.status == InspectionStatus.SCHEDULED:
        inspection.status = InspectionStatus.IN_PROGRESS
    refresh_score(inspection)
    after = {"response": row.response, "score": None if row.score is None else str(row.score), "text": row.text,
             "note": row.note}
    changed = {k: v for k, v in after.items() if before[k] != v}
    if changed:
        record(session, actor, "inspection.answer", inspection, summary=f"{inspection.number} {item_id}",
               before={k: before[k] for k in changed}, after=changed)
    return inspection


def answer_item(session: Session, actor: Actor, inspection_id: int, item_id: str, response: str | None,
                score: Decimal | int | None = None, *, expected_version: int | None = None) -> None:
    """Answer one item: ``conform`` / ``nonconform`` / ``not_applicable``, or a score (``response`` None).

    A form passes the version of the answer it shows (0: none yet): another inspector's answer saved in between
    is then not overwritten but refused with their name (``StaleEdit``); the same holds for notes and texts.
    """
    _save(session, actor, inspection_id, item_id, response=response, score=score, expected_version=expected_version)


def clear_answer(session: Session, actor: Actor, inspection_id: int, item_id: str, *,
                 expected_version: int | None = None) -> None:
    _save(session, actor, inspection_id, item_id, response=None, score=None, expected_version=expected_version)


def set_note(session: Session, actor: Actor, inspection_id: int, item_id: str, note: str, *,
             expected_version: int | None = None) -> None:
    _save(session, actor, inspection_id, item_id, note=note, expected_version=expected_version)


def set_text(session: Session, actor: Actor, inspection_id: int, item_id: str, text: str, *,
             expected_version: int | None = None) -> None:
    _save(session, actor, inspection_id, item_id, text=text, expected_version=expected_version)


def add_evidence(session: Session, actor: Actor, inspection_id: int, item_id: str, filename: str,
                 data: bytes) -> int:
    """Attach a photo or document to one item (stored once by its SHA-256)."""
    check_account_current(session, actor)
    inspection = load_inspection(session, inspection_id)
    require_inspector(session, actor, inspection)
    require_editable(inspection)
    checklist_of(inspection).item(item_id)
    name = Path(filename).name
    check_file(name, data)
    digest = store_blob(session, data)
    evidence = InspectionEvidence(item_id=item_id, filename=name, size=len(data), sha256=digest,
                                  media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
                                  uploaded_by_id=actor.user_id)
    inspection.evidence.append(evidence)
    if inspection.status == InspectionStatus.SCHEDULED:
        inspection.status = InspectionStatus.IN_PROGRESS
    session.flush()
    record(session, actor, "inspection.evidence.add", evidence, summary=f"{inspection.number} {item_id}: {name}",
           after={"item": item_id, "filename": name, "sha256": digest, "size": len(data)})
    return evidence.id


def _evidence(session: Session, evidence_id: int) -> InspectionEvidence:
    evidence = session.get(InspectionEvidence, evidence_id)
    if evidence is None:
        raise NotFound(translate("Inspections", "The evidence file no longer exists."))
    return evidence


def remove_evidence(session: Session, actor: Actor, evidence_id: int) -> None:
    check_account_current(session, actor)
    evidence = _evidence(session, evidence_id)
    inspection = load_inspection(session, evidence.inspection_id)
    require_inspector(session, actor, inspection)
    require_editable(inspection)
    record(session, actor, "inspection.evidence.remove", evidence,
           summary=f"{inspection.number} {evidence.item_id}: {evidence.filename}",
           before={"item": evidence.item_id, "filename": evidence.filename, "sha256": evidence.sha256})
    inspection.evidence.remove(evidence)


def evidence_content(session: Session, actor: Actor, evidence_id: int) -> tuple[str, bytes]:
    """The file name and bytes of a piece of evidence, to open or save a copy."""
    check_account_current(session, actor)
    evidence = _evidence(session, evidence_id)
    visible_inspection(session, actor, evidence.inspection_id)
    return evidence.filename, session.get_one(Blob, evidence.sha256).data


def completion_problems_of(inspection: Inspection) -> list:
    counts: dict[str, int] = {}
    for evidence in inspection.evidence:
        counts[evidence.item_id] = counts.get(evidence.item_id, 0) + 1
    findings = [(f.item_id, f.corrective_action, f.deadline) for f in inspection.findings]
    return completion_problems(checklist_of(inspection), answers_of(inspection), counts, findings)


def complete_inspection(session: Session, actor: Actor, inspection_id: int) -> None:
    """Close the checklist for sign-off; refused with the first problem (and how many there are) otherwise."""
    check_account_current(session, actor)
    inspection = load_inspection(session, inspection_id)
    require_inspector(session, actor, inspection)
    require_editable(inspection)
    problems = completion_problems_of(inspection)
    if problems:
        more = len(problems) - 1
        message = problems[0].message
        if more:
            message += " " + Plural.tr("(%n more problem(s) marked in the checklist.)", "", more)
        raise ValidationError(message, field=problems[0].item_id)
    refresh_score(inspection)
    inspection.status = InspectionStatus.COMPLETED
    inspection.completed_at = now()
    record(session, actor, "inspection.complete", inspection, summary=inspection.number,
           after={"score": str(inspection.score), "max_score": str(inspection.max_score),
                  "findings": len(inspection.findings)})
