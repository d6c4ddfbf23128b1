"""``document KIND NUMBER`` is parsed from a light catalogue of kind names (no domain module loads for it), and when
it runs it loads only what printing that one document needs."""

import subprocess
import sys
from pathlib import Path

from desktop.domain.issued.kind import DocumentKind
from desktop.issuing.kind_names import BY_CLI, KIND_NAMES
from desktop.issuing.kinds import KINDS

ROOT = Path(__file__).resolve().parents[2]


def _loaded_after(code: str) -> list[str]:
    program = code + ("\nprint('\\n'.join(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', "
                      "'reportlab') or m.startswith(('desktop.domain', 'desktop.db', 'desktop.documents')))))")
    result = subprocess.run([sys.executable, "-c", "import sys\n" + program], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    return result.stdout.split()


def test_every_document_kind_is_named_once_and_made_once():
    assert set(KIND_NAMES) == {kind.value for kind in DocumentKind} == set(KINDS)
    assert len(BY_CLI) == len(KIND_NAMES)  # no two kinds share a subcommand
    for value, spec in KINDS.items():
        assert spec.name is KIND_NAMES[value] and spec.kind == value


def test_parsing_a_document_command_loads_neither_the_database_layer_nor_the_domain():
    loaded = _loaded_after("from desktop.cli import build_parser\n"
                           "args = build_parser().parse_args(['document', 'sanction-notice', 'SAN-2026-0001', "
                           "'-o', 'x.pdf', '--language', 'en'])\n"
                           "assert (args.kind, args.number, args.document_language) == "
                           "('sanction-notice', 'SAN-2026-0001', 'en')")
    assert loaded == []


def test_printing_an_issued_decision_loads_only_its_own_areas(db_path, tmp_path):
    """Only the decision's own areas load: not the committee's (the command line is no committee member, so no
    conflict can exclude it), not the audit (printing as issued writes no event), not the later areas (registry,
    sanctions, validity, surveys, publication, reports) nor the renderers: the stored file is served as issued."""
    output = tmp_path / "decision.pdf"
    loaded = _loaded_after(f"from desktop.cli import main\n"
                           f"assert main(['--database', {str(db_path)!r}, 'document', 'decision', '2026-0001', "
                           f"'-o', {str(output)!r}]) == 0")
    assert output.read_bytes().startswith(b"%PDF")
    areas = {name.split(".")[2] for name in loaded if name.startswith("desktop.domain.") and name.count(".") >= 2}
    assert areas == {"accounts", "blobs", "decisions", "issued"}
    assert not [name for name in loaded if name.startswith(("reportlab", "desktop.documents"))]


def test_a_decision_printed_from_the_command_line_is_the_stored_signed_file_and_verifies(db_path, tmp_path, capsys):
    from desktop.cli import main
    from desktop.db.engine import Database
    from desktop.domain.accounts.permissions import Actor
    from desktop.domain.decisions.service import find_decision
    from desktop.issuing.issue import issued_pdf

    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    for output in (first, second):
        assert main(["--database", str(db_path), "document", "decision", "2026-0001", "-o", str(output)]) == 0
    database = Database(f"sqlite:///{db_path}")
    try:
        with database.read() as session:
            stored = issued_pdf(session, Actor.command_line(), "decision", find_decision(session, "2026-0001").id, "ko")
    finally:
        database.dispose()
    assert first.read_bytes() == second.read_bytes() == stored.data
    capsys.readouterr()
    assert main(["--database", str(db_path), "verify", str(first)]) == 0
    assert "VALID" in capsys.readouterr().out
