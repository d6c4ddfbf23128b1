"""The rules of a sanction, as pure functions: periods, limitation, the hearing's notice, what a ground allows."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop.core.errors import ValidationError
from desktop.core.formatting import official_date
from desktop.core.i18n import translate
from desktop.core.periods import Calendar, Period, period_to_act, restriction_period
from desktop.domain.sanctions.models import DispositionKind, Ground

OPINION_MIN_DAYS = 10  # 행정절차법 Art. 21 ③: at least 10 days to submit an opinion
HEARING_NOTICE_DAYS = 10  # 행정절차법 Art. 21 ②: the hearing's notice 10 days before it starts
MAX_SUSPENSION_MONTHS = 6  # Act Art. 31 ①
LIMITATION_YEARS = 5  # 행정기본법 Art. 23 ①


def opinion_period(days_off: Calendar, sent_at: datetime, days: int) -> Period:
    """The period to submit an opinion (민법 157–161 through 행정기본법 6 ①), at least 10 days."""
    if days < OPINION_MIN_DAYS:
        raise ValidationError(translate("Sanctions", "The period to submit an opinion must be at least {days} days "
                                        "(행정절차법 Art. 21 ③).").format(days=OPINION_MIN_DAYS), field="opinion_days")
    return period_to_act(days_off, sent_at, days)


def earliest_hearing_day(notified_on: date) -> date:
    """The first day a hearing notified on ``notified_on`` may be held (notice 10 days before it)."""
    return notified_on + timedelta(days=HEARING_NOTICE_DAYS)


def check_hearing_day(notified_on: date, hearing_on: date) -> None:
    """A hearing less than 10 days after its notice is refused, naming the earliest day allowed."""
    earliest = earliest_hearing_day(notified_on)
    if hearing_on < earliest:
        raise ValidationError(translate(
            "Sanctions", "The hearing must be notified at least {days} days before it is held (행정절차법 Art. 21 ②): "
            "with notice on {notice}, the earliest hearing date is {earliest}").format(
            days=HEARING_NOTICE_DAYS, notice=official_date(notified_on), earliest=official_date(earliest)),
            field="hearing_on")


def last_day_to_sanction(breach_ended_on: date) -> date:
    """The last day a sanction can be disposed: 5 years after the breach ended (행정기본법 Art. 23 ①)."""
    return restriction_period(Calendar(), breach_ended_on + timedelta(days=1), months=12 * LIMITATION_YEARS).end


def check_limitation(ground: Ground, breach_ended_on: date, on: date) -> None:
    """No sanction 5 years after the breach ended, except for a designation obtained by fraud (Art. 23 ② item 1)."""
    if ground == Ground.FRAUD:
        return
    if breach_ended_on > on:
        raise ValidationError(translate("Sanctions", "The day the breach ended ({day}) lies in the future.")
                              .format(day=official_date(breach_ended_on)), field="breach_ended_on")
    last = last_day_to_sanction(breach_ended_on)
    if on > last:
        raise ValidationError(translate(
            "Sanctions", "The breach ended on {ended}: more than {years} years have passed (the last day to sanction "
            "was {last}), so no sanction may be imposed (행정기본법 Art. 23 ①).").format(
            ended=official_date(breach_ended_on), years=LIMITATION_YEARS, last=official_date(last)),
            field="breach_ended_on")


def check_kind_for_ground(ground: Ground, kind: DispositionKind) -> None:
    """A designation obtained by fraud must be revoked (Act Art. 31 ① proviso): no suspension."""
    if ground == Ground.FRAUD and kind != DispositionKind.REVOCATION:
        raise ValidationError(translate("Sanctions", "A designation obtained by fraud must be revoked (Act Art. 31 ① "
                                        "proviso); a suspension is not allowed."), field="kind")


def suspension_period(days_off: Calendar, starts_on: date, months: int, days: int) -> Period:
    """The suspension's days, its first day counted and its end kept on a holiday (행정기본법 Art. 6 ②), 1 day to
    6 months long."""
    if months < 0 or days < 0 or months + days <= 0:
        raise ValidationError(translate("Sanctions", "A suspension lasts at least one day."), field="months")
    period = restriction_period(days_off, starts_on, days=days, months=months)
    longest = restriction_period(days_off, starts_on, months=MAX_SUSPENSION_MONTHS)
    if period.end > longest.end:
        raise ValidationError(translate(
            "Sanctions", "A suspension lasts at most {months} months (Act Art. 31 ①): from {start} it must end by "
            "{last}, not {end}").format(months=MAX_SUSPENSION_MONTHS, start=official_date(starts_on),
                                         last=official_date(longest.end), end=official_date(period.end)),
            field="months")
    return period
