"""Document kinds in words."""

from desktop.core.i18n import translate
from desktop.domain.issued.kind import DocumentKind


def kind_label(kind: str) -> str:
    """The kind in words, in the current language."""
    return {
        DocumentKind.DECISION_NOTICE: translate("Documents", "Decision notice"),
        DocumentKind.CERTIFICATE: translate("Documents", "Designation certificate"),
        DocumentKind.PUBLIC_NOTICE: translate("Documents", "Public notice"),
        DocumentKind.SUPPLEMENT_REQUEST: translate("Documents", "Supplement request"),
        DocumentKind.INSPECTION_NOTICE: translate("Documents", "Notice of the on-site inspection"),
        DocumentKind.INSPECTION_REPORT: translate("Documents", "On-site inspection report"),
        DocumentKind.MINUTES: translate("Documents", "Minutes of the committee"),
        DocumentKind.SANCTION_NOTICE: translate("Documents", "Prior notice of a sanction"),
        DocumentKind.HEARING_NOTICE: translate("Documents", "Notice of a hearing"),
        DocumentKind.HEARING_RECORD: translate("Documents", "Hearing record"),
        DocumentKind.SANCTION_DISPOSITION: translate("Documents", "Sanction disposition"),
        DocumentKind.SURVEY_REPORT: translate("Documents", "Sample survey report"),
        DocumentKind.VALIDITY_NOTICE: translate("Documents", "Notice of a validity check"),
        DocumentKind.VALIDITY_RESULT: translate("Documents", "Result of a validity check"),
        DocumentKind.REGISTRY_LIST: translate("Documents", "Published list of designated institutes"),
        DocumentKind.SANCTIONS_LIST: translate("Documents", "Published list of sanctions"),
    }.get(kind, kind.replace("_", " "))
