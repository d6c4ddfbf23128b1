"""Supplement requests (보완요청): from the screening's deficiencies, with a deadline, received or expired."""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, joinedload

from desktop.core.bilingual import Text, both, in_language, matches, pick
from desktop.core.clock import now, today
from desktop.core.errors import NotFound, ValidationError, WorkflowError
from desktop.core.formatting import official_date
from desktop.core.i18n import current_language, translate
from desktop.core.periods import Calendar, Period, period_ending, period_to_act, refuse_non_working_deadline
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.attachments import kind_label
from desktop.domain.applications.hooks import conflicted_application_ids
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.applications.service import transition
from desktop.domain.audit.service import record
from desktop.domain.issued import number_text
from desktop.domain.issued.models import DocumentKind
from desktop.domain.issued.numbering import take_number
from desktop.domain.issued.service import freeze
from desktop.domain.screening.checklist import DocumentState
from desktop.domain.screening.models import ScreeningOutcome, SupplementRequest, SupplementStatus
from desktop.domain.screening.service import (
    checklist_of,
    effective_passed,
    latest_result,
    rule_label,
    rule_reason,
    run_screening,
)
from desktop.domain.settings.calendar import calendar
from desktop.domain.settings.catalogue import SUPPLEMENT_DAYS
from desktop.domain.settings.delegation import final_approver
from desktop.domain.settings.service import get_settings

SERIES = "supplement"
PREFIX = "보완"
MAX_DAYS = 90


def format_number(year: int, sequence: int) -> str:
    return number_text.format_number(PREFIX, year, sequence)


def parse_number(text: str) -> tuple[int, int]:
    """``보완-2026-0001``, ``2026-0001`` or ``2026-1`` → (2026, 1)."""
    return number_text.read_parts(text, PREFIX, translate(
        "Supplements", "{text} is not a supplement request number such as 보완-2026-0001."))


@dataclass(frozen=True)
class SupplementDraft:
    """What the request dialog proposes: the deficiencies and the round's period counted by the law."""

    application_id: int
    number: str
    institution_name: str
    deficiencies: tuple[str, ...]
    deadline: date
    days: int
    requested_at: datetime  # the moment the period is counted from (민법 157: its first day is not counted)
    calendar: Calendar = field(default_factory=Calendar, compare=False)

    @property
    def period(self) -> Period:
        return period_to_act(self.calendar, self.requested_at, self.days)

    def period_for(self, deadline: date) -> Period:
        """The period a deadline typed by hand amounts to (PeriodError when it lies before the first day)."""
        return deadline_period(self.calendar, self.requested_at, deadline, self.days)


def deadline_period(days_off: Calendar, requested_at: datetime, deadline: date, proposed_days: int) -> Period:
    """The round's period when the deadline is its end, otherwise the period that ends on the deadline typed."""
    proposed = period_to_act(days_off, requested_at, proposed_days)
    return proposed if proposed.end == deadline else period_ending(days_off, requested_at, deadline)


@dataclass(frozen=True)
class SupplementRow:
    id: int
    number: str
    application_id: int
    application_number: str
    institution_name: str
    requested_at: datetime
    deadline: date
    status: SupplementStatus
    received_at: datetime | None
    deficiencies: tuple[str, ...]
    letter_sha256: str | None = None

    waiting: bool = True  # the application still waits for this supplement (not withdrawn or declared meanwhile)

    @property
    def overdue(self) -> bool:
        return self.status == SupplementStatus.OPEN and self.waiting and self.deadline < today()


def _row(r: SupplementRequest, application: Application) -> SupplementRow:
    return SupplementRow(r.id, r.number, application.id, application.number, application.institution.name,
                         r.requested_at, r.deadline, r.status, r.received_at,
                         deficiency_texts(r.deficiencies, current_language()), r.letter_sha256,
                         application.status == ApplicationStatus.SUPPLEMENT_REQUESTED)


def _application(session: Session, application_id: int) -> Application:
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    return application


