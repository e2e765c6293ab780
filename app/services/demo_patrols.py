"""Demo patrols: three weeks of rounds at every level, ending yesterday.

Team leaders check each rostered area at shift opening (and some areas again two hours in),
a supervisor patrols most areas once a shift, the manager audits a few areas a day and a
mystery guest audits a private room once a week. Teams differ: one is tidy, one is sloppy
and its leader passes nearly everything (so the supervisors' findings there show up as
disagreements against that leader); busy Saturdays go worse. Failed items carry a Chinese
note, a dozen or so a photo; each becomes a finding owned through the on-duty lookup.

Everything is planned in memory first (deterministic for a given ``today``), the owners are
looked up per area and shift, then one write transaction stores the rounds with bulk inserts
and submits them in time order so the disagreement check sees what submit would have seen."""

from __future__ import annotations

import datetime as dt
import io
import random
from collections import defaultdict
from dataclasses import dataclass, field

from PIL import Image, ImageDraw
from sqlalchemy import func, insert, select

from app.db.engine import Database
from app.db.models import ActingLeader, Area, Employee, RosterEntry, ShiftType, Team
from app.db.models_patrol import ChecklistItem, Inspection, InspectionResult, Photo
from app.domain.checklists import LEVEL_RANK, Answer, failed, score
from app.domain.shifts import shift_window
from app.services import audit
from app.services import demo_data as data
from app.services.base import Actor
from app.services.checklist_dto import ItemDTO
from app.services.checklist_load import item_rule, suggest_version, version_dto
from app.services.on_duty import OFF_DUTY, OnDutyService
from app.services.patrol_findings import new_finding
from app.services.patrol_history import record_disagreements
from app.services.patrols import shift_at
from app.services.photos import store_photo

DAYS = 21
SEED = 4_2026
# Share of items failed per area team, before the level and the weekday are counted in.
TEAM_RATE = {"三楼包房二组": 0.12, "传菜组": 0.085, "二楼大厅组": 0.075, "营业组": 0.065,
             "二楼包房一组": 0.035, "三楼大厅组": 0.05, "工程组": 0.045}
DEFAULT_RATE = 0.065
LEVEL_FACTOR = {"leader": 1.0, "supervisor": 1.3, "manager": 1.6, "external": 2.2}
DISAGREE, DISAGREE_SLOPPY = 0.015, 0.15  # chance a higher layer fails what a lower one passed
SLOPPY_TEAM = "三楼包房二组"  # its leader passes nearly everything (pencil-whipping)
WEEKDAY_FACTOR = {4: 1.2, 5: 1.7, 6: 1.2}  # Friday, busy Saturday (婚宴), Sunday
PHOTO_ITEM_FACTOR = 0.12  # items that need a photo on fail are the serious ones: rarer
MIN_PHOTOS = 12  # inspectors also photograph some failures that do not require it
PHOTO_CATEGORIES = ("hygiene", "facilities", "safety", "linen", "tableware")
EXTERNAL = "神秘顾客"
MANAGER_KINDS = ("private_room", "hall", "reception", "pass", "bar")

