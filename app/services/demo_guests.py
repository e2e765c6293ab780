"""The demo venue's guest side: three weeks of complaints, guest comments, SERVQUAL forms and
the promise register, ending this morning (09:00, the demo's "now", as for the escalation
sweep of the rectifications).

Complaints come in at the lunch and dinner peaks, more on Friday to Sunday evenings; nearly
all get their first response within the limit, a few on busy evenings do not. Most are handed
to the department of the area and the person on duty there, resolved, fed back to the guest
and rated; two that came in this morning about last night are still open; three revealed a
defect and opened a rectification (demo_complaints). Guests expect a lot and perceive
responsiveness and empathy worst; managers under-estimate what guests expect of those two
and over-estimate tangibles (gap 1); promises are mostly kept and missed at the peaks
(demo_guest_forms). The texts and odds are in demo_guest_texts.

Everything is planned from one seeded generator (the same demo for the same day) and stored
with bulk inserts in one transaction. The on-duty rules are applied to the roster in memory
(a lookup per complaint through OnDutyService would cost more than the whole guest side)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select

from app.db.engine import Database
from app.db.models import (
    ActingLeader,
    Area,
    Department,
    Employee,
    RosterEntry,
    ShiftType,
    Team,
    TeamMember,
)
from app.domain.shifts import shift_window
from app.services import audit
from app.services import demo_data as data
from app.services import demo_guest_texts as txt
from app.services.base import Actor
from app.services.escalation import sweep
from app.services.on_duty import OFF_DUTY
from app.services.settings import read_setting

DAYS = 21
SEED = 6_2026


@dataclass(frozen=True)
class GuestSummary:
    complaints: int
    comments: int
    surveys: int
    outcomes: int


@dataclass(frozen=True)
class DemoArea:
    id: int
    name: str
    kind: str
    floor: str
    department_id: int | None
    team_id: int | None


def build_demo_guests(db: Database, actor: Actor, today: dt.date) -> GuestSummary:
    """Complaints, comments, surveys and promise outcomes ending today; what was created."""
    from app.services.demo_complaints import plan_complaints, store_complaints
    from app.services.demo_guest_forms import build_comments, build_promises, build_surveys

    rng = random.Random(SEED + today.toordinal())
    with db.write() as s:
        ctx = GuestContext(s, today)
        complaints = store_complaints(s, ctx, plan_complaints(ctx, rng), rng)
        comments = build_comments(s, ctx, rng)
        surveys = build_surveys(s, ctx, rng)
        promises, outcomes, standing = build_promises(s, ctx, rng)
        audit.append(s, ctx.now, actor.username, "create", "demo_guests", "",
                     {"complaints": complaints, "comments": comments, "surveys": surveys,
                      "promises": promises, "promise_outcomes": outcomes,
                      "complaint_promise": standing})
        sweep(s, ctx.now)  # a linked rectification past its deadline escalates as usual
    return GuestSummary(complaints, comments, surveys, outcomes)


class GuestContext:
    """The venue as the guest-side demo needs it, read once."""

    def __init__(self, s, today: dt.date):
        self.today = today
        self.now = dt.datetime.combine(today, dt.time(9, 0))
        self.days = [today - dt.timedelta(days=n) for n in range(DAYS, 0, -1)]
        self.limit = read_setting(s, "complaint.response_minutes")
        self.shifts = [(sh.id, sh.start, sh.end) for sh in s.scalars(
            select(ShiftType).where(ShiftType.active.is_(True)).order_by(ShiftType.id))]
        self.areas = {a.name: DemoArea(a.id, a.name, a.kind, a.floor, a.department_id,
                                       a.default_team_id)
                      for a in s.scalars(select(Area).order_by(Area.id))}
        self.departments = dict(s.execute(select(Department.id, Department.name)).all())
        self.team_leader = dict(s.execute(select(Team.id, Team.leader_id)).all())
        self.members: dict[int, list[int]] = {}
        for team_id, emp in s.execute(select(TeamMember.team_id, TeamMember.employee_id)
                                      .order_by(TeamMember.employee_id)):
            self.members.setdefault(team_id, []).append(emp)
        first = self.days[0] - dt.timedelta(days=1)
        self.acting = {(a.day, a.shift_type_id, a.team_id): a.employee_id for a in s.scalars(
            select(ActingLeader).where(ActingLeader.day >= first))}
        self.roster: dict[tuple, list[int]] = {}
        self.working: dict[tuple, set[int]] = {}
        for day, shift_id, area_id, emp, attendance in s.execute(
                select(RosterEntry.day, RosterEntry.shift_type_id, RosterEntry.area_id,
                       RosterEntry.employee_id, RosterEntry.attendance)
                .where(RosterEntry.day >= first, RosterEntry.day <= today)
                .order_by(RosterEntry.employee_id)):
            if attendance in OFF_DUTY:
                continue
            self.working.setdefault((day, shift_id), set()).add(emp)
            if area_id is not None:
                self.roster.setdefault((day, shift_id, area_id), []).append(emp)
        people = s.execute(select(Employee.id, Employee.code, Employee.name)).all()
        logins = {u["employee"]: u["username"] for u in data.USERS if u["employee"]}
        self.people = {code: eid for eid, code, _ in people}
        self.names = {eid: name for eid, _, name in people}
        self.login = {eid: logins.get(code, code) for eid, code, _ in people}

    def area(self, name: str) -> DemoArea:
        return self.areas[name]

    def slots(self, at: dt.datetime) -> list[tuple[dt.date, int]]:
        """(day, shift) of every shift running at ``at`` (a night shift belongs to its start)."""
        out = []
        for shift_id, start, end in self.shifts:
            for day in (at.date() - dt.timedelta(days=1), at.date()):
                begin, finish = shift_window(day, start, end)
                if begin <= at < finish:
                    out.append((day, shift_id))
        return out

    def team_lead(self, team_id: int | None, slots) -> int | None:
        if team_id is None:
            return None
        for day, shift_id in slots:
            if (day, shift_id, team_id) in self.acting:
                return self.acting[(day, shift_id, team_id)]
        return self.team_leader.get(team_id)

    def responsible(self, area: DemoArea, at: dt.datetime) -> int | None:
        """OnDutyService's rules: the one person rostered there, else the team's leader."""
        slots = self.slots(at)
        people = sorted({e for d, sid in slots for e in self.roster.get((d, sid, area.id), ())})
        return people[0] if len(people) == 1 else self.team_lead(area.team_id, slots)

    def duty_leader(self, area: DemoArea | None, at: dt.datetime) -> int:
        """Who answers a complaint on the floor: the area team's leader if at work then (or
        the acting leader), else the floor's supervisor."""
        slots = self.slots(at)
        if area is not None and area.team_id is not None:
            lead = self.team_leader.get(area.team_id)
            if any(lead in self.working.get(slot, ()) for slot in slots):
                return lead
            for day, shift_id in slots:
                if (day, shift_id, area.team_id) in self.acting:
                    return self.acting[(day, shift_id, area.team_id)]
        code = txt.FLOOR_SUPERVISOR.get(area.floor if area else "", txt.MANAGER)
        return self.people[code]




