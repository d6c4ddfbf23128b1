"""Every public domain service that takes ``(session, actor, ...)`` refuses a disabled account before it reads or
changes anything: found by walking the modules, so a new service that forgets the check fails here."""

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator

import pytest

import desktop.domain
from desktop.core.errors import AccountChanged, PermissionDenied
from desktop.db.engine import Database
from desktop.db.migrate import upgrade
from desktop.domain.accounts.models import Role
from desktop.domain.accounts.permissions import Actor
from desktop.domain.users.service import create_first_administrator, create_user, set_active

PASSWORD = "password-123"

HELPERS = {
    # The checks themselves.
    "desktop.domain.accounts.permissions.require",
    "desktop.domain.accounts.permissions.check_account_current",
    "desktop.domain.committee.meetings.require_any",
    # Given an object a service already loaded after its own check; they never open anything by id.
    "desktop.domain.committee.access.member_id_for",
    "desktop.domain.committee.access.conflicted_application_ids",
    "desktop.domain.committee.access.ensure_not_conflicted",
    "desktop.domain.committee.access.acting_member",
    "desktop.domain.committee.access.ensure_may_score",
    "desktop.domain.decisions.service.check_four_eyes",
    "desktop.domain.inspections.queries.detail_of",
    "desktop.domain.registry.service.record_designation",
    "desktop.domain.registry.service.record_correction",
    "desktop.domain.screening.service.confirm_if_needed",  # a step of ``transition``, after its check
    "desktop.domain.versions.claim_version",  # a step of every form's save, after the save's own check
    # Steps of the services that issue a record (and of desktop/issuing after its check): they freeze what the
    # record's documents show, and keep an issued file.
    "desktop.domain.issued.service.freeze",
    "desktop.domain.issued.service.store_issue",
    "desktop.domain.decisions.service.freeze_documents",
    "desktop.domain.inspections.scheduling.freeze_notice",
}
"""Public functions with ``(session, actor)`` that are not services: each is only called after a service's check."""


def _services() -> Iterator[tuple[str, Callable]]:
    for module_info in pkgutil.walk_packages(desktop.domain.__path__, "desktop.domain."):
        module = importlib.import_module(module_info.name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(function).parameters)
            if parameters[:2] == ["session", "actor"] and f"{module.__name__}.{name}" not in HELPERS:
                yield f"{module.__name__}.{name}", function


SERVICES = dict(_services())


def _call_with_placeholders(session, actor: Actor, function: Callable) -> None:
    """Every other required argument is None: a service that checks first never looks at them."""
    signature = inspect.signature(function)
    args, kwargs = [], {}
    for parameter in list(signature.parameters.values())[2:]:
        if parameter.default is not inspect.Parameter.empty or parameter.kind is parameter.VAR_POSITIONAL:
            continue
        if parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = None
        else:
            args.append(None)
    result = function(session, actor, *args, **kwargs)
    if inspect.isgenerator(result):
        list(result)


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Iterator[Database]:
    """One database for the whole walk: every call runs in a read-only unit of work and is refused anyway."""
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('walk') / 'walk.sqlite3'}")
    upgrade(db)
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def disabled_actors(database) -> dict[Role, Actor]:
    """One account of every role, each disabled by the administrator after its session was opened."""
    with database.transaction() as s:
        admin = create_first_administrator(s, "admin", "관리자", PASSWORD)
        actors = {}
        for role in (r for r in Role if r is not Role.SYSTEM):
            row = create_user(s, admin, f"stale-{role.value}", role.value, PASSWORD, role)
            actors[role] = Actor(row.id, row.username, row.display_name, role)
    with database.transaction() as s:
        for actor in actors.values():
            set_active(s, admin, actor.user_id, False)
    return actors


def test_the_walk_finds_the_services_people_use():
    assert len(SERVICES) > 100
    for name in ("applications.service.list_applications", "applications.service.get_application",
                 "audit.service.list_events", "decisions.service.list_decisions",
                 "inspections.queries.get_inspection", "scoring.service.list_results",
                 "users.service.change_password", "applications.service.transition"):
        assert f"desktop.domain.{name}" in SERVICES


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_a_disabled_account_is_refused_by_every_service(database, disabled_actors, name):
    """Each role is refused: for lack of the permission, or (with it) because the account is disabled."""
    function = SERVICES[name]
    stopped_by_the_account = []
    for role, actor in disabled_actors.items():
        with database.read() as session, pytest.raises(PermissionDenied) as refused:
            _call_with_placeholders(session, actor, function)
        if isinstance(refused.value, AccountChanged):
            stopped_by_the_account.append(role)
        else:
            assert "may not do this" in refused.value.message, (role, refused.value.message)
    assert stopped_by_the_account, "no role reaches the account check"
