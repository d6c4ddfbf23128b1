"""Importing filed evaluation reports: encodings, every bad row named, nothing half-imported, idempotent re-import."""

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.core.errors import PermissionDenied, ValidationError
from desktop.core.progress import run_to_end
from desktop.domain.audit.models import AuditEvent
from desktop.domain.institutions.models import Institution
from desktop.domain.registry.models import RegistryEntry
from desktop.domain.reports.importing import import_reports
from desktop.domain.reports.models import EvaluationReport, Method, Purpose, SubjectKind, SubjectOrigin
from desktop.domain.reports.service import institute_figures, list_reports
from tests.domain.reports.report_rows import EN, csv_bytes, row, xlsx_bytes


@pytest.fixture
def institutes(demo_database):
    """Two designated institutes of the demo: (designation number as written, BRN, institution id)."""
    from desktop.domain.decisions.models import Decision

    with demo_database.read() as session:
        rows = session.execute(select(Decision, Institution)
                               .join(RegistryEntry, RegistryEntry.decision_id == Decision.id)
                               .join(Institution, Institution.id == RegistryEntry.institution_id)
                               .order_by(Decision.sequence).limit(2)).all()
        return [(d.number, i.brn, i.id) for d, i in rows]


def run_import(database, actor, name, data):
    with database.transaction() as session:
        return run_to_end(import_reports(session, actor, name, data))


def count(database, institution_id=None):
    with database.read() as session:
        query = select(func.count()).select_from(EvaluationReport)
        if institution_id is not None:
            query = query.where(EvaluationReport.institution_id == institution_id)
        return session.scalar(query)


def test_an_xlsx_imports_and_the_same_file_again_changes_nothing(demo_database, demo_actors, institutes):
    (first, _, first_id), (second, _, _) = institutes
    before = count(demo_database)
    data = xlsx_bytes([row(first, "Q-1"), row(first, "Q-2", method="등급평가", amount="", grade="bbb"),
                       row(second, "Q-1", subject="상표", purpose="투자", origin="해외")])
    result = run_import(demo_database, demo_actors["secretariat"], "분기.xlsx", data)
    assert (result.ok, result.imported, result.unchanged, result.read_as) == (True, 3, 0, "XLSX")
    assert count(demo_database) == before + 3
    with demo_database.read() as session:
        mine = {r.report_number: r for r in list_reports(session, demo_actors["secretariat"], first_id)}
        events = session.scalar(select(func.count()).select_from(AuditEvent)
                                .where(AuditEvent.action == "reports.import"))
    assert mine["Q-2"].grade == "BBB" and mine["Q-2"].method is Method.GRADING
    assert mine["Q-1"].amount_won == 1_250_000_000
    again = run_import(demo_database, demo_actors["secretariat"], "분기.xlsx", data)
    assert (again.ok, again.imported, again.unchanged) == (True, 0, 3)
    assert count(demo_database) == before + 3
    with demo_database.read() as session:  # nothing new to record either
        assert session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "reports.import")) == events


def test_a_cp949_csv_from_korean_excel_is_read(demo_database, demo_actors, institutes):
    _, brn, institution_id = institutes[0]
    data = csv_bytes([row(brn=brn, number="한글-1", subject="영업비밀", purpose="기술이전", method="원가접근법")],
                     "cp949")
    result = run_import(demo_database, demo_actors["secretariat"], "export.csv", data)
    assert (result.ok, result.imported, result.read_as) == (True, 1, "CSV, CP949")
    with demo_database.read() as session:
        report = next(r for r in list_reports(session, demo_actors["secretariat"], institution_id)
                      if r.report_number == "한글-1")
    assert (report.subject_kind, report.purpose) == (SubjectKind.TRADE_SECRET, Purpose.TECHNOLOGY_TRANSFER)


def test_a_utf8_bom_csv_with_english_headers_and_words_is_read(demo_database, demo_actors, institutes):
    number, _, institution_id = institutes[0]
    data = csv_bytes([row(number.replace("제", "").replace("호", ""), "EN-1", subject="semiconductor layout",
                          status="pending", origin="foreign", purpose="litigation", method="market",
                          amount="300000000", valuation="2026. 8. 1.", issue="2026/09/01", filed="20260915")],
                     "utf-8-sig", EN)
    result = run_import(demo_database, demo_actors["secretariat"], "export.csv", data)
    assert (result.ok, result.imported, result.read_as) == (True, 1, "CSV, UTF-8 BOM")
    with demo_database.read() as session:
        report = next(r for r in list_reports(session, demo_actors["secretariat"], institution_id)
                      if r.report_number == "EN-1")
    assert (report.subject_kind, report.subject_origin, report.valuation_date, report.filing_date) == (
        SubjectKind.LAYOUT, SubjectOrigin.FOREIGN, date(2026, 8, 1), date(2026, 9, 15))


