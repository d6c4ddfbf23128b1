"""The kinds of official documents (a plain enumeration: importing it costs nothing)."""

from enum import StrEnum


class DocumentKind(StrEnum):
    """Every official document the application issues (how each is made: desktop/issuing/kinds.py)."""

    DECISION_NOTICE = "decision"
    CERTIFICATE = "certificate"
    PUBLIC_NOTICE = "public_notice"
    SUPPLEMENT_REQUEST = "supplement_request"
    INSPECTION_NOTICE = "inspection_notice"
    INSPECTION_REPORT = "inspection_report"
    MINUTES = "minutes"
    SANCTION_NOTICE = "sanction_notice"  # 사전통지 of a sanction
    HEARING_NOTICE = "hearing_notice"  # 청문 통지
    HEARING_RECORD = "hearing_record"  # 청문조서 with the presiding officer's opinion
    SANCTION_DISPOSITION = "sanction_disposition"  # 처분서: suspension or revocation
    SURVEY_REPORT = "survey_report"  # 표본조사 결과보고 (Act Art. 31-4 ④)
    VALIDITY_NOTICE = "validity_notice"  # 타당성조사 통지 to the institute, the client or the requester
    VALIDITY_RESULT = "validity_result"  # 타당성조사 결과 통지
    REGISTRY_LIST = "registry_list"  # 지정 현황: the public list of designated institutes as of a day
    SANCTIONS_LIST = "sanctions_list"  # 행정처분 현황: the published list of sanctions as of a day
