"""The roster rules checked on every change, applied to what the database holds."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Employee, Post, Qualification, RosterEntry, ShiftType
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.domain.shifts import (
    Breach,
    Shift,
    breach,
    overlapping,
    shift_window,
    shortest_rest,
    week_hours,
    week_start,
)
from app.services.settings import read_setting


def qualification_level(session: Session, employee: Employee, post_id: int) -> str | None:
    """'own' for the employee's post, else their qualification level, else None."""
    if employee.post_id == post_id:
        return "own"
    return session.scalar(select(Qualification.level).where(
        Qualification.employee_id == employee.id, Qualification.post_id == post_id))


def windows_near(session: Session, employee_id: int, first: dt.date, last: dt.date,
                 exclude: tuple[dt.date, int] | None = None) -> list[Shift]:
    """The employee's shifts starting between ``first`` and ``last`` (inclusive)."""
    rows = session.execute(
        select(RosterEntry.id, RosterEntry.day, RosterEntry.shift_type_id, ShiftType.start,
               ShiftType.end, ShiftType.name)
        .join(ShiftType, ShiftType.id == RosterEntry.shift_type_id)
        .where(RosterEntry.employee_id == employee_id, RosterEntry.day >= first,
               RosterEntry.day <= last)).all()
    return [Shift((r.id, r.day, r.name), shift_window(r.day, r.start, r.end)) for r in rows
            if exclude is None or (r.day, r.shift_type_id) != exclude]


def check_cell(session: Session, employee_id: int, day: dt.date, shift_type_id: int,
               post_id: int) -> list[Breach]:
    """Every rule the assignment would break. Refuses outright what no reason can excuse:
    unknown records and people who have left."""
    emp = session.get(Employee, employee_id)
    shift = session.get(ShiftType, shift_type_id)
    post = session.get(Post, post_id)
    if emp is None or shift is None or post is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such employee, shift or post."))
    if not emp.active:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "{name} has left and cannot be rostered."), name=emp.name)
    new = Shift(None, shift_window(day, shift.start, shift.end))
    monday = week_start(day)
    others = windows_near(session, employee_id, min(monday, day - dt.timedelta(days=2)),
                          max(monday + dt.timedelta(days=6), day + dt.timedelta(days=2)),
                          exclude=(day, shift_type_id))
    found: list[Breach] = []
    for other in overlapping(new, others):
        _id, other_day, other_name = other.key
        found.append(breach("overlap", name=emp.name, other=other_name,
                            day=other_day.isoformat()))
    minimum = read_setting(session, "roster.min_rest_hours")
    rest = shortest_rest(new, [o for o in others if not overlapping(new, [o])])
    if rest is not None and rest < minimum:
        found.append(breach("rest", name=emp.name, rest=rest, minimum=minimum))
    maximum = read_setting(session, "roster.max_week_hours")
    total = week_hours(new, others, monday)
    if total > maximum:
        found.append(breach("weekly_hours", name=emp.name, total=total, maximum=maximum))
    level = qualification_level(session, emp, post_id)
    if level is None:
        found.append(breach("not_qualified", name=emp.name, post=post.name))
    elif level == "training":
        found.append(breach("training_only", name=emp.name, post=post.name))
    return found
