"""``data/dossier.json`` of a case dossier: one application's records, encoded as the full JSON export encodes them.

Rows keep their table's column names; dates and times are ISO 8601 (times in UTC), decimals strings
(``desktop/domain/export/json_dump.py``). Committee members appear as their seat in the round ("A", "B", …) and by
name only where the round shows names (the round setting ``hide_member_names``): a hidden member's ``member_id`` is
left out, and a user who sits on the committee appears as their seat. Score sheets appear as the blind-scoring rules
let anyone outside the committee see them (every present, non-conflicted member has submitted); file contents are
files of the dossier, named in ``file``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications.models import Application, Round
from desktop.domain.committee.models import CommitteeMember, RoundCommitteeSeat
from desktop.domain.decisions.models import Decision
from desktop.domain.export.json_dump import _value as export_value  # the export's encoding: both JSONs read alike
from desktop.domain.models import metadata
from desktop.domain.scoring.sheets import hides_names, sheets_for

Row = dict[str, Any]
USER_COLUMNS = frozenset(  # columns naming a user, from the schema's foreign keys
    (table.name, column.name) for table in metadata.sorted_tables for column in table.columns
    if any(fk.target_fullname == "users.id" for fk in column.foreign_keys))


@dataclass
class CaseRecords:
    """What the dossier holds of one application: its rows by table, and the ids of its records by table."""

    application: Application
    hide_names: bool
    labels: dict[int, str]  # member id → seat label in the round
    names: dict[int, str]  # member id → name (only used where names are shown)
    tables: dict[str, list[Row]] = field(default_factory=dict)
    refs: dict[str, set[int]] = field(default_factory=dict)  # entity type → ids (what its audit events are about)
    sheets_visible: bool = False
    sheets_note: str = ""  # why the sheets are not shown yet, when they are not

    def ids(self, table: str) -> list[int]:
        return sorted(self.refs.get(table, ()))


def _rows(session: Session, table_name: str, column: str, ids: Iterable[int]) -> list[Row]:
    """The rows of ``table_name`` whose ``column`` is one of ``ids``, by primary key, encoded as the export does."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    table = metadata.tables[table_name]
    found = session.execute(select(table).where(table.c[column].in_(wanted))
                            .order_by(*table.primary_key.columns)).mappings()
    return [{key: export_value(table_name, key, value) for key, value in row.items()} for row in found]


def _collect(records: CaseRecords, session: Session, table: str, column: str, ids: Iterable[int]) -> list[Row]:
    rows = _rows(session, table, column, ids)
    records.tables[table] = rows
    if rows and "id" in rows[0]:
        records.refs.setdefault(table, set()).update(int(r["id"]) for r in rows)
    return rows


def _seated(session: Session, round_id: int) -> tuple[dict[int, str], dict[int, str]]:
    seats = dict(session.execute(select(RoundCommitteeSeat.member_id, RoundCommitteeSeat.label)
                                 .where(RoundCommitteeSeat.round_id == round_id)).all())
    names = dict(session.execute(select(CommitteeMember.id, CommitteeMember.name)
                                 .where(CommitteeMember.id.in_(seats))).all()) if seats else {}
    return seats, names


