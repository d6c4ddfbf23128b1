"""Validity checks: opening one on a filed report, its notices within 10 days, the receipts and the comments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import KST, now, today
from desktop.core.errors import NotFound, ValidationError, WorkflowError
from desktop.core.formatting import official_date
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.institutions.models import Institution
from desktop.domain.issued import number_text
from desktop.domain.issued.numbering import take_number
from desktop.domain.reports.models import EvaluationReport
from desktop.domain.settings.calendar import calendar
from desktop.domain.validity.models import CheckStatus, Recipient, Requester, ValidityCheck, ValidityNotice
from desktop.domain.validity.rules import comment_is_late, comment_period, notice_period, recipients_for

CHECK_SERIES, CHECK_PREFIX = "validity_check", "타당성"
DOCUMENT_SERIES, DOCUMENT_PREFIX = "validity", "타당성통지"
_ENGLISH_PREFIX = {"VC": CHECK_PREFIX, "VCL": DOCUMENT_PREFIX}


format_number = number_text.format_number


def _next(session: Session, series: str, prefix: str) -> str:
    year = today().year
    return format_number(prefix, year, take_number(session, series, year))


def parse_number(text: str, prefix: str) -> str:
    """A number as typed (``타당성통지-2026-0001``, ``VCL-2026-0001``, ``2026-1``) in its stored form."""
    return number_text.read_number(text, prefix, translate("Validity", "{text} is not a number such as {example}."),
                                   _ENGLISH_PREFIX)


@dataclass(frozen=True)
class CheckRow:
    """A check as the page lists it, with what is due next."""

    id: int
    number: str
    institution_id: int
    institution_name: str
    report_id: int
    report_number: str
    requester: Requester
    requester_name: str
    status: CheckStatus
    opened_at: datetime
    notice_deadline: date
    next_step: str
    next_deadline: date | None
    conclusion: str | None
    result_number: str | None
    sanction_case_id: int | None
    withdrawn_reason: str = ""


@dataclass(frozen=True)
class NoticeRow:
    """A notice of a check: to whom, when sent and received, until when a comment is due, the comment."""

    id: int
    recipient: Recipient
    recipient_name: str
    number: str
    sent_at: datetime
    received_on: date | None
    comment_deadline: date | None
    commented_on: date | None
    comment: str
    comment_late: bool


def load_check(session: Session, check_id: int) -> ValidityCheck:
    check = session.get(ValidityCheck, check_id)
    if check is None:
        raise NotFound(translate("Validity", "The validity check no longer exists."))
    return check


def load_notice(session: Session, notice_id: int) -> ValidityNotice:
    notice = session.get(ValidityNotice, notice_id)
    if notice is None:
        raise NotFound(translate("Validity", "The notice no longer exists."))
    return notice


def report_of(session: Session, check: ValidityCheck) -> EvaluationReport:
    return session.get_one(EvaluationReport, check.report_id)


def institution_of(session: Session, check: ValidityCheck) -> Institution:
    return session.get_one(Institution, report_of(session, check).institution_id)


def notices_of(session: Session, check_id: int) -> list[ValidityNotice]:
    return list(session.scalars(select(ValidityNotice).where(ValidityNotice.check_id == check_id)
                                .order_by(ValidityNotice.id)))


def refuse_if_closed(check: ValidityCheck) -> None:
    """No step on a concluded or withdrawn check."""
    if check.status == CheckStatus.CONCLUDED:
        raise WorkflowError(translate("Validity", "Check {number} is concluded.").format(number=check.number))
    if check.status == CheckStatus.WITHDRAWN:
        raise WorkflowError(translate("Validity", "Check {number} was withdrawn; no further step is taken on it.")
                            .format(number=check.number))


def missing_recipients(session: Session, check: ValidityCheck,
                       notices: list[ValidityNotice] | None = None) -> list[Recipient]:
    sent = {n.recipient for n in (notices_of(session, check.id) if notices is None else notices)}
    return [r for r in recipients_for(check.requester) if r not in sent]


def _next_step(session: Session, check: ValidityCheck,
               notices: list[ValidityNotice] | None = None) -> tuple[str, date | None]:
    """What is due next and by when: the notices, a receipt, a comment period, or nothing."""
    if check.status in (CheckStatus.CONCLUDED, CheckStatus.WITHDRAWN):
        return status_label(check.status), None
    notices = notices_of(session, check.id) if notices is None else notices
    if missing_recipients(session, check, notices):
        return translate("Validity", "Send the notices"), check.notice_deadline
    waiting = [n for n in notices if n.commented_on is None]
    if any(n.received_on is None for n in waiting):
        return translate("Validity", "Record when the notices were received"), None
    running = [n.comment_deadline for n in waiting if n.comment_deadline is not None and n.comment_deadline >= today()]
    if running:
        return translate("Validity", "Comments due"), min(running)
    return translate("Validity", "Ready to conclude"), None


def _row(session: Session, check: ValidityCheck, notices: list[ValidityNotice] | None = None) -> CheckRow:
    report = report_of(session, check)
    step, deadline = _next_step(session, check, notices)
    return CheckRow(check.id, check.number, report.institution_id,
                    session.get_one(Institution, report.institution_id).name, report.id, report.report_number,
                    check.requester, check.requester_name, check.status, check.opened_at, check.notice_deadline, step,
                    deadline, check.conclusion.value if check.conclusion else None, check.result_number,
                    check.sanction_case_id, check.withdrawn_reason)


def _notice_row(notice: ValidityNotice) -> NoticeRow:
    return NoticeRow(notice.id, notice.recipient, notice.recipient_name, notice.number, notice.sent_at,
                     notice.received_on, notice.comment_deadline, notice.commented_on, notice.comment,
                     notice.comment_late)


def list_checks(session: Session, actor: Actor) -> list[CheckRow]:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    checks = list(session.scalars(select(ValidityCheck).order_by(ValidityCheck.id.desc())))
    # The checks' reports and institutes (held here, so the rows find them in the session) and every notice, each
    # read once for the list rather than once per check.
    checked = select(ValidityCheck.report_id)
    reports = list(session.scalars(select(EvaluationReport).where(EvaluationReport.id.in_(checked))))
    institutions = list(session.scalars(select(Institution).where(Institution.id.in_(
        select(EvaluationReport.institution_id).where(EvaluationReport.id.in_(checked))))))
    notices: dict[int, list[ValidityNotice]] = {}
    for notice in session.scalars(select(ValidityNotice).order_by(ValidityNotice.id)):
        notices.setdefault(notice.check_id, []).append(notice)
    rows = [_row(session, c, notices.get(c.id, [])) for c in checks]
    del reports, institutions
    return rows


def check_row(session: Session, actor: Actor, check_id: int) -> CheckRow:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    return _row(session, load_check(session, check_id))


def check_notices(session: Session, actor: Actor, check_id: int) -> list[NoticeRow]:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    return [_notice_row(n) for n in notices_of(session, load_check(session, check_id).id)]


def find_report(session: Session, actor: Actor, report_number: str) -> int:
    """The filed report with this number (the register's numbers are unique in practice; refused when not)."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    typed = report_number.strip()
    if not typed:
        raise ValidationError(translate("Validity", "Type the number of the filed report."), field="report")
    found = list(session.scalars(select(EvaluationReport.id).where(EvaluationReport.report_number == typed)))
    if not found:
        raise ValidationError(translate("Validity", "No filed report has the number {number}.").format(number=typed),
                              field="report")
    if len(found) > 1:
        raise ValidationError(translate("Validity", "Several institutes filed a report numbered {number}.")
                              .format(number=typed), field="report")
    return int(found[0])


def _required(text: str, message: str, field: str) -> str:
    if not text.strip():
        raise ValidationError(message, field=field)
    return text.strip()


def open_check(session: Session, actor: Actor, report_id: int, requester: Requester, client_name: str,
               client_contact: str, reason: str, requester_name: str = "", requester_contact: str = "",
               reason_en: str = "") -> CheckRow:
    """Open a check on a filed report: who asked, who commissioned the valuation, why; numbered, its notice deadline
    counted. A report of an institute that is suspended or revoked may still be checked: the check protects those
    who rely on the valuation, whatever became of the institute (only a sanction needs a designated institute)."""
    require(session, actor, Permission.MANAGE_REPORTS)
    report = session.get(EvaluationReport, report_id)
    if report is None:
        raise NotFound(translate("Validity", "The filed report no longer exists."))
    requester = Requester(requester)
    client_name = _required(client_name, translate("Validity", "Name who commissioned the valuation."), "client_name")
    client_contact = _required(client_contact, translate("Validity", "Give the client's address or e-mail for the "
                                                         "notice."), "client_contact")
    if requester == Requester.EX_OFFICIO:
        requester_name, requester_contact = "", ""
    elif requester == Requester.CLIENT:
        requester_name, requester_contact = client_name, client_contact
    else:
        requester_name = _required(requester_name, translate("Validity", "Name who asked for the check."),
                                   "requester_name")
        requester_contact = _required(requester_contact, translate(
            "Validity", "Give the requester's address or e-mail for the notice."), "requester_contact")
    reason = _required(reason, translate("Validity", "State the reason for the check."), "reason")
    running = session.scalar(select(ValidityCheck.number).where(ValidityCheck.report_id == report.id,
                                                                ValidityCheck.status.not_in(
                                                                    (CheckStatus.CONCLUDED, CheckStatus.WITHDRAWN))))
    if running is not None:
        raise WorkflowError(translate("Validity", "Check {number} of report {report} is still open.")
                            .format(number=running, report=report.report_number))
    moment = now()
    period = notice_period(calendar(session), moment)
    check = ValidityCheck(number=_next(session, CHECK_SERIES, CHECK_PREFIX), report_id=report.id, requester=requester,
                          requester_name=requester_name.strip(), requester_contact=requester_contact.strip(),
                          client_name=client_name, client_contact=client_contact, reason=reason,
                          reason_en=reason_en.strip(), opened_by_id=actor.user_id or None, opened_at=moment,
                          notice_deadline=period.end)
    session.add(check)
    session.flush()
    record(session, actor, "validity.open", check, summary=f"{check.number} {report.report_number}",
           after={"report": report.report_number, "requester": requester.value, "notice_deadline":
                  period.end.isoformat(), "period": period.explain("ko")})
    return _row(session, check)


def _recipient_of(session: Session, check: ValidityCheck, recipient: Recipient) -> tuple[str, str]:
    if recipient == Recipient.INSTITUTE:
        institution = institution_of(session, check)
        return institution.name, " ".join(filter(None, (institution.postcode, institution.address,
                                                        institution.email)))
    if recipient == Recipient.CLIENT:
        return check.client_name, check.client_contact
    return check.requester_name, check.requester_contact


def send_notice(session: Session, actor: Actor, check_id: int, recipient: Recipient) -> str:
    """The notice to one recipient, numbered and frozen to print; refused after the 10 days from the opening."""
    from desktop.domain.issued.kind import DocumentKind
    from desktop.domain.issued.service import freeze
    from desktop.domain.validity.letters import build_letter

    require(session, actor, Permission.MANAGE_REPORTS)
    check = load_check(session, check_id)
    recipient = Recipient(recipient)
    refuse_if_closed(check)
    if recipient not in recipients_for(check.requester):
        raise WorkflowError(translate("Validity", "Check {number} was opened ex officio or at the client's request: "
                                      "no separate notice goes to the requester.").format(number=check.number))
    if recipient not in missing_recipients(session, check):
        raise WorkflowError(translate("Validity", "The notice of {number} to {recipient} was already sent.")
                            .format(number=check.number, recipient=recipient_label(recipient)))
    if today() > check.notice_deadline:
        raise WorkflowError(translate(
            "Validity", "The notices of {number} had to be sent within {days} days of its opening, by {deadline}; "
            "today is {today}, so the notice can no longer be sent (Act Art. 31-4 ②).").format(
            number=check.number, days=10, deadline=official_date(check.notice_deadline), today=official_date(today())))
    name, contact = _recipient_of(session, check, recipient)
    notice = ValidityNotice(check_id=check.id, recipient=recipient, recipient_name=name, recipient_contact=contact,
                            number=_next(session, DOCUMENT_SERIES, DOCUMENT_PREFIX), sent_at=now(),
                            sent_by_id=actor.user_id or None)
    session.add(notice)
    session.flush()
    if not missing_recipients(session, check):
        check.status = CheckStatus.NOTIFIED
    record(session, actor, "validity.notice", notice, summary=f"{notice.number} {check.number} {name}",
           after={"recipient": recipient.value, "deadline": check.notice_deadline.isoformat()})
    freeze(session, actor, DocumentKind.VALIDITY_NOTICE, "validity_notices", notice.id, notice.number,
           build_letter(session, DocumentKind.VALIDITY_NOTICE, notice.id))
    return notice.number


def send_due_notices(session: Session, actor: Actor, check_id: int) -> list[str]:
    """Every notice not yet sent, in one unit of work."""
    require(session, actor, Permission.MANAGE_REPORTS)
    check = load_check(session, check_id)
    refuse_if_closed(check)
    missing = missing_recipients(session, check)
    if not missing:
        raise WorkflowError(translate("Validity", "Every notice of {number} was sent.").format(number=check.number))
    return [send_notice(session, actor, check_id, recipient) for recipient in missing]


def _day_given(day: date | None, field: str, message: str) -> date:
    if day is None:
        raise ValidationError(message, field=field)
    if day > today():
        raise ValidationError(translate("Validity", "{day} lies in the future.").format(day=official_date(day)),
                              field=field)
    return day


def record_receipt(session: Session, actor: Actor, notice_id: int, received_on: date | None) -> date:
    """The day the recipient received its notice: its 10 days to comment run from it (returns the deadline)."""
    require(session, actor, Permission.MANAGE_REPORTS)
    notice = load_notice(session, notice_id)
    refuse_if_closed(load_check(session, notice.check_id))
    received_on = _day_given(received_on, "received_on", translate("Validity", "Give the day the notice was "
                                                                   "received."))
    sent_on = notice.sent_at.astimezone(KST).date()
    if received_on < sent_on:
        raise ValidationError(translate("Validity", "The notice was sent on {sent}; it cannot have been received "
                                        "before.").format(sent=official_date(sent_on)), field="received_on")
    if notice.received_on is not None:
        raise WorkflowError(translate("Validity", "The receipt of {number} is already recorded ({day}).")
                            .format(number=notice.number, day=official_date(notice.received_on)))
    period = comment_period(calendar(session), received_on)
    notice.received_on, notice.comment_deadline = received_on, period.end
    session.flush()
    record(session, actor, "validity.receipt", notice, summary=f"{notice.number} {notice.recipient_name}",
           after={"received_on": received_on.isoformat(), "due_on": period.end.isoformat(),
                  "period": period.explain("ko")})
    return period.end


def record_comment(session: Session, actor: Actor, notice_id: int, comment: str, commented_on: date | None) -> bool:
    """A recipient's comment with the day it came in; one after the deadline is recorded and marked late (returns
    whether it was late)."""
    require(session, actor, Permission.MANAGE_REPORTS)
    notice = load_notice(session, notice_id)
    refuse_if_closed(load_check(session, notice.check_id))
    if notice.commented_on is not None:
        raise WorkflowError(translate("Validity", "The comment on {number} is already recorded.")
                            .format(number=notice.number))
    commented_on = _day_given(commented_on, "commented_on", translate("Validity", "Give the day the comment was "
                                                                      "received."))
    comment = _required(comment, translate("Validity", "Write what the recipient submitted."), "comment")
    if notice.received_on is None or notice.comment_deadline is None:
        raise WorkflowError(translate("Validity", "Record the day {number} was received first: the comment period "
                                      "runs from it.").format(number=notice.number))
    if commented_on < notice.received_on:
        raise ValidationError(translate("Validity", "The notice was received on {day}; a comment on it cannot come "
                                        "earlier.").format(day=official_date(notice.received_on)),
                              field="commented_on")
    late = comment_is_late(commented_on, notice.comment_deadline)
    notice.comment, notice.commented_on, notice.comment_late = comment, commented_on, late
    notice.comment_recorded_by_id = actor.user_id or None
    session.flush()
    record(session, actor, "validity.comment", notice, summary=f"{notice.number} {notice.recipient_name}",
           after={"commented_on": commented_on.isoformat(), "late": late})
    return late


def find_by_number(session: Session, model: type, number: str, prefix: str = DOCUMENT_PREFIX,
                   column: str = "number") -> int:
    """The id of a notice or a concluded check from its document number as typed."""
    stored = parse_number(number, prefix)
    found = session.scalar(select(model.id).where(getattr(model, column) == stored))  # type: ignore[attr-defined]
    if found is None:
        raise NotFound(translate("Validity", "There is no validity-check document {number}.").format(number=stored))
    return int(found)


def requester_label(requester: Requester | str) -> str:
    return {
        Requester.EX_OFFICIO: translate("Validity", "Ex officio"),
        Requester.STATE_BODY: translate("Validity", "A state body"),
        Requester.CLIENT: translate("Validity", "The client (interested party)"),
        Requester.RESULT_RECIPIENT: translate("Validity", "A recipient of the result (interested party)"),
    }[Requester(requester)]


def recipient_label(recipient: Recipient | str) -> str:
    return {
        Recipient.INSTITUTE: translate("Validity", "the institute"),
        Recipient.CLIENT: translate("Validity", "the client"),
        Recipient.REQUESTER: translate("Validity", "the requester"),
    }[Recipient(recipient)]


def status_label(status: CheckStatus | str) -> str:
    return {
        CheckStatus.OPEN: translate("Validity", "Open"),
        CheckStatus.NOTIFIED: translate("Validity", "Notified"),
        CheckStatus.CONCLUDED: translate("Validity", "Concluded"),
        CheckStatus.WITHDRAWN: translate("Validity", "Withdrawn"),
    }[CheckStatus(status)]