def test_every_bad_row_is_named_with_its_column_and_nothing_is_imported(demo_database, demo_actors, institutes):
    (first, _, _), _ = institutes
    before = count(demo_database)
    rows = [
        row(first, "OK-1"),                                                # 2: fine, but not imported
        row("제1999-0099호", "X-1"),                                        # 3: unknown designation number
        row(brn="999-99-99999", number="X-2"),                             # 4: unknown BRN
        row(first, "OK-1"),                                                # 5: the number again in the file
        row(first, "X-3", valuation="2026-09-05", issue="2026-09-01"),     # 6: valuation after issue
        row(first, "X-4", issue="2026-09-12", filed="2026-09-10"),         # 7: filing before issue
        row(first, "X-5", amount="12억 정도"),                              # 8: not an amount
        row(first, "X-6", method="등급평가", amount="", grade="E+"),        # 9: grade outside the scale
        row(first, "X-7", method="등급평가", amount="", score="120"),       # 10: score outside 0–100
        row(first, "X-8", issue="2026-02-30"),                             # 11: not a date
        row(first, "X-9", purpose="재미"),                                  # 12: unknown purpose
        row(first, "X-10", filed="2026-12-01"),                            # 13: filed in the future (today 11-25)
    ]
    result = run_import(demo_database, demo_actors["secretariat"], "bad.xlsx", xlsx_bytes(rows))
    assert not result.ok and result.imported == 0
    found = {(p.row, p.column) for p in result.problems}
    assert found == {(3, "지정번호"), (4, "사업자등록번호"), (5, "보고서 번호"), (6, "발급일"), (7, "등록일"),
                     (8, "평가금액(원)"), (9, "등급"), (10, "점수"), (11, "발급일"), (12, "평가 목적"), (13, "등록일")}
    texts = {p.row: p.text() for p in result.problems}
    assert "first in row 2" in texts[5] and "AAA" in texts[9] and "'12억 정도'" in texts[8]
    assert count(demo_database) == before


def test_a_changed_row_for_a_filed_number_is_an_error_not_an_update(demo_database, demo_actors, institutes):
    (first, _, _), _ = institutes
    run_import(demo_database, demo_actors["secretariat"], "a.csv", csv_bytes([row(first, "C-1")]))
    result = run_import(demo_database, demo_actors["secretariat"], "b.csv",
                        csv_bytes([row(first, "C-2"), row(first, "C-1", amount="1,300,000,000")]))
    assert not result.ok and [(p.row, p.column) for p in result.problems] == [(3, "보고서 번호")]
    assert "in the register already" in result.problems[0].text()
    with demo_database.read() as session:
        numbers = {r.report_number: r.amount_won for r in list_reports(session, demo_actors["secretariat"])}
    assert numbers["C-1"] == 1_250_000_000 and "C-2" not in numbers


def test_a_file_without_the_needed_columns_is_one_message(demo_database, demo_actors):
    with pytest.raises(ValidationError, match="평가 목적"):
        run_import(demo_database, demo_actors["secretariat"], "x.csv", "보고서 번호,지정번호\nA,B\n".encode())


def test_late_filing_is_counted_from_the_day_after_issue_and_moves_off_a_holiday(demo_database, demo_actors,
                                                                                 institutes):
    """Issued 9 Sep 2026: the 30th day is 9 Oct (한글날), then a weekend, so filing on 12 Oct is on time."""
    (first, _, institution_id), _ = institutes
    with demo_database.read() as session:
        before = next(f for f in institute_figures(session, demo_actors["secretariat"])
                      if f.institution_id == institution_id)
    rows = [row(first, "L-1", issue="2026-09-09", filed="2026-10-12"),
            row(first, "L-2", issue="2026-09-09", filed="2026-10-13")]
    result = run_import(demo_database, demo_actors["secretariat"], "late.csv", csv_bytes(rows))
    assert (result.imported, result.late) == (2, 1)
    with demo_database.read() as session:
        mine = {r.report_number: r for r in list_reports(session, demo_actors["secretariat"], institution_id)}
        after = next(f for f in institute_figures(session, demo_actors["secretariat"])
                     if f.institution_id == institution_id)
    assert mine["L-1"].filing_deadline == date(2026, 10, 12) and not mine["L-1"].late and mine["L-2"].late
    assert (after.total, after.late) == (before.total + 2, before.late + 1)
    assert after.by_purpose[Purpose.COLLATERAL_LOAN] == before.by_purpose[Purpose.COLLATERAL_LOAN] + 2


def test_only_who_manages_reports_imports(demo_database, demo_actors, institutes):
    with pytest.raises(PermissionDenied):
        run_import(demo_database, demo_actors["inspector"], "a.csv", csv_bytes([row(institutes[0][0], "P-1")]))
