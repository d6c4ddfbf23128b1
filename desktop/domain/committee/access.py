"""Conflict-of-interest access rules: an excluded or recused member never sees that applicant.

The areas before the committee (applications, attachments, screening, inspections) reach
``conflicted_application_ids`` / ``ensure_not_conflicted`` through the hooks of ``applications.hooks`` that this
module implements; the areas after it import them directly, and the committee and scoring services also use
``acting_member`` and ``ensure_may_score``.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, PermissionDenied
from desktop.core.i18n import translate
from desktop.domain.accounts.models import COMMITTEE_ROLES
from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications import hooks
from desktop.domain.applications.models import Application
from desktop.domain.committee.models import CommitteeMember, ConflictDeclaration, ConflictKind, RoundCommitteeSeat


def member_id_for(session: Session, actor: Actor) -> int | None:
    """The committee member record of the acting user, if any."""
    return session.scalar(select(CommitteeMember.id).where(CommitteeMember.user_id == actor.user_id))


def conflicted_member_ids(session: Session, application_id: int) -> frozenset[int]:
    """Members excluded, recused or successfully challenged for this applicant."""
    return frozenset(session.scalars(select(ConflictDeclaration.member_id).where(
        ConflictDeclaration.application_id == application_id, ConflictDeclaration.kind != ConflictKind.NONE)))


@hooks.conflicted_application_ids.implement
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


@hooks.ensure_not_conflicted.implement
def ensure_not_conflicted(session: Session, actor: Actor, application_id: int) -> None:
    """Refuse (as if the file did not exist for them) when the actor is excluded from this applicant."""
    if application_id in conflicted_application_ids(session, actor):
        raise NotFound(translate(
            "Committee", "You are excluded from this applicant because of a conflict of interest; its file is "
            "not available to you."
        ))


def seat_of(session: Session, round_id: int, member_id: int) -> RoundCommitteeSeat | None:
    return session.scalars(select(RoundCommitteeSeat).where(
        RoundCommitteeSeat.round_id == round_id, RoundCommitteeSeat.member_id == member_id)).first()


def acting_member(session: Session, actor: Actor, application: Application) -> CommitteeMember:
    """The actor's committee member record, seated on the applicant's round, or a plain refusal."""
    member_id = member_id_for(session, actor) if actor.role in COMMITTEE_ROLES else None
    if member_id is None:
        raise PermissionDenied(translate("Committee", "Only committee members score and declare conflicts."))
    if seat_of(session, application.round_id, member_id) is None:
        raise PermissionDenied(translate("Committee", "You do not sit on the committee of round {code}.")
                               .format(code=application.round.code))
    return session.get_one(CommitteeMember, member_id)


def ensure_may_score(session: Session, actor: Actor, application_id: int) -> CommitteeMember:
    """A seated member without a conflict for this applicant; everyone else is refused with the reason."""
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    member = acting_member(session, actor, application)
    if member.id in conflicted_member_ids(session, application_id):
        raise PermissionDenied(translate(
            "Committee", "You are excluded from {number} because of a conflict of interest: you cannot score it "
            "or see the other members' scores.").format(number=application.number))
    return member
