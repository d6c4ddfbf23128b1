"""BRN and CRN validation exactly as DOMAIN.md describes."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import ValidationError
from desktop.core.identifiers import brn_check_digit, crn_check_digit, format_brn, format_crn, parse_brn, parse_crn

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


def test_documented_example_passes():
    brn = parse_brn("124-81-00998")
    assert brn.checksum_ok
    assert brn.formatted == "124-81-00998"
    assert brn.type_label == "corporation head office"


def test_check_digit_formula_by_hand():
    # 1*1+2*3+4*7+8*1+1*3+0*7+0*1+9*3+9*5 = 118, + floor(9*5/10)=4 → 122 → (10-2)%10 = 8
    assert brn_check_digit("124810099") == 8


@given(
    office=st.integers(100, 999), type_code=st.integers(1, 99), serial=st.integers(1, 9999),
)
def test_generated_numbers_with_their_check_digit_pass(office, type_code, serial):
    first = f"{office}{type_code:02d}{serial:04d}"
    number = first + str(brn_check_digit(first))
    assert parse_brn(number).checksum_ok
    assert parse_brn(format_brn(number)).digits == number


@given(office=st.integers(100, 999), type_code=st.integers(1, 99), serial=st.integers(1, 9999),
       delta=st.integers(1, 9))
def test_a_wrong_check_digit_is_a_warning_not_an_error(office, type_code, serial, delta):
    first = f"{office}{type_code:02d}{serial:04d}"
    wrong = (brn_check_digit(first) + delta) % 10
    parsed = parse_brn(first + str(wrong))
    assert parsed.checksum_ok is False  # flagged, yet accepted structurally


@pytest.mark.parametrize("text", ["124-81-0099", "124-81-009981", "12a-81-00998", "124-00-00998", "124-81-00000",
                                  "", "１２４-81-00998"])
def test_malformed_brn_is_refused_with_a_message(text):
    with pytest.raises(ValidationError) as error:
        parse_brn(text)
    assert error.value.message


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_crn_with_its_check_digit_passes_and_any_other_fails(first):
    good = first + str(crn_check_digit(first))
    assert parse_crn(good) == good
    assert parse_crn(format_crn(good)) == good
    bad = first + str((crn_check_digit(first) + 1) % 10)
    with pytest.raises(ValidationError):
        parse_crn(bad)


def test_crn_adds_raw_products_not_their_digits():
    # weights 1,2,…: digit 9 at weight 2 contributes 18 (not 1+8=9)
    first = "090000000000"
    assert crn_check_digit(first) == (10 - 18 % 10) % 10


def test_crn_length_message_names_the_expected_shape():
    with pytest.raises(ValidationError, match="13 digits"):
        parse_crn("110111-123456")
