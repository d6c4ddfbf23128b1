"""Copying every row of the schema from one connection to another, parents before children, in batches.

Between two SQLite files the stored values are copied as they are (no type conversion, so nothing can change); to or
from PostgreSQL each side's reflected column types convert them (SQLite's text datetimes and 0/1 booleans become
PostgreSQL's timestamps and booleans, and back). Only INSERT is used, so tables whose triggers refuse UPDATE and
DELETE (audit events, issued records) take the copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import JSON, Connection, MetaData, Table, column, func, insert, select, table
from sqlalchemy.sql.expression import TableClause

from desktop.db.backup.manifest import MANIFEST_TABLE, VERSION_TABLE

BATCH = 500


STARTED_BY_MIGRATIONS = ("audit_chain_head",)
"""Tables whose rows the migrations write into every new database (the audit chain's genesis head): not data, and
replaced by the copied database's own."""


@dataclass(frozen=True)
class TablePlan:
    """One table to copy: its name, the columns both sides share (in order) and its primary-key columns."""

    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]


def reflect(connection: Connection) -> MetaData:
    metadata = MetaData()
    metadata.reflect(bind=connection)
    return metadata


def schema_tables(metadata: MetaData) -> list[Table]:
    """The application's tables in foreign-key order (parents first), without the version and manifest tables."""
    return [t for t in metadata.sorted_tables if t.name not in (VERSION_TABLE, MANIFEST_TABLE)]


def plan_of(source_table: Table) -> TablePlan:
    key = tuple(c.name for c in source_table.primary_key.columns) or tuple(c.name for c in source_table.columns)
    return TablePlan(source_table.name, tuple(c.name for c in source_table.columns), key)


def count_rows(connection: Connection, name: str) -> int:
    return int(connection.execute(select(func.count()).select_from(table(name))).scalar_one())


def _untyped(plan: TablePlan) -> TableClause:
    return table(plan.name, *(column(name) for name in plan.columns))


def _typed_target(target: Table) -> Table:
    """The target table with JSON columns that store Python None as SQL NULL (as an absent value was)."""
    copy = Table(target.name, MetaData())
    for source_column in target.columns:
        kind = JSON(none_as_null=True) if isinstance(source_column.type, JSON) else source_column.type
        copy.append_column(source_column._copy(type_=kind))
    return copy


def copy_table(source: Connection, target: Connection, plan: TablePlan, *, typed: bool,
               source_metadata: MetaData | None = None, target_metadata: MetaData | None = None) -> Iterator[int]:
    """Insert every row of ``plan`` read from ``source`` into ``target``; yields the size of each batch copied."""
    if typed:
        assert source_metadata is not None and target_metadata is not None
        reading = source_metadata.tables[plan.name]
        writing: TableClause = _typed_target(target_metadata.tables[plan.name])
        chosen = [reading.c[name] for name in plan.columns]
        order = [reading.c[name] for name in plan.key]
    else:
        reading_clause = _untyped(plan)
        writing = _untyped(plan)
        chosen = [reading_clause.c[name] for name in plan.columns]
        order = [reading_clause.c[name] for name in plan.key]
    result = source.execution_options(yield_per=BATCH).execute(select(*chosen).order_by(*order))
    for rows in result.partitions(BATCH):
        target.execute(insert(writing), [dict(zip(plan.columns, row, strict=True)) for row in rows])
        yield len(rows)
