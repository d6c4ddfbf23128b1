"""What applications, screening and inspections must ask the areas after them, implemented there (committee,
screening, inspections) so these earlier areas never import them: who may not see an applicant, and the workflow
steps that screening and the inspection must allow."""

from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.hooks import Hook

conflicted_application_ids: Hook[[Session, Actor], frozenset[int]] = Hook(
    "applications.conflicted_application_ids", provider="committee")
"""Applications the actor must not see because of a conflict of interest (a committee member's exclusion)."""

ensure_not_conflicted: Hook[[Session, Actor, int], None] = Hook(
    "applications.ensure_not_conflicted", provider="committee")
"""Refuse, as if the file did not exist for them, when the actor is excluded from this applicant."""

check_screening_step: Hook[[Session, Application, ApplicationStatus], None] = Hook(
    "applications.check_screening_step", provider="screening")
"""Refuse a step into inspection, or into or out of a supplement request, that the screening does not allow."""

confirm_screening: Hook[[Session, Actor, int], None] = Hook("applications.confirm_screening", provider="screening")
"""Passing to inspection confirms the latest screening result when the screener has not yet done so."""

committee_blockers: Hook[[Session, int], list[str]] = Hook("applications.committee_blockers", provider="inspections")
"""Why the application cannot go to the committee yet because of its inspection (empty when it can)."""
