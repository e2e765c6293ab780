"""Reads shared by the roster services: cells, week rows, who is on which team."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.db.models import Area, Department, Employee, Post, RosterEntry, Team, TeamMember
from app.services.roster_dto import RosterCell, WeekRow

_From = aliased(Post)


def cells(session: Session, first: dt.date, last: dt.date,
          employee_ids: list[int] | None = None) -> list[RosterCell]:
    q = (select(RosterEntry, Post.name, Area.name, _From.name)
         .join(Post, Post.id == RosterEntry.post_id)
         .outerjoin(Area, Area.id == RosterEntry.area_id)
         .outerjoin(_From, _From.id == RosterEntry.redeployed_from_post_id)
         .where(RosterEntry.day >= first, RosterEntry.day <= last))
    if employee_ids is not None:
        q = q.where(RosterEntry.employee_id.in_(employee_ids))
    return [to_cell(e, post, area, src) for e, post, area, src in session.execute(q).all()]


def to_cell(e: RosterEntry, post: str, area: str | None, src: str | None) -> RosterCell:
    return RosterCell(e.id, e.employee_id, e.day, e.shift_type_id, e.post_id, post, e.area_id,
                      area or "", e.redeployed_from_post_id, src or "", e.approved_by or "",
                      e.override_reason or "", e.attendance or "", e.late_minutes)


def cell_by_id(session: Session, entry_id: int) -> RosterCell:
    e = session.get(RosterEntry, entry_id)
    return to_cell(e, session.get(Post, e.post_id).name,
                   session.get(Area, e.area_id).name if e.area_id else None,
                   session.get(Post, e.redeployed_from_post_id).name
                   if e.redeployed_from_post_id else None)


def team_of(session: Session) -> dict[int, tuple[int, str]]:
    """employee → (team id, team name), for members and leaders alike."""
    out = {}
    for team_id, name, leader_id in session.execute(select(Team.id, Team.name, Team.leader_id)):
        if leader_id is not None:
            out[leader_id] = (team_id, name)
    for team_id, name, emp_id in session.execute(
            select(Team.id, Team.name, TeamMember.employee_id)
            .join(TeamMember, TeamMember.team_id == Team.id)):
        out.setdefault(emp_id, (team_id, name))
    return out


def week_rows(session: Session, rostered: set[int]) -> list[WeekRow]:
    """Active staff plus anyone rostered this week, grouped by department then team."""
    teams = team_of(session)
    rows = session.execute(
        select(Employee.id, Employee.code, Employee.name, Department.name, Post.id, Post.name,
               Employee.active)
        .outerjoin(Post, Post.id == Employee.post_id)
        .outerjoin(Department, Department.id == Post.department_id)).all()
    out = [WeekRow(r[0], r[1], r[2], r[3] or "", teams.get(r[0], (0, ""))[1], r[4], r[5] or "",
                   r[6])
           for r in rows if r[6] or r[0] in rostered]
    out.sort(key=lambda w: (w.department, w.team == "", w.team, w.code))
    return out
