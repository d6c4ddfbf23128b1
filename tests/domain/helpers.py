"""Building blocks for domain tests on an empty database."""

from datetime import datetime, timedelta
from decimal import Decimal

from desktop.core.clock import now, today
from desktop.db.engine import Database
from desktop.domain.accounts.models import Role
from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications import rounds
from desktop.domain.applications.models import Qualification
from desktop.domain.applications.service import ApplicationData, StaffData, create_application
from desktop.domain.institutions.models import InstitutionKind, Sector
from desktop.domain.institutions.service import InstitutionData, create_institution
from desktop.domain.users.service import create_first_administrator, create_user

PASSWORD = "password-123"


def institution_data(name: str = "테스트평가 주식회사", brn: str = "124-81-00998", **extra) -> InstitutionData:
    values = dict(name=name, sector=Sector.PRIVATE, kind=InstitutionKind.EVALUATION_COMPANY,
                  representative="홍길동", address="서울특별시 중구 세종대로 1", brn=brn)
    values.update(extra)
    return InstitutionData(**values)


def strong_staff() -> tuple[StaffData, ...]:
    evidence = dict(employment_evidence="고용보험 가입내역", experience_evidence="평가보고서 목록")
    return (
        StaffData("김변리", qualification=Qualification.PATENT_ATTORNEY, experience_years=Decimal(5), **evidence),
        StaffData("이회계", qualification=Qualification.CPA, experience_years=Decimal(4), **evidence),
        StaffData("박경력", experience_years=Decimal(3), **evidence),
        StaffData("최신입", experience_years=Decimal(1), **evidence),
    )


def application_data(**extra) -> ApplicationData:
    values = dict(business_plan="연간 100건 평가", dedicated_unit="IP평가센터", facilities="평가 DB",
                  staff=strong_staff())
    values.update(extra)
    return ApplicationData(**values)


class World:
    """An administrator, one user per role, an open round and one draft application."""

    def __init__(self, database: Database, *, deadline_in_days: int = 10) -> None:
        self.database = database
        with database.transaction() as s:
            self.admin = create_first_administrator(s, "admin", "관리자", PASSWORD)
            self.users: dict[Role, Actor] = {}
            for role in (Role.SECRETARIAT, Role.INSPECTOR, Role.COMMITTEE_MEMBER, Role.CHAIR, Role.APPROVER):
                row = create_user(s, self.admin, role.value, role.value, PASSWORD, role)
                self.users[role] = Actor(row.id, row.username, row.display_name, role)
            self.users[Role.ADMINISTRATOR] = self.admin
            secretariat = self.users[Role.SECRETARIAT]
            start = today() - timedelta(days=5)
            self.round_id = rounds.create_round(
                s, secretariat, "2026-9", "테스트 공고", start, start + timedelta(days=30),
                now() + timedelta(days=deadline_in_days),
            )
            rounds.open_round(s, secretariat, self.round_id)
            self.institution_id = create_institution(s, secretariat, institution_data())
            self.application_id = create_application(s, secretariat, self.round_id, self.institution_id,
                                                     application_data())

    @property
    def secretariat(self) -> Actor:
        return self.users[Role.SECRETARIAT]


def past(days: int) -> datetime:
    return now() - timedelta(days=days)


PDF = b"%PDF-1.4 test document"


def attach_required_documents(session, actor: Actor, application_id: int) -> None:
    """The documents of Decree Art. 12 ① a complete application carries: form, plan and evidence per requirement."""
    from desktop.domain.applications.attachments import add_attachment
    from desktop.domain.applications.models import AttachmentKind

    for kind in (AttachmentKind.APPLICATION_FORM, AttachmentKind.BUSINESS_PLAN, AttachmentKind.STAFF_EVIDENCE,
                 AttachmentKind.UNIT_EVIDENCE, AttachmentKind.FACILITY_EVIDENCE):
        add_attachment(session, actor, application_id, kind, f"{kind.value}.pdf", PDF + kind.value.encode())


def version(session, world: World) -> int:
    """The application's current version (each save or step raises it), for ``update_application``."""
    from desktop.domain.applications.models import Application

    return session.get_one(Application, world.application_id).version


def store_committee_result(session, application_id: int, passed: bool = True) -> None:
    """Test set-up: a current committee result for an application (as the committee's services would store)."""
    from desktop.domain.scoring.models import ScoringResult

    session.add(ScoringResult(
        application_id=application_id, method="trimmed_mean", criteria_version="2026.1",
        settings={"pass_mark": "70", "criterion_floor_ratio": "0.4"}, inputs=[],
        aggregate=Decimal("80.00") if passed else Decimal("60.00"), criterion_aggregates={}, passed=passed,
        reasons=[] if passed else ["below the pass mark"], current=True,
    ))


def drop_guard_triggers(database: Database) -> None:
    """What someone holding the SQLite file (or the PostgreSQL owner's password) could do: remove the engine's
    immutability triggers (to show that what they change next is still caught by the application's own checks)."""
    with database.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            for table, name in connection.exec_driver_sql(
                    "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE NOT t.tgisinternal").all():
                connection.exec_driver_sql(f'DROP TRIGGER "{name}" ON "{table}"')
            return
        names = [row[0] for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'").all()]
        for name in names:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')


def application_with_an_unprinted_notice(database: Database, secretariat: Actor) -> str:
    """The demo issued every document it made; rescheduling the open round's inspection freezes a new version of its
    notice that nobody printed yet. The application's number."""
    from sqlalchemy import select

    from desktop.core.periods import Calendar
    from desktop.domain.applications.models import Application
    from desktop.domain.inspections.models import Inspection, InspectionStatus
    from desktop.domain.inspections.scheduling import reschedule_inspection

    with database.transaction() as s:
        inspection = s.scalars(select(Inspection).where(Inspection.status == InspectionStatus.SCHEDULED)).first()
        next_day = Calendar().next_working_day(inspection.scheduled_on + timedelta(days=1))
        reschedule_inspection(s, secretariat, inspection.id, next_day,
                              inspection.place, [x.user_id for x in inspection.inspectors])
        return s.get_one(Application, inspection.application_id).number


def correct_second_designation(database: Database, actors: dict[str, Actor]) -> dict[str, int]:
    """In the demo: trademarks were left out of 제2026-0002호's scope; a correction adds them and is issued, then
    the round's next 고시 is published. The ids of the old and new decision and of both notices."""
    from sqlalchemy import select

    from desktop.domain.applications.models import Application
    from desktop.domain.decisions.models import Decision, PublicNotice
    from desktop.domain.decisions.round_documents import issue_public_notice
    from desktop.domain.decisions.service import DecisionText, draft_correction, issue_decision, review_decision

    with database.transaction() as session:
        old = session.scalars(select(Decision).where(Decision.sequence == 2)).one()
        application = session.get_one(Application, old.application_id)
        application.scope_trademarks = True
        new_id = draft_correction(session, actors["secretariat"], old.id, DecisionText(
            old.outcome, old.reasons, old.reasons_en, old.conditions, old.conditions_en,
            "Trademarks were left out of the scope of evaluation."), "평가대상 범위에서 상표가 누락되어 정정함")
        review_decision(session, actors["reviewer"], new_id)
        issue_decision(session, actors["approver"], new_id)
        issue_public_notice(session, actors["approver"], application.round_id)
        notices = list(session.scalars(select(PublicNotice.id).order_by(PublicNotice.id)))
        return {"old": old.id, "new": new_id, "first_notice": notices[0], "corrected_notice": notices[-1]}
