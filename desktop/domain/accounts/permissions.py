"""What each role may do. Services call ``require`` before they change or reveal anything: it checks the role and
that the session's account is still active with that role."""

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from desktop.core.errors import AccountChanged, PermissionDenied
from desktop.core.i18n import translate
from desktop.domain.accounts.models import Role, User


class Permission(StrEnum):
    VIEW_APPLICATIONS = "view_applications"
    EDIT_APPLICATIONS = "edit_applications"  # institutions, applications, rosters, attachments
    SUBMIT_APPLICATIONS = "submit_applications"
    SCREEN_APPLICATIONS = "screen_applications"
    MANAGE_ROUNDS = "manage_rounds"
    SCHEDULE_INSPECTIONS = "schedule_inspections"
    FILL_INSPECTIONS = "fill_inspections"
    MANAGE_COMMITTEE = "manage_committee"
    DECLARE_CONFLICTS = "declare_conflicts"
    SCORE = "score"
    CHAIR_MEETINGS = "chair_meetings"
    DRAFT_DECISIONS = "draft_decisions"
    APPROVE_DECISIONS = "approve_decisions"
    PRINT_DOCUMENTS = "print_documents"
    VIEW_AUDIT = "view_audit"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    EXPORT_DATA = "export_data"
    BACK_UP_DATABASE = "back_up_database"  # a full copy, password hashes included: more than the JSON export
    RESTORE_DATABASE = "restore_database"  # into an empty database only
    MAINTAIN_REGISTRY = "maintain_registry"  # record changes of designated institutes' particulars, review dates
    MANAGE_REPORTS = "manage_reports"  # import filed evaluation reports, record correction requests and answers


P = Permission
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SECRETARIAT: frozenset({
        P.VIEW_APPLICATIONS, P.EDIT_APPLICATIONS, P.SUBMIT_APPLICATIONS, P.SCREEN_APPLICATIONS,
        P.MANAGE_ROUNDS, P.SCHEDULE_INSPECTIONS, P.MANAGE_COMMITTEE, P.DRAFT_DECISIONS,
        P.PRINT_DOCUMENTS, P.VIEW_AUDIT, P.EXPORT_DATA, P.BACK_UP_DATABASE, P.MAINTAIN_REGISTRY, P.MANAGE_REPORTS,
    }),
    Role.INSPECTOR: frozenset({P.VIEW_APPLICATIONS, P.FILL_INSPECTIONS, P.PRINT_DOCUMENTS}),
    Role.COMMITTEE_MEMBER: frozenset({P.VIEW_APPLICATIONS, P.DECLARE_CONFLICTS, P.SCORE}),
    Role.CHAIR: frozenset({P.VIEW_APPLICATIONS, P.DECLARE_CONFLICTS, P.SCORE, P.CHAIR_MEETINGS, P.PRINT_DOCUMENTS}),
    Role.APPROVER: frozenset({P.VIEW_APPLICATIONS, P.APPROVE_DECISIONS, P.PRINT_DOCUMENTS, P.VIEW_AUDIT}),
    Role.ADMINISTRATOR: frozenset({
        P.VIEW_APPLICATIONS, P.MANAGE_USERS, P.MANAGE_SETTINGS, P.VIEW_AUDIT, P.EXPORT_DATA,
        P.BACK_UP_DATABASE, P.RESTORE_DATABASE,
    }),
    # The operator at the command line can read the database file anyway: read-only output commands only, and a
    # restore, which writes only into an empty database; and the import of the evaluation information system's
    # export (`import reports`), a batch that adds only checked, audited rows.
    Role.SYSTEM: frozenset({P.VIEW_APPLICATIONS, P.PRINT_DOCUMENTS, P.VIEW_AUDIT, P.EXPORT_DATA,
                            P.BACK_UP_DATABASE, P.RESTORE_DATABASE, P.MANAGE_REPORTS}),
}


@dataclass(frozen=True)
class Actor:
    """The logged-in user on whose behalf a service acts."""

    user_id: int
    username: str
    display_name: str
    role: Role

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    @classmethod
    def command_line(cls) -> "Actor":
        """The operator of a headless command (recorded as such in the audit log)."""
        import getpass

        try:
            who = getpass.getuser()
        except Exception:  # no login name in some containers
            who = "operator"
        return cls(0, "cli", f"command line ({who})", Role.SYSTEM)


