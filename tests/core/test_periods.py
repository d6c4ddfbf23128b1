"""Legal periods on the Korean calendar 2026–2028: 민법 157–161 via 행정기본법 6, substitute holidays, 고시."""

from datetime import UTC, date, datetime

import pytest

from desktop.core.clock import KST
from desktop.core.errors import DomainError
from desktop.core.periods import (
    Calendar,
    PeriodError,
    check_order,
    days_until,
    notice_effective_date,
    period_ending,
    period_to_act,
    public_holidays,
    restriction_period,
)

CALENDAR = Calendar()


@pytest.mark.parametrize(("day", "name"), [
    (date(2026, 9, 24), "추석 전날"), (date(2026, 9, 25), "추석"), (date(2026, 9, 26), "추석 다음날"),
    (date(2026, 10, 5), "개천절 대체 휴일"),  # 10. 3. is a Saturday
    (date(2026, 5, 1), "노동절"), (date(2026, 7, 17), "제헌절"),  # the 2026 amendments
    (date(2026, 6, 3), "지방선거일"),
    (date(2027, 2, 9), "설날 대체 휴일"),  # 설날 2. 7. is a Sunday
    (date(2027, 10, 11), "한글날 대체 휴일"), (date(2027, 12, 27), "기독탄신일 대체 휴일"),
    (date(2027, 5, 3), "노동절 대체 휴일"), (date(2028, 10, 5), "추석 대체 휴일"),
])
def test_public_and_substitute_holidays_are_named_in_korean(day: date, name: str) -> None:
    assert CALENDAR.is_holiday(day) and CALENDAR.is_non_working(day)
    assert CALENDAR.holiday_name(day, "ko") == name


def test_holidays_have_english_names_and_new_year_and_memorial_day_get_no_substitute() -> None:
    assert CALENDAR.holiday_name(date(2026, 9, 25), "en") == "Chuseok"
    assert CALENDAR.holiday_name(date(2027, 2, 9), "en") == "Alternative holiday for Korean New Year"
    # 현충일 2027. 6. 6. is a Sunday and 1 January 2028 a Saturday: neither gives a substitute (Art. 3).
    assert not CALENDAR.is_non_working(date(2027, 6, 7))
    assert not CALENDAR.is_non_working(date(2028, 1, 3))
    assert [d for d, _ in public_holidays(2027) if d.month == 2] == [date(2027, 2, d) for d in (6, 7, 8, 9)]


def test_saturdays_and_plain_sundays_are_non_working_but_not_named_holidays() -> None:
    saturday, sunday, monday = date(2026, 11, 28), date(2026, 11, 29), date(2026, 11, 30)
    assert CALENDAR.is_non_working(saturday) and CALENDAR.is_non_working(sunday)
    assert not CALENDAR.is_holiday(saturday) and CALENDAR.holiday_name(sunday) is None
    assert not CALENDAR.is_non_working(monday)


def test_the_issue_example_chuseok_2026_moves_the_end_to_monday() -> None:
    period = period_to_act(CALENDAR, date(2026, 9, 14), 10)
    assert (period.start, period.nominal_end, period.end) == (date(2026, 9, 15), date(2026, 9, 24), date(2026, 9, 28))
    assert period.explain("ko") == "10일: 2026. 9. 15.–9. 24.; 9. 24.–27. 공휴일·토·일 → 2026. 9. 28."
    assert period.explain("en") == ("10 days: 15 September 2026 – 24 September; 24–27 September: public holiday, "
                                    "Saturday, Sunday → 28 September 2026.")
    assert period.holidays_passed("ko") == ["추석 전날", "추석", "추석 다음날"]


def test_first_day_is_not_counted_unless_the_period_starts_at_midnight() -> None:
    at_ten = period_to_act(CALENDAR, datetime(2026, 11, 25, 10, tzinfo=KST), 10)
    at_midnight = period_to_act(CALENDAR, datetime(2026, 11, 25, 0, tzinfo=KST), 10)
    assert (at_ten.start, at_ten.nominal_end) == (date(2026, 11, 26), date(2026, 12, 5))
    assert (at_midnight.start, at_midnight.nominal_end) == (date(2026, 11, 25), date(2026, 12, 4))
    # 00:00 in Korea is 15:00 UTC the day before: the time zone is honoured.
    assert period_to_act(CALENDAR, datetime(2026, 11, 24, 15, tzinfo=UTC), 10).start == date(2026, 11, 25)
    assert period_to_act(CALENDAR, datetime(2026, 11, 25, 0, tzinfo=UTC), 10).start == date(2026, 11, 26)


