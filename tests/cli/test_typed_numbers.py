"""A number is found as either language prints it: SUP-/보완-, INS-/INR-/실사-, CM-/심의- name the same record."""

import pytest

from desktop.cli import main


@pytest.mark.parametrize(("kind", "korean", "english"), [
    ("supplement-request", "보완-2026-0001", "SUP-2026-0001"),
    ("inspection-notice", "실사-2026-001", "INS-2026-001"),
    ("inspection-report", "실사-2026-001", "INR-2026-001"),
    ("minutes", "심의-2026-01", "CM-2026-01"),
])
def test_the_english_number_finds_the_same_document(database_url, tmp_path, kind, korean, english):
    first, second = tmp_path / "ko-number.pdf", tmp_path / "en-number.pdf"
    assert main(["--database", database_url, "document", kind, korean, "-o", str(first)]) == 0
    assert main(["--database", database_url, "document", kind, english, "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()  # the one issued file, whichever way its number was typed
