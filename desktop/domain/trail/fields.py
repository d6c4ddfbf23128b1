"""The fields that audit events keep before and after a change, declared once: the label a person reads, which
record an id in them points to, and which enumeration their values come from."""

from collections.abc import Callable, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from desktop.core.i18n import translate, translation_key
from desktop.domain.accounts.models import Role
from desktop.domain.accounts.permissions import role_label
from desktop.domain.applications.attachments import attachment_status_label
from desktop.domain.applications.attachments import kind_label as attachment_kind_label
from desktop.domain.applications.models import (
    ApplicationStatus,
    AttachmentKind,
    AttachmentStatus,
    ConflictGround,
    Qualification,
    RoundStatus,
)
from desktop.domain.applications.rounds import round_status_label
from desktop.domain.applications.workflow import status_label as application_status_label
from desktop.domain.audit.security import LoginFailure, failure_label
from desktop.domain.committee.challenges import outcome_label as challenge_outcome_label
from desktop.domain.committee.meetings import meeting_status_label
from desktop.domain.committee.models import ChallengeOutcome, ConflictKind, MeetingStatus, MemberKind
from desktop.domain.committee.service import conflict_ground_label, conflict_kind_label, member_kind_label
from desktop.domain.decisions.models import DecisionOutcome
from desktop.domain.decisions.service import outcome_label as decision_outcome_label
from desktop.domain.inspections.findings import severity_label, verification_label
from desktop.domain.inspections.models import FindingSeverity, FindingVerification, InspectionStatus
from desktop.domain.inspections.service import status_label as inspection_status_label
from desktop.domain.institutions.models import InstitutionKind, Sector
from desktop.domain.institutions.service import kind_label as institution_kind_label
from desktop.domain.institutions.service import sector_label
from desktop.domain.publication.service import list_label
from desktop.domain.registry.models import RegistryChangeKind, RegistryStatus
from desktop.domain.registry.service import change_kind_label, registry_value_text
from desktop.domain.registry.service import status_label as registry_status_label
from desktop.domain.reports.standard import Conclusion, Criterion, conclusion_label, criterion_label
from desktop.domain.sanctions.models import DispositionKind, Ground
from desktop.domain.sanctions.service import ground_label as sanction_ground_label
from desktop.domain.sanctions.service import kind_label as disposition_kind_label
from desktop.domain.scoring.models import SheetStatus
from desktop.domain.scoring.service import method_label
from desktop.domain.scoring.sheets import sheet_status_label
from desktop.domain.screening.models import ScreeningOutcome, SupplementStatus
from desktop.domain.screening.rules import qualification_label
from desktop.domain.screening.service import outcome_label as screening_outcome_label
from desktop.domain.screening.service import rule_label
from desktop.domain.screening.supplements import status_label as supplement_status_label
from desktop.domain.validity.models import Recipient, Requester
from desktop.domain.validity.service import recipient_label, requester_label

HIDDEN = frozenset({"id", "created_at", "updated_at", "version"})  # bookkeeping, not what anyone changed

REFERENCES = {  # a field holding the id (or ids) of another record, and that record's kind
    "application_id": "applications", "agenda": "applications",
    "institution_id": "institutions", "parent_id": "institutions",
    "member_id": "committee_members", "members": "committee_members", "chair": "committee_members",
    "present": "committee_members", "votes": "committee_members",
    "user_id": "users", "inspectors": "users", "signed": "users",
    "decision_id": "decisions", "supersedes_id": "decisions",
    "officer_id": "users", "entry_id": "registry_entries",
}


_LABELS: dict[tuple[object, str], Mapping[str, str]] = {}


def field_labels() -> Mapping[str, str]:
    """Every field the services keep in an event, named in the current language ("table.field" where one kind of
    record means something else by it); made once per language (the log names the fields of hundreds of events)."""
    key = translation_key()
    labels = _LABELS.get(key)
    if labels is None:
        labels = _LABELS[key] = MappingProxyType(_field_labels())
    return labels


