"""Checking a parsed staff sheet against the organisation already in the database, and
working out what an import would change. The database is read once into a snapshot; the
checks themselves are plain Python so every problem in the file is found in one pass."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.db.models import Department, Employee, Post, Qualification, Team
from app.domain.errors import QT_TRANSLATE_NOOP
from app.domain.hierarchy import cycle_if_led_by
from app.services.staff_sheet import Problem, Sheet, StaffRow, split_level

_LIST_AT_MOST = 5  # codes named in one message before "…"


@dataclass(frozen=True)
class Person:
    """An employee as the file talks about them: posts by name, leaders by code."""

    name: str
    phone: str
    hire_date: dt.date | None
    post: str
    leader: str
    active: bool


@dataclass
class Snapshot:
    departments: dict[str, int]
    posts: dict[str, tuple[int, str]]  # post name -> (id, department name)
    employees: dict[str, tuple[int, Person]]  # code -> (id, state)
    teams_led: dict[str, list[str]]  # leader code -> team names
    qualifications: dict[str, dict[str, str]]  # code -> {post name: level}


def load_snapshot(s: Session) -> Snapshot:
    departments = dict(s.execute(select(Department.name, Department.id)).all())
    dept_name = {i: n for n, i in departments.items()}
    posts = {name: (pid, dept_name[did])
             for pid, name, did in s.execute(select(Post.id, Post.name, Post.department_id))}
    post_name = {pid: name for name, (pid, _d) in posts.items()}
    leader = aliased(Employee)
    employees = {}
    for e, lcode in s.execute(select(Employee, leader.code)
                              .outerjoin(leader, leader.id == Employee.leader_id)):
        employees[e.code] = (e.id, Person(e.name, e.phone or "", e.hire_date,
                                          post_name.get(e.post_id, ""), lcode or "", e.active))
    code_of = {eid: code for code, (eid, _p) in employees.items()}
    teams_led: dict[str, list[str]] = {}
    for name, lid in s.execute(select(Team.name, Team.leader_id).where(Team.leader_id.is_not(None))
                               .order_by(Team.name)):
        teams_led.setdefault(code_of[lid], []).append(name)
    qualifications: dict[str, dict[str, str]] = {}
    for eid, pid, level in s.execute(select(Qualification.employee_id, Qualification.post_id,
                                            Qualification.level)):
        qualifications.setdefault(code_of[eid], {})[post_name[pid]] = level
    return Snapshot(departments, posts, employees, teams_led, qualifications)


@dataclass
class Plan:
    problems: list[Problem]
    new_departments: list[str] = field(default_factory=list)
    new_posts: dict[str, str] = field(default_factory=dict)  # post -> department
    quotas: dict[str, int] = field(default_factory=dict)  # for new posts: active people on it
    targets: dict[str, Person] = field(default_factory=dict)  # code -> state after import
    extras: dict[str, dict[str, str]] | None = None  # code -> {post: level}; None: keep as is
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0


def make_plan(snap: Snapshot, sheet: Sheet, create_missing: bool) -> Plan:
    plan = Plan(list(sheet.problems))
    rows = _first_by_code(sheet.rows)

    def problem(r: StaffRow, key: str, message: str, **params: object) -> None:
        plan.problems.append(Problem(r.row, sheet.col(key), message, params))

    _check_posts(snap, sheet, create_missing, plan, problem)
    # The state each employee in the file will have; absent columns keep the database value.
    for code, r in rows.items():
        old = snap.employees.get(code, (None, Person("", "", None, "", "", True)))[1]
        plan.targets[code] = Person(
            r.name, r.phone if sheet.has("phone") else old.phone,
            r.hire_date if sheet.has("hire_date") else old.hire_date, r.post,
            r.leader if sheet.has("leader") else old.leader,
            r.active if sheet.has("active") else old.active)
    _check_leaders(snap, sheet, rows, plan, problem)
    _check_leavers(snap, sheet, rows, plan, problem)
    if sheet.has("extra_posts"):
        _check_extras(snap, sheet, plan, problem)
    for code, target in plan.targets.items():
        if code not in snap.employees:
            plan.created.append(code)
        elif (target != snap.employees[code][1]
              or (plan.extras is not None
                  and plan.extras.get(code, {}) != snap.qualifications.get(code, {}))):
            plan.updated.append(code)
        else:
            plan.unchanged += 1
    # As the user reads the sheet: by row, then left to right (the sort is stable).
    position = {header: i for i, header in enumerate(sheet.headers.values())}
    plan.problems.sort(key=lambda p: (p.row, position.get(p.column, len(position))))
    return plan


def _first_by_code(rows: list[StaffRow]) -> dict[str, StaffRow]:
    out: dict[str, StaffRow] = {}
    for r in rows:
        if r.code:
            out.setdefault(r.code, r)  # a repeated code is already a problem
    return out


def _check_posts(snap: Snapshot, sheet: Sheet, create_missing: bool, plan: Plan, problem) -> None:
    new_depts: dict[str, None] = {}
    for r in sheet.rows:
        dept = r.department
        if dept and dept not in snap.departments:
            if create_missing:
                new_depts.setdefault(dept)
            else:
                problem(r, "department", QT_TRANSLATE_NOOP("import", "unknown department {name}"),
                        name=dept)
        if not r.post:
            continue
        if r.post in snap.posts:
            actual = snap.posts[r.post][1]
            if dept and dept != actual:
                problem(r, "department", QT_TRANSLATE_NOOP(
                    "import", "post {post} belongs to department {actual}, not {given}"),
                    post=r.post, actual=actual, given=dept)
        elif not create_missing:
            problem(r, "post", QT_TRANSLATE_NOOP("import", "unknown post {post}"), post=r.post)
        elif not dept:
            problem(r, "department", QT_TRANSLATE_NOOP(
                "import", "a department is needed to create post {post}"), post=r.post)
        elif r.post in plan.new_posts and plan.new_posts[r.post] != dept:
            problem(r, "department", QT_TRANSLATE_NOOP(
                "import", "post {post} is given in department {other} on another row"),
                post=r.post, other=plan.new_posts[r.post])
        else:
            plan.new_posts.setdefault(r.post, dept)
    plan.new_departments = list(new_depts)
    heads = Counter(r.post for r in _first_by_code(sheet.rows).values() if r.active)
    plan.quotas = {post: heads[post] for post in plan.new_posts}


def _person_label(code: str, plan: Plan, snap: Snapshot) -> str:
    name = plan.targets[code].name if code in plan.targets else snap.employees[code][1].name
    return f"{code} {name}".strip()


def _check_leaders(snap: Snapshot, sheet: Sheet, rows: dict[str, StaffRow], plan: Plan,
                   problem) -> None:
    known = set(snap.employees) | set(plan.targets)
    for r in sheet.rows:
        lead = r.leader
        if not lead or lead == r.code:
            continue  # no leader, or already reported as leading themselves
        if lead not in known:
            problem(r, "leader", QT_TRANSLATE_NOOP("import", "leader code {code} not found"),
                    code=lead)
            continue
        lead_active = (plan.targets[lead].active if lead in plan.targets
                       else snap.employees[lead][1].active)
        target = plan.targets.get(r.code)
        row_active = target.active if target is not None and not sheet.has("active") else r.active
        if row_active and not lead_active:
            problem(r, "leader", QT_TRANSLATE_NOOP(
                "import", "leader {leader} has left and cannot lead anyone"),
                leader=_person_label(lead, plan, snap))
    # Cycles in the merged reports-to graph: the database overlaid with the file.
    merged = {code: person.leader or None for code, (_i, person) in snap.employees.items()}
    merged.update({code: t.leader if t.leader in known and t.leader != code else None
                   for code, t in plan.targets.items()})
    reported: set[frozenset[str]] = set()
    for code, r in rows.items():
        loop = cycle_if_led_by(code, merged[code], merged)
        if loop and frozenset(loop) not in reported:
            reported.add(frozenset(loop))
            problem(r, "leader", QT_TRANSLATE_NOOP("import", "leaders form a loop: {chain}"),
                    chain=" → ".join(_person_label(c, plan, snap) for c in loop))


def _check_leavers(snap: Snapshot, sheet: Sheet, rows: dict[str, StaffRow], plan: Plan,
                   problem) -> None:
    """Someone the file marks as left must not still lead people or teams outside the file,
    as when HR deactivates them in the app."""
    if not sheet.has("active"):
        return
    leaving = {code for code, t in plan.targets.items()
               if not t.active and code in snap.employees and snap.employees[code][1].active}
    if not leaving:
        return
    still_led: dict[str, list[str]] = {}
    for code, (_i, person) in snap.employees.items():
        if person.leader in leaving and person.active and code not in plan.targets:
            still_led.setdefault(person.leader, []).append(code)
    for code in sorted(leaving, key=lambda c: rows[c].row):
        if code in still_led:
            codes = sorted(still_led[code])
            shown = "、".join(codes[:_LIST_AT_MOST]) + ("…" if len(codes) > _LIST_AT_MOST else "")
            problem(rows[code], "active", QT_TRANSLATE_NOOP(
                "import", "{name} still leads {count} people who are not in this file ({codes}); "
                          "give them another leader first"),
                name=plan.targets[code].name, count=len(codes), codes=shown)
        for team in snap.teams_led.get(code, []):
            problem(rows[code], "active", QT_TRANSLATE_NOOP(
                "import", "{name} still leads team {team}; give the team another leader first"),
                name=plan.targets[code].name, team=team)


def _check_extras(snap: Snapshot, sheet: Sheet, plan: Plan, problem) -> None:
    known = set(snap.posts) | set(plan.new_posts)
    plan.extras = {}
    seen: set[str] = set()
    for r in sheet.rows:
        if not r.code or r.code in seen:
            continue
        seen.add(r.code)
        wanted: dict[str, str] = {}
        for item in r.extras:
            post, level = split_level(item, known)
            if post not in known:
                problem(r, "extra_posts", QT_TRANSLATE_NOOP("import", "unknown extra post {post}"),
                        post=post)
            elif level is None:
                problem(r, "extra_posts", QT_TRANSLATE_NOOP(
                    "import", "level of {item} not understood; write 培训中, 合格 or 可带教"),
                    item=item)
            elif post != r.post:  # one's own post is no extra skill
                wanted[post] = level
        plan.extras[r.code] = wanted
