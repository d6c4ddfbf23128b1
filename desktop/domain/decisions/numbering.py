"""Gapless numbers per series and year, safe under concurrent use.

The counter row is locked (SELECT … FOR UPDATE on PostgreSQL; SQLite serialises writers with
BEGIN IMMEDIATE) inside the caller's transaction, so a rolled-back issue gives its number back.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.decisions.models import NumberSequence


def take_number(session: Session, series: str, year: int) -> int:
    sequence = session.scalars(
        select(NumberSequence).where(NumberSequence.series == series, NumberSequence.year == year)
        .with_for_update()
    ).first()
    if sequence is None:
        sequence = NumberSequence(series=series, year=year, last=0)
        session.add(sequence)
    sequence.last += 1
    session.flush()
    return sequence.last
