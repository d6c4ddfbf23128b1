"""Every official document kind, declared once: its data, its renderer, its record; its names in ``kind_names``.

The batch, the previews and the verification derive from ``KINDS``; the command line's ``document`` subcommands
from ``kind_names.KIND_NAMES``, which it reads without importing the domain. Adding a kind is one name there and
one spec here (a test checks that both name every ``DocumentKind``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from desktop.core.i18n import translate
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.issued.labels import kind_label
from desktop.issuing import publication_kinds, sanction_kinds, survey_kinds, validity_kinds
from desktop.issuing.kind_names import KIND_NAMES, KindName

if TYPE_CHECKING:  # the command line builds its parser from KINDS without loading the database layer
    from sqlalchemy.orm import Session

    from desktop.domain.accounts.permissions import Actor


@dataclass(frozen=True)
class DocumentFacts:
    """What a document is about, as its signed claims and QR payload state it (desktop/issuing/claims.py)."""

    institution: str
    registration_number: str
    outcome: str  # "designated", "not_designated"; "" for kinds without one
    issued_on: date


def _day(moment: date | datetime | None) -> date:
    from desktop.core.clock import KST, today

    if moment is None:
        return today()
    return moment.astimezone(KST).date() if isinstance(moment, datetime) else moment


@dataclass(frozen=True)
class KindSpec:
    """How one kind of document is made and found."""

    name: KindName  # the subcommand, its help and number format, the file-name label
    entity_type: str  # the table of the record the document belongs to
    data_class: Callable[[], type]  # the domain data class (imported lazily: the CLI starts fast)
    render: Callable[[Any, str, str | None], bytes]  # (data, language, verification code) -> PDF
    build: Callable[[Session, Actor, int], Any]  # the data as the record stands now, with the permission checks
    find: Callable[[Session, str], int]  # the record's id from its number as typed
    title: Callable[[Any, str], str]  # the title of the document, per language
    application_of: Callable[[Session, int], int | None]  # whose application (conflicts of interest)
    is_issued: Callable[[Session, int], bool]  # the record is issued: its documents are issued, not previews
    facts: Callable[[Any], DocumentFacts]  # what the document states, for its signature and QR code
    number: Callable[[Any], str] = lambda data: data.number  # the document's number, from its data

    @property
    def kind(self) -> DocumentKind:
        return DocumentKind(self.name.value)

    @property
    def cli(self) -> str:
        return self.name.cli

    @property
    def file_label(self) -> dict[str, str]:
        return self.name.file_label

    def label(self) -> str:
        return kind_label(self.kind)


def _settings(session: Session) -> dict[str, Any]:
    from desktop.domain.settings.service import get_settings

    return get_settings(session)


# --- decisions ------------------------------------------------------------------------------------------------

def _decision_data() -> type:
    from desktop.domain.decisions.service import DecisionNotice

    return DecisionNotice


def _render_decision(data: Any, language: str, code: str | None) -> bytes:
    from desktop.documents.decision import render_decision_notice

    return render_decision_notice(data, language, code)


def _build_decision(session: Session, actor: Actor, entity_id: int) -> Any:
    from desktop.domain.decisions.service import decision_notice

    return decision_notice(session, actor, entity_id, _settings(session))


def _find_decision(session: Session, number: str) -> int:
    from desktop.domain.decisions.numbers import find_decision

    return find_decision(session, number).id


def _decision_application(session: Session, entity_id: int) -> int | None:
    from desktop.domain.decisions.models import Decision

    decision = session.get(Decision, entity_id)
    return decision.application_id if decision is not None else None


def _decision_issued(session: Session, entity_id: int) -> bool:
    from desktop.domain.decisions.models import Decision, DecisionStatus

    decision = session.get(Decision, entity_id)
    return decision is not None and decision.status != DecisionStatus.DRAFT


def _designation_issued(session: Session, entity_id: int) -> bool:
    from desktop.domain.decisions.models import Decision, DecisionOutcome, DecisionStatus

    decision = session.get(Decision, entity_id)
    return decision is not None and decision.status != DecisionStatus.DRAFT \
        and decision.outcome == DecisionOutcome.DESIGNATED


def _exists(session: Session, entity_id: int) -> bool:
    return True  # a public notice, a supplement request, an inspection notice: issued when it is made


def _notice_title(data: Any, language: str) -> str:
    from desktop.documents.decision import TEXT

    return f"{TEXT[language]['subject']} {data.number}"


def _certificate_data() -> type:
    from desktop.domain.decisions.round_documents import CertificateData

    return CertificateData


def _render_certificate(data: Any, language: str, code: str | None) -> bytes:
    from desktop.documents.certificate import render_certificate

    return render_certificate(data, language, code)


def _build_certificate(session: Session, actor: Actor, entity_id: int) -> Any:
    from desktop.domain.decisions.round_documents import certificate_data

    return certificate_data(session, actor, entity_id, _settings(session))


def _certificate_title(data: Any, language: str) -> str:
    from desktop.documents.certificate import TEXT

    return f"{TEXT[language]['title']} {data.number}"


# --- public notices -------------------------------------------------------------------------------------------

def _public_notice_data() -> type:
    from desktop.domain.decisions.round_documents import PublicNoticeData

    return PublicNoticeData


def _render_public_notice(data: Any, language: str, code: str | None) -> bytes:
    from desktop.documents.public_notice import render_public_notice

    return render_public_notice(data, language, code)


def _build_public_notice(session: Session, actor: Actor, entity_id: int) -> Any:
    from desktop.domain.decisions.round_documents import public_notice_data

    return public_notice_data(session, actor, entity_id, _settings(session))


def _find_public_notice(session: Session, number: str) -> int:
    from desktop.domain.decisions.round_documents import find_public_notice

    return find_public_notice(session, number).id


def _public_notice_title(data: Any, language: str) -> str:
    from desktop.documents.public_notice import TEXT

    return f"{TEXT[language]['title']} {data.number}"


# --- supplement requests --------------------------------------------------------------------------------------

def _supplement_data() -> type:
    from desktop.domain.screening.supplements import SupplementLetter

    return SupplementLetter


def _render_supplement(data: Any, language: str, code: str | None) -> bytes:
    from desktop.documents.supplement_request import render_supplement_request

    return render_supplement_request(data, language, code)


def _build_supplement(session: Session, actor: Actor, entity_id: int) -> Any:
    from desktop.domain.screening.supplements import supplement_letter

    return supplement_letter(session, actor, entity_id, _settings(session))


def _find_supplement(session: Session, number: str) -> int:
    from desktop.domain.screening.supplements import find_supplement

    return find_supplement(session, number).id


def _supplement_application(session: Session, entity_id: int) -> int | None:
    from desktop.domain.screening.models import SupplementRequest

    request = session.get(SupplementRequest, entity_id)
    return request.application_id if request is not None else None


def _supplement_title(data: Any, language: str) -> str:
    from desktop.documents.supplement_request import TEXT

    return f"{TEXT[language]['subject']} {data.number}"


# --- inspections ----------------------------------------------------------------------------------------------

def _inspection_notice_data() -> type:
    from desktop.domain.inspections.report import InspectionNoticeData

    return InspectionNoticeData


def _render_inspection_notice(data: Any, language: str, code: str | None) -> bytes:
    from desktop.documents.inspection_notice import render_inspection_notice

    return render_inspection_notice(data, language, code)


def _build_inspection_notice(session: Session, actor: Actor, entity_id: int) -> Any:
    from desktop.domain.inspections.report import inspection_notice

    return inspection_notice(session, actor, entity_id, _settings(session))


def _inspection_report_data() -> type:
    from desktop.domain.inspections.report import InspectionReportData

    return InspectionReportData


def _render_inspection_report(data: Any, language: str, code: str | None) -> bytes:
    from desktop.documents.inspection_report import render_inspection_report

    return render_inspection_report(data, language, code)


def _build_inspection_report(session: Session, actor: Actor, entity_id: int) -> Any:
    from desktop.domain.inspections.report import inspection_report

    return inspection_report(session, actor, entity_id, _settings(session))


def _find_inspection(session: Session, number: str) -> int:
    from desktop.domain.inspections.queries import find_inspection

    return find_inspection(session, number).id


def _inspection_application(session: Session, entity_id: int) -> int | None:
    from desktop.domain.inspections.models import Inspection

    inspection = session.get(Inspection, entity_id)
    return inspection.application_id if inspection is not None else None


def _inspection_signed(session: Session, entity_id: int) -> bool:
    from desktop.domain.inspections.models import Inspection, InspectionStatus

    inspection = session.get(Inspection, entity_id)
    return inspection is not None and inspection.status == InspectionStatus.SIGNED


def _inspection_notice_title(data: Any, language: str) -> str:
    from desktop.documents.inspection_notice import TEXT

    return f"{TEXT[language]['subject']} {data.number}"


def _inspection_report_title(data: Any, language: str) -> str:
    from desktop.documents.inspection_report import TEXT

    return f"{TEXT[language]['subject']} {data.number}"


# --- minutes --------------------------------------------------------------------------------------------------

def _minutes_data() -> type:
    from desktop.domain.scoring.minutes import MinutesData

    return MinutesData


def _render_minutes(data: Any, language: str, code: str | None) -> bytes:
    from desktop.documents.minutes import render_minutes

    return render_minutes(data, language, code)


def _build_minutes(session: Session, actor: Actor, entity_id: int) -> Any:
    from desktop.domain.scoring.minutes import meeting_minutes

    return meeting_minutes(session, actor, entity_id, _settings(session))


def _find_meeting(session: Session, number: str) -> int:
    from desktop.domain.committee.meetings import find_meeting

    return find_meeting(session, number).id


def _minutes_title(data: Any, language: str) -> str:
    from desktop.documents.minutes import TEXT

    return TEXT[language]["subject"].format(number=data.meeting_number)


def _meeting_closed(session: Session, entity_id: int) -> bool:
    from desktop.domain.committee.models import Meeting, MeetingStatus

    meeting = session.get(Meeting, entity_id)
    return meeting is not None and meeting.status == MeetingStatus.CLOSED


def _no_application(session: Session, entity_id: int) -> int | None:
    return None


def _decision_facts(data: Any) -> DocumentFacts:
    return DocumentFacts(data.institution_name, data.registration_number, str(data.outcome), _day(data.issued_at))


def _certificate_facts(data: Any) -> DocumentFacts:
    return DocumentFacts(data.institution_name, data.registration_number, "designated", _day(data.issued_at))


def _public_notice_facts(data: Any) -> DocumentFacts:
    return DocumentFacts("", "", "", _day(data.published_on))


def _supplement_facts(data: Any) -> DocumentFacts:
    return DocumentFacts(data.institution_name, data.registration_number, "", _day(data.requested_at))


def _inspection_facts(data: Any) -> DocumentFacts:
    return DocumentFacts(data.applicant.name, data.applicant.registration_number, "", _day(data.issued_at))


def _minutes_facts(data: Any) -> DocumentFacts:
    return DocumentFacts("", "", "", _day(data.closed_at or data.held_at))


# --- sanctions ------------------------------------------------------------------------------------------------

def _sanction_facts(data: Any) -> DocumentFacts:
    return DocumentFacts(data.institution_name, data.registration_number, data.disposition, _day(data.issued_at))


def _sanction_spec(kind: DocumentKind, entity_type: str, find: Callable[[Session, str], int]) -> KindSpec:
    return KindSpec(KIND_NAMES[kind.value], entity_type, sanction_kinds.data_class, sanction_kinds.render,
                    sanction_kinds.builder(kind), find, sanction_kinds.title, _no_application,
                    sanction_kinds.issued_check(kind), _sanction_facts)


def _survey_facts(data: Any) -> DocumentFacts:
    return DocumentFacts("", "", "", _day(data.issued_at))


def _validity_facts(data: Any) -> DocumentFacts:
    return DocumentFacts(data.institution_name, data.registration_number, data.conclusion, _day(data.issued_at))


def _validity_spec(kind: DocumentKind, entity_type: str, find: Callable[[Session, str], int]) -> KindSpec:
    return KindSpec(KIND_NAMES[kind.value], entity_type, validity_kinds.data_class, validity_kinds.render,
                    validity_kinds.builder(kind), find, validity_kinds.title, _no_application,
                    validity_kinds.issued_check(kind), _validity_facts)


def _publication_facts(data: Any) -> DocumentFacts:
    return DocumentFacts("", "", "", _day(data.published_at))


def _publication_spec(kind: DocumentKind) -> KindSpec:
    p = publication_kinds
    return KindSpec(KIND_NAMES[kind.value], p.ENTITY_TYPE, p.data_class, p.render, p.build,
                    p.finder(kind), p.title, _no_application, p.issued(kind), _publication_facts)


KINDS: dict[str, KindSpec] = {spec.name.value: spec for spec in (
    KindSpec(KIND_NAMES["decision"], "decisions", _decision_data, _render_decision, _build_decision, _find_decision,
             _notice_title, _decision_application, _decision_issued, _decision_facts),
    KindSpec(KIND_NAMES["certificate"], "decisions", _certificate_data, _render_certificate, _build_certificate,
             _find_decision, _certificate_title, _decision_application, _designation_issued, _certificate_facts),
    KindSpec(KIND_NAMES["public_notice"], "public_notices", _public_notice_data, _render_public_notice,
             _build_public_notice, _find_public_notice, _public_notice_title, _no_application, _exists,
             _public_notice_facts),
    KindSpec(KIND_NAMES["supplement_request"], "supplement_requests", _supplement_data, _render_supplement,
             _build_supplement, _find_supplement, _supplement_title, _supplement_application, _exists,
             _supplement_facts),
    KindSpec(KIND_NAMES["inspection_notice"], "inspections", _inspection_notice_data, _render_inspection_notice,
             _build_inspection_notice, _find_inspection, _inspection_notice_title, _inspection_application, _exists,
             _inspection_facts),
    KindSpec(KIND_NAMES["inspection_report"], "inspections", _inspection_report_data, _render_inspection_report,
             _build_inspection_report, _find_inspection, _inspection_report_title, _inspection_application,
             _inspection_signed, _inspection_facts),
    KindSpec(KIND_NAMES["minutes"], "committee_meetings", _minutes_data, _render_minutes, _build_minutes,
             _find_meeting, _minutes_title, _no_application, _meeting_closed, _minutes_facts,
             lambda data: data.meeting_number),
    _sanction_spec(DocumentKind.SANCTION_NOTICE, "sanction_notices", sanction_kinds.finder("PriorNotice")),
    _sanction_spec(DocumentKind.HEARING_NOTICE, "sanction_hearings", sanction_kinds.finder("Hearing")),
    _sanction_spec(DocumentKind.HEARING_RECORD, "sanction_hearings", sanction_kinds.finder("Hearing", "record_number")),
    _sanction_spec(DocumentKind.SANCTION_DISPOSITION, "sanction_dispositions", sanction_kinds.finder("Disposition")),
    KindSpec(KIND_NAMES["survey_report"], "sample_surveys", survey_kinds.data_class, survey_kinds.render,
             survey_kinds.build, survey_kinds.find, survey_kinds.title, _no_application, survey_kinds.is_issued,
             _survey_facts),
    _validity_spec(DocumentKind.VALIDITY_NOTICE, "validity_notices", validity_kinds.finder("ValidityNotice")),
    _validity_spec(DocumentKind.VALIDITY_RESULT, "validity_checks",
                   validity_kinds.finder("ValidityCheck", "result_number")),
    _publication_spec(DocumentKind.REGISTRY_LIST),
    _publication_spec(DocumentKind.SANCTIONS_LIST),
)}
BY_CLI: dict[str, KindSpec] = {spec.cli: spec for spec in KINDS.values()}


def spec_of(kind: str) -> KindSpec:
    from desktop.core.errors import ValidationError

    try:
        return KINDS[str(kind)]
    except KeyError:
        raise ValidationError(translate("Documents", "Unknown document kind: {kind}.").format(kind=kind)) from None
