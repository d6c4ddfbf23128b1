"""``audit/events.json`` of a case dossier: the application's audit events, each with what lets a reader check it.

Every listed event carries its stored fields, its canonical content exactly as the chain hashed it (format 1,
``desktop/domain/audit/chain.py``), its hash and the hash of the event before it. A reader recomputes each hash
from the canonical content, checks that the content states the fields listed, and, where two listed events follow
each other in the trail, that the later one names the earlier one's hash. Events of other applications between them
are not in the dossier, not even their hashes: without their contents their hashes could not be recomputed, so they
would prove nothing. What ties the listed events to the whole trail is the signed manifest (the authority verified
the whole chain through event N when it made the dossier) and the chain heads sealed into the signed documents.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.domain.accounts.models import COMMITTEE_ROLES
from desktop.domain.accounts.permissions import Actor
from desktop.domain.audit.chain import GENESIS, row_content, stored_rows
from desktop.domain.audit.chain_problems import ChainReport
from desktop.domain.audit.service import record
from desktop.issuing.dossier_data import CaseRecords

DOSSIER_ACTION = "dossier.export"
"""The audit action of making a dossier. Not listed in dossiers, and not their "as of" point, so that a dossier
made again from unchanged records is the same file."""
MEMBER_RECORDS = frozenset({"score_sheets", "conflict_declarations", "challenges"})
DELETABLE = ("attachments", "inspection_evidence", "decisions")  # records whose events outlive their rows
ROUND_WIDE = frozenset({"rounds", "committee_meetings"})  # their events concern every applicant: not listed
WITHHELD_NAMES = "a committee member's record: the round shows members as seats, not by name"
WITHHELD_BLIND = "a score sheet's record: the sheets are not shown until every member has submitted"
HOW_TO_CHECK = (
    "hash = SHA-256 (hex) of the UTF-8 bytes of canonical_content.",
    "canonical_content = the compact JSON array [1, sequence, previous_hash, at, actor_id, actor_name, actor_role, "
    "action, entity_type, entity_id, summary, reason, length of before, length of after] (lengths in characters, "
    "-1 for null) followed by the before and after JSON texts as stored.",
    "Where two listed events have consecutive sequence numbers, the later one's previous_hash is the earlier one's "
    "hash; the first event of the trail has 64 zeros.",
    "Events of other records between them are not listed; a withheld event lists only its number, time, action, "
    "record and hashes, which cannot be recomputed from the dossier.",
    "chain.verified_through: the whole trail was verified from its first event through this one when the dossier "
    "was made; each signed document also seals the chain head (audit_head) of the moment it was issued.",
)


@dataclass(frozen=True)
class ChainPoint:
    """Where the dossier stands in the audit trail: the last event that is not itself a dossier export."""

    sequence: int
    hash: str
    at: str


def chain_point(session: Session) -> ChainPoint:
    row = session.execute(text(
        "SELECT sequence, hash, at FROM audit_events WHERE action != :action ORDER BY sequence DESC LIMIT 1"),
        {"action": DOSSIER_ACTION}).first()
    if row is None:
        return ChainPoint(0, GENESIS, "")
    return ChainPoint(int(row[0]), str(row[1]), str(row[2]))


def _about(records: CaseRecords) -> str:
    """The SQL condition on (entity_type, entity_id) of the events about the application's records."""
    clauses = []
    for entity_type, ids in sorted(records.refs.items()):
        if ids and entity_type.isidentifier() and entity_type not in ROUND_WIDE:
            listed = ",".join(str(int(i)) for i in sorted(ids))
            clauses.append(f"(entity_type = '{entity_type}' AND entity_id IN ({listed}))")
    for table in DELETABLE:  # a removed file, a discarded draft: matched below by what the event says
        clauses.append(f"(entity_type = '{table}' AND entity_id NOT IN (SELECT id FROM {table}))")
    return " OR ".join(clauses)


def _mentions(row: Any, records: CaseRecords, numbers: tuple[str, ...]) -> bool:
    """An event of a record deleted since: it belongs here when it names the application or one of its records."""
    summary = str(row[12] or "")
    if any(summary.startswith(f"{number}:") or summary.startswith(f"{number} ") for number in numbers):
        return True
    for value in (row[16], row[17]):
        try:
            data = json.loads(value) if value else None
        except ValueError:
            continue
        if isinstance(data, dict) and data.get("application_id") == records.application.id:
            return True
    return False


def event_rows(session: Session, records: CaseRecords, through: ChainPoint) -> list[Any]:
    """The stored rows (``row_select``) of the application's events up to the dossier's point, in chain order."""
    rows = stored_rows(session, f"WHERE sequence <= :through AND action != :action AND ({_about(records)}) "
                                "ORDER BY sequence", through=through.sequence, action=DOSSIER_ACTION)
    numbers = (records.application.number,
               *(str(r["number"]) for r in records.tables.get("inspections", ())))
    return [row for row in rows if not (row[10] in DELETABLE and int(row[11] or 0) not in
                                        records.refs.get(row[10], ())) or _mentions(row, records, numbers)]


def withheld_reason(row: Any, records: CaseRecords) -> str:
    """Why an event's content stays out of the dossier ("" when it is shown)."""
    if row[10] == "score_sheets" and not records.sheets_visible:
        return WITHHELD_BLIND
    if records.hide_names and (row[10] in MEMBER_RECORDS or row[8] in COMMITTEE_ROLES):
        return WITHHELD_NAMES
    return ""


def _json(value: str | None) -> Any:
    try:
        return json.loads(value) if value is not None else None
    except ValueError:
        return value


def event_entry(row: Any, withheld: str) -> dict[str, Any]:
    """One event as listed: every stored field and its canonical content, or only its place when withheld."""
    place = {"sequence": row[3], "at": row[5], "action": row[9], "entity_type": row[10], "entity_id": row[11]}
    if withheld:
        return {**place, "previous_hash": row[4], "hash": row[1], "withheld": withheld}
    return {**place, "actor_id": row[6], "actor_name": row[7], "actor_role": row[8], "summary": row[12],
            "reason": row[13], "before": _json(row[16]), "after": _json(row[17]), "previous_hash": row[4],
            "hash": row[1], "canonical_content": row_content(row)}


def audit_json(session: Session, records: CaseRecords, through: ChainPoint, report: ChainReport) -> dict[str, Any]:
    """``audit/events.json``: the events, the chain point they are proven against, and how to check them."""
    entries = [event_entry(row, withheld_reason(row, records)) for row in event_rows(session, records, through)]
    return {
        "format": "designation-review-dossier-audit",
        "format_version": 1,
        "canonical_format": 1,
        "application": records.application.number,
        "chain": {"verified_through": {"sequence": through.sequence, "hash": through.hash, "at": through.at},
                  "document_anchors_checked": report.anchors},
        "how_to_check": list(HOW_TO_CHECK),
        "events": entries,
    }



def record_dossier(session: Session, actor: Actor, application: Any, files: int, manifest_sha256: str,
                   through: ChainPoint) -> None:
    """The audit event of a dossier made: which application, how many files, the manifest's fingerprint."""
    record(session, actor, DOSSIER_ACTION, entity_type="applications", entity_id=application.id,
           summary=f"{application.number}: {files} files, manifest {manifest_sha256[:16]}",
           after={"files": files, "manifest_sha256": manifest_sha256, "audit_through": through.sequence})
