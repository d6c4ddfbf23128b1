"""What every page and dialog is given: the database, the acting user and the business settings.

No global application singleton: the main window builds one ``AppContext`` after login and passes it down.
"""

from dataclasses import dataclass, field
from typing import Any

from desktop.db.engine import Database
from desktop.domain.accounts.permissions import Actor, Permission


@dataclass
class AppContext:
    database: Database
    actor: Actor
    settings: dict[str, Any] = field(default_factory=dict)
    language: str = "ko"

    def may(self, permission: Permission) -> bool:
        return self.actor.may(permission)
