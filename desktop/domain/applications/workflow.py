"""The application status machine: which step may follow which, who may take it, and what it needs."""

from dataclasses import dataclass

from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Permission
from desktop.domain.applications.models import ApplicationStatus as S


@dataclass(frozen=True)
class Step:
    source: S
    target: S
    permission: Permission
    needs_reason: bool = False


STEPS: tuple[Step, ...] = (
    Step(S.DRAFT, S.SUBMITTED, Permission.SUBMIT_APPLICATIONS),
    Step(S.SUBMITTED, S.SCREENING, Permission.SCREEN_APPLICATIONS),
    Step(S.SCREENING, S.SUPPLEMENT_REQUESTED, Permission.SCREEN_APPLICATIONS),
    Step(S.SCREENING, S.INSPECTION, Permission.SCREEN_APPLICATIONS),
    Step(S.SCREENING, S.INELIGIBLE, Permission.SCREEN_APPLICATIONS, needs_reason=True),
    Step(S.SUPPLEMENT_REQUESTED, S.SCREENING, Permission.SCREEN_APPLICATIONS),
    Step(S.SUPPLEMENT_REQUESTED, S.INELIGIBLE, Permission.SCREEN_APPLICATIONS, needs_reason=True),
    Step(S.INSPECTION, S.COMMITTEE_REVIEW, Permission.SCHEDULE_INSPECTIONS),
    Step(S.COMMITTEE_REVIEW, S.DESIGNATED, Permission.APPROVE_DECISIONS),
    Step(S.COMMITTEE_REVIEW, S.NOT_DESIGNATED, Permission.APPROVE_DECISIONS),
    # Only by issuing a correcting decision that changes the outcome (desktop/domain/decisions/service.py).
    Step(S.DESIGNATED, S.NOT_DESIGNATED, Permission.APPROVE_DECISIONS),
    Step(S.NOT_DESIGNATED, S.DESIGNATED, Permission.APPROVE_DECISIONS),
    *(
        Step(source, S.WITHDRAWN, Permission.EDIT_APPLICATIONS, needs_reason=True)
        for source in (S.DRAFT, S.SUBMITTED, S.SCREENING, S.SUPPLEMENT_REQUESTED, S.INSPECTION, S.COMMITTEE_REVIEW)
    ),
)

TERMINAL = frozenset({S.DESIGNATED, S.NOT_DESIGNATED, S.INELIGIBLE, S.WITHDRAWN})
# Reached only by issuing a decision, never by a plain status action.
DECISION_TARGETS = frozenset({S.DESIGNATED, S.NOT_DESIGNATED})


def find_step(source: S, target: S) -> Step | None:
    return next((s for s in STEPS if s.source == source and s.target == target), None)


def next_steps(source: S) -> list[Step]:
    return [s for s in STEPS if s.source == source]


def status_label(status: S) -> str:
    return {
        S.DRAFT: translate("Workflow", "Draft"),
        S.SUBMITTED: translate("Workflow", "Submitted"),
        S.SCREENING: translate("Workflow", "Screening"),
        S.SUPPLEMENT_REQUESTED: translate("Workflow", "Supplement requested"),
        S.INSPECTION: translate("Workflow", "Inspection"),
        S.COMMITTEE_REVIEW: translate("Workflow", "Committee review"),
        S.DESIGNATED: translate("Workflow", "Designated"),
        S.NOT_DESIGNATED: translate("Workflow", "Not designated"),
        S.INELIGIBLE: translate("Workflow", "Ineligible"),
        S.WITHDRAWN: translate("Workflow", "Withdrawn"),
    }[status]


def action_label(target: S) -> str:
    """The verb on the button that takes an application to ``target``."""
    return {
        S.SUBMITTED: translate("Workflow", "Submit"),
        S.SCREENING: translate("Workflow", "Start screening"),
        S.SUPPLEMENT_REQUESTED: translate("Workflow", "Request supplement"),
        S.INSPECTION: translate("Workflow", "Pass to inspection"),
        S.INELIGIBLE: translate("Workflow", "Declare ineligible"),
        S.COMMITTEE_REVIEW: translate("Workflow", "Send to committee"),
        S.DESIGNATED: translate("Workflow", "Designate"),
        S.NOT_DESIGNATED: translate("Workflow", "Do not designate"),
        S.WITHDRAWN: translate("Workflow", "Withdraw"),
        S.DRAFT: translate("Workflow", "Back to draft"),
    }[target]
