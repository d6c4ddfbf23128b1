"""Decision numbers as typed (제2026-0001호, 2026-0001, 2026-1) and the decision they name; a module of its own so
that printing an issued decision does not load the decision services."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.domain.decisions.models import Decision


def parse_decision_number(text: str) -> tuple[int, int]:
    """Accept ``제2026-0001호``, ``2026-0001`` or ``2026-1``."""
    cleaned = text.strip().removeprefix("제").removesuffix("호")
    year, _, seq = cleaned.partition("-")
    if not (year.isdigit() and seq.isdigit() and len(year) == 4):
        raise ValidationError(
            translate("Decisions", "'{text}' is not a decision number; write it like 제2026-0001호 or 2026-0001.")
            .format(text=text), field="number",
        )
    return int(year), int(seq)


def find_decision(session: Session, number: str) -> Decision:
    year, sequence = parse_decision_number(number)
    decision = session.scalars(select(Decision).where(Decision.year == year, Decision.sequence == sequence)).first()
    if decision is None:
        raise NotFound(translate("Decisions", "There is no issued decision {number}.")
                       .format(number=f"제{year}-{sequence:04d}호"))
    return decision
