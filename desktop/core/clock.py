"""The one source of the current time, so tests can fix it."""

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

KST = timezone(timedelta(hours=9), "KST")

_now: Callable[[], datetime] = lambda: datetime.now(UTC)  # noqa: E731


def now() -> datetime:
    """Aware UTC now."""
    return _now()


def today() -> date:
    """Today's date in Korea, where the procedure runs."""
    return now().astimezone(KST).date()


def set_clock(function: Callable[[], datetime] | None) -> None:
    """Replace the clock (tests, demo data); ``None`` restores the real one."""
    global _now
    _now = function or (lambda: datetime.now(UTC))
