"""What issuing and printing a decision needs of the registry, the area after it, implemented there
(``registry.service``) so decisions never import it: the entry an issued designation makes or corrects, and what a
notice, certificate or public notice reads of it."""

from datetime import date
from typing import Protocol

from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications.models import Application
from desktop.domain.decisions.models import Decision
from desktop.domain.hooks import Hook


class RegistryEntryView(Protocol):
    """What a decision's documents read of a registry entry directly (its scope and outputs through the hooks)."""

    designated_on: date


record_designation: Hook[[Session, Actor, Decision, Application], RegistryEntryView] = Hook(
    "decisions.record_designation", provider="registry")
"""The entry made by issuing a designation, inside ``issue_decision``'s transaction."""

record_correction: Hook[[Session, Actor, Decision, Decision, Application, bool], RegistryEntryView | None] = Hook(
    "decisions.record_correction", provider="registry")
"""Make the registry follow a correcting decision: the entry now rests on the new one (or is revoked)."""

entry_for_decision: Hook[[Session, int], RegistryEntryView | None] = Hook(
    "decisions.entry_for_decision", provider="registry")
"""The registry entry that rests on this decision, if any."""

entry_scope: Hook[[RegistryEntryView], tuple[str, ...]] = Hook("decisions.entry_scope", provider="registry")
"""The fields of IP the entry's designation covers."""

entry_outputs: Hook[[RegistryEntryView], tuple[str, ...]] = Hook("decisions.entry_outputs", provider="registry")
"""The valuation outputs the entry's designation covers."""