def collect_records(session: Session, actor: Actor, application: Application) -> CaseRecords:
    """Every row of the application and of the records that hang from it (the caller checked the permission)."""
    rnd = application.round
    labels, names = _seated(session, rnd.id)
    records = CaseRecords(application, hides_names(rnd), labels, names)
    app_id = [application.id]
    _collect(records, session, "rounds", "id", [rnd.id])
    _collect(records, session, "institutions", "id", [application.institution_id])
    _collect(records, session, "institution_contacts", "institution_id", [application.institution_id])
    _collect(records, session, "applications", "id", app_id)
    for table in ("staff_members", "attachments", "screening_results", "supplement_requests", "inspections",
                  "inspector_conflicts", "conflict_declarations", "challenges", "meeting_agenda_items",
                  "scoring_results", "decisions"):
        _collect(records, session, table, "application_id", app_id)
    inspections = records.ids("inspections")
    for table in ("inspection_inspectors", "inspection_answers", "inspection_findings", "inspection_evidence"):
        _collect(records, session, table, "inspection_id", inspections)
    _collect(records, session, "challenge_votes", "challenge_id", records.ids("challenges"))
    meetings = {int(r["meeting_id"]) for r in records.tables["meeting_agenda_items"]}
    _collect(records, session, "committee_meetings", "id", meetings)
    _collect(records, session, "meeting_attendance", "meeting_id", meetings)
    _collect(records, session, "registry_entries", "decision_id", records.ids("decisions"))
    _collect(records, session, "registry_events", "entry_id", records.ids("registry_entries"))
    _collect(records, session, "registry_restrictions", "entry_id", records.ids("registry_entries"))
    _collect(records, session, "sanction_cases", "entry_id", records.ids("registry_entries"))
    for table in ("sanction_evidence", "sanction_notices", "sanction_hearings", "sanction_dispositions"):
        _collect(records, session, table, "case_id", records.ids("sanction_cases"))
    records.tables.setdefault("sample_surveys", [])  # surveys concern the filed reports, not one application
    checks = select(metadata.tables["validity_checks"].c.id).join(
        metadata.tables["evaluation_reports"], metadata.tables["evaluation_reports"].c.id
        == metadata.tables["validity_checks"].c.report_id).where(
        metadata.tables["evaluation_reports"].c.institution_id == application.institution_id)
    _collect(records, session, "validity_checks", "id", list(session.scalars(checks)))
    for table in ("validity_notices", "validity_findings"):
        _collect(records, session, table, "check_id", records.ids("validity_checks"))
    _collect(records, session, "public_notices", "id", notices_listing(session, application))
    _collect(records, session, "publications", "id", publications_listing(session, records))
    view = sheets_for(session, actor, application.id)
    records.sheets_visible = view.others_visible
    records.refs["score_sheets"] = {s.id for s in view.sheets if s.id is not None} | set(session.scalars(
        select(metadata.tables["score_sheets"].c.id).where(
            metadata.tables["score_sheets"].c.application_id == application.id)))
    records.tables["score_sheets"] = [_sheet(records, s) for s in view.sheets]
    records.sheets_note = view.note
    return records


def notices_listing(session: Session, application: Application) -> list[int]:
    """The public notices of the application's round that list one of its decisions."""
    from desktop.domain.decisions.models import PublicNotice

    decisions = set(session.scalars(select(Decision.id).where(Decision.application_id == application.id)))
    return [n.id for n in session.scalars(select(PublicNotice).where(PublicNotice.round_id == application.round_id)
                                          .order_by(PublicNotice.id))
            if any(entry.get("decision_id") in decisions for entry in n.entries or ())]


def publications_listing(session: Session, records: CaseRecords) -> list[int]:
    """The published lists (as frozen) that name the application's registry entry or one of its dispositions."""
    from desktop.domain.issued.models import FrozenContent

    entries, dispositions = set(records.ids("registry_entries")), set(records.ids("sanction_dispositions"))
    found = []
    for content in session.scalars(select(FrozenContent).where(FrozenContent.entity_type == "publications")
                                   .order_by(FrozenContent.entity_id)) if entries or dispositions else ():
        listing = content.content.get("registry") or content.content.get("sanctions") or {}
        if any(row.get("entry_id") in entries or row.get("disposition_id") in dispositions
               for row in listing.get("rows", ())):
            found.append(content.entity_id)
    return found


def _sheet(records: CaseRecords, sheet: Any) -> Row:
    named = {} if records.hide_names else {"member_name": records.names.get(sheet.member_id, "")}
    return {"id": sheet.id, "member": sheet.label, **named, "status": str(sheet.status),
            "submitted_at": export_value("", "", sheet.submitted_at), "total": str(sheet.total), "entries": [
                {"criterion": e.criterion, "score": None if e.score is None else str(e.score), "comment": e.comment}
                for e in sheet.entries]}


# -- what the JSON shows ---------------------------------------------------------------------------------------

def _member_columns(records: CaseRecords, row: Row) -> Row:
    """``member_id`` as the seat label, with the name only where the round shows names."""
    if "member_id" not in row:
        return row
    shown = dict(row)
    member = shown.pop("member_id")
    shown["member"] = records.labels.get(member, "?")
    if not records.hide_names:
        shown = {"member_id": member, **shown, "member_name": records.names.get(member, "")}
    return shown


