"""publish: the public lists published as numbered, frozen documents

Revision ID: 0012_publish
Revises: 0012_validity
Create Date: 2026-12-04

``publications`` holds each published list (the designated institutes or the sanctions, as of a day) with its
number and the website workbooks stored with it; its PDF is an issued document frozen from the same content. A
publication is never changed or deleted: triggers refuse it on SQLite and PostgreSQL alike.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_publish"
down_revision: str | None = "0012_validity"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "a published list cannot be changed or deleted"


def upgrade() -> None:
    op.create_table(
        "publications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("published_by_id", sa.Integer(), nullable=True),
        sa.Column("workbook_ko_sha256", sa.String(length=64), nullable=False),
        sa.Column("workbook_en_sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["published_by_id"], ["users.id"], name=op.f("fk_publications_published_by_id_users")),
        sa.ForeignKeyConstraint(["workbook_ko_sha256"], ["blobs.sha256"],
                                name=op.f("fk_publications_workbook_ko_sha256_blobs")),
        sa.ForeignKeyConstraint(["workbook_en_sha256"], ["blobs.sha256"],
                                name=op.f("fk_publications_workbook_en_sha256_blobs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publications")),
        sa.UniqueConstraint("number", name=op.f("uq_publications_number")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE TRIGGER trg_publications_frozen BEFORE UPDATE OR DELETE ON publications "
                   f"FOR EACH ROW EXECUTE FUNCTION refuse_change('{MESSAGE}')")  # the function of 0007
    else:
        for event in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER trg_publications_no_{event.lower()} BEFORE {event} ON publications "
                       f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_publications_frozen ON publications")
    else:
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_publications_no_{event}")
    op.drop_table("publications")
