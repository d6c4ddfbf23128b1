"""Qt-free domain: ORM models, pure rules and use-case services per area, in procedure order (pyproject's layers
contract); a later area implements the hooks an earlier one declares, and ``wiring`` loads them all the first time
any hook is called (desktop/domain/hooks.py), so a command imports only the areas it uses."""
