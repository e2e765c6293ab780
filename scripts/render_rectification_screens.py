"""Render the rectification screens to PNGs in Chinese: the demo venue (three weeks of rounds
and their rectifications), a morning staged through the services at 10:15 — fresh findings
for a team leader and his team, one item fixed, rejected and fixed again — then My work as that
leader, the detail of the twice-fixed item as the inspector, and the wallboard.

    QT_QPA_PLATFORM=offscreen python scripts/render_rectification_screens.py [OUT_DIR]
                                                           (default docs/screenshots)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from screens_common import (
    application,
    out_dir_arg,
    photo_png,
    snap,
    temp_database,
    ui_context,
)

from app.domain.permissions import Role
from app.services.base import SYSTEM, Actor
from app.services.bootstrap import Services

LEADER_CODE = "FQ016"  # 何振宇, 传菜组长
INSPECTOR_CODE = "FQ003"  # 覃丽娟, the demo supervisor
# (minutes before 10:15, area, description, severity, photo)
FINDINGS = [
    (8, "出菜口", "出菜口地面有油渍，未放警示牌", "critical", True),
    (50, "二楼传菜通道", "传菜通道堆放空筐，通行受阻", "major", False),
    (95, "二楼传菜通道", "传菜车轮子松动，有异响", "minor", False),
    (140, "出菜口", "保温灯一只不亮", "major", True),
]


def bind(database, actor: Actor, now: dt.datetime) -> Services:
    return Services.bind(database, actor, lambda: now)


def stage(database, today: dt.date):
    """Fresh findings this morning for the 传菜 team; the leader's heat lamp is fixed,
    rejected and fixed again. Returns (leader services, inspector services, that item's id)."""
    now = dt.datetime.combine(today, dt.time(10, 15))
    admin = bind(database, SYSTEM, now)
    people = {e.code: e for e in admin.staff.employees()}
    leader_id, inspector_id = people[LEADER_CODE].id, people[INSPECTOR_CODE].id
    inspector = bind(database, Actor("supervisor", Role.SUPERVISOR, None, inspector_id), now)
    leader = bind(database, Actor("leader.he", Role.LEADER, None, leader_id), now)
    areas = {a.name: a.id for a in admin.teams.areas()}
    ids = []
    for minutes, area, text, severity, photo in FINDINGS:
        found = now - dt.timedelta(minutes=minutes)
        finding = inspector.patrols.ad_hoc_finding(
            areas[area], text, severity, "hygiene",
            photo_png("#9c8f6a", text[:3]) if photo else None, at=found)
        rect = next(r for r in admin.rectifications.list(None, 0, 50)
                    if r.finding_id == finding.id)
        ids.append(rect.id)
    svc = leader.rectifications
    rect = svc.start(ids[-1], svc.rectification(ids[-1]).rectification.version)
    rect = svc.submit(rect.id, rect.version, "更换灯泡", "equipment", "",
                      [photo_png("#f3e3a1", "已更换")])
    rect = inspector.rectifications.reject(rect.id, rect.version,
                                           "灯罩内仍积油，灯光偏暗")
    rect = svc.submit(rect.id, rect.version, "清洗灯罩并更换同规格灯泡", "equipment",
                      "每周一由传菜组长检查保温灯", [photo_png("#fff0b3", "已清洗")])
    return leader, inspector, rect.id


def render(out_dir: Path) -> list[Path]:
    from app.ui.rectifications.detail_view import RectificationDetailView
    from app.ui.rectifications.my_work_page import MyWorkPage
    from app.ui.rectifications.wallboard import WallboardWindow

    _app, translate = application()
    out_dir.mkdir(parents=True, exist_ok=True)
    today = dt.date.today()
    shots = [out_dir / n for n in ("my_work.png", "rectification_detail.png", "wallboard.png")]
    with temp_database(today=today) as database:
        leader, inspector, fixed_id = stage(database, today)
        widgets = [MyWorkPage(ui_context(leader, translate)),
                   RectificationDetailView(ui_context(inspector, translate), fixed_id),
                   WallboardWindow(ui_context(inspector, translate))]
        for widget, shot in zip(widgets, shots, strict=True):
            snap(widget, shot)
    return shots


if __name__ == "__main__":
    for shot in render(out_dir_arg()):
        print(shot)
