"""Issuing a document of an issued record: rendered once from its frozen content, stored, and returned exactly
as stored on every later print, preview, save or batch.

A language is issued once per content; asking for a language not issued yet is a new, recorded issue (the GUI asks
first). A superseded record keeps the documents it had and gets no new ones.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.core.errors import WorkflowError
from desktop.core.i18n import translate
from desktop.core.snapshots import from_plain
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.committee.access import ensure_not_conflicted
from desktop.domain.issued.models import FrozenContent
from desktop.domain.issued.service import (
    IssuedFile,
    current_content,
    freeze,
    issued_in,
    new_code,
    store_issue,
    stored_file,
)
from desktop.issuing.kinds import KindSpec, spec_of
from desktop.issuing.status import record_status


def _checked(session: Session, actor: Actor, kind: str, entity_id: int) -> KindSpec:
    require(session, actor, Permission.PRINT_DOCUMENTS)
    spec = spec_of(kind)
    application_id = spec.application_of(session, entity_id)
    if application_id is not None:
        ensure_not_conflicted(session, actor, application_id)
    return spec


def frozen_content(session: Session, actor: Actor, spec: KindSpec, entity_id: int) -> FrozenContent:
    """The record's frozen content; a record issued before contents were frozen is frozen now, as it stands."""
    content = current_content(session, spec.kind, spec.entity_type, entity_id)
    if content is not None:
        return content
    if not spec.is_issued(session, entity_id):
        raise WorkflowError(translate("Documents", "{kind}: the record is not issued yet, so this document can only "
                                      "be previewed.").format(kind=spec.label()))
    data = spec.build(session, actor, entity_id)
    return freeze(session, actor, spec.kind, spec.entity_type, entity_id, spec.number(data), data)


def is_issued(session: Session, actor: Actor, kind: str, entity_id: int) -> bool:
    """Whether the record is issued (its documents are issued files, not previews)."""
    spec = _checked(session, actor, kind, entity_id)
    return current_content(session, spec.kind, spec.entity_type, entity_id) is not None \
        or spec.is_issued(session, entity_id)


def needs_new_issue(session: Session, actor: Actor, kind: str, entity_id: int, language: str) -> bool:
    """True when printing this document now records a new issue (the first in that language)."""
    spec = _checked(session, actor, kind, entity_id)
    content = current_content(session, spec.kind, spec.entity_type, entity_id)
    if content is None:
        return spec.is_issued(session, entity_id)
    return issued_in(session, content.id, language) is None


def issued_pdf(session: Session, actor: Actor, kind: str, entity_id: int, language: str) -> IssuedFile:
    """The issued file: as stored when it was issued, or issued now from the frozen content (recorded)."""
    spec = _checked(session, actor, kind, entity_id)
    content = frozen_content(session, actor, spec, entity_id)
    existing = issued_in(session, content.id, language)
    if existing is not None:
        stored = stored_file(session, existing)
        if stored is not None:
            return stored
    status = record_status(session, spec.kind, entity_id)
    if status.superseded_by:
        raise WorkflowError(translate(
            "Documents", "{kind} {number} was superseded by {later}: it keeps the documents issued before and gets "
            "no new ones. Print the documents of {later}.").format(kind=spec.label(), number=content.number,
                                                                    later=status.superseded_by))
    data = from_plain(spec.data_class(), content.content)
    moment = now()
    code = new_code(session, spec.kind, spec.entity_type, entity_id, language, moment)
    pdf = spec.render(data, language, code)
    return store_issue(session, actor, content, language, code, pdf, spec.title(data, language), moment)


def preview_pdf(session: Session, actor: Actor, kind: str, entity_id: int, language: str) -> bytes:
    """A record not issued yet, as it would read now (no verification code, nothing recorded)."""
    spec = _checked(session, actor, kind, entity_id)
    return spec.render(spec.build(session, actor, entity_id), language, None)


def document_pdf(session: Session, actor: Actor, kind: str, entity_id: int, language: str) -> bytes:
    """What the Print and Preview buttons show: the issued file of an issued record, else a preview."""
    if is_issued(session, actor, kind, entity_id):
        return issued_pdf(session, actor, kind, entity_id, language).data
    return preview_pdf(session, actor, kind, entity_id, language)
