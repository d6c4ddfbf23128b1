"""Registering and editing institutions, with BRN/CRN validation and duplicate detection."""

from dataclasses import dataclass, field, replace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.core.errors import ConflictError, NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.identifiers import format_brn, format_crn, parse_brn, parse_crn
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.audit.service import changed, record, snapshot
from desktop.domain.institutions.models import Contact, Institution, InstitutionKind, Sector
from desktop.domain.versions import claim_version


@dataclass(frozen=True)
class ContactData:
    name: str
    position: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class InstitutionData:
    """What a form holds for an institution; identifiers as typed (hyphens allowed)."""

    name: str
    sector: Sector
    kind: InstitutionKind
    representative: str
    address: str
    brn: str = ""
    brn_override_reason: str = ""
    crn: str = ""
    name_en: str = ""
    postcode: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    parent_id: int | None = None
    contacts: tuple[ContactData, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class InstitutionRow:
    id: int
    name: str
    sector: Sector
    kind: InstitutionKind
    brn: str  # formatted
    crn: str  # formatted
    representative: str


def validate_institution(data: InstitutionData) -> InstitutionData:
    """Check every field; return the data with identifiers reduced to digits.

    A BRN whose check digit fails is accepted only with an override reason.
    """
    if not data.name.strip():
        raise ValidationError(translate("Institutions", "Enter the institution's name."), field="name")
    if not data.representative.strip():
        raise ValidationError(translate("Institutions", "Enter the representative's name."), field="representative")
    if not data.address.strip():
        raise ValidationError(translate("Institutions", "Enter the address."), field="address")
    brn = crn = ""
    if data.brn.strip():
        try:
            parsed = parse_brn(data.brn)
        except ValidationError as error:
            raise ValidationError(error.message, field="brn") from None
        if not parsed.checksum_ok and not data.brn_override_reason.strip():
            raise ValidationError(
                translate(
                    "Institutions",
                    "The check digit of {brn} does not match. If the number is right as printed on the "
                    "certificate, record why to accept it anyway.",
                ).format(brn=parsed.formatted),
                field="brn_override_reason",
            )
        brn = parsed.digits
    elif data.sector == Sector.PRIVATE:
        raise ValidationError(
            translate("Institutions", "A private institution needs its business registration number."), field="brn"
        )
    if data.crn.strip():
        try:
            crn = parse_crn(data.crn)
        except ValidationError as error:
            raise ValidationError(error.message, field="crn") from None
    if data.email.strip() and "@" not in data.email:
        raise ValidationError(translate("Institutions", "The e-mail address needs an @."), field="email")
    for contact in data.contacts:
        if not contact.name.strip():
            raise ValidationError(translate("Institutions", "Every contact needs a name."), field="contacts")
    return replace(data, brn=brn, crn=crn, name=data.name.strip())


def _check_duplicates(session: Session, data: InstitutionData, own_id: int | None) -> None:
    conditions = []
    if data.brn:
        conditions.append(Institution.brn == data.brn)
    if data.crn:
        conditions.append(Institution.crn == data.crn)
    if not conditions:
        return
    query = select(Institution).where(or_(*conditions))
    if own_id is not None:
        query = query.where(Institution.id != own_id)
    other = session.scalars(query).first()
    if other is not None:
        raise ConflictError(
            translate(
                "Institutions", "{name} is already registered with this registration number; choose it instead."
            ).format(name=other.name),
            field="brn" if data.brn and other.brn == data.brn else "crn",
        )


def _apply(institution: Institution, data: InstitutionData) -> None:
    institution.name = data.name
    institution.name_en = data.name_en.strip() or None
    institution.sector = data.sector
    institution.kind = data.kind
    institution.representative = data.representative.strip()
    institution.address = data.address.strip()
    institution.brn = data.brn or None
    institution.brn_override_reason = data.brn_override_reason.strip() or None
    institution.crn = data.crn or None
    institution.postcode = data.postcode.strip() or None
    institution.phone = data.phone.strip() or None
    institution.email = data.email.strip() or None
    institution.website = data.website.strip() or None
    institution.parent_id = data.parent_id
    institution.contacts = [
        Contact(name=c.name.strip(), position=c.position.strip() or None, phone=c.phone.strip() or None,
                email=c.email.strip() or None)
        for c in data.contacts
    ]


def create_institution(session: Session, actor: Actor, data: InstitutionData) -> int:
    require(session, actor, Permission.EDIT_APPLICATIONS)
    data = validate_institution(data)
    _check_duplicates(session, data, None)
    institution = Institution()
    _apply(institution, data)
    session.add(institution)
    session.flush()
    record(session, actor, "institution.create", institution, summary=institution.name,
           after=snapshot(institution), reason=data.brn_override_reason or None)
    return institution.id


def update_institution(session: Session, actor: Actor, institution_id: int, data: InstitutionData,
                       expected_version: int | None = None) -> int:
    """Save a form's institution data; with ``expected_version`` (a form's) refused when someone else saved in
    between (``StaleEdit``). Returns the new version."""
    require(session, actor, Permission.EDIT_APPLICATIONS)
    data = validate_institution(data)
    institution = session.get(Institution, institution_id)
    if institution is None:
        raise NotFound(translate("Institutions", "The institution no longer exists."))
    _check_duplicates(session, data, institution_id)
    claim_version(session, actor, institution, institution.version if expected_version is None else expected_version,
                  translate("Institutions", "The institution {name}").format(name=institution.name))
    before = snapshot(institution)
    _apply(institution, data)
    session.flush()
    old, new = changed(before, snapshot(institution))
    record(session, actor, "institution.update", institution, summary=institution.name, before=old, after=new,
           reason=data.brn_override_reason or None)
    return institution.version


def institution_data(session: Session, actor: Actor, institution_id: int) -> InstitutionData:
    """The stored institution as form data (identifiers formatted with hyphens)."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    i = session.get(Institution, institution_id)
    if i is None:
        raise NotFound(translate("Institutions", "The institution no longer exists."))
    return InstitutionData(
        name=i.name, sector=i.sector, kind=i.kind, representative=i.representative, address=i.address,
        brn=format_brn(i.brn) if i.brn else "", brn_override_reason=i.brn_override_reason or "",
        crn=format_crn(i.crn) if i.crn else "", name_en=i.name_en or "", postcode=i.postcode or "",
        phone=i.phone or "", email=i.email or "", website=i.website or "", parent_id=i.parent_id,
        contacts=tuple(ContactData(c.name, c.position or "", c.phone or "", c.email or "") for c in i.contacts),
    )


def institution_version(session: Session, actor: Actor, institution_id: int) -> int:
    """The stored institution's version, for a form that edits it."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    i = session.get(Institution, institution_id)
    if i is None:
        raise NotFound(translate("Institutions", "The institution no longer exists."))
    return i.version


def list_institutions(session: Session, actor: Actor) -> list[InstitutionRow]:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    return [
        InstitutionRow(i.id, i.name, i.sector, i.kind, format_brn(i.brn) if i.brn else "",
                       format_crn(i.crn) if i.crn else "", i.representative)
        for i in session.scalars(select(Institution).order_by(Institution.name))
    ]


def kind_label(kind: InstitutionKind) -> str:
    return {
        InstitutionKind.NATIONAL_RESEARCH: translate("Institutions", "National/public research institute"),
        InstitutionKind.GOVERNMENT_FUNDED_RESEARCH: translate("Institutions", "Government-funded research institute"),
        InstitutionKind.PRIVATE_RESEARCH: translate("Institutions", "Private research institute"),
        InstitutionKind.EVALUATION_COMPANY: translate("Institutions", "Evaluation company"),
        InstitutionKind.BANK: translate("Institutions", "Bank"),
        InstitutionKind.PATENT_FIRM: translate("Institutions", "Patent law firm"),
        InstitutionKind.OTHER: translate("Institutions", "Other"),
    }[kind]


def sector_label(sector: Sector) -> str:
    return translate("Institutions", "Public") if sector == Sector.PUBLIC else translate("Institutions", "Private")


def find_registered(session: Session, actor: Actor, brn: str = "", crn: str = "") -> InstitutionRow | None:
    """The institution already registered with this BRN or CRN (as typed, hyphens allowed), if any."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    conditions = []
    for text, parse, column in ((brn, lambda t: parse_brn(t).digits, Institution.brn),
                                (crn, parse_crn, Institution.crn)):
        if text.strip():
            try:
                conditions.append(column == parse(text))
            except ValidationError:
                continue
    if not conditions:
        return None
    i = session.scalars(select(Institution).where(or_(*conditions)).order_by(Institution.id)).first()
    if i is None:
        return None
    return InstitutionRow(i.id, i.name, i.sector, i.kind, format_brn(i.brn) if i.brn else "",
                          format_crn(i.crn) if i.crn else "", i.representative)
