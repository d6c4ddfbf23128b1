"""Grants, helper functions and row-level-security policies: the server enforces what the services enforce.

Identity is ``current_user`` mapped to the ``users`` row of the same login role (``dr_user_id()``); session
variables are never read. The helpers that must look past row security (conflicts, blind scoring) are SECURITY
DEFINER functions of the schema owner that take the user id the policy computed. Everything is re-created on each
run (``CREATE OR REPLACE``, policies dropped and created), so ``server upgrade`` after a migration is harmless.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from desktop.db.server.roles import APP_ROLES, database_name, group_role, quoted
from desktop.db.server.write_rights import WRITERS

ME = "dr_user_id()"
COMMITTEE = "('committee_member', 'chair')"

FUNCTIONS = """
CREATE OR REPLACE FUNCTION dr_user_id() RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT id FROM users WHERE active AND current_database() || '_' || lower(username) = current_user::text $$;

CREATE OR REPLACE FUNCTION dr_role_of(who integer) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = {schema}, pg_catalog AS $$ SELECT role FROM users WHERE id = who AND active $$;

CREATE OR REPLACE FUNCTION dr_member_of(who integer) RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = {schema}, pg_catalog AS $$ SELECT id FROM committee_members WHERE user_id = who $$;

CREATE OR REPLACE FUNCTION dr_conflicted(application integer, who integer) RETURNS boolean LANGUAGE sql STABLE
  SECURITY DEFINER SET search_path = {schema}, pg_catalog AS $$
  SELECT dr_role_of(who) IN ('committee_member', 'chair') AND EXISTS (
    SELECT 1 FROM conflict_declarations d JOIN committee_members m ON m.id = d.member_id
     WHERE m.user_id = who AND d.application_id = application AND d.kind <> 'none') $$;

CREATE OR REPLACE FUNCTION dr_scoring_complete(application integer) RETURNS boolean LANGUAGE sql STABLE
  SECURITY DEFINER SET search_path = {schema}, pg_catalog AS $$
  WITH latest AS (
    SELECT m.id FROM committee_meetings m JOIN meeting_agenda_items i ON i.meeting_id = m.id
     WHERE i.application_id = application ORDER BY m.held_at DESC, m.id DESC LIMIT 1),
  expected AS (
    SELECT s.member_id FROM round_committee_seats s JOIN applications a ON a.round_id = s.round_id
     WHERE a.id = application
       AND s.member_id NOT IN (SELECT member_id FROM conflict_declarations
                                WHERE application_id = application AND kind <> 'none')
       AND s.member_id NOT IN (SELECT member_id FROM meeting_attendance
                                WHERE meeting_id = (SELECT id FROM latest) AND NOT present))
  SELECT EXISTS (SELECT 1 FROM expected) AND NOT EXISTS (
    SELECT 1 FROM expected e WHERE NOT EXISTS (
      SELECT 1 FROM score_sheets t WHERE t.application_id = application AND t.member_id = e.member_id
         AND t.status = 'submitted')) $$;

-- sheets_for: a member sees their own sheet, the others' submitted ones after submitting their own; the chair and
-- everyone outside the committee only once every present, non-conflicted member has submitted.
CREATE OR REPLACE FUNCTION dr_sheet_visible(sheet integer, who integer) RETURNS boolean LANGUAGE plpgsql STABLE
  SECURITY DEFINER SET search_path = {schema}, pg_catalog AS $$
DECLARE
  application integer;
  owner integer;
  state text;
  me integer := dr_member_of(who);
  seated boolean;
BEGIN
  SELECT application_id, member_id, status INTO application, owner, state FROM score_sheets WHERE id = sheet;
  IF application IS NULL OR dr_conflicted(application, who) THEN RETURN false; END IF;
  IF me IS NOT NULL AND owner = me THEN RETURN true; END IF;
  IF state <> 'submitted' OR EXISTS (SELECT 1 FROM conflict_declarations d WHERE d.application_id = application
       AND d.member_id = owner AND d.kind <> 'none') THEN RETURN false; END IF;
  SELECT EXISTS (SELECT 1 FROM round_committee_seats c JOIN applications a ON a.round_id = c.round_id
                  WHERE a.id = application AND c.member_id = me) INTO seated;
  IF dr_role_of(who) = 'chair' OR NOT seated THEN RETURN dr_scoring_complete(application); END IF;
  RETURN EXISTS (SELECT 1 FROM score_sheets t WHERE t.application_id = application AND t.member_id = me
                    AND t.status = 'submitted');
