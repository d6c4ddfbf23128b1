"""The manifest of a backup file: what it is, where it came from, and a row count and SHA-256 of every table."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

FORMAT = "designation-review-backup"
FORMAT_VERSION = 1
MANIFEST_TABLE = "backup_manifest"
VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class TableDigest:
    rows: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """What ``backup_manifest`` says about the file it is in."""

    application_version: str
    schema_revision: str
    source: str
    created_at: datetime
    created_by: str
    tables: dict[str, TableDigest] = field(default_factory=dict)
    format_version: int = FORMAT_VERSION

    @property
    def record_count(self) -> int:
        """The rows of the application's tables (the schema's own version row aside)."""
        return sum(d.rows for name, d in self.tables.items() if name != VERSION_TABLE)

    @property
    def table_count(self) -> int:
        return sum(1 for name in self.tables if name != VERSION_TABLE)


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def data_tables(connection: sqlite3.Connection) -> list[str]:
    """Every table of the file but SQLite's own and the manifest, by name."""
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "AND name != ? ORDER BY name", (MANIFEST_TABLE,))
    return [name for (name,) in rows]


def _order_by(connection: sqlite3.Connection, table: str) -> str:
    """The primary-key columns in key order (a table without one: its rowid)."""
    columns = connection.execute(f"PRAGMA table_info({quoted(table)})").fetchall()
    key = sorted((c for c in columns if c[5]), key=lambda c: c[5])
    return ", ".join(quoted(c[1]) for c in key) if key else "rowid"


def _canonical(value: Any) -> Any:
    """A stored value as JSON can hold it exactly: a file's bytes by their hash, a real number by its hex form."""
    if isinstance(value, bytes):
        return {"blob_sha256": hashlib.sha256(value).hexdigest(), "length": len(value)}
    if isinstance(value, float):
        return {"real": value.hex()}
    return value


def table_digest(connection: sqlite3.Connection, table: str) -> TableDigest:
    """Count and hash the rows of ``table`` as stored (one JSON line per row, in primary-key order)."""
    digest = hashlib.sha256()
    count = 0
    cursor = connection.execute(f"SELECT * FROM {quoted(table)} ORDER BY {_order_by(connection, table)}")
    while batch := cursor.fetchmany(500):
        for row in batch:
            line = json.dumps([_canonical(v) for v in row], ensure_ascii=False, separators=(",", ":"))
            digest.update(line.encode("utf-8") + b"\n")
        count += len(batch)
    return TableDigest(count, digest.hexdigest())


def iter_table_digests(connection: sqlite3.Connection) -> Iterator[tuple[str, TableDigest]]:
    """Each data table with its digest, one at a time (so a caller can report progress)."""
    for table in data_tables(connection):
        yield table, table_digest(connection, table)


def write_manifest(connection: sqlite3.Connection, manifest: Manifest) -> None:
    """Replace the file's manifest by ``manifest`` (in the caller's transaction)."""
    values = {
        "format": FORMAT,
        "format_version": str(manifest.format_version),
        "application_version": manifest.application_version,
        "schema_revision": manifest.schema_revision,
        "source": manifest.source,
        "created_at": manifest.created_at.isoformat(),
        "created_by": manifest.created_by,
        "tables": json.dumps({name: {"rows": d.rows, "sha256": d.sha256} for name, d in manifest.tables.items()},
                             ensure_ascii=False, sort_keys=True),
    }
    connection.execute(f"DROP TABLE IF EXISTS {MANIFEST_TABLE}")
    connection.execute(f"CREATE TABLE {MANIFEST_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    connection.executemany(f"INSERT INTO {MANIFEST_TABLE} (key, value) VALUES (?, ?)", values.items())


class ManifestUnreadable(ValueError):
    """The manifest exists but is not one this application wrote (a key missing or malformed)."""


def read_manifest(connection: sqlite3.Connection) -> Manifest | None:
    """The file's manifest; None when the file has none or it names another format; ManifestUnreadable if garbled."""
    present = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                 (MANIFEST_TABLE,)).fetchone()
    if present is None:
        return None
    try:
        values = dict(connection.execute(f"SELECT key, value FROM {MANIFEST_TABLE}").fetchall())
    except sqlite3.Error as error:
        raise ManifestUnreadable(str(error)) from error
    if values.get("format") != FORMAT:
        return None
    try:
        tables = {name: TableDigest(int(d["rows"]), str(d["sha256"]))
                  for name, d in json.loads(values["tables"]).items()}
        return Manifest(
            application_version=str(values["application_version"]),
            schema_revision=str(values["schema_revision"]),
            source=str(values["source"]),
            created_at=datetime.fromisoformat(values["created_at"]),
            created_by=str(values["created_by"]),
            tables=tables,
            format_version=int(values["format_version"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ManifestUnreadable(str(error)) from error
