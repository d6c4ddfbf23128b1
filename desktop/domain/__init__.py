"""Qt-free domain: ORM models, pure rules and use-case services per area, in procedure order (pyproject's layers
contract); a later area implements the hooks an earlier one declares, and ``wiring`` loads them all here."""

from desktop.domain import wiring  # noqa: F401 - every hook is implemented before any service runs
