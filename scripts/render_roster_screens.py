"""Render the Roster page to PNGs in Chinese: the demo venue with its rosters (four weeks
ending with the current one, app/services/demo_roster.py) plus a few events staged through
the services; the week grid, and the coverage of the Saturday dinner peak with red
shortages, a surplus, covered posts and the one-leads-three check.

    QT_QPA_PLATFORM=offscreen python scripts/render_roster_screens.py [OUT_DIR]
                                                           (default docs/screenshots)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from screens_common import (
    SIZE,
    application,
    close,
    grab,
    out_dir_arg,
    temp_database,
    ui_context,
)

from app.domain.shifts import week_start
from app.services.base import SYSTEM, Actor
from app.services.bootstrap import Services
from app.services.roster_dto import CellInput

PEAK_WEEKDAY = 5  # Saturday dinner: the demo's one uncovered peak


def stage(services: Services, monday: dt.date) -> tuple[dt.date, int]:
    """What a real week has on top of the demo's pattern, in the rows the grid shows first:
    a late arrival and an absence on Monday; a server on leave on Wednesday whose place is
    filled by redeploying her team leader (抽调顶岗); a rest-rule breach confirmed by the
    manager; and on the Saturday dinner peak (left short by the demo) the 营业部 leader on
    leave, so the one-leads-three check has work, and one runner too many (surplus).
    Returns the peak's day and shift."""
    week = services.roster.week(monday)
    shifts = {s.name: s.id for s in week.shifts}
    people = {r.name: r for r in week.rows}
    posts = {p.name: p.id for p in services.org.posts()}

    def entry(name: str, weekday: int, shift: str):
        person = people.get(name)
        return week.cells.get((person.employee_id, monday + dt.timedelta(days=weekday),
                               shifts[shift])) if person else None

    def attend(name: str, weekday: int, shift: str, status: str, minutes=None) -> None:
        found = entry(name, weekday, shift)
        if found is not None:
            services.roster.mark_attendance(found.id, status, minutes)

    attend("袁梦洁", 0, "晚市", "late", 12)
    attend("沈家伟", 0, "晚市", "absent")
    attend("韩雪莹", 2, "晚市", "leave")
    wednesday = monday + dt.timedelta(days=2)
    pick = [c for c in services.coverage.candidates(wednesday, shifts["晚市"], posts["包房服务员"])
            if c.level != "own"]
    if pick:
        services.coverage.redeploy(wednesday, shifts["晚市"], posts["包房服务员"],
                                   pick[0].employee_id, entry("韩雪莹", 2, "晚市").area_id)
    if "丁晓雯" in people:  # 07:00 after a dinner shift: 9 h of rest, confirmed for a banquet
        services.roster.set_cell(CellInput(people["丁晓雯"].employee_id,
                                           monday + dt.timedelta(days=1), shifts["早班"],
                                           people["丁晓雯"].post_id),
                                 override_reason="婚宴备餐人手不足，经理批准")
    peak = monday + dt.timedelta(days=PEAK_WEEKDAY)
    attend("黄晓婷", PEAK_WEEKDAY, "晚市", "leave")
    if "邓伟健" in people and entry("邓伟健", PEAK_WEEKDAY, "晚市") is None:
        services.roster.set_cell(CellInput(people["邓伟健"].employee_id, peak, shifts["晚市"],
                                           people["邓伟健"].post_id))
    return peak, shifts["晚市"]


def render(out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from app.ui.roster.roster_page import RosterPage

    _app, translate = application()
    out_dir.mkdir(parents=True, exist_ok=True)
    today = dt.date.today()
    monday = week_start(today)
    shots = [out_dir / "roster_week.png", out_dir / "roster_coverage.png"]
    with temp_database(today=today) as database:
        manager = Services.bind(database, Actor("manager", SYSTEM.role.MANAGER))
        day, dinner = stage(manager, monday)
        page = RosterPage(ui_context(manager, translate))
        page.resize(*SIZE)
        page.show()
        QApplication.processEvents()
        grid, model = page.week.grid, page.week.grid.grid_model
        # The floor department only, Monday at the left, the redeployed cell current.
        combo = page.week.department
        combo.setCurrentIndex(max(0, combo.findData("楼面服务部")))
        grid.horizontalScrollBar().setValue(0)
        focus = next(((r, c) for (r, c), cell in model._cells.items()
                      if cell.redeployed_from_post_id is not None), None)
        if focus is not None:
            selection = grid.selectionModel()
            selection.setCurrentIndex(model.index(*focus), selection.SelectionFlag.NoUpdate)
        grid.setFocus()
        grab(page, shots[0])

        page.show_tab(page.coverage)
        page.coverage.choose(day, dinner)
        grab(page, shots[1])
        close(page)
    return shots


if __name__ == "__main__":
    for shot in render(out_dir_arg()):
        print(shot)
