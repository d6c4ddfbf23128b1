"""``designation-review export json``: every record of every table as documented JSON.

Format (version 1)::

    {
      "format": "designation-review-export",
      "format_version": 1,
      "application_version": "0.1.0",
      "schema_revision": "0001",          # the Alembic revision of the database
      "exported_at": "2026-11-25T08:00:00+00:00",
      "exported_by": "command line (alice)",
      "settings": {                       # every declared business setting, derived from its declaration
        "pass_mark": {"value": "70", "default": "70", "changed": false, "group": "procedure",
                      "kind": "decimal", "frozen_per_round": true},
        …                                 # the seal image by its digest (its bytes are in table "settings")
      },
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
import io
import json
from collections.abc import Callable, Generator, Iterator, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import chain
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

from sqlalchemy import JSON, Date, Enum, LargeBinary, Table, Text, cast, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.core.clock import now
from desktop.core.i18n import translate
from desktop.core.progress import run_to_end
from desktop.db.base import UTCDateTime
from desktop.db.server.roles import refuse_partial_copy
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import record
from desktop.domain.models import metadata
from desktop.domain.settings.transfer import exported_settings

FORMAT = "designation-review-export"
FORMAT_VERSION = 1
REDACTED_COLUMNS = frozenset({("users", "password_hash"), ("inspection_offline_exports", "secret")})
BATCH = 1000
"""Rows read and written at a time, at most (PostgreSQL: a server-side cursor fetching them)."""
BATCH_BYTES = 1 << 20
"""About this much stored text and file content per batch: rows holding whole files or frozen documents come a few
at a time, so memory stays bounded whatever a row holds."""

Progress = tuple[int, int, str]
_indented = json.JSONEncoder(ensure_ascii=False, indent=1).encode  # json's own text, for what the fast path lacks


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


def _nested(value: Any, indent: str) -> str:
    """A JSON column's value as ``json.dumps(…, indent=1)`` writes it at this depth (its lines after the first
    start with ``indent``)."""
    kind = type(value)
    if kind is dict or kind is list:
        if not value:
            return "{}" if kind is dict else "[]"
        inner = indent + " "
        items = value.values() if kind is dict else value
        if _CONTAINERS.isdisjoint(map(type, items)) and (flat := _flat_encoder(inner)) is not None:
            text = "".join(flat(value, 0))  # json's C encoder: the items on their lines at this depth
            return text[0] + "\n" + inner + text[1:-1] + "\n" + indent + text[-1]
        if kind is dict and all(type(key) is str for key in value):
            return ("{\n" + inner + (",\n" + inner).join([encode_basestring(key) + ": " + _nested(item, inner)
                                                         for key, item in value.items()]) + "\n" + indent + "}")
        if kind is list:
            return ("[\n" + inner + (",\n" + inner).join([_nested(item, inner) for item in value])
                    + "\n" + indent + "]")
    encode = _BY_TYPE.get(kind)
    return encode(value) if encode is not None else _other(value, indent)


_CONTAINERS = frozenset({dict, list, tuple})
_FLAT_ENCODERS: dict[str, Any] = {}


def _flat_encoder(indent: str) -> Any:
    """json's C encoder writing the items of a dict or list without containers one per line at ``indent``."""
    if indent not in _FLAT_ENCODERS:
        _FLAT_ENCODERS[indent] = (None if _encoder is None else c_make_encoder(
            None, _default, encode_basestring, None, ": ", ",\n" + indent, False, False, True))
    return _FLAT_ENCODERS[indent]


def _other(value: Any, indent: str) -> str:
    if isinstance(value, str):  # enumerations
        return encode_basestring(value)
    if isinstance(value, dict | list):
        return _nested(value, indent)
    return _indented(_value("", "", value)).replace("\n", "\n" + indent)


_scan = json.JSONDecoder().scan_once


def _json_text(text: str | int | float | None) -> str:
    """A JSON column as stored (its text, read without conversion) as the export writes it at the rows' depth."""
    if text is None or text == "null":
        return "null"
    if not isinstance(text, str):  # SQLite's NUMERIC affinity of a JSON column keeps a bare number as a number
        return _nested(text, "    ")
    value, end = _scan(text, 0)
    if end != len(text):
        value = json.loads(text)
    return _nested(value, "    ")


_BY_TYPE: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    int: int.__repr__,
    type(None): lambda _: "null",
    bool: lambda value: "true" if value else "false",
    datetime: lambda value: '"' + value.isoformat() + '"',
    date: lambda value: '"' + value.isoformat() + '"',
    Decimal: lambda value: '"' + str(value) + '"',
    bytes: lambda value: '"' + base64.b64encode(value).decode("ascii") + '"',
}
"""The text of a value of each type the rows hold, as ``json.dumps`` writes what ``_value`` makes of it."""


