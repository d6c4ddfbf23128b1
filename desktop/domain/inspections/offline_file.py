"""The offline inspection file: one inspection in a single self-contained file an inspector fills in without the
database (``designation-review inspection-offline FILE``), then brings back for import.

Format 1 is an SQLite file (``PRAGMA application_id`` = ``0x44524931``, "DRI1"; rollback journal, so it stays a
single file) with three tables:

- ``offline_meta(key, value)``: ``manifest`` — JSON written by the database at export: format, format version,
  the database identity, the export token, the inspection (id, number, applicant, date, place, inspectors), the
  pinned checklist template, and the *base* of every item (its state and that state's SHA-256);
  ``signature`` — HMAC-SHA256 of the manifest with a secret kept in the database only, so a changed or foreign
  manifest is refused at import; ``seal`` — SHA-256 over the token and the current edits, rewritten by the
  application on every save, so edits made outside it (or a damaged file) are refused.
- ``offline_items(item_id, state, changed_at)``: the current state of each item, one row per item; every answer,
  note or piece of evidence is saved at once in its own transaction (autosave).
- ``offline_evidence(sha256, data)``: evidence bytes, by content.

An item's *state* is ``{"response", "score", "text", "note", "evidence": [{"sha256", "filename"}…],
"finding": {"severity", "description", "corrective_action", "deadline"} | null}``; comparing the SHA-256 of the
base, the database's state and the file's state tells, item by item, who changed what since the export.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.core.clock import now
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.domain.applications.attachments import check_file
from desktop.domain.inspections.checklists import Checklist, parse_checklist
from desktop.domain.inspections.rules import (
    NOT_APPLICABLE,
    Answer,
    Problem,
    Progress,
    completion_problems,
    is_nonconform,
    progress,
    validate_answer,
)

FORMAT = "designation-review-inspection"
FORMAT_VERSION = 1
APPLICATION_ID = 0x44524931  # "DRI1"
SUFFIX = ".inspection"
SCHEMA = """
CREATE TABLE offline_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE offline_items (item_id TEXT PRIMARY KEY, state TEXT NOT NULL, changed_at TEXT);
CREATE TABLE offline_evidence (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL);
"""


def empty_state() -> dict[str, Any]:
    return {"response": None, "score": None, "text": None, "note": None, "evidence": [], "finding": None}


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def state_hash(state: dict[str, Any]) -> str:
    """The SHA-256 of an item state (evidence order does not matter)."""
    normal = dict(state)
    normal["evidence"] = sorted(({"sha256": e["sha256"], "filename": e["filename"]} for e in state["evidence"]),
                                key=lambda e: (e["filename"], e["sha256"]))
    return hashlib.sha256(canonical(normal)).hexdigest()


def answer_of(state: dict[str, Any]) -> Answer:
    score = state.get("score")
    return Answer(state.get("response"), None if score is None else Decimal(str(score)), state.get("text"),
                  state.get("note"))


def _not_ours(path: Path) -> ValidationError:
    return ValidationError(translate("Offline", "{name} is not an offline inspection file.").format(name=path.name))


@dataclass(frozen=True)
class Manifest:
    raw: dict[str, Any]
    text: str

    @property
    def token(self) -> str:
        return str(self.raw["token"])

    @property
    def database(self) -> str:
        return str(self.raw["database"])

    @property
    def inspection_id(self) -> int:
        return int(self.raw["inspection"]["id"])

    @property
    def number(self) -> str:
        return str(self.raw["inspection"]["number"])

    @property
    def inspection(self) -> dict[str, Any]:
        return dict(self.raw["inspection"])

    def base(self, item_id: str) -> dict[str, Any]:
        return dict(self.raw["base"].get(item_id, {"state": empty_state()})["state"])


def manifest_text(manifest: dict[str, Any]) -> str:
    """The manifest exactly as stored (and signed)."""
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1)


def write_new_file(path: Path, manifest: dict[str, Any], signature: str, evidence: dict[str, bytes]) -> None:
    """Create the file the database exports: the manifest, its signature, the base as the current edits."""
    text = manifest_text(manifest)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.executescript(SCHEMA)
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO offline_meta VALUES (?, ?)",
                               [("format", FORMAT), ("format_version", str(FORMAT_VERSION)), ("manifest", text),
                                ("signature", signature)])
        connection.executemany("INSERT INTO offline_items VALUES (?, ?, NULL)",
                               [(item_id, json.dumps(base["state"], ensure_ascii=False))
                                for item_id, base in manifest["base"].items()])
        connection.executemany("INSERT INTO offline_evidence VALUES (?, ?)", list(evidence.items()))
        connection.execute("COMMIT")
    finally:
        connection.close()
    with OfflineFile.open(path, check_seal=False) as offline:
        offline.reseal()


class OfflineFile:
    """An offline inspection file opened for reading and filling in (no database involved)."""

    def __init__(self, path: Path, connection: sqlite3.Connection, manifest: Manifest, signature: str,
                 checklist: Checklist) -> None:
        self.path = path
        self.connection = connection
        self.manifest = manifest
        self.signature = signature
        self.checklist = checklist

    # -- opening -------------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, check_seal: bool = True) -> OfflineFile:
        """Open and check a file; a clear ValidationError when it is not ours, newer, damaged or altered."""
        path = Path(path)
        if not path.is_file():
            raise ValidationError(translate("Offline", "The file {name} does not exist.").format(name=path))
        uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
        try:
            connection = sqlite3.connect(uri, uri=True, isolation_level=None)
        except sqlite3.DatabaseError as error:
            raise _not_ours(path) from error
        try:
            return cls._checked(path, connection, check_seal)
        except BaseException:
            connection.close()
            raise

    @classmethod
    def _checked(cls, path: Path, connection: sqlite3.Connection, check_seal: bool) -> OfflineFile:
        try:
            if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise _not_ours(path)
            meta = dict(connection.execute("SELECT key, value FROM offline_meta").fetchall())
            if meta.get("format") != FORMAT:
                raise _not_ours(path)
            if int(meta.get("format_version", "0")) > FORMAT_VERSION:
                raise ValidationError(translate(
                    "Offline", "{name} was written by a newer version of the application; update this one first.")
                    .format(name=path.name))
            raw = json.loads(meta["manifest"])
            manifest = Manifest(raw, meta["manifest"])
            checklist = parse_checklist(raw["checklist"], f"{path.name} ({manifest.number})")
            offline = cls(path, connection, manifest, meta.get("signature", ""), checklist)
            if check_seal and meta.get("seal") != offline.compute_seal():
                raise ValidationError(translate(
                    "Offline", "{name} was changed outside the application or is damaged (its seal does not match); "
                    "it was not opened.").format(name=path.name))
            offline.check_evidence()
            return offline
        except (KeyError, TypeError, ValueError, AttributeError, sqlite3.DatabaseError) as error:
            raise _not_ours(path) from error

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> OfflineFile:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------------------------
    def states(self) -> dict[str, dict[str, Any]]:
        rows = self.connection.execute("SELECT item_id, state FROM offline_items").fetchall()
        states = {item_id: json.loads(state) for item_id, state in rows}
        return {item.id: states.get(item.id, empty_state()) for item in self.checklist.items}

    def state(self, item_id: str) -> dict[str, Any]:
        self.checklist.item(item_id)
        row = self.connection.execute("SELECT state FROM offline_items WHERE item_id = ?", (item_id,)).fetchone()
        return json.loads(row[0]) if row else empty_state()

    def evidence_bytes(self, sha256: str) -> bytes:
        row = self.connection.execute("SELECT data FROM offline_evidence WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None:
            raise ValidationError(translate("Offline", "{name}: an evidence file is missing.")
                                  .format(name=self.path.name))
        return bytes(row[0])

    def check_evidence(self) -> None:
        """Every evidence file named by an item is present and unchanged."""
        for state in self.states().values():
            for evidence in state["evidence"]:
                if hashlib.sha256(self.evidence_bytes(evidence["sha256"])).hexdigest() != evidence["sha256"]:
                    raise ValidationError(translate("Offline", "{name}: the evidence file {file} is damaged.")
                                          .format(name=self.path.name, file=evidence["filename"]))

    def compute_seal(self) -> str:
        states = self.states()
        return hashlib.sha256(canonical({"token": self.manifest.token, "signature": self.signature,
                                         "items": {k: state_hash(v) for k, v in states.items()}})).hexdigest()

    def answers(self) -> dict[str, Answer]:
        return {item_id: answer_of(state) for item_id, state in self.states().items()}

    def progress(self) -> Progress:
        return progress(self.checklist, self.answers())

    def problems(self) -> list[Problem]:
        states = self.states()
        counts = {k: len(v["evidence"]) for k, v in states.items()}
        findings = [(k, v["finding"]["corrective_action"], v["finding"]["deadline"])
                    for k, v in states.items() if v["finding"]]
        return completion_problems(self.checklist, self.answers(), counts, findings)

    # -- filling in (each call is saved at once) ------------------------------------------------------------
    def _write(self, item_id: str, state: dict[str, Any], evidence: tuple[str, bytes] | None = None) -> None:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            if evidence is not None:
                self.connection.execute("INSERT OR IGNORE INTO offline_evidence VALUES (?, ?)", evidence)
            self.connection.execute("INSERT OR REPLACE INTO offline_items VALUES (?, ?, ?)",
                                    (item_id, json.dumps(state, ensure_ascii=False), now().isoformat()))
            self._store_seal()
            self.connection.execute("COMMIT")
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise

    def _store_seal(self) -> None:
        self.connection.execute("INSERT OR REPLACE INTO offline_meta VALUES ('seal', ?)", (self.compute_seal(),))

    def reseal(self) -> None:
        self.connection.execute("BEGIN IMMEDIATE")
        self._store_seal()
        self.connection.execute("COMMIT")

    def _with_finding(self, item_id: str, state: dict[str, Any], old_note: str | None) -> dict[str, Any]:
        item = self.checklist.item(item_id)
        nonconform = is_nonconform(item, answer_of(state))
        finding = state.get("finding")
        default = (state.get("note") or "").strip() or item.ko
        if nonconform and finding is None:
            state["finding"] = {"severity": "minor", "description": default, "corrective_action": "",
                                "deadline": self.manifest.raw.get("finding_deadline")}
        elif nonconform and finding["description"] in ((old_note or "").strip(), item.ko):
            finding["description"] = default
        elif not nonconform:
            state["finding"] = None
        return state

    def answer(self, item_id: str, response: str | None, score: Decimal | int | None = None) -> None:
        item = self.checklist.item(item_id)
        value = None if score is None else Decimal(str(score))
        validate_answer(item, response, value)
        state = self.state(item_id)
        state["response"] = response
        state["score"] = None if value is None or response == NOT_APPLICABLE else str(value)
        self._write(item_id, self._with_finding(item_id, state, state.get("note")))

    def set_note(self, item_id: str, note: str) -> None:
        state = self.state(item_id)
        old = state.get("note")
        state["note"] = note.strip() or None
        self._write(item_id, self._with_finding(item_id, state, old))

    def set_text(self, item_id: str, text: str) -> None:
        state = self.state(item_id)
        state["text"] = text.strip() or None
        self._write(item_id, state)

    def add_evidence(self, item_id: str, filename: str, data: bytes) -> str:
        name = Path(filename).name
        check_file(name, data)
        digest = hashlib.sha256(data).hexdigest()
        state = self.state(item_id)
        if not any(e["sha256"] == digest and e["filename"] == name for e in state["evidence"]):
            state["evidence"].append({"sha256": digest, "filename": name})
        self._write(item_id, state, (digest, data))
        return digest

    def remove_evidence(self, item_id: str, sha256: str, filename: str) -> None:
        state = self.state(item_id)
        state["evidence"] = [e for e in state["evidence"] if (e["sha256"], e["filename"]) != (sha256, filename)]
        self._write(item_id, state)

    def update_finding(self, item_id: str, severity: str, description: str, corrective_action: str,
                       deadline: date | None) -> None:
        state = self.state(item_id)
        if state.get("finding") is None:
            raise ValidationError(translate("Offline", "Item {item} has no finding: it is not nonconform.")
                                  .format(item=item_id), field=item_id)
        if not description.strip():
            raise ValidationError(translate("Inspections", "Describe what was found."), field="description")
        state["finding"] = {"severity": severity, "description": description.strip(),
                            "corrective_action": corrective_action.strip(),
                            "deadline": deadline.isoformat() if deadline else None}
        self._write(item_id, state)
