"""Attachments stored by content (SHA-256) inside the database, so a database backup keeps them."""

import hashlib
import mimetypes
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, ValidationError, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.hooks import ensure_not_conflicted
from desktop.domain.applications.models import (
    Application,
    ApplicationStatus,
    Attachment,
    AttachmentKind,
    AttachmentStatus,
)
from desktop.domain.applications.service import EDITABLE
from desktop.domain.audit.service import record
from desktop.domain.blobs.models import Blob
from desktop.domain.versions import claim_version

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
ALLOWED_SUFFIXES = frozenset({
    ".pdf", ".png", ".jpg", ".jpeg", ".hwp", ".hwpx", ".doc", ".docx", ".xls", ".xlsx", ".csv", ".txt", ".zip",
})


# What the first bytes of a readable file of each type look like (refuses renamed or truncated files).
_SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".zip": (b"PK\x03\x04", b"PK\x05\x06"),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".hwpx": (b"PK\x03\x04",),
    ".hwp": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    ".doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    ".xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
}
_TYPE_NAMES = {".pdf": "PDF", ".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".zip": "ZIP", ".docx": "Word",
               ".xlsx": "Excel", ".hwpx": "HWPX", ".hwp": "HWP", ".doc": "Word", ".xls": "Excel"}


def check_file(filename: str, data: bytes) -> None:
    """Refuse empty, oversized, unsupported or unreadable files with a message naming the file."""
    suffix = Path(filename).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise ValidationError(
            translate("Attachments", "{name}: files of type '{suffix}' cannot be attached. Allowed: {allowed}.")
            .format(name=filename, suffix=suffix or "?", allowed=" ".join(sorted(ALLOWED_SUFFIXES))),
            field="attachment",
        )
    if not data:
        raise ValidationError(translate("Attachments", "{name} is empty.").format(name=filename), field="attachment")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            translate("Attachments", "{name} is {size} MB; the limit is {limit} MB. Compress or split it.")
            .format(name=filename, size=round(len(data) / 1024 / 1024, 1), limit=MAX_ATTACHMENT_BYTES // 1024 // 1024),
            field="attachment",
        )
    signatures = _SIGNATURES.get(suffix)
    if signatures and not data.startswith(signatures):
        if suffix == ".pdf":
            message = translate("Attachments", "{name} is not a readable PDF file.").format(name=filename)
        else:
            message = translate("Attachments", "{name} is not a readable {type} file: it is damaged or of another "
                                "type.").format(name=filename, type=_TYPE_NAMES[suffix])
        raise ValidationError(message, field="attachment")


def store_blob(session: Session, data: bytes) -> str:
    """Store bytes once; return their SHA-256."""
    digest = hashlib.sha256(data).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=len(data), data=data))
        session.flush()
    return digest


def add_attachment(session: Session, actor: Actor, application_id: int, kind: AttachmentKind, filename: str,
                   data: bytes, note: str = "") -> int:
    require(session, actor, Permission.EDIT_APPLICATIONS)
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    if application.status not in EDITABLE:
        raise WorkflowError(translate("Attachments", "Attachments can no longer be added at this stage."))
    name = Path(filename).name
    check_file(name, data)
    digest = store_blob(session, data)
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    attachment = Attachment(application_id=application.id, kind=kind, filename=name, media_type=media_type,
                            size=len(data), sha256=digest, uploaded_by_id=actor.user_id,
                            note=note.strip()[:200])
    session.add(attachment)
    session.flush()
    record(session, actor, "attachment.add", attachment, summary=f"{application.number}: {name}",
           after={"kind": kind.value, "filename": name, "sha256": digest, "size": len(data),
                  "note": attachment.note})
    return attachment.id


def remove_attachment(session: Session, actor: Actor, attachment_id: int) -> None:
    require(session, actor, Permission.EDIT_APPLICATIONS)
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound(translate("Attachments", "The attachment no longer exists."))
    if attachment.application.status not in EDITABLE:
        raise WorkflowError(translate("Attachments", "Attachments can no longer be removed at this stage."))
    record(session, actor, "attachment.remove", attachment,
           summary=f"{attachment.application.number}: {attachment.filename}",
           before={"kind": attachment.kind.value, "filename": attachment.filename, "sha256": attachment.sha256})
    session.delete(attachment)


REVIEWABLE = frozenset({
    ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENING, ApplicationStatus.SUPPLEMENT_REQUESTED,
})


def review_attachment(session: Session, actor: Actor, attachment_id: int, accepted: bool,
                      reason: str | None = None, *, expected_version: int | None = None) -> None:
    """The screener accepts a document or rejects it with a reason (the checklist then shows it as rejected).

    ``expected_version``: the version the screener's list showed; another review saved since is refused
    (``StaleEdit``, naming who and when) instead of overwritten."""
    require(session, actor, Permission.SCREEN_APPLICATIONS)
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound(translate("Attachments", "The attachment no longer exists."))
    if attachment.application.status not in REVIEWABLE:
        raise WorkflowError(translate("Attachments", "Documents are reviewed only while the application is "
                                      "submitted, in screening or waiting for a supplement."))
    reason = (reason or "").strip()
    if not accepted and not reason:
        raise ValidationError(translate("Attachments", "Enter why the document is rejected; the applicant will "
                                        "read it in the supplement request."), field="rejection_reason")
    before = {"status": attachment.status.value, "rejection_reason": attachment.rejection_reason}
    claim_version(session, actor, attachment, attachment.version if expected_version is None else expected_version,
                  translate("Attachments", "The document {file}").format(file=attachment.filename))
    attachment.status = AttachmentStatus.ACCEPTED if accepted else AttachmentStatus.REJECTED
    attachment.rejection_reason = None if accepted else reason
    record(session, actor, "attachment.accept" if accepted else "attachment.reject", attachment,
           summary=f"{attachment.application.number}: {attachment.filename}", before=before,
           after={"status": attachment.status.value, "rejection_reason": attachment.rejection_reason},
           reason=reason or None)


def attachment_content(session: Session, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
    """The file name and bytes, for preview or saving a copy."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound(translate("Attachments", "The attachment no longer exists."))
    ensure_not_conflicted(session, actor, attachment.application_id)
    return attachment.filename, session.get_one(Blob, attachment.sha256).data


def kind_label(kind: AttachmentKind) -> str:
    return {
        AttachmentKind.APPLICATION_FORM: translate("Attachments", "Application form (Form 3-5)"),
        AttachmentKind.BUSINESS_PLAN: translate("Attachments", "Business plan"),
        AttachmentKind.STAFF_EVIDENCE: translate("Attachments", "Staff evidence"),
        AttachmentKind.UNIT_EVIDENCE: translate("Attachments", "Dedicated unit evidence"),
        AttachmentKind.FACILITY_EVIDENCE: translate("Attachments", "Facilities evidence"),
        AttachmentKind.REGISTRY_EXTRACT: translate("Attachments", "Registry extract / registration certificate"),
        AttachmentKind.SUPPLEMENT: translate("Attachments", "Supplement"),
        AttachmentKind.OTHER: translate("Attachments", "Other"),
    }[kind]


def attachment_status_label(status: AttachmentStatus) -> str:
    return {
        AttachmentStatus.RECEIVED: translate("Attachments", "Received"),
        AttachmentStatus.ACCEPTED: translate("Attachments", "Accepted"),
        AttachmentStatus.REJECTED: translate("Attachments", "Rejected"),
    }[status]
