"""Gapless numbers per series and year (decisions, notices, supplement requests), safe under concurrent use.

The counter row is locked (SELECT … FOR UPDATE on PostgreSQL; SQLite serialises writers with
BEGIN IMMEDIATE) inside the caller's transaction, so a rolled-back issue gives its number back.
The first number of a year creates the row in a savepoint; a concurrent creator wins and we lock theirs.
"""

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain.issued.models import NumberSequence


def _locked(session: Session, series: str, year: int) -> NumberSequence | None:
    return session.scalars(
        select(NumberSequence).where(NumberSequence.series == series, NumberSequence.year == year)
        .with_for_update()
    ).first()


def take_number(session: Session, series: str, year: int) -> int:
    sequence = _locked(session, series, year)
    if sequence is None:
        try:
            with session.begin_nested():
                session.add(NumberSequence(series=series, year=year, last=0))
        except IntegrityError:
            pass  # another transaction created it first
        sequence = _locked(session, series, year)
        assert sequence is not None
    sequence.last += 1
    session.flush()
    return sequence.last
