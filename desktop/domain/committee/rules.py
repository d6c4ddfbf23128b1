"""Committee rules as pure functions: quorum, conflict suggestions and the outcome of a challenge vote."""

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.domain.applications.models import ConflictGround
from desktop.domain.settings.catalogue import LOOKBACK_YEARS, QUORUM_RATIO


@dataclass(frozen=True)
class Quorum:
    seats: int
    present: int
    required: int

    @property
    def met(self) -> bool:
        return self.seats > 0 and self.present >= self.required


def quorum(seats: int, present: int, ratio: Decimal = QUORUM_RATIO.default_value) -> Quorum:
    """Quorate when more than ``ratio`` of the seated members are present (default: a majority)."""
    required = math.floor(Decimal(seats) * ratio) + 1
    return Quorum(seats, present, min(required, seats) if seats else 1)


def challenge_upheld(votes_to_uphold: int, eligible_voters: int) -> bool:
    """A challenge is upheld by a majority of the members entitled to vote (the challenged member excluded)."""
    return eligible_voters > 0 and votes_to_uphold * 2 > eligible_voters


@dataclass(frozen=True)
class PastTie:
    """A member's affiliation as the suggestion rule sees it."""

    organisation: str
    institution_id: int | None
    relation: str  # employment / service
    start: date | None
    end: date | None  # None: current


@dataclass(frozen=True)
class Suggestion:
    ground: ConflictGround
    organisation: str
    relation: str
    current: bool
    end: date | None


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def suggest_conflicts(ties: Iterable[PastTie], applicant_id: int, applicant_name: str, parent_id: int | None,
                      parent_name: str | None, on: date, lookback_years: int = LOOKBACK_YEARS.default_value,
                      current_affiliation: str = "") -> list[Suggestion]:
    """Likely conflicts: a current or recent (within ``lookback_years``) tie to the applicant or its parent.

    Employment suggests exclusion ground 6 (works or worked for the applicant); a declared service to it
    (consulting, advice, research) suggests ground 3 (directly involved).
    """
    ids = {applicant_id} | ({parent_id} if parent_id else set())
    names = {applicant_name.strip()} | ({parent_name.strip()} if parent_name else set())
    since = _years_before(on, lookback_years)
    found = []
    for tie in ties:
        matches = tie.institution_id in ids if tie.institution_id else tie.organisation.strip() in names
        recent = tie.end is None or tie.end >= since
        if matches and recent:
            ground = ConflictGround.DIRECT_INVOLVEMENT if tie.relation == "service" else ConflictGround.EMPLOYMENT
            found.append(Suggestion(ground, tie.organisation, tie.relation, tie.end is None, tie.end))
    if current_affiliation.strip() in names and not any(s.current and s.relation == "employment" for s in found):
        found.append(Suggestion(ConflictGround.EMPLOYMENT, current_affiliation.strip(), "employment", True, None))
    return found
