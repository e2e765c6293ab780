"""The Organisation page, driven through its real dialogs on a real temporary database.
Dialogs open with open() (never exec()), so tests fill them and press OK directly."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QMessageBox, QPushButton

from app.domain.errors import PermissionDenied
from app.domain.permissions import Role
from app.services.base import Actor
from app.services.dto import EmployeeInput
from app.ui.deactivate_dialog import DeactivateDialog
from app.ui.pages.org_common import AMBER_BG, RED_TEXT
from app.ui.pages.org_page import OrgPage
from app.ui.person_combo import person_label
from tests.helpers import hire, make_org


@pytest.fixture
def open_page(qtbot):
    def build(ctx) -> OrgPage:
        page = OrgPage(ctx)
        qtbot.addWidget(page)
        page.resize(1200, 760)
        page.show()
        return page

    return build


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def is_closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def answer_yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def test_create_employee_with_a_leader(qtbot, ctx, services, open_page, ui_errors):
    _dept, leader_post, server_post = make_org(services)
    boss = hire(services, "A001", "王组长", leader_post.id).employee
    page = open_page(ctx)

    dialog = page.staff.new_employee()
    dialog.code.setText("B001")
    dialog.name.setText("李新")
    dialog.phone.setText("13800000001")
    dialog.post.setCurrentIndex(dialog.post.findData(server_post.id))
    dialog.leader.setEditText(person_label(boss))  # as if typed and picked from the list
    click_ok(qtbot, dialog)

    assert is_closed(dialog)
    assert not ui_errors
    row = page.staff.model.find(lambda e: e.code == "B001")
    assert row >= 0
    assert page.staff.model.index(row, 1).data() == "李新"
    assert page.staff.model.index(row, 4).data() == "王组长"
    assert page.staff.selected().code == "B001"  # the new person is selected and shown
    assert "王组长" in page.staff.detail.chain.text()
    assert "按标准摆台" in page.staff.detail.duties.item(0).text()
    assert not page.banner.isVisible()


def test_leader_typed_but_not_on_the_list_keeps_the_dialog_open(qtbot, ctx, services, open_page):
    page = open_page(ctx)
    dialog = page.staff.new_employee()
    dialog.code.setText("B002")
    dialog.name.setText("赵六")
    dialog.leader.setEditText("nobody by that name")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert services.staff.employees() == []


def test_service_refusal_shows_inline(qtbot, ctx, services, open_page):
    hire(services, "A001", "王五", None)
    page = open_page(ctx)
    dialog = page.staff.new_employee()
    dialog.code.setText("A001")  # already used
    dialog.name.setText("重复")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "A001" in dialog.error.text()
    assert dialog.ok_button.isEnabled()


def test_fourth_report_warns_about_the_span_but_saves(qtbot, ctx, services, open_page):
    _dept, leader_post, server_post = make_org(services)  # 组长: span 3
    boss = hire(services, "A001", "王组长", leader_post.id).employee
    for i in range(3):
        hire(services, f"S00{i}", f"员工{i}", server_post.id, boss.id)
    page = open_page(ctx)

    dialog = page.staff.new_employee()
    dialog.code.setText("S009")
    dialog.name.setText("第四人")
    dialog.post.setCurrentIndex(dialog.post.findData(server_post.id))
    dialog.leader.set_current_id(boss.id)
    click_ok(qtbot, dialog)

    assert is_closed(dialog)
    banner = page.findChild(QFrame, "noticeBanner")
    assert banner.isVisible()
    assert "王组长" in banner.text.text()
    assert "4" in banner.text.text() and "3" in banner.text.text()
    assert len(services.staff.employees(leader_id=boss.id)) == 4  # saved all the same
    assert page.staff.model.find(lambda e: e.code == "S009") >= 0


def test_leader_cycle_is_refused_with_the_chain(qtbot, ctx, services, open_page):
    a = hire(services, "A001", "王组长", None).employee
    b = hire(services, "B001", "李四", None, a.id).employee
    page = open_page(ctx)
    assert page.staff.select_employee(a.id)

    dialog = page.staff.edit_employee()
    dialog.leader.set_current_id(b.id)
    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert "王组长 → 李四 → 王组长" in dialog.error.text()
    assert services.staff.employee(a.id).leader_id is None


def test_deactivate_a_leader_and_hand_over_the_reports(qtbot, ctx, services, open_page):
    _dept, leader_post, server_post = make_org(services)
    leaving = hire(services, "A001", "王组长", leader_post.id).employee
    other = hire(services, "A002", "周组长", leader_post.id).employee
    r1 = hire(services, "S001", "员工一", server_post.id, leaving.id).employee
    r2 = hire(services, "S002", "员工二", server_post.id, leaving.id).employee
    page = open_page(ctx)
    page.staff.select_employee(leaving.id)

    dialog = page.staff.toggle_active()
    assert isinstance(dialog, DeactivateDialog)
    assert {p.id for p in dialog.reports} == {r1.id, r2.id}
    offered = {dialog.new_leader.itemData(i) for i in range(dialog.new_leader.count())}
    assert other.id in offered and None in offered
    assert not offered & {leaving.id, r1.id, r2.id}  # nobody who would close a loop
    dialog.new_leader.set_current_id(other.id)
    click_ok(qtbot, dialog)

    assert is_closed(dialog)
    assert not services.staff.employee(leaving.id).active
    assert services.staff.employee(r1.id).leader_id == other.id
    assert services.staff.employee(r2.id).leader_id == other.id
    assert page.staff.model.find(lambda e: e.id == leaving.id) == -1  # the list shows active


def test_reactivate_asks_first(qtbot, ctx, services, open_page):
    gone = hire(services, "A001", "王五", None).employee
    services.staff.deactivate(gone.id)
    page = open_page(ctx)
    page.staff.status.setCurrentIndex(page.staff.status.findData("left"))
    assert page.staff.select_employee(gone.id)
    assert page.staff.deactivate_button.text().startswith("Reactivate")
    answer_yes(page.staff.toggle_active())
    assert services.staff.employee(gone.id).active


def test_add_and_remove_a_qualification(qtbot, ctx, services, open_page):
    _dept, leader_post, server_post = make_org(services)
    boss = hire(services, "A001", "王组长", leader_post.id).employee
    emp = hire(services, "S001", "员工一", server_post.id, boss.id).employee
    page = open_page(ctx)
    page.staff.select_employee(emp.id)

    dialog = page.staff.add_qualification()
    assert dialog.post.findData(server_post.id) == -1  # not their own post
    dialog.post.setCurrentIndex(dialog.post.findData(leader_post.id))
    dialog.level.setCurrentIndex(dialog.level.findData("training"))
    dialog.certified_by.set_current_id(boss.id)
    click_ok(qtbot, dialog)

    assert is_closed(dialog)
    model = page.staff.detail.qualification_model
    assert [q.post for q in model.rows] == ["包房组长"]
    assert model.index(0, 1).data() == "In training"
    assert model.index(0, 2).data() == "王组长"

    page.staff.detail.qualifications.selectRow(0)
    assert page.staff.detail.remove_qualification.isEnabled()
    answer_yes(page.staff.remove_qualification())
    assert services.staff.qualifications(emp.id) == []
    assert page.staff.detail.qualification_model.rows == ()


def test_the_employee_page_shows_accountability_records(qtbot, ctx, services, open_page):
    _dept, leader_post, server_post = make_org(services)
    boss = hire(services, "A001", "王组长", leader_post.id).employee
    emp = hire(services, "S001", "员工一", server_post.id, boss.id).employee
    services.accountability.record(emp.id, "criticism", "连续两次餐前检查仪容不合格")
    page = open_page(ctx)
    page.staff.select_employee(emp.id)
    records = page.staff.detail.accountability
    assert records.count() == 1
    assert "Criticism" in records.item(0).text()
    assert "连续两次餐前检查仪容不合格" in records.item(0).text()
    page.staff.select_employee(boss.id)
    assert page.staff.detail.accountability.item(0).text() == "None recorded."


def test_filters_narrow_the_list(qtbot, ctx, services, open_page):
    _dept, leader_post, server_post = make_org(services)
    boss = hire(services, "A001", "王组长", leader_post.id).employee
    hire(services, "S001", "张三", server_post.id, boss.id)
    hire(services, "S002", "李四", server_post.id, boss.id)
    page = open_page(ctx)
    assert len(page.staff.model.rows) == 3
    page.staff.search.setText("张")
    page.staff.apply_filters()  # the typing pause, without waiting for it
    assert [e.name for e in page.staff.model.rows] == ["张三"]
    page.staff.search.clear()
    page.staff.post.setCurrentIndex(page.staff.post.findData(leader_post.id))
    assert [e.name for e in page.staff.model.rows] == ["王组长"]
    page.staff.post.setCurrentIndex(0)
    page.staff.leader.set_current_id(boss.id)
    assert {e.name for e in page.staff.model.rows} == {"张三", "李四"}


def test_posts_tab_flags_short_and_over_quota(qtbot, ctx, services, open_page):
    _dept, leader_post, server_post = make_org(services)  # quotas 2 and 6
    for i in range(3):
        hire(services, f"L00{i}", f"组长{i}", leader_post.id)
    page = open_page(ctx)
    tab = page.show_tab(page.posts)
    model = tab.model
    over = model.find(lambda p: p.id == leader_post.id)
    short = model.find(lambda p: p.id == server_post.id)
    assert model.index(over, 5).data() == "Over by 1"
    assert model.index(over, 5).data(Qt.ItemDataRole.BackgroundRole) == AMBER_BG
    assert model.index(short, 5).data() == "Short by 6"
    assert model.index(short, 5).data(Qt.ItemDataRole.ForegroundRole) == RED_TEXT
    assert "1 over quota" in tab.summary.text()
    tab.table.selectRow(short)
    assert tab.duties.item(0).text() == "1. 按标准摆台"


def test_post_dialog_saves_quota_and_ordered_duties(qtbot, ctx, services, open_page):
    dept, _leader_post, _server_post = make_org(services)
    page = open_page(ctx)
    tab = page.show_tab(page.posts)
    dialog = tab.new_post()
    dialog.name.setText("迎宾员")
    dialog.department.setCurrentIndex(dialog.department.findData(dept.id))
    dialog.quota.setValue(3)
    dialog.duties.add_line("引领入座")
    dialog.duties.add_line("迎送客人")
    dialog.duties.move_current(-1)
    dialog.duties.add_line("   ")  # blank lines are dropped
    click_ok(qtbot, dialog)
    assert is_closed(dialog)
    post = next(p for p in services.org.posts() if p.name == "迎宾员")
    assert (post.quota, post.duties) == (3, ("迎送客人", "引领入座"))
    assert tab.selected().id == post.id


def test_rank_span_and_department_dialogs(qtbot, ctx, services, open_page):
    page = open_page(ctx)
    tab = page.show_tab(page.units)
    dialog = tab.new_department()
    dialog.name.setText("工程部")
    dialog.kind.setCurrentIndex(dialog.kind.findData("support"))
    click_ok(qtbot, dialog)
    assert [(d.name, d.kind) for d in services.org.departments()] == [("工程部", "support")]
    assert tab.department_model.rows[0].name == "工程部"

    row = tab.rank_model.find(lambda r: r.key == "team_leader")
    tab.ranks.selectRow(row)
    dialog = tab.edit_rank()
    dialog.span.setValue(5)
    click_ok(qtbot, dialog)
    assert next(r for r in services.org.ranks() if r.key == "team_leader").span_limit == 5


def test_team_and_area_dialogs(qtbot, ctx, services, open_page):
    dept, leader_post, server_post = make_org(services)
    boss = hire(services, "A001", "王组长", leader_post.id).employee
    member = hire(services, "S001", "员工一", server_post.id, boss.id).employee
    page = open_page(ctx)

    teams = page.show_tab(page.teams)
    dialog = teams.new_item()
    dialog.name.setText("包房一组")
    dialog.department.setCurrentIndex(dialog.department.findData(dept.id))
    dialog.leader.set_current_id(boss.id)
    dialog.set_member(member.id)
    click_ok(qtbot, dialog)
    assert is_closed(dialog)
    (team,) = services.teams.teams()
    assert (team.leader, [m.name for m in team.members]) == ("王组长", ["员工一"])
    assert teams.model.index(0, 4).data() == "员工一"

    areas = page.show_tab(page.areas)
    dialog = areas.new_item()
    dialog.name.setText("牡丹厅")
    dialog.kind.setCurrentIndex(dialog.kind.findData("private_room"))
    dialog.floor.setText("2F")
    dialog.team.setCurrentIndex(dialog.team.findData(team.id))
    click_ok(qtbot, dialog)
    assert is_closed(dialog)
    assert areas.model.index(0, 1).data() == "Private room"
    assert areas.model.index(0, 4).data() == "包房一组"
    assert services.staff.detail(member.id).areas == ("牡丹厅",)


def test_org_chart_marks_and_lists_exceeded_spans(qtbot, ctx, services, open_page):
    _dept, leader_post, server_post = make_org(services)
    boss = hire(services, "A001", "王组长", leader_post.id).employee
    calm = hire(services, "A002", "周组长", leader_post.id).employee
    for i in range(4):
        hire(services, f"S00{i}", f"员工{i}", server_post.id, boss.id)
    hire(services, "S010", "员工十", server_post.id, calm.id)
    page = open_page(ctx)
    chart = page.show_tab(page.chart)

    item = chart.items[boss.id]
    assert item.text(3) == "4 / 3"
    assert item.background(0).color() == AMBER_BG
    assert item.font(0).bold()
    assert item.isExpanded()
    calm_item = chart.items[calm.id]
    assert calm_item.text(3) == "1 / 3"
    assert not calm_item.font(0).bold()

    assert chart.exceeded.count() == 1
    entry = chart.exceeded.item(0)
    assert "王组长" in entry.text()
    rect = chart.exceeded.visualItemRect(entry)
    qtbot.mouseClick(chart.exceeded.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chart.tree.currentItem() is item


def test_page_reloads_when_org_changes_elsewhere(qtbot, ctx, services, open_page):
    page = open_page(ctx)
    assert page.staff.model.rows == ()
    services.staff.create(EmployeeInput("X001", "外部导入"))
    ctx.signals.changed.emit(frozenset({"roster"}))
    assert page.staff.model.rows == ()  # not an org change
    ctx.signals.changed.emit(frozenset({"org"}))
    assert [e.name for e in page.staff.model.rows] == ["外部导入"]
    assert page.chart.stale  # hidden tabs wait until shown
    page.show_tab(page.chart)
    assert not page.chart.stale and chart_names(page) == ["外部导入"]


def chart_names(page) -> list[str]:
    return [page.chart.tree.topLevelItem(i).text(0)
            for i in range(page.chart.tree.topLevelItemCount())]


def test_staff_role_sees_no_enabled_edit_buttons(qtbot, make_ctx, services, open_page):
    _dept, _leader_post, server_post = make_org(services)
    hire(services, "S001", "员工一", server_post.id)
    ctx = make_ctx(Actor("clerk", Role.STAFF))
    page = open_page(ctx)
    for tab in page.all_tabs():
        page.show_tab(tab)
    assert len(page.staff.model.rows) == 1  # viewing is allowed
    edit_buttons = [b for b in page.findChildren(QPushButton) if b.property("editAction")]
    assert len(edit_buttons) >= 15
    assert not [b.text() for b in edit_buttons if b.isEnabled() or b.isVisible()]
    page.staff.select_employee(page.staff.model.rows[0].id)
    assert not page.staff.edit_employee_button.isEnabled()  # selection does not enable it
    with pytest.raises(PermissionDenied):
        ctx.services.staff.create(EmployeeInput("S002", "越权"))


def test_import_opens_the_import_dialog_and_reloads_after_import(qtbot, ctx, services,
                                                                open_page, tmp_path):
    make_org(services)
    page = open_page(ctx)
    dialog = page.staff.import_staff()
    assert dialog.isVisible()
    sheet = tmp_path / "staff.csv"
    sheet.write_text("工号,姓名,部门,岗位,上级工号\nI001,导入一,楼面部,包房服务员,\n",
                     encoding="utf-8")
    dialog.set_file(sheet)
    dialog.do_import()
    assert [e.name for e in page.staff.model.rows] == ["导入一"]
    dialog.reject()


def test_works_with_the_threaded_runner(qtbot, ctx, services, open_page, ui_errors):
    """In the app, reads and writes run on the worker thread; results arrive later."""
    from app.ui.tasks import TaskRunner

    _dept, leader_post, _server_post = make_org(services)
    boss = hire(services, "A001", "王组长", leader_post.id).employee
    ctx.runner = TaskRunner(ctx.signals, ui_errors)
    page = open_page(ctx)
    qtbot.wait_until(lambda: len(page.staff.model.rows) == 1, timeout=5000)
    page.staff.select_employee(boss.id)
    qtbot.wait_until(lambda: page.staff.detail.title.text() == "王组长", timeout=5000)

    dialog = page.staff.new_employee()
    dialog.code.setText("B001")
    dialog.name.setText("李新")
    dialog.leader.set_current_id(boss.id)
    click_ok(qtbot, dialog)
    assert not dialog.ok_button.isEnabled()  # busy until the worker answers
    qtbot.wait_until(lambda: len(page.staff.model.rows) == 2, timeout=5000)
    qtbot.wait_until(lambda: page.staff.detail.title.text() == "李新", timeout=5000)
    ctx.runner.wait()
    assert not ui_errors


def test_hire_date_can_be_empty_or_set(qtbot, ctx, services, open_page):
    import datetime as dt

    from PySide6.QtCore import QDate

    page = open_page(ctx)
    dialog = page.staff.new_employee()
    assert dialog.hire_date.text() == "No date"
    dialog.hire_date.stepBy(1)  # from "no date" a step starts at today, not 1900
    assert dialog.hire_date.date() == QDate.currentDate()
    dialog.hire_date.setDate(QDate(2023, 4, 5))
    dialog.code.setText("D001")
    dialog.name.setText("有日期")
    click_ok(qtbot, dialog)
    assert services.staff.employees()[0].hire_date == dt.date(2023, 4, 5)
