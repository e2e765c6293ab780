"""The large demo venue (issue 9): the small venue's organisation scaled to 150 staff on five
floors (a 300-seat venue), then ``years`` of rosters, patrol rounds with an answer per
checklist item, findings with their rectifications, complaints, SERVQUAL forms and promise
outcomes, ending yesterday. Built for benchmarks: every part is planned from one seeded
generator and stored with Core bulk inserts (explicit ids, chunks of CHUNK rows) in one write
transaction, with one summary row in the audit chain per part.

Distribution a manager would recognise: busier (and sloppier) Friday to Sunday, peaks at the
Spring Festival, in summer and in the October holiday, and teams that differ in how often
they fail items and how often they fix on time (demo_large_ops.TEAM_QUALITY)."""

from __future__ import annotations

import datetime as dt
import random
import time
from dataclasses import dataclass

from sqlalchemy import func, insert, select, update

from app.db.engine import Database
from app.db.models import Area, Department, Employee, Post, Team, TeamMember
from app.domain.errors import QT_TRANSLATE_NOOP
from app.services import audit
from app.services.base import Actor
from app.services.demo import DemoService

SEED = 9_2026
CHUNK = 5_000
STAFF = 150
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉鹏飞宇欣怡婷雪琳晨浩"
# New floors: (floor, hall name, rooms) — each floor gets a section head and four teams.
FLOORS = [
    ("4F", "四楼宴会厅", ["富贵厅 401", "吉祥厅 402", "如意厅 403", "福满厅 405",
                      "金玉厅 406", "同心厅 407"]),
    ("5F", "五楼大厅", ["听雨轩 501", "观云阁 502", "揽月阁 503", "望江楼 505",
                    "清风轩 506", "明月轩 507"]),
    ("6F", "六楼宴会厅", ["鸿运厅 601", "锦绣厅 602", "瑞祥厅 603", "永乐厅 605",
                      "长春厅 606", "百合厅 607"]),
]


def insert_chunks(s, model, rows: list[dict]) -> None:
    """executemany in chunks (Core insert of a table: no RETURNING, no ORM defaults)."""
    table = getattr(model, "__table__", model)
    for n in range(0, len(rows), CHUNK):
        s.execute(insert(table), rows[n:n + CHUNK])


def season(day: dt.date) -> float:
    """How busy the venue is in that season: Spring Festival, summer, the October holiday."""
    doy = day.timetuple().tm_yday
    if 20 <= doy <= 50:  # late January to mid February (春节)
        return 1.6
    if 182 <= doy <= 243:  # July, August
        return 1.3
    if 274 <= doy <= 281:  # 国庆
        return 1.5
    if doy >= 335:  # December banquets
        return 1.15
    return 1.0


WEEKDAY = {0: 0.8, 1: 0.8, 2: 0.9, 3: 0.95, 4: 1.25, 5: 1.6, 6: 1.3}


def busy(day: dt.date) -> float:
    return season(day) * WEEKDAY[day.weekday()]


@dataclass(frozen=True)
class LargeSummary:
    employees: int
    teams: int
    areas: int
    days: int
    roster_entries: int
    inspections: int
    answers: int
    findings: int
    rectifications: int
    complaints: int
    surveys: int
    outcomes: int
    seconds: float = 0.0

    def render(self, translate=None) -> str:
        template = QT_TRANSLATE_NOOP(
            "cli", "Large demo venue created in {seconds:.1f} s: {employees} staff, {teams} teams, "
                   "{areas} areas, {days} days ending yesterday: {roster_entries} roster "
                   "entries, {inspections} patrol rounds with {answers} answers, {findings} "
                   "findings and {rectifications} rectifications, {complaints} complaints, "
                   "{surveys} SERVQUAL forms and {outcomes} promise outcomes.")
        if translate:
            template = translate("cli", template)
        return template.format(**self.__dict__)


def build_large_demo(db: Database, actor: Actor, years: float = 3.0,
                     today: dt.date | None = None) -> LargeSummary:
    """The large venue into an empty database; ``years`` may be a fraction (tests)."""
    from app.services.demo_large_guests import build_large_guests
    from app.services.demo_large_ops import build_large_ops, build_large_roster

    started = time.perf_counter()
    today = today or dt.date.today()
    n_days = max(1, round(365 * years))
    days = [today - dt.timedelta(days=n) for n in range(n_days, 0, -1)]
    rng = random.Random(SEED + today.toordinal())
    DemoService(db, actor).build()
    with db.write() as s:
        _scale_org(s, rng, days[0])
        audit.append(s, dt.datetime.combine(days[0], dt.time(8)), actor.username, "create",
                     "demo_large_org", "", {"employees": STAFF})
    entries = build_large_roster(db, actor, days, rng)
    ops = build_large_ops(db, actor, days, rng)
    guests = build_large_guests(db, actor, days, rng)
    with db.read() as s:
        employees = s.scalar(select(func.count()).select_from(Employee))
        teams = s.scalar(select(func.count()).select_from(Team))
        areas = s.scalar(select(func.count()).select_from(Area))
    return LargeSummary(employees, teams, areas, n_days, entries, ops.inspections, ops.answers,
                        ops.findings, ops.rectifications, guests.complaints, guests.surveys,
                        guests.outcomes, time.perf_counter() - started)


