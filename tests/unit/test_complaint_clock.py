"""The complaint first-response clock (DESIGN.md §3): a controllable clock (``now`` passed in)."""

import datetime as dt

import pytest

from app.domain.complaint_clock import (
    ComplaintMeasures,
    median_time_to_resolve,
    on_time,
    outcomes,
    remaining,
    response_seconds,
    summary,
)

T0 = dt.datetime(2024, 5, 1, 12, 0, 0)


def at(minutes: int = 0, seconds: float = 0) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes, seconds=seconds)


def test_response_seconds():
    assert response_seconds(T0, at(4, 59)) == 299  # 4*60 + 59
    assert response_seconds(T0, None) is None
    with pytest.raises(ValueError):
        response_seconds(T0, at(-1))


def test_answered_at_4_59_is_on_time():
    assert on_time(T0, at(4, 59)) is True


def test_answered_exactly_at_5_00_is_on_time():
    assert on_time(T0, at(5, 0)) is True
    # precision is whole seconds: 5:00.999 still reads 5:00
    assert on_time(T0, at(5, 0.999)) is True


def test_answered_at_5_01_is_late():
    assert on_time(T0, at(5, 1)) is False


def test_limit_is_a_setting():
    assert on_time(T0, at(9, 0), limit_minutes=10) is True
    assert on_time(T0, at(3, 1), limit_minutes=3) is False


def test_remaining_counts_down_and_goes_negative():
    assert remaining(T0, at(3), 5) == dt.timedelta(minutes=2)  # 5:00 - 3:00
    assert remaining(T0, at(5), 5) == dt.timedelta(0)
    assert remaining(T0, at(6, 30), 5) == -dt.timedelta(seconds=90)  # 5:00 - 6:30


def test_unanswered_past_limit_counts_late():
    now = at(20)
    pairs = [
        (at(0), at(1)),          # 60 s, on time
        (at(1), at(1, 299)),     # 299 s = 4:59, on time
        (at(2), at(2, 301)),     # 301 s = 5:01, late
        (at(10), None),          # unanswered, received 10 min before now: late
        (at(18), None),          # unanswered, 2 min on the clock: pending, not measured
    ]
    assert outcomes(pairs, now) == [True, True, False, False]
    m = summary(pairs, now)
    # measurable = 3 answered + 1 overdue = 4; on time = 2 -> 2/4 = 50 %
    # median of [60, 299, 301] = 299
    assert m == ComplaintMeasures(share_on_time=50.0, median_first_response_s=299.0,
                                  unanswered=2, answered=3, overdue_unanswered=1)


def test_summary_median_of_even_count():
    pairs = [(T0, at(1)), (T0, at(2)), (T0, at(5)), (T0, at(10))]
    m = summary(pairs, at(30))
    # response seconds [60, 120, 300, 600]: median = (120 + 300) / 2 = 210
    assert m.median_first_response_s == 210.0
    # on time: 60, 120, 300 (exactly 5:00) -> 3/4 = 75 %
    assert m.share_on_time == 75.0


def test_no_complaints_is_no_data_not_zero():
    m = summary([], T0)
    assert m.share_on_time is None
    assert m.median_first_response_s is None
    assert (m.unanswered, m.answered) == (0, 0)


def test_only_pending_complaints_is_no_data():
    m = summary([(at(0), None)], at(2))
    assert m.share_on_time is None  # still on the clock: nothing measurable yet
    assert m.median_first_response_s is None
    assert (m.unanswered, m.answered, m.overdue_unanswered) == (1, 0, 0)


def test_median_time_to_resolve():
    pairs = [(T0, at(10)), (T0, at(30)), (T0, None)]
    # resolved: 600 s and 1800 s -> median (600 + 1800) / 2 = 1200
    assert median_time_to_resolve(pairs) == 1200.0
    assert median_time_to_resolve([(T0, None)]) is None
    assert median_time_to_resolve([]) is None
