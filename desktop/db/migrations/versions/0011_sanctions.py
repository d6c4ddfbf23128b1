"""sanctions: cases against designated institutes, their prior notices, hearings and dispositions

Revision ID: 0011_sanctions
Revises: 0010_attachment_versions
Create Date: 2026-12-15

A sanction case (Act Art. 31 ①) against a registry entry, with its evidence; the prior notice (행정절차법 Art. 21) and
the opinion received; the hearing (Act Art. 57) with its notice and record; the disposition (suspension or
revocation). ``registry_restrictions`` holds the dispositions the registry derives an entry's status from.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_sanctions"
down_revision: str | None = "0011_registry13"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('registry_restrictions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('suspension', 'revocation', name='restrictionkind', native_enum=False, length=32), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('source_type', sa.String(length=40), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['registry_entries.id'], name=op.f('fk_registry_restrictions_entry_id_registry_entries')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_registry_restrictions_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registry_restrictions'))
    )
    with op.batch_alter_table('registry_restrictions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registry_restrictions_entry_id'), ['entry_id'], unique=False)

    op.create_table('sanction_cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('ground', sa.Enum('fraud', 'lost_ability', 'breach_of_standard', name='ground', native_enum=False, length=32), nullable=False),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('facts_en', sa.Text(), nullable=False),
    sa.Column('breach_ended_on', sa.Date(), nullable=False),
    sa.Column('intended', sa.Enum('suspension', 'revocation', name='dispositionkind', native_enum=False, length=32), nullable=False),
    sa.Column('intended_months', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('open', 'noticed', 'hearing_notified', 'heard', 'disposed', name='casestatus', native_enum=False, length=32), nullable=False),
    sa.Column('opened_by_id', sa.Integer(), nullable=True),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['registry_entries.id'], name=op.f('fk_sanction_cases_entry_id_registry_entries')),
    sa.ForeignKeyConstraint(['opened_by_id'], ['users.id'], name=op.f('fk_sanction_cases_opened_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sanction_cases')),
    sa.UniqueConstraint('number', name=op.f('uq_sanction_cases_number'))
    )
    with op.batch_alter_table('sanction_cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sanction_cases_entry_id'), ['entry_id'], unique=False)

    op.create_table('sanction_dispositions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=True),
    sa.Column('kind', sa.Enum('suspension', 'revocation', name='dispositionkind', native_enum=False, length=32), nullable=False),
    sa.Column('months', sa.Integer(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('reasons_en', sa.Text(), nullable=False),
    sa.Column('drafted_by_id', sa.Integer(), nullable=True),
    sa.Column('drafted_at', sa.DateTime(), nullable=False),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('issued_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['approved_by_id'], ['users.id'], name=op.f('fk_sanction_dispositions_approved_by_id_users')),
    sa.ForeignKeyConstraint(['case_id'], ['sanction_cases.id'], name=op.f('fk_sanction_dispositions_case_id_sanction_cases')),
    sa.ForeignKeyConstraint(['drafted_by_id'], ['users.id'], name=op.f('fk_sanction_dispositions_drafted_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sanction_dispositions')),
    sa.UniqueConstraint('case_id', name=op.f('uq_sanction_dispositions_case_id')),
    sa.UniqueConstraint('number', name=op.f('uq_sanction_dispositions_number'))
    )
    op.create_table('sanction_evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('blob_sha256', sa.String(length=64), nullable=True),
    sa.Column('reference_type', sa.String(length=40), nullable=False),
    sa.Column('reference_id', sa.Integer(), nullable=True),
    sa.Column('reference', sa.String(length=120), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=True),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_sanction_evidence_added_by_id_users')),
    sa.ForeignKeyConstraint(['blob_sha256'], ['blobs.sha256'], name=op.f('fk_sanction_evidence_blob_sha256_blobs')),
    sa.ForeignKeyConstraint(['case_id'], ['sanction_cases.id'], name=op.f('fk_sanction_evidence_case_id_sanction_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sanction_evidence'))
    )
    with op.batch_alter_table('sanction_evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sanction_evidence_case_id'), ['case_id'], unique=False)

    op.create_table('sanction_hearings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('notified_at', sa.DateTime(), nullable=False),
    sa.Column('notified_by_id', sa.Integer(), nullable=True),
    sa.Column('hearing_on', sa.Date(), nullable=False),
    sa.Column('hearing_time', sa.String(length=5), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('presiding_officer_id', sa.Integer(), nullable=False),
    sa.Column('record_number', sa.String(length=40), nullable=True),
    sa.Column('attendance', sa.Text(), nullable=False),
    sa.Column('statements', sa.Text(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('public', sa.Boolean(), nullable=False),
    sa.Column('public_reason', sa.Text(), nullable=False),
    sa.Column('officer_opinion', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['sanction_cases.id'], name=op.f('fk_sanction_hearings_case_id_sanction_cases')),
    sa.ForeignKeyConstraint(['notified_by_id'], ['users.id'], name=op.f('fk_sanction_hearings_notified_by_id_users')),
    sa.ForeignKeyConstraint(['presiding_officer_id'], ['users.id'], name=op.f('fk_sanction_hearings_presiding_officer_id_users')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_sanction_hearings_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sanction_hearings')),
    sa.UniqueConstraint('case_id', name=op.f('uq_sanction_hearings_case_id')),
    sa.UniqueConstraint('number', name=op.f('uq_sanction_hearings_number')),
    sa.UniqueConstraint('record_number', name=op.f('uq_sanction_hearings_record_number'))
    )
    op.create_table('sanction_notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=False),
    sa.Column('opinion_days', sa.Integer(), nullable=False),
    sa.Column('opinion_deadline', sa.Date(), nullable=False),
    sa.Column('sent_by_id', sa.Integer(), nullable=True),
    sa.Column('opinion_received_at', sa.DateTime(), nullable=True),
    sa.Column('opinion', sa.Text(), nullable=False),
    sa.Column('opinion_recorded_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['sanction_cases.id'], name=op.f('fk_sanction_notices_case_id_sanction_cases')),
    sa.ForeignKeyConstraint(['opinion_recorded_by_id'], ['users.id'], name=op.f('fk_sanction_notices_opinion_recorded_by_id_users')),
    sa.ForeignKeyConstraint(['sent_by_id'], ['users.id'], name=op.f('fk_sanction_notices_sent_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sanction_notices')),
    sa.UniqueConstraint('case_id', name=op.f('uq_sanction_notices_case_id')),
    sa.UniqueConstraint('number', name=op.f('uq_sanction_notices_number'))
    )


def downgrade() -> None:
    for table in ("sanction_notices", "sanction_hearings", "sanction_evidence", "sanction_dispositions",
                  "sanction_cases", "registry_restrictions"):
        op.drop_table(table)