# Notes for a failed item: matched by a word in the item's text, else by its category.
KEYWORD_NOTES = [
    (("桌布", "台布", "口布", "布草"), ["桌布有污渍，已更换", "口布有破损，已撤换", "台布铺设不正，已调整"]),
    (("垃圾",), ["垃圾桶未及时清理，已清理", "垃圾桶未加盖，已盖好"]),
    (("洁具", "洗手间", "纸篓"), ["纸篓已满未清，已清理", "洗手台有积水，已擦干",
                             "洗手液用完未补充，已补充"]),
    (("镜面", "玻璃"), ["镜面有水印，已擦拭", "玻璃门有手印，已擦净"]),
    (("积尘", "出风口"), ["空调出风口积尘，已安排清洁", "灯罩积灰，已安排擦拭"]),
    (("警示牌", "湿滑", "防滑"), ["地面湿滑未放警示牌，已补放"]),
    (("地面", "地毯", "踢脚线"), ["地面有水渍，已安排保洁擦干", "地面有纸屑，已清扫",
                           "踢脚线有污渍，已擦净"]),
    (("工牌",), ["工牌未佩戴，已提醒", "工牌佩戴歪斜，已纠正"]),
    (("饰品", "淡妆", "仪容"), ["佩戴夸张耳环，已要求摘下", "头发未按要求盘起，已整理",
                          "工服有污渍，已更换"]),
    (("鞋袜",), ["皮鞋未擦亮，已提醒", "袜子颜色不统一，已提醒"]),
    (("口香糖", "吃东西"), ["员工在岗位上嚼口香糖，已制止"]),
    (("微笑", "目光"), ["接待时面无表情，已提醒", "与客人交流时未看客人，已提醒"]),
    (("水龙头", "漏水", "滴漏"), ["水龙头滴水，已报修"]),
    (("门锁", "门吸", "合页"), ["门吸松脱，已报修", "包房门锁不灵，已报工程部"]),
    (("音响", "电视", "呼叫器"), ["呼叫器无响应，已报工程部", "音响有杂音，已通知工程",
                            "电视遥控器无电，已换电池"]),
    (("电梯",), ["轿厢地面有污迹，已清洁"]),
    (("烟感", "喷淋"), ["喷淋头被装饰物遮挡，已移开"]),
    (("消防", "安全出口", "通道"), ["消防通道堆放杂物，已清理", "通道内停放餐车，已移开"]),
    (("应急照明", "疏散"), ["疏散指示灯不亮，已报修"]),
    (("烟头", "火种"), ["走廊发现烟头，已清理并提醒"]),
    (("燃气",), ["燃气阀未关，已当场关闭并上报"]),
    (("电源", "电器"), ["电器电源未关，已关闭"]),
    (("药箱",), ["药箱内创可贴过期，已申领补充"]),
    (("监控",), ["一路监控无画面，已报修"]),
    (("门窗",), ["窗户未上锁，已锁好"]),
    (("台阶", "坡道", "扶手"), ["台阶提示条脱落，已报修"]),
    (("报修",), ["损坏设施未填报修单，已补填", "报修超时未修复，已催办"]),
    (("墙面", "天花"), ["天花板有水渍，已报工程部"]),
    (("地漏", "下水"), ["地漏有反味，已报修并放除味剂"]),
    (("摆台", "餐具", "骨碟"), ["骨碟边缘有缺口，已撤换", "水杯有水印，已重新擦拭",
                          "摆台不齐，已调整"]),
    (("茶", "毛巾"), ["客人落座三分钟未上茶，已提醒补上", "热毛巾未备好，已补上"]),
    (("遗留",), ["客人离座后未检查遗留物品，已提醒"]),
    (("账单", "结账"), ["账单漏录一道菜，已更正并致歉"]),
    (("特色菜", "酒水"), ["员工说不清今日特色菜，已现场培训"]),
    (("打包", "发票"), ["未主动提供打包服务，已提醒"]),
    (("迟到", "到岗"), ["一名员工迟到十分钟，已登记"]),
    (("撤", "巡台"), ["巡台不及时，空盘未撤，已提醒", "客人示意未及时回应，已致歉"]),
    (("过期", "受潮"), ["纸巾受潮，已更换", "湿巾过期，已撤下"]),
    (("仓库", "先进先出"), ["物品摆放混乱，已整理"]),
    (("投诉", "不满"), ["客人不满未及时上报，已补报"]),
    (("预订",), ["预订信息未与客人核对，已补核"]),
    (("加盖", "保温"), ["菜品未加盖保温，已提醒"]),
    (("传菜", "出菜"), ["出菜口菜品积压，已催传菜", "传菜未核对台号，已提醒"]),
]
CATEGORY_NOTES = {
    "hygiene": ["卫生不达标，已安排重新清洁", "清洁不彻底，已返工"],
    "linen": ["布草不符合标准，已撤换"],
    "tableware": ["餐具不符合标准，已撤换重摆"],
    "grooming": ["仪容不符合要求，已提醒整改"],
    "service": ["服务流程未按标准执行，已现场纠正", "服务不到位，已提醒当班员工"],
    "facilities": ["设施故障，已填写报修单", "设备异常，已通知工程部"],
    "safety": ["存在安全隐患，已现场处理并上报"],
    "delivery": ["传菜不符合要求，已提醒", "菜品未加盖，已提醒"],
    "consumables": ["物资准备不足，已补齐", "纸巾不足，已补充"],
}
TEXT_ANSWERS = ["无异常", "正常", "已交接", "无", "客人满意，无意见", "按计划执行"]


