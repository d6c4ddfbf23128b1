"""Score sheets: a member fills in their own sheet, submits it (locked), the chair may return it; blind
visibility of the other members' sheets. Every rule is enforced here, not in the GUI."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from desktop.core.clock import now
from desktop.core.errors import NotFound, ValidationError, WorkflowError
from desktop.core.i18n import translate
from desktop.domain.accounts.permissions import Actor, Permission, require
from desktop.domain.applications.models import Application, ApplicationStatus, Round
from desktop.domain.audit.service import record
from desktop.domain.committee import hooks as committee_hooks
from desktop.domain.committee.access import (
    conflicted_application_ids,
    conflicted_member_ids,
    ensure_may_score,
    ensure_not_conflicted,
    member_id_for,
)
from desktop.domain.committee.meetings import absent_member_ids
from desktop.domain.committee.models import CommitteeMember, RoundCommitteeSeat
from desktop.domain.scoring.criteria import CriteriaSheet, load_criteria
from desktop.domain.scoring.models import ScoreEntry, ScoreSheet, ScoringResult, SheetStatus
from desktop.domain.scoring.progress import round_progress
from desktop.domain.scoring.rules import check_comment, parse_score
from desktop.domain.settings.catalogue import CRITERION_FLOOR_RATIO, HIDE_MEMBER_NAMES
from desktop.domain.versions import claim_version, stale_edit


@dataclass(frozen=True)
class EntryInput:
    score: str | Decimal | None  # as typed; blank = not scored yet (drafts only)
    comment: str = ""


@dataclass(frozen=True)
class EntryView:
    criterion: str
    score: Decimal | None
    comment: str


@dataclass(frozen=True)
class SheetView:
    id: int | None
    application_id: int
    member_id: int
    label: str  # "A" …; the name only where the round shows names
    display_name: str
    own: bool
    status: SheetStatus
    entries: tuple[EntryView, ...]
    total: Decimal
    submitted_at: datetime | None
    returned_reason: str
    floor_ratio: Decimal = CRITERION_FLOOR_RATIO.default_value  # the round's: a score below it × max needs a comment
    version: int = 0  # of the stored sheet (0: not started); a form's save names it


@dataclass(frozen=True)
class SheetsView:
    """What the actor may see of an applicant's sheets, and why not more."""

    application_id: int
    application_number: str
    criteria_version: str
    sheets: tuple[SheetView, ...]
    others_visible: bool
    expected: int
    submitted: int
    note: str


@dataclass(frozen=True)
class SheetCheck:
    """What a sheet as typed amounts to: the valid entries, and every problem at its field (in sheet order)."""

    valid: dict[str, tuple[Decimal, str]]  # criterion id → (score, comment)
    problems: tuple[ValidationError, ...]  # each names its field: ``score:ID`` or ``comment:ID``
    blank: tuple[str, ...]  # criteria without a score (a problem only when submitting)

    @property
    def total(self) -> Decimal:
        return sum((score for score, _ in self.valid.values()), Decimal(0))


def check_sheet(entries: Mapping[str, EntryInput], criteria: CriteriaSheet, ratio: Decimal,
                submit: bool = False) -> SheetCheck:
    """Check every entry (range, step, comment below the floor; with ``submit`` every criterion scored).

    The one place the rules are applied: the service refuses on the first problem, the form shows them all.
    """
    valid: dict[str, tuple[Decimal, str]] = {}
    problems: list[ValidationError] = []
    blank: list[str] = []
    for c in criteria.criteria:
        given = entries.get(c.id, EntryInput(None))
        comment = (given.comment or "").strip()
        try:
            score = parse_score(given.score, c, criteria.step)
        except ValidationError as problem:
            problems.append(problem)
            continue
        if score is None:
            blank.append(c.id)
            if submit:
                problems.append(ValidationError(translate("Scoring", "Criterion {id}: enter a score before "
                                                          "submitting.").format(id=c.id), field=f"score:{c.id}"))
            continue
        try:
            check_comment(score, comment, c, ratio)
        except ValidationError as problem:
            problems.append(problem)
        valid[c.id] = (score, comment)
    return SheetCheck(valid, tuple(problems), tuple(blank))


def _application(session: Session, application_id: int) -> Application:
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound(translate("Applications", "The application no longer exists."))
    return application


