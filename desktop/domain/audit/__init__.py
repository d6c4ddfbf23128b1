"""audit area. Importing it puts the security events in place (failed logins and refused actions are recorded)
and, on PostgreSQL, the change notices other desktops listen for (``announce``)."""

from desktop.domain.audit import announce, security  # noqa: F401 - announce registers its commit hook

security.install()
