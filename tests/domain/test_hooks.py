"""What an earlier area asks a later one goes through hooks the later area implements: a check nobody implemented
refuses (never silently allows), and loading any part of the domain implements every hook."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain import hooks
from desktop.domain.applications import hooks as application_hooks
from desktop.domain.applications.models import Application, ApplicationStatus
from desktop.domain.applications.service import get_application, list_applications, transition
from desktop.domain.hooks import Hook, HookMissing

EXPECTED = {  # hook → the area that implements it
    "applications.conflicted_application_ids": "committee",
    "applications.ensure_not_conflicted": "committee",
    "applications.check_screening_step": "screening",
    "applications.confirm_screening": "screening",
    "applications.committee_blockers": "inspections",
    "committee.scoring_started": "scoring",
    "committee.withdraw_sheet": "scoring",
    "committee.meeting_minutes": "scoring",
    "decisions.record_designation": "registry",
    "decisions.record_correction": "registry",
    "decisions.entry_for_decision": "registry",
    "decisions.entry_scope": "registry",
    "decisions.entry_outputs": "registry",
    "settings.checklist_versions": "inspections",
    "settings.criteria_versions": "scoring",
}


def test_a_hook_nobody_implemented_refuses(monkeypatch):
    monkeypatch.setattr(hooks, "DECLARED", [])
    check: Hook[[int], bool] = Hook("tests.may_proceed", provider="later")
    assert hooks.unimplemented() == ["tests.may_proceed"]
    with pytest.raises(HookMissing, match=r"tests\.may_proceed"):
        check(1)
    check.implement(lambda n: n > 0)
    assert check(1) is True
    assert hooks.unimplemented() == []


def test_a_second_different_implementation_is_refused(monkeypatch):
    monkeypatch.setattr(hooks, "DECLARED", [])
    check: Hook[[], bool] = Hook("tests.once", provider="later")

    def first() -> bool:
        return True

    def second() -> bool:
        return False

    check.implement(first)
    check.implement(first)  # the same function again (a module imported twice) is fine
    with pytest.raises(RuntimeError, match="implemented already"):
        check.implement(second)
    assert check() is True


@pytest.fixture
def unwired(monkeypatch):
    """Take a hook's implementation away for one test, as if its area had never been loaded."""

    def take(hook: Hook) -> None:
        monkeypatch.setattr(hook, "_implementation", None)

    return take


def test_without_the_conflict_check_a_member_is_refused_the_applications(demo_database, demo_actors, unwired):
    member = demo_actors["member"]
    with demo_database.read() as s:
        some_id = s.scalars(select(Application.id).order_by(Application.id)).first()
        assert list_applications(s, member)  # wired: the member sees the applicants without a conflict
    unwired(application_hooks.conflicted_application_ids)
    unwired(application_hooks.ensure_not_conflicted)
    with demo_database.read() as s:
        with pytest.raises(HookMissing):
            list_applications(s, member)
        with pytest.raises(HookMissing):
            get_application(s, member, some_id)


def test_without_the_inspection_check_nothing_goes_to_the_committee(demo_database, demo_actors, unwired):
    secretariat = demo_actors["secretariat"]
    with demo_database.read() as s:
        application_id = s.scalars(select(Application.id).where(
            Application.status == ApplicationStatus.INSPECTION).order_by(Application.id)).first()
    assert application_id is not None
    unwired(application_hooks.committee_blockers)
    with pytest.raises(HookMissing), demo_database.transaction() as s:
        transition(s, secretariat, application_id, ApplicationStatus.COMMITTEE_REVIEW)
    with demo_database.read() as s:
        assert s.get_one(Application, application_id).status == ApplicationStatus.INSPECTION


def test_calling_any_hook_implements_every_hook_in_its_provider_area():
    """A fresh interpreter that imports one early module only (as a command or a page might) loads no later area,
    and its first call of a hook loads every implementation (the check runs; it is never skipped)."""
    program = (
        "import json, sys, desktop.domain.settings.hooks as settings_hooks\n"
        "from desktop.domain.hooks import DECLARED\n"
        "before = [h.name for h in DECLARED if h.implemented]\n"
        "versions = settings_hooks.checklist_versions()\n"
        "print(json.dumps({'before': before, 'versions': versions, 'hooks': {h.name: [h.provider, "
        "h._implementation.__module__ if h.implemented else None] for h in DECLARED}}))\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(root), os.environ.get("PYTHONPATH"))))}
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True, cwd=root,
                            env=env)
    answer = json.loads(result.stdout)
    assert answer["before"] == []  # nothing of the later areas was loaded by the import alone
    assert answer["versions"]  # the hook answered: the inspections area was loaded for it
    declared = answer["hooks"]
    assert {name: provider for name, (provider, _) in declared.items()} == EXPECTED
    for name, (provider, module) in declared.items():
        assert module is not None, f"{name} is not implemented"
        assert module.startswith(f"desktop.domain.{provider}."), f"{name} is implemented in {module}"
