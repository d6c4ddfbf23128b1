"""Verifying a case dossier: every file against the signed manifest, every PDF, every audit event.

Works without the database (as a bank or a court checks it): the manifest's signature against the trusted
certificates, each listed file's size and SHA-256, files missing or added, each document through
``verify_document``, each audit event's hash recomputed from its canonical content and its links, and the chain
heads the signed documents seal against the events listed. Every problem is named by its file or event.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.files import read_file
from desktop.core.i18n import Plural, translate
from desktop.issuing.dossier import FORMAT, MANIFEST, SIGNATURE
from desktop.issuing.dossier_signature import DetachedCheck, check_detached
from desktop.issuing.trust import TrustStore
from desktop.issuing.verify import VerificationReport, verify_document

EVENTS = "audit/events.json"


@dataclass(frozen=True)
class DossierReport:
    """What a dossier proves; ``valid`` only when the signature, every file, document and event hold."""

    dossier: bool  # a ZIP with a manifest of this program at all
    sha256: str
    size: int
    application: str = ""
    institution: str = ""
    made_on: str = ""
    signature: DetachedCheck | None = None
    listed: int = 0
    missing: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    documents: tuple[tuple[str, VerificationReport], ...] = ()
    events: int = 0
    withheld: int = 0
    anchors: int = 0  # chain heads sealed in the documents that match a listed event
    event_problems: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def invalid_documents(self) -> list[tuple[str, VerificationReport]]:
        return [(path, report) for path, report in self.documents if not report.valid]

    @property
    def valid(self) -> bool:
        return (self.dossier and self.signature is not None and self.signature.valid and not self.missing
                and not self.extra and not self.changed and not self.invalid_documents and not self.event_problems
                and not self.problems)

    def problem_lines(self) -> list[str]:
        """One sentence per problem, each naming its file or event (translated)."""
        lines = list(self.problems)
        if self.signature is not None:
            lines += self.signature.problems
        lines += [translate("Dossier", "Missing: {file} is listed in the manifest but is not in the dossier.")
                  .format(file=path) for path in self.missing]
        lines += [translate("Dossier", "Added: {file} is in the dossier but not in the manifest.").format(file=path)
                  for path in self.extra]
        lines += [translate("Dossier", "Changed: {file} is not the file the manifest lists (its SHA-256 differs).")
                  .format(file=path) for path in self.changed]
        lines += [translate("Dossier", "Not valid: {file}: {message}").format(file=path, message=report.message())
                  for path, report in self.invalid_documents]
        return lines + list(self.event_problems)

    def message(self) -> str:
        """The verdict in one sentence (translated); ``problem_lines`` give the details."""
        if not self.dossier:
            return translate("Dossier", "NOT A DOSSIER: {reason}").format(
                reason=self.problems[0] if self.problems else "")
        what = translate("Dossier", "the case dossier of application {application} ({institution}), made on {day}"
                         ).format(application=self.application or "?", institution=self.institution or "?",
                                  day=self.made_on or "?")
        if self.valid:
            signer = self.signature.signer if self.signature is not None else ""
            return translate("Dossier", "VALID: {what}, signed by {signer}: {files}, {documents} and {events}.").format(
                what=what, signer=signer,
                files=Plural.tr("its %n file(s) match the manifest", "", self.listed),
                documents=Plural.tr("its %n document(s) are valid", "", len(self.documents)),
                events=Plural.tr("its %n audit event(s) give their hashes and links", "", self.events - self.withheld))
        return translate("Dossier", "NOT VALID: {what}: {problems}.").format(
            what=what, problems=Plural.tr("%n problem(s)", "", len(self.problem_lines())))


def _not_a_dossier(data: bytes, reason: str) -> DossierReport:
    return DossierReport(False, hashlib.sha256(data).hexdigest(), len(data), problems=(reason,))


def _event_fields(content: str) -> tuple[list[Any], Any, Any] | None:
    """(the canonical scalars, before, after) that a canonical content states; None when it is not one."""
    try:
        scalars, end = json.JSONDecoder().raw_decode(content)
        if not (isinstance(scalars, list) and len(scalars) == 14 and scalars[0] == 1):
            return None
        rest, before_length, after_length = content[end:], scalars[12], scalars[13]
        before = rest[:before_length] if before_length >= 0 else None
        after = rest[max(before_length, 0):] if after_length >= 0 else None
        if len(rest) != max(before_length, 0) + max(after_length, 0):
            return None
        return scalars, json.loads(before) if before is not None else None, \
            json.loads(after) if after is not None else None
    except (ValueError, TypeError, IndexError):
        return None


FIELDS = ("sequence", "previous_hash", "at", "actor_id", "actor_name", "actor_role", "action", "entity_type",
          "entity_id", "summary", "reason")


def check_events(document: Any) -> tuple[int, int, dict[int, str], list[str]]:
    """(events, withheld, hash by sequence, problems) of ``audit/events.json``: every shown event's hash from its
    canonical content, the fields it lists against that content, and the links between consecutive events."""
    problems: list[str] = []
    try:
        events = list(document["events"])
        through = document["chain"]["verified_through"]
    except (KeyError, TypeError):
        return 0, 0, {}, [translate("Dossier", "{file} is not the audit section of a dossier.").format(file=EVENTS)]
    hashes: dict[int, str] = {}
    previous: dict[int, str] = {}
    withheld = 0
    for event in events:
        sequence = event.get("sequence")
        if not isinstance(sequence, int):
            problems.append(translate("Dossier", "An audit event in {file} has no number.").format(file=EVENTS))
            continue
        hashes[sequence], previous[sequence] = str(event.get("hash", "")), str(event.get("previous_hash", ""))
        if "withheld" in event:
            withheld += 1
            continue
        content = event.get("canonical_content")
        if not isinstance(content, str) or hashlib.sha256(content.encode()).hexdigest() != event.get("hash"):
            problems.append(translate("Dossier", "Audit event #{sequence}: its content does not give its hash: it was "
                                                 "changed.").format(sequence=sequence))
            continue
        stated = _event_fields(content)
        if stated is None or list(stated[0][1:12]) != [event.get(name) for name in FIELDS] \
                or stated[1] != event.get("before") or stated[2] != event.get("after"):
            problems.append(translate("Dossier", "Audit event #{sequence}: the fields listed are not those its "
                                                 "content states.").format(sequence=sequence))
    for sequence in sorted(hashes):
        if sequence - 1 in hashes and previous[sequence] != hashes[sequence - 1]:
            problems.append(translate("Dossier", "Audit events #{first} and #{second} are not linked: the second does "
                                                 "not name the first one's hash.")
                            .format(first=sequence - 1, second=sequence))
    point = through.get("sequence") if isinstance(through, dict) else None
    if point in hashes and hashes[point] != through.get("hash"):
        problems.append(translate("Dossier", "Audit event #{sequence} is not the one the chain was verified through."
                                  ).format(sequence=point))
    return len(events), withheld, hashes, problems


def _anchor(data: bytes) -> tuple[int, str] | None:
    """The chain head a signed document sealed when it was issued."""
    from desktop.issuing.pdf_check import read_signed_claims

    try:
        claims = read_signed_claims(data)
    except Exception:  # an unreadable or broken seal anchors nothing; verify_document reports the file
        return None
    sequence, _, digest = (claims.facts.get("audit_head", "") if claims is not None else "").partition(":")
    return (int(sequence), digest) if sequence.isdigit() and digest else None


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        return None


def verify_dossier(data_or_path: bytes | Path | str, trust: TrustStore, session: Session | None = None
                   ) -> DossierReport:
    """Check a dossier (its bytes or its file); see the module. ``session``: the database, for the documents'
    current status (superseded or not)."""
    data = data_or_path if isinstance(data_or_path, bytes) else read_file(data_or_path)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = [info.filename for info in archive.infolist()]
    except (zipfile.BadZipFile, ValueError, OSError):
        return _not_a_dossier(data, translate("Dossier", "the file is not a readable ZIP archive."))
    if MANIFEST not in names:
        return _not_a_dossier(data, translate("Dossier", "the ZIP archive holds no {manifest}, so it is not a case "
                                                         "dossier of this program.").format(manifest=MANIFEST))
    problems = [translate("Dossier", "{file} appears more than once in the archive.").format(file=name)
                for name in sorted({n for n in names if names.count(n) > 1})]
    try:
        manifest = archive.read(MANIFEST)
        listing = json.loads(manifest)
        files = {str(f["path"]): (int(f["size"]), str(f["sha256"])) for f in listing["files"]}
        if listing.get("format") != FORMAT:
            raise ValueError(listing.get("format"))
    except (ValueError, KeyError, TypeError, zipfile.BadZipFile, OSError):
        return _not_a_dossier(data, translate("Dossier", "its {manifest} cannot be read.").format(manifest=MANIFEST))
    made_on = str(listing.get("made_on", ""))
    if SIGNATURE in names:
        signature = check_detached(manifest, archive.read(SIGNATURE), trust, _day(made_on))
    else:
        signature = DetachedCheck(False, False, "", None, (translate(
            "Dossier", "{signature} is missing: nothing proves the manifest.").format(signature=SIGNATURE),))
    present, missing, changed = {}, [], []
    for path, (size, digest) in sorted(files.items()):
        if path not in names:
            missing.append(path)
            continue
        try:
            content = archive.read(path)
        except (zipfile.BadZipFile, OSError, ValueError):  # a damaged entry (CRC): not the listed file
            changed.append(path)
            continue
        if len(content) != size or hashlib.sha256(content).hexdigest() != digest:
            changed.append(path)
        present[path] = content  # a changed file is still read, so that its own problems are named too
    extra = sorted(set(names) - set(files) - {MANIFEST, SIGNATURE})
    documents = []
    for path in sorted(p for p in set(names) - {MANIFEST, SIGNATURE} if p.lower().endswith(".pdf")
                       and p.startswith("documents/")):
        content = present.get(path)
        if content is None:
            try:
                content = archive.read(path)
            except (zipfile.BadZipFile, OSError, ValueError):
                continue
        documents.append((path, verify_document(content, trust, session)))
    events = withheld = anchors = 0
    event_problems: list[str] = []
    if EVENTS in present:
        try:
            events, withheld, hashes, event_problems = check_events(json.loads(present[EVENTS]))
        except ValueError:
            event_problems = [translate("Dossier", "{file} is not readable JSON.").format(file=EVENTS)]
            hashes = {}
        for path, _report in documents:
            anchor = _anchor(present.get(path) or b"")
            if anchor is None or anchor[0] not in hashes:
                continue
            if hashes[anchor[0]] == anchor[1]:
                anchors += 1
            else:
                event_problems.append(translate("Dossier", "{file} sealed audit event #{sequence} with another hash "
                                                           "than the dossier lists.")
                                      .format(file=path, sequence=anchor[0]))
    return DossierReport(
        True, hashlib.sha256(data).hexdigest(), len(data), str(listing.get("application", "")),
        str(listing.get("institution", "")), made_on, signature, len(files), tuple(missing), tuple(extra),
        tuple(changed), tuple(documents), events, withheld, anchors, tuple(event_problems), tuple(problems))
