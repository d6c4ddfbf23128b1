"""What a correcting decision changes against the decision it supersedes, and the dates of a designation.

The rule (README "Corrections"): a correction is a new decision with its own number, and that number becomes the
designation number (the old one is named as replaced); the designation date (지정일) of a designation that stays a
designation is kept; what the correction changes has effect from the correction's own date.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.clock import KST
from desktop.domain.decisions.models import Decision
from desktop.domain.issued.models import DocumentKind
from desktop.domain.issued.service import current_content

# What a correction may change, in the order the notice lists it.
COMPARED = ("outcome", "scope", "outputs", "conditions", "reasons")


@dataclass(frozen=True)
class Change:
    """One changed matter: ``field`` is one of COMPARED; values are keys (outcome, scope, output) or, for the
    texts, empty (the new text is printed in the body)."""

    field: str
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


def local_day(moment: datetime | None) -> date | None:
    """The Korean calendar day of a moment (a decision's date is its issue day in Korea)."""
    if moment is None:
        return None
    return moment.astimezone(KST).date() if moment.tzinfo else moment.date()


def _values(field: str, value: Any) -> tuple[str, ...]:
    if field in ("scope", "outputs"):
        return tuple(value or ())
    return (str(value),) if field == "outcome" else ()


def changes(session: Session, old: Decision, new: dict[str, Any]) -> tuple[Change, ...]:
    """The matters in which ``new`` (the notice fields of the correcting decision) differs from ``old`` as it
    was issued (its frozen notice; the row itself when nothing was frozen)."""
    frozen = current_content(session, DocumentKind.DECISION_NOTICE, "decisions", old.id)
    before: dict[str, Any] = dict(frozen.content) if frozen is not None else {
        "outcome": old.outcome.value, "conditions": old.conditions, "reasons": old.reasons}
    found = []
    for field in COMPARED:
        if field not in before:
            continue
        old_value = before[field]
        new_value = new[field]
        if field in ("scope", "outputs"):
            old_value, new_value = tuple(old_value or ()), tuple(new_value or ())
        elif field == "outcome":
            old_value, new_value = str(old_value), str(getattr(new_value, "value", new_value))
        else:
            old_value, new_value = str(old_value or "").strip(), str(new_value or "").strip()
        if old_value != new_value:
            found.append(Change(field, _values(field, old_value), _values(field, new_value)))
    return tuple(found)
