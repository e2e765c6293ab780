"""A small floor with a week of roster, for the roster import/export tests."""

from __future__ import annotations

import datetime as dt

import openpyxl

from app.services.bootstrap import Services
from app.services.roster_dto import CellInput
from tests.helpers import hire, make_org

MON = dt.date(2026, 11, 23)  # ISO week 2026-W48


def build_floor(services: Services) -> dict:
    """A team leader and three servers in one team, two areas, the default shifts."""
    dept, leader_post, server_post = make_org(services)
    lead = hire(services, "L1", "王丽", leader_post.id).employee
    servers = [hire(services, f"S{i}", name, server_post.id, lead.id).employee
               for i, name in enumerate(["赵敏", "钱进", "孙悦"], start=1)]
    team = services.teams.save_team("二楼包房一组", dept.id, lead.id, [s.id for s in servers])
    room = services.teams.save_area("牡丹厅 201", "private_room", "2F", dept.id, team.id)
    hall = services.teams.save_area("二楼大厅", "hall", "2F", dept.id, team.id)
    shifts = {s.name: s for s in services.shifts.shift_types()}
    return {"dept": dept, "leader_post": leader_post, "server_post": server_post, "lead": lead,
            "servers": servers, "team": team, "room": room, "hall": hall, "shifts": shifts}


def put(services: Services, emp, day: dt.date, shift, area=None, post_id=None) -> None:
    services.roster.set_cell(CellInput(emp.id, day, shift.id, post_id or emp.post_id,
                                       area.id if area else None))


def fill_week(services: Services, f: dict) -> None:
    """Fourteen cells over the week, one of them a redeployment (抽调顶岗)."""
    sh, (s1, s2, s3) = f["shifts"], f["servers"]
    for d in range(5):
        put(services, f["lead"], MON + dt.timedelta(days=d), sh["晚市"], f["room"])
    for d in (0, 1, 2):
        put(services, s1, MON + dt.timedelta(days=d), sh["早班"], f["hall"])
    for d in (0, 2, 4):
        put(services, s2, MON + dt.timedelta(days=d), sh["晚市"], f["room"])
    for d in (1, 3):
        put(services, s3, MON + dt.timedelta(days=d), sh["午市"])
    services.coverage.redeploy(MON, sh["晚市"].id, f["server_post"].id, s3.id, f["hall"].id)


def week_cells(services: Services, monday: dt.date = MON) -> set[tuple]:
    """The week by names, so two databases can be compared."""
    view = services.roster.week(monday)
    codes = {r.employee_id: r.code for r in view.rows}
    shifts = {s.id: s.name for s in view.shifts}
    return {(codes[c.employee_id], c.day, shifts[c.shift_type_id], c.post, c.area,
             c.redeployed_from) for c in view.cells.values()}


def write_xlsx(path, rows) -> object:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path
