"""The calendar every deadline is counted on: the public holidays plus the days declared in Settings."""

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.periods import Calendar
from desktop.domain.settings.service import get_settings


def declared_days(settings: Mapping[str, Any]) -> list[tuple[date, str]]:
    """The administrator's declared holidays (임시공휴일) as (day, name)."""
    return [(date.fromisoformat(day), name) for day, name in settings.get("declared_holidays") or []]


def calendar_of(settings: Mapping[str, Any]) -> Calendar:
    """The calendar of already loaded settings (e.g. ``AppContext.settings``)."""
    return Calendar(declared_days(settings))


def calendar(session: Session) -> Calendar:
    """The calendar as stored now: public holidays and the declared days."""
    return calendar_of(get_settings(session))
