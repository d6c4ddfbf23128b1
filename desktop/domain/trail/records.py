"""What an audit event is about, named as a person names it: 신청 2026-2-009, 결정 제2026-0001호, 사용자 secretariat.

One declaration per kind of record (the ``entity_type`` that ``record`` stores): the phrase that names a record of
that kind and how the records' own numbers or names are found. A record deleted since (a discarded draft, a removed
file) is named by its kind and id ("결정 #12").
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.i18n import translate
from desktop.domain.accounts.models import User
from desktop.domain.applications.models import Application, Attachment, Round
from desktop.domain.committee.models import Challenge, CommitteeMember, ConflictDeclaration, Meeting, MemberAffiliation
from desktop.domain.decisions.models import Decision, PublicNotice
from desktop.domain.inspections.models import Finding, Inspection, InspectionEvidence, InspectorConflict
from desktop.domain.institutions.models import Institution
from desktop.domain.issued.labels import kind_label
from desktop.domain.issued.models import FrozenContent, IssuedDocument
from desktop.domain.publication.models import Publication
from desktop.domain.registry.models import RegistryChange, RegistryEntry
from desktop.domain.registry.service import change_kind_label
from desktop.domain.registry.status import RegistryRestriction
from desktop.domain.reports.models import CorrectionRequest, EvaluationReport
from desktop.domain.sanctions.models import Disposition, Hearing, PriorNotice, SanctionCase, SanctionEvidence
from desktop.domain.scoring.models import ScoreSheet, ScoringResult
from desktop.domain.screening.models import ScreeningResult, SupplementRequest
from desktop.domain.settings.catalogue import SPECS, setting_label
from desktop.domain.surveys.models import SampleSurvey, SurveySample
from desktop.domain.validity.models import ValidityCheck, ValidityNotice

Names = Callable[[Session, set[int]], dict[int, str]]


@dataclass(frozen=True)
class RecordKind:
    phrase: Callable[[], str]  # names one record: "application {name}"
    names: Names  # the {name} of each record that still exists, by id
    missing: Callable[[], str] | None = None  # names a deleted one when the phrase is its name alone: "decision #{id}"


def _sampled_reports(session: Session, ids: set[int]) -> dict[int, str]:
    return {i: str(n) for i, n in session.execute(
        select(SurveySample.id, EvaluationReport.report_number)
        .join(EvaluationReport, EvaluationReport.id == SurveySample.report_id).where(SurveySample.id.in_(ids)))}


def _column(model: Any, column: Any) -> Names:
    def names(session: Session, ids: set[int]) -> dict[int, str]:
        return {i: str(v) for i, v in session.execute(select(model.id, column).where(model.id.in_(ids)))}

    return names


def _numbers(session: Session, ids: Iterable[int]) -> dict[int, str]:
    return _column(Application, Application.number)(session, set(ids))


def _member_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    return _column(CommitteeMember, CommitteeMember.name)(session, set(ids))


def _of_application_and_member(model: Any, template: Callable[[], str]) -> Names:
    """Records of one member on one application (conflict declarations, challenges, score sheets)."""

    def names(session: Session, ids: set[int]) -> dict[int, str]:
        rows = list(session.execute(select(model.id, model.application_id, model.member_id).where(model.id.in_(ids))))
        numbers, members = _numbers(session, (r[1] for r in rows)), _member_names(session, (r[2] for r in rows))
        return {i: template().format(application=numbers.get(a, "?"), member=members.get(m, "?"))
                for i, a, m in rows}

    return names


def _of_application(model: Any) -> Names:
    def names(session: Session, ids: set[int]) -> dict[int, str]:
        rows = list(session.execute(select(model.id, model.application_id).where(model.id.in_(ids))))
        numbers = _numbers(session, (r[1] for r in rows))
        return {i: numbers.get(a, "?") for i, a in rows}

    return names


def _decisions(session: Session, ids: set[int]) -> dict[int, str]:
    found = list(session.scalars(select(Decision).where(Decision.id.in_(ids))))
    numbers = _numbers(session, (d.application_id for d in found))
    return {d.id: translate("AuditRecord", "decision {number}").format(number=d.number) if d.number
            else translate("AuditRecord", "draft decision on {application}").format(
                application=numbers.get(d.application_id, "?")) for d in found}


def _notices(session: Session, ids: set[int]) -> dict[int, str]:
    return {n.id: n.number for n in session.scalars(select(PublicNotice).where(PublicNotice.id.in_(ids)))}


def _documents(session: Session, ids: set[int]) -> dict[int, str]:
    languages = {"ko": translate("AuditRecord", "Korean"), "en": translate("AuditRecord", "English")}
    return {d.id: translate("AuditRecord", "{kind} {number} ({language})").format(
        kind=kind_label(d.kind), number=d.number, language=languages.get(d.language, d.language))
        for d in session.scalars(select(IssuedDocument).where(IssuedDocument.id.in_(ids)))}


def _contents(session: Session, ids: set[int]) -> dict[int, str]:
    return {c.id: translate("AuditRecord", "{kind} {number}, version {version}").format(
        kind=kind_label(c.kind), number=c.number, version=c.version)
        for c in session.scalars(select(FrozenContent).where(FrozenContent.id.in_(ids)))}


def _attachments(session: Session, ids: set[int]) -> dict[int, str]:
    rows = list(session.execute(select(Attachment.id, Attachment.filename, Attachment.application_id)
                                .where(Attachment.id.in_(ids))))
    numbers = _numbers(session, (r[2] for r in rows))
    return {i: f"{name} ({numbers.get(a, '?')})" for i, name, a in rows}


def _affiliations(session: Session, ids: set[int]) -> dict[int, str]:
    rows = list(session.execute(select(MemberAffiliation.id, MemberAffiliation.member_id,
                                       MemberAffiliation.organisation).where(MemberAffiliation.id.in_(ids))))
    members = _member_names(session, (r[1] for r in rows))
    return {i: f"{members.get(m, '?')}: {organisation}" for i, m, organisation in rows}


def _of_inspection(model: Any, with_file: bool) -> Names:
    def names(session: Session, ids: set[int]) -> dict[int, str]:
        found = list(session.scalars(select(model).where(model.id.in_(ids))))
        numbers = _column(Inspection, Inspection.number)(session, {f.inspection_id for f in found})
        return {f.id: " ".join(filter(None, (numbers.get(f.inspection_id, "?"), f.item_id,
                                             f.filename if with_file else ""))) for f in found}

    return names


def _inspector_conflicts(session: Session, ids: set[int]) -> dict[int, str]:
    rows = list(session.execute(select(InspectorConflict.id, InspectorConflict.user_id,
                                       InspectorConflict.application_id).where(InspectorConflict.id.in_(ids))))
    users = _column(User, User.display_name)(session, {r[1] for r in rows})
    numbers = _numbers(session, (r[2] for r in rows))
    return {i: f"{users.get(u, '?')} · {numbers.get(a, '?')}" for i, u, a in rows}


def _correction_requests(session: Session, ids: set[int]) -> dict[int, str]:
    rows = session.execute(select(CorrectionRequest.id, EvaluationReport.report_number, Institution.name)
                           .join(EvaluationReport, EvaluationReport.id == CorrectionRequest.report_id)
                           .join(Institution, Institution.id == EvaluationReport.institution_id)
                           .where(CorrectionRequest.id.in_(ids)))
    return {i: f"{number} ({name})" for i, number, name in rows}


def _registry_entries(session: Session, ids: set[int]) -> dict[int, str]:
    rows = list(session.execute(select(RegistryEntry.id, Institution.name).join(
        Institution, Institution.id == RegistryEntry.institution_id).where(RegistryEntry.id.in_(ids))))
    return {i: name for i, name in rows}


def _registry_changes(session: Session, ids: set[int]) -> dict[int, str]:
    rows = list(session.execute(select(RegistryChange.id, RegistryChange.kind, Institution.name)
                                .join(RegistryEntry, RegistryEntry.id == RegistryChange.entry_id)
                                .join(Institution, Institution.id == RegistryEntry.institution_id)
                                .where(RegistryChange.id.in_(ids))))
    return {i: f"{name} · {change_kind_label(kind)}" for i, kind, name in rows}


RECORD_KINDS: dict[str, RecordKind] = {
    "institutions": RecordKind(lambda: translate("AuditRecord", "institution {name}"),
                               _column(Institution, Institution.name)),
    "rounds": RecordKind(lambda: translate("AuditRecord", "round {name}"), _column(Round, Round.code)),
    "applications": RecordKind(lambda: translate("AuditRecord", "application {name}"),
                               _column(Application, Application.number)),
    "attachments": RecordKind(lambda: translate("AuditRecord", "file {name}"), _attachments),
    "screening_results": RecordKind(lambda: translate("AuditRecord", "screening of application {name}"),
                                    _of_application(ScreeningResult)),
    "supplement_requests": RecordKind(lambda: translate("AuditRecord", "supplement request {name}"),
                                      _column(SupplementRequest, SupplementRequest.number)),
    "inspections": RecordKind(lambda: translate("AuditRecord", "inspection {name}"),
                              _column(Inspection, Inspection.number)),
    "inspection_findings": RecordKind(lambda: translate("AuditRecord", "finding {name}"),
                                      _of_inspection(Finding, with_file=False)),
    "inspection_evidence": RecordKind(lambda: translate("AuditRecord", "evidence {name}"),
                                      _of_inspection(InspectionEvidence, with_file=True)),
    "inspector_conflicts": RecordKind(lambda: translate("AuditRecord", "inspector's conflict {name}"),
                                      _inspector_conflicts),
    "committee_members": RecordKind(lambda: translate("AuditRecord", "committee member {name}"),
                                    _column(CommitteeMember, CommitteeMember.name)),
    "member_affiliations": RecordKind(lambda: translate("AuditRecord", "affiliation {name}"), _affiliations),
    "committee_meetings": RecordKind(lambda: translate("AuditRecord", "meeting {name}"),
                                     _column(Meeting, Meeting.number)),
    "conflict_declarations": RecordKind(
        lambda: translate("AuditRecord", "conflict declaration {name}"),
        _of_application_and_member(ConflictDeclaration, lambda: translate("AuditRecord", "{member} on {application}"))),
    "challenges": RecordKind(
        lambda: translate("AuditRecord", "challenge {name}"),
        _of_application_and_member(Challenge, lambda: translate("AuditRecord", "against {member} on {application}"))),
    "score_sheets": RecordKind(
        lambda: translate("AuditRecord", "score sheet {name}"),
        _of_application_and_member(ScoreSheet, lambda: translate("AuditRecord", "of {member} on {application}"))),
    "scoring_results": RecordKind(lambda: translate("AuditRecord", "result of application {name}"),
                                  _of_application(ScoringResult)),
    "decisions": RecordKind(lambda: "{name}", _decisions,  # "decision 제2026-0001호", a draft by its application
                            lambda: translate("AuditRecord", "decision #{id}")),
    "public_notices": RecordKind(lambda: translate("AuditRecord", "public notice {name}"), _notices),
    "issued_documents": RecordKind(lambda: "{name}", _documents,  # the name says the kind of document
                                   lambda: translate("AuditRecord", "document #{id}")),
    "frozen_contents": RecordKind(lambda: translate("AuditRecord", "content of {name}"), _contents),
    "registry_entries": RecordKind(lambda: translate("AuditRecord", "registry entry of {name}"), _registry_entries),
    "registry_changes": RecordKind(lambda: translate("AuditRecord", "registry change {name}"), _registry_changes),
    "registry_restrictions": RecordKind(lambda: translate("AuditRecord", "registry disposition {name}"),
                                        _column(RegistryRestriction, RegistryRestriction.reference)),
    "sanction_cases": RecordKind(lambda: translate("AuditRecord", "sanction case {name}"),
                                 _column(SanctionCase, SanctionCase.number)),
    "sanction_evidence": RecordKind(lambda: translate("AuditRecord", "sanction evidence {name}"),
                                    _column(SanctionEvidence, SanctionEvidence.title)),
    "sanction_notices": RecordKind(lambda: translate("AuditRecord", "prior notice {name}"),
                                   _column(PriorNotice, PriorNotice.number)),
    "sanction_hearings": RecordKind(lambda: translate("AuditRecord", "hearing {name}"),
                                    _column(Hearing, Hearing.number)),
    "sanction_dispositions": RecordKind(lambda: translate("AuditRecord", "disposition {name}"),
                                        _column(Disposition, Disposition.number)),
    "users": RecordKind(lambda: translate("AuditRecord", "user {name}"), _column(User, User.username)),
    "sample_surveys": RecordKind(lambda: translate("AuditRecord", "sample survey {name}"),
                                 _column(SampleSurvey, SampleSurvey.number)),
    "survey_samples": RecordKind(lambda: translate("AuditRecord", "sampled report {name}"), _sampled_reports),
    "validity_checks": RecordKind(lambda: translate("AuditRecord", "validity check {name}"),
                                  _column(ValidityCheck, ValidityCheck.number)),
    "validity_notices": RecordKind(lambda: translate("AuditRecord", "validity-check notice {name}"),
                                   _column(ValidityNotice, ValidityNotice.number)),
    "publications": RecordKind(lambda: translate("AuditRecord", "published list {name}"),
                               _column(Publication, Publication.number)),
    "report_correction_requests": RecordKind(lambda: translate("AuditRecord", "correction request on report {name}"),
                                             _correction_requests),
}


def unnumbered_record(entity_type: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """A record without a row of its own: a setting (named by its key in the event), the whole database."""
    if entity_type == "settings":
        key = next((k for k in (after or before or {}) if k in SPECS), None)
        return translate("AuditRecord", "setting {name}").format(name=setting_label(key)) if key \
            else translate("AuditRecord", "the settings")
    if entity_type == "database":
        return translate("AuditRecord", "the whole database")
    if entity_type == "evaluation_reports":
        return translate("AuditRecord", "the register of filed reports")
    if entity_type == "users" and (after or {}).get("username") is not None:  # a login as nobody known
        return translate("AuditRecord", "unknown user name {name}").format(name=after["username"])
    return entity_type


def record_names(session: Session, refs: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The own number or name of each ``(entity_type, id)`` that still exists, looked up once per kind:
    ``{("applications", 9): "2026-2-009"}``."""
    wanted: dict[str, set[int]] = {}
    for entity_type, entity_id in set(refs):
        wanted.setdefault(entity_type, set()).add(entity_id)
    names = {}
    for entity_type, ids in wanted.items():
        kind = RECORD_KINDS.get(entity_type)
        names.update({(entity_type, i): name for i, name in (kind.names(session, ids) if kind else {}).items()})
    return names


def record_phrase(entity_type: str, entity_id: int, name: str | None) -> str:
    """The record named as in a sentence: "application 2026-2-009" / "신청 2026-2-009"; one that no longer exists
    (``name`` None) by its kind and id: "application #9"."""
    kind = RECORD_KINDS.get(entity_type)
    if kind is None:
        return f"{entity_type} #{entity_id}"
    if name is None and kind.missing is not None:
        return kind.missing().format(id=entity_id)
    return kind.phrase().format(name=name if name is not None else f"#{entity_id}")
