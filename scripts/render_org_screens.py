"""Render the Organisation page to PNGs for review: a small, realistic Chinese floor built
through the services in a temporary database, the Staff tab with someone selected and the
Org chart tab.

    QT_QPA_PLATFORM=offscreen python scripts/render_org_screens.py [OUT_DIR]   (/tmp/shots)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from screens_common import application, close, grab, out_dir_arg, temp_database, ui_context

from app.services.base import SYSTEM
from app.services.bootstrap import Services
from app.services.dto import EmployeeInput

SIZE = (1200, 760)


def build_org(services: Services) -> dict:
    """A 楼面部 with a manager, a supervisor, team leaders and servers; one team leader leads
    four (span three), some posts short or over quota; teams, areas and a skill or two."""
    org, staff, teams = services.org, services.staff, services.teams
    rank = {r.key: r.id for r in org.ranks()}
    floor = org.save_department("楼面部")
    runners = org.save_department("传菜部")
    org.save_department("工程部", "support")

    def post(name, dept, rank_key, quota, duties):
        return org.save_post(name, dept.id, rank[rank_key], quota, duties).id

    p = {
        "经理": post("楼面经理", floor, "manager", 1, [
            "全面负责楼面服务质量与“一拖三”层级管理", "每日巡检各区域并审核整改闭环",
            "处理重大投诉，五分钟内响应"]),
        "主管": post("楼面主管", floor, "supervisor", 1, [
            "督导各组长按标准开展班前检查", "巡台并填写巡检表，发现问题当场整改"]),
        "包房组长": post("包房组长", floor, "team_leader", 2, [
            "带领组员做好包房服务，落实一拖三", "餐前检查仪容仪表与摆台标准",
            "跟进本组整改单，按时验证"]),
        "大厅组长": post("大厅组长", floor, "team_leader", 1, [
            "安排大厅值台与翻台", "检查大厅卫生与设施"]),
        "包房服务员": post("包房服务员", floor, "staff", 6, [
            "按标准摆台，餐前十分钟完成检查", "及时为客人添茶、换骨碟",
            "主动介绍菜品，记录客人意见"]),
        "值台服务员": post("值台服务员", floor, "staff", 3, [
            "负责责任区台面服务", "保持台面整洁，及时清台"]),
        "迎宾员": post("迎宾员", floor, "staff", 3, ["迎送客人，引领入座", "登记预订与候位"]),
        "传菜员": post("传菜员", runners, "staff", 4, ["准确快速传菜，核对台号", "保持传菜通道畅通"]),
    }

    day = dt.date(2022, 3, 1)
    count = {"n": 0}

    def hire(name, post_key, leader=None, phone=""):
        count["n"] += 1
        n = count["n"]
        saved = staff.create(EmployeeInput(
            f"LM{n:03d}", name, phone or f"1380013{n:04d}", day + dt.timedelta(days=37 * n),
            p[post_key], leader))
        return saved

    boss = hire("赵建国", "经理").employee.id
    sup = hire("钱晓燕", "主管", boss).employee.id
    sun = hire("孙丽", "包房组长", sup).employee.id
    zhou = hire("周敏", "包房组长", sup).employee.id
    wu = hire("吴涛", "大厅组长", sup).employee.id
    room1 = [hire(n, "包房服务员", sun).employee.id for n in ("李娜", "王芳", "陈静")]
    fourth = hire("刘洋", "包房服务员", sun)  # the fourth: span of three exceeded
    room1.append(fourth.employee.id)
    room2 = [hire(n, "包房服务员", zhou).employee.id for n in ("杨帆", "黄蕾")]
    hall = [hire(n, "值台服务员", wu).employee.id for n in ("徐磊", "马超", "朱婷", "胡军")]
    greeter = hire("郭佳", "迎宾员", zhou).employee.id
    runner_ids = [hire(n, "传菜员", boss).employee.id for n in ("林峰", "何勇")]
    left = hire("高明", "值台服务员", wu).employee.id
    staff.deactivate(left)

    staff.set_qualification(room1[0], p["迎宾员"], "qualified", sun, dt.date(2024, 5, 12))
    staff.set_qualification(room1[0], p["值台服务员"], "trainer", sup, dt.date(2023, 11, 3))
    staff.set_qualification(sun, p["大厅组长"], "training", sup, None)

    t1 = teams.save_team("包房一组", floor.id, sun, room1).id
    t2 = teams.save_team("包房二组", floor.id, zhou, room2).id
    t3 = teams.save_team("大厅组", floor.id, wu, [*hall, greeter]).id
    t4 = teams.save_team("传菜组", runners.id, None, runner_ids).id
    for name, kind, level, dept, team in (
            ("牡丹厅", "private_room", "2F", floor, t1), ("芙蓉厅", "private_room", "2F", floor, t1),
            ("兰花厅", "private_room", "3F", floor, t2), ("一楼大厅", "hall", "1F", floor, t3),
            ("迎宾台", "reception", "1F", floor, t3), ("传菜通道", "passage", "1F", runners, t4),
            ("出菜口", "pass", "1F", runners, t4), ("二楼洗手间", "restroom", "2F", floor, None)):
        teams.save_area(name, kind, level, dept.id, team)
    return {"selected": sun, "notices": fourth.notices}


def render(out_dir: Path) -> list[Path]:
    from app.ui.pages.org_page import OrgPage

    _app, translate = application(language=None)
    out_dir.mkdir(parents=True, exist_ok=True)
    with temp_database(demo=False) as database:
        services = Services.bind(database, SYSTEM)
        facts = build_org(services)
        page = OrgPage(ui_context(services, translate))
        page.resize(*SIZE)
        page.show()
        page.banner.show_messages(n.render() for n in facts["notices"])
        page.staff.select_employee(facts["selected"])
        shots = [grab(page, out_dir / "org_staff.png")]
        page.show_tab(page.chart)
        page.chart.exceeded.setCurrentRow(0)
        shots.append(grab(page, out_dir / "org_chart.png"))
        close(page)
    return shots


if __name__ == "__main__":
    for shot in render(out_dir_arg(Path("/tmp/shots"))):
        print(shot)
