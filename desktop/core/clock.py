"""The one source of the current time, so tests and the demo can fix it."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, timezone

KST = timezone(timedelta(hours=9), "KST")


def _real_now() -> datetime:
    return datetime.now(UTC)


_now: Callable[[], datetime] = _real_now


def now() -> datetime:
    """Aware UTC now."""
    return _now()


def today() -> date:
    """Today's date in Korea, where the procedure runs."""
    return now().astimezone(KST).date()


def set_clock(function: Callable[[], datetime] | None) -> Callable[[], datetime]:
    """Replace the clock (tests, demo data); ``None`` restores the real one. Returns the clock it replaced."""
    global _now
    previous = _now
    _now = function or _real_now
    return previous


@contextmanager
def clock_set_to(function: Callable[[], datetime]) -> Iterator[None]:
    """Use ``function`` as the clock inside the block, then put the previous clock back."""
    previous = set_clock(function)
    try:
        yield
    finally:
        set_clock(previous)
