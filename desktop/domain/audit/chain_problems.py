"""What a broken audit chain means, in words: the first event that was edited, deleted, inserted or moved, or the
first anchor (a chain head recorded in an issued document) that the trail no longer matches.

``Diagnosis`` is the slow path of verification: it runs once, at the first row that fails a check, and looks the
neighbours up to tell the kinds of tampering apart (rows as ``chain.row_select`` reads them:
``id, hash, 1, sequence, previous_hash, at, actor_id, actor_name, actor_role, action, …``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.core.formatting import official_datetime
from desktop.core.i18n import Plural, translate
from desktop.domain.audit.actions import action_name

Row = Sequence[Any]
ID, HASH, SEQUENCE, PREVIOUS, AT, ACTOR, ACTION = 0, 1, 3, 4, 5, 7, 9
RENUMBERED_SEARCH = 50  # how many removed events before a renumbered one the diagnosis looks for


class ProblemKind(StrEnum):
    EDITED = "edited"
    DELETED = "deleted"
    INSERTED = "inserted"
    REORDERED = "reordered"
    REWRITTEN = "rewritten"  # consistent from some point on, but not with a chain head recorded outside


@dataclass(frozen=True)
class Anchor:
    """A chain head known from outside the database: (sequence, hash) and where it was recorded."""

    sequence: int
    hash: str
    source: str = ""


@dataclass(frozen=True)
class ChainProblem:
    kind: ProblemKind
    sequence: int  # the event named (for a deletion: the first missing number)
    event_id: int | None  # its row, when there is one
    message: str


@dataclass(frozen=True)
class ChainReport:
    events: int
    head_sequence: int
    head_hash: str
    problem: ChainProblem | None
    anchors: int = 0

    @property
    def intact(self) -> bool:
        return self.problem is None

    def summary(self) -> str:
        """One line: "12,345 events, chain intact, head #12345 3f2a9c0e1b7d…", or the first problem."""
        if self.problem is not None:
            return self.problem.message
        line = Plural.tr("{count} event(s), chain intact, head #{sequence} {hash}…", "", self.events).format(
            count=f"{self.events:,}", sequence=self.head_sequence, hash=self.head_hash[:16])
        if self.anchors:
            line += " " + Plural.tr("(%n recorded chain head(s) matched)", "", self.anchors)
        return line


def describe(row: Row) -> str:
    """An event as a person finds it in the log: "#123 (2026. 11. 7. 11:00, 김하늘, File attached)"."""
    try:
        moment = official_datetime(datetime.fromisoformat(str(row[AT])).replace(tzinfo=UTC))
    except ValueError:
        moment = str(row[AT])
    return translate("AuditChain", "#{sequence} ({time}, {user}, {action})").format(
        sequence=row[SEQUENCE], time=moment, user=row[ACTOR], action=action_name(str(row[ACTION])))


class Diagnosis:
    """Names the first problem at a row that failed the hot checks of ``verify_chain``."""

    def __init__(self, session: Session, select_sql: str, content: Callable[[Row], str],
                 digest: Callable[[str], str]) -> None:
        self.session, self.select_sql, self.content, self.digest = session, select_sql, content, digest
        self.matched_anchor: Anchor | None = None

    def _rows(self, where: str, **params: Any) -> list[Row]:
        return list(self.session.execute(text(f"{self.select_sql} {where} ORDER BY sequence, id"), params))

    def _intact(self, row: Row) -> bool:
        try:
            return self.digest(self.content(row)) == row[HASH]
        except (TypeError, ValueError):  # not even text any more
            return False

    def _problem(self, kind: ProblemKind, row: Row | None, message: str, sequence: int | None = None) -> ChainProblem:
        number = sequence if sequence is not None else row[SEQUENCE] if row is not None else 0
        event_id = row[ID] if row is not None and isinstance(row[ID], int) else None
        return ChainProblem(kind, number if isinstance(number, int) else 0, event_id, message)

    def edited(self, row: Row) -> ChainProblem:
        return self._problem(ProblemKind.EDITED, row, translate(
            "AuditChain", "Event {event} was changed after it was recorded: its content no longer matches its "
            "hash.").format(event=describe(row)))

    def first_problem(self, row: Row, previous_row: Row | None, expected: int, previous_hash: str) -> ChainProblem:
        sequence = row[SEQUENCE]
        if not isinstance(sequence, int) or not isinstance(row[ID], int):  # not even numbers any more
            return self.edited(row)
        if previous_row is not None and sequence == previous_row[SEQUENCE]:
            return self._duplicate(previous_row, row)
        if sequence != expected:
            if isinstance(sequence, int) and sequence > expected:
                return self._gap(previous_row, row, expected)
            return self._problem(ProblemKind.INSERTED, row, translate(
                "AuditChain", "Event {event} does not belong in the trail: its number is not the next one.")
                .format(event=describe(row)))
        if row[PREVIOUS] != previous_hash:
            return self._broken_link(row, previous_row)
        if not self._intact(row) or previous_row is None or not isinstance(previous_row[ID], int) \
                or row[ID] > previous_row[ID]:
            return self.edited(row)
        return self._problem(ProblemKind.REORDERED, row, translate(
            "AuditChain", "Events {earlier} and {later} are out of order: {later} was recorded after {earlier} but "
            "is stored before it.").format(earlier=describe(previous_row), later=describe(row)))

    def _gap(self, previous_row: Row | None, row: Row, expected: int) -> ChainProblem:
        missing = row[SEQUENCE] - expected
        where = (translate("AuditChain", "between {before} and {after}").format(
            before=describe(previous_row), after=describe(row)) if previous_row is not None
            else translate("AuditChain", "before {after}").format(after=describe(row)))
        return self._problem(ProblemKind.DELETED, row, Plural.tr(
            "Deleted: %n event(s) {where}; number {first} is missing.", "", missing).format(
            where=where, first=expected), sequence=expected)

    def _duplicate(self, first: Row, second: Row) -> ChainProblem:
        """Two events with one number: the one the next event does not follow is the intruder."""
        followed = {h for (h,) in self.session.execute(
            text("SELECT previous_hash FROM audit_events WHERE previous_hash IN (:a, :b)"),
            {"a": first[HASH], "b": second[HASH]})}
        second_fits = self._intact(second) and second[PREVIOUS] == first[PREVIOUS]
        intruder = first if second_fits and second[HASH] in followed and first[HASH] not in followed else second
        return self._problem(ProblemKind.INSERTED, intruder, translate(
            "AuditChain", "Event {event} does not belong in the trail: another event already has its number.")
            .format(event=describe(intruder)))

    def _broken_link(self, row: Row, previous_row: Row | None) -> ChainProblem:
        followed = [r for r in self._rows("WHERE hash = :h", h=row[PREVIOUS]) if r[ID] != row[ID]]
        if followed:
            target = followed[0]
            if target[SEQUENCE] > row[SEQUENCE]:
                return self._problem(ProblemKind.REORDERED, row, translate(
                    "AuditChain", "Event {event} was moved: it follows {other}, which now comes after it.")
                    .format(event=describe(row), other=describe(target)))
            if previous_row is not None and target[SEQUENCE] < previous_row[SEQUENCE]:
                intruders = self._rows("WHERE sequence > :a AND sequence < :b", a=target[SEQUENCE],
                                       b=row[SEQUENCE]) or [previous_row]
                return self._problem(ProblemKind.INSERTED, intruders[0], translate(
                    "AuditChain", "Event {event} does not belong in the trail: {next} follows {earlier} directly.")
                    .format(event=describe(intruders[0]), next=describe(row), earlier=describe(target)))
            return self.edited(row)
        if self._intact(row):  # the row is as written: the one before it was changed and given a new hash
            if previous_row is None:
                return self.edited(row)
            return self._problem(ProblemKind.EDITED, previous_row, translate(
                "AuditChain", "Event {event} was changed after it was recorded and given a new hash: the event "
                "after it no longer follows it.").format(event=describe(previous_row)))
        for removed in range(1, RENUMBERED_SEARCH + 1):
            renumbered = list(row)
            renumbered[SEQUENCE] = row[SEQUENCE] + removed
            if self._intact(renumbered):
                return self._problem(ProblemKind.DELETED, row, Plural.tr(
                    "Deleted: %n event(s) before {event}; the later events were renumbered to close the gap.",
                    "", removed).format(event=describe(row)))
        return self.edited(row)

    def against_anchor(self, row: Row, anchor: Anchor) -> ChainProblem | None:
        """The row at an anchor's number must carry the hash recorded outside; None when it does."""
        if row[HASH] == anchor.hash:
            self.matched_anchor = anchor
            return None
        since = self.matched_anchor
        return self._problem(ProblemKind.REWRITTEN, row, translate(
            "AuditChain", "The trail was rewritten: event {event} is not the one {source} recorded as the last "
            "event when it was issued; the change lies between event #{since} and this one.").format(
            event=describe(row), source=anchor.source or translate("AuditChain", "an issued document"),
            since=since.sequence if since else 1))

    def at_the_end(self, last_row: Row | None, head: tuple[int, str] | None,
                   missing_anchors: list[Anchor]) -> ChainProblem | None:
        """After the last row: anchors beyond it, and the head row that every write keeps."""
        last = int(last_row[SEQUENCE]) if last_row is not None else 0
        if missing_anchors:
            anchor = missing_anchors[0]
            return self._problem(ProblemKind.DELETED, None, translate(
                "AuditChain", "Event #{sequence}, which {source} recorded, is missing: the trail ends at #{last}.")
                .format(sequence=anchor.sequence, source=anchor.source or translate(
                    "AuditChain", "an issued document"), last=last), sequence=anchor.sequence)
        head_sequence, head_hash = head if head is not None else (0, "")
        if head_sequence > last:
            return self._problem(ProblemKind.DELETED, None, Plural.tr(
                "Deleted: %n event(s) at the end of the trail, which ends at #{last} though the last event "
                "written was #{head}.", "", head_sequence - last).format(last=last, head=head_sequence),
                sequence=last + 1)
        if last_row is None:
            return None
        if head_sequence < last:
            intruder = self._rows("WHERE sequence = :s", s=head_sequence + 1)[0]
            return self._problem(ProblemKind.INSERTED, intruder, translate(
                "AuditChain", "Event {event} does not belong in the trail: it was added after the last event the "
                "application wrote (#{head}).").format(event=describe(intruder), head=head_sequence))
        if head_hash != last_row[HASH]:
            return self._problem(ProblemKind.EDITED, last_row, translate(
                "AuditChain", "Event {event} is not the last event the application wrote: it was changed and given "
                "a new hash.").format(event=describe(last_row)))
        return None