def _scale_org(s, rng: random.Random, first_day: dt.date) -> None:
    """Three more floors (a section head, three private-room groups and a hall group each)
    and a second runners' team, up to STAFF people; post quotas follow the head count."""
    posts = dict(s.execute(select(Post.name, Post.id)).all())
    depts = dict(s.execute(select(Department.name, Department.id)).all())
    emp_id = (s.scalar(select(func.max(Employee.id))) or 0) + 1
    team_id = (s.scalar(select(func.max(Team.id))) or 0) + 1
    area_id = (s.scalar(select(func.max(Area.id))) or 0) + 1
    count = s.scalar(select(func.count()).select_from(Employee))
    code_no = count + 1
    assistant = s.scalar(select(Employee.id).where(Employee.code == "FQ003"))
    runner_boss = s.scalar(select(Employee.id).where(Employee.code == "FQ015"))
    people, teams, members, areas = [], [], [], []
    names = set(s.scalars(select(Employee.name)))

    def person(post: str, leader: int | None) -> int:
        nonlocal emp_id, code_no
        name = ""
        while not name or name in names:
            name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2))))
        names.add(name)
        hired = first_day - dt.timedelta(days=rng.randint(30, 3000))
        people.append({"id": emp_id, "code": f"FQ{code_no:03d}", "name": name,
                       "phone": f"1{rng.choice('3589')}{rng.randint(0, 999_999_999):09d}",
                       "hire_date": hired, "post_id": posts[post], "leader_id": leader,
                       "active": True, "version": 1})
        emp_id += 1
        code_no += 1
        return emp_id - 1

    def team(name: str, dept: str, leader: int, staff: list[int]) -> int:
        nonlocal team_id
        teams.append({"id": team_id, "name": name, "department_id": depts[dept],
                      "leader_id": leader})
        members.extend({"team_id": team_id, "employee_id": e} for e in staff)
        team_id += 1
        return team_id - 1

    def area(name: str, kind: str, floor: str, dept: str, default: int | None) -> None:
        nonlocal area_id
        areas.append({"id": area_id, "name": name, "kind": kind, "floor": floor,
                      "department_id": depts[dept], "default_team_id": default})
        area_id += 1

    # A second runners' team for the new floors.
    lead = person("传菜组长", runner_boss)
    runners = team("传菜二组", "传菜部", lead, [person("传菜员", lead) for _ in range(11)])
    for floor, hall, rooms in FLOORS:
        head = person("楼面部长", assistant)
        prefix = hall[:2]
        for g in range(3):
            lead = person("包房组长", head)
            tid = team(f"{prefix}包房{'一二三'[g]}组", "楼面服务部", lead,
                       [person("包房服务员", lead) for _ in range(5)])
            for room in rooms[g * 2:g * 2 + 2]:
                area(room, "private_room", floor, "楼面服务部", tid)
        lead = person("大厅组长", head)
        tid = team(f"{prefix}大厅组", "楼面服务部", lead,
                   [person("值台服务员", lead) for _ in range(5)])
        area(hall, "hall", floor, "楼面服务部", tid)
        area(f"{prefix}洗手间", "restroom", floor, "楼面服务部", tid)
        area(f"{prefix}传菜通道", "passage", floor, "传菜部", runners)
    extra = STAFF - count - len(people)
    hall_team = teams[-1]["id"]
    for _ in range(max(0, extra)):  # the last hall group takes any remainder
        members.append({"team_id": hall_team, "employee_id": person("值台服务员",
                                                                    teams[-1]["leader_id"])})
    insert_chunks(s, Employee, people)
    insert_chunks(s, Team, teams)
    insert_chunks(s, TeamMember, members)
    insert_chunks(s, Area, areas)
    heads = dict(s.execute(select(Employee.post_id, func.count()).where(Employee.active.is_(True))
                           .group_by(Employee.post_id)).all())
    for pid, n in heads.items():
        if pid is not None:
            s.execute(update(Post).where(Post.id == pid, Post.quota < n).values(quota=n))
