"""validity: validity checks of filed reports (Act Art. 31-4 ①–③), their notices and findings

Revision ID: 0012_validity
Revises: 0012_surveys
Create Date: 2026-12-20

``validity_checks`` holds one check of one filed report (who asked, who commissioned the valuation, why; the last
day to send its notices; the conclusion, its reasons and the result letter's number; the sanction case it opened);
``validity_notices`` the notice to each recipient with the day it was received, the comment deadline counted from it
and the comment; ``validity_findings`` the examiners' judgment on each criterion of the evaluation standard.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_validity"
down_revision: str | None = "0012_surveys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('validity_checks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('requester', sa.Enum('ex_officio', 'state_body', 'client', 'result_recipient', name='requester', native_enum=False, length=32), nullable=False),
    sa.Column('requester_name', sa.String(length=200), nullable=False),
    sa.Column('requester_contact', sa.String(length=300), nullable=False),
    sa.Column('client_name', sa.String(length=200), nullable=False),
    sa.Column('client_contact', sa.String(length=300), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('reason_en', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('open', 'notified', 'concluded', name='checkstatus', native_enum=False, length=32), nullable=False),
    sa.Column('opened_by_id', sa.Integer(), nullable=True),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('notice_deadline', sa.Date(), nullable=False),
    sa.Column('conclusion', sa.Enum('appropriate', 'inappropriate', name='conclusion', native_enum=False, length=32), nullable=True),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('reasons_en', sa.Text(), nullable=False),
    sa.Column('concluded_by_id', sa.Integer(), nullable=True),
    sa.Column('concluded_at', sa.DateTime(), nullable=True),
    sa.Column('result_number', sa.String(length=40), nullable=True),
    sa.Column('sanction_case_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['concluded_by_id'], ['users.id'], name=op.f('fk_validity_checks_concluded_by_id_users')),
    sa.ForeignKeyConstraint(['opened_by_id'], ['users.id'], name=op.f('fk_validity_checks_opened_by_id_users')),
    sa.ForeignKeyConstraint(['report_id'], ['evaluation_reports.id'], name=op.f('fk_validity_checks_report_id_evaluation_reports')),
    sa.ForeignKeyConstraint(['sanction_case_id'], ['sanction_cases.id'], name=op.f('fk_validity_checks_sanction_case_id_sanction_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_validity_checks')),
    sa.UniqueConstraint('number', name=op.f('uq_validity_checks_number')),
    sa.UniqueConstraint('result_number', name=op.f('uq_validity_checks_result_number'))
    )
    with op.batch_alter_table('validity_checks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_validity_checks_report_id'), ['report_id'], unique=False)

    op.create_table('validity_findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('check_id', sa.Integer(), nullable=False),
    sa.Column('criterion', sa.Enum('usefulness', 'legal_protection', 'marketability', 'business_economics', 'method', 'report', name='criterion', native_enum=False, length=32), nullable=False),
    sa.Column('assessment', sa.Enum('meets', 'falls_short', 'not_applicable', name='assessment', native_enum=False, length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['check_id'], ['validity_checks.id'], name=op.f('fk_validity_findings_check_id_validity_checks')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_validity_findings')),
    sa.UniqueConstraint('check_id', 'criterion', name=op.f('uq_validity_findings_check_id_criterion'))
    )
    with op.batch_alter_table('validity_findings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_validity_findings_check_id'), ['check_id'], unique=False)

    op.create_table('validity_notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('check_id', sa.Integer(), nullable=False),
    sa.Column('recipient', sa.Enum('institute', 'client', 'requester', name='recipient', native_enum=False, length=32), nullable=False),
    sa.Column('recipient_name', sa.String(length=200), nullable=False),
    sa.Column('recipient_contact', sa.String(length=300), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=False),
    sa.Column('sent_by_id', sa.Integer(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('comment_deadline', sa.Date(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('commented_on', sa.Date(), nullable=True),
    sa.Column('comment_late', sa.Boolean(), nullable=False),
    sa.Column('comment_recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['check_id'], ['validity_checks.id'], name=op.f('fk_validity_notices_check_id_validity_checks')),
    sa.ForeignKeyConstraint(['comment_recorded_by_id'], ['users.id'], name=op.f('fk_validity_notices_comment_recorded_by_id_users')),
    sa.ForeignKeyConstraint(['sent_by_id'], ['users.id'], name=op.f('fk_validity_notices_sent_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_validity_notices')),
    sa.UniqueConstraint('check_id', 'recipient', name=op.f('uq_validity_notices_check_id_recipient')),
    sa.UniqueConstraint('number', name=op.f('uq_validity_notices_number'))
    )
    with op.batch_alter_table('validity_notices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_validity_notices_check_id'), ['check_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('validity_notices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_validity_notices_check_id'))

    op.drop_table('validity_notices')
    with op.batch_alter_table('validity_findings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_validity_findings_check_id'))

    op.drop_table('validity_findings')
    with op.batch_alter_table('validity_checks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_validity_checks_report_id'))

    op.drop_table('validity_checks')
