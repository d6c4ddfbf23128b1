"""The committee as the Committee page shows it: members, seats and declared conflicts."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application
from desktop.domain.committee.models import CommitteeMember, ConflictDeclaration, ConflictGround, ConflictKind, MemberKind


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


def list_members(session: Session, actor: Actor) -> list[MemberRow]:
    require(actor, Permission.VIEW_APPLICATIONS)
    return [MemberRow(m.id, m.name, m.kind, m.affiliation, m.expertise, m.term_start, m.term_end)
            for m in session.scalars(select(CommitteeMember).order_by(CommitteeMember.name))]


def list_conflicts(session: Session, actor: Actor) -> list[ConflictRow]:
    """Declared conflicts (not the 'no conflict' declarations)."""
    require(actor, Permission.VIEW_APPLICATIONS)
    rows = []
    query = select(ConflictDeclaration).where(ConflictDeclaration.kind != ConflictKind.NONE) \
        .order_by(ConflictDeclaration.id)
    for c in session.scalars(query):
        member = session.get_one(CommitteeMember, c.member_id)
        application = session.get_one(Application, c.application_id)
        rows.append(ConflictRow(member.name, application.number, application.institution.name, c.kind, c.ground,
                                c.statement))
    return rows
