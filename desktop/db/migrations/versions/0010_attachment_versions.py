"""attachment versions: a document's review (accepted, rejected with a reason) is never silently overwritten

Revision ID: 0010_attachment_versions
Revises: 0009_versions
Create Date: 2026-12-01

Attachments get ``version`` (existing rows at 1) and ``updated_by``: a screener's accept or reject names the version
the list showed and is refused, with who reviewed it and when, when another desktop reviewed or replaced it since.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_attachment_versions"
down_revision: str | None = "0009_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("attachments") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("updated_by", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("attachments") as batch:
        batch.drop_column("updated_by")
        batch.drop_column("version")
