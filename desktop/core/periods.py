"""Legal periods on the Korean calendar: 민법 Art. 155–161 through 행정기본법 Art. 6, and when a 고시 takes effect.

A period given to a person to act (보완, 시정, 의견제출) does not count its first day unless it starts at 00:00
(민법 157), ends at the end of its last day (159), runs by the calendar for months (160) and, when its last day is
a Saturday or a public holiday, ends on the next working day (161). A period that restricts rights (행정기본법
6 ②, e.g. a suspension) counts its first day and ends on its last day even when that is a holiday. Public holidays
are those of 「관공서의 공휴일에 관한 규정」 (the ``holidays`` library, country KR, with its substitute days) plus
the days the government declares ad hoc, which the administrator records in Settings.
"""

from __future__ import annotations

import calendar as month_calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache

import holidays

from desktop.core.clock import KST
from desktop.core.errors import ValidationError
from desktop.core.formatting import english_date, official_date
from desktop.core.i18n import translate

SATURDAY, SUNDAY = 5, 6
NOTICE_DAYS = 5  # 행정업무의 운영 및 혁신에 관한 규정 Art. 6 ③: a 고시/공고 takes effect when 5 days have passed
_LIBRARY_LANGUAGE = {"ko": "ko", "en": "en_US"}


class PeriodError(ValidationError):
    """A period that cannot be counted: no days, or an end before its start."""


class PeriodKind(StrEnum):
    TO_ACT = "to_act"  # 행정기본법 6 ① → 민법 157–161
    RESTRICTION = "restriction"  # 행정기본법 6 ②


def _check_language(language: str) -> str:
    return "en" if language == "en" else "ko"


@lru_cache(maxsize=64)
def _library_year(year: int, language: str) -> dict[date, str]:
    """The public holidays of one year as the library lists them (substitute days included)."""
    days = holidays.country_holidays("KR", years=year, language=_LIBRARY_LANGUAGE[language])
    return dict(days.items())


def public_holidays(year: int, language: str = "ko") -> list[tuple[date, str]]:
    """The library's public holidays of ``year`` in date order, named in ``language`` (ko/en)."""
    return sorted(_library_year(year, _check_language(language)).items())


class Calendar:
    """Working and non-working days: Saturdays, Sundays, the public holidays and the days declared ad hoc."""

    def __init__(self, extra: Iterable[tuple[date, str]] = ()) -> None:
        self.extra: dict[date, str] = {}
        for day, name in extra:
            self.extra[day] = f"{self.extra[day]}; {name}" if day in self.extra else name

    def holiday_name(self, day: date, language: str = "ko") -> str | None:
        """The name of a public or declared holiday on ``day`` (a plain Sunday has none)."""
        names = [n for n in (_library_year(day.year, _check_language(language)).get(day), self.extra.get(day)) if n]
        return "; ".join(names) if names else None

    def is_holiday(self, day: date) -> bool:
        """A named public holiday (library) or a declared one; plain Sundays are in ``is_non_working``."""
        return day in self.extra or day in _library_year(day.year, "ko")

    def is_non_working(self, day: date) -> bool:
        """Saturday, Sunday or a holiday: a last day here moves on (민법 161)."""
        return day.weekday() in (SATURDAY, SUNDAY) or self.is_holiday(day)

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, otherwise the first working day after it."""
        while self.is_non_working(day):
            day += timedelta(days=1)
        return day

    def previous_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, otherwise the last working day before it."""
        while self.is_non_working(day):
            day -= timedelta(days=1)
        return day

    def reasons(self, day: date) -> tuple[str, ...]:
        """Why ``day`` is not a working day, as keys of ``_WORDS``: holiday, saturday, sunday."""
        found = ["holiday"] if self.is_holiday(day) else []
        if day.weekday() == SATURDAY:
            found.append("saturday")
        if day.weekday() == SUNDAY:
            found.append("sunday")
        return tuple(found)


_WORDS = {
    "ko": {"holiday": "공휴일", "saturday": "토", "sunday": "일", "joiner": "·"},
    "en": {"holiday": "public holiday", "saturday": "Saturday", "sunday": "Sunday", "joiner": ", "},
}