_AS_TEXT: dict[type, Callable[[Any], str]] = {
    datetime: datetime.isoformat,
    date: date.isoformat,
    Decimal: Decimal.__str__,
    bytes: lambda value: base64.b64encode(value).decode("ascii"),
}


def _default(value: Any) -> Any:
    """What ``_value`` makes of a value JSON has no type for (times, decimals, file contents): a string."""
    convert = _AS_TEXT.get(type(value))
    if convert is not None:
        return convert(value)
    converted = _value("", "", value)
    if converted is value:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    return converted


_SEPARATOR = "\x00"
"""Between two values in the encoder's text: a raw control character, which json writes nowhere else (inside a
string it is escaped), so the text splits back into the values exactly."""


def _scalar(value: Any) -> str:
    encode = _BY_TYPE.get(type(value))
    return encode(value) if encode is not None else _other(value, "    ")


def _values_encoder() -> Any:
    """json's C encoder writing a flat list of values apart by ``_SEPARATOR`` (``json.dumps`` with an indent falls
    back to the pure-Python encoder, several times slower); None where this Python's C encoder differs."""
    try:
        encoder = c_make_encoder(None, _default, encode_basestring, None, ": ", _SEPARATOR, False, False, True)
        sample = [1, "é\"\n\x00}", None, date(2026, 11, 25), 1.5, True, -2, Decimal("1.50"), b"\x00"]
        if "".join(encoder(sample, 0)) == "[" + _SEPARATOR.join(_scalar(value) for value in sample) + "]":
            return encoder
    except Exception:  # no C encoder, or another signature: the value-by-value way does the same
        pass
    return None


_encoder = _values_encoder()


def _as_stored(column: Any, sqlite: bool) -> bool:
    """Whether the export reads this column as its stored text: JSON (decoded once, by the writer), enumerations
    (stored by value: the text is what the export writes) and, on SQLite, dates and times (ISO text there, turned
    into the export's form by ``_TableText`` without a datetime per value)."""
    kind = column.type
    return isinstance(kind, JSON | Enum) or (sqlite and isinstance(kind, UTCDateTime | Date))


def _utc_text(stored: str | None) -> str | None:
    """A time as SQLite stores it (naive UTC, ``YYYY-MM-DD HH:MM:SS.ffffff``) in the export's form, the text of
    ``datetime.isoformat()`` of the aware value (no fraction when it is zero, then ``+00:00``)."""
    if stored is None:
        return None
    if len(stored) == 26 and stored[10] == " " and stored[19] == ".":
        return stored[:10] + "T" + (stored[11:19] if stored.endswith(".000000") else stored[11:]) + "+00:00"
    return datetime.fromisoformat(stored).replace(tzinfo=UTC).isoformat()  # another form SQLite accepts


def _date_text(stored: str | None) -> str | None:
    if stored is None or (len(stored) == 10 and stored[4] == "-" and stored[7] == "-"):
        return stored
    return date.fromisoformat(stored[:10]).isoformat()


class _TableText:
    """Writes the rows of one table exactly as ``json.dumps(document, ensure_ascii=False, indent=1)`` would: all the
    values of a batch through one call of json's C encoder, each JSON column (read as its stored text) indented on
    its own, the keys and the indentation put between them."""

    def __init__(self, table: Table, sqlite: bool = False) -> None:
        columns = list(table.columns)
        self.width = len(columns)
        keys = [encode_basestring(c.name) + ": " for c in columns]
        self.prefixes = ["\n   },\n   {\n    " + keys[0]] + [",\n    " + key for key in keys[1:]]
        self.json = tuple(i for i, c in enumerate(columns) if isinstance(c.type, JSON))
        # On SQLite, row_batches reads times and dates as their stored text (_as_stored): written from it here.
        self.times = tuple(i for i, c in enumerate(columns) if sqlite and isinstance(c.type, UTCDateTime))
        self.dates = tuple(i for i, c in enumerate(columns) if sqlite and isinstance(c.type, Date))
        self.redacted = tuple(i for i, c in enumerate(columns) if (table.name, c.name) in REDACTED_COLUMNS)

    def _values(self, flat: list[Any]) -> list[str]:
        if _encoder is not None:
            values: list[str] = "".join(_encoder(flat, 0))[1:-1].split(_SEPARATOR)
            if len(values) == len(flat):
                return values
        return [_scalar(value) for value in flat]

    def rows(self, rows: Sequence[Sequence[Any]]) -> str:
        count, width = len(rows), self.width
        flat = list(chain.from_iterable(rows))
        for index in self.json:  # the stored texts, not strings to quote
            flat[index::width] = [None] * count
        for index in self.times:
            flat[index::width] = list(map(_utc_text, flat[index::width]))
        for index in self.dates:
            flat[index::width] = list(map(_date_text, flat[index::width]))
        values = self._values(flat)
        for index in self.json:
            values[index::width] = [_json_text(row[index]) for row in rows]
        for index in self.redacted:
            values[index::width] = ["null"] * count
        parts: list[str] = [""] * (2 * len(values))  # each key before its value, joined once
        parts[0::2] = self.prefixes * count
        parts[1::2] = values
        return "".join(parts)[len("\n   },"):] + "\n   }"