@dataclass(frozen=True)
class _Area:
    id: int
    kind: str
    floor: str
    default_team_id: int | None


@dataclass(frozen=True)
class _Shift:
    id: int
    name: str
    start: dt.time
    end: dt.time


@dataclass
class _Round:
    area: _Area
    team: str
    level: str
    version_id: int
    items: tuple[ItemDTO, ...]
    inspector: str
    employee_id: int | None
    day: dt.date
    shift_id: int
    started: dt.datetime
    finished: dt.datetime
    answers: list[tuple] = field(default_factory=list)  # (item, outcome, value, text, note)
    photos: set[int] = field(default_factory=set)  # item ids given a photo


def build_demo_patrols(db: Database, actor: Actor, today: dt.date) -> int:
    """Rounds from three weeks ago to yesterday; the number of rounds created."""
    rng = random.Random(SEED + today.toordinal())
    with db.read() as s:
        ctx = _Context.load(s, today)
    rounds = _plan(ctx, rng)
    if not rounds:
        return 0
    rounds.sort(key=lambda r: (r.finished, r.area.id, LEVEL_RANK[r.level]))
    _answer_all(rounds, ctx, rng)
    _more_photos(rounds, rng)
    duty = _owners(db, actor, rounds, ctx)
    images = {(id(r), item_id): _photo_bytes(rng) for r in rounds for item_id in r.photos}
    with db.write() as s:
        _store(s, actor, rounds, duty, images)
    from app.services.demo_rectifications import build_demo_rectifications

    build_demo_rectifications(db, actor, today, SEED + today.toordinal())
    return len(rounds)


@dataclass
class _Context:
    shifts: dict[int, _Shift]
    areas: dict[int, _Area]
    team_name: dict[int, str]
    team_leader: dict[int, int | None]
    acting: dict[tuple[dt.date, int, int], int]
    username: dict[int, str]
    people: dict[str, int]
    rostered: dict[dt.date, list[tuple[int, int]]]  # day -> (area id, shift id)
    versions: dict[tuple[str, str], tuple[int, tuple[ItemDTO, ...]]]
    days: list[dt.date]

    @classmethod
    def load(cls, s, today: dt.date) -> _Context:
        days = [today - dt.timedelta(days=n) for n in range(DAYS, 0, -1)]
        shifts = {sh.id: _Shift(sh.id, sh.name, sh.start, sh.end) for sh in s.scalars(
            select(ShiftType).where(ShiftType.active.is_(True)))}
        areas = {a.id: _Area(a.id, a.kind, a.floor, a.default_team_id)
                 for a in s.scalars(select(Area).order_by(Area.id))}
        teams = list(s.scalars(select(Team)))
        employees = list(s.scalars(select(Employee)))
        users = {u["employee"]: u["username"] for u in data.USERS if u["employee"]}
        rostered = defaultdict(set)
        for day, shift_id, area_id, attendance in s.execute(
                select(RosterEntry.day, RosterEntry.shift_type_id, RosterEntry.area_id,
                       RosterEntry.attendance)
                .where(RosterEntry.day >= days[0], RosterEntry.day <= days[-1],
                       RosterEntry.area_id.is_not(None))):
            if attendance not in OFF_DUTY and shift_id in shifts:
                rostered[day].add((area_id, shift_id))
        acting = {(a.day, a.shift_type_id, a.team_id): a.employee_id
                  for a in s.scalars(select(ActingLeader).where(ActingLeader.day >= days[0]))}
        versions = {}
        for kind in {a.kind for a in areas.values()}:
            for level in LEVEL_FACTOR:
                found = suggest_version(s, kind, level)
                if found is not None:
                    versions[(kind, level)] = (found[0], version_dto(s, found[0]).items)
        return cls(shifts, areas, {t.id: t.name for t in teams},
                   {t.id: t.leader_id for t in teams}, acting,
                   {e.id: users.get(e.code, e.code) for e in employees},
                   {e.code: e.id for e in employees},
                   {d: sorted(v) for d, v in rostered.items()}, versions, days)

    def area(self, area_id: int) -> _Area:
        return self.areas[area_id]


