"""The Screening page's use of the services: one unit of work per call, plain data back."""

from __future__ import annotations

from datetime import date

from desktop.domain.accounts.permissions import Permission
from desktop.domain.applications.models import ApplicationStatus
from desktop.domain.screening.models import ScreeningOutcome
from desktop.domain.screening.service import ScreeningDetail, ScreeningRow
from desktop.domain.screening.supplements import SupplementDraft, SupplementRow
from desktop.ui.context import AppContext


def list_rows(context: AppContext) -> list[ScreeningRow]:
    from desktop.domain.screening.service import list_screening

    with context.reading() as session:
        return list_screening(session, context.actor)


def detail(context: AppContext, application_id: int) -> tuple[ScreeningDetail, list[SupplementRow]]:
    from desktop.domain.screening.service import screening_detail
    from desktop.domain.screening.supplements import list_supplements

    with context.reading() as session:
        return (screening_detail(session, context.actor, application_id),
                list_supplements(session, context.actor, application_id))


def overdue(context: AppContext) -> list[SupplementRow]:
    from desktop.domain.screening.supplements import overdue_requests

    with context.reading() as session:
        return overdue_requests(session, context.actor)


def take_step(context: AppContext, application_id: int, target: ApplicationStatus, reason: str | None = None) -> None:
    from desktop.domain.applications.service import transition

    with context.writing() as session:
        transition(session, context.actor, application_id, target, reason)


def run(context: AppContext, application_id: int) -> ScreeningOutcome:
    from desktop.domain.screening.service import run_screening

    with context.writing() as session:
        return run_screening(session, context.actor, application_id).outcome


def override(context: AppContext, application_id: int, rule: str, passed: bool, reason: str) -> ScreeningOutcome:
    from desktop.domain.screening.service import override_rule

    with context.writing() as session:
        return override_rule(session, context.actor, application_id, rule, passed, reason)


def confirm(context: AppContext, application_id: int, note: str | None = None) -> bool:
    from desktop.domain.screening.service import confirm_screening

    with context.writing() as session:
        confirm_screening(session, context.actor, application_id, note)
    return True


def review_document(context: AppContext, attachment_id: int, accepted: bool, reason: str | None = None,
                    version: int | None = None) -> None:
    from desktop.domain.applications.attachments import review_attachment

    with context.writing() as session:
        review_attachment(session, context.actor, attachment_id, accepted, reason, expected_version=version)


def document_content(context: AppContext, attachment_id: int) -> tuple[str, bytes]:
    from desktop.domain.applications.attachments import attachment_content

    with context.reading() as session:
        return attachment_content(session, context.actor, attachment_id)


def supplement_draft(context: AppContext, application_id: int) -> SupplementDraft:
    from desktop.domain.screening.supplements import supplement_draft as draft

    with context.reading() as session:
        return draft(session, context.actor, application_id)


def request_supplement(context: AppContext, application_id: int, deficiencies: list[str], deadline: date,
                       note: str | None = None) -> SupplementRow:
    """Record the request and issue its Korean letter as sent, in one transaction."""
    from desktop.domain.issued.kind import DocumentKind
    from desktop.domain.screening.supplements import request_supplement
    from desktop.issuing.issue import issued_pdf
    from desktop.issuing.signing import SigningError

    identity = None
    if context.may(Permission.PRINT_DOCUMENTS):
        try:
            identity = context.unlock_signing()
        except SigningError:  # no key configured or none given: the letter is issued when first printed
            identity = None
    with context.writing() as session:
        row = request_supplement(session, context.actor, application_id, deficiencies, deadline, note)
        if identity is not None:
            issued_pdf(session, context.actor, DocumentKind.SUPPLEMENT_REQUEST, row.id, "ko", identity)
        return row


def receive(context: AppContext, request_id: int, note: str | None, late_reason: str | None) -> ScreeningOutcome:
    from desktop.domain.screening.supplements import receive_supplement

    with context.writing() as session:
        return receive_supplement(session, context.actor, request_id, note, late_reason)


def expire_overdue(context: AppContext) -> list[str]:
    from desktop.domain.screening.supplements import expire_overdue as expire

    with context.writing() as session:
        return expire(session, context.actor)
