"""Minimal stand-in for the periods module (helper "periods" owns it; their version replaces this at merge)."""

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Calendar:
    """The non-working days beyond weekends and statutory holidays (days the government declares)."""

    extra: tuple[date, ...] = ()


def notice_effective_date(calendar: Calendar, published_on: date, days: int = 5) -> date:
    """The day a 고시 takes effect when it states no other day: ``days`` after its publication."""
    return published_on + timedelta(days=days)
