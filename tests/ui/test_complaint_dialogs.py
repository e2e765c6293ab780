"""The complaint and guest-comment dialogs, each through its own widgets: a refused or
incomplete form stays open with its message, the hand-over names who is on duty and why,
resolving and closing with the guest's satisfaction, a stale version asks for a reload, and a
guest comment is added (saying where it will go), routed and actioned."""

from __future__ import annotations

import datetime as dt

from app.ui.complaints.comment_dialogs import (
    NewCommentDialog,
    RecordActionDialog,
    RouteCommentDialog,
)
from app.ui.complaints.complaints_page import ComplaintsPage
from app.ui.complaints.dialogs import CloseDialog, HandOverDialog, ReceiveDialog, ResolveDialog
from tests.complaint_builders import receive_complaint
from tests.rect_builders import Clock
from tests.ui.complaint_ui_builders import (
    DINNER,
    build_venue,
    choose,
    click,
    clocked,
    leader,
    manager_actor,
    opened,
    staff_actor,
    supervisor_actor,
    type_text,
)


def _page(qtbot, ctx) -> ComplaintsPage:
    page = ComplaintsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def test_an_incomplete_complaint_stays_open_with_its_message(qtbot, services, make_ctx,
                                                             ui_errors):
    build_venue(services)
    page = _page(qtbot, clocked(make_ctx(supervisor_actor()), Clock(DINNER)))
    click(qtbot, page.log.new_button)
    dialog = opened(page.log, ReceiveDialog)
    assert dialog.area.count() > 1  # the areas are offered
    type_text(dialog.content, "服务员态度很差")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "category" in dialog.error.text()
    choose(dialog.category, "attitude")
    assert "Assurance" in dialog.dimension.text()
    dialog.content.clear()
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "guest said" in dialog.error.text()
    type_text(dialog.content, "服务员态度很差")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible() and not ui_errors
    assert page.log.model.rows[0].category == "attitude"
    assert page.log.model.rows[0].area_id is None  # the area was not known


def test_hand_over_names_the_server_on_duty_and_the_leader(qtbot, services, make_ctx):
    venue = build_venue(services)
    complaint = receive_complaint(services, DINNER, area_id=venue.room_id)
    clock = Clock(DINNER + dt.timedelta(minutes=1))
    ctx = clocked(make_ctx(supervisor_actor()), clock)
    ctx.services.complaints.respond(complaint.id, complaint.version)
    page = _page(qtbot, ctx)
    page.log.select(complaint.id)
    click(qtbot, page.log.detail.buttons["hand_over"])
    dialog = opened(page.log.detail, HandOverDialog)
    assert dialog.person.current_id() == venue.on_duty_id  # 赵敏 is rostered in the room
    text = dialog.explanation.text()
    assert "赵敏" in text and "牡丹厅 201" in text and "晚市" in text and "王丽" in text
    choose(dialog.department, None)
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "department" in dialog.error.text()
    choose(dialog.department, venue.dept_id)
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert page.log.detail.detail.complaint.responsible.id == venue.on_duty_id


def test_the_responsible_server_resolves_and_closes_with_the_guests_satisfaction(
        qtbot, services, make_ctx, ui_errors):
    venue = build_venue(services)
    complaint = receive_complaint(services, DINNER, area_id=venue.room_id)
    clock = Clock(DINNER + dt.timedelta(minutes=1))
    boss = clocked(make_ctx(supervisor_actor()), clock)
    answered = boss.services.complaints.respond(complaint.id, complaint.version)
    boss.services.complaints.hand_over(answered.id, answered.version, venue.dept_id,
                                       venue.on_duty_id)
    clock.advance(minutes=20)
    page = _page(qtbot, clocked(make_ctx(staff_actor(venue)), clock))  # 赵敏 owns it now
    detail = page.log.detail
    page.log.select(complaint.id)
    assert detail.buttons["resolve"].isVisible()
    assert not detail.buttons["hand_over"].isVisible()
    click(qtbot, detail.buttons["resolve"])
    resolve = opened(detail, ResolveDialog)
    click(qtbot, resolve.ok_button)
    assert resolve.isVisible() and resolve.error.text()
    type_text(resolve.resolution, "重新做了一份，并赠送果盘")
    type_text(resolve.compensation, "赠送果盘")
    resolve.amount.setValue(38)
    click(qtbot, resolve.ok_button)
    assert not resolve.isVisible() and not ui_errors
    c = detail.detail.complaint
    assert c.status == "resolved" and c.compensation_amount == 38
    assert "¥38.00" in detail.fields["compensation"].text()

    click(qtbot, detail.buttons["close"])
    close = opened(detail, CloseDialog)
    type_text(close.feedback, "电话回访，客人表示满意")
    choose(close.satisfaction, 4)
    click(qtbot, close.ok_button)
    assert not close.isVisible() and not ui_errors
    c = detail.detail.complaint
    assert c.status == "closed" and c.satisfaction == 4
    assert "Satisfied" in detail.fields["feedback"].text()
    assert not any(b.isVisible() for b in detail.buttons.values())
    assert [e.action for e in detail.detail.history][-2:] == ["resolve", "close"]
    assert "电话回访" in detail.history_model.index(detail.history_model.rowCount() - 1, 3).data()


