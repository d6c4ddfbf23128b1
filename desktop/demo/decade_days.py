"""The ten-year demo's clock and the daily trail it leaves: as the clock moves on to a later day, the people's
logins of the working days passed are recorded (through the audit module, as the login service records them), so
the audit trail holds the mass of events a ministry's decade of use gives, in time order."""

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from desktop.core.clock import KST
from desktop.demo.builder import WORKING_DAYS, _Clock
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor
from desktop.domain.audit.service import record

# Logins per working day by account (the desktop logs in at each start; the secretariat works in it all day).
LOGINS_PER_DAY = {"secretariat": 22, "reviewer": 16, "approver": 7, "inspector": 8, "inspector2": 8, "admin": 2,
                  "chair": 1.5, "member": 1.5}


class DecadeClock(_Clock):
    """The builder's clock that, moving to a later day, records the logins of the working days in between."""

    def __init__(self, start: datetime, rng: random.Random, logins_scale: float = 1.0) -> None:
        super().__init__(start)
        self.rng = rng
        self.scale = logins_scale
        self.session: Session | None = None
        self.accounts: list[tuple[User, Actor, float]] = []
        self.logged_until = start.astimezone(KST).date()
        self.logins = 0

    def start_unit(self, session: Session, accounts: list[tuple[User, Actor, float]]) -> None:
        """The unit of work the logins go into, and who logs in how often (their rows held for the unit)."""
        self.session, self.accounts = session, accounts

    def at(self, day: date, hour: int = 10) -> None:
        self.catch_up(day)
        super().at(day, hour)

    def catch_up(self, day: date) -> None:
        """Record the logins of every working day from the last one recorded up to (not including) ``day``."""
        if self.session is None or not self.accounts:
            return
        moment = self.moment
        while self.logged_until < day:
            if not WORKING_DAYS.is_non_working(self.logged_until):
                self._day_of_logins(self.logged_until)
            self.logged_until += timedelta(days=1)
        self.moment = moment

    def _day_of_logins(self, day: date) -> None:
        assert self.session is not None
        rng, session = self.rng, self.session
        times = []
        for user, actor, per_day in self.accounts:
            expected = per_day * self.scale
            count = int(expected) + (rng.random() < expected - int(expected))
            times += [(rng.randrange(8 * 60 + 30, 18 * 60 + 30), user, actor) for _ in range(count)]
        for minute, user, actor in sorted(times, key=lambda t: t[0]):
            self.moment = datetime.combine(day, time(minute // 60, minute % 60), KST).astimezone(UTC)
            user.last_login_at = self.moment
            record(session, actor, "user.login", entity_type="users", entity_id=user.id,
                   summary=f"login {user.username}")
        self.logins += len(times)
