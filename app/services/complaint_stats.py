"""The complaint measures over a period, counted in SQL from the stored whole seconds
(``response_s``, ``resolve_s``): the same figures as complaint_clock.summary and
median_time_to_resolve over the period's rows, without reading the rows."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from sqlalchemy import Connection, Select, and_, bindparam, case, func, literal, select, union_all

from app.db.models import Complaint
from app.services.complaint_queries import limit_minutes, overdue_before
from app.services.guest_dto import ComplaintStats


def _period(by_area: bool) -> list:
    where = [Complaint.received_at >= bindparam("day_from"),
             Complaint.received_at < bindparam("day_to")]
    return where + [Complaint.area_id == bindparam("area_id")] if by_area else where


# The statements are built once, with bound parameters: building and keying a statement for
# SQLAlchemy's compiled cache costs more than running these on a month of complaints.
@lru_cache(maxsize=2)
def _counts(by_area: bool) -> Select:
    seconds = Complaint.response_s
    return select(
        func.count(), func.count(seconds),
        func.count(case((seconds <= bindparam("allowed_s"), 1))),
        func.count(case((and_(seconds.is_(None),
                              Complaint.received_at < bindparam("overdue_before")), 1))),
        func.count(Complaint.resolve_s)).where(*_period(by_area))


def _middle(key: int, column, by_area: bool) -> Select:
    """The one or two middle values of ``column``: LIMIT 1 or 2 OFFSET (n − 1) // 2."""
    middle = (select(column.label("seconds"))
              .where(*_period(by_area), column.is_not(None)).order_by(column)
              .limit(bindparam(f"take_{key}")).offset(bindparam(f"skip_{key}")).subquery())
    return select(literal(key).label("key"), middle.c.seconds)


@lru_cache(maxsize=6)
def _medians(which: tuple[int, ...], by_area: bool) -> Select:
    """0: response seconds, 1: resolve seconds; both in one statement when both are asked."""
    columns = (Complaint.response_s, Complaint.resolve_s)
    parts = [_middle(key, columns[key], by_area) for key in which]
    return union_all(*parts) if len(parts) > 1 else parts[0]


def period_stats(conn: Connection, date_from: dt.date, date_to: dt.date, area_id: int | None,
                 now: dt.datetime) -> ComplaintStats:
    """Complaints received from ``date_from`` to ``date_to`` inclusive (in one area)."""
    limit = limit_minutes(conn)
    params: dict[str, object] = {
        "day_from": dt.datetime.combine(date_from, dt.time()),
        "day_to": dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time())}
    if area_id is not None:
        params["area_id"] = area_id
    by_area = area_id is not None
    total, answered, kept, overdue, resolved = conn.execute(_counts(by_area), {
        **params, "allowed_s": limit * 60, "overdue_before": overdue_before(now, limit)}).one()
    # Each median only when there is something to measure (else None, never 0).
    counts = (answered, resolved)
    which = tuple(key for key, n in enumerate(counts) if n)
    middle: dict[int, list[int]] = {}
    for key in which:
        params[f"take_{key}"], params[f"skip_{key}"] = 2 - counts[key] % 2, (counts[key] - 1) // 2
    if which:
        for key, seconds in conn.execute(_medians(which, by_area), params):
            middle.setdefault(key, []).append(seconds)
    medians = {key: sum(v) / len(v) for key, v in middle.items()}  # as statistics.median
    measured = answered + overdue  # answered, or unanswered past the limit
    return ComplaintStats(
        total=total, answered=answered, unanswered=total - answered, late=measured - kept,
        share_on_time=100.0 * kept / measured if measured else None,
        median_first_response_s=medians.get(0), median_resolve_s=medians.get(1),
        limit_minutes=limit)