def people(session: Session, records: CaseRecords) -> list[Row]:
    """Every user the rows name (who screened, drafted, approved …), a committee member as their seat when hidden;
    codes, not words, so that the file is the same whatever the interface's language."""
    ids = {int(row[column]) for table, rows in records.tables.items() for row in rows
           for (t, column) in USER_COLUMNS if t == table and row.get(column) is not None}
    seated_users = dict(session.execute(select(CommitteeMember.user_id, CommitteeMember.id).where(
        CommitteeMember.id.in_(records.labels), CommitteeMember.user_id.is_not(None))).all()) \
        if records.labels else {}
    found = []
    for user in session.scalars(select(User).where(User.id.in_(sorted(ids))).order_by(User.id)):
        member = seated_users.get(user.id)
        if member is not None and records.hide_names:
            found.append({"id": user.id, "member": records.labels[member], "role": user.role.value})
        else:
            found.append({"id": user.id, "name": user.display_name, "title": user.title or "",
                          "role": user.role.value})
    return found


def _decision_history(row: Row, rows: list[Row], numbers: dict[int, str]) -> list[Row]:
    """The decision's steps in order: drafted, reviewed, approved, issued (by whom: ``people``), and corrections."""
    steps = [("drafted", "drafted_at", "drafted_by_id"), ("reviewed", "reviewed_at", "reviewed_by_id"),
             ("approved", "approved_at", "approved_by_id"), ("issued", "issued_at", None)]
    history: list[Row] = [{"step": step, "at": row[at], "by": row[by] if by else None}
                          for step, at, by in steps if row.get(at)]
    if row.get("supersedes_id"):
        history.append({"step": "supersedes", "decision": numbers.get(row["supersedes_id"], "")})
    for later in rows:
        if later.get("supersedes_id") == row["id"]:
            history.append({"step": "superseded_by", "decision": numbers.get(later["id"], ""),
                            "at": later.get("issued_at")})
    return history


def case_json(session: Session, records: CaseRecords, documents: list[Row], not_issued: list[Row],
              attachments: dict[tuple[str, int], str]) -> Row:
    """The JSON of the application (``data/dossier.json``), without the audit events (``audit/events.json``)."""
    tables = records.tables

    def shown(table: str) -> list[Row]:
        return [_member_columns(records, row) for row in tables.get(table, [])]

    def with_file(table: str) -> list[Row]:
        return [{**row, "file": attachments.get((table, row["id"]), "")} for row in shown(table)]

    numbers = {d.id: d.number for d in session.scalars(select(Decision).where(
        Decision.application_id == records.application.id))}
    rows = shown("decisions")
    decisions = [{**row, "number": numbers.get(row["id"], ""), "history": _decision_history(row, rows, numbers)}
                 for row in rows]
    rnd: Round = records.application.round
    return {
        "round": tables["rounds"][0],
        "institution": tables["institutions"][0],
        "institution_contacts": shown("institution_contacts"),
        "application": tables["applications"][0],
        "staff_members": shown("staff_members"),
        "attachments": with_file("attachments"),
        "screening_results": shown("screening_results"),
        "supplement_requests": shown("supplement_requests"),
        "inspections": shown("inspections"),
        "inspection_inspectors": shown("inspection_inspectors"),
        "inspection_answers": shown("inspection_answers"),
        "inspection_findings": shown("inspection_findings"),
        "inspection_evidence": with_file("inspection_evidence"),
        "inspector_conflicts": shown("inspector_conflicts"),
        "committee": {
            "member_names": "hidden" if records.hide_names else "shown",
            "seats": [{"member": label, **({} if records.hide_names else {"name": records.names.get(member, "")})}
                      for member, label in sorted(records.labels.items(), key=lambda kv: (len(kv[1]), kv[1]))],
            "meetings": shown("committee_meetings"),
            "agenda": shown("meeting_agenda_items"),
            "attendance": shown("meeting_attendance"),
        },
        "conflict_declarations": shown("conflict_declarations"),
        "challenges": shown("challenges"),
        "challenge_votes": shown("challenge_votes"),
        "score_sheets": {"shown": records.sheets_visible, "note": records.sheets_note,
                         "criteria_version": rnd.criteria_version, "sheets": tables.get("score_sheets", [])},
        "scoring_results": shown("scoring_results"),
        "decisions": decisions,
        "registry_entries": shown("registry_entries"),
        "registry_events": shown("registry_events"),
        "public_notices": shown("public_notices"),
        "documents": documents,
        "documents_not_issued": not_issued,
        "people": people(session, records),
    }
