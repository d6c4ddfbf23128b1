"""An index on the register's order (issue date, id), so the Reports page reads its first batch without sorting

Revision ID: 0015_reportspage
Revises: 0014_survey_title_en
Create Date: 2026-12-01

The page reads 200 reports at a time, newest issue first; with this index SQLite walks the newest rows and stops
after a batch (a search too) instead of sorting all 60,000 reports of ten years for each batch and keystroke.
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0015_reportspage"
down_revision: str | None = "0014_survey_title_en"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_evaluation_reports_issue_date_id", "evaluation_reports", ["issue_date", "id"])


def downgrade() -> None:
    op.drop_index("ix_evaluation_reports_issue_date_id", table_name="evaluation_reports")
