"""The case dossier of one application: one ZIP file that proves the whole case outside this desk.

``build_dossier`` writes, through the atomic writer, ``documents/`` (every issued file of the application's records,
exactly the stored bytes), ``attachments/``, ``data/dossier.json`` (``dossier_data``), ``audit/events.json``
(``dossier_audit``), ``README.txt`` (Korean and English), ``SIGNER.pem`` and ``MANIFEST.json`` — every file with
its size and SHA-256 — signed by the authority's key (``MANIFEST.p7s``, ``dossier_signature``). The ZIP is
deterministic (names sorted, the manifest last; entry times the day it is made; no other clock in it), so the same
records give the same bytes. It is a generator yielding ``(done, total, message)``: cancelled between files, it
leaves no file and records nothing. ``verify_dossier`` (``dossier_verify``) checks one.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.core.clock import today
from desktop.core.errors import DomainError, NotFound
from desktop.core.files import PendingFile
from desktop.core.i18n import translate
from desktop.db.engine import Database
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application
from desktop.domain.audit.chain import verify_chain
from desktop.domain.blobs.models import Blob
from desktop.domain.committee.access import ensure_not_conflicted
from desktop.domain.decisions.models import Decision
from desktop.domain.issued.models import FrozenContent, IssuedDocument
from desktop.domain.issued.service import current_content, issued_from
from desktop.issuing.batch import file_name
from desktop.issuing.dossier_audit import ChainPoint, audit_json, chain_point, record_dossier
from desktop.issuing.dossier_data import CaseRecords, case_json, collect_records
from desktop.issuing.dossier_readme import ReadmeFacts, readme_text
from desktop.issuing.dossier_signature import certificates_pem, sign_detached
from desktop.issuing.issue import IdentitySource, issued_pdf
from desktop.issuing.kinds import KINDS
from desktop.issuing.status import record_status

FORMAT = "designation-review-dossier"
FORMAT_VERSION = 1
MANIFEST, SIGNATURE = "MANIFEST.json", "MANIFEST.p7s"
Progress = tuple[int, int, str]
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class AuditTrailBroken(DomainError):
    """The audit trail does not verify: a dossier would carry events that cannot be trusted."""


@dataclass(frozen=True)
class MissingDocument:
    """A record that is issued but has no issued file yet: the dossier issues it (recorded) when it may."""

    kind: str
    entity_id: int
    number: str
    language: str

    def words(self) -> str:
        return f"{KINDS[self.kind].label()} {self.number}"


@dataclass(frozen=True)
class DossierResult:
    path: Path
    application: str
    files: int  # listed in the manifest
    documents: int
    issued_now: int
    attachments: int
    events: int
    withheld: int
    not_issued: int
    manifest_sha256: str
    size: int


def find_application(session: Session, number: str) -> Application:
    """By number: ``2026-1-002`` (or ``2026-1-2``); a NotFound sentence otherwise."""
    typed = number.strip()
    candidates = [typed]
    parts = typed.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        candidates.append(f"{parts[0]}-{int(parts[1])}-{int(parts[2]):03d}")
    application = session.scalars(select(Application).where(Application.number.in_(candidates))).first()
    if application is None:
        raise NotFound(translate("Dossier", "There is no application {number}.").format(number=typed))
    return application


def _checked(session: Session, actor: Actor, application_id: int) -> Application:
    """The application, for an actor who may export data and read the audit trail and is not excluded from it."""
    require(session, actor, Permission.EXPORT_DATA)
    require(session, actor, Permission.VIEW_AUDIT)
    ensure_not_conflicted(session, actor, application_id)
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    return application


def _language(session: Session, table: str, entity_id: int) -> str:
    if table == "decisions":
        decision = session.get(Decision, entity_id)
        if decision is not None and decision.language in ("ko", "en"):
            return decision.language
    return "ko"


def missing_documents(session: Session, records: CaseRecords) -> tuple[list[MissingDocument], list[dict[str, str]]]:
    """Issued records without any issued file of their current content: those that can be issued now, and those
    that cannot (superseded), with the reason."""
    can, cannot = [], []
    for spec in KINDS.values():
        for entity_id in records.ids(spec.entity_type):
            content = current_content(session, spec.kind, spec.entity_type, entity_id)
            if content is None and not spec.is_issued(session, entity_id):
                continue
            if content is not None and issued_from(session, content.id):
                continue
            number = content.number if content is not None else str(entity_id)
            status = record_status(session, spec.kind, entity_id)
            if status.superseded_by:
                cannot.append({"kind": str(spec.kind), "number": number, "reason": status.words()})
                continue
            can.append(MissingDocument(str(spec.kind), entity_id, number, _language(session, spec.entity_type,
                                                                                  entity_id)))
    return can, cannot


def documents_to_issue(session: Session, actor: Actor, application_id: int) -> list[MissingDocument]:
    """What making the dossier would issue now (the GUI asks first); empty when the actor may not issue."""
    application = _checked(session, actor, application_id)
    if not actor.may(Permission.PRINT_DOCUMENTS):
        return []
    return missing_documents(session, collect_records(session, actor, application))[0]


def _safe(name: str, limit: int = 120) -> str:
    cleaned = _UNSAFE.sub("_", name).strip(" .") or "file"
    return cleaned if len(cleaned) <= limit else cleaned[:limit]


Loader = Callable[[], bytes]


def _blob(session: Session, sha256: str) -> Loader:
    def load() -> bytes:
        blob = session.get(Blob, sha256)
        if blob is None:
            raise NotFound(translate("Dossier", "The stored file {sha256} is missing from the database.")
                           .format(sha256=sha256[:16]))
        data = blob.data
        session.expunge(blob)  # one file in memory at a time
        return data

    return load


def _documents(session: Session, records: CaseRecords) -> tuple[dict[str, Loader], list[dict[str, Any]]]:
    """Every issued file of the application's records: its place in the dossier, and what data/ says of it."""
    files: dict[str, Loader] = {}
    listed: list[dict[str, Any]] = []
    for spec in KINDS.values():
        ids = records.ids(spec.entity_type)
        if not ids:
            continue
        for document in session.scalars(select(IssuedDocument).where(
                IssuedDocument.kind == str(spec.kind), IssuedDocument.entity_type == spec.entity_type,
                IssuedDocument.entity_id.in_(ids)).order_by(IssuedDocument.id)):
            content = session.get(FrozenContent, document.content_id) if document.content_id else None
            version = content.version if content is not None else 1
            name = file_name(spec.kind, document.number, f"v{version}" if version > 1 else "", document.language)
            path = f"documents/{_safe(name)}"
            if path in files:
                path = f"documents/{_safe(name.removesuffix('.pdf'))}_{document.id}.pdf"
            files[path] = _blob(session, document.sha256)
            records.refs.setdefault("issued_documents", set()).add(document.id)
            if content is not None:
                records.refs.setdefault("frozen_contents", set()).add(content.id)
            listed.append({"file": path, "kind": str(spec.kind), "number": document.number,
                           "language": document.language, "version": version, "title": document.title,
                           "verification_code": document.verification_code, "sha256": document.sha256,
                           "size": document.size, "issued_at": document.issued_at.isoformat(),
                           "issued_by": document.issued_by_id})
    return files, listed


