"""A conflicted committee member never sees that applicant, through the services."""

import pytest
from sqlalchemy import select

from desktop.core.errors import NotFound
from desktop.domain.applications.attachments import attachment_content
from desktop.domain.applications.models import Application, Attachment
from desktop.domain.applications.service import get_application, list_applications
from desktop.domain.committee.models import CommitteeMember, ConflictDeclaration, ConflictKind
from desktop.domain.decisions.service import list_decisions
from desktop.domain.inspections.service import list_inspections
from desktop.domain.scoring.service import list_results


@pytest.fixture
def conflicted(demo_database, demo_actors):
    """Declare the demo 'member' user excluded from one applicant; return its application id."""
    with demo_database.transaction() as s:
        member = s.scalars(select(CommitteeMember).where(
            CommitteeMember.user_id == demo_actors["member"].user_id)).one()
        application = s.scalars(select(Application).order_by(Application.id)).first()
        declaration = s.scalars(select(ConflictDeclaration).where(
            ConflictDeclaration.member_id == member.id, ConflictDeclaration.application_id == application.id)).one()
        declaration.kind = ConflictKind.RECUSAL
        return application.id


def test_conflicted_member_does_not_list_open_or_see_results(demo_database, demo_actors, conflicted):
    member = demo_actors["member"]
    with demo_database.read() as s:
        assert conflicted not in {r.id for r in list_applications(s, member)}
        assert conflicted not in {r.application_id for r in list_results(s, member)}
        assert conflicted not in {r.application_id for r in list_inspections(s, member)}
        assert conflicted not in {r.application_id for r in list_decisions(s, member)}
        assert conflicted in {r.application_id for r in list_decisions(s, demo_actors["chair"])}
        with pytest.raises(NotFound, match="conflict of interest"):
            get_application(s, member, conflicted)
        attachment_id = s.scalars(select(Attachment.id).where(Attachment.application_id == conflicted)).first()
        with pytest.raises(NotFound):
            attachment_content(s, member, attachment_id)
        # Everyone else still sees it.
        assert conflicted in {r.id for r in list_applications(s, demo_actors["chair"])}
        assert get_application(s, demo_actors["secretariat"], conflicted).row.id == conflicted