def test_a_stale_version_asks_for_a_reload(qtbot, services, make_ctx):
    venue = build_venue(services)
    complaint = receive_complaint(services, DINNER, area_id=venue.room_id)
    clock = Clock(DINNER + dt.timedelta(minutes=1))
    ctx = clocked(make_ctx(supervisor_actor()), clock)
    page = _page(qtbot, ctx)
    page.log.select(complaint.id)
    other = clocked(make_ctx(manager_actor()), clock)
    other.services.complaints.respond(complaint.id, complaint.version)  # behind its back
    click(qtbot, page.log.detail.buttons["respond"])
    assert not page.log.detail.conflict.isHidden()
    click(qtbot, page.log.detail.reload_button)
    assert page.log.detail.conflict.isHidden()
    assert page.log.detail.detail.complaint.status == "responded"
    assert not page.log.detail.buttons["respond"].isVisible()


def test_a_guest_comment_is_added_routed_and_actioned(qtbot, services, make_ctx, ui_errors):
    venue = build_venue(services)
    clock = Clock(DINNER)
    ctx = clocked(make_ctx(supervisor_actor()), clock)
    page = _page(qtbot, ctx)
    tab = page.show_tab(page.comments)
    assert not tab.route_button.isEnabled()  # nothing chosen yet
    click(qtbot, tab.new_button)
    dialog = opened(tab, NewCommentDialog)
    choose(dialog.kind, "dish")
    choose(dialog.area, venue.room_id)
    assert "厨房部" in dialog.route.text() and "kitchen" in dialog.route.text()
    choose(dialog.kind, "praise")
    assert "楼面部" in dialog.route.text()
    choose(dialog.kind, "dish")
    type_text(dialog.content, "松鼠鳜鱼偏甜")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible() and not ui_errors
    assert tab.model.rowCount() == 1
    comment = tab.selected()
    assert comment.department_id == venue.kitchen_dept_id and comment.status == "open"
    assert tab.model.index(0, 4).data() == "厨房部"

    click(qtbot, tab.route_button)
    route = opened(tab, RouteCommentDialog)
    choose(route.department, venue.dept_id)
    click(qtbot, route.ok_button)
    assert not route.isVisible()
    assert tab.selected().department_id == venue.dept_id

    click(qtbot, tab.action_button)
    action = opened(tab, RecordActionDialog)
    type_text(action.action, "已转告厨师长，糖量减少三分之一")
    click(qtbot, action.fed_back)
    click(qtbot, action.ok_button)
    assert not action.isVisible() and not ui_errors
    choose(tab.status, "done")
    done = tab.model.rows
    assert len(done) == 1 and done[0].fed_back and done[0].status == "done"
    assert "guest told" in tab.model.index(0, 5).data()
    choose(tab.status, "open")
    assert tab.model.rowCount() == 0


def test_staff_may_add_a_comment_but_not_route_it(qtbot, services, make_ctx):
    venue = build_venue(services)
    page = _page(qtbot, clocked(make_ctx(staff_actor(venue)), Clock(DINNER)))
    tab = page.show_tab(page.comments)
    assert tab.new_button.isEnabled()
    click(qtbot, tab.new_button)
    dialog = opened(tab, NewCommentDialog)
    choose(dialog.kind, "suggestion")
    type_text(dialog.content, "希望增加儿童座椅")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    tab.select(tab.model.rows[0].id)
    assert not tab.route_button.isEnabled() and not tab.action_button.isEnabled()
    assert tab.record_action() is None
    leader_page = _page(qtbot, clocked(make_ctx(leader(venue)), Clock(DINNER)))
    leads = leader_page.show_tab(leader_page.comments)
    leads.select(leads.model.rows[0].id)
    assert leads.route_button.isEnabled() and leads.action_button.isEnabled()
