"""frozen documents: content frozen at issue, issued files served from storage, immutability in the engine

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

Triggers (SQLite and PostgreSQL alike) refuse what no service may do: changing or deleting an issued document, a
frozen content, a public notice or a stored file an issued document points to; changing an issued decision other
than marking it superseded, or deleting it; changing (other than no longer being current) or deleting a committee
result that an issued decision cites.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FROZEN_TABLES = ("issued_documents", "frozen_contents", "public_notices")
DECISION_COLUMNS = (
    "application_id", "outcome", "year", "sequence", "reasons", "conditions", "reasons_en", "conditions_en",
    "correction_reason", "correction_reason_en", "language", "supersedes_id", "drafted_by_id", "drafted_at",
    "reviewed_by_id", "reviewed_at", "approved_by_id", "approved_at", "issued_at", "scoring_result_id",
)
RESULT_COLUMNS = ("application_id", "computed_at", "method", "criteria_version", "settings", "inputs", "aggregate",
                  "criterion_aggregates", "passed", "reasons")
CITED = "SELECT 1 FROM decisions WHERE decisions.scoring_result_id = OLD.id AND decisions.status <> 'draft'"
MESSAGES = {
    "frozen": "an issued record cannot be changed or deleted",
    "decision": "an issued decision cannot be changed (only marked superseded by a correction) or deleted",
    "result": "a committee result cited by an issued decision cannot be changed or deleted",
    "blob": "a stored file of an issued document cannot be changed or deleted",
}


def _sqlite_triggers() -> list[str]:
    statements = []
    for table in FROZEN_TABLES:
        for event in ("UPDATE", "DELETE"):
            statements.append(
                f"CREATE TRIGGER trg_{table}_no_{event.lower()} BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{MESSAGES['frozen']}'); END")
    unchanged = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in DECISION_COLUMNS)
    statements += [
        "CREATE TRIGGER trg_decisions_issued_no_update BEFORE UPDATE ON decisions "
        f"WHEN OLD.status <> 'draft' AND NOT (OLD.status = 'issued' AND NEW.status = 'superseded' AND {unchanged}) "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGES['decision']}'); END",
        "CREATE TRIGGER trg_decisions_issued_no_delete BEFORE DELETE ON decisions WHEN OLD.status <> 'draft' "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGES['decision']}'); END",
        "CREATE TRIGGER trg_scoring_results_cited_no_update BEFORE UPDATE ON scoring_results "
        f"WHEN EXISTS ({CITED}) AND NOT ({' AND '.join(f'NEW.{c} IS OLD.{c}' for c in RESULT_COLUMNS)}) "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGES['result']}'); END",
        "CREATE TRIGGER trg_scoring_results_cited_no_delete BEFORE DELETE ON scoring_results "
        f"WHEN EXISTS ({CITED}) BEGIN SELECT RAISE(ABORT, '{MESSAGES['result']}'); END",
        "CREATE TRIGGER trg_blobs_no_update BEFORE UPDATE ON blobs "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGES['blob']}'); END",
        "CREATE TRIGGER trg_blobs_issued_no_delete BEFORE DELETE ON blobs "
        "WHEN EXISTS (SELECT 1 FROM issued_documents WHERE issued_documents.sha256 = OLD.sha256) "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGES['blob']}'); END",
    ]
    return statements


def _postgres_triggers() -> list[str]:
    decision_unchanged = "(to_jsonb(NEW) - 'status') = (to_jsonb(OLD) - 'status')"
    result_unchanged = "(to_jsonb(NEW) - 'current') = (to_jsonb(OLD) - 'current')"
    statements = [
        "CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation'; END $$",
        "CREATE OR REPLACE FUNCTION guard_issued_decision() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF OLD.status <> 'draft' AND (TG_OP = 'DELETE' OR NOT (OLD.status = 'issued' AND NEW.status = 'superseded' "
        f"AND {decision_unchanged})) THEN RAISE EXCEPTION '{MESSAGES['decision']}' "
        "USING ERRCODE = 'integrity_constraint_violation'; END IF; "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        "CREATE OR REPLACE FUNCTION guard_cited_result() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF EXISTS ({CITED}) AND (TG_OP = 'DELETE' OR NOT ({result_unchanged})) THEN "
        f"RAISE EXCEPTION '{MESSAGES['result']}' USING ERRCODE = 'integrity_constraint_violation'; END IF; "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
        "CREATE OR REPLACE FUNCTION guard_issued_blob() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'UPDATE' OR EXISTS (SELECT 1 FROM issued_documents WHERE issued_documents.sha256 = OLD.sha256) "
        f"THEN RAISE EXCEPTION '{MESSAGES['blob']}' USING ERRCODE = 'integrity_constraint_violation'; END IF; "
        "RETURN OLD; END $$",
    ]
    for table in FROZEN_TABLES:
        statements.append(f"CREATE TRIGGER trg_{table}_frozen BEFORE UPDATE OR DELETE ON {table} "
                          f"FOR EACH ROW EXECUTE FUNCTION refuse_change('{MESSAGES['frozen']}')")
    statements += [
        "CREATE TRIGGER trg_decisions_issued BEFORE UPDATE OR DELETE ON decisions "
        "FOR EACH ROW EXECUTE FUNCTION guard_issued_decision()",
        "CREATE TRIGGER trg_scoring_results_cited BEFORE UPDATE OR DELETE ON scoring_results "
        "FOR EACH ROW EXECUTE FUNCTION guard_cited_result()",
        "CREATE TRIGGER trg_blobs_issued BEFORE UPDATE OR DELETE ON blobs "
        "FOR EACH ROW EXECUTE FUNCTION guard_issued_blob()",
    ]
    return statements


def upgrade() -> None:
    op.create_table(
        "frozen_contents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("frozen_at", sa.DateTime(), nullable=False),
        sa.Column("frozen_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["frozen_by_id"], ["users.id"], name=op.f("fk_frozen_contents_frozen_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_frozen_contents")),
        sa.UniqueConstraint("kind", "entity_type", "entity_id", "version",
                            name=op.f("uq_frozen_contents_kind_entity_type_entity_id_version")),
    )
    postgres = op.get_bind().dialect.name == "postgresql"
    # New columns with their foreign keys, added in place: recreating ``decisions`` (SQLite batch mode) would
    # delete and re-insert rows that other tables point to.
    for table, column, target in (("issued_documents", "content_id", "frozen_contents"),
                                  ("decisions", "scoring_result_id", "scoring_results")):
        name = f"fk_{table}_{column}_{target}"
        if postgres:
            op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
            op.create_foreign_key(name, table, target, [column], ["id"])
        else:
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER CONSTRAINT {name} REFERENCES {target} (id)")
    op.create_index(op.f("ix_issued_documents_content_id"), "issued_documents", ["content_id"], unique=False)
    for statement in _postgres_triggers() if postgres else _sqlite_triggers():
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in FROZEN_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_frozen ON {table}")
        op.execute("DROP TRIGGER IF EXISTS trg_decisions_issued ON decisions")
        op.execute("DROP TRIGGER IF EXISTS trg_scoring_results_cited ON scoring_results")
        op.execute("DROP TRIGGER IF EXISTS trg_blobs_issued ON blobs")
        for function in ("refuse_change", "guard_issued_decision", "guard_cited_result", "guard_issued_blob"):
            op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    else:
        for name, in bind.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).all():
            if name.startswith(("trg_issued_documents", "trg_frozen_contents", "trg_public_notices", "trg_decisions",
                                "trg_scoring_results", "trg_blobs")):
                op.execute(f"DROP TRIGGER IF EXISTS {name}")
    postgres = bind.dialect.name == "postgresql"
    op.drop_index(op.f("ix_issued_documents_content_id"), table_name="issued_documents")
    for table, column, target in (("decisions", "scoring_result_id", "scoring_results"),
                                  ("issued_documents", "content_id", "frozen_contents")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if postgres:
                batch_op.drop_constraint(f"fk_{table}_{column}_{target}", type_="foreignkey")
            batch_op.drop_column(column)  # on SQLite the rebuilt table leaves the column's foreign key out
    op.drop_table("frozen_contents")
