"""Sign-off: each inspector attests the completed checklist; once all have, the inspection is signed and
read-only. Reopening needs a reason, clears the signatures and is audited."""

from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.core.errors import ValidationError, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, check_account_current
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.audit.service import record
from desktop.domain.inspections.access import load_inspection, require_inspector, require_inspector_or_secretariat
from desktop.domain.inspections.models import InspectionStatus

DEFAULT_ATTESTATION_KO = "본인은 위 현장실사 결과가 사실과 같음을 확인합니다."


def default_attestation() -> str:
    return translate("Inspections", "I confirm that the results of this on-site inspection are true.")


def sign_off(session: Session, actor: Actor, inspection_id: int, attestation: str) -> bool:
    """Sign the completed inspection; True when this was the last signature (the inspection is then signed)."""
    check_account_current(session, actor)
    inspection = load_inspection(session, inspection_id)
    require_inspector(session, actor, inspection)
    if inspection.status == InspectionStatus.SIGNED:
        raise WorkflowError(translate("Inspections", "The inspection {number} is already signed off.")
                            .format(number=inspection.number))
    if inspection.status != InspectionStatus.COMPLETED:
        raise WorkflowError(translate("Inspections", "Complete the checklist of {number} before signing it off.")
                            .format(number=inspection.number))
    if not attestation.strip():
        raise ValidationError(translate("Inspections", "Write the attestation you sign."), field="attestation")
    link = next(x for x in inspection.inspectors if x.user_id == actor.user_id)
    if link.signed_at is not None:
        raise WorkflowError(translate("Inspections", "You already signed {number}.").format(number=inspection.number))
    link.signed_at = now()
    link.attestation = attestation.strip()
    last = all(x.signed_at is not None for x in inspection.inspectors)
    if last:
        inspection.status = InspectionStatus.SIGNED
    record(session, actor, "inspection.sign", inspection, summary=f"{inspection.number}: {actor.display_name}",
           after={"attestation": link.attestation, "signed_at": link.signed_at.isoformat(),
                  "status": inspection.status.value})
    if last:
        _freeze_report(session, actor, inspection.id, inspection.number)
    return last


def _freeze_report(session: Session, actor: Actor, inspection_id: int, number: str) -> None:
    """The report as signed by every inspector (signed again after a reopening: its next version)."""
    from desktop.domain.inspections.report import inspection_report
    from desktop.domain.issued.models import DocumentKind
    from desktop.domain.issued.service import freeze
    from desktop.domain.settings.service import get_settings

    session.flush()
    report = inspection_report(session, actor, inspection_id, get_settings(session))
    freeze(session, actor, DocumentKind.INSPECTION_REPORT, "inspections", inspection_id, number, report)


def reopen_inspection(session: Session, actor: Actor, inspection_id: int, reason: str) -> None:
    """Back to filling in: the signatures are cleared; refused once the application went to the committee."""
    check_account_current(session, actor)
    inspection = load_inspection(session, inspection_id)
    require_inspector_or_secretariat(session, actor, inspection)
    if inspection.status not in (InspectionStatus.COMPLETED, InspectionStatus.SIGNED):
        raise WorkflowError(translate("Inspections", "The inspection {number} is not completed; there is nothing "
                                                     "to reopen.").format(number=inspection.number))
    if not reason.strip():
        raise ValidationError(translate("Inspections", "Reopening needs a reason."), field="reason")
    application = session.get_one(Application, inspection.application_id)
    if application.status != ApplicationStatus.INSPECTION:
        raise WorkflowError(translate("Inspections", "The application {number} has moved on from inspection; its "
                                                     "inspection can no longer be reopened.")
                            .format(number=application.number))
    before = {"status": inspection.status.value,
              "signed": [x.user_id for x in inspection.inspectors if x.signed_at is not None]}
    for link in inspection.inspectors:
        link.signed_at = None
        link.attestation = None
    inspection.status = InspectionStatus.IN_PROGRESS
    inspection.completed_at = None
    record(session, actor, "inspection.reopen", inspection, summary=inspection.number, before=before,
           after={"status": inspection.status.value, "signed": []}, reason=reason.strip())
