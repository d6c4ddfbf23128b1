"""Committee meetings: scheduling with an agenda of applicants, attendance, quorum, opening and closing."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from desktop.core.clock import KST, now
from desktop.core.errors import NotFound, PermissionDenied, ValidationError, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application, ApplicationStatus, Round
from desktop.domain.applications.rounds import get_round
from desktop.domain.audit.service import record
from desktop.domain.committee.models import (
    AgendaItem,
    CommitteeMember,
    Meeting,
    MeetingAttendance,
    MeetingStatus,
    RoundCommitteeSeat,
)
from desktop.domain.committee.rules import Quorum, quorum
from desktop.domain.settings.calendar import check_working_day
from desktop.domain.settings.catalogue import QUORUM_RATIO


@dataclass(frozen=True)
class MeetingRow:
    id: int
    number: str
    round_id: int
    round_code: str
    held_at: datetime
    place: str
    status: MeetingStatus
    agenda_count: int
    quorum: Quorum
    attendance_recorded: bool


@dataclass(frozen=True)
class AgendaLine:
    application_id: int
    application_number: str
    institution_name: str


@dataclass(frozen=True)
class AttendanceLine:
    member_id: int
    name: str
    label: str
    is_chair: bool
    present: bool


@dataclass(frozen=True)
class MeetingDetail:
    row: MeetingRow
    agenda: tuple[AgendaLine, ...]
    attendance: tuple[AttendanceLine, ...]
    notes: str


def require_any(session: Session, actor: Actor, *permissions: Permission) -> None:
    """Pass when the actor has one of ``permissions`` and a current account; otherwise refuse naming the first."""
    require(session, actor, next((p for p in permissions if actor.may(p)), permissions[0]))


def quorum_ratio(rnd: Round) -> Decimal:
    return QUORUM_RATIO.of(rnd.settings)


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(translate("Committee", "The meeting no longer exists."))
    return meeting


def find_meeting(session: Session, number_or_id: str) -> Meeting:
    """A meeting by its number as printed in either language (심의-2026-01, CM-2026-01) or its database id."""
    typed = number_or_id.strip()
    if typed.upper().startswith("CM-"):
        typed = "심의-" + typed[3:]
    meeting = session.scalars(select(Meeting).where(Meeting.number == typed)).first()
    if meeting is None and number_or_id.strip().isdigit():
        meeting = session.get(Meeting, int(number_or_id))
    if meeting is None:
        raise NotFound(translate("Committee", "There is no meeting {number}.").format(number=number_or_id))
    return meeting


def _seats(session: Session, round_id: int) -> list[RoundCommitteeSeat]:
    return list(session.scalars(select(RoundCommitteeSeat).where(RoundCommitteeSeat.round_id == round_id)))


def meeting_quorum(session: Session, meeting: Meeting, seats: list[RoundCommitteeSeat] | None = None) -> Quorum:
    rnd = session.get_one(Round, meeting.round_id)
    seated = {s.member_id for s in (_seats(session, meeting.round_id) if seats is None else seats)}
    present = sum(1 for a in meeting.attendance if a.present and a.member_id in seated)
    return quorum(len(seated), present, quorum_ratio(rnd))


def _row(session: Session, meeting: Meeting, seats: list[RoundCommitteeSeat] | None = None) -> MeetingRow:
    rnd = session.get_one(Round, meeting.round_id)
    return MeetingRow(meeting.id, meeting.number, rnd.id, rnd.code, meeting.held_at, meeting.place, meeting.status,
                      len(meeting.agenda), meeting_quorum(session, meeting, seats), bool(meeting.attendance))


def _next_number(session: Session, held_at: datetime) -> str:
    year = held_at.astimezone(KST).year
    prefix = f"심의-{year}-"
    count = session.scalar(select(func.count(Meeting.id)).where(Meeting.number.like(f"{prefix}%"))) or 0
    number = f"{prefix}{count + 1:02d}"
    while session.scalar(select(Meeting.id).where(Meeting.number == number)):
        count += 1
        number = f"{prefix}{count + 1:02d}"
    return number


def _check_agenda(session: Session, rnd: Round, application_ids: list[int]) -> None:
    if not application_ids:
        raise ValidationError(translate("Committee", "Put at least one applicant on the agenda."), field="agenda")
    for application_id in application_ids:
        application = session.get(Application, application_id)
        if application is None or application.round_id != rnd.id:
            raise ValidationError(translate("Committee", "Only applications of round {code} can be on the agenda.")
                                  .format(code=rnd.code), field="agenda")
        if application.status != ApplicationStatus.COMMITTEE_REVIEW:
            raise ValidationError(translate("Committee", "{number} is not in committee review.")
                                  .format(number=application.number), field="agenda")


def schedule_meeting(session: Session, actor: Actor, round_id: int, held_at: datetime, place: str,
                     application_ids: list[int], number: str | None = None,
                     allow_non_working_day: bool = False) -> int:
    """A planned meeting; a Saturday, Sunday or holiday only when ``allow_non_working_day`` confirms it (audited)."""
    require(session, actor, Permission.MANAGE_COMMITTEE)
    rnd = get_round(session, round_id)
    non_working = check_working_day(session, held_at.astimezone(KST).date(), allow_non_working_day)
    if not place.strip():
        raise ValidationError(translate("Committee", "Enter the place of the meeting."), field="place")
    _check_agenda(session, rnd, application_ids)
    number = (number or "").strip() or _next_number(session, held_at)
    if session.scalar(select(Meeting.id).where(Meeting.number == number)):
        raise ValidationError(translate("Committee", "A meeting numbered {number} exists.").format(number=number),
                              field="number")
    meeting = Meeting(number=number, round_id=rnd.id, held_at=held_at, place=place.strip(),
                      status=MeetingStatus.PLANNED)
    meeting.agenda = [AgendaItem(application_id=a, order=n) for n, a in enumerate(application_ids)]
    session.add(meeting)
    session.flush()
    record(session, actor, "committee.meeting.schedule", meeting, summary=f"{meeting.number} {rnd.code}",
           after={"held_at": held_at.isoformat(), "place": meeting.place, "agenda": application_ids,
                  **({"non_working_day": non_working} if non_working else {})})
    return meeting.id


def set_agenda(session: Session, actor: Actor, meeting_id: int, application_ids: list[int]) -> None:
    require(session, actor, Permission.MANAGE_COMMITTEE)
    meeting = get_meeting(session, meeting_id)
    _ensure_not_closed(meeting)
    _check_agenda(session, session.get_one(Round, meeting.round_id), application_ids)
    before = [i.application_id for i in meeting.agenda]
    meeting.agenda = [AgendaItem(application_id=a, order=n) for n, a in enumerate(application_ids)]
    record(session, actor, "committee.meeting.agenda", meeting, summary=meeting.number,
           before={"agenda": before}, after={"agenda": application_ids})


def _ensure_not_closed(meeting: Meeting) -> None:
    if meeting.status == MeetingStatus.CLOSED:
        raise WorkflowError(translate("Committee", "Meeting {number} is closed; its record can no longer change.")
                            .format(number=meeting.number))


def record_attendance(session: Session, actor: Actor, meeting_id: int, present_member_ids: set[int]) -> Quorum:
    """Who is present (every seated member gets a line); returns the quorum it gives."""
    require_any(session, actor, Permission.MANAGE_COMMITTEE, Permission.CHAIR_MEETINGS)
    meeting = get_meeting(session, meeting_id)
    _ensure_not_closed(meeting)
    seated = {s.member_id for s in _seats(session, meeting.round_id)}
    strangers = set(present_member_ids) - seated
    if strangers:
        raise ValidationError(translate("Committee", "Only members seated on the round's committee can attend."),
                              field="attendance")
    lines = {a.member_id: a for a in meeting.attendance}
    for member_id in sorted(seated):
        line = lines.get(member_id)
        if line is None:
            line = MeetingAttendance(member_id=member_id)
            meeting.attendance.append(line)
        line.present = member_id in present_member_ids
    session.flush()
    result = meeting_quorum(session, meeting)
    record(session, actor, "committee.meeting.attendance", meeting, summary=meeting.number,
           after={"present": sorted(present_member_ids), "quorum": result.met})
    return result


def open_meeting(session: Session, actor: Actor, meeting_id: int) -> None:
    require(session, actor, Permission.CHAIR_MEETINGS)
    meeting = get_meeting(session, meeting_id)
    if meeting.status != MeetingStatus.PLANNED:
        raise WorkflowError(translate("Committee", "Only a planned meeting can be opened."))
    meeting.status = MeetingStatus.OPEN
    record(session, actor, "committee.meeting.open", meeting, summary=meeting.number,
           before={"status": "planned"}, after={"status": "open"})


def close_meeting(session: Session, actor: Actor, meeting_id: int, notes: str = "") -> None:
    """Close an open meeting; refused without quorum (nothing changes)."""
    require(session, actor, Permission.CHAIR_MEETINGS)
    meeting = get_meeting(session, meeting_id)
    if meeting.status != MeetingStatus.OPEN:
        raise WorkflowError(translate("Committee", "Only an open meeting can be closed."))
    result = meeting_quorum(session, meeting)
    if not result.met:
        raise ValidationError(translate(
            "Committee", "No quorum: {present} of {seats} members are present, {required} are needed. Record the "
            "attendance first.").format(present=result.present, seats=result.seats, required=result.required),
            field="attendance")
    meeting.status = MeetingStatus.CLOSED
    meeting.closed_at = now()
    if notes.strip():
        meeting.notes = notes.strip()
    record(session, actor, "committee.meeting.close", meeting, summary=meeting.number,
           before={"status": "open"}, after={"status": "closed", "present": result.present, "seats": result.seats})
    _freeze_minutes(session, actor, meeting.id, meeting.number)


def _freeze_minutes(session: Session, actor: Actor, meeting_id: int, number: str) -> None:
    """The minutes as the meeting closed: from then on they are printed as they stood."""
    from desktop.domain.committee.hooks import meeting_minutes
    from desktop.domain.issued.models import DocumentKind
    from desktop.domain.issued.service import freeze
    from desktop.domain.settings.service import get_settings

    session.flush()
    minutes = meeting_minutes(session, actor, meeting_id, get_settings(session))
    freeze(session, actor, DocumentKind.MINUTES, "committee_meetings", meeting_id, number, minutes)


def list_meetings(session: Session, actor: Actor, round_id: int | None = None) -> list[MeetingRow]:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    query = select(Meeting).order_by(Meeting.held_at.desc(), Meeting.id.desc())
    if round_id is not None:
        query = query.where(Meeting.round_id == round_id)
    # The meetings' agendas and attendance, their rounds and seats, loaded for the whole list (held here, the rows
    # find them in the session) rather than four statements per meeting.
    meetings = list(session.scalars(query.options(selectinload(Meeting.agenda), selectinload(Meeting.attendance))))
    rounds = list(session.scalars(select(Round).where(Round.id.in_({m.round_id for m in meetings}))))
    seats: dict[int, list[RoundCommitteeSeat]] = {r.id: [] for r in rounds}
    for seat in session.scalars(select(RoundCommitteeSeat).where(RoundCommitteeSeat.round_id.in_(seats))):
        seats[seat.round_id].append(seat)
    return [_row(session, m, seats[m.round_id]) for m in meetings]


def meeting_detail(session: Session, actor: Actor, meeting_id: int) -> MeetingDetail:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    meeting = get_meeting(session, meeting_id)
    agenda = [AgendaLine(a.id, a.number, a.institution.name) for a in session.scalars(
        select(Application).join(AgendaItem, AgendaItem.application_id == Application.id)
        .where(AgendaItem.meeting_id == meeting.id).options(joinedload(Application.institution))
        .order_by(AgendaItem.order, AgendaItem.id))]
    present = {a.member_id: a.present for a in meeting.attendance}
    attendance = []
    seats = _seats(session, meeting.round_id)
    members = {m.id: m for m in session.scalars(select(CommitteeMember).where(
        CommitteeMember.id.in_({s.member_id for s in seats})))}
    for seat in sorted(seats, key=lambda s: (len(s.label), s.label)):
        member = members[seat.member_id]
        attendance.append(AttendanceLine(member.id, member.name, seat.label, seat.is_chair,
                                         present.get(member.id, False)))
    return MeetingDetail(_row(session, meeting, seats), tuple(agenda), tuple(attendance), meeting.notes or "")


def absent_member_ids(session: Session, application_id: int) -> frozenset[int]:
    """Members recorded absent at the latest meeting that has this applicant on its agenda."""
    meeting = session.scalars(
        select(Meeting).join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .where(AgendaItem.application_id == application_id).order_by(Meeting.held_at.desc(), Meeting.id.desc())
    ).first()
    if meeting is None or not meeting.attendance:
        return frozenset()
    return frozenset(a.member_id for a in meeting.attendance if not a.present)


def meeting_status_label(status: MeetingStatus) -> str:
    return {
        MeetingStatus.PLANNED: translate("Committee", "Planned"),
        MeetingStatus.OPEN: translate("Committee", "In session"),
        MeetingStatus.CLOSED: translate("Committee", "Closed"),
    }[status]


def ensure_present(session: Session, meeting: Meeting, member_id: int) -> None:
    if meeting.attendance and not any(a.member_id == member_id and a.present for a in meeting.attendance):
        raise PermissionDenied(translate("Committee", "Only members present at meeting {number} can vote.")
                               .format(number=meeting.number))
