"""Committee members, their affiliations (for conflict suggestions) and the seats of a round."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, ValidationError, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.rounds import get_round
from desktop.domain.audit.service import record, snapshot
from desktop.domain.committee.hooks import scoring_started
from desktop.domain.committee.models import CommitteeMember, MemberAffiliation, MemberKind, RoundCommitteeSeat
from desktop.domain.versions import claim_version

RELATIONS = ("employment", "service")


@dataclass(frozen=True)
class MemberData:
    name: str
    kind: MemberKind
    affiliation: str
    expertise: str
    term_start: date
    term_end: date
    user_id: int | None = None


@dataclass(frozen=True)
class AffiliationData:
    organisation: str
    relation: str = "employment"
    institution_id: int | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class SeatRow:
    member_id: int
    name: str
    label: str
    is_chair: bool
    kind: MemberKind
    affiliation: str
    user_id: int | None


def _validate(data: MemberData) -> None:
    if not data.name.strip():
        raise ValidationError(translate("Committee", "Enter the member's name."), field="name")
    if not data.affiliation.strip():
        raise ValidationError(translate("Committee", "Enter the member's affiliation."), field="affiliation")
    if data.term_end < data.term_start:
        raise ValidationError(translate("Committee", "The term ends before it starts."), field="term_end")


def create_member(session: Session, actor: Actor, data: MemberData) -> int:
    require(session, actor, Permission.MANAGE_COMMITTEE)
    _validate(data)
    member = CommitteeMember(name=data.name.strip(), kind=data.kind, affiliation=data.affiliation.strip(),
                             expertise=data.expertise.strip(), term_start=data.term_start, term_end=data.term_end,
                             user_id=data.user_id)
    session.add(member)
    session.flush()
    record(session, actor, "committee.member.create", member, summary=member.name, after=snapshot(member))
    return member.id


def update_member(session: Session, actor: Actor, member_id: int, data: MemberData,
                  expected_version: int | None = None) -> None:
    """Save a member's form; with the form's ``expected_version`` refused when someone saved in between."""
    require(session, actor, Permission.MANAGE_COMMITTEE)
    _validate(data)
    member = get_member(session, member_id)
    claim_version(session, actor, member, member.version if expected_version is None else expected_version,
                  translate("Committee", "The member {name}").format(name=member.name))
    before = snapshot(member)
    member.name, member.kind, member.affiliation = data.name.strip(), data.kind, data.affiliation.strip()
    member.expertise, member.term_start, member.term_end = data.expertise.strip(), data.term_start, data.term_end
    member.user_id = data.user_id
    record(session, actor, "committee.member.update", member, summary=member.name, before=before,
           after=snapshot(member))


def get_member(session: Session, member_id: int) -> CommitteeMember:
    member = session.get(CommitteeMember, member_id)
    if member is None:
        raise NotFound(translate("Committee", "The committee member no longer exists."))
    return member


def add_affiliation(session: Session, actor: Actor, member_id: int, data: AffiliationData) -> int:
    """A current or past employer, or a service done for an institution (both feed the conflict suggestions)."""
    require(session, actor, Permission.MANAGE_COMMITTEE)
    member = get_member(session, member_id)
    if not data.organisation.strip():
        raise ValidationError(translate("Committee", "Enter the organisation."), field="organisation")
    if data.relation not in RELATIONS:
        raise ValidationError(translate("Committee", "The relation is employment or service."), field="relation")
    if data.start and data.end and data.end < data.start:
        raise ValidationError(translate("Committee", "The period ends before it starts."), field="end")
    tie = MemberAffiliation(member_id=member.id, organisation=data.organisation.strip(), relation=data.relation,
                            institution_id=data.institution_id, start=data.start, end=data.end)
    session.add(tie)
    session.flush()
    record(session, actor, "committee.affiliation.add", tie, summary=f"{member.name}: {tie.organisation}",
           after=snapshot(tie))
    return tie.id


def seat_members(session: Session, actor: Actor, round_id: int, member_ids: list[int], chair_id: int) -> int:
    """The committee of a round, labelled A, B, … in the given order; fixed once scoring has started.

    Returns the number of seats."""
    require(session, actor, Permission.MANAGE_COMMITTEE)
    rnd = get_round(session, round_id)
    if not member_ids or len(set(member_ids)) != len(member_ids):
        raise ValidationError(translate("Committee", "Choose the members of the committee, each once."),
                              field="members")
    if chair_id not in member_ids:
        raise ValidationError(translate("Committee", "The chair must be one of the members."), field="chair")
    for member_id in member_ids:
        get_member(session, member_id)
    if scoring_started(session, rnd.id):
        raise WorkflowError(translate("Committee", "Scoring has started in round {code}; its committee can no "
                                      "longer change.").format(code=rnd.code))
    before = [s.member_id for s in session.scalars(select(RoundCommitteeSeat)
                                                    .where(RoundCommitteeSeat.round_id == rnd.id))]
    for seat in session.scalars(select(RoundCommitteeSeat).where(RoundCommitteeSeat.round_id == rnd.id)):
        session.delete(seat)
    session.flush()
    for n, member_id in enumerate(member_ids):
        session.add(RoundCommitteeSeat(round_id=rnd.id, member_id=member_id, is_chair=member_id == chair_id,
                                       label=seat_label(n)))
    session.flush()
    record(session, actor, "committee.seat", entity_type="rounds", entity_id=rnd.id, summary=rnd.code,
           before={"members": before}, after={"members": member_ids, "chair": chair_id})
    return len(member_ids)


def seat_label(n: int) -> str:
    """A, B, … Z, AA, AB …"""
    label = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


def list_seats(session: Session, actor: Actor, round_id: int) -> list[SeatRow]:
    require(session, actor, Permission.VIEW_APPLICATIONS)
    rows = session.execute(
        select(RoundCommitteeSeat, CommitteeMember).join(CommitteeMember,
                                                         CommitteeMember.id == RoundCommitteeSeat.member_id)
        .where(RoundCommitteeSeat.round_id == round_id).order_by(RoundCommitteeSeat.label, RoundCommitteeSeat.id)
    ).all()
    ordered = sorted(rows, key=lambda r: (len(r[0].label), r[0].label))
    return [SeatRow(m.id, m.name, s.label, s.is_chair, m.kind, m.affiliation, m.user_id) for s, m in ordered]
