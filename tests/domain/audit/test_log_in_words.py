"""The audit log in words: every action the services record has a name, every record its own number or name, and
every value its meaning (statuses, ids, dates) rather than the code stored."""

import ast
import re
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select

from desktop.core.clock import now
from desktop.domain.applications.models import ApplicationStatus
from desktop.domain.audit.actions import action_names
from desktop.domain.audit.models import AuditEvent
from desktop.domain.audit.service import AuditRow
from desktop.domain.settings.catalogue import SPECS
from desktop.domain.trail.fields import field_labels
from desktop.domain.trail.log import describe_events, list_log

ROOT = Path(__file__).resolve().parents[3]
# An action code built from an enumeration's value: f"application.{target.value}" takes every status.
FORMATTED_CODES: dict[str, type[StrEnum]] = {"application.": ApplicationStatus}
RAW_ID = re.compile(r"#\d")  # "decision #12": a record named by its database id
SNAKE_CASE = re.compile(r"\b[a-z]+_[a-z_]+\b")


def _codes_in(node: ast.expr, function: ast.AST, where: str, module: ast.Module | None = None) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _codes_in(node.body, function, where, module) | _codes_in(node.orelse, function, where, module)
    if isinstance(node, ast.JoinedStr):
        prefix = node.values[0].value if isinstance(node.values[0], ast.Constant) else ""
        assert prefix in FORMATTED_CODES, f"{where}: declare how the action code {ast.unparse(node)} expands"
        return {prefix + value for value in FORMATTED_CODES[prefix]}
    if isinstance(node, ast.Name):  # a code chosen from a table in the same function, or a module's constant
        tables = [n.value for n in ast.walk(function) if isinstance(n, ast.Assign)
                  and any(isinstance(t, ast.Name) and t.id == node.id for t in n.targets)]
        constants = {n.value.value for n in (module.body if module else []) if isinstance(n, ast.Assign)
                     and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
                     and any(isinstance(t, ast.Name) and t.id == node.id for t in n.targets)}
        if constants and not tables:
            return constants
        dicts = [t.value if isinstance(t, ast.Subscript) else t for t in tables]
        codes = {v.value for d in dicts if isinstance(d, ast.Dict) for v in d.values if isinstance(v, ast.Constant)}
        assert codes, f"{where}: the action code {node.id} comes from nowhere this test can read"
        return codes
    raise AssertionError(f"{where}: an action code this test cannot read: {ast.unparse(node)}")


def recorded_codes() -> set[str]:
    """Every action code passed to ``record`` anywhere in ``desktop/``."""
    codes: set[str] = set()
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            for call in ast.walk(function):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "record" \
                        and len(call.args) >= 3:
                    codes |= _codes_in(call.args[2], function, f"{path.relative_to(ROOT)}:{call.lineno}", tree)
    return codes


def test_every_action_code_the_services_record_has_a_name():
    codes = recorded_codes()
    assert len(codes) > 60 and "score.return" in codes and "application.designated" in codes
    assert sorted(codes - set(action_names())) == []


def test_no_name_is_declared_for_an_action_nobody_records():
    assert sorted(set(action_names()) - recorded_codes()) == []


def all_entries(demo_database, demo_actors):
    with demo_database.read() as session:
        total = session.scalar(select(func.count(AuditEvent.id)))
        return list_log(session, demo_actors["admin"], limit=total)


def test_every_demo_event_is_told_in_words(demo_database, demo_actors):
    entries = all_entries(demo_database, demo_actors)
    labels = field_labels()
    assert len({e.event.action for e in entries}) > 45
    for entry in entries:
        event = entry.event
        assert entry.action != event.action and entry.action in action_names().values()
        assert entry.record and not RAW_ID.search(entry.record), (event.action, entry.record)
        for change in entry.changes:
            assert change.field in labels or change.field in SPECS, (event.action, change.field)
            shown = " ".join((entry.record, change.label, change.before, change.after))
            assert not RAW_ID.search(shown) and "{" not in shown, (event.action, shown)
            assert not SNAKE_CASE.search(change.before + " " + change.after), (event.action, change)


def test_records_are_named_by_their_own_numbers(demo_database, demo_actors):
    entries = all_entries(demo_database, demo_actors)
    by_action = {}
    for entry in entries:
        by_action.setdefault(entry.event.action, entry)
    assert by_action["decision.issue"].record.startswith("decision 제2026-")
    assert by_action["user.create"].record.startswith("user ")
    assert by_action["inspection.schedule"].record.startswith("inspection 실사-2026-")
    assert re.fullmatch(r"score sheet of \S+ on 2026-\d-\d{3}", by_action["score.return"].record)
    moved = next(e for e in entries if e.event.action == "application.inspection")
    assert re.fullmatch(r"application 2026-\d-\d{3}", moved.record)
    (status,) = moved.changes
    assert (status.label, status.before, status.after) == ("Status", "Screening", "Inspection")


def test_a_record_deleted_since_is_named_by_its_kind_and_id(demo_database):
    def event(entity_type: str, entity_id: int, before=None) -> AuditRow:
        return AuditRow(1, now(), "김하늘", "secretariat", "decision.discard", entity_type, entity_id, "", before,
                        None, None)

    with demo_database.read() as session:
        gone = describe_events(session, [event("decisions", 9999, {"application_id": 9998}),
                                         event("applications", 9999), event("old_things", 3)])
    assert [g.record for g in gone] == ["decision #9999", "application #9999", "old_things #3"]
    assert gone[0].changes[0].before == "application #9998"
    assert gone[0].summary == "Application: application #9998 → —"


def test_the_log_is_searched_by_the_action_names_too(demo_database, demo_actors):
    with demo_database.read() as session:
        found = list_log(session, demo_actors["admin"], search="returned by the chair")
    assert found and {e.event.action for e in found} == {"score.return"}


def test_moments_and_days_are_written_as_people_read_them(demo_database, demo_actors):
    entries = all_entries(demo_database, demo_actors)
    meeting = next(e for e in entries if e.event.action == "committee.meeting.schedule")
    held = next(c for c in meeting.changes if c.field == "held_at")
    stored = datetime.fromisoformat(meeting.event.after["held_at"])
    assert re.fullmatch(r"2026\. \d{1,2}\. \d{1,2}\. \d{2}:\d{2}", held.after) and stored.tzinfo is not None


def test_the_field_names_follow_the_language_the_log_is_read_in():
    """The names are made once per language, and another language gets its own (not the first one's)."""
    from desktop.core import i18n

    previous = i18n.translation_key()
    english = field_labels()["status"]
    i18n.install_translator(lambda context, text, n: f"«{text}»", "ko")
    try:
        assert field_labels()["status"] == f"«{english}»"
    finally:
        i18n.install_translator(previous[0] if callable(previous[0]) else None, previous[1])  # type: ignore[arg-type]
    assert field_labels()["status"] == english
