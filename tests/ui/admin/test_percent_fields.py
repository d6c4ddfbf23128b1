"""Shares are typed as percentages and stored as ratios: every percentage the service accepts comes back as typed."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.settings.service import validate_setting
from desktop.ui.dialogs.business_settings import percent_text, ratio_of

PERCENTAGES = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)


@given(PERCENTAGES)
def test_a_typed_percentage_is_stored_as_its_ratio_and_shown_again(percent: Decimal) -> None:
    stored = validate_setting("criterion_floor_ratio", ratio_of(str(percent)))
    assert Decimal(stored) * 100 == percent
    assert Decimal(percent_text(stored)) == percent


def test_text_that_is_no_number_reaches_the_service_and_is_refused() -> None:
    assert ratio_of("forty") == "forty"
    assert percent_text("0.4") == "40" and percent_text("0.125") == "12.5"
