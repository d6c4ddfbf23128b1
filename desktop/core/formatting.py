"""Dates, times, scores and amounts written the way Korean official documents write them."""

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from desktop.core.clock import KST

_DIGITS = "영일이삼사오육칠팔구"
_SMALL_UNITS = ("", "십", "백", "천")
_LARGE_UNITS = ("", "만", "억", "조", "경")
_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December")


def official_date(value: date | datetime) -> str:
    """``2026. 11. 24.`` (a datetime is shown in Korean time)."""
    if isinstance(value, datetime):
        value = value.astimezone(KST).date() if value.tzinfo else value.date()
    return f"{value.year}. {value.month}. {value.day}."


def official_time(value: datetime) -> str:
    """``14:30`` in Korean time."""
    local = value.astimezone(KST) if value.tzinfo else value
    return f"{local.hour:02d}:{local.minute:02d}"


def official_datetime(value: datetime) -> str:
    return f"{official_date(value)} {official_time(value)}"


def english_date(value: date | datetime) -> str:
    """``24 November 2026``, whatever the process locale (``strftime('%B')`` would follow LC_TIME)."""
    if isinstance(value, datetime):
        value = value.astimezone(KST).date() if value.tzinfo else value.date()
    return f"{value.day} {_ENGLISH_MONTHS[value.month - 1]} {value.year}"


def round_half_up(value: Decimal | float | int, places: int = 2) -> Decimal:
    """Round half up (not banker's rounding), as the scoring rules require."""
    quantum = Decimal(1).scaleb(-places)
    return Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)


def score_text(value: Decimal | float | int | None, places: int = 2) -> str:
    return "" if value is None else f"{round_half_up(value, places):.{places}f}"


def korean_number_words(n: int) -> str:
    """113560 → ``일십일만삼천오백육십`` (the official style writes 일 before every unit)."""
    if n < 0:
        raise ValueError("negative amount")
    if n == 0:
        return _DIGITS[0]
    groups: list[str] = []
    index = 0
    while n:
        n, group = divmod(n, 10000)
        if group:
            words = ""
            for position in range(3, -1, -1):
                digit = (group // 10**position) % 10
                if digit:
                    words += _DIGITS[digit] + _SMALL_UNITS[position]
            groups.append(words + _LARGE_UNITS[index])
        index += 1
    return "".join(reversed(groups))


def official_amount(won: int) -> str:
    """``금113,560원(금일십일만삼천오백육십원)``."""
    return f"금{won:,}원(금{korean_number_words(won)}원)"
