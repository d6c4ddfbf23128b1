"""The calendar every deadline is counted on: the public holidays plus the days declared in Settings."""

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.formatting import official_date
from desktop.core.i18n import current_language, translate
from desktop.core.periods import SATURDAY, Calendar
from desktop.domain.settings.catalogue import DECLARED_HOLIDAYS
from desktop.domain.settings.service import get_settings


def declared_days(settings: Mapping[str, Any]) -> list[tuple[date, str]]:
    """The administrator's declared holidays (임시공휴일) as (day, name)."""
    return [(date.fromisoformat(day), name) for day, name in DECLARED_HOLIDAYS.of(settings)]


def calendar_of(settings: Mapping[str, Any]) -> Calendar:
    """The calendar of already loaded settings (e.g. ``AppContext.settings``)."""
    return Calendar(declared_days(settings))


def calendar(session: Session) -> Calendar:
    """The calendar as stored now: public holidays and the declared days."""
    return calendar_of(get_settings(session))


class NonWorkingDay(ValidationError):
    """An inspection or meeting set on a Saturday, Sunday or holiday without the person confirming it."""


def check_working_day(session: Session, day: date, allow_non_working_day: bool) -> str | None:
    """None on a working day; the day's name when confirmed (for the audit); otherwise refused, at the date field."""
    days_off = calendar(session)
    if not days_off.is_non_working(day):
        return None
    name = days_off.holiday_name(day, current_language()) or (
        translate("Calendar", "a Saturday") if day.weekday() == SATURDAY else translate("Calendar", "a Sunday"))
    if not allow_non_working_day:
        raise NonWorkingDay(translate("Calendar", "{date} is {name}, not a working day. Confirm that it is meant to "
                                      "take place on that day.").format(date=official_date(day), name=name),
                            field="date")
    return name
