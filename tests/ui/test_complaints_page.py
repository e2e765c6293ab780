"""The complaint log (投诉处理), driven through its own widgets: a server records a complaint
with Ctrl+N and answers it within the five minutes (the clock says on time), the floor
supervisor hands it to the person the on-duty lookup suggests and opens a rectification from
it, and that person finds the rectification in their My work inbox — its detail says which
complaint it came from. Also: the clock column ticks and turns late, filters, measures,
buttons by role, the wallboard and My work clocks, and the printed record sheet."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain.permissions import Role
from app.services.guest_dto import ComplaintFilter
from app.ui.complaints.columns import LOG_CLOCK
from app.ui.complaints.common import GREEN, RED
from app.ui.complaints.complaints_page import ComplaintsPage
from app.ui.complaints.detail_panel import ComplaintDetailPanel
from app.ui.complaints.dialogs import HandOverDialog, OpenRectificationDialog, ReceiveDialog
from app.ui.rectifications.detail_view import RectificationDetailView
from app.ui.rectifications.my_work_page import MyWorkPage
from app.ui.rectifications.wallboard import WallboardWindow
from tests.complaint_builders import receive_complaint
from tests.rect_builders import Clock
from tests.ui.complaint_ui_builders import (
    DINNER,
    build_venue,
    choose,
    click,
    clocked,
    hr_actor,
    make_active,
    manager_actor,
    opened,
    staff_actor,
    supervisor_actor,
    type_text,
)
from tests.ui.rect_ui_builders import signed_in


def _page(qtbot, ctx) -> ComplaintsPage:
    page = ComplaintsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _clock_cell(page: ComplaintsPage, row: int = 0):
    return page.log.model.index(row, LOG_CLOCK)


def test_record_answer_hand_over_rectify_and_the_owner_finds_it(qtbot, services, db,
                                                               make_ctx, ui_errors):
    venue = build_venue(services)
    clock = Clock(DINNER)

    # 赵敏, a server, takes the complaint at the table: Ctrl+N, the form, Record.
    server = clocked(make_ctx(signed_in(services, "zhao.min", Role.STAFF,
                                        venue.server_ids[0])), clock)
    page = _page(qtbot, server)
    make_active(page)
    page.log.view.setFocus()
    qtbot.keyClick(page.log.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    receive = opened(page.log, ReceiveDialog)
    choose(receive.channel, "in_person")
    choose(receive.area, venue.hall_id)
    qtbot.keyClicks(receive.table_no, "8")
    choose(receive.category, "food_quality")
    assert "Reliability" in receive.dimension.text()  # the category's SERVQUAL dimension
    choose(receive.severity, "major")
    type_text(receive.guest_name, "陈先生")
    type_text(receive.content, "清蒸鱼里有鱼鳞，没刮干净")
    click(qtbot, receive.ok_button)
    assert not ui_errors, ui_errors
    assert not receive.isVisible()

    log = page.log
    assert log.model.rowCount() == 1
    complaint = log.model.rows[0]
    assert complaint.received_at == DINNER and complaint.table_no == "8"
    assert log.detail.complaint_id == complaint.id
    assert _clock_cell(page).data() == "05:00"  # five minutes to answer
    assert log.detail.buttons["respond"].isVisible()
    assert not log.detail.buttons["hand_over"].isVisible()  # staff may not hand over

    # Two and a half minutes later 赵敏 has apologised: one click on Respond.
    clock.advance(minutes=2, seconds=31)
    log.tick()
    assert _clock_cell(page).data() == "02:29"
    type_text(log.detail.note, "已致歉，马上重做")
    click(qtbot, log.detail.buttons["respond"])
    assert not ui_errors, ui_errors
    answered = log.detail.detail.complaint
    assert answered.status == "responded" and answered.response_seconds == 151
    assert log.detail.clock.text() == "02:31 on time"
    assert _clock_cell(page).data() == "02:31 on time"
    assert _clock_cell(page).data(Qt.ItemDataRole.ForegroundRole) == GREEN
    assert "on time" in log.detail.fields["response"].text()

    # The floor supervisor hands it over to whom the on-duty lookup names, then opens a
    # rectification from it.
    clock.advance(minutes=3)
    boss = clocked(make_ctx(signed_in(services, "zhou.sup", Role.SUPERVISOR)), clock)
    desk = _page(qtbot, boss)
    assert desk.log.select(complaint.id) == 0
    assert desk.log.detail.complaint_id == complaint.id
    click(qtbot, desk.log.detail.buttons["hand_over"])
    hand = opened(desk.log.detail, HandOverDialog)
    assert hand.department.currentData() == venue.dept_id
    assert hand.person.current_id() == venue.lead_id  # nobody rostered: the team leader
    assert "王丽" in hand.explanation.text()
    type_text(hand.note, "请厨房复查清蒸鱼的处理")
    click(qtbot, hand.ok_button)
    assert not ui_errors, ui_errors
    assert not hand.isVisible()
    shown = desk.log.detail.detail.complaint
    assert shown.status == "handed_over" and shown.responsible.id == venue.lead_id

    click(qtbot, desk.log.detail.buttons["open_rectification"])
    rectify = opened(desk.log.detail, OpenRectificationDialog)
    assert "清蒸鱼里有鱼鳞" in rectify.description.toPlainText()
    assert rectify.severity.currentData() == "major"
    click(qtbot, rectify.ok_button)
    assert not ui_errors, ui_errors
    linked = desk.log.detail.detail.complaint
    assert linked.rectification_id is not None
    assert desk.log.detail.rectification_button.isVisible()
    assert not desk.log.detail.buttons["open_rectification"].isVisible()  # one per complaint
    actions = [e.action for e in desk.log.detail.detail.history]
    assert actions == ["receive", "respond", "hand_over", "open_rectification"]
    assert "已致歉" in desk.log.detail.history_model.index(1, 3).data()

    # 王丽 signs in: the rectification is in her inbox, the complaint is handed to her.
    owner = make_ctx(signed_in(services, "wang.li", Role.LEADER, venue.lead_id))
    work = MyWorkPage(owner)
    qtbot.addWidget(work)
    assert linked.rectification_id in {r.id for r in work.rows("assigned_to_me")}
    assert [c.id for c in work.rows("handed_to_me")] == [complaint.id]
    row = next(i for i, r in enumerate(work.rows("assigned_to_me"))
               if r.id == linked.rectification_id)
    view = work.open_item("assigned_to_me", row)
    qtbot.addWidget(view)
    assert isinstance(view, RectificationDetailView)
    assert view.detail.rectification.complaint_id == complaint.id
    assert not view.from_complaint.isHidden()
    assert f"From complaint #{complaint.id}" in view.from_complaint.text()
    assert "清蒸鱼" in view.detail.rectification.description

    # …and the link leads back to the complaint (a window of its own outside the main window)
    back = view.open_complaint()
    qtbot.addWidget(back)
    assert isinstance(back, ComplaintDetailPanel) and back.complaint_id == complaint.id
    # the supervisor's complaint detail opens the rectification too
    rect_view = desk.log.detail.open_rectification()
    qtbot.addWidget(rect_view)
    assert rect_view.rect_id == linked.rectification_id


def test_the_clock_counts_down_each_second_and_turns_red_when_late(qtbot, services, db,
                                                                   make_ctx):
    venue = build_venue(services)
    clock = Clock(DINNER)
    ctx = clocked(make_ctx(supervisor_actor()), clock)
    receive_complaint(services, DINNER, area_id=venue.room_id)
    page = _page(qtbot, ctx)
    log = page.log
    assert log.timer.isActive()  # visible: ticking
    changes = []
    log.model.dataChanged.connect(lambda top, bottom, _roles: changes.append(
        (top.column(), bottom.column())))
    clock.advance(seconds=1)
    log.tick()
    assert _clock_cell(page).data() == "04:59"
    assert changes == [(LOG_CLOCK, LOG_CLOCK)]  # only the clock column, no reload
    clock.advance(minutes=4, seconds=59)
    log.tick()
    assert _clock_cell(page).data() == "00:00"  # exactly at the limit: still on time
    assert _clock_cell(page).data(Qt.ItemDataRole.ForegroundRole) != RED
    clock.advance(seconds=65)
    log.tick()
    assert _clock_cell(page).data() == "Late 01:05"
    assert _clock_cell(page).data(Qt.ItemDataRole.ForegroundRole) == RED
    log.detail.tick()
    assert log.detail.clock.text() == "Late 01:05" and RED.name() in log.detail.clock.styleSheet()
    page.tabs.setCurrentWidget(page.comments)  # hidden: no ticking
    assert not log.timer.isActive()
    page.tabs.setCurrentWidget(log)
    assert log.timer.isActive()


def test_filters_status_late_area_category_dates_and_text(qtbot, services, db, make_ctx):
    venue = build_venue(services)
    now = DINNER + dt.timedelta(hours=2)
    clock = Clock(now)
    ctx = clocked(make_ctx(manager_actor()), clock)
    day_before = DINNER - dt.timedelta(days=1)
    late = receive_complaint(services, day_before, area_id=venue.room_id, content="上菜太慢",
                             category="slow_service")
    quick = receive_complaint(services, DINNER, area_id=venue.hall_id, content="汤是凉的",
                              guest_name="林女士")
    clock.now = DINNER + dt.timedelta(minutes=2)
    ctx.services.complaints.respond(quick.id, quick.version)
    clock.now = now
    page = _page(qtbot, ctx)
    log = page.log

    def ids() -> set[int]:
        return {c.id for c in log.model.rows}

    assert ids() == {late.id, quick.id}  # both open
    assert "2 complaint(s)" in log.count_label.text()
    log.late.setChecked(True)  # unanswered for a day
    assert ids() == {late.id}
    log.late.setChecked(False)
    choose(log.area, venue.hall_id)
    assert ids() == {quick.id}
    choose(log.area, None)
    choose(log.category, "slow_service")
    assert ids() == {late.id}
    choose(log.category, None)
    choose(log.status, "responded")
    assert ids() == {quick.id}
    choose(log.status, "")
    log.date_from.setDate(DINNER.date())
    assert ids() == {quick.id}
    log.date_from.setDate(log.date_from.minimumDate())
    log.date_to.setDate(day_before.date())
    assert ids() == {late.id}
    log.date_to.setDate(log.date_to.minimumDate())
    type_text(log.search, "林女士")
    qtbot.keyClick(log.search, Qt.Key.Key_Return)
    assert ids() == {quick.id}
    assert log.current_filter() == ComplaintFilter(status=None, text="林女士")


def test_measures_show_the_share_on_time_and_the_medians(qtbot, services, db, make_ctx):
    venue = build_venue(services)
    clock = Clock(DINNER + dt.timedelta(hours=1))
    ctx = clocked(make_ctx(manager_actor()), clock)
    first = receive_complaint(services, DINNER, area_id=venue.room_id)
    second = receive_complaint(services, DINNER + dt.timedelta(minutes=10),
                               area_id=venue.room_id)
    svc = ctx.services.complaints
    clock.now = DINNER + dt.timedelta(minutes=2)
    svc.respond(first.id, first.version)
    clock.now = DINNER + dt.timedelta(minutes=20)
    svc.respond(second.id, second.version)  # ten minutes: late
    clock.now = DINNER + dt.timedelta(hours=1)
    page = _page(qtbot, ctx)
    text = page.log.share_label.text()
    assert "Answered within 5 min" in text and "<b>50%</b> today" in text and "1 late" in text
    assert "06:00" in page.log.response_label.text()  # median of 2:00 and 10:00
    assert "—" in page.log.resolve_label.text()  # nothing resolved yet


def test_buttons_follow_the_role(qtbot, services, db, make_ctx):
    venue = build_venue(services)
    complaint = receive_complaint(services, DINNER, area_id=venue.room_id)
    clock = Clock(DINNER + dt.timedelta(minutes=1))
    services_as_manager = clocked(make_ctx(manager_actor()), clock)
    services_as_manager.services.complaints.respond(complaint.id, complaint.version)

    staff = _page(qtbot, clocked(make_ctx(staff_actor(venue, "qian.jin")), clock))
    staff.log.select(complaint.id)
    visible = {k for k, b in staff.log.detail.buttons.items() if b.isVisible()}
    assert visible == set()  # answered already; the rest is for managers or the owner
    assert staff.log.new_button.isEnabled()
    assert not staff.comments.route_button.property("allowed")
    assert not staff.comments.action_button.property("allowed")
    assert staff.comments.new_button.isEnabled()

    manager = _page(qtbot, services_as_manager)
    manager.log.select(complaint.id)
    visible = {k for k, b in manager.log.detail.buttons.items() if b.isVisible()}
    assert visible == {"hand_over", "resolve", "open_rectification"}
    assert manager.log.detail.print_button.isEnabled()

    hr = _page(qtbot, clocked(make_ctx(hr_actor()), clock))  # reads reports, no more
    assert hr.log.model.rowCount() == 1
    assert not hr.log.new_button.isEnabled() and hr.log.new_button.toolTip()
    assert hr.log.new_complaint() is None
    hr.log.select(complaint.id)
    assert not any(b.isVisible() for b in hr.log.detail.buttons.values())


def test_my_work_lists_waiting_complaints_with_a_live_clock_and_opens_them(
        qtbot, services, db, make_ctx):
    venue = build_venue(services)
    clock = Clock(DINNER + dt.timedelta(minutes=3))
    waiting = receive_complaint(services, DINNER, area_id=venue.hall_id, content="空调太冷")
    ctx = clocked(make_ctx(supervisor_actor()), clock)

    class Window(QWidget):  # what MainWindow offers: open_page(key) → the page
        def __init__(self) -> None:
            super().__init__()
            self.complaints = ComplaintsPage(ctx, self)
            self.work = MyWorkPage(ctx, self)

        def open_page(self, key: str) -> QWidget:
            assert key == "complaints"
            return self.complaints

    window = Window()
    qtbot.addWidget(window)
    window.show()
    work = window.work
    assert [c.id for c in work.rows("waiting_for_response")] == [waiting.id]
    assert "1 complaint(s) waiting for a response" in work.summary.text()
    view, model = work.complaint_tables["waiting_for_response"]
    assert model.index(0, 0).data() == "02:00"
    assert work.clock_timer.isActive()
    clock.advance(minutes=2, seconds=30)
    work.tick_complaints()
    assert model.index(0, 0).data() == "Late 00:30"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == RED
    view.doubleClicked.emit(model.index(0, 1))
    assert window.complaints.log.detail.complaint_id == waiting.id
    assert window.complaints.tabs.currentWidget() is window.complaints.log


def test_wallboard_shows_unanswered_complaints_with_big_clocks(qtbot, services, db, make_ctx):
    venue = build_venue(services)
    clock = Clock(DINNER + dt.timedelta(minutes=6))
    receive_complaint(services, DINNER, area_id=venue.room_id, table_no="201",
                      content="等了半小时还没上主菜", category="slow_service")
    receive_complaint(services, DINNER + dt.timedelta(minutes=4), area_id=venue.hall_id)
    board = WallboardWindow(clocked(make_ctx(supervisor_actor()), clock))
    qtbot.addWidget(board)
    assert "2" in board.complaint_heading.text()
    assert board.complaint_cell(0, 0).text() == "Late 01:00"
    assert RED.name() in board.complaint_cell(0, 0).styleSheet()
    assert "font-size: 34px" in board.complaint_cell(0, 0).styleSheet()
    assert "201" in board.complaint_cell(0, 1).text()
    assert board.complaint_cell(1, 0).text() == "03:00"
    clock.advance(seconds=1)
    board.tick()
    assert board.complaint_cell(1, 0).text() == "02:59"


def test_the_record_sheet_is_written_from_the_complaint(qtbot, services, db, make_ctx,
                                                       tmp_path, ui_errors):
    from app.ui.complaints.printing import record_maker, write_pdf

    venue = build_venue(services)
    complaint = receive_complaint(services, DINNER, area_id=venue.room_id)
    ctx = make_ctx(manager_actor())
    page = _page(qtbot, ctx)
    page.log.select(complaint.id)
    dialog = page.log.detail.print_record()
    assert dialog.isVisible() and "complaint-" in dialog.selectedFiles()[0]
    dialog.reject()
    written = []
    write_pdf(ctx, tmp_path / "sheet", record_maker(complaint), page, written.append)
    assert not ui_errors, ui_errors
    assert written == [tmp_path / "sheet.pdf"]
    assert written[0].read_bytes().startswith(b"%PDF")
