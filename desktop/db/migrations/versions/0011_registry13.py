"""registry's life: changes of a designated institute's particulars, and the particulars as designated

Revision ID: 0011_registry13
Revises: 0010_attachment_versions
Create Date: 2026-12-01

``registry_changes``: a change of scope, output types, name, representative, address or a merger, with its
effective day, its evidence (a blob) and who recorded it. Registry entries get the name, representative and address
they were designated with (existing entries take their institution's current values), so the list of a past day
is reproducible whatever is changed later.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_registry13"
down_revision: str | None = "0010_attachment_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PARTICULARS = (("name_at_designation", 200, "name"), ("representative_at_designation", 100, "representative"),
               ("address_at_designation", 300, "address"))


def upgrade() -> None:
    with op.batch_alter_table("registry_entries") as batch:
        for column, length, _ in PARTICULARS:
            batch.add_column(sa.Column(column, sa.String(length=length), nullable=False, server_default=""))
    for column, _, source in PARTICULARS:
        op.execute(f"UPDATE registry_entries SET {column} = (SELECT institutions.{source} FROM institutions "
                   f"WHERE institutions.id = registry_entries.institution_id)")
    op.create_table(
        "registry_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum("scope", "outputs", "name", "representative", "address", "merger",
                                  name="registrychangekind", native_enum=False, length=32), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("merger_role", sa.String(length=20), server_default="", nullable=False),
        sa.Column("evidence_sha256", sa.String(length=64), nullable=True),
        sa.Column("evidence_filename", sa.String(length=200), server_default="", nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["registry_entries.id"],
                                name=op.f("fk_registry_changes_entry_id_registry_entries"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["evidence_sha256"], ["blobs.sha256"],
                                name=op.f("fk_registry_changes_evidence_sha256_blobs")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"],
                                name=op.f("fk_registry_changes_recorded_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_changes")),
    )
    with op.batch_alter_table("registry_changes") as batch:
        batch.create_index(batch.f("ix_registry_changes_entry_id"), ["entry_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("registry_changes") as batch:
        batch.drop_index(batch.f("ix_registry_changes_entry_id"))
    op.drop_table("registry_changes")
    with op.batch_alter_table("registry_entries") as batch:
        for column, _, _ in reversed(PARTICULARS):
            batch.drop_column(column)
