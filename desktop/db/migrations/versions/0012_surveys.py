"""surveys: sample surveys of filed reports (Act Art. 31-4 ④)

Revision ID: 0012_surveys
Revises: 0011_reports
Create Date: 2026-12-04

``sample_surveys`` holds each survey's design (period, strata, allocation, size, minimum; the population fixed by
the highest report id and the SHA-256 of its ordered ids), the seed of its draw and when its report was issued;
``survey_strata`` every stratum with N_h, its late filings, the prior p_h and n_h; ``survey_samples`` the drawn
reports with their conclusions; ``survey_findings`` the findings per criterion of the evaluation standard.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_surveys"
down_revision: str | None = "0011_reports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    op.create_table(
        "sample_surveys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("filed_from", sa.Date(), nullable=False),
        sa.Column("filed_to", sa.Date(), nullable=False),
        sa.Column("strata_by", _enum("strataby", "institute_subject", "institute_purpose", "subject", "purpose"),
                  nullable=False),
        sa.Column("allocation", _enum("allocation", "proportional", "neyman"), nullable=False),
        sa.Column("sample_size", sa.Integer(), nullable=False),
        sa.Column("minimum", sa.Integer(), nullable=False),
        sa.Column("population", sa.Integer(), nullable=False),
        sa.Column("population_max_id", sa.Integer(), nullable=False),
        sa.Column("population_sha256", sa.String(length=64), nullable=False),
        sa.Column("status", _enum("surveystatus", "designed", "drawn", "reported"), nullable=False),
        sa.Column("designed_by_id", sa.Integer(), nullable=True),
        sa.Column("designed_at", sa.DateTime(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=True),
        sa.Column("drawn_by_id", sa.Integer(), nullable=True),
        sa.Column("drawn_at", sa.DateTime(), nullable=True),
        sa.Column("reported_by_id", sa.Integer(), nullable=True),
        sa.Column("reported_at", sa.DateTime(), nullable=True),
        _fk("sample_surveys", "designed_by_id", "users"),
        _fk("sample_surveys", "drawn_by_id", "users"),
        _fk("sample_surveys", "reported_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sample_surveys")),
        sa.UniqueConstraint("number", name=op.f("uq_sample_surveys_number")),
    )
    op.create_table(
        "survey_strata",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=True),
        sa.Column("subject_kind", sa.String(length=32), nullable=False),
        sa.Column("purpose", sa.String(length=32), nullable=False),
        sa.Column("population", sa.Integer(), nullable=False),
        sa.Column("late", sa.Integer(), nullable=False),
        sa.Column("prior", sa.Float(), nullable=False),
        sa.Column("allocated", sa.Integer(), nullable=False),
        _fk("survey_strata", "institution_id", "institutions"),
        _fk("survey_strata", "survey_id", "sample_surveys"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_strata")),
        sa.UniqueConstraint("survey_id", "key", name=op.f("uq_survey_strata_survey_id_key")),
    )
    with op.batch_alter_table("survey_strata", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_survey_strata_survey_id"), ["survey_id"], unique=False)
    op.create_table(
        "survey_samples",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("stratum_id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("conclusion", _enum("conclusion", "appropriate", "inappropriate"), nullable=True),
        sa.Column("reasons", sa.Text(), server_default="", nullable=False),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        _fk("survey_samples", "report_id", "evaluation_reports"),
        _fk("survey_samples", "reviewed_by_id", "users"),
        _fk("survey_samples", "stratum_id", "survey_strata"),
        _fk("survey_samples", "survey_id", "sample_surveys"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_samples")),
        sa.UniqueConstraint("survey_id", "report_id", name=op.f("uq_survey_samples_survey_id_report_id")),
    )
    with op.batch_alter_table("survey_samples", schema=None) as batch_op:
        for column in ("report_id", "stratum_id", "survey_id"):
            batch_op.create_index(batch_op.f(f"ix_survey_samples_{column}"), [column], unique=False)
    op.create_table(
        "survey_findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sample_id", sa.Integer(), nullable=False),
        sa.Column("criterion", _enum("criterion", "usefulness", "legal_protection", "marketability",
                                     "business_economics", "method", "report"), nullable=False),
        sa.Column("assessment", _enum("assessment", "meets", "falls_short", "not_applicable"), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        _fk("survey_findings", "sample_id", "survey_samples"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_findings")),
        sa.UniqueConstraint("sample_id", "criterion", name=op.f("uq_survey_findings_sample_id_criterion")),
    )
    with op.batch_alter_table("survey_findings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_survey_findings_sample_id"), ["sample_id"], unique=False)


def downgrade() -> None:
    op.drop_table("survey_findings")
    op.drop_table("survey_samples")
    op.drop_table("survey_strata")
    op.drop_table("sample_surveys")
