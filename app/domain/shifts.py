"""Shift times and the roster rules of DESIGN.md §2, as pure functions over intervals.

A shift whose end is not after its start crosses midnight and ends the next day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.errors import QT_TRANSLATE_NOOP

DEFAULT_SHIFTS = (
    # name, English name, start, end
    ("早班", "Morning", dt.time(7, 0), dt.time(15, 0)),
    ("午市", "Lunch service", dt.time(10, 0), dt.time(14, 30)),
    ("晚市", "Dinner service", dt.time(16, 30), dt.time(22, 0)),
    ("夜班", "Night", dt.time(22, 0), dt.time(7, 0)),
)


def shift_window(day: dt.date, start: dt.time, end: dt.time) -> tuple[dt.datetime, dt.datetime]:
    begin = dt.datetime.combine(day, start)
    finish = dt.datetime.combine(day, end)
    if finish <= begin:
        finish += dt.timedelta(days=1)
    return begin, finish


def hours(window: tuple[dt.datetime, dt.datetime]) -> float:
    return (window[1] - window[0]).total_seconds() / 3600


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s ISO week."""
    return day - dt.timedelta(days=day.weekday())


def parse_iso_week(text: str) -> dt.date:
    """'2026-W48' → the Monday of that ISO week."""
    year, _, week = text.strip().upper().partition("-W")
    return dt.date.fromisocalendar(int(year), int(week), 1)


@dataclass(frozen=True)
class Shift:
    """One person's shift: what the rules look at."""

    key: object  # identifies the entry (an id, or None for the one being checked)
    window: tuple[dt.datetime, dt.datetime]


@dataclass(frozen=True)
class Breach:
    rule: str  # 'overlap' | 'rest' | 'weekly_hours' | 'not_qualified' | 'training_only'
    message: str
    params: dict

    def render(self, translate=None) -> str:
        template = translate("roster", self.message) if translate else self.message
        return template.format(**self.params)


RULE_MESSAGES = {
    "overlap": QT_TRANSLATE_NOOP(
        "roster", "{name} is already rostered {other} on {day}, which overlaps this shift."),
    "rest": QT_TRANSLATE_NOOP(
        "roster", "{name} would rest only {rest:.1f} h between shifts; the minimum is {minimum} h."),
    "weekly_hours": QT_TRANSLATE_NOOP(
        "roster", "{name} would work {total:.1f} h this week; the maximum is {maximum} h."),
    "not_qualified": QT_TRANSLATE_NOOP(
        "roster", "{name} is neither posted to nor qualified for {post}."),
    "training_only": QT_TRANSLATE_NOOP(
        "roster", "{name} is only in training for {post}."),
}


def breach(rule: str, **params) -> Breach:
    return Breach(rule, RULE_MESSAGES[rule], params)


def overlapping(new: Shift, others: Iterable[Shift]) -> list[Shift]:
    return [o for o in others if o.window[0] < new.window[1] and new.window[0] < o.window[1]]


def shortest_rest(new: Shift, others: Iterable[Shift]) -> float | None:
    """Hours between the new shift and the nearest non-overlapping shift before or after it."""
    gaps = []
    for o in others:
        if o.window[1] <= new.window[0]:
            gaps.append((new.window[0] - o.window[1]).total_seconds() / 3600)
        elif new.window[1] <= o.window[0]:
            gaps.append((o.window[0] - new.window[1]).total_seconds() / 3600)
    return min(gaps) if gaps else None


def week_hours(new: Shift, others: Iterable[Shift], monday: dt.date) -> float:
    """Hours of the new shift and the others that start in the ISO week beginning ``monday``."""
    start = dt.datetime.combine(monday, dt.time())
    end = start + dt.timedelta(days=7)
    return sum(hours(s.window) for s in [new, *others] if start <= s.window[0] < end)