def test_a_last_day_on_saturday_moves_over_the_weekend_to_monday() -> None:
    period = period_to_act(CALENDAR, datetime(2026, 11, 25, 10, tzinfo=KST), 10)
    assert period.nominal_end == date(2026, 12, 5) and period.end == date(2026, 12, 7)
    assert period.explain("ko") == "10일: 2026. 11. 26.–12. 5.; 12. 5.–6. 토·일 → 2026. 12. 7."


def test_a_last_day_on_sunday_moves_to_monday_and_a_working_day_stays() -> None:
    assert period_to_act(CALENDAR, date(2026, 11, 19), 10).end == date(2026, 11, 30)  # 11. 29. Sunday
    stays = period_to_act(CALENDAR, date(2026, 11, 20), 10)  # 11. 30. Monday
    assert stays.end == stays.nominal_end == date(2026, 11, 30) and not stays.moved
    assert stays.explain("ko") == "10일: 2026. 11. 21.–11. 30."


def test_seollal_2027_around_the_weekend_runs_to_the_substitute_day_and_beyond() -> None:
    # 2. 6. (Sat, 설날 전날) – 2. 9. (Tue, substitute for 설날 on Sunday): the first working day is 2. 10.
    period = period_to_act(CALENDAR, date(2027, 1, 27), 10)
    assert period.nominal_end == date(2027, 2, 6) and period.end == date(2027, 2, 10)
    assert "공휴일·토·일" in period.explain("ko")
    assert period_to_act(CALENDAR, date(2027, 1, 30), 10).end == date(2027, 2, 10)  # nominal 2. 9.


def test_chuseok_2026_and_the_national_foundation_day_substitute() -> None:
    # nominal 10. 3. (Sat, 개천절) → 10. 4. Sunday → 10. 5. substitute → 10. 6.
    period = period_to_act(CALENDAR, date(2026, 9, 23), 10)
    assert period.nominal_end == date(2026, 10, 3) and period.end == date(2026, 10, 6)
    assert period.holidays_passed("ko") == ["개천절", "개천절 대체 휴일"]


def test_hangul_day_2027_substitute_and_chuseok_2028_substitute() -> None:
    assert period_to_act(CALENDAR, date(2027, 9, 29), 10).end == date(2027, 10, 12)  # 10. 9. Sat → 10. 11. subst.
    assert period_to_act(CALENDAR, date(2028, 9, 22), 10).end == date(2028, 10, 6)  # 10. 2.–5. 추석·개천절·대체


def test_months_end_the_day_before_the_same_date_or_at_the_month_end() -> None:
    # given 1. 30. → first day 1. 31. → no 2. 31.: the end of February (민법 160 ③)
    assert period_to_act(CALENDAR, date(2026, 1, 30), months=1).nominal_end == date(2026, 2, 28)
    assert period_to_act(CALENDAR, date(2028, 1, 30), months=1).nominal_end == date(2028, 2, 29)  # leap year
    # given 3. 14. → first day 3. 15. → ends 4. 14. (the day before the same date)
    assert period_to_act(CALENDAR, date(2027, 3, 14), months=1).nominal_end == date(2027, 4, 14)
    # given 12. 31. → first day 1. 1. (a month's beginning) → the end of March (민법 160 ②)
    assert period_to_act(CALENDAR, date(2026, 12, 31), months=3).nominal_end == date(2027, 3, 31)


def test_leap_day_2028_as_a_last_day_and_as_a_first_day() -> None:
    period = period_to_act(CALENDAR, date(2028, 2, 19), 10)
    assert period.nominal_end == date(2028, 2, 29) and period.end == date(2028, 2, 29)  # a Tuesday
    assert period_to_act(CALENDAR, date(2028, 2, 28), months=1).nominal_end == date(2028, 3, 28)
    assert period_to_act(CALENDAR, date(2028, 2, 28), days=2).nominal_end == date(2028, 3, 1)  # 삼일절 → 3. 2.
    assert period_to_act(CALENDAR, date(2028, 2, 28), days=2).end == date(2028, 3, 2)