def floor_ratio(rnd: Round) -> Decimal:
    return CRITERION_FLOOR_RATIO.of(rnd.settings)


def hides_names(rnd: Round) -> bool:
    return HIDE_MEMBER_NAMES.of(rnd.settings)


def seat_labels(session: Session, round_id: int) -> dict[int, str]:
    return dict(session.execute(select(RoundCommitteeSeat.member_id, RoundCommitteeSeat.label)
                                .where(RoundCommitteeSeat.round_id == round_id)).all())


def member_display(label: str, name: str, hide: bool) -> str:
    return translate("Scoring", "Member {label}").format(label=label) if hide else name


def expected_scorers(session: Session, application: Application) -> list[int]:
    """Members who must submit: seated on the round, not conflicted, not recorded absent at the meeting."""
    seated = seat_labels(session, application.round_id)
    skip = conflicted_member_ids(session, application.id) | absent_member_ids(session, application.id)
    return sorted(m for m in seated if m not in skip)


def _sheets(session: Session, application_id: int) -> list[ScoreSheet]:
    return list(session.scalars(select(ScoreSheet).where(ScoreSheet.application_id == application_id)
                                .order_by(ScoreSheet.id)))


def scoring_complete(session: Session, application: Application) -> bool:
    expected = expected_scorers(session, application)
    submitted = {s.member_id for s in _sheets(session, application.id) if s.status == SheetStatus.SUBMITTED}
    return bool(expected) and all(m in submitted for m in expected)


def _view(sheet: ScoreSheet | None, application: Application, member: CommitteeMember, label: str, hide: bool,
          own: bool, criteria: CriteriaSheet) -> SheetView:
    entries = {e.criterion: e for e in sheet.entries} if sheet else {}
    views = tuple(EntryView(c.id, entries[c.id].score if c.id in entries else None,
                            entries[c.id].comment if c.id in entries else "") for c in criteria.criteria)
    return SheetView(sheet.id if sheet else None, application.id, member.id, label,
                     member_display(label, member.name, hide and not own), own,
                     sheet.status if sheet else SheetStatus.DRAFT, views,
                     sum((e.score for e in views if e.score is not None), Decimal(0)),
                     sheet.submitted_at if sheet else None, (sheet.returned_reason or "") if sheet else "",
                     floor_ratio(application.round), sheet.version if sheet else 0)


def my_sheet(session: Session, actor: Actor, application_id: int) -> SheetView:
    """The acting member's sheet for an applicant (blank when not started); refused when conflicted."""
    require(session, actor, Permission.SCORE)
    member = ensure_may_score(session, actor, application_id)
    application = _application(session, application_id)
    sheet = session.scalars(select(ScoreSheet).where(ScoreSheet.application_id == application_id,
                                                     ScoreSheet.member_id == member.id)).first()
    labels = seat_labels(session, application.round_id)
    return _view(sheet, application, member, labels.get(member.id, ""), hides_names(application.round), True,
                 load_criteria(application.round.criteria_version))


