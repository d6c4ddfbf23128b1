"""Declaring conflicts of interest: each member, for each applicant, declares none or a ground (제척),
withdraws (회피) with a reason; the app suggests likely conflicts and the chair confirms exclusions."""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import now, today
from desktop.core.errors import NotFound, ValidationError, WorkflowError
from desktop.core.formatting import official_date
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application, ApplicationStatus, ConflictGround
from desktop.domain.audit.service import record
from desktop.domain.committee.access import acting_member
from desktop.domain.committee.hooks import withdraw_sheet
from desktop.domain.committee.models import CommitteeMember, ConflictDeclaration, ConflictKind
from desktop.domain.committee.rules import PastTie, Suggestion, suggest_conflicts
from desktop.domain.committee.service import conflict_ground_label
from desktop.domain.settings.catalogue import LOOKBACK_YEARS

DECLARABLE = (ConflictKind.NONE, ConflictKind.EXCLUSION, ConflictKind.RECUSAL)


@dataclass(frozen=True)
class DeclarationLine:
    """One applicant on a member's declaration board."""

    application_id: int
    application_number: str
    institution_name: str
    kind: ConflictKind | None  # None: not declared yet
    ground: ConflictGround | None
    statement: str
    suggestion: str  # the app's suggestion, empty when it has none
    declared_at: datetime | None
    confirmed: bool


def conflicted_members(session: Session, application_ids: Collection[int]) -> dict[int, set[int]]:
    """The members excluded or recused from each of these applications, in one query."""
    conflicted: dict[int, set[int]] = {}
    for application_id, member_id in session.execute(
            select(ConflictDeclaration.application_id, ConflictDeclaration.member_id)
            .where(ConflictDeclaration.application_id.in_(application_ids),
                   ConflictDeclaration.kind != ConflictKind.NONE)):
        conflicted.setdefault(application_id, set()).add(member_id)
    return conflicted


def _application(session: Session, application_id: int) -> Application:
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    return application


def suggestions_for(session: Session, member: CommitteeMember, application: Application) -> list[Suggestion]:
    institution = application.institution
    parent = institution.parent
    lookback = LOOKBACK_YEARS.of(application.round.settings)
    ties = [PastTie(t.organisation, t.institution_id, t.relation, t.start, t.end) for t in member.affiliations]
    return suggest_conflicts(ties, institution.id, institution.name, parent.id if parent else None,
                             parent.name if parent else None, today(), lookback, member.affiliation)


def suggestion_text(suggestions: list[Suggestion]) -> str:
    """The suggestions as one sentence each, e.g. "Employment at 누리특허법인 until 2025. 3. 1."."""
    lines = []
    for s in suggestions:
        if s.relation == "service":
            text = translate("Committee", "Service to {organisation}").format(organisation=s.organisation)
        else:
            text = translate("Committee", "Employment at {organisation}").format(organisation=s.organisation)
        if s.current:
            text += " " + translate("Committee", "(current)")
        elif s.end is not None:
            text += " " + translate("Committee", "until {date}").format(date=official_date(s.end))
        lines.append(f"{text} → {conflict_ground_label(s.ground)}")
    return "; ".join(lines)


def declaration_board(session: Session, actor: Actor, round_id: int) -> list[DeclarationLine]:
    """Every applicant in committee review of the round, with the acting member's declaration and suggestions."""
    require(session, actor, Permission.DECLARE_CONFLICTS)
    applications = list(session.scalars(select(Application).where(
        Application.round_id == round_id, Application.status == ApplicationStatus.COMMITTEE_REVIEW)
        .order_by(Application.number)))
    if not applications:
        return []
    member = acting_member(session, actor, applications[0])
    declared = {d.application_id: d for d in session.scalars(
        select(ConflictDeclaration).where(ConflictDeclaration.member_id == member.id))}
    lines = []
    for a in applications:
        d = declared.get(a.id)
        lines.append(DeclarationLine(
            a.id, a.number, a.institution.name, d.kind if d else None, d.ground if d else None,
            d.statement if d else "", suggestion_text(suggestions_for(session, member, a)),
            d.declared_at if d else None, bool(d and d.confirmed_by_id)))
    return lines