# ---------------------------------------------------------------- shared by the demo parts


def at_minute(day: dt.date, hour: int, minute: int, offset: float, rng: random.Random
              ) -> dt.datetime:
    """``offset`` minutes after hour:minute on ``day``, to a random whole second."""
    return (dt.datetime.combine(day, dt.time(hour, minute))
            + dt.timedelta(minutes=int(offset), seconds=rng.randint(0, 59)))


def some_minutes(rng: random.Random, low: float, high: float) -> dt.timedelta:
    """Between ``low`` and ``high`` minutes, in whole seconds (as a clock would stamp it)."""
    return dt.timedelta(seconds=rng.randint(round(low * 60), round(high * 60)))


def choose(rng: random.Random, weights: dict) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def table_no(area: DemoArea, rng: random.Random) -> str:
    """A hall table (A on the second floor, B on the third); rooms are their own table."""
    if area.kind == "hall":
        return f"{'A' if area.floor == '2F' else 'B'}{rng.randint(1, 24):02d}"
    return "吧台" if area.kind == "bar" else ""


def guest_name(rng: random.Random) -> str:
    return rng.choice(txt.SURNAMES) + rng.choice(txt.TITLES)


def phone(rng: random.Random) -> str:
    """A mobile number as the venue writes it down, middle digits masked."""
    return f"1{rng.choice('3589')}{rng.randint(0, 9)}****{rng.randint(0, 9999):04d}"
