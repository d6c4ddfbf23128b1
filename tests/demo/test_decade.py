"""The ten-year demo generator, run small (one year, a few applicants a round, thinned reports and logins): what a
user sees in it adds up, its audit trail verifies, and its issued decisions verify as signed documents."""

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.db.engine import Database
from desktop.db.migrate import upgrade
from desktop.demo import decade
from desktop.domain.applications.models import Application, ApplicationStatus, Round, RoundStatus, StaffMember
from desktop.domain.audit.models import AuditEvent
from desktop.domain.decisions.models import Decision, DecisionStatus
from desktop.domain.registry.models import RegistryEntry
from desktop.domain.reports.models import EvaluationReport
from desktop.domain.scoring.models import ScoreSheet
from tests.conftest import DEMO_DAY

PER_ROUND = 4


@pytest.fixture(scope="module")
def small_decade(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One year for DEMO_DAY (two completed rounds and the open one), four applicants a round."""
    path = tmp_path_factory.mktemp("decade") / "decade.sqlite3"
    database = Database(f"sqlite:///{path}")
    upgrade(database)
    decade.build_decade(database, years=1, day=DEMO_DAY, per_round=PER_ROUND, scale=0.2)
    database.dispose()
    return path


def _count(session, model, *where) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_the_years_hold_rounds_applications_decisions_and_reports(small_decade):
    database = Database(f"sqlite:///{small_decade}")
    with database.read() as s:
        rounds = list(s.scalars(select(Round).order_by(Round.period_start)))
        assert [r.code for r in rounds] == ["2025-2", "2026-1", "2026-2"]
        assert [r.status for r in rounds] == [RoundStatus.COMPLETED, RoundStatus.COMPLETED, RoundStatus.OPEN]
        assert _count(s, Application) == 3 * PER_ROUND
        assert _count(s, StaffMember) >= 4 * 3 * PER_ROUND  # every roster has four people or more
        decided = _count(s, Application, Application.status.in_(
            (ApplicationStatus.DESIGNATED, ApplicationStatus.NOT_DESIGNATED)))
        assert decided >= PER_ROUND  # most applicants of the two completed rounds got a decision
        assert _count(s, Decision, Decision.status == DecisionStatus.ISSUED) == decided
        assert _count(s, ScoreSheet) >= 6 * decided  # the committee (one member may be absent) scored each
        designated = _count(s, Application, Application.status == ApplicationStatus.DESIGNATED)
        assert _count(s, RegistryEntry) == designated > 0
        assert _count(s, EvaluationReport) > 0
        assert max(s.scalars(select(EvaluationReport.filing_date))) < DEMO_DAY
        logins = _count(s, AuditEvent, AuditEvent.action == "user.login")
        assert logins > 1000  # a year and a half of working days, several people a day
        assert max(s.scalars(select(AuditEvent.at))).date() <= DEMO_DAY
    database.dispose()


def test_the_audit_trail_verifies(small_decade, capsys):
    assert main(["--database", str(small_decade), "audit", "verify"]) == 0
    assert "chain intact" in capsys.readouterr().out


def test_an_issued_decision_of_the_first_year_verifies_as_signed(small_decade, tmp_path, capsys):
    database = Database(f"sqlite:///{small_decade}")
    with database.read() as s:
        first = s.scalars(select(Decision).where(Decision.status == DecisionStatus.ISSUED)
                          .order_by(Decision.id)).first()
        number = first.number
    database.dispose()
    out = tmp_path / "decision.pdf"
    assert main(["--database", str(small_decade), "document", "decision", number, "-o", str(out)]) == 0
    trust = small_decade.with_name("decade-root.pem")
    capsys.readouterr()
    assert main(["--database", str(small_decade), "verify", str(out), "--trust", str(trust)]) == 0
    assert "VALID" in capsys.readouterr().out


def test_the_command_builds_years_and_refuses_none(tmp_path, monkeypatch, capsys):
    built = []
    real = decade.build_decade

    def small(database, years, day):  # type: ignore[no-untyped-def]
        built.append((years, day))
        return real(database, years, day, per_round=2, scale=0.05)

    monkeypatch.setattr(decade, "build_decade", small)
    path = tmp_path / "years.sqlite3"
    assert main(["--database", str(path), "demo", "--years", "1", "--date", DEMO_DAY.isoformat()]) == 0
    assert built == [(1, DEMO_DAY)]
    assert "secretariat-2026" in capsys.readouterr().out
    assert main(["--database", str(tmp_path / "none.sqlite3"), "demo", "--years", "0"]) == 2
    assert "--years" in capsys.readouterr().err