def written_deficiencies(session: Session, application: Application) -> list[dict[str, str]]:
    """The failed requirements of the latest screening and the rejected documents, as sentences in both languages."""
    result = latest_result(session, application.id)
    found = []
    for item in result.rules if result else []:
        if not effective_passed(item):
            found.append(both(lambda item=item: f"{rule_label(item['rule'])}: {rule_reason(item, current_language())}"))

    def rejected() -> list[str]:  # the checklist's details are written in the language too
        return [translate("Supplements", "{document}: resubmit ({detail})")
                .format(document=kind_label(line.kind), detail=line.detail)
                for line in checklist_of(application) if line.state == DocumentState.REJECTED]

    korean, english = in_language("ko", rejected), in_language("en", rejected)
    return found + [{"ko": ko, "en": en} for ko, en in zip(korean, english, strict=True)]


def deficiencies_of(session: Session, application: Application) -> list[str]:
    """The deficiencies as the user reads them (the dialog proposes these, one per line)."""
    return [pick(text, current_language()) for text in written_deficiencies(session, application)]


def stored_deficiencies(session: Session, application: Application, lines: list[str]) -> list[str | dict[str, str]]:
    """The lines to store: a proposed deficiency left unchanged keeps both languages, a typed line stays as typed."""
    proposed = written_deficiencies(session, application)
    return [next((text for text in proposed if matches(line, text)), line) for line in lines]


def deficiency_texts(stored: list[Any], language: str) -> tuple[str, ...]:
    """Stored deficiencies (typed strings or both languages) as a document or a list in ``language`` shows them."""
    return tuple(pick(text, language) for text in stored)


def supplement_days(application: Application) -> int:
    return SUPPLEMENT_DAYS.of(application.round.settings)


def supplement_draft(session: Session, actor: Actor, application_id: int) -> SupplementDraft:
    require(session, actor, Permission.SCREEN_APPLICATIONS)
    application = _application(session, application_id)
    days = supplement_days(application)
    moment, days_off = now(), calendar(session)
    return SupplementDraft(application.id, application.number, application.institution.name,
                           tuple(deficiencies_of(session, application)), period_to_act(days_off, moment, days).end,
                           days, moment, days_off)


def check_deadline(days_off: Calendar, requested_at: datetime, deadline: date, proposed_days: int) -> Period:
    """A deadline the applicant can meet: after the request, not beyond the maximum, on a working day (민법 161)."""
    period = deadline_period(days_off, requested_at, deadline, proposed_days)
    if period.days > MAX_DAYS:
        raise ValidationError(translate("Supplements", "The deadline lies more than {days} days ahead.")
                              .format(days=MAX_DAYS), field="deadline")
    refuse_non_working_deadline(days_off, deadline, period, current_language())
    return period


def request_supplement(session: Session, actor: Actor, application_id: int, deficiencies: list[str] | tuple[str, ...],
                       deadline: date, note: str | None = None) -> SupplementRow:
    """Number the request, record it with its deficiencies and deadline, and move the application on."""
    require(session, actor, Permission.SCREEN_APPLICATIONS)
    application = _application(session, application_id)
    if application.status != ApplicationStatus.SCREENING:
        raise WorkflowError(translate("Supplements", "A supplement is requested from an application in screening."))
    result = latest_result(session, application_id)
    if result is None or result.outcome != ScreeningOutcome.DEFICIENT:
        raise WorkflowError(translate("Supplements", "The latest screening found nothing to supplement: run the "
                                      "screening first."))
    lines = [d.strip() for d in deficiencies if d.strip()]
    if not lines:
        raise ValidationError(translate("Supplements", "List at least one deficiency the applicant must remedy."),
                              field="deficiencies")
    moment = now()
    period = check_deadline(calendar(session), moment, deadline, supplement_days(application))
    items = stored_deficiencies(session, application, lines)
    year = today().year
    number = format_number(year, take_number(session, SERIES, year))
    request = SupplementRequest(number=number, application_id=application.id, screening_result_id=result.id,
                                requested_at=moment, requested_by_id=actor.user_id or None, deadline=deadline,
                                deficiencies=items, status=SupplementStatus.OPEN, note=(note or "").strip() or None)
    session.add(request)
    session.flush()
    transition(session, actor, application_id, ApplicationStatus.SUPPLEMENT_REQUESTED)
    record(session, actor, "supplement.request", request, summary=f"{number} {application.number}",
           after={"number": number, "deadline": deadline.isoformat(), "period": period.explain("ko"),
                  "deficiencies": items})
    freeze(session, actor, DocumentKind.SUPPLEMENT_REQUEST, "supplement_requests", request.id, number,
           build_letter(session, request, get_settings(session)))
    return _row(request, application)


