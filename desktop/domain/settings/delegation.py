"""The 위임전결 table: who finally approves each kind of letter, and the person holding that position now.

Letters (the supplement request, the inspection notice) record only who drafted them; the approval line names the
holder of the position the table gives (an active user with that title, an approver preferred), frozen with the
letter when it is issued. A decision records its own approver; the table only says whether it was 전결.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.accounts.models import Role, User
from desktop.domain.settings.catalogue import AUTHORITY_TITLE_KO, DELEGATION_POSITIONS, DELEGATION_SETTINGS

HEAD = "head"


@dataclass(frozen=True)
class FinalApprover:
    """The position that finally approves a kind of document and who holds it (``name`` "" when nobody does)."""

    position: str  # "head", "director_general" or "director"
    title: str  # the position's title as printed: 처장, 국장, 과장
    name: str


def delegated_position(settings: dict[str, Any], kind: str) -> str:
    """The position the table names for ``kind`` (a DocumentKind value); the head for kinds it does not list."""
    value = DELEGATION_SETTINGS[kind].of(settings) if kind in DELEGATION_SETTINGS else HEAD
    return value if value in dict(DELEGATION_POSITIONS) else HEAD


def final_approver(session: Session, settings: dict[str, Any], kind: str) -> FinalApprover:
    """Who approves ``kind`` now: the active user titled as the table's position (an approver first, then the
    lowest id, so the answer is stable); the head of the authority signs as the authority's title."""
    position = delegated_position(settings, kind)
    title = dict(DELEGATION_POSITIONS)[position]
    titles = {title} | ({AUTHORITY_TITLE_KO.of(settings)} if position == HEAD else set())
    holders = list(session.scalars(select(User).where(User.active.is_(True), User.title.in_(titles))
                                   .order_by(User.id)))
    holders.sort(key=lambda user: user.role != Role.APPROVER)
    return FinalApprover(position, title, holders[0].display_name if holders else "")