def _field_labels() -> dict[str, str]:
    return {
        "name": translate("AuditField", "Name"), "name_en": translate("AuditField", "Name (English)"),
        "sector": translate("AuditField", "Sector"), "kind": translate("AuditField", "Kind"),
        "brn": translate("AuditField", "Business registration number"),
        "brn_override_reason": translate("AuditField", "Reason for accepting the registration number"),
        "crn": translate("AuditField", "Corporate registration number"),
        "representative": translate("AuditField", "Representative"), "postcode": translate("AuditField", "Postcode"),
        "address": translate("AuditField", "Address"), "phone": translate("AuditField", "Telephone"),
        "email": translate("AuditField", "E-mail"), "website": translate("AuditField", "Website"),
        "parent_id": translate("AuditField", "Parent institution"),
        "founded_on": translate("AuditField", "Founded on"),
        "business_plan": translate("AuditField", "Business plan"),
        "dedicated_unit": translate("AuditField", "Dedicated evaluation unit"),
        "facilities": translate("AuditField", "Facilities and equipment"),
        "consent_admin_check": translate("AuditField", "Consent to the ministry's own check of the registry"),
        "scope_inventions": translate("AuditField", "Evaluates inventions"),
        "scope_trademarks": translate("AuditField", "Evaluates trademarks"),
        "scope_trade_secrets": translate("AuditField", "Evaluates trade secrets"),
        "scope_layouts": translate("AuditField", "Evaluates layout designs"),
        "staff": translate("AuditField", "Staff"),
        "code": translate("AuditField", "Code"), "title": translate("AuditField", "Title"),
        "notice_number": translate("AuditField", "Notice number"),
        "period_start": translate("AuditField", "Applications from"),
        "period_end": translate("AuditField", "Applications until"),
        "deadline": translate("AuditField", "Deadline"), "status": translate("AuditField", "Status"),
        "pass_mark": translate("AuditField", "Pass mark"),
        "aggregation_method": translate("AuditField", "Aggregation of the scores"),
        "criteria_version": translate("AuditField", "Criteria sheet version"),
        "checklist_version": translate("AuditField", "Checklist version"),
        "settings": translate("AuditField", "Settings"), "opened_at": translate("AuditField", "Opened at"),
        "user_id": translate("AuditField", "User"), "affiliation": translate("AuditField", "Affiliation"),
        "expertise": translate("AuditField", "Expertise"),
        "term_start": translate("AuditField", "Term from"), "term_end": translate("AuditField", "Term until"),
        "member_id": translate("AuditField", "Member"), "organisation": translate("AuditField", "Organisation"),
        "institution_id": translate("AuditField", "Institution"), "relation": translate("AuditField", "Relation"),
        "start": translate("AuditField", "From"), "end": translate("AuditField", "Until"),
        "supersedes_id": translate("AuditField", "Supersedes"), "outcome": translate("AuditField", "Outcome"),
        "reasons": translate("AuditField", "Reasons"), "reasons_en": translate("AuditField", "Reasons (English)"),
        "conditions": translate("AuditField", "Conditions"),
        "conditions_en": translate("AuditField", "Conditions (English)"),
        "correction_reason": translate("AuditField", "Reason for the correction"),
        "correction_reason_en": translate("AuditField", "Reason for the correction (English)"),
        "application_id": translate("AuditField", "Application"),
        "username": translate("AuditField", "User name"), "display_name": translate("AuditField", "Name"),
        "role": translate("AuditField", "Role"), "active": translate("AuditField", "Enabled"),
        "failed": translate("AuditField", "Requirements not met"), "rule": translate("AuditField", "Requirement"),
        "passed": translate("AuditField", "Met"),
        "scoring_results.passed": translate("AuditField", "Pass mark reached"),
        "override": translate("AuditField", "Judged differently"),
        "rules": translate("AuditField", "Requirements"), "number": translate("AuditField", "Number"),
        "deficiencies": translate("AuditField", "Deficiencies"),
        "letter_sha256": translate("AuditField", "Letter's SHA-256"), "late": translate("AuditField", "Late"),
        "member": translate("AuditField", "Member"), "reason": translate("AuditField", "Reason"),
        "uphold": translate("AuditField", "Uphold the challenge"),
        "eligible": translate("AuditField", "Members entitled to vote"), "votes": translate("AuditField", "Votes"),
        "members": translate("AuditField", "Members"), "chair": translate("AuditField", "Chair"),
        "ground": translate("AuditField", "Ground"), "statement": translate("AuditField", "Statement"),
        "suggestion": translate("AuditField", "Possible conflict found by the application"),
        "held_at": translate("AuditField", "Held at"), "place": translate("AuditField", "Place"),
        "agenda": translate("AuditField", "Agenda"), "present": translate("AuditField", "Present"),
        "quorum": translate("AuditField", "Quorum met"), "seats": translate("AuditField", "Seats"),
        "decision_id": translate("AuditField", "Decision"),
        "corrective_action": translate("AuditField", "Corrective action"),
        "severity": translate("AuditField", "Severity"), "description": translate("AuditField", "Description"),
        "applicant_response": translate("AuditField", "Applicant's answer"),
        "verification": translate("AuditField", "Verification"), "note": translate("AuditField", "Note"),
        "committee_override_reason": translate("AuditField", "Reason for going to the committee anyway"),
        "attestation": translate("AuditField", "Attestation"), "signed_at": translate("AuditField", "Signed at"),
        "signed": translate("AuditField", "Signed by"), "response": translate("AuditField", "Answer"),
        "score": translate("AuditField", "Score"), "text": translate("AuditField", "Text"),
        "item": translate("AuditField", "Item"), "filename": translate("AuditField", "File"),
        "sha256": translate("AuditField", "SHA-256"), "size": translate("AuditField", "Size"),
        "content_sha256": translate("AuditField", "SHA-256 of the content"),
        "max_score": translate("AuditField", "Maximum score"), "findings": translate("AuditField", "Findings"),
        "scheduled_on": translate("AuditField", "Scheduled on"),
        "scheduled_at": translate("AuditField", "Scheduled at"),
        "period": translate("AuditField", "Period as counted"),
        "non_working_day": translate("AuditField", "Confirmed non-working day"),
        "inspectors": translate("AuditField", "Inspectors"),
        "inspector": translate("AuditField", "Inspector"), "application": translate("AuditField", "Application"),
        "token": translate("AuditField", "Export token"),
        "applied": translate("AuditField", "Items taken from the file"),
        "kept_database": translate("AuditField", "Items kept as in the database"),
        "aggregate": translate("AuditField", "Aggregate score"), "method": translate("AuditField", "Method"),
        "sheets": translate("AuditField", "Score sheets"), "used": translate("AuditField", "Sheets counted"),
        "scores": translate("AuditField", "Scores"), "total": translate("AuditField", "Total"),
        "supersedes": translate("AuditField", "Supersedes"),
        "effective_on": translate("AuditField", "In force from"), "decisions": translate("AuditField", "Decisions"),
        "verification_code": translate("AuditField", "Verification code"),
        "reissue_of": translate("AuditField", "Reissue of"),
        "rejection_reason": translate("AuditField", "Reason for rejecting"),
        "failure": translate("AuditField", "Why the login failed"),
        # --- reports13 ---
        "file": translate("AuditField", "File"), "read_as": translate("AuditField", "Read as"),
        "imported": translate("AuditField", "Reports imported"),
        "unchanged": translate("AuditField", "Already in the register unchanged"),
        "received_on": translate("AuditField", "Received on"), "due_on": translate("AuditField", "Answer due"),
        "answered_on": translate("AuditField", "Answered on"),
        # --- registry13 ---
        "entry_id": translate("AuditField", "Registry entry"), "review_on": translate("AuditField", "Review date"),
        "value": translate("AuditField", "New value"), "merger_role": translate("AuditField", "Merger"),
        "evidence_sha256": translate("AuditField", "Evidence's SHA-256"),
        "evidence_filename": translate("AuditField", "Evidence file"),
        **_sanction_labels(),
        # --- surveys13 ---
        "filed_from": translate("AuditField", "Filed from"), "filed_to": translate("AuditField", "Filed until"),
        "sample_size": translate("AuditField", "Sample size"),
        "minimum": translate("AuditField", "Minimum per stratum"),
        "population": translate("AuditField", "Population"), "strata": translate("AuditField", "Strata"),
        "population_sha256": translate("AuditField", "Population's SHA-256"),
        "seed": translate("AuditField", "Random seed"), "drawn": translate("AuditField", "Reports drawn"),
        "same": translate("AuditField", "Same as the stored sample"),
        "differing": translate("AuditField", "Reports that differ"),
        "conclusion": translate("AuditField", "Conclusion"),
        "shortfalls": translate("AuditField", "Criteria fallen short"),
        "reviewed": translate("AuditField", "Reports reviewed"),
        "inappropriate": translate("AuditField", "Found inappropriate"),
        "share": translate("AuditField", "Stratified share inappropriate"),
        "title_en": translate("AuditField", "English title"),
        "as_of": translate("AuditField", "As of"), "rows": translate("AuditField", "Rows listed"),
        **_validity_labels(),
    }


