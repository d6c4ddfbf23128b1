"""Issued files of records: the decision notice, the certificate and the public notice of a round.

``issued_document`` renders one document of an issued record with its verification code and records (or
reproduces) the issue; ``iter_issued`` does it for many, one unit of work each, so a long batch can report
progress, be cancelled between documents, and keep what it already issued.
"""

import dataclasses
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.db.engine import Database
from desktop.documents.certificate import TEXT as CERTIFICATE_TEXT
from desktop.documents.certificate import render_certificate
from desktop.documents.decision import TEXT as NOTICE_TEXT
from desktop.documents.decision import render_decision_notice
from desktop.documents.layout import ascii_number
from desktop.documents.public_notice import TEXT as PUBLIC_NOTICE_TEXT
from desktop.documents.public_notice import render_public_notice
from desktop.domain.accounts.permissions import Actor
from desktop.domain.decisions.issued import DocumentKey, IssuedFile, issue_file
from desktop.domain.decisions.models import DocumentKind
from desktop.domain.decisions.round_documents import certificate_data, public_notice_data, round_documents
from desktop.domain.decisions.service import decision_notice, draft_notice
from desktop.domain.settings.service import get_settings

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')
FILE_KIND = {
    "ko": {DocumentKind.DECISION_NOTICE: "지정결과통지", DocumentKind.CERTIFICATE: "지정서",
           DocumentKind.PUBLIC_NOTICE: "고시"},
    "en": {DocumentKind.DECISION_NOTICE: "notice", DocumentKind.CERTIFICATE: "certificate",
           DocumentKind.PUBLIC_NOTICE: "public-notice"},
}


@dataclass(frozen=True)
class DocumentRequest:
    """One document to produce: ``kind`` (a DocumentKind value) of record ``entity_id`` in ``language``."""

    kind: str
    entity_id: int
    language: str = "ko"
    label: str = ""  # who it is for, shown in progress messages and file names


def file_name(kind: str, number: str, label: str, language: str) -> str:
    """``2026-0001_지정서_한국기술가치연구원_ko.pdf``: safe on every file system, sorted by number."""
    parts = [ascii_number(number), FILE_KIND.get(language, FILE_KIND["en"]).get(kind, kind), label, language]
    return _UNSAFE_IN_FILE_NAMES.sub("_", "_".join(p for p in parts if p)) + ".pdf"


def issued_document(session: Session, actor: Actor, request: DocumentRequest,
                    settings: Mapping[str, Any] | None = None) -> IssuedFile:
    """The PDF of an issued record with its verification code; the issue is recorded the first time."""
    settings = dict(settings if settings is not None else get_settings(session))
    language = request.language
    if request.kind == DocumentKind.DECISION_NOTICE:
        notice = decision_notice(session, actor, request.entity_id, settings)
        number, title = notice.number, f"{NOTICE_TEXT[language]['subject']} {notice.number}"

        def render(frozen: Mapping[str, Any], code: str) -> bytes:
            return render_decision_notice(dataclasses.replace(notice, settings=dict(frozen)), language, code)

        entity_type = "decisions"
    elif request.kind == DocumentKind.CERTIFICATE:
        data = certificate_data(session, actor, request.entity_id, settings)
        number, title = data.number, f"{CERTIFICATE_TEXT[language]['title']} {data.number}"

        def render(frozen: Mapping[str, Any], code: str) -> bytes:
            return render_certificate(dataclasses.replace(data, settings=dict(frozen)), language, code)

        entity_type = "decisions"
    elif request.kind == DocumentKind.PUBLIC_NOTICE:
        notice_data = public_notice_data(session, actor, request.entity_id, settings)
        number, title = notice_data.number, f"{PUBLIC_NOTICE_TEXT[language]['title']} {notice_data.number}"

        def render(frozen: Mapping[str, Any], code: str) -> bytes:
            return render_public_notice(dataclasses.replace(notice_data, settings=dict(frozen)), language, code)

        entity_type = "public_notices"
    else:
        raise ValidationError(translate("Documents", "Unknown document kind: {kind}.").format(kind=request.kind))
    key = DocumentKey(str(request.kind), entity_type, request.entity_id, language)
    return issue_file(session, actor, key, number=number, title=title, settings=settings, render=render)


def draft_preview(session: Session, actor: Actor, decision_id: int, language: str) -> bytes:
    """A draft decision's notice marked "draft", for reading before approval (nothing is recorded)."""
    return render_decision_notice(draft_notice(session, actor, decision_id, get_settings(session)), language,
                                  draft=True)


def round_requests(session: Session, actor: Actor, round_id: int, languages: Sequence[str] = ("ko",),
                   kinds: Sequence[str] | None = None) -> list[DocumentRequest]:
    """Every document of a round, in each language asked for (notices, certificates, public notices)."""
    requests = []
    for document in round_documents(session, actor, round_id):
        if kinds is not None and document.kind not in kinds:
            continue
        for language in languages:
            requests.append(DocumentRequest(document.kind, document.entity_id, language, document.institution_name))
    return requests


def iter_issued(database: Database, actor: Actor,
                requests: Sequence[DocumentRequest]) -> Iterator[tuple[DocumentRequest, IssuedFile]]:
    """Each request's issued file, one transaction per document (what is done stays done if stopped)."""
    with database.read() as session:
        settings = get_settings(session)
    for request in requests:
        with database.transaction() as session:
            issued = issued_document(session, actor, request, settings)
        yield request, issued
