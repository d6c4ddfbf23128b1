"""reports: the evaluation-report register (Act Art. 31-5) and its correction requests

Revision ID: 0011_reports
Revises: 0010_attachment_versions
Create Date: 2026-12-03

``evaluation_reports`` holds the reports institutes filed into the evaluation information system, imported from its
export (unique per institute and report number, with the filing deadline and the late flag computed at import);
``report_correction_requests`` the requests to correct one, each with its 20-day answer deadline and its answer.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_reports"
down_revision: str | None = "0011_sanctions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def upgrade() -> None:
    op.create_table(
        "evaluation_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=False),
        sa.Column("report_number", sa.String(length=60), nullable=False),
        sa.Column("valuation_date", sa.Date(), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column("filing_date", sa.Date(), nullable=False),
        sa.Column("filing_deadline", sa.Date(), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("subject_kind", _enum("subjectkind", "invention", "trademark", "trade_secret", "layout"),
                  nullable=False),
        sa.Column("subject_status", _enum("subjectstatus", "pending", "registered"), nullable=False),
        sa.Column("subject_origin", _enum("subjectorigin", "domestic", "foreign"), nullable=False),
        sa.Column("purpose", _enum("purpose", "collateral_loan", "investment", "guarantee", "technology_transfer",
                                   "litigation", "other"), nullable=False),
        sa.Column("method", _enum("method", "market", "income", "cost", "grading"), nullable=False),
        sa.Column("amount_won", sa.BigInteger(), nullable=True),
        sa.Column("grade", sa.String(length=8), nullable=True),
        sa.Column("score", sa.Numeric(precision=5, scale=1), nullable=True),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("source_file", sa.String(length=255), server_default="", nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["imported_by_id"], ["users.id"], name=op.f("fk_evaluation_reports_imported_by_id_users")),
        sa.ForeignKeyConstraint(["institution_id"], ["institutions.id"],
                                name=op.f("fk_evaluation_reports_institution_id_institutions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_reports")),
        sa.UniqueConstraint("institution_id", "report_number",
                            name=op.f("uq_evaluation_reports_institution_id_report_number")),
    )
    with op.batch_alter_table("evaluation_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluation_reports_institution_id"), ["institution_id"], unique=False)
    op.create_table(
        "report_correction_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.Text(), server_default="", nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("answer_recorded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["answer_recorded_by_id"], ["users.id"],
                                name=op.f("fk_report_correction_requests_answer_recorded_by_id_users")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"],
                                name=op.f("fk_report_correction_requests_recorded_by_id_users")),
        sa.ForeignKeyConstraint(["report_id"], ["evaluation_reports.id"],
                                name=op.f("fk_report_correction_requests_report_id_evaluation_reports")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_correction_requests")),
    )
    with op.batch_alter_table("report_correction_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_correction_requests_report_id"), ["report_id"], unique=False)


def downgrade() -> None:
    op.drop_table("report_correction_requests")
    op.drop_table("evaluation_reports")
