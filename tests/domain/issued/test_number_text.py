"""Numbers as people type them: with the prefix, its English form, or only year and serial."""

import pytest

from desktop.core.errors import ValidationError
from desktop.domain.issued.number_text import read_number, read_parts

ERROR = "{text} is not a number such as {example}."
ALIASES = {"VC": "타당성", "VCL": "타당성통지"}


@pytest.mark.parametrize("typed", [
    "타당성통지-2026-0007", "VCL-2026-7", "vcl-2026-0007", " 2026-7 ", "타당성통지2026-7"])
def test_a_typed_number_reads_as_its_stored_form(typed: str) -> None:
    assert read_number(typed, "타당성통지", ERROR, ALIASES) == "타당성통지-2026-0007"


def test_the_longer_english_prefix_wins_over_its_shorter_sibling() -> None:
    with pytest.raises(ValidationError):
        read_number("VCL-2026-1", "타당성", ERROR, ALIASES)  # a letter's number is not a check's
    assert read_number("VC-2026-1", "타당성", ERROR, ALIASES) == "타당성-2026-0001"


def test_a_wrong_number_is_refused_with_an_example_at_the_number_field() -> None:
    with pytest.raises(ValidationError) as raised:
        read_parts("2026/1", "보완", ERROR)
    assert str(raised.value) == "2026/1 is not a number such as 보완-2026-0001."
    assert raised.value.field == "number"
