"""How the survey report of a sample survey is made and found (declared in ``kinds.KINDS``); its content is frozen
when the survey is closed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.domain.accounts.permissions import Actor


def data_class() -> type:
    from desktop.domain.surveys.report import SurveyReportData

    return SurveyReportData


def render(data: Any, language: str, code: str | None) -> bytes:
    from desktop.documents.survey_report import render_survey_report

    return render_survey_report(data, language, code)


def build(session: Session, actor: Actor, entity_id: int) -> Any:
    from desktop.domain.surveys.report import build_report

    return build_report(session, actor, entity_id)


def find(session: Session, number: str) -> int:
    from desktop.domain.surveys.service import find_survey

    return find_survey(session, number)


def title(data: Any, language: str) -> str:
    from desktop.documents.survey_report import SurveyReportDocument

    document = SurveyReportDocument(data, language)
    return f"{document.subject} {document.printed_number}"


def is_issued(session: Session, entity_id: int) -> bool:
    from desktop.domain.surveys.report import survey_reported

    return survey_reported(session, entity_id)
