"""decisions documents: English reasons, corrections, public notices, issued-document details, registry history

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reasons_en", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("conditions_en", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("correction_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("correction_reason_en", sa.Text(), server_default="", nullable=False))

    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("number", sa.String(length=40), server_default="", nullable=False))
        batch_op.add_column(sa.Column("settings", sa.JSON(), nullable=True))
        batch_op.create_index("ix_issued_documents_entity", ["kind", "entity_type", "entity_id", "language"],
                              unique=False)

    op.create_table(
        "public_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("entries", sa.JSON(), nullable=False),
        sa.Column("issued_by_id", sa.Integer(), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["issued_by_id"], ["users.id"], name=op.f("fk_public_notices_issued_by_id_users")),
        sa.ForeignKeyConstraint(["round_id"], ["rounds.id"], name=op.f("fk_public_notices_round_id_rounds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_public_notices")),
        sa.UniqueConstraint("year", "sequence", name=op.f("uq_public_notices_year_sequence")),
    )
    with op.batch_alter_table("public_notices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_public_notices_round_id"), ["round_id"], unique=False)

    op.create_table(
        "registry_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum("designated", "corrected", "suspended", "reinstated", "revoked",
                                  name="registryeventkind", native_enum=False, length=32), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("reference", sa.String(length=60), server_default="", nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["decision_id"], ["decisions.id"],
                                name=op.f("fk_registry_events_decision_id_decisions")),
        sa.ForeignKeyConstraint(["entry_id"], ["registry_entries.id"],
                                name=op.f("fk_registry_events_entry_id_registry_entries"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_registry_events_recorded_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_events")),
    )
    with op.batch_alter_table("registry_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_registry_events_entry_id"), ["entry_id"], unique=False)
    # Entries made before this revision get their designation as the first line of their history.
    op.execute(
        "INSERT INTO registry_events (entry_id, kind, occurred_on, decision_id, reference, note, recorded_at) "
        "SELECT id, 'designated', designated_on, decision_id, '', '', created_at FROM registry_entries"
    )


def downgrade() -> None:
    with op.batch_alter_table("registry_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registry_events_entry_id"))
    op.drop_table("registry_events")
    with op.batch_alter_table("public_notices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_public_notices_round_id"))
    op.drop_table("public_notices")
    # recreate="never": plain DROP COLUMN (SQLite 3.35+), so the tables other tables point to are never rebuilt.
    with op.batch_alter_table("issued_documents", schema=None, recreate="never") as batch_op:
        batch_op.drop_index("ix_issued_documents_entity")
        batch_op.drop_column("settings")
        batch_op.drop_column("number")
    with op.batch_alter_table("decisions", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("correction_reason_en")
        batch_op.drop_column("correction_reason")
        batch_op.drop_column("conditions_en")
        batch_op.drop_column("reasons_en")
