"""Declared holidays (임시공휴일) as a business setting: checked, kept in date order, audited, on the calendar."""

from datetime import date

import pytest

from desktop.core.errors import ValidationError
from desktop.domain.settings.calendar import calendar
from desktop.domain.settings.service import set_setting, validate_setting
from desktop.domain.trail.changes import setting_value
from tests.domain.helpers import World


def test_declared_days_are_checked_and_sorted() -> None:
    assert validate_setting("declared_holidays", [["2026-12-07", " 임시공휴일 "], ("2026-10-02", "국군의 날")]) == [
        ["2026-10-02", "국군의 날"], ["2026-12-07", "임시공휴일"]]
    for bad, message in (([["2026-13-01", "x"]], "is not a date"), ([["2026-12-07", " "]], "name the day"),
                         ([["2026-12-07", "a"], ["2026-12-07", "b"]], "listed twice"), ("2026-12-07", "a list")):
        with pytest.raises(ValidationError, match=message) as caught:
            validate_setting("declared_holidays", bad)
        assert caught.value.field == "declared_holidays"


def test_a_stored_declared_day_is_on_the_calendar_and_reads_plainly_in_the_audit(database) -> None:
    world = World(database)
    with database.transaction() as s:
        assert set_setting(s, world.admin, "declared_holidays", [["2026-12-07", "임시공휴일"]])
    with database.read() as s:
        day = calendar(s)
    assert day.is_non_working(date(2026, 12, 7)) and day.holiday_name(date(2026, 12, 7)) == "임시공휴일"
    assert setting_value("declared_holidays", [["2026-12-07", "임시공휴일"]]) == "2026. 12. 7. 임시공휴일"
    assert setting_value("declared_holidays", []) == "—"