def _sanction_labels() -> dict[str, str]:
    """The fields the sanction services and the registry's dispositions keep in their events."""
    return {
        "sanction_cases.ground": translate("AuditField", "Ground of the sanction"),
        "intended": translate("AuditField", "Intended disposition"),
        "breach_ended_on": translate("AuditField", "Breach ended on"),
        "file": translate("AuditField", "File"), "sha256": translate("AuditField", "Fingerprint (SHA-256)"),
        "reference": translate("AuditField", "Reference"),
        "hearing_on": translate("AuditField", "Hearing date"),
        "officer_id": translate("AuditField", "Presiding officer"),
        "public": translate("AuditField", "Public"),
        "starts_on": translate("AuditField", "First day"), "ends_on": translate("AuditField", "Last day"),
        "entry_id": translate("AuditField", "Registry entry"),
    }


def _validity_labels() -> dict[str, str]:
    """The fields the validity-check services keep in their events."""
    return {
        "report": translate("AuditField", "Filed report"), "requester": translate("AuditField", "Requested by"),
        "notice_deadline": translate("AuditField", "Notices due by"),
        "recipient": translate("AuditField", "Recipient"),
        "commented_on": translate("AuditField", "Comment received on"),
        "conclusion": translate("AuditField", "Conclusion"),
        "short_on": translate("AuditField", "Falls short on"),
        "sanction_case": translate("AuditField", "Sanction case"),
    }


