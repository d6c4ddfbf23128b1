"""The document kinds by name: the ``document`` subcommand, its help and number format and the file-name label of
each kind, read by the command line's parser without importing the domain (``kinds.KINDS`` adds how each is made).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KindName:
    """How one kind of document is named on the command line and in file names."""

    value: str  # the DocumentKind value (desktop/domain/issued/kind.py)
    cli: str  # the ``document`` subcommand
    cli_help: str
    number_help: str  # the number as typed, with an example
    file_label: dict[str, str]  # the kind in file names, per language


DECISION_NUMBER = "decision number, e.g. 제2026-0001호 or 2026-0001"
INSPECTION_NUMBER = "inspection number, e.g. 실사-2026-012 or 2026-12"
SANCTION_NUMBER = "document number, e.g. 제재-2026-0001 or SAN-2026-0001"
VALIDITY_NUMBER = "document number, e.g. 타당성통지-2026-0001 or VCL-2026-0001"
PUBLICATION_NUMBER = "publication number, e.g. 공표-2026-0001 or PUB-2026-0001"

KIND_NAMES: dict[str, KindName] = {name.value: name for name in (
    KindName("decision", "decision", "the decision notice to the applicant", DECISION_NUMBER,
             {"ko": "지정결과통지", "en": "notice"}),
    KindName("certificate", "certificate", "the designation certificate (지정서) of a designation",
             "number of the designating decision, e.g. 제2026-0001호", {"ko": "지정서", "en": "certificate"}),
    KindName("public_notice", "public-notice", "the public notice (고시) of a round's designations",
             "notice number, e.g. 제2026-001호 or 2026-1", {"ko": "고시", "en": "public-notice"}),
    KindName("supplement_request", "supplement-request", "the supplement request letter to the applicant",
             "request number, e.g. 보완-2026-0001 or 2026-0001", {"ko": "보완요청", "en": "supplement-request"}),
    KindName("inspection_notice", "inspection-notice", "the notice of an on-site inspection to the applicant",
             INSPECTION_NUMBER, {"ko": "현장실사통지", "en": "inspection-notice"}),
    KindName("inspection_report", "inspection-report", "the report of a signed on-site inspection",
             INSPECTION_NUMBER, {"ko": "현장실사보고", "en": "inspection-report"}),
    KindName("minutes", "minutes", "the minutes of a closed committee meeting", "meeting number, e.g. 심의-2026-01",
             {"ko": "회의록", "en": "minutes"}),
    KindName("sanction_notice", "sanction-notice", "the prior notice (사전통지) of an intended sanction",
             SANCTION_NUMBER, {"ko": "처분사전통지", "en": "prior-notice"}),
    KindName("hearing_notice", "hearing-notice", "the notice of a hearing (청문) before a sanction", SANCTION_NUMBER,
             {"ko": "청문통지", "en": "hearing-notice"}),
    KindName("hearing_record", "hearing-record", "the hearing record (청문조서) with the presiding officer's opinion",
             SANCTION_NUMBER, {"ko": "청문조서", "en": "hearing-record"}),
    KindName("sanction_disposition", "sanction-disposition",
             "the disposition (처분서): suspension or revocation of a designation", SANCTION_NUMBER,
             {"ko": "처분서", "en": "disposition"}),
    KindName("survey_report", "survey-report", "the report of a sample survey of filed reports (표본조사)",
             "survey number, e.g. 표본조사-2026-0001 or SUR-2026-0001", {"ko": "표본조사결과", "en": "survey-report"}),
    KindName("validity_notice", "validity-notice",
             "the notice of a validity check (타당성조사) to the institute, the client or the requester",
             VALIDITY_NUMBER, {"ko": "타당성조사통지", "en": "validity-notice"}),
    KindName("validity_result", "validity-result", "the result letter of a concluded validity check",
             VALIDITY_NUMBER, {"ko": "타당성조사결과", "en": "validity-result"}),
    KindName("registry_list", "registry-list", "the published list of designated institutes (지정 현황) as of its day",
             PUBLICATION_NUMBER, {"ko": "지정현황", "en": "designated-institutes"}),
    KindName("sanctions_list", "sanctions-list", "the published list of sanctions (행정처분 현황) as of its day",
             PUBLICATION_NUMBER, {"ko": "행정처분현황", "en": "sanctions"}),
)}
BY_CLI: dict[str, KindName] = {name.cli: name for name in KIND_NAMES.values()}