def _attachments(session: Session, records: CaseRecords) -> tuple[dict[str, Loader], dict[tuple[str, int], str]]:
    files: dict[str, Loader] = {}
    names: dict[tuple[str, int], str] = {}
    inspections = {int(r["id"]): str(r["number"]) for r in records.tables.get("inspections", ())}
    for row in records.tables.get("attachments", ()):
        path = f"attachments/{int(row['id']):04d}_{_safe(str(row['filename']))}"
        files[path], names[("attachments", row["id"])] = _blob(session, row["sha256"]), path
    for row in records.tables.get("inspection_evidence", ()):
        inspection = _safe(inspections.get(int(row["inspection_id"]), str(row["inspection_id"])))
        path = f"attachments/{inspection}/{int(row['id']):04d}_{_safe(str(row['filename']))}"
        files[path], names[("inspection_evidence", row["id"])] = _blob(session, row["sha256"]), path
    return files, names


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _entry(name: str, day: date) -> zipfile.ZipInfo:
    """A ZIP entry that depends on nothing but its name and the day: no clock, no user, no system."""
    info = zipfile.ZipInfo(name, date_time=(day.year, day.month, day.day, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    return info


def _issue_missing(database: Database, actor: Actor, application_id: int, identity: IdentitySource
                   ) -> Generator[Progress, None, int]:
    """Issue, in one unit of work, the files of issued records that have none; cancelled, nothing is issued."""
    with database.transaction() as session:
        application = _checked(session, actor, application_id)
        missing = missing_documents(session, collect_records(session, actor, application))[0]
        for done, document in enumerate(missing):
            yield done, len(missing), translate("Dossier", "Issuing {document}…").format(document=document.words())
            issued_pdf(session, actor, document.kind, document.entity_id, document.language, identity)
    return len(missing)


def _verified_chain(session: Session, actor: Actor, through: ChainPoint) -> Generator[Progress, None, Any]:
    from desktop.issuing.anchors import document_anchors

    report = yield from verify_chain(session, actor, document_anchors(session))
    if not report.intact or report.head_sequence < through.sequence:
        raise AuditTrailBroken(translate(
            "Dossier", "The audit trail does not verify, so no dossier was made: {problem} Run the audit trail's "
            "verification for the details.").format(problem=report.summary()))
    return report


def build_dossier(database: Database, actor: Actor, application_id: int, identity: IdentitySource,
                  output: Path | str | PendingFile, *, issue_missing: bool = True
                  ) -> Generator[Progress, None, DossierResult]:
    """Write the dossier of an application to ``output`` (see the module), yielding progress; the export is audited.

    ``issue_missing``: records issued without a file get one now (recorded), when the actor may print documents."""
    pending = output if isinstance(output, PendingFile) else PendingFile(output)
    try:
        with database.read() as session:
            _checked(session, actor, application_id)
            signer = identity(session)  # a key that cannot be unlocked is refused before anything is done
        issued_now = 0
        if issue_missing and actor.may(Permission.PRINT_DOCUMENTS):
            issued_now = yield from _issue_missing(database, actor, application_id, lambda _session: signer)
        with database.read() as session:
            if database.engine.dialect.name == "postgresql":  # one snapshot for every query of the dossier
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            application = _checked(session, actor, application_id)
            through = chain_point(session)
            report = yield from _verified_chain(session, actor, through)
            records = collect_records(session, actor, application)
            documents, listed = _documents(session, records)
            attachments, attachment_names = _attachments(session, records)
            not_issued = missing_documents(session, records)
            not_issued_rows = [{"kind": m.kind, "number": m.number, "reason": "never issued as a file"}
                               for m in not_issued[0]] + not_issued[1]
            made_on = today()
            events = audit_json(session, records, through, report)
            withheld = sum(1 for e in events["events"] if "withheld" in e)
            data = {"format": FORMAT + "-data", "format_version": FORMAT_VERSION, "application_version": __version__,
                    "number": application.number, "made_on": made_on.isoformat(), "made_by": actor.display_name,
                    "values": "encoded as in the full JSON export (desktop/domain/export/json_dump.py)",
                    **case_json(session, records, listed, not_issued_rows, attachment_names)}
            institution = application.institution
            readme = readme_text(ReadmeFacts(
                application.number, institution.name, made_on.isoformat(), signer.name, len(documents),
                len(attachments), len(events["events"]), withheld, through.sequence, through.hash,
                records.hide_names, len(not_issued_rows)))
            files: dict[str, Loader] = {
                "README.txt": lambda: readme.encode("utf-8"), "SIGNER.pem": lambda: certificates_pem(signer),
                "audit/events.json": lambda: _json_bytes(events), "data/dossier.json": lambda: _json_bytes(data),
                **documents, **attachments}
            listing = []
            total = len(files) + 1
            with zipfile.ZipFile(pending.stream, "w") as archive:
                for done, name in enumerate(sorted(files)):
                    yield done, total, translate("Dossier", "Writing {file}…").format(file=name)
                    content = files[name]()
                    archive.writestr(_entry(name, made_on), content)
                    listing.append({"path": name, "size": len(content),
                                    "sha256": hashlib.sha256(content).hexdigest()})
                yield len(files), total, translate("Dossier", "Signing the manifest…")
                manifest = _json_bytes({
                    "format": FORMAT, "format_version": FORMAT_VERSION, "application": application.number,
                    "institution": institution.name, "made_on": made_on.isoformat(), "made_by": actor.display_name,
                    "signer": signer.name,
                    "audit": {"verified_through_sequence": through.sequence, "verified_through_hash": through.hash},
                    "files": listing})
                archive.writestr(_entry(MANIFEST, made_on), manifest)
                archive.writestr(_entry(SIGNATURE, made_on), sign_detached(manifest, signer))
        pending.close()
        manifest_sha256 = hashlib.sha256(manifest).hexdigest()
        with database.transaction() as session:
            record_dossier(session, actor, application, len(listing), manifest_sha256, through)
        target = pending.publish()
    except BaseException:  # cancelled (GeneratorExit), refused or failed: no file is left behind
        pending.discard()
        raise
    size = target.stat().st_size
    return DossierResult(target, application.number, len(listing), len(documents), issued_now, len(attachments),
                         len(events["events"]), withheld, len(not_issued_rows), manifest_sha256, size)


def is_zip(data: bytes) -> bool:
    """Whether the bytes are a ZIP archive (what a dossier is), by their content rather than their name."""
    return data[:4] in (b"PK\x03\x04", b"PK\x05\x06")