def _at(ctx: _Context, day: dt.date, shift_id: int, offset: dt.timedelta) -> dt.datetime | None:
    """The moment ``offset`` into the shift, if the round would be filed under that shift."""
    sh = ctx.shifts[shift_id]
    begin, end = shift_window(day, sh.start, sh.end)
    at = begin + offset
    if at >= end - dt.timedelta(minutes=15):
        return None
    at_day, at_shift = shift_at(list(ctx.shifts.values()), at)
    return at if at_day == day and at_shift is not None and at_shift.id == shift_id else None


def _moment(ctx, rng, day, shift_id, first_minutes: int, last_minutes: int) -> dt.datetime | None:
    for _ in range(6):
        at = _at(ctx, day, shift_id, dt.timedelta(minutes=rng.randint(first_minutes,
                                                                        last_minutes)))
        if at is not None:
            return at.replace(second=rng.randint(0, 59))
    return None


def _supervisor(ctx: _Context, area: _Area, shift: _Shift) -> int | None:
    """Who patrols the area in that shift: the department's supervisor or section head."""
    if shift.name == "夜班":
        return None
    team = ctx.team_name.get(area.default_team_id, "")
    if team == "传菜组":
        code = "FQ015" if shift.name == "午市" else "FQ014"
    elif team == "工程组":
        code = "FQ057"
    elif area.floor == "3F":
        code = "FQ032"
    elif shift.name == "午市" and area.floor == "2F":
        code = "FQ031"
    else:
        code = "FQ003"
    return ctx.people.get(code)


def _new_round(ctx, area, level, day, shift_id, started, inspector, employee_id, rng):
    found = ctx.versions.get((area.kind, level))
    if found is None or started is None:
        return None
    version_id, items = found
    minutes = len(items) * rng.uniform(0.35, 0.8) + rng.uniform(1, 4)
    return _Round(area, ctx.team_name.get(area.default_team_id, ""), level, version_id, items,
                  inspector, employee_id, day, shift_id, started,
                  started + dt.timedelta(minutes=minutes))


