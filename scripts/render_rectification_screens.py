"""Render the rectification screens to PNGs in Chinese: the demo venue (three weeks of rounds
and their rectifications), a morning staged through the services at 10:15 — fresh findings
for a team leader and his team, one item fixed, rejected and fixed again — then My work as that
leader, the detail of the twice-fixed item as the inspector, and the wallboard.

    QT_QPA_PLATFORM=offscreen python scripts/render_rectification_screens.py [OUT_DIR]
                                                           (default docs/screenshots)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FLOORQC_ARGON2_PROFILE", "test")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.domain.permissions import Role  # noqa: E402
from app.services.accountability import AccountabilityService  # noqa: E402
from app.services.base import SYSTEM, Actor  # noqa: E402
from app.services.bootstrap import Services, open_database  # noqa: E402
from app.services.demo import build_demo  # noqa: E402
from app.services.patrols import PatrolService  # noqa: E402
from app.services.rectifications import RectificationService  # noqa: E402

SIZE = (1280, 800)
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
    base = Services.bind(database, actor)
    clock = lambda: now  # noqa: E731
    return dataclasses.replace(
        base, patrols=PatrolService(database, actor, clock=clock),
        rectifications=RectificationService(database, actor, clock=clock),
        accountability=AccountabilityService(database, actor, clock=clock))


def photo_png(colour: str, label: str) -> bytes:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from app.ui.patrols.common import image_bytes

    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9d4c7"))
    painter = QPainter(image)
    painter.setPen(QColor("#bdb6a6"))
    for x in range(0, 800, 100):
        painter.drawLine(x, 0, x, 600)
    for y in range(0, 600, 100):
        painter.drawLine(0, y, 800, y)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(260, 200, 320, 190))
    painter.setPen(QColor("#333333"))
    painter.setFont(QFont("Sans", 36))
    painter.drawText(QRectF(0, 480, 800, 80), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return image_bytes(image)


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
    from PySide6.QtWidgets import QApplication

    from app.ui.application import install_font, install_language, make_application
    from app.ui.context import UiContext
    from app.ui.rectifications.detail_view import RectificationDetailView
    from app.ui.rectifications.my_work_page import MyWorkPage
    from app.ui.rectifications.wallboard import WallboardWindow
    from app.ui.tasks import AppSignals, TaskRunner

    app = make_application([])
    install_font(app)
    translate = install_language(app, "zh_CN")
    out_dir.mkdir(parents=True, exist_ok=True)
    today = dt.date.today()
    shots = [out_dir / n for n in ("my_work.png", "rectification_detail.png", "wallboard.png")]
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(Path(tmp) / "floorqc.db", backup=False)
        build_demo(database, SYSTEM, today)
        leader, inspector, fixed_id = stage(database, today)

        def context(services: Services) -> UiContext:
            signals = AppSignals()
            runner = TaskRunner(signals, lambda err: print(f"error: {err}", file=sys.stderr),
                                synchronous=True)
            return UiContext(services, runner, signals, translate)

        widgets = [MyWorkPage(context(leader)),
                   RectificationDetailView(context(inspector), fixed_id),
                   WallboardWindow(context(inspector))]
        for widget, shot in zip(widgets, shots, strict=True):
            widget.resize(*SIZE)
            widget.show()
            QApplication.processEvents()
            widget.grab().save(str(shot))
            widget.close()
            widget.deleteLater()
        QApplication.processEvents()
        database.dispose()
    return shots


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    for shot in render(target):
        print(shot)
