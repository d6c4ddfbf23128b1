"""What differs between the editor's unsaved input and the application someone else saved meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.applications.service import ApplicationData, StaffData
from desktop.domain.institutions.service import InstitutionData
from desktop.ui.dialogs.edit_conflict import DifferingValue, differing

translate = QCoreApplication.translate  # lupdate collects translate("StaleApplication", "text")

_INSTITUTION_FIELDS = ("name", "name_en", "representative", "address", "brn", "crn", "postcode", "phone", "email",
                       "website")
_APPLICATION_FIELDS = ("business_plan", "dedicated_unit", "facilities", "consent_admin_check", "scope_inventions",
                       "scope_trademarks", "scope_trade_secrets", "scope_layouts")


def _labels() -> dict[str, str]:
    return {
        "name": translate("StaleApplication", "Name"), "name_en": translate("StaleApplication", "English name"),
        "representative": translate("StaleApplication", "Representative"),
        "address": translate("StaleApplication", "Address"),
        "brn": translate("StaleApplication", "Business reg. no."),
        "crn": translate("StaleApplication", "Corporate reg. no."),
        "postcode": translate("StaleApplication", "Postcode"), "phone": translate("StaleApplication", "Phone"),
        "email": translate("StaleApplication", "E-mail"), "website": translate("StaleApplication", "Website"),
        "contacts": translate("StaleApplication", "Contacts"),
        "business_plan": translate("StaleApplication", "Business plan"),
        "dedicated_unit": translate("StaleApplication", "Dedicated evaluation unit"),
        "facilities": translate("StaleApplication", "Facilities and equipment"),
        "consent_admin_check": translate("StaleApplication", "Consent to the administrative check"),
        "scope_inventions": translate("StaleApplication", "Inventions"),
        "scope_trademarks": translate("StaleApplication", "Trademarks"),
        "scope_trade_secrets": translate("StaleApplication", "Trade secrets"),
        "scope_layouts": translate("StaleApplication", "Semiconductor layout designs"),
        "staff": translate("StaleApplication", "Staff roster"),
    }


def _person(p: StaffData) -> str:
    return f"{p.name} ({p.position or '-'}, {p.experience_years})"


def _flag(value: bool) -> str:
    return translate("StaleApplication", "yes") if value else translate("StaleApplication", "no")


def application_differences(mine_institution: InstitutionData, mine: ApplicationData,
                            stored_institution: InstitutionData, stored: ApplicationData) -> list[DifferingValue]:
    """Each field of the Institution, Application and Staff tabs whose input differs from the stored value."""
    labels = _labels()
    triples: list[tuple[str, object, object]] = []
    for name in _INSTITUTION_FIELDS:
        triples.append((labels[name], getattr(mine_institution, name), getattr(stored_institution, name)))
    triples.append((labels["contacts"], [c.name for c in mine_institution.contacts],
                    [c.name for c in stored_institution.contacts]))
    for name in _APPLICATION_FIELDS:
        ours, theirs = getattr(mine, name), getattr(stored, name)
        if isinstance(ours, bool):
            ours, theirs = _flag(ours), _flag(bool(theirs))
        triples.append((labels[name], ours, theirs))
    triples.append((labels["staff"], [_person(p) for p in mine.staff], [_person(p) for p in stored.staff]))
    return differing(triples)
