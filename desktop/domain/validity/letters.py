"""What the documents of a validity check show, as plain data frozen when each is issued: the notice to each
recipient and the result letter."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.settings.service import get_settings
from desktop.domain.validity.models import ValidityCheck, ValidityNotice
from desktop.domain.validity.rules import COMMENT_DAYS, recipients_for
from desktop.domain.validity.service import institution_of, load_check, notices_of, report_of


@dataclass(frozen=True)
class FindingLine:
    criterion: str
    assessment: str
    note: str = ""


@dataclass(frozen=True)
class CommentLine:
    """A recipient of the check and what it said (or that it said nothing)."""

    recipient: str
    name: str
    commented_on: date | None = None
    late: bool = False
    comment: str = ""


@dataclass(frozen=True)
class ValidityLetter:
    """Everything one validity-check document prints; the result's fields stay empty on a notice."""

    kind: str
    entity_id: int
    number: str
    check_number: str
    issued_at: datetime
    recipient: str  # institute, client, requester; "" on the result letter (it goes to all of them)
    recipient_name: str
    recipient_contact: str
    institution_name: str
    institution_name_en: str
    registration_number: str
    report_number: str
    report_issue_date: date
    valuation_date: date
    requester: str
    requester_name: str
    client_name: str
    reason: str
    reason_en: str
    comment_days: int = COMMENT_DAYS
    opened_at: datetime | None = None
    copies_to: tuple[str, ...] = ()
    findings: tuple[FindingLine, ...] = ()
    comments: tuple[CommentLine, ...] = ()
    conclusion: str = ""
    reasons: str = ""
    reasons_en: str = ""
    drafter_title: str = ""
    drafter_name: str = ""
    settings: dict[str, Any] = field(default_factory=dict)


def _person(session: Session, user_id: int | None) -> tuple[str, str]:
    user = session.get(User, user_id) if user_id else None
    return (user.title or "", user.display_name) if user is not None else ("", "")


def _base(session: Session, check: ValidityCheck) -> dict[str, Any]:
    report, institution = report_of(session, check), institution_of(session, check)
    return dict(check_number=check.number, institution_name=institution.name,
                institution_name_en=institution.name_en or institution.name,
                registration_number=institution.brn or institution.crn or "", report_number=report.report_number,
                report_issue_date=report.issue_date, valuation_date=report.valuation_date,
                requester=check.requester.value, requester_name=check.requester_name, client_name=check.client_name,
                reason=check.reason, reason_en=check.reason_en, opened_at=check.opened_at,
                settings=dict(get_settings(session)))


def build_letter(session: Session, kind: str, entity_id: int) -> ValidityLetter:
    """The document as its record stands (frozen when the notice is sent or the check concluded)."""
    from desktop.domain.validity.conclusion import findings_of

    if kind == DocumentKind.VALIDITY_NOTICE:
        notice = session.get(ValidityNotice, entity_id)
        if notice is None:
            raise NotFound(translate("Validity", "The notice no longer exists."))
        check = load_check(session, notice.check_id)
        title, name = _person(session, notice.sent_by_id)
        return ValidityLetter(kind=kind, entity_id=entity_id, number=notice.number, issued_at=notice.sent_at,
                              recipient=notice.recipient.value, recipient_name=notice.recipient_name,
                              recipient_contact=notice.recipient_contact, drafter_title=title, drafter_name=name,
                              **_base(session, check))
    check = load_check(session, entity_id)
    notices = notices_of(session, check.id)
    institute = next((n for n in notices if n.recipient.value == "institute"), None)
    title, name = _person(session, check.concluded_by_id)
    comments = tuple(CommentLine(n.recipient.value, n.recipient_name, n.commented_on, n.comment_late, n.comment)
                     for n in notices)
    copies = tuple(n.recipient_name for n in notices if n.recipient.value != "institute"
                   and n.recipient in recipients_for(check.requester))
    return ValidityLetter(
        kind=kind, entity_id=entity_id, number=check.result_number or "", issued_at=check.concluded_at
        or check.opened_at, recipient="", recipient_name=institute.recipient_name if institute else "",
        recipient_contact=institute.recipient_contact if institute else "", copies_to=copies,
        findings=tuple(FindingLine(f.criterion.value, f.assessment.value, f.note) for f in findings_of(session,
                                                                                                       check.id)),
        comments=comments, conclusion=check.conclusion.value if check.conclusion else "", reasons=check.reasons,
        reasons_en=check.reasons_en, drafter_title=title, drafter_name=name, **_base(session, check))


def validity_letter(session: Session, actor: Actor, kind: str, entity_id: int) -> ValidityLetter:
    """The document's data for a preview (the issued document is rendered from the frozen content)."""
    require(session, actor, Permission.PRINT_DOCUMENTS)
    return build_letter(session, kind, entity_id)


@dataclass(frozen=True)
class CheckDocument:
    """One document of a check, for the page's list."""

    kind: str
    entity_id: int
    number: str
    on: datetime
    recipient_name: str


def check_documents(session: Session, actor: Actor, check_id: int) -> list[CheckDocument]:
    """The notices in the order they were sent, then the result letter."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    check = load_check(session, check_id)
    found = [CheckDocument(DocumentKind.VALIDITY_NOTICE, n.id, n.number, n.sent_at, n.recipient_name)
             for n in notices_of(session, check.id)]
    if check.result_number and check.concluded_at:
        found.append(CheckDocument(DocumentKind.VALIDITY_RESULT, check.id, check.result_number, check.concluded_at,
                                   ""))
    return found
