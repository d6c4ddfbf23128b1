"""audit area. Importing it puts the security events in place (failed logins and refused actions are recorded)."""

from desktop.domain.audit import security

security.install()
