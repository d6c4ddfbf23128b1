"""``designation-review export json``: every record of every table as documented JSON.

Format (version 1)::

    {
      "format": "designation-review-export",
      "format_version": 1,
      "application_version": "0.1.0",
      "schema_revision": "0001",          # the Alembic revision of the database
      "exported_at": "2026-11-25T08:00:00+00:00",
      "exported_by": "command line (alice)",
      "tables": {
        "institutions": [{"id": 1, "name": "…", …}, …],
        …                                 # one key per table, rows ordered by primary key
      }
    }

Values: dates and times ISO 8601 (times in UTC with offset), decimals as strings (exact), JSON columns as
stored, file contents (table ``blobs``) base64 in ``data``. Secrets are never exported (``null``): password
hashes and the signing keys of offline inspection files.
Tables (every table of the schema, parents before children): institutions, institution_contacts, rounds,
applications, staff_members, attachments, blobs, screening_results, supplement_requests, inspections,
inspection_inspectors, inspection_answers, inspection_findings, inspection_evidence, inspector_conflicts,
inspection_offline_exports, offline_database_identity, committee_members, member_affiliations,
round_committee_seats, committee_meetings, meeting_attendance, meeting_agenda_items, conflict_declarations,
challenges, challenge_votes, score_sheets, score_entries, scoring_results, decisions, number_sequences,
issued_documents, public_notices, registry_entries, registry_events, registry_changes, evaluation_reports,
report_correction_requests, validity_checks, validity_notices, validity_findings, sample_surveys, survey_strata,
survey_samples, survey_findings, users, settings, audit_events,
audit_chain_head.
"""

import base64
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.core.clock import now
from desktop.db.server.roles import refuse_partial_copy
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.models import metadata

FORMAT = "designation-review-export"
FORMAT_VERSION = 1
REDACTED_COLUMNS = frozenset({("users", "password_hash"), ("inspection_offline_exports", "secret")})


def _value(table: str, column: str, value: Any) -> Any:
    if (table, column) in REDACTED_COLUMNS:
        return None
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def iter_tables(session: Session) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Each table with its rows (ORM types, so datetimes come back aware and decimals exact)."""
    for table in metadata.sorted_tables:
        rows = session.execute(select(table).order_by(*table.primary_key.columns)).mappings()
        yield table.name, [
            {column: _value(table.name, column, value) for column, value in row.items()} for row in rows
        ]


def export_json(session: Session, actor: Actor, schema_revision: str | None) -> dict[str, Any]:
    """The whole database as one JSON-ready dict; the export itself is audited."""
    require(session, actor, Permission.EXPORT_DATA)
    refuse_partial_copy(session.connection())
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "application_version": __version__,
        "schema_revision": schema_revision,
        "exported_at": now().isoformat(),
        "exported_by": actor.display_name,
        "tables": dict(iter_tables(session)),
    }
    record(session, actor, "export.json", entity_type="database",
           summary=f"{sum(len(rows) for rows in document['tables'].values())} records")
    return document
