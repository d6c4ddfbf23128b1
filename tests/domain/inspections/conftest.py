"""An application passed to inspection with two inspectors and a scheduled inspection, on an empty database."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import pytest

from desktop.core.clock import today
from desktop.db.engine import Database
from desktop.domain.accounts.models import Role
from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.inspections import filling
from desktop.domain.inspections.access import checklist_of, load_inspection
from desktop.domain.inspections.scheduling import schedule_inspection
from desktop.domain.users.service import create_user
from tests.domain.helpers import PASSWORD, World

PDF = b"%PDF-1.4 evidence photo sheet"


@dataclass
class Site:
    world: World
    database: Database
    secretariat: Actor
    inspector: Actor
    inspector2: Actor
    third: Actor
    application_id: int
    inspection_id: int

    def run(self, function: Callable, actor: Actor, *args, **kwargs):
        with self.database.transaction() as session:
            return function(session, actor, *args, **kwargs)

    def read(self, function: Callable, *args):
        with self.database.read() as session:
            return function(session, *args)

    def fill(self, skip: tuple[str, ...] = (), score: int = 5) -> None:
        """Answer every item except ``skip``: conform, the given score, a text."""
        with self.database.read() as session:
            items = checklist_of(load_inspection(session, self.inspection_id)).items
        for item in items:
            if item.id in skip:
                continue
            if item.response == "conform":
                self.run(filling.answer_item, self.inspector, self.inspection_id, item.id, "conform")
            elif item.response == "score":
                self.run(filling.answer_item, self.inspector, self.inspection_id, item.id, None, Decimal(score))
            else:
                self.run(filling.set_text, self.inspector, self.inspection_id, item.id, "특이사항 없음")


@pytest.fixture
def site(database: Database) -> Site:
    world = World(database)
    with database.transaction() as session:
        second = create_user(session, world.admin, "inspector2", "정수빈", PASSWORD, Role.INSPECTOR)
        third = create_user(session, world.admin, "inspector3", "한지우", PASSWORD, Role.INSPECTOR)
        # Screening is another area's business: put the application where inspections start.
        session.get_one(Application, world.application_id).status = ApplicationStatus.INSPECTION
    inspector = world.users[Role.INSPECTOR]
    inspector2 = Actor(second.id, second.username, second.display_name, Role.INSPECTOR)
    inspector3 = Actor(third.id, third.username, third.display_name, Role.INSPECTOR)
    with database.transaction() as session:
        inspection_id = schedule_inspection(session, world.secretariat, world.application_id,
                                            today() + timedelta(days=5), "서울특별시 중구 세종대로 1",
                                            [inspector.user_id, inspector2.user_id])
    return Site(world, database, world.secretariat, inspector, inspector2, inspector3, world.application_id,
                inspection_id)
