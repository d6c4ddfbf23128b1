"""periods: an inspection is scheduled at a date and a time of day

Revision ID: 0008_periods
Revises: 0007
Create Date: 2026-12-02

``inspections.scheduled_on`` (a date) becomes ``inspections.scheduled_at`` (a moment stored as naive UTC like every
other moment). Existing inspections keep their day and get 10:00 Korean time (01:00 UTC), the usual start of an
on-site inspection; going back keeps the Korean day.
"""
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone

import sqlalchemy as sa
from alembic import op

revision: str = "0008_periods"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KST = timezone(timedelta(hours=9))
DEFAULT_START = time(10)


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def upgrade() -> None:
    with op.batch_alter_table("inspections") as batch:
        batch.add_column(sa.Column("scheduled_at", sa.DateTime(timezone=False), nullable=True))
    bind = op.get_bind()
    inspections = sa.table("inspections", sa.column("id", sa.Integer), sa.column("scheduled_on", sa.Date),
                           sa.column("scheduled_at", sa.DateTime))
    for row_id, day in bind.execute(sa.select(inspections.c.id, inspections.c.scheduled_on)).all():
        moment = datetime.combine(_day(day), DEFAULT_START, KST).astimezone(UTC).replace(tzinfo=None)
        bind.execute(inspections.update().where(inspections.c.id == row_id).values(scheduled_at=moment))
    with op.batch_alter_table("inspections") as batch:
        batch.alter_column("scheduled_at", existing_type=sa.DateTime(timezone=False), nullable=False)
        batch.drop_column("scheduled_on")


def downgrade() -> None:
    with op.batch_alter_table("inspections") as batch:
        batch.add_column(sa.Column("scheduled_on", sa.Date(), nullable=True))
    bind = op.get_bind()
    inspections = sa.table("inspections", sa.column("id", sa.Integer), sa.column("scheduled_on", sa.Date),
                           sa.column("scheduled_at", sa.DateTime))
    for row_id, moment in bind.execute(sa.select(inspections.c.id, inspections.c.scheduled_at)).all():
        value = moment if isinstance(moment, datetime) else datetime.fromisoformat(str(moment))
        day = value.replace(tzinfo=UTC).astimezone(KST).date()
        bind.execute(inspections.update().where(inspections.c.id == row_id).values(scheduled_on=day))
    with op.batch_alter_table("inspections") as batch:
        batch.alter_column("scheduled_on", existing_type=sa.Date(), nullable=False)
        batch.drop_column("scheduled_at")
