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
