"""The committee as the Committee page shows it: members, seats and declared conflicts."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from desktop.core.i18n import translate
from desktop.domain.accounts.models import Role, User
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application, ConflictGround, Round
from desktop.domain.committee.access import member_id_for
from desktop.domain.committee.models import CommitteeMember, ConflictDeclaration, ConflictKind, MemberKind


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    kind: MemberKind
    affiliation: str
    expertise: str
    term_start: date
    term_end: date


@dataclass(frozen=True)
class ConflictRow:
    member_name: str
    application_number: str
    institution_name: str
    kind: ConflictKind
    ground: ConflictGround | None
    statement: str
    id: int = 0
    declared_at: datetime | None = None
    confirmed_by: str = ""
    suggestion: str = ""
    application_id: int = 0


def list_members(session: Session, actor: Actor) -> list[MemberRow]:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    return [MemberRow(m.id, m.name, m.kind, m.affiliation, m.expertise, m.term_start, m.term_end)
            for m in session.scalars(select(CommitteeMember).order_by(CommitteeMember.name))]


def list_conflicts(session: Session, actor: Actor, round_id: int | None = None) -> list[ConflictRow]:
    """Declared conflicts (not the 'no conflict' declarations).

    A committee member sees only their own declarations; the chair, the secretariat and other roles see all.
    """
    require(session, actor, Permission.VIEW_APPLICATIONS)
    rows = []
    query = select(ConflictDeclaration).where(ConflictDeclaration.kind != ConflictKind.NONE) \
        .order_by(ConflictDeclaration.id)
    if actor.role == Role.COMMITTEE_MEMBER:
        query = query.where(ConflictDeclaration.member_id == member_id_for(session, actor))
    declarations = list(session.scalars(query))
    # Members, applications (with their institutions) and confirming users read once for the list.
    members = {m.id: m for m in session.scalars(select(CommitteeMember))}
    applications = {a.id: a for a in session.scalars(
        select(Application).where(Application.id.in_({c.application_id for c in declarations}))
        .options(joinedload(Application.institution)))}
    users = {u.id: u for u in session.scalars(select(User).where(
        User.id.in_({c.confirmed_by_id for c in declarations if c.confirmed_by_id})))}
    for c in declarations:
        member = members[c.member_id]
        application = applications[c.application_id]
        if round_id is not None and application.round_id != round_id:
            continue
        confirmer = users.get(c.confirmed_by_id) if c.confirmed_by_id else None
        rows.append(ConflictRow(member.name, application.number, application.institution.name, c.kind, c.ground,
                                c.statement, c.id, c.declared_at, confirmer.display_name if confirmer else "",
                                c.suggestion or "", application.id))
    return rows


def member_kind_label(kind: MemberKind) -> str:
    if kind == MemberKind.INTERNAL:
        return translate("Committee", "Internal")
    return translate("Committee", "External")


def conflict_kind_label(kind: ConflictKind) -> str:
    return {
        ConflictKind.NONE: translate("Committee", "No conflict"),
        ConflictKind.EXCLUSION: translate("Committee", "Exclusion"),
        ConflictKind.RECUSAL: translate("Committee", "Recusal"),
        ConflictKind.CHALLENGE_UPHELD: translate("Committee", "Challenge upheld"),
    }[kind]


def conflict_ground_label(ground: ConflictGround) -> str:
    """The ground of an exclusion (model: Act Art. 41-2)."""
    return {
        ConflictGround.SPOUSE_IS_PARTY: translate("Committee", "Member or spouse is a party"),
        ConflictGround.RELATIVE_OF_REPRESENTATIVE: translate("Committee", "Relative of the representative"),
        ConflictGround.DIRECT_INVOLVEMENT: translate("Committee", "Directly involved in the matter"),
        ConflictGround.AGENT_WITNESS_APPRAISER: translate("Committee", "Agent, witness or appraiser"),
        ConflictGround.DIRECT_INTEREST: translate("Committee", "Direct interest"),
        ConflictGround.EMPLOYMENT: translate("Committee", "Works or worked for the applicant"),
        ConflictGround.OTHER: translate("Committee", "Other"),
    }[ground]


@dataclass(frozen=True)
class RoundInfo:
    """What the Committee page needs to know of a round: its frozen method, criteria and settings."""

    id: int
    code: str
    title: str
    criteria_version: str
    aggregation_method: str
    pass_mark: str
    settings: dict


def committee_rounds(session: Session, actor: Actor) -> list[RoundInfo]:
    """Every round, newest first."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    return [RoundInfo(r.id, r.code, r.title, r.criteria_version, r.aggregation_method.value, str(r.pass_mark),
                      dict(r.settings))
            for r in session.scalars(select(Round).order_by(Round.period_start.desc(), Round.id.desc()))]
