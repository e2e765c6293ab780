"""Demo rosters: three past weeks and the current one for the demo venue.

Each person works one fixed kind of shift five days a week, so the pattern keeps the rest
and hours rules by construction; requirements are set to what the pattern covers, plus the
Saturday dinner peak (婚宴) for private-room servers. That peak was filled by redeployment
(抽调顶岗) in each past week and is still open in the current week: the one uncovered shift.
Teams whose leader is off get an acting leader, except one left open to show the check."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import select

from app.db.engine import Database
from app.db.models import (
    ActingLeader,
    Area,
    Employee,
    Post,
    RosterEntry,
    RosterWeek,
    ShiftType,
    StaffingRequirement,
    Team,
    TeamMember,
)
from app.domain.shifts import week_start
from app.services.base import Actor
from app.services.coverage import CoverageService

# Which shift each post works; several options are handed out person by person.
POST_SHIFTS = {
    "楼面助理": ["晚市"],
    "营业部组长": ["晚市"], "迎宾员": ["午市", "晚市"], "餐位预订员": ["早班", "晚市"],
    "传菜主管": ["晚市"], "传菜部长": ["午市"], "传菜组长": ["晚市"], "传菜员": ["午市", "晚市"],
    "楼面部长": ["晚市"], "包房组长": ["晚市"], "大厅组长": ["晚市"],
    "值台服务员": ["晚市"], "包房服务员": ["晚市"],
    "工程主管": ["早班"], "工程维修员": ["早班", "晚市", "夜班"],
}
# Halls also serve lunch: these teams work 午市.
LUNCH_TEAMS = {"二楼大厅组"}
PEAK = ("包房服务员", "晚市", 5)  # post, shift, weekday (Saturday)


def _off(index: int, weekday: int) -> bool:
    """Two rotating days off a week, spread across the team."""
    return weekday in (index % 7, (index + 3) % 7)


def build_demo_roster(db: Database, actor: Actor, today: dt.date) -> int:
    current = week_start(today)
    mondays = [current - dt.timedelta(weeks=n) for n in (3, 2, 1, 0)]
    with db.write() as s:
        shifts = {sh.name: sh for sh in s.scalars(select(ShiftType))}
        posts = {p.id: p.name for p in s.scalars(select(Post))}
        teams = {t.id: t for t in s.scalars(select(Team))}
        team_of = {m.employee_id: m.team_id for m in s.scalars(select(TeamMember))}
        team_of.update({t.leader_id: t.id for t in teams.values() if t.leader_id})
        areas_of = defaultdict(list)
        for area in s.scalars(select(Area).order_by(Area.id)):
            if area.default_team_id:
                areas_of[area.default_team_id].append(area.id)

        plan = []  # (employee, post, shift name, area, index)
        by_post = Counter()
        staff = s.scalars(select(Employee).where(Employee.active.is_(True))
                          .order_by(Employee.code)).all()
        for emp in staff:
            post = posts.get(emp.post_id)
            if post not in POST_SHIFTS:
                continue  # management, sales and HR are not on the floor roster
            options = POST_SHIFTS[post]
            shift = options[by_post[post] % len(options)]
            team = teams.get(team_of.get(emp.id))
            if team is not None and team.name in LUNCH_TEAMS:
                shift = "午市"
            area_ids = areas_of.get(team.id, []) if team else []
            area = area_ids[by_post[post] % len(area_ids)] if area_ids else None
            plan.append((emp, emp.post_id, shift, area, len(plan)))
            by_post[post] += 1

        required = Counter()
        entries = 0
        for monday in mondays:
            for weekday in range(7):
                day = monday + dt.timedelta(days=weekday)
                for emp, post_id, shift, area, index in plan:
                    if _off(index, weekday):
                        continue
                    s.add(RosterEntry(day=day, shift_type_id=shifts[shift].id,
                                      employee_id=emp.id, post_id=post_id, area_id=area,
                                      attendance=_attendance(index, day, today)[0],
                                      late_minutes=_attendance(index, day, today)[1],
                                      attendance_by="demo" if day < today else None))
                    entries += 1
                    if monday == current:
                        required[(post_id, shifts[shift].id, weekday)] += 1
        peak_post = next(pid for pid, name in posts.items() if name == PEAK[0])
        required[(peak_post, shifts[PEAK[1]].id, PEAK[2])] += 1
        for pid in posts:
            for sh in shifts.values():
                for weekday in range(7):
                    s.add(StaffingRequirement(post_id=pid, shift_type_id=sh.id, weekday=weekday,
                                              required=required[(pid, sh.id, weekday)]))
        s.flush()
        _acting_leaders(s, teams, mondays, today)
        for monday in mondays:
            s.add(RosterWeek(week_start=monday, status="published",
                             published_at=dt.datetime.combine(monday - dt.timedelta(days=3),
                                                              dt.time(17)),
                             published_by=actor.username))

    coverage = CoverageService(db, actor)
    for monday in mondays[:-1]:  # the past peaks were filled by redeployment
        day = monday + dt.timedelta(days=PEAK[2])
        shift_id = shifts[PEAK[1]].id
        pick = [c for c in coverage.candidates(day, shift_id, peak_post) if c.level != "own"]
        if pick:
            coverage.redeploy(day, shift_id, peak_post, pick[0].employee_id)
            entries += 0 if pick[0].from_entry_id else 1
    return entries


def _attendance(index: int, day: dt.date, today: dt.date) -> tuple[str | None, int | None]:
    if day >= today:
        return None, None
    marker = (index * 7 + day.toordinal()) % 97
    if marker == 3:
        return "late", 10 + index % 20
    if marker == 5:
        return "absent", None
    if marker == 7:
        return "leave", None
    return "present", None


def _acting_leaders(s, teams, mondays, today) -> None:
    """Name an acting leader wherever a team is on duty without its leader, except the first
    such shift from today on, left open so the one-leads-three check has something to say."""
    rows = s.execute(select(RosterEntry.day, RosterEntry.shift_type_id, RosterEntry.employee_id,
                            TeamMember.team_id)
                     .join(TeamMember, TeamMember.employee_id == RosterEntry.employee_id)
                     .where(RosterEntry.day >= mondays[0])
                     .order_by(RosterEntry.employee_id)).all()
    on_duty = defaultdict(list)
    for day, shift_id, emp_id, team_id in rows:
        on_duty[(day, shift_id, team_id)].append(emp_id)
    leaders_on = {(e.day, e.shift_type_id, e.employee_id) for e in s.scalars(
        select(RosterEntry).where(RosterEntry.day >= mondays[0]))}
    left_open = False
    for (day, shift_id, team_id), members in sorted(on_duty.items()):
        team = teams[team_id]
        if team.leader_id is None or (day, shift_id, team.leader_id) in leaders_on:
            continue
        if day >= today and not left_open:
            left_open = True
            continue
        s.add(ActingLeader(day=day, shift_type_id=shift_id, team_id=team_id,
                           employee_id=members[0]))
