"""The applications of one institution: its data (the Institution tab) is shared by every one of them."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application, Round


def institution_applications(session: Session, actor: Actor, institution_id: int) -> list[tuple[str, str]]:
    """(application number, round code) of every application of the institution: its data is shared by them."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    return [(number, code) for number, code in session.execute(
        select(Application.number, Round.code).join(Round, Application.round_id == Round.id)
        .where(Application.institution_id == institution_id).order_by(Application.number))]
