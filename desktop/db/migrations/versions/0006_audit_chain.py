"""audit chain: events numbered and hash-chained, the chain head, and triggers refusing UPDATE and DELETE

Existing events are chained in id order (canonical content format 1, as desktop.domain.audit.chain describes it;
the format is copied here so that this revision keeps producing it whatever the application becomes).
The triggers belong to audit_events: a later batch migration that recreates that table on SQLite must create
them again.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""
import hashlib
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64
REFUSAL = "audit events cannot be changed or deleted"


def _content(row: Sequence) -> str:
    """Canonical content, format 1: compact JSON of the scalars and the two lengths, then the two JSON texts."""
    sequence, previous, at, actor_id, name, role, action, entity_type, entity_id, summary, reason, before, after = row
    scalars = [1, sequence, previous, at, actor_id, name, role, action, entity_type, entity_id, summary, reason,
               -1 if before is None else len(before), -1 if after is None else len(after)]
    return json.dumps(scalars, ensure_ascii=False, separators=(",", ":")) + (before or "") + (after or "")


def _chain_existing_events(bind: sa.engine.Connection) -> tuple[int, str]:
    postgres = bind.dialect.name == "postgresql"
    at = "to_char(at, 'YYYY-MM-DD HH24:MI:SS.US')" if postgres else "at"
    before, after = ('CAST("before" AS TEXT)', 'CAST("after" AS TEXT)') if postgres else ('"before"', '"after"')
    rows = bind.execute(sa.text(
        f"SELECT id, {at}, actor_id, actor_name, actor_role, action, entity_type, entity_id, summary, reason, "
        f"{before}, {after} FROM audit_events ORDER BY id")).all()
    sequence, previous, updates = 0, GENESIS, []
    for row in rows:
        sequence += 1
        digest = hashlib.sha256(_content((sequence, previous, *row[1:])).encode("utf-8")).hexdigest()
        updates.append({"id": row[0], "sequence": sequence, "previous_hash": previous, "hash": digest})
        previous = digest
    if updates:
        bind.execute(sa.text("UPDATE audit_events SET sequence = :sequence, previous_hash = :previous_hash, "
                             "hash = :hash WHERE id = :id"), updates)
    return sequence, previous


def _create_triggers(bind: sa.engine.Connection) -> None:
    if bind.dialect.name == "postgresql":
        op.execute(f"""
            CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{REFUSAL}' USING ERRCODE = 'insufficient_privilege';
            END $$""")
        op.execute("CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_events "
                   "FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()")
        op.execute("CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
                   "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()")
    else:
        for name, what in (("audit_events_no_update", "UPDATE"), ("audit_events_no_delete", "DELETE")):
            op.execute(f"CREATE TRIGGER {name} BEFORE {what} ON audit_events "
                       f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END")


def _drop_triggers(bind: sa.engine.Connection) -> None:
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_update_or_delete ON audit_events")
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS audit_events_refuse_change()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("audit_events", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("sequence", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("previous_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    head_sequence, head_hash = _chain_existing_events(bind)
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.alter_column("sequence", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("previous_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_events_sequence"), ["sequence"])
    head = op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    op.bulk_insert(head, [{"id": 1, "sequence": head_sequence, "hash": head_hash}])
    _create_triggers(bind)


def downgrade() -> None:
    bind = op.get_bind()
    _drop_triggers(bind)
    op.drop_table("audit_chain_head")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_events_sequence"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("previous_hash")
        batch_op.drop_column("sequence")
