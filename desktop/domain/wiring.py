"""Loads every module that implements a hook of an earlier area, so each check is in place wherever the domain is
used: ``desktop.domain`` imports this module, hence the app, the command line, the demo and the tests all get it."""

from desktop.domain.committee import access as committee_access
from desktop.domain.inspections import checklists as inspections_checklists
from desktop.domain.inspections import service as inspections_service
from desktop.domain.registry import service as registry_service
from desktop.domain.scoring import criteria as scoring_criteria
from desktop.domain.scoring import minutes as scoring_minutes
from desktop.domain.scoring import sheets as scoring_sheets
from desktop.domain.screening import service as screening_service

IMPLEMENTING_MODULES = (
    committee_access, inspections_checklists, inspections_service, registry_service, scoring_criteria,
    scoring_minutes, scoring_sheets, screening_service,
)
