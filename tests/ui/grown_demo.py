"""The demo with more rows, built cheaply: every institution and everything that hangs off it (applications,
rosters, inspections, score sheets, decisions, registry entries, reports, checks, cases …) copied with new ids by
plain inserts, so a page's statement count can be compared before and after its lists grew."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, String, Table, insert, select

from desktop.db.engine import Database
from desktop.domain.models import metadata

ROOTS = ("institutions",)
"""The tables copied whole; every row referring (through its foreign keys) to a copied row is copied in turn."""
LEFT_ALONE = ("audit_events", "audit_chain_head")
"""The trail is a hash chain (its events are added through the service, see ``add_audit_events``)."""


def _unique_sets(table: Table) -> list[tuple[str, ...]]:
    sets = [tuple(c.name for c in constraint.columns) for constraint in table.constraints
            if constraint.__class__.__name__ == "UniqueConstraint"]
    sets += [tuple(c.name for c in index.columns) for index in table.indexes if index.unique]
    sets += [(c.name,) for c in table.columns if c.unique and not c.primary_key]
    return sets


def _made_unique(table: Table, row: dict[str, Any], remapped: set[str], copy: int) -> None:
    """Change one column of each unique set the copy would repeat: a text gets a suffix, a number an offset."""
    for columns in _unique_sets(table):
        if remapped.intersection(columns):
            continue
        for name in columns:
            value, kind = row[name], table.c[name].type
            if isinstance(kind, String) and isinstance(value, str):
                row[name] = f"{value}-{copy}"
                break
            if isinstance(kind, Integer) and isinstance(value, int):
                row[name] = value + 10_000 * copy
                break


def copy_institutions(database: Database, copy: int = 1) -> dict[str, int]:
    """Copy every institution and the rows that hang off it once (``copy`` numbers the copy); returns rows added
    per table."""
    added: dict[str, int] = {}
    new_ids: dict[str, dict[Any, Any]] = {}
    with database.engine.begin() as connection:
        for table in metadata.sorted_tables:
            if table.name in LEFT_ALONE:
                continue
            keys = [(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys
                    if fk.column.table.name in new_ids]
            if table.name not in ROOTS and not keys:
                continue
            rows = [dict(r._mapping) for r in connection.execute(select(table))]
            copied = [r for r in rows if table.name in ROOTS
                      or any(r[c] in new_ids[t] for c, t in keys if r[c] is not None)]
            if not copied:
                continue
            primary = [c.name for c in table.primary_key.columns]
            single = primary[0] if len(primary) == 1 and isinstance(table.c[primary[0]].type, Integer) else None
            next_id = max((r[single] for r in rows), default=0) + 1 if single else 0
            mine = new_ids.setdefault(table.name, {})
            if single:
                for n, row in enumerate(sorted(copied, key=lambda r: r[single])):
                    mine[row[single]] = next_id + n
            out = []
            for row in copied:
                new = dict(row)
                remapped = set()
                for column, target in [(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys]:
                    if new[column] is not None and new[column] in new_ids.get(target, {}):
                        new[column] = new_ids[target][new[column]]
                        remapped.add(column)
                if single:
                    new[single] = mine[row[single]]
                    remapped.add(single)
                _made_unique(table, new, remapped, copy)
                out.append(new)
            connection.execute(insert(table), out)
            added[table.name] = len(out)
    return added


def add_audit_events(database: Database, actor: Any, count: int) -> None:
    """The latest ``count`` events recorded again through the audit service (chained as any other), so the newest
    page of the trail names as many kinds of record as before."""
    from desktop.domain.audit.models import AuditEvent
    from desktop.domain.audit.service import record

    with database.transaction() as session:
        latest = session.execute(select(AuditEvent.action, AuditEvent.entity_type, AuditEvent.entity_id,
                                        AuditEvent.summary).order_by(AuditEvent.id.desc()).limit(count)).all()
        for action, entity_type, entity_id, summary in reversed(latest):
            record(session, actor, action, entity_type=entity_type, entity_id=entity_id, summary=summary,
                   unchecked=True)
