"""Coverage per shift against staffing requirements (定岗定编), the one-leads-three check of
team leaders on duty, and redeployment (抽调顶岗) from surplus or free qualified staff."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.db.models import (
    ActingLeader,
    Department,
    Employee,
    Post,
    Qualification,
    RosterEntry,
    ShiftType,
    Team,
)
from app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.domain.permissions import Permission
from app.domain.shifts import Shift, shift_window, shortest_rest, week_hours, week_start
from app.services.base import Service
from app.services.roster import log_change
from app.services.roster_dto import Candidate, CoverageLine, CoverageView, RosterCell, TeamCheck
from app.services.roster_queries import cell_by_id, team_of
from app.services.roster_rules import check_cell, windows_near
from app.services.shifts import required_map, shift_dto

OFF_DUTY = ("absent", "leave")
LEVEL_ORDER = {"own": 0, "trainer": 1, "qualified": 2, "training": 3}


class CoverageService(Service):
    def coverage(self, day: dt.date, shift_type_id: int) -> CoverageView:
        self._require(Permission.VIEW_ORG)
        with self.db.read() as s:
            shift = s.get(ShiftType, shift_type_id)
            if shift is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No such shift."))
            entries = s.execute(
                select(RosterEntry, Employee.name)
                .join(Employee, Employee.id == RosterEntry.employee_id)
                .where(RosterEntry.day == day, RosterEntry.shift_type_id == shift_type_id)).all()
            set_rows = required_map(s)
            lines = []
            for post, dept in s.execute(select(Post, Department.name)
                                        .join(Department, Department.id == Post.department_id)
                                        .order_by(Department.name, Post.name)).all():
                required = set_rows.get((post.id, shift_type_id, day.weekday()), post.quota)
                mine = [(e, n) for e, n in entries if e.post_id == post.id]
                on_duty = [(e, n) for e, n in mine if e.attendance not in OFF_DUTY]
                if not required and not mine:
                    continue
                lines.append(CoverageLine(
                    post.id, post.name, dept, required, len(on_duty), len(mine) - len(on_duty),
                    sum(1 for e, _n in mine if e.redeployed_from_post_id is not None),
                    tuple(n for _e, n in on_duty)))
            return CoverageView(day, shift_dto(shift), tuple(lines),
                                tuple(self._teams(s, day, shift_type_id, entries)))

    @staticmethod
    def _teams(s, day, shift_type_id, entries) -> list[TeamCheck]:
        """Teams with anyone on duty this shift, and whether their leader (or a named acting
        leader) is there too."""
        teams = team_of(s)
        present = {e.employee_id for e, _n in entries if e.attendance not in OFF_DUTY}
        on_duty_teams = {teams[e][0] for e in present if e in teams}
        acting = dict(s.execute(
            select(ActingLeader.team_id, Employee.name)
            .join(Employee, Employee.id == ActingLeader.employee_id)
            .where(ActingLeader.day == day, ActingLeader.shift_type_id == shift_type_id)).all())
        out = []
        for team in s.scalars(select(Team).where(Team.id.in_(on_duty_teams)).order_by(Team.name)):
            leader = s.get(Employee, team.leader_id) if team.leader_id else None
            out.append(TeamCheck(team.id, team.name, leader.name if leader else "",
                                 team.leader_id in present, acting.get(team.id, "")))
        return out

    # -- redeployment (抽调顶岗) ------------------------------------------------------
    def candidates(self, day: dt.date, shift_type_id: int, post_id: int) -> list[Candidate]:
        """Who could fill ``post_id`` in this shift: qualified, and either free (breaking no
        rule) or standing on a post with surplus. Best first: qualification, then fewest hours
        this week, then longest rest."""
        self._require(Permission.VIEW_ORG)
        view = self.coverage(day, shift_type_id)
        surplus = {line.post_id for line in view.lines if line.status == "surplus"}
        with self.db.read() as s:
            shift = s.get(ShiftType, shift_type_id)
            qualified = {emp_id: level for emp_id, level in s.execute(
                select(Qualification.employee_id, Qualification.level)
                .where(Qualification.post_id == post_id))}
            rostered = {e.employee_id: e for e in s.scalars(
                select(RosterEntry).where(RosterEntry.day == day,
                                          RosterEntry.shift_type_id == shift_type_id))}
            posts = dict(s.execute(select(Post.id, Post.name)).all())
            out = []
            for emp in s.scalars(select(Employee).where(Employee.active.is_(True))):
                level = "own" if emp.post_id == post_id else qualified.get(emp.id)
                if level is None:
                    continue
                entry = rostered.get(emp.id)
                if entry is not None:
                    if entry.post_id == post_id or entry.post_id not in surplus \
                            or entry.attendance in OFF_DUTY:
                        continue
                elif check_cell(s, emp.id, day, shift_type_id, post_id):
                    continue  # any breach (overlap, rest, hours, training only) rules them out
                if level == "training" and entry is not None:
                    continue
                new = Shift(None, shift_window(day, shift.start, shift.end))
                others = [o for o in windows_near(s, emp.id, day - dt.timedelta(days=7),
                                                  day + dt.timedelta(days=7),
                                                  exclude=(day, shift_type_id))]
                monday = week_start(day)
                worked = week_hours(new, others, monday) - (new.window[1] - new.window[0]
                                                            ).total_seconds() / 3600
                out.append(Candidate(emp.id, emp.code, emp.name, posts.get(emp.post_id, ""),
                                     level, entry.id if entry else None,
                                     posts.get(entry.post_id, "") if entry else "",
                                     worked, shortest_rest(new, others)))
        out.sort(key=lambda c: (LEVEL_ORDER[c.level], c.week_hours,
                                -(c.rest_hours if c.rest_hours is not None else 1e9)))
        return out

    def redeploy(self, day: dt.date, shift_type_id: int, post_id: int, employee_id: int,
                 area_id: int | None = None) -> RosterCell:
        """Pull a candidate onto the short post, recording from where and who approved it."""
        self._require(Permission.EDIT_ROSTER)
        offered = {c.employee_id: c for c in self.candidates(day, shift_type_id, post_id)}
        chosen = offered.get(employee_id)
        if chosen is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "This person is not a candidate for the post in this shift: "
                          "they are not qualified, not free, or their own post has no surplus."))
        with self.db.write() as s:
            emp = s.get(Employee, employee_id)
            if chosen.from_entry_id is not None:
                entry = s.get(RosterEntry, chosen.from_entry_id)
                from_post = entry.post_id
            else:
                entry = RosterEntry(employee_id=employee_id, day=day,
                                    shift_type_id=shift_type_id)
                s.add(entry)
                from_post = emp.post_id
            entry.post_id, entry.area_id = post_id, area_id
            entry.redeployed_from_post_id = from_post
            entry.approved_by, entry.approved_at = self.actor.username, self.clock()
            s.flush()
            slot = {"day": day.isoformat(), "shift_type_id": shift_type_id,
                    "employee_id": employee_id}  # the change log shows which shift it was
            log_change(self, s, day, "redeploy", {**slot, "post_id": from_post},
                       {**slot, "post_id": post_id, "area_id": area_id,
                        "redeployed_from_post_id": from_post}, "")
            return cell_by_id(s, entry.id)