def _header(session: Session, actor: Actor, schema_revision: str | None) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "application_version": __version__,
        "schema_revision": schema_revision,
        "exported_at": now().isoformat(),
        "exported_by": actor.display_name,
        "settings": exported_settings(session),  # every declared setting, readable beside the raw table
    }


def _unbounded(table: Table) -> tuple[int, ...]:
    """The columns whose values have no length limit (texts, JSON, file contents): what makes a row large."""
    return tuple(i for i, c in enumerate(table.columns)
                 if isinstance(c.type, JSON | LargeBinary | Text) or getattr(c.type, "length", 0) is None)


def _size(value: object) -> int:
    """About how many bytes a value of an unbounded column holds (a JSON number SQLite kept as a number: a few)."""
    return len(value) if isinstance(value, str | bytes) else 8 if value is not None else 0


def row_batches(session: Session, table: Table) -> Iterator[Sequence[Any]]:
    """The rows of ``table`` in primary-key order, a batch at a time (ORM types: datetimes aware, decimals exact;
    the columns of ``_as_stored`` as their stored text, for ``_TableText``); never the whole table at once. A batch
    holds about ``BATCH_BYTES``: rows with files are counted one by one, others sized from rows spread over the
    batch before."""
    sqlite = session.connection().dialect.name == "sqlite"
    as_text = type_coerce if sqlite else cast
    columns = [as_text(c, Text).label(c.name) if _as_stored(c, sqlite) else c for c in table.columns]
    files = any(isinstance(c.type, LargeBinary) for c in table.columns)
    result = session.execute(select(*columns).order_by(*table.primary_key.columns),
                             execution_options={"stream_results": True, "max_row_buffer": 16 if files else BATCH})
    unbounded = _unbounded(table)
    if files:  # a file may be of any size: never more of them at once than the bytes allow
        batch: list[Any] = []
        held = 0
        while (row := result.fetchone()) is not None:
            batch.append(row)
            held += sum(_size(row[i]) for i in unbounded)
            if held >= BATCH_BYTES or len(batch) >= BATCH:
                yield batch
                batch, held = [], 0
        if batch:
            yield batch
        return
    size = 16
    while rows := result.fetchmany(size):
        yield rows
        if unbounded:  # sized from 16 rows spread over the batch: measuring each row cost a tenth of the export
            sample = rows[::max(1, len(rows) // 16)]
            largest = sum(max(_size(row[i]) for row in sample) for i in unbounded)
            size = max(1, min(BATCH, BATCH_BYTES // (largest + 400)))
        else:
            size = BATCH


def write_export(session: Session, actor: Actor, schema_revision: str | None,
                 write: Callable[[bytes], object]) -> Generator[Progress, None, dict[str, int]]:
    """Write the whole database as the export's JSON text to ``write``, batch by batch as the rows are read;
    yields (rows done, rows in all, message) and returns the rows written per table. The export is audited.

    The text is byte for byte ``json.dumps(document, ensure_ascii=False, indent=1)`` of the document."""
    require(session, actor, Permission.EXPORT_DATA)
    refuse_partial_copy(session.connection())
    tables = metadata.sorted_tables
    total = sum(session.scalar(select(func.count()).select_from(t)) or 0 for t in tables)
    header = json.dumps(_header(session, actor, schema_revision), ensure_ascii=False, indent=1)
    write((header[:-2] + ',\n "tables": {').encode("utf-8"))
    counts: dict[str, int] = {}
    done = 0
    for position, table in enumerate(tables):
        message = translate("Export", "Exporting {table}…").format(table=table.name)
        yield done, total, message
        text = _TableText(table, session.connection().dialect.name == "sqlite")
        write((("," if position else "") + "\n  " + encode_basestring(table.name) + ": [").encode("utf-8"))
        count = 0
        for rows in row_batches(session, table):
            write(((",") if count else "").encode("utf-8") + text.rows(rows).encode("utf-8"))
            count += len(rows)
            yield done + count, total, message
        write(b"\n  ]" if count else b"]")
        counts[table.name] = count
        done += count
    write(b"\n }\n}")
    record(session, actor, "export.json", entity_type="database", summary=f"{done} records")
    return counts


def export_json(session: Session, actor: Actor, schema_revision: str | None) -> dict[str, Any]:
    """The export read back as a dict (the same text ``write_export`` streams): for small databases and tests."""
    buffer = io.BytesIO()
    run_to_end(write_export(session, actor, schema_revision, buffer.write))
    return json.loads(buffer.getvalue())