def _request(session: Session, request_id: int) -> SupplementRequest:
    request = session.get(SupplementRequest, request_id)
    if request is None:
        raise NotFound(translate("Supplements", "The supplement request no longer exists."))
    return request


def receive_supplement(session: Session, actor: Actor, request_id: int, note: str | None = None,
                       late_reason: str | None = None) -> ScreeningOutcome:
    """The applicant supplied: close the request and screen the application again; returns the new outcome."""
    require(session, actor, Permission.SCREEN_APPLICATIONS)
    request = _request(session, request_id)
    application = _application(session, request.application_id)
    if request.status != SupplementStatus.OPEN or application.status != ApplicationStatus.SUPPLEMENT_REQUESTED:
        raise WorkflowError(translate("Supplements", "Supplement request {number} is no longer open.")
                            .format(number=request.number))
    late = today() > request.deadline
    if late and not (late_reason or "").strip():
        raise WorkflowError(translate("Supplements", "The deadline of {number} ({deadline}) has passed. Record why "
                                      "the late supplement is accepted, or mark the request overdue.")
                            .format(number=request.number, deadline=official_date(request.deadline)))
    request.status = SupplementStatus.RECEIVED
    request.received_at = now()
    request.note = "\n".join(x for x in (request.note, (note or "").strip(), (late_reason or "").strip()) if x) or None
    record(session, actor, "supplement.receive", request, summary=f"{request.number} {application.number}",
           before={"status": "open"}, after={"status": "received", "late": late}, reason=late_reason or note)
    transition(session, actor, application.id, ApplicationStatus.SCREENING)
    result = run_screening(session, actor, application.id,
                           note=translate("Supplements", "After supplement {number}").format(number=request.number))
    return result.outcome


def overdue_requests(session: Session, actor: Actor) -> list[SupplementRow]:
    """Open requests past their deadline whose application still waits (only those are read, not every request)."""
    past = (SupplementRequest.status == SupplementStatus.OPEN, SupplementRequest.deadline < today())
    return [r for r in _supplement_rows(session, actor, select(SupplementRequest).where(*past)) if r.overdue]


def expire_overdue(session: Session, actor: Actor) -> list[str]:
    """Open requests past their deadline: the request expires, the application becomes ineligible with the reason.

    Returns the application numbers made ineligible.
    """
    require(session, actor, Permission.SCREEN_APPLICATIONS)
    done = []
    for request in session.scalars(select(SupplementRequest).where(SupplementRequest.status == SupplementStatus.OPEN)
                                   .order_by(SupplementRequest.id)):
        if request.deadline >= today():
            continue
        application = _application(session, request.application_id)
        request.status = SupplementStatus.EXPIRED
        reason = translate("Supplements", "Not supplemented by the deadline {deadline} (supplement request "
                           "{number}).").format(deadline=official_date(request.deadline), number=request.number)
        record(session, actor, "supplement.expire", request, summary=f"{request.number} {application.number}",
               before={"status": "open"}, after={"status": "expired"}, reason=reason)
        if application.status == ApplicationStatus.SUPPLEMENT_REQUESTED:
            transition(session, actor, application.id, ApplicationStatus.INELIGIBLE, reason=reason)
            done.append(application.number)
    return done


