from datetime import UTC, date, datetime
from decimal import Decimal

from desktop.core.formatting import english_date, official_amount, official_date, official_datetime, round_half_up


def test_official_date_and_time_in_korean_time():
    assert official_date(date(2026, 11, 24)) == "2026. 11. 24."
    # 05:30 UTC is 14:30 in Korea
    assert official_datetime(datetime(2026, 11, 24, 5, 30, tzinfo=UTC)) == "2026. 11. 24. 14:30"


def test_amount_in_figures_and_words():
    assert official_amount(113560) == "금113,560원(금일십일만삼천오백육십원)"
    assert official_amount(100000000) == "금100,000,000원(금일억원)"


def test_round_half_up_not_bankers():
    assert round_half_up(Decimal("72.125")) == Decimal("72.13")
    assert round_half_up(Decimal("72.135")) == Decimal("72.14")
    assert round_half_up(Decimal("2.5"), 0) == Decimal("3")


def test_english_dates_do_not_follow_a_korean_process_locale(korean_lc_time):
    assert english_date(date(2026, 7, 15)) == "15 July 2026"
    assert english_date(datetime(2026, 2, 28, 16, 0, tzinfo=UTC)) == "1 March 2026"  # 01:00 in Korea
    assert [english_date(date(2026, m, 1)).split()[1] for m in (1, 5, 9, 12)] == [
        "January", "May", "September", "December"]
