"""What an earlier area must ask a later one: the earlier area declares a ``Hook``, the later area implements it,
so imports follow the procedure order (pyproject's layers contract) and a check is never silently skipped.

Every hook is required: the first call of a hook not implemented yet loads ``desktop.domain.wiring`` (every
implementing area), and one still not implemented then raises ``HookMissing`` (fail closed). So a check is in place
wherever it is asked for, while a command that asks for none (printing an issued document) loads only its own areas.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Generic, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


class HookMissing(RuntimeError):
    """A required hook was called before its area implemented it: the caller refuses rather than skip the check."""


class Hook(Generic[P, R]):
    """One required implementation of a check or step, provided by the later area named in ``provider``."""

    def __init__(self, name: str, provider: str) -> None:
        self.name = name
        self.provider = provider
        self._implementation: Callable[P, R] | None = None
        DECLARED.append(self)

    def implement(self, function: Callable[P, R]) -> Callable[P, R]:
        """Register ``function`` as the implementation (a decorator); a second, different one is refused."""
        current = self._implementation
        if current is not None and _where(current) != _where(function):
            raise RuntimeError(f"Hook {self.name} is implemented already, by {_where(current)}.")
        self._implementation = function
        return function

    @property
    def implemented(self) -> bool:
        return self._implementation is not None

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        if self._implementation is None:
            load_implementations()
        if self._implementation is None:
            raise HookMissing(f"Hook {self.name} is not implemented: the {self.provider} area was never loaded.")
        return self._implementation(*args, **kwargs)

    def __repr__(self) -> str:
        return f"Hook({self.name!r}, provider={self.provider!r}, implemented={self.implemented})"


DECLARED: list[Hook] = []  # every hook declared so far, in the order the areas were loaded


def _where(function: Callable[..., object]) -> str:
    return f"{function.__module__}.{function.__qualname__}"


def load_implementations() -> None:
    """Import every module that implements a hook (``desktop.domain.wiring``); a no-op once loaded."""
    importlib.import_module("desktop.domain.wiring")


def unimplemented() -> list[str]:
    """The names of declared hooks that no area has implemented (empty once ``load_implementations`` ran)."""
    return [hook.name for hook in DECLARED if not hook.implemented]
