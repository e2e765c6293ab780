"""Coverage and redeployment through the Roster page: a short post shows red, is filled from
the redeployment dialog, turns covered, and the person pulled over shows in the grid with
the redeployment mark. Also the one-leads-three check and the other tabs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.services.roster_dto import CellInput
from app.ui.roster.common import OK_BG, SHORT_BG, SHORT_TEXT, SURPLUS_BG
from app.ui.roster.coverage_dialogs import ActingLeaderDialog, RedeployDialog
from app.ui.roster.coverage_tab import current_shift
from tests.ui.test_roster_grid import MON, click_ok, floor, is_closed, look, open_page

__all__ = ["floor", "open_page"]  # fixtures shared with the grid tests

SAT = MON + dt.timedelta(days=5)


def short_floor(services, floor) -> None:
    """Saturday dinner needs three private-room servers and their leader; two servers are
    rostered, and so is the leader (the third server is off that day)."""
    dinner = floor["shifts"]["晚市"]
    services.shifts.set_requirement(floor["server_post"].id, dinner.id, [5], 3)
    services.shifts.set_requirement(floor["leader_post"].id, dinner.id, [5], 1)
    services.shifts.set_requirement(floor["hall_post"].id, dinner.id, [5], 0)
    for s in floor["servers"][:2]:
        services.roster.set_cell(CellInput(s.id, SAT, dinner.id, s.post_id, floor["room"].id))
    services.roster.set_cell(CellInput(floor["lead"].id, SAT, dinner.id, floor["lead"].post_id))


def line_of(tab, post_id):
    row = tab.model.find(lambda r: r.line.post_id == post_id)
    assert row >= 0
    return row, tab.model.rows[row]


def test_a_short_post_turns_covered_by_redeployment(qtbot, ctx, services, floor, open_page,
                                                    ui_errors):
    short_floor(services, floor)
    services.roster.publish(MON)  # so the redeployment shows in the change log too
    dinner, post = floor["shifts"]["晚市"], floor["server_post"]
    hall_server = floor["hall_server"]
    page = open_page(ctx)
    tab = page.show_tab(page.coverage)
    tab.choose(SAT, dinner.id)

    row, line = line_of(tab, post.id)
    assert line.status == "short"
    status = tab.model.index(row, 6)
    assert status.data() == "Short by 1"
    assert status.data(Qt.ItemDataRole.BackgroundRole) == SHORT_BG  # red
    assert status.data(Qt.ItemDataRole.ForegroundRole) == SHORT_TEXT
    assert "1 post(s) short" in tab.summary.text()

    assert tab.select_post(post.id)
    assert tab.fill_button.isEnabled()
    qtbot.mouseClick(tab.fill_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, RedeployDialog)
    # Ranked as the service returns them: the server on a day off (own post) first, then
    # the hall server qualified for private rooms; the rostered servers are not offered.
    assert [(c.name, c.level) for c in dialog.model.rows] == [("孙悦", "own"),
                                                              ("周航", "qualified")]
    assert dialog.model.index(1, 2).data() == "值台服务员"
    assert dialog.model.index(1, 3).data() == "Qualified"
    assert dialog.select(hall_server.id)
    dialog.area.setCurrentIndex(dialog.area.findData(floor["hall"].id))
    click_ok(qtbot, dialog)

    assert is_closed(dialog)
    assert not ui_errors
    row, line = line_of(tab, post.id)
    assert line.status == "ok"
    assert tab.model.index(row, 6).data() == "Covered"
    assert tab.model.index(row, 6).data(Qt.ItemDataRole.BackgroundRole) == OK_BG
    assert line.line.redeployed_in == 1
    assert "⇄周航" in line.who
    assert not tab.fill_button.isEnabled()

    page.show_tab(page.week)
    mark = look(page, hall_server, SAT, dinner)
    assert mark.redeployed and mark.post == "包房"
    tip = page.week.grid.grid_model.index_of(hall_server.id, SAT, dinner.id).data(
        Qt.ItemDataRole.ToolTipRole)
    assert "Redeployed (抽调) from 值台服务员, approved by system" in tip

    page.show_tab(page.changes)
    logged = page.changes.model.rows[0]
    assert (logged.action, logged.who, logged.slot) == ("Redeployed", "周航", "Sat 11-28 晚市")
    assert (logged.before, logged.after) == ("值台服务员", "包房服务员 · 二楼大厅 · from 值台服务员")


def test_surplus_is_amber_and_absence_counts(qtbot, ctx, services, floor, open_page):
    short_floor(services, floor)
    dinner = floor["shifts"]["晚市"]
    s1, s2, s3 = floor["servers"]
    services.roster.set_cell(CellInput(s3.id, SAT, dinner.id, s3.post_id))
    services.roster.set_cell(CellInput(floor["hall_server"].id, SAT, dinner.id,
                                       floor["server_post"].id))  # 4 on a post needing 3
    page = open_page(ctx)
    tab = page.show_tab(page.coverage)
    tab.choose(SAT, dinner.id)
    row, line = line_of(tab, floor["server_post"].id)
    assert line.status == "surplus"
    assert tab.model.index(row, 6).data(Qt.ItemDataRole.BackgroundRole) == SURPLUS_BG

    cell = services.roster.week(SAT).cells[(s1.id, SAT, dinner.id)]
    services.roster.mark_attendance(cell.id, "absent")
    ctx.signals.changed.emit(frozenset({"roster"}))
    row, line = line_of(tab, floor["server_post"].id)
    assert (line.status, line.line.absent) == ("ok", 1)
    assert "(off: 赵敏)" in line.who


def test_a_team_without_its_leader_gets_an_acting_leader(qtbot, ctx, services, floor,
                                                          open_page):
    dinner = floor["shifts"]["晚市"]
    s1, s2 = floor["servers"][:2]
    for s in (s1, s2):
        services.roster.set_cell(CellInput(s.id, SAT, dinner.id, s.post_id))
    page = open_page(ctx)
    tab = page.show_tab(page.coverage)
    tab.choose(SAT, dinner.id)

    assert tab.teams.rowCount() == 1
    assert tab.teams.item(0, 2).text() == "✗ No leader on duty"
    assert tab.teams.item(0, 2).background().color() == SHORT_BG
    button = tab.teams.cellWidget(0, 3)
    assert button.text() == "Name acting leader…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ActingLeaderDialog)
    assert dialog.person.itemData(0) == s1.id  # team members on duty first
    dialog.person.set_current_id(s2.id)
    click_ok(qtbot, dialog)

    assert is_closed(dialog)
    assert tab.teams.item(0, 2).text() == "✓ Acting: 钱进"
    assert "0 team(s) without a leader" in tab.summary.text()


def test_the_current_shift_is_the_default():
    from app.services.roster_dto import ShiftTypeDTO

    t = dt.time
    shifts = [ShiftTypeDTO(1, "早班", "", t(7), t(15), 0, True),
              ShiftTypeDTO(2, "午市", "", t(10), t(14, 30), 1, True),
              ShiftTypeDTO(3, "晚市", "", t(16, 30), t(22), 2, True),
              ShiftTypeDTO(4, "夜班", "", t(22), t(7), 3, True)]
    day = dt.date(2026, 11, 24)
    assert current_shift(shifts, dt.datetime.combine(day, t(11))) == (day, 2)  # latest start
    assert current_shift(shifts, dt.datetime.combine(day, t(15, 30))) == (day, 3)  # next
    # 02:00 belongs to the night shift that started the evening before.
    assert current_shift(shifts, dt.datetime.combine(day, t(2))) == (
        day - dt.timedelta(days=1), 4)


def test_skill_matrix_shows_levels(ctx, services, floor, open_page):
    services.staff.set_qualification(floor["servers"][0].id, floor["leader_post"].id,
                                     "training")
    page = open_page(ctx)
    tab = page.show_tab(page.skills)
    model = tab.model
    rows = {e.name: r for r, e in enumerate(model.rows)}
    cols = {p.name: c for c, p in enumerate(model.posts)}
    assert model.index(rows["周航"], cols["值台服务员"]).data() == "●"
    assert model.index(rows["周航"], cols["包房服务员"]).data() == "✓"
    assert model.index(rows["赵敏"], cols["包房组长"]).data() == "◐"
    # who can stand at 包房服务员: three servers plus the qualified hall server
    assert model.index(len(model.rows), cols["包房服务员"]).data() == "4"


def test_requirements_show_the_quota_default_and_can_be_set(qtbot, ctx, services, floor,
                                                            open_page):
    page = open_page(ctx)
    tab = page.show_tab(page.shifts)
    assert tab.shift_model.rowCount() == 4
    tab.post.setCurrentIndex(tab.post.findData(floor["server_post"].id))
    model = tab.requirements
    index = model.index(2, 5)  # 晚市, Saturday
    assert index.data() == 6 and model.requirement(index).is_default
    assert "Default = the post's quota (6)" in index.data(Qt.ItemDataRole.ToolTipRole)
    model.setData(index, 8)
    index = model.index(2, 5)
    assert index.data() == 8 and not model.requirement(index).is_default
    tab.grid.setCurrentIndex(index)
    tab.grid.selectionModel().select(index, tab.grid.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Delete)
    assert model.requirement(model.index(2, 5)).is_default

    dialog = tab.edit_shift(None)
    dialog.name.setText("宵夜")
    dialog.start.setTime(dialog.start.time().fromString("23:00", "HH:mm"))
    dialog.end.setTime(dialog.end.time().fromString("02:00", "HH:mm"))
    assert "crosses midnight" in dialog.crossing.text()
    click_ok(qtbot, dialog)
    assert is_closed(dialog)
    assert [s.name for s in tab.shift_model.rows][-1] == "宵夜"
    page.show_tab(page.week)
    assert page.week.grid.grid_model.columnCount() == 7 * 5  # a new column per day