def save_sheet(session: Session, actor: Actor, application_id: int, entries: Mapping[str, EntryInput],
               submit: bool = False, expected_version: int | None = None) -> SheetView:
    """Save the acting member's draft, or submit it (then it is locked). Every entry is checked first: one bad
    entry refuses the whole sheet with the message at its field, and nothing is saved. A form passes the version
    it was loaded at (0: not started): a save from another window in between is refused (``StaleEdit``)."""
    require(session, actor, Permission.SCORE)
    member = ensure_may_score(session, actor, application_id)
    application = _application(session, application_id)
    if application.status != ApplicationStatus.COMMITTEE_REVIEW:
        raise WorkflowError(translate("Scoring", "{number} is not in committee review; it cannot be scored.")
                            .format(number=application.number))
    rnd = application.round
    criteria = load_criteria(rnd.criteria_version)
    ratio = floor_ratio(rnd)
    unknown = set(entries) - {c.id for c in criteria.criteria}
    if unknown:
        raise ValidationError(translate("Scoring", "Unknown criterion: {ids}.").format(ids=", ".join(sorted(unknown))))
    check = check_sheet(entries, criteria, ratio, submit)
    if check.problems:
        raise check.problems[0]
    checked = check.valid
    sheet = session.scalars(select(ScoreSheet).where(ScoreSheet.application_id == application_id,
                                                     ScoreSheet.member_id == member.id)).first()
    if sheet is not None and sheet.status == SheetStatus.SUBMITTED:
        raise WorkflowError(translate("Scoring", "Your sheet for {number} is submitted and locked; the chair can "
                                      "return it to you.").format(number=application.number))
    what = translate("Scoring", "Your sheet for {number}").format(number=application.number)
    if sheet is None:
        if expected_version:  # the sheet the form was loaded from is gone (returned and removed cannot happen)
            raise stale_edit(what, translate("Versions", "someone else"), None, 0)
        sheet = ScoreSheet(application_id=application.id, member_id=member.id, criteria_version=criteria.version,
                           status=SheetStatus.DRAFT, updated_by=actor.display_name)
        session.add(sheet)
    else:
        claim_version(session, actor, sheet, sheet.version if expected_version is None else expected_version, what)
    current = {e.criterion: e for e in sheet.entries}
    for cid, entry in list(current.items()):
        if cid not in checked:
            sheet.entries.remove(entry)
    for cid, (score, comment) in checked.items():
        if cid in current:
            current[cid].score, current[cid].comment = score, comment
        else:
            sheet.entries.append(ScoreEntry(criterion=cid, score=score, comment=comment))
    if submit:
        sheet.status = SheetStatus.SUBMITTED
        sheet.submitted_at = now()
    sheet.updated_at = now()
    session.flush()
    scores = {cid: str(score) for cid, (score, _) in sorted(checked.items())}
    total = sum((score for score, _ in checked.values()), Decimal(0))
    record(session, actor, "score.submit" if submit else "score.save", sheet,
           summary=f"{application.number}: {member.name}", after={"scores": scores, "total": str(total),
                                                                   "status": sheet.status.value})
    labels = seat_labels(session, application.round_id)
    return _view(sheet, application, member, labels.get(member.id, ""), hides_names(rnd), True, criteria)


def return_sheet(session: Session, actor: Actor, sheet_id: int, reason: str) -> None:
    """The chair returns a submitted sheet to its member with a reason (audited); its result stops being current."""
    require(session, actor, Permission.CHAIR_MEETINGS)
    sheet = session.get(ScoreSheet, sheet_id)
    if sheet is None:
        raise NotFound(translate("Scoring", "The score sheet no longer exists."))
    ensure_not_conflicted(session, actor, sheet.application_id)
    if not reason.strip():
        raise ValidationError(translate("Scoring", "State why the sheet is returned."), field="reason")
    if sheet.status != SheetStatus.SUBMITTED:
        raise WorkflowError(translate("Scoring", "Only a submitted sheet can be returned."))
    application = _application(session, sheet.application_id)
    claim_version(session, actor, sheet, sheet.version, translate("Scoring", "The sheet"))  # a draft form reloads
    sheet.status = SheetStatus.RETURNED
    sheet.returned_reason = reason.strip()
    sheet.returned_at = now()
    sheet.returned_by_id = actor.user_id or None
    for result in session.scalars(select(ScoringResult).where(ScoringResult.application_id == application.id,
                                                              ScoringResult.current)):
        result.current = False
    member = session.get_one(CommitteeMember, sheet.member_id)
    record(session, actor, "score.return", sheet, summary=f"{application.number}: {member.name}",
           before={"status": "submitted"}, after={"status": "returned"}, reason=reason.strip())


