"""Which groups may change which tables on the server: what the services let each role do, and nothing more.

Every table is named (a test checks it), so a new table is readable but unwritable until it is given writers here.
Row-level security (``policies.py``) narrows further which rows a writer may touch.
"""

from __future__ import annotations

SECRETARIAT, INSPECTOR, MEMBER, CHAIR, APPROVER, ADMIN = (
    "secretariat", "inspector", "committee_member", "chair", "approver", "administrator")
EVERYONE = (SECRETARIAT, INSPECTOR, MEMBER, CHAIR, APPROVER, ADMIN)
# who issues documents (frozen bytes, document numbers): PRINT_DOCUMENTS, and the secretariat's drafting
ISSUERS = (SECRETARIAT, INSPECTOR, CHAIR, APPROVER)

WRITERS: dict[str, tuple[str, ...]] = {
    # the application file (EDIT_APPLICATIONS, SCREEN_APPLICATIONS, MANAGE_ROUNDS); the approver's decision sets the
    # application's outcome
    "institutions": (SECRETARIAT,),
    "institution_contacts": (SECRETARIAT,),
    "applications": (SECRETARIAT, APPROVER),
    "staff_members": (SECRETARIAT,),
    "attachments": (SECRETARIAT,),
    "rounds": (SECRETARIAT,),
    "screening_results": (SECRETARIAT,),
    "supplement_requests": (SECRETARIAT,),
    # inspections (SCHEDULE_INSPECTIONS for the secretariat, FILL_INSPECTIONS for inspectors; the secretariat
    # verifies findings)
    "inspections": (SECRETARIAT, INSPECTOR),
    "inspection_inspectors": (SECRETARIAT, INSPECTOR),
    "inspector_conflicts": (SECRETARIAT, INSPECTOR),
    "inspection_answers": (SECRETARIAT, INSPECTOR),
    "inspection_evidence": (SECRETARIAT, INSPECTOR),
    "inspection_findings": (SECRETARIAT, INSPECTOR),
    "inspection_offline_exports": (SECRETARIAT, INSPECTOR),
    "offline_database_identity": (SECRETARIAT, INSPECTOR),
    # the committee (MANAGE_COMMITTEE; CHAIR_MEETINGS; DECLARE_CONFLICTS and SCORE for members and the chair); the
    # administrator's account changes reach the member's linked record
    "committee_members": (SECRETARIAT, ADMIN),
    "member_affiliations": (SECRETARIAT,),
    "round_committee_seats": (SECRETARIAT,),
    "committee_meetings": (SECRETARIAT, CHAIR),
    "meeting_agenda_items": (SECRETARIAT,),
    "meeting_attendance": (SECRETARIAT, CHAIR),
    "conflict_declarations": (SECRETARIAT, MEMBER, CHAIR),
    "challenges": (SECRETARIAT, CHAIR),
    "challenge_votes": (MEMBER, CHAIR),
    "score_sheets": (SECRETARIAT, MEMBER, CHAIR),
    "score_entries": (MEMBER, CHAIR),
    "scoring_results": (SECRETARIAT, CHAIR),
    # decisions and the registry (DRAFT_DECISIONS, APPROVE_DECISIONS)
    "decisions": (SECRETARIAT, APPROVER),
    "public_notices": (SECRETARIAT, APPROVER),
    "registry_entries": (SECRETARIAT, APPROVER),
    "registry_events": (SECRETARIAT, APPROVER),
    "registry_changes": (SECRETARIAT,),  # MAINTAIN_REGISTRY: changes of a designated institute's particulars
    # sanctions (DRAFT_DECISIONS for the steps, APPROVE_DECISIONS for the disposition, which restricts the entry)
    "registry_restrictions": (APPROVER,),
    "sanction_cases": (SECRETARIAT, APPROVER),
    "sanction_evidence": (SECRETARIAT,),
    "sanction_notices": (SECRETARIAT,),
    "sanction_hearings": (SECRETARIAT,),
    "sanction_dispositions": (SECRETARIAT, APPROVER),
    # the evaluation-report register (MANAGE_REPORTS): imports and correction requests
    "evaluation_reports": (SECRETARIAT,),
    "report_correction_requests": (SECRETARIAT,),
    # sample surveys of filed reports (MANAGE_REPORTS): design, draw, reviews, the report
    "sample_surveys": (SECRETARIAT,),
    "survey_strata": (SECRETARIAT,),
    "survey_samples": (SECRETARIAT,),
    "survey_findings": (SECRETARIAT,),
    # validity checks of filed reports (MANAGE_REPORTS): opening, notices, comments, findings and the conclusion
    "validity_checks": (SECRETARIAT,),
    "validity_notices": (SECRETARIAT,),
    "validity_findings": (SECRETARIAT,),
    # the public lists published (MAINTAIN_REGISTRY): new rows only (triggers refuse changes)
    "publications": (SECRETARIAT,),
    # issued documents: new rows only in practice (triggers refuse changes to issued bytes)
    "blobs": ISSUERS,
    "frozen_contents": ISSUERS,
    "issued_documents": ISSUERS,
    "number_sequences": ISSUERS,
    # the trail: every unit of work appends to it (audit_events itself is insert-only, in policies.py)
    "audit_events": EVERYONE,
    "audit_chain_head": EVERYONE,
    # administration (MANAGE_SETTINGS, MANAGE_USERS; the users table's columns are in policies.py)
    "settings": (ADMIN,),
    "users": (ADMIN,),
    "alembic_version": (),
}