def _add_months(start: date, months: int) -> date:
    """The last day of a period of ``months`` beginning on ``start`` (민법 160 ② ③)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    last = month_calendar.monthrange(year, month)[1]
    if start.day > last:  # no corresponding day in the last month: that month's last day
        return date(year, month, last)
    return date(year, month, start.day) - timedelta(days=1)


def _nominal_end(start: date, days: int, months: int) -> date:
    if days < 0 or months < 0 or days + months <= 0:
        raise PeriodError(translate("Periods", "A period must be at least one day long."), field="days")
    end = _add_months(start, months) if months else start - timedelta(days=1)
    return end + timedelta(days=days)


def _short(day: date, reference: date, language: str) -> str:
    """A date without the parts it shares with ``reference`` (``9. 24.``; in English ``24 September``)."""
    if language == "en":
        return english_date(day) if day.year != reference.year else f"{day.day} {english_date(day).split()[1]}"
    return official_date(day) if day.year != reference.year else f"{day.month}. {day.day}."


def _range(first: date, last: date, reference: date, language: str) -> str:
    """``9. 24.–27.`` / ``24–27 September`` (one day: just that day)."""
    if first == last:
        return _short(first, reference, language)
    if language == "en":
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{_short(last, reference, language)}"
        return f"{_short(first, reference, language)} – {_short(last, reference, language)}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{_short(first, reference, language)}–{last.day}."
    return f"{_short(first, reference, language)}–{_short(last, first, language)}"


@dataclass(frozen=True)
class Period:
    """A counted period: its first and last day, the last day before 민법 161 moved it, and why it moved."""

    start: date
    end: date
    nominal_end: date
    kind: PeriodKind
    days: int = 0
    months: int = 0
    skipped: tuple[tuple[date, tuple[str, ...], str | None], ...] = field(default=())  # (day, reasons, name)
    ends_on_non_working: bool = False  # a restriction whose last day is a Saturday or holiday (it stays)

    @property
    def moved(self) -> bool:
        return self.end != self.nominal_end

    def length_text(self, language: str = "ko") -> str:
        """``10일``, ``3개월``, ``1개월 5일`` / ``10 days``, ``3 months``."""
        if _check_language(language) == "en":
            parts = [f"{n} {unit}{'' if n == 1 else 's'}" for n, unit in ((self.months, "month"), (self.days, "day"))
                     if n]
            return " and ".join(parts)
        return " ".join(f"{n}{unit}" for n, unit in ((self.months, "개월"), (self.days, "일")) if n)

    def explain(self, language: str = "ko") -> str:
        """``10일: 2026. 9. 15.–9. 24.; 9. 24.–27. 공휴일·토·일 → 2026. 9. 28.`` (or in English)."""
        language = _check_language(language)
        words = _WORDS[language]
        full = english_date if language == "en" else official_date
        span = (f"{full(self.start)} – {_short(self.nominal_end, self.start, language)}" if language == "en"
                else f"{full(self.start)}–{_short(self.nominal_end, self.start, language)}")
        text = f"{self.length_text(language)}: {span}"
        if self.moved:
            reasons = {reason for _, day_reasons, _ in self.skipped for reason in day_reasons}
            ordered = [words[key] for key in ("holiday", "saturday", "sunday") if key in reasons]
            skipped = _range(self.nominal_end, self.end - timedelta(days=1), self.start, language)
            separator = ": " if language == "en" else " "
            text += f"; {skipped}{separator}{words['joiner'].join(ordered)} → {full(self.end)}"
        elif self.ends_on_non_working:
            text += " (말일이 공휴일·토요일이어도 그날 만료)" if language == "ko" else (
                " (ends on its last day although that is not a working day)")
        return text + ("" if text.endswith(".") else ".")

    def holidays_passed(self, language: str = "ko") -> list[str]:
        """The names of the holidays the end moved over (``추석 전날``, ``추석``…), for a tooltip."""
        language = _check_language(language)
        names: list[str] = []
        for day, _, declared in self.skipped:
            name = _library_year(day.year, language).get(day) or declared
            if name and name not in names:
                names.append(name)
        return names


def _first_counted_day(given_on: date | datetime) -> date:
    """민법 157: the next day, unless the period starts at 00:00 (a datetime at midnight in Korea)."""
    if isinstance(given_on, datetime):
        local = given_on.astimezone(KST) if given_on.tzinfo else given_on
        return local.date() if local.time() == time(0) else local.date() + timedelta(days=1)
    return given_on + timedelta(days=1)


def period_to_act(calendar: Calendar, given_on: date | datetime, days: int = 0, *, months: int = 0) -> Period:
    """A period given to a person to act, counted from ``given_on`` (행정기본법 6 ①, 민법 157, 159–161)."""
    start = _first_counted_day(given_on)
    nominal = _nominal_end(start, days, months)
    end, day, skipped = nominal, nominal, []
    while calendar.is_non_working(day):
        skipped.append((day, calendar.reasons(day), calendar.holiday_name(day)))
        day += timedelta(days=1)
    end = day
    return Period(start, end, nominal, PeriodKind.TO_ACT, days, months, tuple(skipped))


def restriction_period(calendar: Calendar, start: date, *, days: int = 0, months: int = 0) -> Period:
    """A period that restricts rights, its first day counted, ending on its last day whatever day that is (6 ②)."""
    end = _nominal_end(start, days, months)
    return Period(start, end, end, PeriodKind.RESTRICTION, days, months,
                  ends_on_non_working=calendar.is_non_working(end))


def days_until(given_on: date | datetime, deadline: date) -> int:
    """How many days a period from ``given_on`` must have to end on ``deadline`` (0 or less: none)."""
    return (deadline - _first_counted_day(given_on)).days + 1


def period_ending(calendar: Calendar, given_on: date | datetime, deadline: date) -> Period:
    """The period to act that a deadline typed by hand amounts to; refused when it ends before it starts."""
    days = days_until(given_on, deadline)
    if days <= 0:
        raise PeriodError(translate("Periods", "The deadline {deadline} lies before the first day of the period "
                                    "({start}).").format(deadline=official_date(deadline),
                                                         start=official_date(_first_counted_day(given_on))),
                          field="deadline")
    return period_to_act(calendar, given_on, days)


def refuse_non_working_deadline(calendar: Calendar, deadline: date, period: Period, language: str) -> None:
    """A deadline typed on a Saturday, Sunday or holiday is refused, naming the day the law would end the period
    on (민법 Art. 161): the person picks that day or another working day."""
    if not calendar.is_non_working(deadline):
        return
    weekend = translate("Periods", "a Saturday") if deadline.weekday() == 5 else translate("Periods", "a Sunday")
    name = calendar.holiday_name(deadline, language) or weekend
    raise ValidationError(translate("Periods", "{deadline} is {day}, not a working day: by the law (민법 Art. 161) the "
                                    "period would run to {end}; choose that day or another working day.").format(
        deadline=official_date(deadline), day=name, end=official_date(period.end)), field="deadline")


def notice_effective_date(calendar: Calendar, published_on: date, days: int = NOTICE_DAYS) -> date:
    """The day a 고시/공고 takes effect when it states no date: when ``days`` days after publication have passed.

    The day of publication is not counted (민법 157, as 행정기본법 7 (2) for 법령등), the days run on calendar days
    and holidays do not move the end (행정기본법 7 (3)), and the notice takes effect at 00:00 of the next day:
    published on 2026. 7. 24. → 7. 25.–7. 29. pass → in force from 2026. 7. 30.
    """
    del calendar  # the end does not move over holidays; kept so every period is counted with one calendar
    if days <= 0:
        raise PeriodError(translate("Periods", "A period must be at least one day long."), field="days")
    return published_on + timedelta(days=days + 1)


def check_order(start: date, end: date, *, field_name: str = "end") -> None:
    """Refuse an end before its start (e.g. a deadline before the request)."""
    if end < start:
        raise PeriodError(translate("Periods", "The end {end} lies before the start {start}.")
                          .format(end=official_date(end), start=official_date(start)), field=field_name)