def sheets_for(session: Session, actor: Actor, application_id: int) -> SheetsView:
    """The sheets the actor may see (blind scoring).

    A member sees their own sheet, and the others' only after submitting it; the chair, and everyone outside
    the committee, see them only once every present, non-conflicted member has submitted. A conflicted member
    sees nothing of the applicant.
    """
    require(session, actor, Permission.VIEW_APPLICATIONS)
    ensure_not_conflicted(session, actor, application_id)
    application = _application(session, application_id)
    rnd = application.round
    criteria = load_criteria(rnd.criteria_version)
    labels = seat_labels(session, rnd.id)
    expected = expected_scorers(session, application)
    conflicted = conflicted_member_ids(session, application.id)
    sheets = [s for s in _sheets(session, application.id) if s.member_id not in conflicted]
    submitted = sum(1 for s in sheets if s.status == SheetStatus.SUBMITTED and s.member_id in expected)
    complete = bool(expected) and submitted == len(expected)
    me = member_id_for(session, actor)
    own = next((s for s in sheets if s.member_id == me), None)
    if actor.may(Permission.CHAIR_MEETINGS) or me not in labels:
        visible = complete
        note = "" if complete else translate(
            "Scoring", "The sheets are shown once every present, non-conflicted member has submitted "
            "({submitted} of {expected}).").format(submitted=submitted, expected=len(expected))
    else:
        visible = own is not None and own.status == SheetStatus.SUBMITTED
        note = "" if visible else translate("Scoring", "You see the other members' sheets after submitting yours.")
    views = []
    hide = hides_names(rnd)
    for sheet in sorted(sheets, key=lambda s: (len(labels.get(s.member_id, "")), labels.get(s.member_id, ""))):
        mine = sheet.member_id == me
        if not (mine or (visible and sheet.status == SheetStatus.SUBMITTED)):
            continue
        member = session.get_one(CommitteeMember, sheet.member_id)
        views.append(_view(sheet, application, member, labels.get(member.id, "?"), hide, mine, criteria))
    return SheetsView(application.id, application.number, rnd.criteria_version, tuple(views), visible,
                      len(expected), submitted, note)


@dataclass(frozen=True)
class ScoringRow:
    """One applicant of the round on the Scoring tab."""

    application_id: int
    application_number: str
    institution_name: str
    my_status: SheetStatus | None  # None: not started, or the actor does not score
    member: bool  # the actor scores this applicant
    submitted: int
    expected: int
    has_result: bool

    @property
    def complete(self) -> bool:
        return self.expected > 0 and self.submitted >= self.expected


def scoring_overview(session: Session, actor: Actor, round_id: int) -> list[ScoringRow]:
    """The applicants in committee review with the scoring progress; conflicted applicants are left out."""
    require(session, actor, Permission.VIEW_APPLICATIONS)
    hidden = conflicted_application_ids(session, actor)
    me = member_id_for(session, actor)
    applications = [a for a in session.scalars(
        select(Application).where(Application.round_id == round_id,
                                  Application.status == ApplicationStatus.COMMITTEE_REVIEW)
        .options(joinedload(Application.institution)).order_by(Application.number)) if a.id not in hidden]
    progress = round_progress(session, round_id, [a.id for a in applications])
    rows = []
    for application in applications:
        expected = progress.expected[application.id]
        sheets = progress.sheets.get(application.id, {})
        submitted = sum(1 for m in expected if m in sheets and sheets[m].status == SheetStatus.SUBMITTED)
        mine = sheets.get(me) if me is not None else None
        rows.append(ScoringRow(application.id, application.number, application.institution.name,
                               mine.status if mine else None, me in progress.seated and actor.may(Permission.SCORE),
                               submitted, len(expected), application.id in progress.with_result))
    return rows


@committee_hooks.withdraw_sheet.implement
def withdraw_sheet(session: Session, member_id: int, application_id: int) -> None:
    """A member who becomes conflicted loses any unsubmitted sheet; a submitted one stops counting."""
    sheet = session.scalars(select(ScoreSheet).where(ScoreSheet.member_id == member_id,
                                                     ScoreSheet.application_id == application_id)).first()
    if sheet is not None and sheet.status != SheetStatus.SUBMITTED:
        session.delete(sheet)


@committee_hooks.scoring_started.implement
def scoring_started(session: Session, round_id: int) -> bool:
    """Whether any member has a score sheet in the round (its committee is fixed from then on)."""
    return session.scalar(select(ScoreSheet.id).join(Application, Application.id == ScoreSheet.application_id)
                          .where(Application.round_id == round_id).limit(1)) is not None


def sheet_status_label(status: SheetStatus | None) -> str:
    return {
        None: translate("Scoring", "Not started"),
        SheetStatus.DRAFT: translate("Scoring", "Draft"),
        SheetStatus.SUBMITTED: translate("Scoring", "Submitted"),
        SheetStatus.RETURNED: translate("Scoring", "Returned"),
    }[status]