def _enum(kind: type[StrEnum], label: Callable[[Any], str]) -> Callable[[Any], str]:
    def shown(value: Any) -> str:
        try:
            return label(kind(value))
        except ValueError:
            return str(value)

    return shown


def _choice(labels: Callable[[], dict[str, str]]) -> Callable[[Any], str]:
    return lambda value: labels().get(str(value), str(value))


def _staff_line(value: Any) -> str:
    """"이하준 (patent_attorney, 5y)" as kept by the applications service → "이하준 (변리사, 5년)"."""
    name, _, rest = str(value).rpartition(" (")
    qualification, _, years = rest.rstrip(")").partition(", ")
    if not name or not years.endswith("y"):
        return str(value)
    return translate("AuditValue", "{name} ({qualification}, {years} years)").format(
        name=name, qualification=_enum(Qualification, qualification_label)(qualification), years=years[:-1])


VALUES: dict[str, Callable[[Any], str]] = {  # "table.field" for one kind of record, or "field" for any
    "applications.status": _enum(ApplicationStatus, application_status_label),
    "rounds.status": _enum(RoundStatus, round_status_label),
    "score_sheets.status": _enum(SheetStatus, sheet_status_label),
    "committee_meetings.status": _enum(MeetingStatus, meeting_status_label),
    "supplement_requests.status": _enum(SupplementStatus, supplement_status_label),
    "inspections.status": _enum(InspectionStatus, inspection_status_label),
    "registry_entries.status": _enum(RegistryStatus, registry_status_label),
    "registry_changes.kind": _enum(RegistryChangeKind, change_kind_label),
    "registry_changes.value": registry_value_text,
    "merger_role": _choice(lambda: {"absorbed": translate("AuditValue", "Absorbed the other institute"),
                                    "merged_into": translate("AuditValue", "Merged into the other institute")}),
    "attachments.status": _enum(AttachmentStatus, attachment_status_label),
    "screening_results.outcome": _enum(ScreeningOutcome, screening_outcome_label),
    "decisions.outcome": _enum(DecisionOutcome, decision_outcome_label),
    "challenges.outcome": _enum(ChallengeOutcome, challenge_outcome_label),
    "institutions.kind": _enum(InstitutionKind, institution_kind_label),
    "committee_members.kind": _enum(MemberKind, member_kind_label),
    "conflict_declarations.kind": _enum(ConflictKind, conflict_kind_label),
    "attachments.kind": _enum(AttachmentKind, attachment_kind_label),
    "sector": _enum(Sector, sector_label),
    "role": _enum(Role, role_label),
    "ground": _enum(ConflictGround, conflict_ground_label),
    "sanction_cases.ground": _enum(Ground, sanction_ground_label),
    "validity_checks.requester": _enum(Requester, requester_label),
    "validity_notices.recipient": _enum(Recipient, recipient_label),
    "validity_checks.conclusion": _enum(Conclusion, conclusion_label),
    "short_on": lambda value: ", ".join(_enum(Criterion, criterion_label)(v) for v in value) if isinstance(
        value, list) else str(value),
    "sanction_cases.intended": _enum(DispositionKind, disposition_kind_label),
    "sanction_dispositions.kind": _enum(DispositionKind, disposition_kind_label),
    "registry_restrictions.kind": _enum(DispositionKind, disposition_kind_label),
    "publications.kind": lambda value: list_label(str(value)),  # "Designated institutes" / "Sanctions"
    "severity": _enum(FindingSeverity, severity_label),
    "verification": _enum(FindingVerification, verification_label),
    "method": method_label, "aggregation_method": method_label,
    "rule": rule_label, "failed": rule_label,
    "staff": _staff_line,
    "relation": _choice(lambda: {"employment": translate("AuditValue", "Employment"),
                                 "service": translate("AuditValue", "Service (consulting, advice, research)")}),
    "failure": _enum(LoginFailure, failure_label),
    "response": _choice(lambda: {"conform": translate("AuditValue", "Conform"),
                                 "nonconform": translate("AuditValue", "Nonconform"),
                                 "not_applicable": translate("AuditValue", "Not applicable")}),
}


def value_label(entity_type: str, field: str) -> Callable[[Any], str] | None:
    """How a stored value of ``field`` reads, if it is a code of an enumeration."""
    return VALUES.get(f"{entity_type}.{field}") or VALUES.get(field)
