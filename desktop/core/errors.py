"""Errors a user can understand: every one carries a message meant to be shown as is."""


class DomainError(Exception):
    """A refused operation; ``str(error)`` is a plain, translated sentence for the user."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(DomainError):
    """Input that cannot be accepted; ``field`` names the form field when there is one."""


class PermissionDenied(DomainError):
    """The acting user's role may not do this."""


class AccountChanged(PermissionDenied):
    """The session's account was disabled, removed or given another role since logging in."""


class WorkflowError(DomainError):
    """An illegal step in the application procedure."""


class NotFound(DomainError):
    """A record that does not exist (or is hidden from the acting user)."""


class ConflictError(DomainError):
    """The data changed or already exists (duplicate, concurrent edit)."""


class DatabaseError(DomainError):
    """The database cannot be opened, is locked, damaged or from a newer version."""


class ResourceMissing(DomainError):
    """A file the application ships with cannot be found."""


class FileError(DomainError):
    """A file cannot be read or written (missing folder, a folder in its place, read-only, disk full)."""

    def __init__(self, message: str, *, path: object, reason: str) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


class StaleEdit(ConflictError):
    """A save over a record that someone else saved since the form was loaded; nothing was written.

    ``changed_by`` and ``changed_at`` say whose save it was and when; ``stored_version`` is the version in force,
    which "apply mine again" names to overwrite it deliberately.
    """

    def __init__(self, message: str, *, changed_by: str, changed_at: object, stored_version: int,
                 field: str | None = None) -> None:
        super().__init__(message, field=field)
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.stored_version = stored_version


class ServerUnreachable(DatabaseError):
    """The database server went away or cannot be reached: nothing was changed; the application tries again."""
