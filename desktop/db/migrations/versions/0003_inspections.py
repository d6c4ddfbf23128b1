"""inspections: evidence, inspector conflicts, offline copies, the pinned checklist and finding verification notes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONFLICT_GROUNDS = ("spouse_is_party", "relative_of_representative", "direct_involvement",
                    "agent_witness_appraiser", "direct_interest", "employment", "other")


def upgrade() -> None:
    op.create_table(
        "offline_database_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("identity", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_database_identity")),
        sa.UniqueConstraint("identity", name=op.f("uq_offline_database_identity_identity")),
    )
    op.create_table(
        "inspector_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("ground", sa.Enum(*CONFLICT_GROUNDS, name="conflictground", native_enum=False, length=32),
                  nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("declared_at", sa.DateTime(), nullable=False),
        sa.Column("declared_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"],
                                name=op.f("fk_inspector_conflicts_application_id_applications"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["declared_by_id"], ["users.id"],
                                name=op.f("fk_inspector_conflicts_declared_by_id_users")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_inspector_conflicts_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspector_conflicts")),
        sa.UniqueConstraint("user_id", "application_id", name=op.f("uq_inspector_conflicts_user_id_application_id")),
    )
    with op.batch_alter_table("inspector_conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inspector_conflicts_application_id"), ["application_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspector_conflicts_user_id"), ["user_id"], unique=False)

    op.create_table(
        "inspection_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=40), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(), nullable=False),
        sa.Column("uploaded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"],
                                name=op.f("fk_inspection_evidence_inspection_id_inspections"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["sha256"], ["blobs.sha256"], name=op.f("fk_inspection_evidence_sha256_blobs")),
        sa.ForeignKeyConstraint(["uploaded_by_id"], ["users.id"],
                                name=op.f("fk_inspection_evidence_uploaded_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_evidence")),
    )
    with op.batch_alter_table("inspection_evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inspection_evidence_inspection_id"), ["inspection_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_evidence_sha256"), ["sha256"], unique=False)

    op.create_table(
        "inspection_offline_exports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("secret", sa.String(length=128), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("exported_by_id", sa.Integer(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=True),
        sa.Column("imported_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["exported_by_id"], ["users.id"],
                                name=op.f("fk_inspection_offline_exports_exported_by_id_users")),
        sa.ForeignKeyConstraint(["imported_by_id"], ["users.id"],
                                name=op.f("fk_inspection_offline_exports_imported_by_id_users")),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"],
                                name=op.f("fk_inspection_offline_exports_inspection_id_inspections"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_offline_exports")),
        sa.UniqueConstraint("token", name=op.f("uq_inspection_offline_exports_token")),
    )
    with op.batch_alter_table("inspection_offline_exports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inspection_offline_exports_inspection_id"), ["inspection_id"],
                              unique=False)

    with op.batch_alter_table("inspection_findings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("verification_note", sa.Text(), nullable=True))

    with op.batch_alter_table("inspections", schema=None) as batch_op:
        batch_op.add_column(sa.Column("checklist_snapshot", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("scheduled_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("committee_override_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_inspections_scheduled_by_id_users"), "users",
                                    ["scheduled_by_id"], ["id"])
        batch_op.create_foreign_key(batch_op.f("fk_inspections_committee_override_by_id_users"), "users",
                                    ["committee_override_by_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_inspections_committee_override_by_id_users"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_inspections_scheduled_by_id_users"), type_="foreignkey")
        batch_op.drop_column("committee_override_by_id")
        batch_op.drop_column("scheduled_by_id")
        batch_op.drop_column("checklist_snapshot")

    with op.batch_alter_table("inspection_findings", schema=None) as batch_op:
        batch_op.drop_column("verification_note")

    with op.batch_alter_table("inspection_offline_exports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_offline_exports_inspection_id"))
    op.drop_table("inspection_offline_exports")
    with op.batch_alter_table("inspection_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_evidence_sha256"))
        batch_op.drop_index(batch_op.f("ix_inspection_evidence_inspection_id"))
    op.drop_table("inspection_evidence")
    with op.batch_alter_table("inspector_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspector_conflicts_user_id"))
        batch_op.drop_index(batch_op.f("ix_inspector_conflicts_application_id"))
    op.drop_table("inspector_conflicts")
    op.drop_table("offline_database_identity")
