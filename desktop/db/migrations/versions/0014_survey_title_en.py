"""A sample survey's optional English title, printed on its English report

Revision ID: 0014_survey_title_en
Revises: 0013_validity_withdrawal
Create Date: 2026-12-01

``sample_surveys.title_en`` is empty for the surveys designed before it: their English report falls back to the
Korean title, as it did.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_survey_title_en"
down_revision: str | None = "0013_validity_withdrawal"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sample_surveys") as batch:
        batch.add_column(sa.Column("title_en", sa.String(length=200), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("sample_surveys") as batch:
        batch.drop_column("title_en")
