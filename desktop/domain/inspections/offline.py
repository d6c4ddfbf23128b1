"""Offline round trip on the database side: export an inspection to an offline file, read a file back into an
item-by-item merge plan (base / database / file), and apply the plan once the user resolved every conflict.

Nothing is overwritten silently: items changed only in the file are applied, items changed only in the
database are kept, and items changed on both sides differently are conflicts the user resolves one by one.
A file that is not ours, from another database, from another inspection, altered, or applied to a database
that changed meanwhile is refused with a plain message and nothing is changed.
"""

import hashlib
import hmac
import secrets
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.core.clock import now
from desktop.core.errors import ConflictError, ValidationError, WorkflowError
from desktop.core.formatting import official_datetime
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, check_account_current
from desktop.domain.applications.models import Application
from desktop.domain.audit.models import AuditEvent
from desktop.domain.audit.service import record
from desktop.domain.blobs.models import Blob
from desktop.domain.inspections import filling
from desktop.domain.inspections.access import checklist_of, load_inspection, require_editable, require_inspector
from desktop.domain.inspections.checklists import template_document
from desktop.domain.inspections.filling import finding_deadline
from desktop.domain.inspections.findings import update_finding
from desktop.domain.inspections.models import (
    FindingSeverity,
    Inspection,
    OfflineDatabaseIdentity,
    OfflineExport,
)
from desktop.domain.inspections.offline_file import (
    FORMAT,
    FORMAT_VERSION,
    SUFFIX,
    OfflineFile,
    empty_state,
    manifest_text,
    state_hash,
    write_new_file,
)

UNCHANGED, FILE, DATABASE, SAME, CONFLICT = "unchanged", "file", "database", "same", "conflict"
IMPORT_ACTION = "inspection.offline.import"


class AlreadyImported(WorkflowError):
    """The file, exactly as it is now, was imported before: importing it again would only reopen the merge."""


def database_identity(session: Session) -> str:
    """This database's random identity (created on first use)."""
    identity = session.scalar(select(OfflineDatabaseIdentity.identity).order_by(OfflineDatabaseIdentity.id))
    if identity is None:
        identity = uuid.uuid4().hex
        session.add(OfflineDatabaseIdentity(identity=identity))
        session.flush()
    return identity


def item_states(inspection: Inspection) -> dict[str, dict[str, Any]]:
    """The database's state of every item, in the offline file's terms."""
    states = {item.id: empty_state() for item in checklist_of(inspection).items}
    for answer in inspection.answers:
        state = states.setdefault(answer.item_id, empty_state())
        state.update(response=answer.response, score=None if answer.score is None else str(answer.score),
                     text=answer.text, note=answer.note)
    for evidence in inspection.evidence:
        states.setdefault(evidence.item_id, empty_state())["evidence"].append(
            {"sha256": evidence.sha256, "filename": evidence.filename})
    for finding in inspection.findings:
        states.setdefault(finding.item_id, empty_state())["finding"] = {
            "severity": finding.severity.value, "description": finding.description,
            "corrective_action": finding.corrective_action,
            "deadline": finding.deadline.isoformat() if finding.deadline else None}
    for state in states.values():
        state["evidence"].sort(key=lambda e: (e["filename"], e["sha256"]))
    return states


def export_offline(session: Session, actor: Actor, inspection_id: int) -> tuple[str, bytes]:
    """The suggested file name and the bytes of a new offline file of the inspection (an assigned inspector)."""
    check_account_current(session, actor)
    inspection = load_inspection(session, inspection_id)
    require_inspector(session, actor, inspection)
    require_editable(inspection)
    application = session.get_one(Application, inspection.application_id)
    token, secret = secrets.token_hex(16), secrets.token_hex(32)
    states = item_states(inspection)
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "application_version": __version__,
        "database": database_identity(session), "token": token, "exported_at": now().isoformat(),
        "exported_by": actor.display_name,
        "inspection": {"id": inspection.id, "number": inspection.number, "application_number": application.number,
                       "institution_name": application.institution.name,
                       "scheduled_on": inspection.scheduled_on.isoformat(), "place": inspection.place,
                       "inspectors": [x.user_id for x in inspection.inspectors]},
        "checklist": inspection.checklist_snapshot or template_document(inspection.checklist_version),
        "finding_deadline": finding_deadline(session, inspection).isoformat(),
        "base": {item_id: {"state": state, "hash": state_hash(state)} for item_id, state in states.items()},
    }
    evidence = {e.sha256: session.get_one(Blob, e.sha256).data for e in inspection.evidence}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.inspection"
        write_new_file(path, manifest, _sign(secret, manifest_text(manifest)), evidence)
        data = path.read_bytes()
    session.add(OfflineExport(token=token, inspection_id=inspection.id, secret=secret,
                              exported_by_id=actor.user_id or None))
    record(session, actor, "inspection.offline.export", inspection, summary=inspection.number,
           after={"token": token, "size": len(data)})
    return f"{inspection.number}{SUFFIX}", data


