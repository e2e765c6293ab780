"""Set-based reads behind the monthly accountability report (one grouped query per figure
family over a date range, never one per person), and states_at, which both the shift and
the monthly report use to see a rectification as it stood at a past moment."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.db.models import (
    AccountabilityRecord,
    AppUser,
    Complaint,
    Disagreement,
    Finding,
    Inspection,
    Rectification,
    RectificationEvent,
    RosterEntry,
)
from app.domain.rectification import CLOSED, overdue
from app.services.report_dto_monthly import Timeliness

OFF_DUTY = ("absent", "leave")


def states_at(s: Session, ids: Iterable[int] | Select, moment: dt.datetime) -> dict[int, str]:
    """rectification id → its state at ``moment``: the to_status of its last event at or
    before then (items created later are absent). ``ids`` is a list or an id subquery."""
    ids = ids if isinstance(ids, Select) else list(ids)
    if isinstance(ids, list) and not ids:
        return {}
    out: dict[int, str] = {}
    for rect_id, status in s.execute(
            select(RectificationEvent.rectification_id, RectificationEvent.to_status)
            .where(RectificationEvent.rectification_id.in_(ids),
                   RectificationEvent.at <= moment)
            .order_by(RectificationEvent.rectification_id, RectificationEvent.at,
                      RectificationEvent.id)):
        out[rect_id] = status  # the last one wins
    return out


def _present():
    return or_(RosterEntry.attendance.is_(None), RosterEntry.attendance.not_in(OFF_DUTY))


def shifts_stood(s: Session, first: dt.date, last: dt.date) -> dict[int, int]:
    """employee → shifts stood in an area (present, late or not recorded)."""
    return dict(s.execute(
        select(RosterEntry.employee_id, func.count())
        .where(RosterEntry.day >= first, RosterEntry.day <= last,
               RosterEntry.area_id.is_not(None), _present())
        .group_by(RosterEntry.employee_id)).all())


def rounds_where_stood(s: Session, first: dt.date, last: dt.date
                       ) -> list[tuple[int, int, float | None]]:
    """(employee, inspection, score): submitted rounds held in the area, day and shift in
    which the employee stood."""
    return [tuple(r) for r in s.execute(
        select(RosterEntry.employee_id, Inspection.id, Inspection.score)
        .join(Inspection, (Inspection.area_id == RosterEntry.area_id)
              & (Inspection.day == RosterEntry.day)
              & (Inspection.shift_type_id == RosterEntry.shift_type_id))
        .where(RosterEntry.day >= first, RosterEntry.day <= last, _present(),
               Inspection.day >= first, Inspection.day <= last,  # lets either side's index serve
               Inspection.status == "submitted"))]


def findings_by_person(s: Session, begin: dt.datetime, end: dt.datetime
                       ) -> dict[int, dict[str, int]]:
    """responsible employee → severity → findings found in [begin, end)."""
    out: dict[int, dict[str, int]] = defaultdict(dict)
    for emp, severity, count in s.execute(
            select(Finding.responsible_id, Finding.severity, func.count())
            .where(Finding.found_at >= begin, Finding.found_at < end,
                   Finding.responsible_id.is_not(None))
            .group_by(Finding.responsible_id, Finding.severity)):
        out[emp][severity] = count
    return out


def timeliness_by_person(s: Session, begin: dt.datetime, end: dt.datetime,
                         as_of: dt.datetime) -> dict[int, Timeliness]:
    """assignee → the timeliness of the rectifications opened in [begin, end), each in its
    state as of ``as_of``."""
    opened = (Rectification.created_at >= begin, Rectification.created_at < end,
              Rectification.assignee_id.is_not(None))
    rows = s.execute(select(Rectification.id, Rectification.assignee_id, Rectification.status,
                            Rectification.due_at, Rectification.closed_at)
                     .where(*opened)).all()
    state = states_at(s, select(Rectification.id).where(*opened), as_of)
    counts: dict[int, list[int]] = defaultdict(lambda: [0] * 6)
    for rect_id, emp, status, due, closed_at in rows:
        now_state = state.get(rect_id, status)
        c = counts[emp]
        c[0] += 1
        if now_state == "verified":
            c[1 if closed_at is not None and closed_at <= due else 2] += 1
        elif now_state == "cancelled":
            c[5] += 1
        elif now_state not in CLOSED:
            c[3] += 1
            c[4] += overdue(due, as_of, now_state)
    return {emp: Timeliness(*c) for emp, c in counts.items()}


def complaints_by_person(s: Session, begin: dt.datetime, end: dt.datetime) -> dict[int, int]:
    return dict(s.execute(
        select(Complaint.responsible_id, func.count())
        .where(Complaint.received_at >= begin, Complaint.received_at < end,
               Complaint.responsible_id.is_not(None))
        .group_by(Complaint.responsible_id)).all())


def records(s: Session, begin: dt.datetime, end: dt.datetime) -> list:
    """The accountability records of [begin, end) as plain rows (usable after the session)."""
    r = AccountabilityRecord
    return list(s.execute(select(r.id, r.recorded_at, r.employee_id, r.kind, r.reason, r.amount,
                                 r.recorded_by, r.finding_id, r.rectification_id)
                          .where(r.recorded_at >= begin, r.recorded_at < end)
                          .order_by(r.recorded_at, r.id)).all())


def inspector_rounds(s: Session, first: dt.date, last: dt.date
                     ) -> list[tuple[str, int | None, int, float | None]]:
    """(inspector, their employee, submitted rounds, mean score) per inspector."""
    return [tuple(r) for r in s.execute(
        select(Inspection.inspector, func.max(Inspection.inspector_employee_id), func.count(),
               func.avg(Inspection.score))
        .where(Inspection.day >= first, Inspection.day <= last,
               Inspection.status == "submitted")
        .group_by(Inspection.inspector))]


def contradicted(s: Session, first: dt.date, last: dt.date) -> dict[str, tuple[int, int]]:
    """inspector → (their rounds of the period that a higher layer contradicted, items)."""
    return {name: (rounds, items) for name, rounds, items in s.execute(
        select(Inspection.inspector, func.count(func.distinct(Disagreement.lower_inspection_id)),
               func.count(Disagreement.id))
        .join(Inspection, Inspection.id == Disagreement.lower_inspection_id)
        .where(Inspection.day >= first, Inspection.day <= last,
               Inspection.status == "submitted")
        .group_by(Inspection.inspector))}


def user_employees(s: Session, usernames: Iterable[str]) -> dict[str, int]:
    names = list(usernames)
    if not names:
        return {}
    return {u: e for u, e in s.execute(select(AppUser.username, AppUser.employee_id)
                                       .where(AppUser.username.in_(names),
                                              AppUser.employee_id.is_not(None)))}
