"""The demo publishes its two public lists as of the demo day — the designated institutes and the sanctions —
through the publication service, so the Registry page's "Published lists" shows them issued and numbered."""

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Actor
from desktop.domain.issued.kind import DocumentKind
from desktop.issuing.publication_kinds import publish

MoveClock = Callable[[date, int], None]


def publish_public_lists(session: Session, secretariat: Actor, at: MoveClock, real_today: date) -> list[int]:
    """Publish the list of designated institutes, then the list of sanctions, as of ``real_today`` (in the
    morning, before the demo's reference hour); returns the publications' ids."""
    at(real_today, 8)
    return [publish(session, secretariat, kind, real_today)
            for kind in (DocumentKind.REGISTRY_LIST, DocumentKind.SANCTIONS_LIST)]
