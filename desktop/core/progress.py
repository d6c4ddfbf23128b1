"""Long work is written as generators that yield progress ``(done, total, message)`` and return their result."""

from collections.abc import Callable, Generator
from typing import Any, TypeVar

Result = TypeVar("Result")


def run_to_end(steps: Generator[Any, Any, Result],
               progress: Callable[[Any], None] | None = None) -> Result:
    """Drive a progress generator to its end (handing each report to ``progress``, if given) and return its
    result; the generator is closed whatever happens."""
    try:
        while True:
            report = next(steps)
            if progress is not None:
                progress(report)
    except StopIteration as stop:
        return stop.value
    finally:
        steps.close()