def declare(session: Session, actor: Actor, application_id: int, kind: ConflictKind,
            ground: ConflictGround | None = None, statement: str = "") -> int:
    """The acting member's declaration for one applicant (before scoring it).

    An exclusion needs its ground and a statement; a recusal a reason; "no conflict" against a suggestion
    needs an explanation. An exclusion, recusal or upheld challenge is not withdrawn by the member.
    """
    require(session, actor, Permission.DECLARE_CONFLICTS)
    application = _application(session, application_id)
    member = acting_member(session, actor, application)
    if kind not in DECLARABLE:
        raise ValidationError(translate("Committee", "A challenge is decided by the committee's vote, not declared."),
                              field="kind")
    statement = statement.strip()
    suggestions = suggestions_for(session, member, application)
    if kind == ConflictKind.EXCLUSION and ground is None:
        raise ValidationError(translate("Committee", "Choose the ground of the exclusion."), field="ground")
    if kind == ConflictKind.EXCLUSION and not statement:
        raise ValidationError(translate("Committee", "Describe the circumstances of the exclusion."),
                              field="statement")
    if kind == ConflictKind.RECUSAL and not statement:
        raise ValidationError(translate("Committee", "State the reason for withdrawing."), field="statement")
    if kind == ConflictKind.NONE and suggestions and not statement:
        raise ValidationError(translate(
            "Committee", "The app found a possible conflict ({suggestion}). Confirm it, or explain why there is "
            "no conflict.").format(suggestion=suggestion_text(suggestions)), field="statement")
    existing = session.scalars(select(ConflictDeclaration).where(
        ConflictDeclaration.member_id == member.id, ConflictDeclaration.application_id == application.id)).first()
    if existing is not None and existing.kind != ConflictKind.NONE and kind != existing.kind:
        raise WorkflowError(translate("Committee", "Your declaration for {number} excludes you; only the chair can "
                                      "reopen it.").format(number=application.number))
    before = {"kind": existing.kind.value, "statement": existing.statement} if existing else None
    if existing is None:
        existing = ConflictDeclaration(member_id=member.id, application_id=application.id, kind=kind)
        session.add(existing)
    existing.kind = kind
    existing.ground = ground if kind == ConflictKind.EXCLUSION else None
    existing.statement = statement or (translate("Committee", "No conflict of interest.")
                                       if kind == ConflictKind.NONE else "")
    existing.declared_at = now()
    existing.suggestion = suggestion_text(suggestions) or None
    existing.confirmed_by_id = existing.confirmed_at = None
    if kind != ConflictKind.NONE:
        withdraw_sheet(session, member.id, application.id)
    session.flush()
    action = {ConflictKind.NONE: "conflict.none", ConflictKind.EXCLUSION: "conflict.exclusion",
              ConflictKind.RECUSAL: "conflict.recusal"}[kind]
    record(session, actor, action, existing, summary=f"{member.name} · {application.number}", before=before,
           after={"kind": kind.value, "ground": existing.ground.value if existing.ground else None,
                  "statement": existing.statement, "suggestion": existing.suggestion})
    return existing.id


def recuse(session: Session, actor: Actor, application_id: int, reason: str) -> int:
    """회피: the member withdraws from one applicant, in one step, with a reason."""
    return declare(session, actor, application_id, ConflictKind.RECUSAL, None, reason)


def confirm_declaration(session: Session, actor: Actor, declaration_id: int) -> None:
    """The chair confirms a declared exclusion or recusal (recorded with who and when)."""
    require(session, actor, Permission.CHAIR_MEETINGS)
    declaration = session.get(ConflictDeclaration, declaration_id)
    if declaration is None:
        raise NotFound(translate("Committee", "The declaration no longer exists."))
    if declaration.kind == ConflictKind.NONE:
        raise WorkflowError(translate("Committee", "Only an exclusion or a recusal is confirmed."))
    declaration.confirmed_by_id = actor.user_id or None
    declaration.confirmed_at = now()
    record(session, actor, "conflict.confirm", declaration, after={"kind": declaration.kind.value})


def reopen_declaration(session: Session, actor: Actor, declaration_id: int, reason: str) -> None:
    """The chair reopens a mistaken exclusion or recusal: the member declares again."""
    require(session, actor, Permission.CHAIR_MEETINGS)
    if not reason.strip():
        raise ValidationError(translate("Committee", "State why the declaration is reopened."), field="reason")
    declaration = session.get(ConflictDeclaration, declaration_id)
    if declaration is None:
        raise NotFound(translate("Committee", "The declaration no longer exists."))
    record(session, actor, "conflict.reopen", declaration, before={"kind": declaration.kind.value,
                                                                   "statement": declaration.statement},
           reason=reason.strip())
    session.delete(declaration)
