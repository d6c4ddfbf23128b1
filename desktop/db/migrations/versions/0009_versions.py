"""versions: every record a form edits as a whole carries a version and who saved it last

Revision ID: 0009_versions
Revises: 0008_periods
Create Date: 2026-12-09

Institutions, score sheets, checklist answers, business settings and committee members get ``version`` (existing
rows at 1) and ``updated_by``; applications, which had a version already, get ``updated_by``. A save names the
version its form was loaded at and is refused when the stored row has moved on (``desktop.domain.versions``).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_versions"
down_revision: str | None = "0008_periods"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEWLY_VERSIONED = ("institutions", "score_sheets", "inspection_answers", "settings", "committee_members")


def upgrade() -> None:
    for table in NEWLY_VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
            batch.add_column(sa.Column("updated_by", sa.String(length=100), nullable=True))
    with op.batch_alter_table("applications") as batch:
        batch.add_column(sa.Column("updated_by", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("applications") as batch:
        batch.drop_column("updated_by")
    for table in reversed(NEWLY_VERSIONED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("updated_by")
            batch.drop_column("version")
