"""Render the complaint screens to PNGs in Chinese: the demo venue (three weeks of complaints
among the rest), then a lunch peak staged through the services at 12:40 — three complaints
still waiting for their first response (one already late), one answered in time, handed to the
person on duty and turned into a rectification, one answered late — then the complaint log as
the floor supervisor (that complaint's detail on the right) and My work as the person it was
handed to.

    QT_QPA_PLATFORM=offscreen python scripts/render_complaint_screens.py [OUT_DIR]
                                                           (default docs/screenshots)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from screens_common import application, out_dir_arg, snap, temp_database, ui_context

from app.domain.permissions import Role
from app.services.base import SYSTEM, Actor
from app.services.bootstrap import Services
from app.services.guest_dto import ComplaintDraft

NOW = dt.time(12, 40)
SUPERVISOR_CODE = "FQ003"  # 覃丽娟, the demo supervisor
STAFF_CODE = "FQ034"  # the demo "staff" sign-in, a server who takes complaints at the table
# (received hh:mm:ss, channel, area, table, category, severity, guest, content)
WAITING = [
    ("12:33:00", "in_person", "二楼大厅", "12", "slow_service", "major", "王先生",
     "点菜二十分钟了热菜一个都没上，催了两次"),
    ("12:37:20", "phone", "紫荆厅 301", "", "environment", "minor", "",
     "包房空调太冷，调了也没反应"),
    ("12:39:05", "in_person", "三楼大厅", "7", "wrong_order", "major", "刘女士",
     "点的是清蒸鲈鱼，上来的是红烧的"),
]
HANDED = ("12:18:40", "in_person", "牡丹厅 201", "", "hygiene", "major", "陈先生",
          "餐具上有明显水渍和茶垢，换了一套还是一样")
LATE = ("12:02:10", "online", "二楼大厅", "3", "attitude", "minor", "",
        "服务员上菜时把汤洒到桌上，没有道歉")


def clocked(base: Services, now: dt.datetime) -> Services:
    """The guest-side, rectification and on-duty services reading ``now``."""
    return Services.bind(base.db, base.actor, lambda: now)


def at(day: dt.date, text: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(text))


def receive(services: Services, day: dt.date, spec) -> object:
    when, channel, area, table, category, severity, guest, content = spec
    areas = {a.name: a.id for a in services.teams.areas()}
    svc = clocked(services, at(day, when)).complaints
    return svc.receive(ComplaintDraft(channel, content, category, severity, guest_name=guest,
                                      area_id=areas[area], table_no=table))


def stage(database, today: dt.date):
    """The lunch peak; returns (supervisor services, owner services, handed complaint id)."""
    now = dt.datetime.combine(today, NOW)
    admin = Services.bind(database, SYSTEM)
    people = {e.code: e for e in admin.staff.employees()}
    boss = clocked(Services.bind(database, Actor("supervisor", Role.SUPERVISOR, None,
                                                 people[SUPERVISOR_CODE].id)), now)
    server = Services.bind(database, Actor("staff", Role.STAFF, None, people[STAFF_CODE].id))
    for spec in WAITING:
        receive(server, today, spec)
    handed = receive(server, today, HANDED)
    answer = clocked(boss, at(today, "12:21:52")).complaints
    handed = answer.respond(handed.id, handed.version, "已致歉，马上换餐具")
    suggestion = boss.complaints.suggest_handover(handed.id)
    owner_id = suggestion.person.id
    handed = clocked(boss, at(today, "12:24:10")).complaints.hand_over(
        handed.id, handed.version, suggestion.department_id, owner_id, "请查洗碗间的消毒流程")
    clocked(boss, at(today, "12:26:30")).complaints.open_rectification(
        handed.id, handed.version, "major", "")
    late = receive(server, today, LATE)
    clocked(boss, at(today, "12:09:45")).complaints.respond(late.id, late.version,
                                                           "当面致歉，主管已到桌边")
    owner = clocked(Services.bind(database, Actor("owner", Role.LEADER, None, owner_id)), now)
    return boss, owner, handed.id


def render(out_dir: Path) -> list[Path]:
    from app.ui.complaints.complaints_page import ComplaintsPage
    from app.ui.rectifications.my_work_page import MyWorkPage

    _app, translate = application()
    out_dir.mkdir(parents=True, exist_ok=True)
    today = dt.date.today()
    shots = [out_dir / n for n in ("complaint_log.png", "my_work_complaints.png")]
    with temp_database(today=today) as database:
        boss, owner, handed_id = stage(database, today)
        page = ComplaintsPage(ui_context(boss, translate))
        page.open_complaint(handed_id)
        snap(page, shots[0])
        snap(MyWorkPage(ui_context(owner, translate)), shots[1])
    return shots


if __name__ == "__main__":
    for shot in render(out_dir_arg()):
        print(shot)
