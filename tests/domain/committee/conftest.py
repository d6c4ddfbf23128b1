"""A committee world on an empty database: a round with five seated members (A = chair) and three applicants in
committee review, each member with a user account."""

from dataclasses import dataclass, field
from datetime import timedelta

import pytest

from desktop.core.clock import now, today
from desktop.db.engine import Database
from desktop.domain.accounts.models import Role
from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.applications.service import create_application
from desktop.domain.committee.members import MemberData, create_member, seat_members
from desktop.domain.committee.models import MemberKind
from desktop.domain.institutions.service import create_institution
from desktop.domain.users.service import create_user
from tests.domain.helpers import PASSWORD, World, application_data, institution_data

BRNS = ("220-81-62517", "211-86-41833")  # valid check digits


@dataclass
class CommitteeWorld:
    database: Database
    world: World
    secretariat: Actor
    round_id: int
    members: list[int] = field(default_factory=list)  # member ids, A first (the chair)
    actors: list[Actor] = field(default_factory=list)  # the members' users, same order
    applications: list[int] = field(default_factory=list)

    @property
    def chair(self) -> Actor:
        return self.actors[0]


def build_committee_world(database: Database, seats: int = 5) -> CommitteeWorld:
    world = World(database)
    secretariat = world.secretariat
    cw = CommitteeWorld(database, world, secretariat, world.round_id)
    with database.transaction() as s:
        for n in range(seats):
            role = Role.CHAIR if n == 0 else Role.COMMITTEE_MEMBER
            row = create_user(s, world.admin, f"m{n}", f"위원{n}", PASSWORD, role)
            actor = Actor(row.id, row.username, row.display_name, role)
            member_id = create_member(s, secretariat, MemberData(
                f"위원{n}", MemberKind.EXTERNAL, f"소속{n}", "가치평가", today() - timedelta(days=30),
                today() + timedelta(days=700), user_id=row.id))
            cw.members.append(member_id)
            cw.actors.append(actor)
        seat_members(s, secretariat, world.round_id, cw.members, cw.members[0])
        others = [create_institution(s, secretariat, institution_data(name=f"평가기관{n}", brn=brn))
                  for n, brn in enumerate(BRNS)]
        cw.applications.append(world.application_id)
        for institution_id in others:
            cw.applications.append(create_application(s, secretariat, world.round_id, institution_id,
                                                      application_data()))
        for application_id in cw.applications:  # the earlier steps are other areas' business
            application = s.get_one(Application, application_id)
            application.status = ApplicationStatus.COMMITTEE_REVIEW
            application.received_at = now()
    return cw


@pytest.fixture
def committee(database) -> CommitteeWorld:
    return build_committee_world(database)
