"""Backups: one self-contained SQLite file that restore can check before it touches anything.

A backup is an SQLite database with the project's schema (at the revision of the database it was made from) and
every row, plus the table ``backup_manifest`` (key, value) that says what it is::

    format               designation-review-backup
    format_version       1
    application_version  0.1.0              the version that wrote it
    schema_revision      0005               the Alembic revision of the rows
    source               sqlite:////…/designation-review.sqlite3 (passwords removed)
    created_at           2026-11-25T01:00:00+00:00
    created_by           Kim Admin
    tables               {"users": {"rows": 8, "sha256": "…"}, …}   every other table, counted and hashed

The hash of a table is the SHA-256 of its rows in primary-key order, each row written as one JSON line of its stored
values (``manifest.table_digests``); restore recomputes it, so a damaged page is found even where SQLite's own
integrity check passes. The manifest guards against damage, not against a forger (who could rewrite it): the audit
chain is the guard against tampering. A backup holds everything, password hashes included: keep it as safe as the
database itself.

``create.write_backup`` makes one (SQLite: the online backup API inside one read snapshot; PostgreSQL: a
REPEATABLE READ snapshot copied table by table), ``check.check_backup`` opens and checks one, ``restore.restore_into``
copies a checked backup into an empty database, ``automatic`` names and prunes the daily backups.
"""

from desktop.core.errors import DatabaseError

BACKUP_SUFFIX = ".backup"


class BackupError(DatabaseError):
    """A backup that cannot be made or restored; the message says why and that nothing was changed."""