def list_supplements(session: Session, actor: Actor, application_id: int | None = None) -> list[SupplementRow]:
    query = select(SupplementRequest)
    if application_id is not None:
        query = query.where(SupplementRequest.application_id == application_id)
    return _supplement_rows(session, actor, query)


def _supplement_rows(session: Session, actor: Actor, query: Select[tuple[SupplementRequest]]) -> list[SupplementRow]:
    """The rows of the requests ``query`` selects, in the order they were made."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    query = query.order_by(SupplementRequest.id)
    hidden = conflicted_application_ids(session, actor)
    requests = list(session.scalars(query))
    # The requests' applications with their institutions in one statement (not two per request).
    applications = {a.id: a for a in session.scalars(
        select(Application).where(Application.id.in_(query.with_only_columns(SupplementRequest.application_id)
                                                     .order_by(None)))
        .options(joinedload(Application.institution)))}
    return [_row(r, applications[r.application_id]) for r in requests if r.application_id not in hidden]


def find_supplement(session: Session, number: str) -> SupplementRequest:
    """By number as printed in either language: ``보완-2026-0001``, ``SUP-2026-0001`` or ``2026-1``."""
    typed = number.strip()
    if typed.upper().startswith("SUP-"):
        typed = "보완-" + typed[4:]
    year, sequence = parse_number(typed)
    request = session.scalars(select(SupplementRequest).where(
        SupplementRequest.number == format_number(year, sequence))).first()
    if request is None:
        raise NotFound(translate("Supplements", "There is no supplement request {number}.")
                       .format(number=format_number(year, sequence)))
    return request


@dataclass(frozen=True)
class SupplementLetter:
    """Everything the printed request shows, as plain data."""

    request_id: int
    number: str
    requested_at: datetime
    deadline: date
    deficiencies: tuple[Text, ...]  # typed strings, or {"ko", "en"} as the app wrote them
    application_number: str
    application_received_at: datetime | None
    round_code: str
    round_title: str
    institution_name: str
    institution_name_en: str
    representative: str
    postcode: str
    address: str
    drafter_title: str
    drafter_name: str
    letter_sha256: str | None
    settings: dict[str, Any] = field(default_factory=dict)
    registration_number: str = ""  # the institution's BRN (else CRN), as it stood when the letter was sent
    approver_title: str = ""  # who finally approves it by the 위임전결 table (desktop/domain/settings/delegation.py)
    approver_name: str = ""


def supplement_letter(session: Session, actor: Actor, request_id: int, settings: dict[str, Any]) -> SupplementLetter:
    require(session, actor, Permission.PRINT_DOCUMENTS)
    return build_letter(session, _request(session, request_id), settings)


def build_letter(session: Session, request: SupplementRequest, settings: dict[str, Any]) -> SupplementLetter:
    """The letter as the request stands (frozen when the request is made)."""
    application = _application(session, request.application_id)
    institution = application.institution
    drafter = session.get(User, request.requested_by_id) if request.requested_by_id else None
    approver = final_approver(session, settings, "supplement_request")
    return SupplementLetter(
        request.id, request.number, request.requested_at, request.deadline, tuple(request.deficiencies),
        application.number, application.received_at, application.round.code, application.round.title,
        institution.name, institution.name_en or institution.name, institution.representative,
        institution.postcode or "", institution.address, (drafter.title or "") if drafter else "",
        drafter.display_name if drafter else "", request.letter_sha256, dict(settings),
        institution.brn or institution.crn or "", approver.title, approver.name,
    )


def status_label(status: SupplementStatus) -> str:
    return {
        SupplementStatus.OPEN: translate("Supplements", "Open"),
        SupplementStatus.RECEIVED: translate("Supplements", "Received"),
        SupplementStatus.EXPIRED: translate("Supplements", "Expired"),
    }[status]
