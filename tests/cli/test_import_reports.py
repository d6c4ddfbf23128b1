"""`designation-review import reports FILE`: exit 1 with every row problem printed and nothing imported; exit 0
with the count once the file is fixed; the same file again imports nothing."""

from sqlalchemy import func, select

from desktop.cli import main
from desktop.domain.reports.importing import designated_institutes
from desktop.domain.reports.models import EvaluationReport
from tests.domain.reports.report_rows import csv_bytes, row


def test_import_reports_refuses_a_bad_row_then_imports_the_fixed_file(demo_database, tmp_path, capsys):
    with demo_database.read() as session:
        before = session.scalar(select(func.count()).select_from(EvaluationReport))
        designation = sorted(designated_institutes(session).by_designation)[0]
    demo_database.dispose()
    url = demo_database.url  # with its password (str() of the engine's URL hides it)
    export = tmp_path / "분기.csv"
    export.write_bytes(csv_bytes([row(designation, "CLI-1"), row(designation, "CLI-2", amount="많음")], "cp949"))
    assert main(["--database", url, "import", "reports", str(export)]) == 1
    err = capsys.readouterr().err
    assert "Row 3, 평가금액(원): '많음' is not an amount" in err and "1 problem(s); nothing was imported" in err
    export.write_bytes(csv_bytes([row(designation, "CLI-1"), row(designation, "CLI-2")], "cp949"))
    assert main(["--database", url, "import", "reports", str(export)]) == 0
    assert "2 report(s) imported" in capsys.readouterr().out
    assert main(["--database", url, "import", "reports", str(export)]) == 0
    assert "0 report(s) imported (0 filed late), 2 already in the register unchanged" in capsys.readouterr().out
    with demo_database.read() as session:
        assert session.scalar(select(func.count()).select_from(EvaluationReport)) == before + 2