def test_month_periods_move_too_when_they_end_on_a_holiday() -> None:
    # given 2027. 1. 27. → first day 1. 28. → 1 month ends 2. 27. (Sat) → 3. 1. 삼일절 (Mon) → 3. 2.
    period = period_to_act(CALENDAR, date(2027, 1, 27), months=1)
    assert period.nominal_end == date(2027, 2, 27) and period.end == date(2027, 3, 2)
    assert period.explain("ko").startswith("1개월: 2027. 1. 28.–2. 27.; 2. 27.–3. 1. 공휴일·토·일")


def test_a_restriction_counts_the_first_day_and_ends_even_on_a_holiday() -> None:
    suspension = restriction_period(CALENDAR, date(2026, 9, 1), days=26)
    assert (suspension.start, suspension.end) == (date(2026, 9, 1), date(2026, 9, 26))  # 추석 다음날, Saturday
    assert not suspension.moved and "그날 만료" in suspension.explain("ko")
    three_months = restriction_period(CALENDAR, date(2026, 12, 1), months=3)
    assert three_months.end == date(2027, 2, 28)  # a Sunday: it stays
    assert restriction_period(CALENDAR, date(2027, 11, 30), months=3).end == date(2028, 2, 29)


def test_declared_days_count_as_holidays_with_their_name() -> None:
    declared = Calendar([(date(2026, 12, 7), "임시공휴일(국가 행사)")])
    assert declared.is_holiday(date(2026, 12, 7))
    assert declared.holiday_name(date(2026, 12, 7)) == "임시공휴일(국가 행사)"
    assert declared.holiday_name(date(2026, 12, 7), "en") == "임시공휴일(국가 행사)"
    period = period_to_act(declared, datetime(2026, 11, 25, 10, tzinfo=KST), 10)
    assert period.end == date(2026, 12, 8)
    assert period.explain("ko").endswith("12. 5.–7. 공휴일·토·일 → 2026. 12. 8.")
    assert period.holidays_passed("ko") == ["임시공휴일(국가 행사)"]
    assert not CALENDAR.is_holiday(date(2026, 12, 7))  # only the calendar given the day knows it


def test_zero_or_negative_periods_are_refused_with_a_sentence() -> None:
    for days in (0, -3):
        with pytest.raises(PeriodError, match="at least one day") as caught:
            period_to_act(CALENDAR, date(2026, 11, 25), days)
        assert isinstance(caught.value, DomainError) and caught.value.field == "days"
    with pytest.raises(PeriodError):
        restriction_period(CALENDAR, date(2026, 11, 25))
    with pytest.raises(PeriodError):
        notice_effective_date(CALENDAR, date(2026, 11, 25), 0)


def test_a_deadline_typed_by_hand_is_the_period_it_amounts_to_or_refused_before_its_start() -> None:
    given = datetime(2026, 11, 25, 10, tzinfo=KST)
    assert days_until(given, date(2026, 12, 4)) == 9
    period = period_ending(CALENDAR, given, date(2026, 12, 4))
    assert period.days == 9 and period.end == date(2026, 12, 4)
    moved = period_ending(CALENDAR, given, date(2026, 12, 5))  # a Saturday typed: the law runs it to Monday
    assert moved.end == date(2026, 12, 7)
    for typed in (date(2026, 11, 25), date(2026, 11, 20)):
        with pytest.raises(PeriodError, match="before the first day") as caught:
            period_ending(CALENDAR, given, typed)
        assert caught.value.field == "deadline"
    with pytest.raises(PeriodError, match="lies before the start"):
        check_order(date(2026, 11, 25), date(2026, 11, 24))


def test_a_notice_takes_effect_when_five_days_after_publication_have_passed() -> None:
    # 2026. 7. 24. (Fri) published → 7. 25.–29. → in force 7. 30.; holidays do not move it (행정기본법 7 (3)).
    assert notice_effective_date(CALENDAR, date(2026, 7, 24)) == date(2026, 7, 30)
    assert notice_effective_date(CALENDAR, date(2026, 9, 21)) == date(2026, 9, 27)  # over 추석, a Sunday
    assert notice_effective_date(CALENDAR, date(2028, 2, 24)) == date(2028, 3, 1)  # over the leap day
    assert notice_effective_date(CALENDAR, date(2026, 11, 25), 10) == date(2026, 12, 6)