END $$;

CREATE OR REPLACE FUNCTION dr_own_sheet(sheet integer, who integer) RETURNS boolean LANGUAGE sql STABLE
  SECURITY DEFINER SET search_path = {schema}, pg_catalog AS $$
  SELECT EXISTS (SELECT 1 FROM score_sheets s JOIN committee_members m ON m.id = s.member_id
                  WHERE s.id = sheet AND m.user_id = who) $$;

CREATE OR REPLACE FUNCTION dr_assigned_to_application(application integer, who integer) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_catalog AS $$
  SELECT EXISTS (SELECT 1 FROM inspections i JOIN inspection_inspectors x ON x.inspection_id = i.id
                  WHERE i.application_id = application AND x.user_id = who) $$;

-- Inspectors see the inspections they are assigned to; everyone else those of applicants they may see.
CREATE OR REPLACE FUNCTION dr_sees_inspection(inspection integer, who integer) RETURNS boolean LANGUAGE sql
  STABLE SECURITY DEFINER SET search_path = {schema}, pg_catalog AS $$
  SELECT CASE WHEN dr_role_of(who) = 'inspector'
              THEN EXISTS (SELECT 1 FROM inspection_inspectors WHERE inspection_id = inspection AND user_id = who)
              ELSE NOT dr_conflicted((SELECT application_id FROM inspections WHERE id = inspection), who) END $$;

-- The application file's attachments: not for a conflicted member, and an inspector only for an assigned applicant.
CREATE OR REPLACE FUNCTION dr_sees_attachments(application integer, who integer) RETURNS boolean LANGUAGE sql
  STABLE SECURITY DEFINER SET search_path = {schema}, pg_catalog AS $$
  SELECT CASE WHEN dr_role_of(who) = 'inspector' THEN dr_assigned_to_application(application, who)
              ELSE NOT dr_conflicted(application, who) END $$;

-- A stored file: an attachment's or an inspection's evidence only for those who see one that holds it.
CREATE OR REPLACE FUNCTION dr_sees_blob(digest text, who integer) RETURNS boolean LANGUAGE sql STABLE
  SECURITY DEFINER SET search_path = {schema}, pg_catalog AS $$
  SELECT (NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = digest)
          AND NOT EXISTS (SELECT 1 FROM inspection_evidence WHERE sha256 = digest))
      OR EXISTS (SELECT 1 FROM attachments WHERE sha256 = digest AND dr_sees_attachments(application_id, who))
      OR EXISTS (SELECT 1 FROM inspection_evidence WHERE sha256 = digest AND dr_sees_inspection(inspection_id, who))