def _sign(secret: str, text: str) -> str:
    return hmac.new(bytes.fromhex(secret), text.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class ItemMerge:
    item_id: str
    item_text: str
    kind: str  # unchanged / file / database / same / conflict
    base: dict[str, Any]
    database: dict[str, Any]
    file: dict[str, Any]
    database_hash: str


@dataclass(frozen=True)
class MergePlan:
    inspection_id: int
    number: str
    token: str
    exported_at: str
    exported_by: str
    items: tuple[ItemMerge, ...]
    seal: str = ""  # the file's edits as compared; recorded at import so the same file is recognised

    @property
    def conflicts(self) -> tuple[ItemMerge, ...]:
        return tuple(i for i in self.items if i.kind == CONFLICT)

    @property
    def from_file(self) -> tuple[ItemMerge, ...]:
        return tuple(i for i in self.items if i.kind == FILE)

    @property
    def changed(self) -> tuple[ItemMerge, ...]:
        return tuple(i for i in self.items if i.kind != UNCHANGED)


def classify(base: str, database: str, file: str) -> str:
    """Who changed an item since the export, from the three hashes."""
    if file == base:
        return UNCHANGED if database == base else DATABASE
    if database == base:
        return FILE
    return SAME if database == file else CONFLICT


def _verified(session: Session, offline: OfflineFile, inspection: Inspection) -> None:
    manifest = offline.manifest
    name = offline.path.name
    if manifest.database != database_identity(session):
        raise ValidationError(translate("Offline", "{name} was exported from another database; it cannot be imported "
                                                   "here.").format(name=name))
    if manifest.inspection_id != inspection.id or manifest.number != inspection.number:
        raise ValidationError(translate("Offline", "{name} belongs to inspection {other}, not to {number}.")
                              .format(name=name, other=manifest.number, number=inspection.number))
    export = session.scalar(select(OfflineExport).where(OfflineExport.token == manifest.token))
    if export is None or export.inspection_id != inspection.id:
        raise ValidationError(translate("Offline", "{name} was not exported from this database (unknown export); it "
                                                   "cannot be imported.").format(name=name))
    if not hmac.compare_digest(_sign(export.secret, manifest.text), offline.signature):
        raise ValidationError(translate("Offline", "{name} was altered after it was exported (its signature does not "
                                                   "match); nothing was imported.").format(name=name))


def _earlier_import(session: Session, offline: OfflineFile, inspection: Inspection, seal: str) -> None:
    """Refuse a file whose present edits were imported already (its export token and seal recorded at import)."""
    events = session.scalars(select(AuditEvent).where(
        AuditEvent.action == IMPORT_ACTION, AuditEvent.entity_type == Inspection.__tablename__,
        AuditEvent.entity_id == inspection.id).order_by(AuditEvent.id.desc()))
    for event in events:
        after = event.after or {}
        if after.get("token") == offline.manifest.token and after.get("seal") == seal:
            raise AlreadyImported(translate("Offline", "This offline file was already imported on {date} by {who}; "
                                                       "nothing was changed.")
                                  .format(date=official_datetime(event.at), who=event.actor_name))


def _open(path: Path) -> OfflineFile:
    return OfflineFile.open(path, read_only=True)


def plan_import(session: Session, actor: Actor, inspection_id: int, path: Path) -> MergePlan:
    """Check the file and compare base, database and file item by item (nothing is changed).

    A file imported before, unchanged since, is refused with ``AlreadyImported`` (when and by whom).
    """
    check_account_current(session, actor)
    inspection = load_inspection(session, inspection_id)
    require_inspector(session, actor, inspection)
    with _open(path) as offline:
        _verified(session, offline, inspection)
        require_editable(inspection)
        seal = offline.compute_seal()
        _earlier_import(session, offline, inspection, seal)
        database = item_states(inspection)
        mine = offline.states()
        checklist = checklist_of(inspection)
        items = []
        for item in checklist.items:
            base = offline.manifest.base(item.id)
            db_hash = state_hash(database[item.id])
            kind = classify(state_hash(base), db_hash, state_hash(mine[item.id]))
            items.append(ItemMerge(item.id, item.ko, kind, base, database[item.id], mine[item.id], db_hash))
        m = offline.manifest
        return MergePlan(inspection.id, inspection.number, m.token, str(m.raw.get("exported_at", "")),
                         str(m.raw.get("exported_by", "")), tuple(items), seal)


def _apply_state(session: Session, actor: Actor, inspection: Inspection, item_id: str, current: dict[str, Any],
                 wanted: dict[str, Any], offline: OfflineFile) -> None:
    """Bring one item from ``current`` to ``wanted`` through the ordinary services (validation, audit)."""
    if (current["response"], current["score"]) != (wanted["response"], wanted["score"]):
        score = None if wanted["score"] is None else Decimal(wanted["score"])
        filling.answer_item(session, actor, inspection.id, item_id, wanted["response"], score)
    if current["note"] != wanted["note"]:
        filling.set_note(session, actor, inspection.id, item_id, wanted["note"] or "")
    if current["text"] != wanted["text"]:
        filling.set_text(session, actor, inspection.id, item_id, wanted["text"] or "")
    have = {(e["sha256"], e["filename"]) for e in current["evidence"]}
    want = {(e["sha256"], e["filename"]) for e in wanted["evidence"]}
    for evidence in list(inspection.evidence):
        if evidence.item_id == item_id and (evidence.sha256, evidence.filename) in have - want:
            filling.remove_evidence(session, actor, evidence.id)
    for sha256, filename in sorted(want - have):
        filling.add_evidence(session, actor, inspection.id, item_id, filename, offline.evidence_bytes(sha256))
    finding = wanted.get("finding")
    if finding is not None:
        row = next((f for f in inspection.findings if f.item_id == item_id), None)
        if row is not None:
            session.flush()
            deadline = date.fromisoformat(finding["deadline"]) if finding["deadline"] else None
            update_finding(session, actor, row.id, FindingSeverity(finding["severity"]), finding["description"],
                           finding["corrective_action"], deadline)


def apply_import(session: Session, actor: Actor, inspection_id: int, path: Path, plan: MergePlan,
                 choices: dict[str, str]) -> int:
    """Apply the file's items (and each conflict the user chose ``file`` for); returns the items changed.

    Refused, with nothing changed, when a conflict has no choice or the database changed since ``plan``.
    """
    check_account_current(session, actor)
    undecided = [c.item_id for c in plan.conflicts if choices.get(c.item_id) not in (FILE, DATABASE)]
    if undecided:
        raise ValidationError(translate("Offline", "Choose which version to keep for item(s) {items}.")
                              .format(items=", ".join(undecided)), field=undecided[0])
    fresh = plan_import(session, actor, inspection_id, path)
    if fresh.token != plan.token or [(i.item_id, i.database_hash) for i in fresh.items] != [
            (i.item_id, i.database_hash) for i in plan.items]:
        raise ConflictError(translate("Offline", "The inspection changed in the database while you were reviewing "
                                                 "the import; review it again."))
    inspection = load_inspection(session, inspection_id)
    take = [i for i in fresh.items if i.kind == FILE or (i.kind == CONFLICT and choices[i.item_id] == FILE)]
    with _open(path) as offline:
        for item in take:
            _apply_state(session, actor, inspection, item.item_id, item.database, item.file, offline)
    export = session.scalar(select(OfflineExport).where(OfflineExport.token == plan.token))
    if export is None:
        raise WorkflowError(translate("Offline", "The export of this file is no longer known."))
    export.imported_at = now()
    export.imported_by_id = actor.user_id or None
    record(session, actor, IMPORT_ACTION, inspection, summary=inspection.number,
           after={"token": plan.token, "seal": fresh.seal, "applied": [i.item_id for i in take],
                  "kept_database": [c.item_id for c in fresh.conflicts if choices[c.item_id] == DATABASE]})
    return len(take)
