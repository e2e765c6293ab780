"""The complaint first-response clock of DESIGN.md §3 (pure; the caller supplies ``now``).

Response SLA: first_response_at − received_at ≤ limit (5 minutes by default, a setting).
Elapsed time is counted in whole seconds (sub-second parts are dropped), so a response
shown as 4:59 or 5:00 is on time and one shown as 5:01 is late. A complaint with no
response yet is pending while the clock runs and counts as late once the limit has passed.
Every measure is ``None`` when there is nothing to measure — never 0.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable
from dataclasses import dataclass

DEFAULT_LIMIT_MINUTES = 5


def _whole_seconds(delta: dt.timedelta) -> int:
    """Elapsed time in whole seconds, sub-second parts dropped (floor)."""
    return delta // dt.timedelta(seconds=1)


def response_seconds(received_at: dt.datetime,
                     first_response_at: dt.datetime | None) -> int | None:
    """Whole seconds from receipt to first response; ``None`` while unanswered."""
    if first_response_at is None:
        return None
    elapsed = first_response_at - received_at
    if elapsed < dt.timedelta(0):
        raise ValueError("first response is earlier than the complaint was received")
    return _whole_seconds(elapsed)


def resolve_seconds(received_at: dt.datetime, resolved_at: dt.datetime | None) -> int | None:
    """Whole seconds from receipt to resolution; ``None`` while unresolved."""
    if resolved_at is None:
        return None
    if resolved_at < received_at:
        raise ValueError("resolved earlier than the complaint was received")
    return _whole_seconds(resolved_at - received_at)


def on_time(received_at: dt.datetime, first_response_at: dt.datetime,
            limit_minutes: float = DEFAULT_LIMIT_MINUTES) -> bool:
    """True when answered within the limit; exactly at the limit counts as on time."""
    seconds = response_seconds(received_at, first_response_at)
    if seconds is None:
        raise ValueError("an unanswered complaint has no response time")
    return seconds <= limit_minutes * 60


def remaining(received_at: dt.datetime, now: dt.datetime,
              limit_minutes: float = DEFAULT_LIMIT_MINUTES) -> dt.timedelta:
    """Time left on the clock (negative once late), to the second (for the inbox/wallboard)."""
    left = received_at + dt.timedelta(minutes=limit_minutes) - now
    return dt.timedelta(seconds=_whole_seconds(left))


def outcomes(pairs: Iterable[tuple[dt.datetime, dt.datetime | None]], now: dt.datetime,
             limit_minutes: float = DEFAULT_LIMIT_MINUTES) -> list[bool]:
    """Measured promise outcomes (gap 4): True = answered on time, False = answered late or
    unanswered past the limit. Unanswered complaints still within the limit are left out."""
    result: list[bool] = []
    for received, responded in pairs:
        if responded is not None:
            result.append(on_time(received, responded, limit_minutes))
        elif remaining(received, now, limit_minutes) < dt.timedelta(0):
            result.append(False)
    return result


@dataclass(frozen=True)
class ComplaintMeasures:
    """``share_on_time`` is a percentage (0–100) of the measurable complaints (answered, or
    unanswered past the limit); ``median_first_response_s`` is over answered complaints.
    Both are ``None`` when there is nothing to measure."""

    share_on_time: float | None
    median_first_response_s: float | None
    unanswered: int
    answered: int
    overdue_unanswered: int = 0


def summary(pairs: Iterable[tuple[dt.datetime, dt.datetime | None]], now: dt.datetime,
            limit_minutes: float = DEFAULT_LIMIT_MINUTES) -> ComplaintMeasures:
    """Measures over (received_at, first_response_at or None) pairs."""
    pairs = list(pairs)
    answered = [response_seconds(r, f) for r, f in pairs if f is not None]
    unanswered = [r for r, f in pairs if f is None]
    overdue = sum(1 for r in unanswered if remaining(r, now, limit_minutes) < dt.timedelta(0))
    kept = outcomes(pairs, now, limit_minutes)
    return ComplaintMeasures(
        share_on_time=100.0 * sum(kept) / len(kept) if kept else None,
        median_first_response_s=float(statistics.median(answered)) if answered else None,
        unanswered=len(unanswered),
        answered=len(answered),
        overdue_unanswered=overdue,
    )


def median_time_to_resolve(pairs: Iterable[tuple[dt.datetime, dt.datetime | None]]
                            ) -> float | None:
    """Median whole seconds from receipt to resolution over resolved complaints
    (pairs of received_at, resolved_at or None); ``None`` when none is resolved."""
    seconds = [resolve_seconds(r, v) for r, v in pairs if v is not None]
    return float(statistics.median(seconds)) if seconds else None