$$;
"""

# table → the condition under which a row may be read (tables not named: every row).
APPLICANT_FILE = f"NOT dr_conflicted(application_id, {ME})"
READ_POLICIES: dict[str, str] = {
    "applications": f"NOT dr_conflicted(id, {ME})",
    "staff_members": APPLICANT_FILE,
    "screening_results": APPLICANT_FILE,
    "supplement_requests": APPLICANT_FILE,
    "scoring_results": APPLICANT_FILE,
    "decisions": APPLICANT_FILE,
    "challenges": APPLICANT_FILE,
    "score_sheets": APPLICANT_FILE,  # who has submitted is shown on the Scoring tab; the scores are not
    "conflict_declarations": f"member_id = dr_member_of({ME}) OR {APPLICANT_FILE}",
    "attachments": f"dr_sees_attachments(application_id, {ME})",
    "blobs": f"dr_sees_blob(sha256, {ME})",
    "inspections": f"dr_sees_inspection(id, {ME})",
    "inspection_answers": f"dr_sees_inspection(inspection_id, {ME})",
    "inspection_evidence": f"dr_sees_inspection(inspection_id, {ME})",
    "inspection_findings": f"dr_sees_inspection(inspection_id, {ME})",
    "inspection_inspectors": f"dr_sees_inspection(inspection_id, {ME})",
    "inspection_offline_exports": f"dr_sees_inspection(inspection_id, {ME})",
    "score_entries": f"dr_sheet_visible(sheet_id, {ME})",
    "audit_events": f"dr_role_of({ME}) IN ('secretariat', 'approver', 'administrator') OR actor_id = {ME}",
}
# table → the condition for rows written (INSERT checked, UPDATE/DELETE matched); tables not named: any row.
WRITE_POLICIES: dict[str, str] = {
    "score_entries": f"dr_own_sheet(sheet_id, {ME})",
    "score_sheets": f"member_id = dr_member_of({ME}) OR dr_role_of({ME}) IN ('chair', 'secretariat')",
    "users": f"dr_role_of({ME}) = 'administrator' OR id = {ME}",
}
INSERT_ONLY = frozenset({"audit_events"})
SECRET_COLUMNS = {"users": frozenset({"password_hash"})}  # readable by the administrator group only
OWN_ROW_COLUMNS = {"users": ("last_login_at",)}  # what a person may change in their own row


def _tables(connection: Connection) -> list[str]:
    return list(connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")).scalars())


def _columns(connection: Connection, table: str) -> list[str]:
    return list(connection.execute(text(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = :t ORDER BY ordinal_position"), {"t": table}).scalars())


def _schema(connection: Connection) -> str:
    return quoted(str(connection.execute(text("SELECT current_schema()")).scalar()))


def apply_functions(connection: Connection) -> None:
    connection.exec_driver_sql(FUNCTIONS.replace("{schema}", _schema(connection)))


def apply_grants(connection: Connection) -> None:
    """Every group reads every table; each table is written only by the groups ``WRITERS`` names; audit events
    are insert-only; password hashes stay hidden."""
    database = database_name(connection)
    groups = [quoted(group_role(database, role)) for role in APP_ROLES]
    everyone = ", ".join(groups)
    administrators = quoted(group_role(database, "administrator"))
    schema = _schema(connection)
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {everyone}")
    for table in _tables(connection):
        name = quoted(table)
        writers = ", ".join(quoted(group_role(database, role)) for role in WRITERS.get(table, ()))
        connection.exec_driver_sql(f"REVOKE ALL ON {name} FROM PUBLIC, {everyone}")
        if table in SECRET_COLUMNS:
            connection.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {administrators}")
            shown = ", ".join(quoted(c) for c in _columns(connection, table) if c not in SECRET_COLUMNS[table])
            own = ", ".join(quoted(c) for c in OWN_ROW_COLUMNS.get(table, ()))
            others = ", ".join(g for g in groups if g != administrators)
            connection.exec_driver_sql(f"GRANT SELECT ({shown}) ON {name} TO {others}")
            if own:
                connection.exec_driver_sql(f"GRANT UPDATE ({own}) ON {name} TO {others}")
            continue
        connection.exec_driver_sql(f"GRANT SELECT ON {name} TO {everyone}")
        if writers:
            rights = "INSERT" if table in INSERT_ONLY else "INSERT, UPDATE, DELETE"
            connection.exec_driver_sql(f"GRANT {rights} ON {name} TO {writers}")
    connection.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {everyone}")


def apply_policies(connection: Connection) -> None:
    """Row-level security on every table named above, the policies dropped and created afresh."""
    for table in sorted(set(READ_POLICIES) | set(WRITE_POLICIES)):
        name = quoted(table)
        existing = connection.execute(text(
            "SELECT policyname FROM pg_policies WHERE schemaname = current_schema() AND tablename = :t"),
            {"t": table}).scalars().all()
        for policy in existing:
            connection.exec_driver_sql(f"DROP POLICY {quoted(policy)} ON {name}")
        connection.exec_driver_sql(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        read = READ_POLICIES.get(table, "true")
        write = WRITE_POLICIES.get(table, "true")
        connection.exec_driver_sql(f"CREATE POLICY dr_read ON {name} FOR SELECT USING ({read})")
        connection.exec_driver_sql(f"CREATE POLICY dr_insert ON {name} FOR INSERT WITH CHECK ({write})")
        if table not in INSERT_ONLY:
            connection.exec_driver_sql(f"CREATE POLICY dr_update ON {name} FOR UPDATE USING ({write}) "
                                       f"WITH CHECK ({write})")
            connection.exec_driver_sql(f"CREATE POLICY dr_delete ON {name} FOR DELETE USING ({write})")


def apply_all(connection: Connection) -> None:
    apply_functions(connection)
    apply_grants(connection)
    apply_policies(connection)
