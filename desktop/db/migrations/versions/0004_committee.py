"""committee: conflict suggestions, challenge meeting and deciders, returned score sheets

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conflict_declarations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("suggestion", sa.Text(), nullable=True))

    with op.batch_alter_table("challenges", schema=None) as batch_op:
        batch_op.add_column(sa.Column("meeting_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("recorded_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("decided_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_challenges_meeting_id_committee_meetings"), "committee_meetings",
                                    ["meeting_id"], ["id"])
        batch_op.create_foreign_key(batch_op.f("fk_challenges_recorded_by_id_users"), "users",
                                    ["recorded_by_id"], ["id"])
        batch_op.create_foreign_key(batch_op.f("fk_challenges_decided_by_id_users"), "users",
                                    ["decided_by_id"], ["id"])

    with op.batch_alter_table("score_sheets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("returned_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("returned_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_score_sheets_returned_by_id_users"), "users",
                                    ["returned_by_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("score_sheets", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_score_sheets_returned_by_id_users"), type_="foreignkey")
        batch_op.drop_column("returned_by_id")
        batch_op.drop_column("returned_at")

    with op.batch_alter_table("challenges", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_challenges_decided_by_id_users"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_challenges_recorded_by_id_users"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_challenges_meeting_id_committee_meetings"), type_="foreignkey")
        batch_op.drop_column("decided_by_id")
        batch_op.drop_column("recorded_by_id")
        batch_op.drop_column("meeting_id")

    with op.batch_alter_table("conflict_declarations", schema=None) as batch_op:
        batch_op.drop_column("suggestion")
