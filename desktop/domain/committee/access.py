"""Conflict-of-interest access rules: an excluded or recused member never sees that applicant."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound
from desktop.core.i18n import translate
from desktop.domain.accounts.models import Role
from desktop.domain.accounts.permissions import Actor
from desktop.domain.committee.models import CommitteeMember, ConflictDeclaration, ConflictKind

COMMITTEE_ROLES = frozenset({Role.COMMITTEE_MEMBER, Role.CHAIR})


def member_id_for(session: Session, actor: Actor) -> int | None:
    """The committee member record of the acting user, if any."""
    return session.scalar(select(CommitteeMember.id).where(CommitteeMember.user_id == actor.user_id))


def conflicted_application_ids(session: Session, actor: Actor) -> frozenset[int]:
    """Applications the actor must not see because of a conflict of interest."""
    if actor.role not in COMMITTEE_ROLES:
        return frozenset()
    member_id = member_id_for(session, actor)
    if member_id is None:
        return frozenset()
    return frozenset(session.scalars(
        select(ConflictDeclaration.application_id).where(
            ConflictDeclaration.member_id == member_id, ConflictDeclaration.kind != ConflictKind.NONE
        )
    ))


def ensure_not_conflicted(session: Session, actor: Actor, application_id: int) -> None:
    """Refuse (as if the file did not exist for them) when the actor is excluded from this applicant."""
    if application_id in conflicted_application_ids(session, actor):
        raise NotFound(translate(
            "Committee", "You are excluded from this applicant because of a conflict of interest; its file is "
            "not available to you."
        ))
