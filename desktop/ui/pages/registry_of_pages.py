"""The pages of the main window, in navigation order. Only a page's key, title and the permission it needs are
known up front; its module is imported when the page is first shown, so start-up does not pay for every page (and
ReportLab). A role that lacks a page's permission is not offered the page."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.accounts.permissions import Actor, Permission

if TYPE_CHECKING:
    from desktop.ui.pages.base import Page

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageEntry:
    """Behaves like the page class for the main window: ``key``, ``page_title()`` and a call that builds it."""

    key: str
    module: str
    class_name: str
    context: str  # the translation context of the title, the page class's own
    title: str
    permission: Permission  # what a role needs to be offered the page

    def usable_by(self, actor: Actor) -> bool:
        return actor.may(self.permission)

    def page_title(self) -> str:
        return QCoreApplication.translate(self.context, self.title)

    def load(self) -> type[Page]:
        return getattr(importlib.import_module(self.module), self.class_name)

    def __call__(self, *args: Any, **kwargs: Any) -> Page:
        return self.load()(*args, **kwargs)


def _entry(key: str, class_name: str, title: str,
           permission: Permission = Permission.VIEW_APPLICATIONS) -> PageEntry:
    return PageEntry(key, f"desktop.ui.pages.{key}.page", class_name, class_name, title, permission)


PAGES: tuple[PageEntry, ...] = (
    _entry("applications", "ApplicationsPage", QT_TRANSLATE_NOOP("ApplicationsPage", "Applications")),
    _entry("rounds", "RoundsPage", QT_TRANSLATE_NOOP("RoundsPage", "Rounds")),
    _entry("screening", "ScreeningPage", QT_TRANSLATE_NOOP("ScreeningPage", "Screening")),
    _entry("inspections", "InspectionsPage", QT_TRANSLATE_NOOP("InspectionsPage", "Inspections")),
    _entry("committee", "CommitteePage", QT_TRANSLATE_NOOP("CommitteePage", "Committee")),
    _entry("decisions", "DecisionsPage", QT_TRANSLATE_NOOP("DecisionsPage", "Decisions")),
    _entry("registry", "RegistryPage", QT_TRANSLATE_NOOP("RegistryPage", "Registry")),
    _entry("sanctions", "SanctionsPage", QT_TRANSLATE_NOOP("SanctionsPage", "Sanctions")),
    _entry("reports", "ReportsPage", QT_TRANSLATE_NOOP("ReportsPage", "Reports")),
    _entry("validity", "ValidityPage", QT_TRANSLATE_NOOP("ValidityPage", "Validity checks")),
    _entry("surveys", "SurveysPage", QT_TRANSLATE_NOOP("SurveysPage", "Sample surveys")),
    _entry("audit", "AuditPage", QT_TRANSLATE_NOOP("AuditPage", "Audit log"), Permission.VIEW_AUDIT),
    _entry("users", "UsersPage", QT_TRANSLATE_NOOP("UsersPage", "Users"), Permission.MANAGE_USERS),
)


def page_classes() -> list[PageEntry]:
    """The registered pages (imported on first use; an import failure is logged when the page is opened)."""
    return list(PAGES)


def page_classes_for(actor: Actor, entries: Sequence[PageEntry] | None = None) -> list[PageEntry]:
    """The pages ``actor``'s role may use, in navigation order (of the registered ones unless ``entries``)."""
    return [entry for entry in (PAGES if entries is None else entries) if entry.usable_by(actor)]