def role_label(role: Role) -> str:
    return {
        Role.SECRETARIAT: translate("Roles", "Secretariat"),
        Role.INSPECTOR: translate("Roles", "Inspector"),
        Role.COMMITTEE_MEMBER: translate("Roles", "Committee member"),
        Role.CHAIR: translate("Roles", "Chair"),
        Role.APPROVER: translate("Roles", "Approver"),
        Role.ADMINISTRATOR: translate("Roles", "Administrator"),
        Role.SYSTEM: translate("Roles", "Command line"),
    }[role]


ACTING_ACTOR = "acting_actor"
"""``session.info`` key: the actor the unit of work checked last, named by the security event if it is refused."""


def require(session: Session, actor: Actor, permission: Permission) -> None:
    """Refuse with a plain message when the actor's role lacks ``permission`` or the account is no longer current."""
    session.info[ACTING_ACTOR] = actor
    require_role(actor, permission)
    check_account_current(session, actor)


def require_role(actor: Actor, permission: Permission) -> None:
    """Refuse when the actor's role lacks ``permission`` (the account itself is checked by ``require``)."""
    if not actor.may(permission):
        raise PermissionDenied(
            translate("Permissions", "Your role ({role}) may not do this: {permission}.").format(
                role=role_label(actor.role), permission=permission_label(permission)
            )
        )


_CURRENT_ACCOUNTS = "current_accounts"
"""``session.info`` key: the (user id, role) pairs already found current in this unit of work."""


def is_command_line(actor: Actor) -> bool:
    """The operator of a headless command: not a database user, so there is no account to check."""
    return actor.user_id == 0 and actor.role is Role.SYSTEM


def check_account_current(session: Session, actor: Actor) -> None:
    """Refuse when the account was removed, disabled or given another role since the session logged in.

    Looked up once per unit of work (one primary-key SELECT), whatever the number of checks in it.
    """
    session.info[ACTING_ACTOR] = actor
    if is_command_line(actor):
        return
    checked: set[tuple[int, Role]] = session.info.setdefault(_CURRENT_ACCOUNTS, set())
    if (actor.user_id, actor.role) in checked:
        return
    user = session.get(User, actor.user_id)
    if user is None or not user.active or user.role != actor.role:
        raise AccountChanged(translate(
            "Permissions", "Your account was disabled or given another role since you logged in; nothing was "
            "shown or changed. Log out and log in again."
        ))
    checked.add((actor.user_id, actor.role))


def permission_label(permission: Permission) -> str:
    labels = {
        P.VIEW_APPLICATIONS: translate("Permissions", "view applications"),
        P.EDIT_APPLICATIONS: translate("Permissions", "edit applications"),
        P.SUBMIT_APPLICATIONS: translate("Permissions", "submit applications"),
        P.SCREEN_APPLICATIONS: translate("Permissions", "screen applications"),
        P.MANAGE_ROUNDS: translate("Permissions", "manage rounds"),
        P.SCHEDULE_INSPECTIONS: translate("Permissions", "schedule inspections"),
        P.FILL_INSPECTIONS: translate("Permissions", "fill in inspections"),
        P.MANAGE_COMMITTEE: translate("Permissions", "manage the committee"),
        P.DECLARE_CONFLICTS: translate("Permissions", "declare conflicts of interest"),
        P.SCORE: translate("Permissions", "score applicants"),
        P.CHAIR_MEETINGS: translate("Permissions", "chair meetings"),
        P.DRAFT_DECISIONS: translate("Permissions", "draft decisions"),
        P.APPROVE_DECISIONS: translate("Permissions", "approve and issue decisions"),
        P.PRINT_DOCUMENTS: translate("Permissions", "print documents"),
        P.VIEW_AUDIT: translate("Permissions", "view the audit log"),
        P.MANAGE_USERS: translate("Permissions", "manage users"),
        P.MANAGE_SETTINGS: translate("Permissions", "manage settings"),
        P.EXPORT_DATA: translate("Permissions", "export data"),
        P.BACK_UP_DATABASE: translate("Permissions", "back up the database"),
        P.RESTORE_DATABASE: translate("Permissions", "restore a backup"),
        P.MAINTAIN_REGISTRY: translate("Permissions", "maintain the registry"),
        P.MANAGE_REPORTS: translate("Permissions", "import filed reports and track corrections"),
    }
    return labels[permission]
