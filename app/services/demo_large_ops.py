"""The large demo's operations: rosters, patrol rounds with an answer per checklist item,
findings and their rectifications (see demo_large for the story and the storage rules)."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from app.db.engine import Database
from app.db.models import (
    Area,
    Employee,
    RosterEntry,
    RosterWeek,
    ShiftType,
    Team,
    TeamMember,
)
from app.db.models_patrol import Finding, Inspection, InspectionResult
from app.db.models_rectification import Rectification, RectificationEvent
from app.domain.checklists import Answer, score
from app.domain.rectification import ROOT_CAUSES, due_at
from app.domain.shifts import week_start
from app.services import audit
from app.services.base import Actor
from app.services.checklist_load import item_rule, suggest_version, version_dto
from app.services.demo_large import busy, insert_chunks
from app.services.demo_patrols import _answer
from app.services.demo_rectifications import _ACTIONS, _PREVENT
from app.services.escalation import deadlines, shift_end, sweep

LEVEL_FACTOR = {"leader": 0.8, "supervisor": 1.3, "manager": 1.6}
# Share of items failed and share of rectifications done on time, by team quality; each team
# draws one, so some teams are clearly better than others.
TEAM_QUALITY = [(0.025, 0.97), (0.035, 0.93), (0.045, 0.9), (0.055, 0.85), (0.07, 0.78),
                (0.09, 0.65)]
SHIFT_OF_TEAM = {"二楼大厅组": "午市", "工程组": "早班"}


@dataclass(frozen=True)
class OpsSummary:
    inspections: int
    answers: int
    findings: int
    rectifications: int


def _teams(s) -> tuple[dict, dict]:
    """team id → (name, leader, members); team id → its areas (id, kind)."""
    members = defaultdict(list)
    for tid, eid in s.execute(select(TeamMember.team_id, TeamMember.employee_id)
                              .join(Employee, Employee.id == TeamMember.employee_id)
                              .where(Employee.active.is_(True))
                              .order_by(TeamMember.employee_id)):
        members[tid].append(eid)
    teams = {t.id: (t.name, t.leader_id, members[t.id]) for t in s.scalars(select(Team))}
    areas = defaultdict(list)
    for a in s.scalars(select(Area).order_by(Area.id)):
        if a.default_team_id:
            areas[a.default_team_id].append((a.id, a.kind))
    return teams, areas


def build_large_roster(db: Database, actor: Actor, days: list[dt.date],
                       rng: random.Random) -> int:
    """Every team member and leader five days a week on their team's shift, in their team's
    areas; attendance mostly present, now and then late, absent or on leave."""
    with db.write() as s:
        shifts = {sh.name: sh.id for sh in s.scalars(select(ShiftType))}
        posts = dict(s.execute(select(Employee.id, Employee.post_id)).all())
        teams, areas = _teams(s)
        plan = []
        for tid, (name, leader, staff) in teams.items():
            shift = shifts[SHIFT_OF_TEAM.get(name, "晚市")]
            places = [a for a, _ in areas.get(tid, [])] or [None]
            for n, eid in enumerate(([leader] if leader else []) + staff):
                plan.append((eid, posts[eid], shift, places[n % len(places)], len(plan)))
        rows, rid = [], (s.scalar(select(RosterEntry.id).order_by(RosterEntry.id.desc())
                                  .limit(1)) or 0) + 1
        for day in days:
            wd = day.weekday()
            for eid, post, shift, area, index in plan:
                if wd in (index % 7, (index + 3) % 7):
                    continue
                roll = rng.random()
                attendance, late = (("late", rng.randint(5, 30)) if roll < 0.02 else
                                    ("absent", None) if roll < 0.028 else
                                    ("leave", None) if roll < 0.04 else ("present", None))
                rows.append({"id": rid, "day": day, "shift_type_id": shift, "employee_id": eid,
                             "post_id": post, "area_id": area, "attendance": attendance,
                             "late_minutes": late, "attendance_by": "demo"})
                rid += 1
        insert_chunks(s, RosterEntry, rows)
        taken = set(s.scalars(select(RosterWeek.week_start)))
        mondays = sorted({week_start(d) for d in days} - taken)
        insert_chunks(s, RosterWeek, [
            {"week_start": m, "status": "published", "published_by": actor.username,
             "published_at": dt.datetime.combine(m - dt.timedelta(days=3), dt.time(17))}
            for m in mondays])
        audit.append(s, dt.datetime.combine(days[-1], dt.time(23)), actor.username, "create",
                     "demo_large_roster", "", {"entries": len(rows), "weeks": len(mondays)})
    return len(rows)


def build_large_ops(db: Database, actor: Actor, days: list[dt.date],
                    rng: random.Random) -> OpsSummary:
    with db.write() as s:
        return _Ops(s, actor, rng).run(days)


class _Ops:
    def __init__(self, s, actor: Actor, rng: random.Random):
        self.s, self.actor, self.rng = s, actor, rng
        self.teams, self.areas = _teams(s)
        self.shifts = list(s.scalars(select(ShiftType).where(ShiftType.active.is_(True))))
        self.shift_id = {sh.name: sh for sh in self.shifts}
        self.codes = dict(s.execute(select(Employee.id, Employee.code)).all())
        self.by_code = {c: i for i, c in self.codes.items()}
        self.rules = deadlines(s)
        order = list(range(len(self.teams)))
        rng.shuffle(order)
        self.quality = {tid: TEAM_QUALITY[order[n] % len(TEAM_QUALITY)]
                        for n, tid in enumerate(sorted(self.teams))}
        self.versions = {}
        for kind in {k for places in self.areas.values() for _, k in places}:
            for level in LEVEL_FACTOR:
                found = suggest_version(s, kind, level)
                if found is not None:
                    self.versions[(kind, level)] = (found[0], version_dto(s, found[0]).items)
        self.ids = {m: (s.scalar(select(m.id).order_by(m.id.desc()).limit(1)) or 0) + 1
                    for m in (Inspection, InspectionResult, Finding, Rectification)}
        self.heads, self.answers, self.findings, self.rects, self.events = [], [], [], [], []

    def run(self, days: list[dt.date]) -> OpsSummary:
        rng = self.rng
        supervisors = [self.by_code[c] for c in ("FQ003", "FQ031", "FQ032", "FQ015")]
        manager = self.by_code["FQ002"]
        self.now = dt.datetime.combine(days[-1] + dt.timedelta(days=1), dt.time(9))
        for day in days:
            load = busy(day)
            for tid, places in self.areas.items():
                name, leader, staff = self.teams[tid]
                shift = self.shift_id[SHIFT_OF_TEAM.get(name, "晚市")]
                for area, kind in places:
                    if leader and rng.random() < min(1.0, 0.7 * load):
                        self._round(day, shift, tid, area, kind, "leader", leader, 10, load)
                    if rng.random() < 0.2 * load:
                        self._round(day, shift, tid, area, kind, "supervisor",
                                    rng.choice(supervisors), 60, load)
            for _ in range(rng.choice((2, 3))):
                tid = rng.choice(list(self.areas))
                area, kind = rng.choice(self.areas[tid])
                shift = self.shift_id[SHIFT_OF_TEAM.get(self.teams[tid][0], "晚市")]
                self._round(day, shift, tid, area, kind, "manager", manager, 90, load)
        s = self.s
        insert_chunks(s, Inspection, self.heads)
        insert_chunks(s, InspectionResult, self.answers)
        insert_chunks(s, Finding, self.findings)
        insert_chunks(s, Rectification, self.rects)
        insert_chunks(s, RectificationEvent, self.events)
        audit.append(s, self.now, self.actor.username, "create", "demo_large_patrols", "",
                     {"rounds": len(self.heads), "answers": len(self.answers),
                      "findings": len(self.findings), "rectifications": len(self.rects)})
        s.flush()
        sweep(s, self.now)
        return OpsSummary(len(self.heads), len(self.answers), len(self.findings),
                          len(self.rects))

    def _round(self, day, shift, tid, area, kind, level, who, offset, load) -> None:
        found = self.versions.get((kind, level))
        if found is None:
            return
        rng = self.rng
        version_id, items = found
        start = dt.datetime.combine(day, shift.start) + dt.timedelta(
            minutes=offset + rng.randint(0, 40), seconds=rng.randint(0, 59))
        step = dt.timedelta(seconds=rng.randint(15, 45))
        finished = start + step * (len(items) + 1)
        iid = self.ids[Inspection]
        self.ids[Inspection] += 1
        rate = self.quality[tid][0] * LEVEL_FACTOR[level] * load ** 0.7
        given, user = [], self.codes[who]
        for n, item in enumerate(items):
            item_, outcome, value, text, note = _answer(item, rng.random() < rate, rng)
            given.append((item_rule(item), Answer(outcome, value)))
            rid = self.ids[InspectionResult]
            self.ids[InspectionResult] += 1
            self.answers.append({"id": rid, "inspection_id": iid, "item_id": item.id,
                                 "outcome": outcome, "value": value, "text": text, "note": note,
                                 "answered_at": start + step * (n + 1)})
            if outcome == "fail":
                self._finding(tid, area, iid, rid, item, note, finished, user)
        result = score(given)
        self.heads.append({"id": iid, "version_id": version_id, "level": level,
                           "inspector": user, "inspector_employee_id": who, "area_id": area,
                           "day": day, "shift_type_id": shift.id, "started_at": start,
                           "finished_at": finished, "status": "submitted",
                           "score": result.percent, "flagged": result.flagged})

    def _finding(self, tid, area, iid, rid, item, note, at, by) -> None:
        rng = self.rng
        _, leader, staff = self.teams[tid]
        owner = rng.choice(staff) if staff else leader
        fid, xid = self.ids[Finding], self.ids[Rectification]
        self.ids[Finding] += 1
        self.ids[Rectification] += 1
        due = due_at(item.default_severity, at, shift_end(self.shifts, at), self.rules)
        age = self.now - at
        on_time = rng.random() < self.quality[tid][1]
        roll = rng.random()
        fix = (at + (due - at) * rng.uniform(0.3, 0.9) if on_time
               else due + dt.timedelta(minutes=rng.randint(20, 2880)))
        state = ("cancelled" if roll < 0.02 else "verified") if age > dt.timedelta(days=3) \
            else rng.choice(("open", "in_progress", "submitted", "verified"))
        if state == "verified" and fix >= self.now:
            state = "submitted" if at + (fix - at) / 2 < self.now else "in_progress"
        who = self.codes.get(owner, "system")
        trail = [("create", "", "open", at, by, "")]
        head = {"id": xid, "finding_id": fid, "assignee_id": owner, "accountable_id": owner,
                "escalation_level": 0, "due_at": due, "status": state, "root_cause": "",
                "corrective_action": "", "preventive_action": "", "verified_by": None,
                "verified_at": None, "efficacy": None, "recurrence_of_id": None,
                "created_at": at, "closed_at": None, "version": 1}
        if state == "cancelled":
            trail.append(("cancel", "open", "cancelled", at + (due - at) / 2, by, "重复登记"))
            head["closed_at"] = trail[-1][3]
        if state in ("in_progress", "submitted", "verified"):
            trail.append(("start", "open", "in_progress", at + (fix - at) / 3, who, ""))
        if state in ("submitted", "verified"):
            head.update(root_cause=rng.choice(list(ROOT_CAUSES)),
                        corrective_action=rng.choice(_ACTIONS),
                        preventive_action=rng.choice(_PREVENT))
            trail.append(("submit", "in_progress", "submitted", fix, who, ""))
        if state == "verified":
            done = fix + dt.timedelta(minutes=rng.randint(5, 120))
            efficacy = "partly" if rng.random() < 0.08 else "effective"
            trail.append(("verify", "submitted", "verified", done, by, ""))
            head.update(verified_by=by, verified_at=done, efficacy=efficacy, closed_at=done)
        head["version"] = len(trail)
        self.rects.append(head)
        self.events += [{"rectification_id": xid, "at": when, "actor": actor, "action": action,
                         "from_status": before, "to_status": after, "reason": reason,
                         "detail": json.dumps({"efficacy": head["efficacy"]})
                         if action == "verify" else "{}"}
                        for action, before, after, when, actor, reason in trail]
        self.findings.append({
            "id": fid, "inspection_id": iid, "result_id": rid, "area_id": area,
            "description": f"{item.text} — {note}" if note else item.text,
            "category": item.category, "severity": item.default_severity,
            "responsible_id": owner, "leader_id": leader, "unrostered": False,
            "owner_reason": "", "found_at": at, "found_by": by,
            "status": {"verified": "closed", "cancelled": "cancelled"}.get(state, "open"),
            "version": 1})
