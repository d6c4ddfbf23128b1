"""applications screening: attachment notes, confirmation of screening results

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("note", sa.String(length=200), server_default="", nullable=False))
    with op.batch_alter_table("screening_results", schema=None) as batch_op:
        batch_op.add_column(sa.Column("confirmed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("confirmed_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_screening_results_confirmed_by_id_users"), "users",
                                    ["confirmed_by_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("screening_results", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_screening_results_confirmed_by_id_users"), type_="foreignkey")
        batch_op.drop_column("confirmed_by_id")
        batch_op.drop_column("confirmed_at")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_column("note")
