"""The week grid, driven with the keyboard and the mouse on a real temporary database: the
editor that Enter and typing open, copy and paste, fill, drag, clear, attendance, and rule
breaches that only a manager may confirm. Dialogs open with open(), so tests fill them and
press OK directly."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.domain.permissions import Role
from app.services.base import Actor
from app.services.roster_dto import CellInput
from app.ui.roster.cell_dialog import AttendanceDialog, CellDialog
from app.ui.roster.roster_page import RosterPage
from app.ui.roster.week_dialogs import BreachDialog
from app.ui.roster.week_model import CellLook
from tests.helpers import hire, make_org, rank_id

MON = dt.date(2026, 11, 23)  # ISO week 2026-W48
TUE = MON + dt.timedelta(days=1)


def roster_floor(services) -> dict:
    """One team: a leader and three servers, a hall server qualified for private rooms, two
    areas and the default shifts."""
    dept, leader_post, server_post = make_org(services)
    hall_post = services.org.save_post("值台服务员", dept.id, rank_id(services, "staff"), 2)
    lead = hire(services, "L1", "王丽", leader_post.id).employee
    servers = [hire(services, f"S{i}", name, server_post.id, lead.id).employee
               for i, name in enumerate(["赵敏", "钱进", "孙悦"], start=1)]
    hall_server = hire(services, "H1", "周航", hall_post.id, lead.id).employee
    services.staff.set_qualification(hall_server.id, server_post.id, "qualified")
    team = services.teams.save_team("二楼包房一组", dept.id, lead.id,
                                     [s.id for s in servers])
    room = services.teams.save_area("牡丹厅 201", "private_room", "2F", dept.id, team.id)
    hall = services.teams.save_area("二楼大厅", "hall", "2F", dept.id, team.id)
    shifts = {s.name: s for s in services.shifts.shift_types()}
    return {"dept": dept, "leader_post": leader_post, "server_post": server_post,
            "hall_post": hall_post, "lead": lead, "servers": servers,
            "hall_server": hall_server, "team": team, "room": room, "hall": hall,
            "shifts": shifts}


@pytest.fixture
def floor(services):
    return roster_floor(services)


@pytest.fixture
def open_page(qtbot):
    def build(ctx) -> RosterPage:
        page = RosterPage(ctx, monday=MON)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        return page

    return build


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def is_closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def go_to(page: RosterPage, employee_id: int, day: dt.date, shift) -> object:
    """Make the cell current, as arrow keys or a click would."""
    grid = page.week.grid
    index = grid.grid_model.index_of(employee_id, day, shift.id)
    assert index.isValid()
    grid.setFocus()
    selection = grid.selectionModel()
    selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
    return index


def cell(services, employee, day, shift):
    return services.roster.week(day).cells.get((employee.id, day, shift.id))


def look(page: RosterPage, employee, day, shift) -> CellLook | None:
    index = page.week.grid.grid_model.index_of(employee.id, day, shift.id)
    return page.week.grid.grid_model.look(index.row(), index.column())


def test_the_grid_groups_staff_under_department_and_team(ctx, floor, open_page):
    page = open_page(ctx)
    model = page.week.grid.grid_model
    assert model.columnCount() == 7 * 4  # days × the default shifts
    headers = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert headers[:2] == ["楼面部", "二楼包房一组"]
    assert headers[2] == "王丽"  # the leader heads the team block
    assert "No team" in headers  # the hall server is in no team
    assert model.headerData(0, Qt.Orientation.Horizontal).startswith("Mon 11-23 早班")
    assert page.week_label.text() == "2026-W48"


def test_the_grid_shows_one_department_when_asked(ctx, services, floor, open_page):
    runners = services.org.save_department("传菜部")
    post = services.org.save_post("传菜员", runners.id, rank_id(services, "staff"), 4)
    hire(services, "R1", "林峰", post.id)
    page = open_page(ctx)
    model, combo = page.week.grid.grid_model, page.week.department
    assert model.headerData(0, Qt.Orientation.Vertical) == "传菜部"  # all departments
    combo.setCurrentIndex(combo.findData("楼面部"))
    names = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert names[0] == "楼面部" and "林峰" not in names and "传菜部" not in names


def test_enter_opens_the_editor_and_saves_the_cell(qtbot, ctx, services, floor, open_page):
    s1, dinner = floor["servers"][0], floor["shifts"]["晚市"]
    page = open_page(ctx)
    go_to(page, s1.id, MON, dinner)
    qtbot.keyClick(page.week.grid, Qt.Key.Key_Return)

    dialog = page.week.dialog
    assert isinstance(dialog, CellDialog)
    assert dialog.post.currentData() == floor["server_post"].id  # own post offered first
    assert dialog.post.itemText(0).startswith("1. ● 包房服务员")
    dialog.area.setCurrentIndex(dialog.area.findData(floor["room"].id))
    click_ok(qtbot, dialog)

    assert is_closed(dialog)
    saved = cell(services, s1, MON, dinner)
    assert (saved.post, saved.area) == ("包房服务员", "牡丹厅 201")
    assert look(page, s1, MON, dinner).text == "包房 201"
    assert page.week.grid.currentIndex() == page.week.grid.grid_model.index_of(
        s1.id, MON, dinner.id)  # the cursor stays put for the next key


def test_typing_a_number_picks_that_post(qtbot, ctx, services, floor, open_page):
    hall_server, lunch = floor["hall_server"], floor["shifts"]["午市"]
    page = open_page(ctx)
    go_to(page, hall_server.id, TUE, lunch)
    qtbot.keyClicks(page.week.grid, "2")  # 1 = own post, 2 = the first other skill

    dialog = page.week.dialog
    assert dialog.post.currentData() == floor["server_post"].id
    assert "Qualified" in dialog.post.currentText()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert is_closed(dialog)
    assert cell(services, hall_server, TUE, lunch).post == "包房服务员"

    go_to(page, hall_server.id, MON, lunch)
    typed = QInputMethodEvent()  # Chinese comes committed from the input method
    typed.setCommitString("值")  # part of a name: the post that contains it
    QApplication.sendEvent(page.week.grid, typed)
    dialog = page.week.dialog
    assert dialog.post.currentText() == "值"
    click_ok(qtbot, dialog)
    assert cell(services, hall_server, MON, lunch).post == "值台服务员"


def test_copy_paste_fill_drag_and_clear(qtbot, ctx, services, floor, open_page):
    s1, s2, s3 = floor["servers"]
    dinner = floor["shifts"]["晚市"]
    services.roster.set_cell(CellInput(s1.id, MON, dinner.id, s1.post_id, floor["room"].id))
    page = open_page(ctx)
    grid, model = page.week.grid, page.week.grid.grid_model

    go_to(page, s1.id, MON, dinner)
    qtbot.keyClick(grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    go_to(page, s2.id, MON, dinner)
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert cell(services, s2, MON, dinner).area == "牡丹厅 201"

    # Select s1's Monday to Wednesday dinners and fill them from Monday.
    go_to(page, s1.id, MON, dinner)
    selection = grid.selectionModel()
    for d in (1, 2):
        selection.select(model.index_of(s1.id, MON + dt.timedelta(days=d), dinner.id),
                         selection.SelectionFlag.Select)
    qtbot.keyClick(grid, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    for d in (1, 2):
        assert cell(services, s1, MON + dt.timedelta(days=d), dinner).post == "包房服务员"

    # Copying an empty cell and pasting it clears the target.
    go_to(page, s3.id, MON, dinner)
    qtbot.keyClick(grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    go_to(page, s1.id, MON + dt.timedelta(days=2), dinner)
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert cell(services, s1, MON + dt.timedelta(days=2), dinner) is None

    # Dragging s1's Monday onto s3's Thursday copies it.
    page.week.grid.dropped.emit(model.index_of(s1.id, MON, dinner.id),
                                model.index_of(s3.id, MON + dt.timedelta(days=3), dinner.id))
    assert cell(services, s3, MON + dt.timedelta(days=3), dinner).area == "牡丹厅 201"

    go_to(page, s2.id, MON, dinner)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert cell(services, s2, MON, dinner) is None
    assert look(page, s2, MON, dinner) is None

    for d in range(4, 7):  # twelve cells in all
        for s in (s1, s2, s3):
            services.roster.set_cell(CellInput(s.id, MON + dt.timedelta(days=d), dinner.id,
                                               s.post_id))
    ctx.signals.changed.emit(frozenset({"roster"}))
    grid.selectAll()
    box = page.week.clear()  # more than ten cells at once: asked first
    assert box is not None and len(services.roster.week(MON).cells) == 12
    box.button(box.StandardButton.Yes).click()
    assert services.roster.week(MON).cells == {}


def test_mouse_fill_button_works_on_a_selection(qtbot, ctx, services, floor, open_page):
    s1, s2 = floor["servers"][:2]
    dinner = floor["shifts"]["晚市"]
    services.roster.set_cell(CellInput(s1.id, MON, dinner.id, s1.post_id, floor["hall"].id))
    page = open_page(ctx)
    grid, model = page.week.grid, page.week.grid.grid_model
    first = model.index_of(s1.id, MON, dinner.id)
    last = model.index_of(s2.id, MON, dinner.id)
    # A mouse drag from s1 down to s2 selects the range (no selection of the header rows).
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton,
                     pos=grid.visualRect(first).center())
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, grid.visualRect(last).center())
    assert page.week.fill_button.isEnabled()
    qtbot.mouseClick(page.week.fill_button, Qt.MouseButton.LeftButton)
    assert cell(services, s2, MON, dinner).area == "二楼大厅"


def test_a_breach_needs_a_manager_hr_is_told_so(qtbot, make_ctx, services, floor, open_page):
    s1, sh = floor["servers"][0], floor["shifts"]
    services.roster.set_cell(CellInput(s1.id, MON, sh["夜班"].id, s1.post_id))  # to 07:00 Tue
    page = open_page(make_ctx(Actor("hr", Role.HR)))
    go_to(page, s1.id, TUE, sh["早班"])  # 07:00: no rest at all
    qtbot.keyClick(page.week.grid, Qt.Key.Key_Return)
    click_ok(qtbot, page.week.dialog)

    dialog = page.week.dialog
    assert isinstance(dialog, BreachDialog)
    texts = [dialog.breaches.item(i).text() for i in range(dialog.breaches.count())]
    assert any("rest only 0.0 h" in t for t in texts)
    assert dialog.notice.isVisible()
    assert "A manager must confirm" in dialog.notice.text()
    assert not dialog.ok_button.isVisible()
    assert cell(services, s1, TUE, sh["早班"]) is None


def test_a_team_leader_cannot_edit_the_roster(qtbot, make_ctx, floor, open_page):
    page = open_page(make_ctx(Actor("leader", Role.LEADER)))
    go_to(page, floor["servers"][0].id, MON, floor["shifts"]["晚市"])
    qtbot.keyClick(page.week.grid, Qt.Key.Key_Return)
    assert page.week.dialog is None
    assert "may not change rosters" in page.week.info.text()
    assert not page.week.copy_week_button.isEnabled()
    assert not page.publish_button.isEnabled()


def test_a_manager_confirms_a_breach_with_a_reason(qtbot, make_ctx, services, floor,
                                                   open_page, ui_errors):
    s1, sh = floor["servers"][0], floor["shifts"]
    services.roster.set_cell(CellInput(s1.id, MON, sh["夜班"].id, s1.post_id))
    page = open_page(make_ctx(Actor("manager", Role.MANAGER)))
    go_to(page, s1.id, TUE, sh["早班"])
    qtbot.keyClick(page.week.grid, Qt.Key.Key_Return)
    click_ok(qtbot, page.week.dialog)

    dialog = page.week.dialog
    assert isinstance(dialog, BreachDialog)
    click_ok(qtbot, dialog)  # no reason yet: refused inline
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.reason.setText("婚宴人手不足")
    click_ok(qtbot, dialog)

    assert is_closed(dialog)
    assert not ui_errors
    saved = cell(services, s1, TUE, sh["早班"])
    assert saved.override_reason == "婚宴人手不足"
    assert look(page, s1, TUE, sh["早班"]).breach  # drawn with ⚠
    model = page.week.grid.grid_model
    tip = model.index_of(s1.id, TUE, sh["早班"].id).data(Qt.ItemDataRole.ToolTipRole)
    assert "⚠" in tip and "婚宴人手不足" in tip


def test_attendance_marks_show_in_the_grid(qtbot, ctx, services, floor, open_page):
    s1, dinner = floor["servers"][0], floor["shifts"]["晚市"]
    services.roster.set_cell(CellInput(s1.id, MON, dinner.id, s1.post_id))
    page = open_page(ctx)
    go_to(page, s1.id, MON, dinner)
    dialog = page.week.mark_attendance()
    assert isinstance(dialog, AttendanceDialog)
    dialog.status.setCurrentIndex(dialog.status.findData("late"))
    dialog.minutes.setValue(12)
    click_ok(qtbot, dialog)
    assert is_closed(dialog)
    assert (cell(services, s1, MON, dinner).attendance, look(page, s1, MON, dinner).late_minutes
            ) == ("late", 12)


def test_copy_last_week_lists_what_it_skipped(qtbot, ctx, services, floor, open_page):
    s1, s2 = floor["servers"][:2]
    dinner = floor["shifts"]["晚市"]
    for s in (s1, s2):
        services.roster.set_cell(CellInput(s.id, MON - dt.timedelta(days=7), dinner.id,
                                           s.post_id))
    services.staff.deactivate(s2.id)
    page = open_page(ctx)
    qtbot.mouseClick(page.week.copy_week_button, Qt.MouseButton.LeftButton)
    report = page.week.dialog
    assert "1 cells filled, 1 skipped" in report.summary.text()
    assert report.table.item(0, 0).text() == "钱进"
    assert look(page, s1, MON, dinner) is not None


def test_publishing_then_changing_shows_in_the_change_log(qtbot, ctx, services, floor,
                                                          open_page):
    s1, dinner = floor["servers"][0], floor["shifts"]["晚市"]
    page = open_page(ctx)
    assert page.status_label.text() == "Draft"
    box = page.publish()
    box.button(box.StandardButton.Yes).click()
    assert page.status_label.text().startswith("Published")
    assert not page.publish_button.isEnabled()

    services.roster.set_cell(CellInput(s1.id, MON, dinner.id, s1.post_id, floor["room"].id))
    ctx.signals.changed.emit(frozenset({"roster"}))
    page.show_tab(page.changes)
    row = page.changes.model.rows[0]
    assert (row.action, row.who, row.after) == ("Set", "赵敏", "包房服务员 · 牡丹厅 201")
    assert row.slot.startswith("Mon 11-23 晚市")


def test_week_navigation(qtbot, ctx, services, floor, open_page):
    page = open_page(ctx)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.week_label.text() == "2026-W49"
    assert page.state.week.week_start == MON + dt.timedelta(days=7)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.week_label.text() == "2026-W47"
    qtbot.mouseClick(page.this_week_button, Qt.MouseButton.LeftButton)
    today = dt.date.today()
    assert page.state.monday == today - dt.timedelta(days=today.weekday())


def test_with_the_threaded_runner_the_page_loads_and_saves(qtbot, db, services, floor):
    """The real runner: reads and writes on the worker thread, results on the main thread."""
    from app.services.bootstrap import Services
    from app.ui.context import UiContext
    from app.ui.tasks import AppSignals, TaskRunner

    errors: list[BaseException] = []
    signals = AppSignals()
    runner = TaskRunner(signals, errors.append)
    ctx = UiContext(Services.bind(db, services.actor), runner, signals, lambda _c, t: t)
    page = RosterPage(ctx, monday=MON)
    qtbot.addWidget(page)
    page.show()
    qtbot.wait_until(lambda: page.week.grid.grid_model.rowCount() > 0, timeout=5000)
    s1, dinner = floor["servers"][0], floor["shifts"]["晚市"]
    go_to(page, s1.id, MON, dinner)
    qtbot.keyClick(page.week.grid, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: isinstance(page.week.dialog, CellDialog), timeout=5000)
    click_ok(qtbot, page.week.dialog)
    qtbot.wait_until(lambda: look(page, s1, MON, dinner) is not None, timeout=5000)
    runner.wait()
    assert not errors


def test_export_and_import_go_through_the_roster_io_dialogs(qtbot, ctx, floor, open_page,
                                                           monkeypatch):
    import app.ui.roster_io_dialogs as io

    seen = {}
    monkeypatch.setattr(io, "export_roster", lambda parent, roster_io, monday, translate:
                        seen.setdefault("export", (roster_io, monday)))
    page = open_page(ctx)
    qtbot.mouseClick(page.week.export_button, Qt.MouseButton.LeftButton)
    assert seen["export"] == (ctx.services.roster_io, MON)

    qtbot.mouseClick(page.week.import_button, Qt.MouseButton.LeftButton)
    dialog = page.week.dialog
    assert isinstance(dialog, io.RosterImportDialog)
    with qtbot.wait_signal(ctx.signals.changed) as changed:
        dialog.imported.emit(object())  # as after a successful import
    assert changed.args == [frozenset({"roster"})]
    dialog.reject()
