"""Issuing a document of an issued record: rendered once from its frozen content, signed with the authority's
key, stored, and returned exactly as stored on every later print, preview, save or batch.

A language is issued once per content; asking for a language not issued yet is a new, recorded issue (the GUI asks
first). A superseded record keeps the documents it had and gets no new ones. Every page carries the verification
code and a QR code holding the signed payload (kind, number, institution and its registration number, outcome,
issue date, the content's SHA-256); the PDF carries the same facts sealed in its signed revision.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desktop.core.clock import now
from desktop.core.errors import WorkflowError
from desktop.core.i18n import translate
from desktop.core.snapshots import from_plain
from desktop.domain.accounts.models import COMMITTEE_ROLES
from desktop.domain.accounts.permissions import Actor, Permission, require
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

if TYPE_CHECKING:
    from desktop.issuing.signing import SigningIdentity

IdentitySource = Callable[[Session], "SigningIdentity"]
"""Unlocks the authority's signing identity when a document is issued (the GUI asks for the password once per
session; headless commands read it from the keyring or the environment): a SigningError sentence when it cannot."""
_HANGUL = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")


def environment_identity(session: Session) -> SigningIdentity:
    """The configured identity, its password from the keyring or ``DESIGNATION_REVIEW_SIGNING_PASSWORD``."""
    from desktop.domain.settings.service import get_settings
    from desktop.issuing.signing_password import environment_password_source, signing_identity

    return signing_identity(get_settings(session), environment_password_source())


def _checked(session: Session, actor: Actor, kind: str, entity_id: int) -> KindSpec:
    require(session, actor, Permission.PRINT_DOCUMENTS)
    spec = spec_of(kind)
    application_id = spec.application_of(session, entity_id)
    if application_id is not None and actor.role in COMMITTEE_ROLES:  # only a committee member can be conflicted
        from desktop.domain.committee.access import ensure_not_conflicted  # (the committee's models: loaded only then)

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


def issued_pdf(session: Session, actor: Actor, kind: str, entity_id: int, language: str,
               identity: IdentitySource | None = None) -> IssuedFile:
    """The issued file: as stored when it was issued, or issued now from the frozen content, signed (recorded)."""
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
    signer = (identity or environment_identity)(session)
    data = from_plain(spec.data_class(), content.content)
    moment = now()
    code = new_code(session, spec.kind, spec.entity_type, entity_id, language, moment)
    title = spec.title(data, language)
    pdf = _signed(session, spec, content, data, language, code, title, signer)
    return store_issue(session, actor, content, language, code, pdf, title, moment)


def _signed(session: Session, spec: KindSpec, content: FrozenContent, data: object, language: str, code: str,
            title: str, identity: SigningIdentity) -> bytes:
    """The document rendered with its code and signed payload on every page, then signed with its facts sealed."""
    from desktop.documents.layout import VerificationMark
    from desktop.domain.audit.chain import chain_head
    from desktop.domain.settings.catalogue import AGENCY_NAME, AUTHORITY_TITLE, SIGNING_SIGNER_NAME
    from desktop.domain.settings.service import get_settings
    from desktop.issuing.claims import PayloadFields, encode_payload
    from desktop.issuing.signing import sign_pdf

    facts = spec.facts(data)
    payload = encode_payload(PayloadFields(
        kind=str(spec.kind), number=content.number, institution=facts.institution,
        registration_number=facts.registration_number, outcome=facts.outcome, issue_date=facts.issued_on,
        content_sha256=content.content_sha256), identity)
    pdf = spec.render(data, language, VerificationMark(code, payload))
    settings = get_settings(session)
    sealed = {"kind": str(spec.kind), "number": content.number, "title": title, "language": language,
              "institution": facts.institution, "registration_number": facts.registration_number,
              "outcome": facts.outcome, "issue_date": facts.issued_on.isoformat(), "verification_code": code,
              "content_sha256": content.content_sha256, "version": str(content.version),
              "audit_head": "{}:{}".format(*chain_head(session))}  # an archived document anchors the audit trail
    side = "ko" if language == "ko" else "en"
    return sign_pdf(pdf, identity, metadata=sealed, reason=f"{AUTHORITY_TITLE[side].of(settings)} {title}".strip(),
                    location=AGENCY_NAME[side].of(settings), name=SIGNING_SIGNER_NAME.of(settings) or identity.name)


def preview_pdf(session: Session, actor: Actor, kind: str, entity_id: int, language: str) -> bytes:
    """A record not issued yet, as it would read now (no verification code, nothing recorded)."""
    spec = _checked(session, actor, kind, entity_id)
    return spec.render(spec.build(session, actor, entity_id), language, None)


def document_pdf(session: Session, actor: Actor, kind: str, entity_id: int, language: str,
                 identity: IdentitySource | None = None) -> bytes:
    """What the Print and Preview buttons show: the issued file of an issued record, else a preview."""
    if is_issued(session, actor, kind, entity_id):
        return issued_pdf(session, actor, kind, entity_id, language, identity).data
    return preview_pdf(session, actor, kind, entity_id, language)


@dataclasses.dataclass(frozen=True)
class IssueProspect:
    """What printing a document now means, read once before the GUI asks anything."""

    new_issue: bool  # printing records a new issue (the first in that language)
    preview: bool  # the record is not issued: a preview
    korean_only: tuple[str, ...]  # institutions an English version would name in Korean (English only)


def issue_prospect(session: Session, actor: Actor, kind: str, entity_id: int, language: str) -> IssueProspect:
    """``needs_new_issue``, ``is_issued`` and, for English, ``names_without_english`` in one pass over the record."""
    spec = _checked(session, actor, kind, entity_id)
    content = current_content(session, spec.kind, spec.entity_type, entity_id)
    issued = content is not None or spec.is_issued(session, entity_id)
    new = issued if content is None else issued_in(session, content.id, language) is None
    korean_only = _names_without_english(session, actor, spec, content, entity_id) \
        if language == "en" and (new or not issued) else []
    return IssueProspect(new, not issued, tuple(korean_only))


def names_without_english(session: Session, actor: Actor, kind: str, entity_id: int) -> list[str]:
    """The institutions an English version of this document would name in Korean (no English name recorded when
    its content was frozen, or now for a record not issued yet), for the warning before it is issued or previewed."""
    spec = _checked(session, actor, kind, entity_id)
    return _names_without_english(session, actor, spec, current_content(session, spec.kind, spec.entity_type,
                                                                         entity_id), entity_id)


def _names_without_english(session: Session, actor: Actor, spec: KindSpec, content: FrozenContent | None,
                           entity_id: int) -> list[str]:
    data = from_plain(spec.data_class(), content.content) if content is not None \
        else spec.build(session, actor, entity_id)
    found: list[str] = []
    _collect_korean_only(data, found)
    return list(dict.fromkeys(found))


def _collect_korean_only(value: object, found: list[str]) -> None:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        korean, english = getattr(value, "institution_name", None), getattr(value, "institution_name_en", None)
        if isinstance(korean, str) and korean and isinstance(english, str) \
                and (not english.strip() or _HANGUL.search(english)):
            found.append(korean)
        for item in dataclasses.fields(value):
            _collect_korean_only(getattr(value, item.name), found)
    elif isinstance(value, list | tuple):
        for item in value:
            _collect_korean_only(item, found)
