"""The per-application document checklist (Decree Art. 12 ①): each required document present, missing or rejected."""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.i18n import translate
from desktop.domain.applications.models import AttachmentKind, AttachmentStatus


class DocumentState(StrEnum):
    PRESENT = "present"
    MISSING = "missing"
    REJECTED = "rejected"


@dataclass(frozen=True)
class DocumentOnFile:
    """One attached file as the checklist needs it."""

    kind: AttachmentKind
    filename: str
    status: AttachmentStatus
    rejection_reason: str | None = None


@dataclass(frozen=True)
class ChecklistLine:
    kind: AttachmentKind
    state: DocumentState
    files: tuple[str, ...]
    detail: str  # what a person reads: the files, the rejection reasons, or why it is required


def required_kinds(consent_admin_check: bool) -> tuple[AttachmentKind, ...]:
    """The form, the business plan, evidence per requirement; the registry extract only without consent."""
    kinds = [AttachmentKind.APPLICATION_FORM, AttachmentKind.BUSINESS_PLAN, AttachmentKind.STAFF_EVIDENCE,
             AttachmentKind.UNIT_EVIDENCE, AttachmentKind.FACILITY_EVIDENCE]
    if not consent_admin_check:
        kinds.append(AttachmentKind.REGISTRY_EXTRACT)
    return tuple(kinds)


def document_checklist(consent_admin_check: bool, business_plan_text: str,
                       documents: Sequence[DocumentOnFile]) -> list[ChecklistLine]:
    """One line per required document, in the order of the application form."""
    lines = []
    for kind in required_kinds(consent_admin_check):
        of_kind = [d for d in documents if d.kind == kind]
        usable = [d for d in of_kind if d.status != AttachmentStatus.REJECTED]
        rejected = [d for d in of_kind if d.status == AttachmentStatus.REJECTED]
        if usable:
            lines.append(ChecklistLine(kind, DocumentState.PRESENT, tuple(d.filename for d in usable),
                                       ", ".join(d.filename for d in usable)))
        elif rejected:
            detail = "; ".join(
                translate("DocumentChecklist", "{file} rejected: {reason}").format(file=d.filename,
                                                                          reason=d.rejection_reason or "-")
                for d in rejected)
            lines.append(ChecklistLine(kind, DocumentState.REJECTED, tuple(d.filename for d in rejected), detail))
        elif kind == AttachmentKind.BUSINESS_PLAN and business_plan_text.strip():
            lines.append(ChecklistLine(kind, DocumentState.PRESENT, (),
                                       translate("DocumentChecklist", "Entered in the application form")))
        elif kind == AttachmentKind.REGISTRY_EXTRACT:
            lines.append(ChecklistLine(kind, DocumentState.MISSING, (), translate(
                "DocumentChecklist", "Required because the applicant did not consent to the administrative check")))
        else:
            lines.append(ChecklistLine(kind, DocumentState.MISSING, (), ""))
    return lines


def present_kinds(lines: Sequence[ChecklistLine]) -> frozenset[AttachmentKind]:
    return frozenset(line.kind for line in lines if line.state == DocumentState.PRESENT)


def state_label(state: DocumentState) -> str:
    return {
        DocumentState.PRESENT: translate("DocumentChecklist", "Present"),
        DocumentState.MISSING: translate("DocumentChecklist", "Missing"),
        DocumentState.REJECTED: translate("DocumentChecklist", "Rejected"),
    }[state]
