"""A validity check may be withdrawn, with its reason, who withdrew it and when

Revision ID: 0013_validity_withdrawal
Revises: 0012_publish
Create Date: 2026-12-01

``validity_checks.status`` is a VARCHAR enum: the new value "withdrawn" needs no change of it; the three columns
record why, by whom and when the check was withdrawn.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_validity_withdrawal"
down_revision: str | None = "0012_publish"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("validity_checks") as batch:
        batch.add_column(sa.Column("withdrawn_reason", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("withdrawn_by_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("withdrawn_at", sa.DateTime(), nullable=True))
        batch.create_foreign_key(op.f("fk_validity_checks_withdrawn_by_id_users"), "users", ["withdrawn_by_id"],
                                 ["id"])


def downgrade() -> None:
    with op.batch_alter_table("validity_checks") as batch:
        batch.drop_constraint(op.f("fk_validity_checks_withdrawn_by_id_users"), type_="foreignkey")
        batch.drop_column("withdrawn_at")
        batch.drop_column("withdrawn_by_id")
        batch.drop_column("withdrawn_reason")
