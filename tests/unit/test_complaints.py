"""ComplaintService: receiving with the time stamped, the 5-minute first-response clock,
answering once, optimistic locking, the on-duty hand-over suggestion, resolving and closing
with the guest's satisfaction, opening a rectification that reaches the owner's My work,
the list, the inbox and the measures."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db.models import AuditLog, Complaint, Finding
from app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.services.guest_dto import ComplaintDraft, ComplaintFilter
from tests.complaint_builders import (
    DINNER,
    build_venue,
    complaint_service,
    receive_complaint,
)
from tests.rect_builders import Clock, rects

MIN = dt.timedelta(minutes=1)
SEC = dt.timedelta(seconds=1)


@pytest.fixture
def venue(services):
    return build_venue(services)


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _draft(**fields) -> ComplaintDraft:
    base = {"channel": "phone", "content": "上菜太慢", "category": "slow_service"}
    return ComplaintDraft(**{**base, **fields})


# ---- receiving -----------------------------------------------------------------------------


def test_receiving_stamps_the_time_and_takes_the_dimension_from_the_category(venue, db):
    svc = complaint_service(db, "staff", venue.server_ids[1], Clock(DINNER))
    c = svc.receive(_draft(area_id=venue.room_id, table_no=" 8 ", guest_name="李先生",
                           guest_contact="13800000000"))
    assert (c.received_at, c.status, c.received_by) == (DINNER, "received", "test-staff")
    assert (c.category, c.dimension, c.severity) == ("slow_service", "responsiveness", "minor")
    assert (c.area, c.table_no, c.guest_name) == ("牡丹厅 201", "8", "李先生")
    assert c.deadline == DINNER + 5 * MIN
    assert (c.first_response_at, c.response_seconds, c.on_time, c.responder) == (
        None, None, None, "")
    earlier = svc.receive(_draft(received_at=DINNER - 30 * MIN, category="hygiene"))
    assert (earlier.received_at, earlier.dimension) == (DINNER - 30 * MIN, "tangibles")
    assert earlier.on_time is False  # recorded late: the clock had already run out
    (entry,) = svc.complaint(c.id).history
    assert (entry.action, entry.actor, entry.detail["channel"]) == ("receive", "test-staff",
                                                                   "phone")


@pytest.mark.parametrize("fields, message", [
    ({"channel": "fax"}, "how the complaint came in"),
    ({"category": "weather"}, "what the complaint is about"),
    ({"severity": "huge"}, "Unknown severity huge"),
    ({"content": "   "}, "what the guest complained about"),
    ({"guest_contact": "1" * 81}, "at most 80 characters"),
    ({"received_at": DINNER + SEC}, "later than now"),
])
def test_receiving_refuses_unclear_input_and_writes_nothing(venue, db, fields, message):
    svc = complaint_service(db, clock=Clock(DINNER))
    before = _count(db, AuditLog)
    with pytest.raises(ValidationError, match=message):
        svc.receive(_draft(**fields))
    assert _count(db, Complaint) == 0 and _count(db, AuditLog) == before


def test_an_unknown_area_is_refused(venue, db):
    with pytest.raises(NotFound, match="No such area"):
        complaint_service(db, clock=Clock(DINNER)).receive(_draft(area_id=9999))
    assert _count(db, Complaint) == 0


# ---- the first-response clock --------------------------------------------------------------


@pytest.mark.parametrize("after, seconds, on_time", [
    (4 * MIN + 59 * SEC, 299, True),
    (5 * MIN, 300, True),  # exactly at the limit counts as on time
    (5 * MIN + SEC, 301, False),
])
def test_the_answer_is_on_time_within_five_minutes(venue, services, db, after, seconds,
                                                    on_time):
    c = receive_complaint(services, area_id=venue.room_id)
    svc = complaint_service(db, "staff", venue.on_duty_id, Clock(DINNER + after),
                            username="zhaomin")
    answered = svc.respond(c.id, c.version, "已向客人致歉，马上重做")
    assert (answered.status, answered.first_response_at) == ("responded", DINNER + after)
    assert (answered.response_seconds, answered.on_time) == (seconds, on_time)
    assert answered.responder == "赵敏" and answered.version == c.version + 1
    history = svc.complaint(c.id).history
    assert [h.action for h in history] == ["receive", "respond"]
    assert history[1].detail == {"before": "received", "after": "responded",
                                 "note": "已向客人致歉，马上重做", "seconds": seconds}


def test_an_unanswered_complaint_turns_late_when_the_limit_passes(venue, services, db):
    c = receive_complaint(services)
    clock = Clock(DINNER + 5 * MIN)
    svc = complaint_service(db, clock=clock)
    assert svc.complaint(c.id).complaint.on_time is None  # the clock is still running
    clock.advance(seconds=1)
    assert svc.complaint(c.id).complaint.on_time is False


def test_the_limit_follows_the_setting(venue, services, db):
    services.settings.set("complaint.response_minutes", 10)
    c = receive_complaint(services)
    svc = complaint_service(db, clock=Clock(DINNER + 8 * MIN))
    assert svc.complaint(c.id).complaint.deadline == DINNER + 10 * MIN
    assert svc.complaint(c.id).complaint.on_time is None
    assert svc.respond(c.id, c.version).on_time is True
    assert svc.inbox().limit_minutes == 10


def test_a_complaint_is_answered_only_once_and_a_stale_version_changes_nothing(
        venue, services, db):
    c = receive_complaint(services)
    first = complaint_service(db, "staff", venue.on_duty_id, Clock(DINNER + MIN))
    second = complaint_service(db, "supervisor", None, Clock(DINNER + 2 * MIN))
    answered = first.respond(c.id, c.version)
    rows = _count(db, AuditLog)
    with pytest.raises(ConflictError, match="changed by test-staff at 2026-11-23 19:01"):
        second.respond(c.id, c.version)
    with pytest.raises(ValidationError, match="already answered at 19:01:00 by 赵敏"):
        second.respond(c.id, answered.version)
    with pytest.raises(ConflictError):  # a stale version is refused for every change
        second.hand_over(c.id, c.version, venue.dept_id, None)
    now = second.complaint(c.id).complaint
    assert (now.first_response_at, now.version, now.status) == (
        DINNER + MIN, answered.version, "responded")
    assert _count(db, AuditLog) == rows


# ---- hand-over, resolution and feedback ----------------------------------------------------


def test_the_hand_over_suggestion_comes_from_the_roster(venue, services, db):
    room = receive_complaint(services, area_id=venue.room_id)
    hall = receive_complaint(services, area_id=venue.hall_id)
    nowhere = receive_complaint(services)
    svc = complaint_service(db, "staff", None, Clock(DINNER + MIN))
    tip = svc.suggest_handover(room.id)
    assert (tip.department_id, tip.department) == (venue.dept_id, "楼面部")
    assert tip.person.id == venue.on_duty_id and tip.person.name == "赵敏"
    assert tip.on_duty.shift == "晚市" and not tip.on_duty.unrostered
    hall_tip = svc.suggest_handover(hall.id)  # nobody rostered: the team's leader
    assert hall_tip.person.id == venue.lead_id and hall_tip.on_duty.unrostered
    assert svc.suggest_handover(nowhere.id) == type(tip)(None, "", None, None)
    with pytest.raises(NotFound, match="No such complaint"):
        svc.suggest_handover(9999)


def test_hand_over_resolve_and_close_with_the_guests_satisfaction(venue, services, db):
    c = receive_complaint(services, area_id=venue.room_id)
    clock = Clock(DINNER + 2 * MIN)
    boss = complaint_service(db, "leader", venue.lead_id, clock)
    c = boss.respond(c.id, c.version)
    with pytest.raises(ValidationError, match="active employee"):
        boss.hand_over(c.id, c.version, venue.dept_id, 9999)
    with pytest.raises(ValidationError, match="Choose the department"):
        boss.hand_over(c.id, c.version, 9999, None)
    clock.advance(minutes=3)
    owner = venue.server_ids[1]
    c = boss.hand_over(c.id, c.version, venue.dept_id, owner, "请钱进跟进")
    assert (c.status, c.department, c.responsible.name, c.handed_over_at) == (
        "handed_over", "楼面部", "钱进", DINNER + 5 * MIN)
    # a handler may resolve only a complaint they are responsible for
    other = complaint_service(db, "staff", venue.server_ids[2], clock)
    rows = _count(db, AuditLog)
    with pytest.raises(PermissionDenied, match=r"\(Staff\) may not hand over, resolve"):
        other.resolve(c.id, c.version, "已重做")
    assert _count(db, AuditLog) == rows
    mine = complaint_service(db, "staff", owner, clock)
    assert mine.complaint(c.id).allowed_actions == ("resolve",)
    assert other.complaint(c.id).allowed_actions == ()
    with pytest.raises(ValidationError, match="cannot be negative"):
        mine.resolve(c.id, c.version, "已重做", "赠送果盘", -5)
    with pytest.raises(ValidationError, match="how the complaint was resolved"):
        mine.resolve(c.id, c.version, " ")
    clock.advance(minutes=10)
    c = mine.resolve(c.id, c.version, "已重做一份", "赠送果盘", 38.0)
    assert (c.status, c.resolved_at, c.compensation, c.compensation_amount) == (
        "resolved", DINNER + 15 * MIN, "赠送果盘", 38.0)
    for bad in (0, 6):
        with pytest.raises(ValidationError, match="from 1 to 5"):
            mine.close(c.id, c.version, "客人表示满意", bad)
    with pytest.raises(ValidationError, match="what the guest was told"):
        mine.close(c.id, c.version, "", 5)
    c = mine.close(c.id, c.version, "电话回访，客人表示满意", 5)
    assert (c.status, c.feedback, c.satisfaction) == ("closed", "电话回访，客人表示满意", 5)
    detail = boss.complaint(c.id)
    assert [h.action for h in detail.history] == ["receive", "respond", "hand_over", "resolve",
                                                  "close"]
    assert detail.allowed_actions == ("open_rectification",)
    with pytest.raises(ValidationError, match="Closed cannot be changed"):
        boss.resolve(c.id, c.version, "再处理")


def test_a_complaint_can_be_resolved_on_the_spot_but_not_before_the_first_response(
        venue, services, db):
    c = receive_complaint(services)
    svc = complaint_service(db, clock=Clock(DINNER + MIN))
    with pytest.raises(ValidationError, match="Respond to the guest first"):
        svc.resolve(c.id, c.version, "已道歉")
    c = svc.respond(c.id, c.version)
    assert svc.resolve(c.id, c.version, "当场更换菜品").status == "resolved"


def test_staff_may_answer_but_not_hand_over(venue, services, db):
    c = receive_complaint(services, area_id=venue.room_id)
    staff = complaint_service(db, "staff", venue.on_duty_id, Clock(DINNER + MIN))
    c = staff.respond(c.id, c.version)
    rows = _count(db, AuditLog)
    with pytest.raises(PermissionDenied, match=r"\(Staff\) may not hand over"):
        staff.hand_over(c.id, c.version, venue.dept_id, venue.on_duty_id)
    with pytest.raises(PermissionDenied, match=r"\(Staff\) may not hand over"):
        staff.open_rectification(c.id, c.version)
    hr = complaint_service(db, "hr", None, Clock(DINNER + MIN))
    with pytest.raises(PermissionDenied, match=r"\(HR\) may not record and answer"):
        hr.receive(_draft())
    with pytest.raises(PermissionDenied, match=r"\(HR\) may not hand over"):
        hr.close(c.id, c.version, "已回访", 4)
    assert hr.list()[0].id == c.id  # but HR may read them among the reports
    assert _count(db, AuditLog) == rows and _count(db, Complaint) == 1


# ---- rectification -------------------------------------------------------------------------


def test_a_complaint_opens_a_rectification_in_the_owners_inbox(venue, services, db):
    c = receive_complaint(services, area_id=venue.room_id, content="餐具有污渍",
                          category="hygiene", severity="minor")
    clock = Clock(DINNER + 3 * MIN)
    boss = complaint_service(db, "supervisor", None, clock, username="boss")
    c = boss.respond(c.id, c.version)
    owner = venue.server_ids[1]
    c = boss.hand_over(c.id, c.version, venue.dept_id, owner)
    clock.advance(minutes=2)
    rect_id = boss.open_rectification(c.id, c.version, "major")
    detail = boss.complaint(c.id)
    assert detail.complaint.rectification_id == rect_id
    assert detail.complaint.rectification_status == "open"
    assert detail.history[-1].detail["rectification"] == rect_id
    assert "open_rectification" not in detail.allowed_actions
    inbox = rects(db, "qianjin", "staff", owner, clock).inbox()
    (item,) = inbox.assigned_to_me
    assert (item.id, item.complaint_id, item.assignee.id) == (rect_id, c.id, owner)
    assert (item.area, item.severity, item.found_by, item.found_at) == (
        "牡丹厅 201", "major", "boss", DINNER + 5 * MIN)
    assert item.description == "顾客投诉：餐具有污渍" and item.category == "hygiene"
    assert item.accountable.id == owner
    with db.read() as s:
        finding = s.get(Finding, item.finding_id)
        assert (finding.leader_id, finding.inspection_id) == (venue.lead_id, None)
    rows = _count(db, AuditLog)
    fresh = boss.complaint(c.id).complaint
    with pytest.raises(ValidationError, match=f"already has rectification #{rect_id}"):
        boss.open_rectification(c.id, fresh.version)
    assert _count(db, AuditLog) == rows and _count(db, Finding) == 1


def test_without_an_owner_the_rectification_goes_to_whoever_was_on_duty(venue, services, db):
    c = receive_complaint(services, area_id=venue.room_id)
    clock = Clock(DINNER + 40 * MIN)
    svc = complaint_service(db, clock=clock)
    rect_id = svc.open_rectification(c.id, c.version, description="牡丹厅菜品出品慢")
    item = rects(db, "zhaomin", "staff", venue.on_duty_id, clock).inbox().assigned_to_me[0]
    assert (item.id, item.description, item.severity) == (rect_id, "牡丹厅菜品出品慢", "major")
    assert services.rectifications.rectification(rect_id).rectification.complaint_id == c.id


def test_a_complaint_without_an_area_cannot_open_a_rectification(venue, services, db):
    c = receive_complaint(services)
    svc = complaint_service(db, clock=Clock(DINNER + MIN))
    assert "open_rectification" not in svc.complaint(c.id).allowed_actions
    with pytest.raises(ValidationError, match="needs an area"):
        svc.open_rectification(c.id, c.version)
    with pytest.raises(ValidationError, match="Unknown severity"):
        svc.open_rectification(c.id, c.version, "huge")
    assert _count(db, Finding) == 0 and svc.complaint(c.id).complaint.rectification_id is None


# ---- the list, the inbox and the measures --------------------------------------------------


def _log(venue, services, db):
    """Five complaints over two days: answered on time, late, unanswered and overdue, ..."""
    svc = lambda at: complaint_service(db, clock=Clock(at))  # noqa: E731
    day1, day2 = DINNER - dt.timedelta(days=1), DINNER
    a = receive_complaint(services, day1, area_id=venue.room_id, content="汤是凉的",
                          guest_name="王女士")
    a = svc(day1 + 2 * MIN).respond(a.id, a.version)
    a = svc(day1 + 30 * MIN).resolve(a.id, a.version, "重新加热")
    b = receive_complaint(services, day1 + 60 * MIN, area_id=venue.hall_id, content="服务员态度差",
                          category="attitude", guest_contact="13912345678")
    svc(day1 + 70 * MIN).respond(b.id, b.version)  # ten minutes: late
    c = receive_complaint(services, day2, area_id=venue.room_id, content="空调太冷",
                          category="environment")
    d = receive_complaint(services, day2 + 20 * MIN, content="账单多收了一道菜", category="billing")
    return a, b, c, d


def test_the_list_filters_newest_first(venue, services, db):
    a, b, c, d = _log(venue, services, db)
    svc = complaint_service(db, "staff", None, Clock(DINNER + 23 * MIN))
    ids = lambda **f: [x.id for x in svc.list(ComplaintFilter(**f))]  # noqa: E731
    assert ids() == [d.id, c.id, b.id, a.id]
    assert [x.id for x in svc.list(offset=1, limit=2)] == [c.id, b.id]
    assert ids(status="open_any") == [d.id, c.id, b.id]
    assert ids(status="resolved") == [a.id]
    assert ids(late_only=True) == [c.id, b.id]  # c: unanswered for 23 minutes; d: 3 minutes
    assert ids(late_only=True, area_id=venue.hall_id) == [b.id]
    assert ids(area_id=venue.room_id) == [c.id, a.id]
    assert ids(category="billing") == [d.id]
    assert ids(text="态度") == [b.id] and ids(text="王女士") == [a.id]
    assert ids(text="1391234") == [b.id]
    assert ids(date_from=DINNER.date()) == [d.id, c.id]
    assert ids(date_to=DINNER.date() - dt.timedelta(days=1)) == [b.id, a.id]
    assert svc.count() == 4 and svc.count(ComplaintFilter(late_only=True)) == 2
    assert svc.count(ComplaintFilter(status="open_any", area_id=venue.room_id)) == 1
    listed = {x.id: x for x in svc.list()}
    assert (listed[a.id].on_time, listed[b.id].on_time, listed[c.id].on_time,
            listed[d.id].on_time) == (True, False, False, None)


def test_the_list_needs_a_fixed_number_of_queries(venue, services, db):
    from sqlalchemy import event

    _log(venue, services, db)
    svc = complaint_service(db, clock=Clock(DINNER + 30 * MIN))
    seen: list[str] = []
    hook = lambda *args: seen.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", hook)
    try:
        svc.list()
        few = len(seen)
        for n in range(6):
            receive_complaint(services, DINNER + n * MIN, area_id=venue.room_id)
        seen.clear()
        svc.list()
    finally:
        event.remove(db.engine, "before_cursor_execute", hook)
    assert len(seen) == few


def test_the_inbox_shows_what_waits_for_an_answer_and_what_was_handed_to_me(
        venue, services, db):
    a, b, c, d = _log(venue, services, db)
    owner = venue.server_ids[1]
    boss = complaint_service(db, clock=Clock(DINNER + 25 * MIN))
    e = receive_complaint(services, DINNER + 21 * MIN, area_id=venue.room_id)
    e = boss.respond(e.id, e.version)
    boss.hand_over(e.id, e.version, venue.dept_id, owner)
    inbox = complaint_service(db, "staff", owner, Clock(DINNER + 25 * MIN)).inbox()
    assert [x.id for x in inbox.waiting_for_response] == [c.id, d.id]  # oldest first
    assert [x.id for x in inbox.handed_to_me] == [e.id]
    assert inbox.limit_minutes == 5
    assert complaint_service(db, "staff", None).inbox().handed_to_me == ()


def test_the_measures_over_a_period(venue, services, db):
    a, b, c, d = _log(venue, services, db)
    svc = complaint_service(db, "manager", None, Clock(DINNER + 23 * MIN))
    day1, day2 = DINNER.date() - dt.timedelta(days=1), DINNER.date()
    first = svc.stats(day1, day1)
    assert (first.total, first.answered, first.unanswered, first.late) == (2, 2, 0, 1)
    assert first.share_on_time == 50.0
    assert first.median_first_response_s == (120 + 600) / 2
    assert first.median_resolve_s == 30 * 60 and first.limit_minutes == 5
    both = svc.stats(day1, day2)
    assert (both.total, both.answered, both.unanswered, both.late) == (4, 2, 2, 2)
    assert both.share_on_time == pytest.approx(100 / 3)  # d is still within its 5 minutes
    room = svc.stats(day1, day2, area_id=venue.room_id)
    assert (room.total, room.late, room.share_on_time) == (2, 1, 50.0)
    empty = svc.stats(day2 + dt.timedelta(days=1), day2 + dt.timedelta(days=7))
    assert (empty.total, empty.share_on_time, empty.median_first_response_s,
            empty.median_resolve_s) == (0, None, None, None)
