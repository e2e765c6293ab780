"""Roster rules on shift windows, including shifts that cross midnight."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from app.domain.shifts import (
    Shift,
    hours,
    overlapping,
    parse_iso_week,
    shift_window,
    shortest_rest,
    week_hours,
    week_start,
)

MON = dt.date(2026, 11, 23)
times = st.builds(dt.time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
days = st.integers(0, 13).map(lambda n: MON + dt.timedelta(days=n))


def test_a_night_shift_ends_the_next_morning():
    start, end = shift_window(MON, dt.time(22), dt.time(7))
    assert (start, end) == (dt.datetime(2026, 11, 23, 22), dt.datetime(2026, 11, 24, 7))
    assert hours((start, end)) == 9


def test_night_shift_overlaps_next_mornings_early_shift_and_rest_is_measured_across_midnight():
    night = Shift("n", shift_window(MON, dt.time(22), dt.time(7)))
    early = Shift("e", shift_window(MON + dt.timedelta(days=1), dt.time(6), dt.time(14)))
    late = Shift("l", shift_window(MON + dt.timedelta(days=1), dt.time(16), dt.time(22)))
    assert overlapping(early, [night]) == [night]
    assert overlapping(late, [night]) == []
    assert shortest_rest(late, [night]) == 9.0


def test_week_hours_count_shifts_starting_in_the_week():
    sunday_night = Shift("s", shift_window(MON + dt.timedelta(days=6), dt.time(22), dt.time(7)))
    monday = Shift("m", shift_window(MON, dt.time(7), dt.time(15)))
    assert week_hours(monday, [sunday_night], MON) == 17
    assert week_hours(monday, [sunday_night], MON + dt.timedelta(days=7)) == 0


def test_iso_weeks():
    assert parse_iso_week("2026-W48") == MON
    assert week_start(dt.date(2026, 11, 29)) == MON


@given(days, times, times, days, times, times)
def test_overlap_is_symmetric_and_matches_the_clock(d1, s1, e1, d2, s2, e2):
    if s1 == e1 or s2 == e2:
        return
    a, b = Shift("a", shift_window(d1, s1, e1)), Shift("b", shift_window(d2, s2, e2))
    assert bool(overlapping(a, [b])) == bool(overlapping(b, [a]))
    # An independent oracle: walk the clock in 15-minute steps (every time is on that grid)
    # and look for an instant inside both shifts.
    step, t = dt.timedelta(minutes=15), min(a.window[0], b.window[0])
    shared = False
    while t < max(a.window[1], b.window[1]) and not shared:
        shared = a.window[0] <= t < a.window[1] and b.window[0] <= t < b.window[1]
        t += step
    assert bool(overlapping(a, [b])) == shared


@given(days, times, times, days, times, times)
def test_rest_is_never_negative_and_absent_for_overlaps(d1, s1, e1, d2, s2, e2):
    if s1 == e1 or s2 == e2:
        return
    a, b = Shift("a", shift_window(d1, s1, e1)), Shift("b", shift_window(d2, s2, e2))
    rest = shortest_rest(a, [b])
    if overlapping(a, [b]):
        assert rest is None
    else:
        assert rest is not None and rest >= 0
        gap = max(b.window[0] - a.window[1], a.window[0] - b.window[1])
        assert abs(rest - gap.total_seconds() / 3600) < 1e-9
        assert rest == shortest_rest(b, [a])


@given(st.lists(st.tuples(st.integers(0, 6), times, times), max_size=8))
def test_every_shift_lasts_between_zero_and_24_hours(specs):
    for day, start, end in specs:
        if start == end:
            continue
        length = hours(shift_window(MON + dt.timedelta(days=day), start, end))
        assert 0 < length < 24
