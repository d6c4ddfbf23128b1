"""The applications page's use of the services: one unit of work per call, plain data back."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.applications.models import ApplicationStatus, AttachmentKind, RoundStatus
from desktop.domain.applications.rounds import RoundRow
from desktop.domain.applications.service import ApplicationData, ApplicationDetail, ApplicationRow
from desktop.domain.institutions.service import InstitutionData, InstitutionRow
from desktop.ui.context import AppContext


@dataclass(frozen=True)
class PendingAttachment:
    """A file chosen in the editor, stored when the application is saved."""

    kind: AttachmentKind
    filename: str
    data: bytes
    note: str = ""


@dataclass(frozen=True)
class SaveRequest:
    """Everything the editor saves in one transaction."""

    institution: InstitutionData
    application: ApplicationData
    institution_id: int | None = None  # None: register a new institution
    application_id: int | None = None  # None: create the application in ``round_id``
    round_id: int | None = None
    expected_version: int | None = None
    institution_version: int | None = None  # of the institution the form was loaded with
    new_attachments: tuple[PendingAttachment, ...] = ()
    removed_attachment_ids: tuple[int, ...] = field(default_factory=tuple)


def list_rows(context: AppContext) -> list[ApplicationRow]:
    from desktop.domain.applications.service import list_applications

    with context.reading() as session:
        return list_applications(session, context.actor)


def list_rounds(context: AppContext) -> list[RoundRow]:
    from desktop.domain.applications.rounds import list_rounds as rounds

    with context.reading() as session:
        return rounds(session, context.actor)


def rounds_taking_applications(context: AppContext) -> list[RoundRow]:
    return [r for r in list_rounds(context) if r.status in (RoundStatus.PLANNED, RoundStatus.OPEN)]


def institution_version(context: AppContext, institution_id: int) -> int:
    from desktop.domain.institutions.service import institution_version as version

    with context.reading() as session:
        return version(session, context.actor, institution_id)


def list_institutions(context: AppContext) -> list[InstitutionRow]:
    from desktop.domain.institutions.service import list_institutions as institutions

    with context.reading() as session:
        return institutions(session, context.actor)


def load_detail(context: AppContext, application_id: int) -> tuple[ApplicationDetail, InstitutionData]:
    from desktop.domain.applications.service import get_application
    from desktop.domain.institutions.service import institution_data

    with context.reading() as session:
        detail = get_application(session, context.actor, application_id)
        return detail, institution_data(session, context.actor, detail.row.institution_id)


def load_institution(context: AppContext, institution_id: int) -> InstitutionData:
    from desktop.domain.institutions.service import institution_data

    with context.reading() as session:
        return institution_data(session, context.actor, institution_id)


def save(context: AppContext, request: SaveRequest) -> int:
    """Institution, application and attachment changes in one transaction; returns the application id."""
    from desktop.domain.applications.attachments import add_attachment, remove_attachment
    from desktop.domain.applications.service import create_application, update_application
    from desktop.domain.institutions.service import create_institution, update_institution

    actor = context.actor
    with context.writing() as session:
        if request.institution_id is None:
            institution_id = create_institution(session, actor, request.institution)
        else:
            institution_id = request.institution_id
            update_institution(session, actor, institution_id, request.institution, request.institution_version)
        if request.application_id is None:
            assert request.round_id is not None
            application_id = create_application(session, actor, request.round_id, institution_id,
                                                request.application)
        else:
            application_id = request.application_id
            update_application(session, actor, application_id, request.application,
                               request.expected_version or 0)
        for attachment_id in request.removed_attachment_ids:
            remove_attachment(session, actor, attachment_id)
        for pending in request.new_attachments:
            add_attachment(session, actor, application_id, pending.kind, pending.filename, pending.data,
                           pending.note)
        return application_id


def take_step(context: AppContext, application_id: int, target: ApplicationStatus,
              reason: str | None = None) -> ApplicationStatus:
    from desktop.domain.applications.service import transition

    with context.writing() as session:
        return transition(session, context.actor, application_id, target, reason)


def attachment_content(context: AppContext, attachment_id: int) -> tuple[str, bytes]:
    from desktop.domain.applications.attachments import attachment_content as content

    with context.reading() as session:
        return content(session, context.actor, attachment_id)


def find_registered(context: AppContext, brn: str, crn: str) -> InstitutionRow | None:
    from desktop.domain.institutions.service import find_registered as find

    with context.reading() as session:
        return find(session, context.actor, brn, crn)


def institution_applications(context: AppContext, institution_id: int) -> list[tuple[str, str]]:
    from desktop.domain.applications.by_institution import institution_applications as applications

    with context.reading() as session:
        return applications(session, context.actor, institution_id)