def _plan(ctx: _Context, rng: random.Random) -> list[_Round]:
    rounds: list[_Round] = []
    manager = ctx.people.get(data.USERS[2]["employee"])
    for n, day in enumerate(ctx.days):
        pairs = ctx.rostered.get(day, [])
        for area_id, shift_id in pairs:
            area, shift = ctx.area(area_id), ctx.shifts[shift_id]
            team_id = area.default_team_id
            if team_id is None:
                continue
            lead = ctx.acting.get((day, shift_id, team_id)) or ctx.team_leader.get(team_id)
            if lead is not None:
                who = ctx.username[lead]
                checks = [(5, 25)]
                if rng.random() < 0.3:
                    checks.append((115, 135))
                for first, last in checks:
                    r = _new_round(ctx, area, "leader", day, shift_id,
                                   _moment(ctx, rng, day, shift_id, first, last), who, lead, rng)
                    if r:
                        rounds.append(r)
            boss = _supervisor(ctx, area, shift)
            if boss is not None and rng.random() < 0.85:
                r = _new_round(ctx, area, "supervisor", day, shift_id,
                               _moment(ctx, rng, day, shift_id, 45, 230), ctx.username[boss],
                               boss, rng)
                if r:
                    rounds.append(r)
        # The manager audits two or three customer-facing areas a day, mostly at dinner.
        floor = [(a, sh) for a, sh in pairs if ctx.area(a).kind in MANAGER_KINDS]
        if manager is not None and floor:
            for area_id, shift_id in rng.sample(floor, min(len(floor), rng.choice((2, 2, 3)))):
                r = _new_round(ctx, ctx.area(area_id), "manager", day, shift_id,
                               _moment(ctx, rng, day, shift_id, 60, 200),
                               ctx.username[manager], manager, rng)
                if r:
                    rounds.append(r)
        # A mystery guest dines in a private room once a week, on a different weekday each time.
        if n % 7 == (n // 7 * 3 + 2) % 7:
            rooms = [(a, sh) for a, sh in pairs if ctx.area(a).kind == "private_room"
                     and ctx.shifts[sh].name == "晚市"]
            if rooms:
                area_id, shift_id = rng.choice(rooms)
                r = _new_round(ctx, ctx.area(area_id), "external", day, shift_id,
                               _moment(ctx, rng, day, shift_id, 100, 200), EXTERNAL, None, rng)
                if r:
                    rounds.append(r)
    return rounds


def _answer_all(rounds: list[_Round], ctx: _Context, rng: random.Random) -> None:
    """Answers in time order, so a higher layer knows what the lower ones found earlier in
    the shift. A higher layer rarely fails what a lower one passed (a disagreement), except
    behind the sloppy leader; more often it finds again what the lower layer had found."""
    sloppy_leaders = {ctx.username[lid] for tid, lid in ctx.team_leader.items()
                      if ctx.team_name[tid] == SLOPPY_TEAM and lid}
    sloppy_leaders |= {ctx.username[e] for (_, _, tid), e in ctx.acting.items()
                       if ctx.team_name[tid] == SLOPPY_TEAM}
    earlier: dict[tuple, list[tuple[int, str, set[str], set[str]]]] = defaultdict(list)
    for r in rounds:
        rate = TEAM_RATE.get(r.team, DEFAULT_RATE) * LEVEL_FACTOR[r.level]
        rate *= WEEKDAY_FACTOR.get(r.day.weekday(), 1.0)
        if r.level == "leader" and r.inspector in sloppy_leaders:
            rate *= 0.2
        key = (r.area.id, r.day, r.shift_id)
        lower = [(who, passed, found) for rank, who, passed, found in earlier[key]
                 if rank < LEVEL_RANK[r.level]]
        scored = [i for i in r.items if i.response_type != "text"]
        fails = set()
        for item in scored:
            p = rate * (0.3 if item.critical else 1.0)
            p *= PHOTO_ITEM_FACTOR if item.photo_on_fail else 1.0
            if rng.random() >= p:
                continue
            missed_by = {who for who, passed, _ in lower if item.text in passed}
            if not missed_by or rng.random() < (
                    DISAGREE_SLOPPY if missed_by & sloppy_leaders else DISAGREE):
                fails.add(item.id)
                continue
            again = [i for i in scored if i.id not in fails
                     and any(i.text in found for _, _, found in lower)
                     and not any(i.text in passed for _, passed, _ in lower)]
            if again and rng.random() < 0.6:
                fails.add(rng.choice(again).id)
        passes, found = set(), set()
        for item in r.items:
            fail = item.id in fails
            if not fail and not item.critical and rng.random() < 0.015:
                r.answers.append((item, "na", None, "", ""))
                continue
            r.answers.append(_answer(item, fail, rng))
            (found if fail else passes).add(item.text)
            if fail and item.photo_on_fail:
                r.photos.add(item.id)
        earlier[key].append((LEVEL_RANK[r.level], r.inspector, passes, found))


def _more_photos(rounds: list[_Round], rng: random.Random) -> None:
    """Photos on some failures whose item does not demand one, up to MIN_PHOTOS in all."""
    missing = MIN_PHOTOS - sum(len(r.photos) for r in rounds)
    spare = [(r, a[0].id) for r in rounds for a in r.answers
             if a[1] == "fail" and a[0].id not in r.photos and a[0].category in PHOTO_CATEGORIES]
    for r, item_id in rng.sample(spare, max(0, min(missing, len(spare)))):
        r.photos.add(item_id)


def _answer(item: ItemDTO, fail: bool, rng: random.Random) -> tuple:
    """(item, outcome, value, text, note) as the round screen would store it."""
    kind = item.response_type
    if kind == "text":
        return item, "pass", None, rng.choice(TEXT_ANSWERS), ""
    if kind == "score":
        top = item.max_score or 5
        if fail:
            value = float(rng.randint(max(0, top - 3), top - 1))
            return item, "fail", value, "", f"评分{value:g}分，已现场指导改进"
        return item, "pass", float(top if rng.random() < 0.7 else top - 1), "", ""
    if kind == "number":
        value = _number(item, fail, rng)
        if fail:
            return item, "fail", value, "", (f"实测{value:g}{item.unit}，超出标准，"
                                             + rng.choice(["已通知处理", "已报主管跟进",
                                                           "已现场纠正", "已登记跟踪"]))
        return item, "pass", value, "", ""
    if fail:
        return item, "fail", None, "", _note(item, rng)
    return item, "pass", None, "", ""


def _note(item: ItemDTO, rng: random.Random) -> str:
    for words, notes in KEYWORD_NOTES:
        if any(w in item.text for w in words) and rng.random() < 0.85:
            return rng.choice(notes)
    return rng.choice(CATEGORY_NOTES.get(item.category, CATEGORY_NOTES["service"]))


def _number(item: ItemDTO, fail: bool, rng: random.Random) -> float:
    low, high = item.min_value, item.max_value
    integer = item.unit in ("声", "分钟")
    if low is not None and high is not None:
        value = (rng.choice([low - rng.uniform(1, 3), high + rng.uniform(1, 3)]) if fail
                 else rng.uniform(low + (high - low) * 0.2, high - (high - low) * 0.2))
    elif high is not None:
        span = max(abs(high), 4)
        value = (high + rng.uniform(0.15, 0.5) * span if fail
                 else high - rng.uniform(0, 0.6) * span)
        if high > 0 and not fail:
            value = max(value, 1)
    else:
        base = low or 0
        value = base - rng.uniform(2, 10) if fail else base + rng.uniform(1, 15)
    value = round(value) if integer else round(value, 1)
    # Rounding must not move a value back across its limit.
    inside = (low is None or value >= low) and (high is None or value <= high)
    if inside == fail:
        value = (high + 1 if high is not None else low - 1) if fail else (high or low)
    return float(value)


def _owners(db: Database, actor: Actor, rounds: list[_Round], ctx: _Context) -> dict:
    """The on-duty lookup for every round with a failure, asked once per area and shift set."""
    lookup = OnDutyService(db, actor)
    cache, out = {}, {}
    for r in rounds:
        if not any(a[1] == "fail" for a in r.answers):
            continue
        running = tuple(sorted((d, sid) for sid, sh in ctx.shifts.items()
                               for d in (r.started.date() - dt.timedelta(days=1), r.started.date())
                               if shift_window(d, sh.start, sh.end)[0] <= r.started
                               < shift_window(d, sh.start, sh.end)[1]))
        key = (r.area.id, running)
        if key not in cache:
            cache[key] = lookup.lookup(r.area.id, r.started)
        out[id(r)] = cache[key]
    return out


def _store(s, actor: Actor, rounds: list[_Round], duty: dict, images: dict) -> None:
    """Rounds and answers by bulk insert (plain executemany: RETURNING over thousands of rows
    is slow in SQLAlchemy), then each round submitted in time order as submit would."""
    first = (s.scalar(select(func.max(Inspection.id))) or 0) + 1
    heads = []
    for r in rounds:
        result = score((item_rule(item), Answer(outcome, value))
                       for item, outcome, value, _, _ in r.answers)
        heads.append({"version_id": r.version_id, "level": r.level, "inspector": r.inspector,
                      "inspector_employee_id": r.employee_id, "area_id": r.area.id,
                      "day": r.day, "shift_type_id": r.shift_id, "started_at": r.started,
                      "finished_at": r.finished, "status": "draft", "score": result.percent,
                      "flagged": result.flagged})
    s.execute(insert(Inspection), heads)
    rows = list(s.scalars(select(Inspection).where(Inspection.id >= first)
                          .order_by(Inspection.id)))  # SQLite numbers rows in insert order
    answers = []
    for r, insp in zip(rounds, rows, strict=True):
        step = (r.finished - r.started) / (len(r.answers) + 1)
        answers += [{"inspection_id": insp.id, "item_id": item.id, "outcome": outcome,
                     "value": value, "text": text, "note": note,
                     "answered_at": r.started + step * (n + 1)}
                    for n, (item, outcome, value, text, note) in enumerate(r.answers)]
    s.execute(insert(InspectionResult), answers)
    result_id = {(i, item): rid for rid, i, item in s.execute(
        select(InspectionResult.id, InspectionResult.inspection_id, InspectionResult.item_id)
        .where(InspectionResult.inspection_id >= first, InspectionResult.outcome == "fail"))}
    items = {i.id: i for i in s.scalars(select(ChecklistItem).where(
        ChecklistItem.version_id.in_({r.version_id for r in rounds})))}
    links = []
    findings = photos = disagreements = 0
    for r, insp in zip(rounds, rows, strict=True):
        insp.status = "submitted"  # in time order: the disagreement check sees earlier rounds
        failures = []
        for item, outcome, value, _, note in r.answers:
            if not failed(item_rule(item), Answer(outcome, value)):
                continue
            rid = result_id[(insp.id, item.id)]
            failures.append(items[item.id])
            f = new_finding(s, duty[id(r)], area_id=r.area.id,
                            description=f"{item.text} — {note}", category=item.category,
                            severity=item.default_severity, found_at=r.finished,
                            found_by=r.inspector, inspection_id=insp.id, result_id=rid,
                            rectify=False)
            findings += 1
            if item.id in r.photos:
                attachment = store_photo(s, images[(id(r), item.id)], r.finished)
                links += [{"attachment_id": attachment.id, "result_id": rid},
                          {"attachment_id": attachment.id, "finding_id": f.id}]
                photos += 1
        if failures and LEVEL_RANK[r.level] > LEVEL_RANK["leader"]:
            disagreements += len(record_disagreements(s, insp, failures))
    if links:
        s.execute(insert(Photo), links)
    s.flush()
    audit.append(s, rounds[-1].finished, actor.username, "create", "demo_patrols", "",
                 {"rounds": len(rounds), "answers": len(answers), "findings": findings,
                  "photos": photos, "disagreements": disagreements})


def _photo_bytes(rng: random.Random) -> bytes:
    """A stand-in for a phone photo: a coloured scene with a few shapes."""
    width, height = 480, 360
    back = tuple(rng.randint(150, 230) for _ in range(3))
    image = Image.new("RGB", (width, height), back)
    draw = ImageDraw.Draw(image)
    draw.rectangle((rng.randint(20, 120), rng.randint(20, 100), rng.randint(300, 460),
                    rng.randint(220, 340)), fill=tuple(rng.randint(60, 200) for _ in range(3)))
    for _ in range(rng.randint(2, 5)):
        x, y, size = rng.randint(0, width), rng.randint(0, height), rng.randint(15, 70)
        colour = tuple(rng.randint(0, 255) for _ in range(3))
        if rng.random() < 0.5:
            draw.ellipse((x, y, x + size, y + size * 0.7), fill=colour)
        else:
            draw.line((x, y, x + size * 2, y + size), fill=colour, width=rng.randint(2, 6))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()
