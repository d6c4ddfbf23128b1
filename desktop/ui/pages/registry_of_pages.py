"""The pages of the main window, in navigation order; each imported lazily and skipped (logged) if broken."""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.pages.base import Page

_log = logging.getLogger(__name__)

PAGES: tuple[tuple[str, str], ...] = (
    ("desktop.ui.pages.applications.page", "ApplicationsPage"),
    ("desktop.ui.pages.rounds.page", "RoundsPage"),
    ("desktop.ui.pages.screening.page", "ScreeningPage"),
    ("desktop.ui.pages.inspections.page", "InspectionsPage"),
    ("desktop.ui.pages.committee.page", "CommitteePage"),
    ("desktop.ui.pages.decisions.page", "DecisionsPage"),
    ("desktop.ui.pages.registry.page", "RegistryPage"),
    ("desktop.ui.pages.audit.page", "AuditPage"),
)


def page_classes() -> list[type[Page]]:
    """The page classes that import cleanly; a failure is logged and that page left out."""
    classes: list[type[Page]] = []
    for module_name, class_name in PAGES:
        try:
            classes.append(getattr(importlib.import_module(module_name), class_name))
        except Exception:
            _log.exception("page %s.%s is unavailable", module_name, class_name)
    return classes
